//! Session 30: Markdown annual reports in forms not met before: a Jupyter notebook exported by
//! nbconvert (python cells, their indented output, a pandas table under its `<style scoped>`
//! block inside `<div>`, `![png](…)` pictures, a signature with a hard line break) in English
//! and a Hugo page (a TOML front matter between `+++`, `{{< shortcodes >}}`, a Jekyll
//! `{% include %}`, a grid table of `Kerncijfers` with wrapped cells, a `Verantwoording`
//! chapter, a `Meer informatie` end matter) in Dutch (fixtures under `fixtures/s30`); and a
//! badly encoded report in a defect not met before: a Council report forwarded by e-mail and
//! saved with its quoted-printable transfer encoding (`=C3=A9`, soft line breaks, an encoded
//! `Subject:`) and its MIME header.

use expect_test::expect;

mod actor_rows;
mod analyzed;
mod fixture_file;
mod metadata_rows;
mod outline_text;
mod statement_rows;

use analyzed::{codes, decoded, report};
use outline_text::outline_text;
use report_core::Stance::{Oppose, Support};

const JUPYTER: &str = "s30/md-annual-report-emsa-jupyter-en.md";
const HUGO: &str = "s30/md-jaarverslag-rdi-hugo-nl.md";
const QP: &str = "s30/enc-quoted-printable-email-handelsraad-nl.txt";

#[test]
fn quoted_printable_is_decoded() {
    let bytes = b"Verslag van de Raad\n\nDe Fran=C3=A7aise minister H=C3=A9l=C3=A8ne Dub=\nois zei dat Belgi=C3=AB het voorstel steunde.\n";
    let r = decoded(bytes);
    assert_eq!(
        r.text,
        "Verslag van de Raad\n\nDe Française minister Hélène Dubois zei dat België het voorstel steunde."
    );
    assert_eq!(codes(&r), "quoted-printable");
    // With CRLF line ends, and bytes of windows-1252 under the escapes.
    let r = decoded(
        b"Report\r\n\r\nThe Caf=E9 Europ=E9en met in Li=E8ge. The talks went on and o=\r\nn.\r\n",
    );
    assert!(
        r.text
            .contains("The Café Européen met in Liège. The talks went on and on."),
        "{}",
        r.text
    );
    assert_eq!(r.source.encoding, "windows-1252");
    // The header that names the encoding is enough without a soft break; an encoded word
    // in the subject is read too.
    let r = decoded(
        b"Subject: =?UTF-8?Q?Verslag_Raad_=C3=A9=C3=A9n?=\nContent-Transfer-Encoding: quoted-printable\n\nDe Comm=C3=\n=A9 en Belgi=C3=AB.\n",
    );
    assert!(r.text.contains("De Commé en België."), "{}", r.text);
    // Two escapes, or escapes without a soft break or the header, or any byte above 0x7F:
    // the text stays as written.
    for text in [
        "Formula: x =C3 y and z =E9 w, written out.\n",
        "Codes =C3A9, =E9FF and =C0 in a table, no break.\n",
        "Caf\u{e9} =C3=A9 =E9=\nmore =C3=A9 here.\n",
    ] {
        let d = report_core::decode(text.as_bytes()).unwrap();
        assert_eq!(d.text, text, "{text}");
        assert!(d.diagnostics.is_empty(), "{text}");
    }
}

#[test]
fn a_mails_transport_header_is_set_aside() {
    let text = "From: Secretariaat <s@x.example>\nTo: Directie <d@x.example>\nSubject: Verslag\n\
                Date: Fri, 14 Nov 2025 16:42:07 +0100\nMIME-Version: 1.0\n\
                Content-Type: text/plain;\n charset=\"UTF-8\"\n\nGeachte collega's,\n\nDe Raad besprak de handel.\n";
    let r = report(text);
    assert!(r.text.starts_with("Geachte collega's,"), "{}", r.text);
    assert_eq!(codes(&r), "mail-header");
    // A forwarded mail's own fields (no transport field among them) stay: they are read.
    let text = "Van: Jansen, P.\nAan: Directie\nOnderwerp: FW: Verslag Raad\n\nDe Raad besprak de handel.\n";
    assert!(report(text).text.starts_with("Van: Jansen"));
}

#[test]
fn a_rule_after_a_forwarding_notes_closing_is_no_title() {
    metadata_rows::check_fields(&[(
        "the letter's subject names it",
        "Geachte collega's,\n\nHierbij het verslag ter informatie.\n\nMet vriendelijke groet,\nSecretariaat\n\n\
         -----\n\nAan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\nDatum 14 november 2025\n\
         Betreft Verslag van de Raad Buitenlandse Zaken (Handel) van 10 november 2025\n\n\
         1. Handel met de Verenigde Staten\n\nDe Raad sprak over de handel.\n\n\
         De minister voor Buitenlandse Handel,\n\nA.B. de Wit\n",
        |r| r.metadata.title.clone(),
        Some("Verslag van de Raad Buitenlandse Zaken (Handel) van 10 november 2025"),
    )]);
}

#[test]
fn a_forms_padded_addressee_field_is_the_addressee() {
    let head = |to: &'static str| -> String {
        format!(
            "VERSLAG VAN DE RAAD\n\nDatum    : 17 december 2025\n{to}\nBetreft  : Verslag van de Raad\n\n\
             1. Stages\n\nDe Raad besprak de stages.\n"
        )
    };
    let addressee = |to: &'static str| report(&head(to)).metadata.addressee;
    assert_eq!(
        addressee("Aan      : de voorzitter van de Tweede Kamer der Staten-Generaal").as_deref(),
        Some("de voorzitter van de Tweede Kamer der Staten-Generaal")
    );
    assert_eq!(
        addressee("To: the Chair of the Committee on Fisheries      Ref: 2025/114").as_deref(),
        Some("the Chair of the Committee on Fisheries")
    );
    // An e-mail's recipient, or a label longer than a field's, addresses no letter.
    assert_eq!(addressee("Aan      : Directie Europa <d@x.example>"), None);
    assert_eq!(addressee("Aan het eind van de dag: de Raad besloot."), None);
}

#[test]
fn a_toml_front_matter_is_set_aside_and_titles_the_page() {
    let text = "+++\ntitle = \"Jaarverslag 2025 Rijksinspectie\"\ndate = 2026-04-02T09:00:00+02:00\n\
                tags = [\"jaarverslag\"]\n[params]\n  organisatie = \"RDI\"\n+++\n\n## Voorwoord\n\nDe Raad besloot.\n";
    let r = report(text);
    assert_eq!(
        r.metadata.title.as_deref(),
        Some("Jaarverslag 2025 Rijksinspectie")
    );
    assert_eq!(r.metadata.letter_date.as_deref(), Some("2026-04-02"));
    assert!(r.text.starts_with("## Voorwoord"), "{}", r.text);
    assert_eq!(codes(&r), "front-matter");
    // `+++` over lines that are no fields is text.
    let r = report("+++\nDit is een zin.\n+++\n\nDe Raad besloot.\n");
    assert!(r.text.contains("Dit is een zin."), "{}", r.text);
}

#[test]
fn site_generator_tags_are_set_aside() {
    let text = "# Jaarverslag\n\n{{< figure src=\"/img/a.jpg\" title=\"De inspecteur-generaal\" >}}\n\n\
                {{% notice info \"Let op\" %}}\nDe cijfers staan in de {{< ref \"cijfers.md\" >}} bijlage.\n{{% /notice %}}\n\n\
                {% include \"partials/footer.html\" %}\n\nDe Raad besloot {% raw %}snel{% endraw %}.\n";
    let r = report(text);
    for gone in [
        "{{",
        "}}",
        "{%",
        "%}",
        "figure",
        "include",
        "notice",
        "inspecteur-generaal",
    ] {
        assert!(!r.text.contains(gone), "{gone}: {}", r.text);
    }
    for kept in ["De cijfers staan in de bijlage.", "De Raad besloot snel."] {
        assert!(r.text.contains(kept), "{kept}: {}", r.text);
    }
    // Braces that close no tag stay.
    let r = report("# Rapport\n\nDe set {{a, b} en {% van het budget.\n");
    assert!(
        r.text.contains("De set {{a, b} en {% van het budget."),
        "{}",
        r.text
    );
}

#[test]
fn a_grid_table_reads_as_a_pipe_table() {
    let text = "# Jaarverslag\n\n## Kerncijfers\n\n\
                +--------------+------+-------------+\n\
                | Indicator    | 2025 | Toelichting |\n\
                +==============+======+=============+\n\
                | Inspecties   | 1538 | Meer        |\n\
                |              |      | controles   |\n\
                +--------------+------+-------------+\n\
                | Boetes       | 52   | Vooral      |\n\
                | opgelegd     |      | markt       |\n\
                +--------------+------+-------------+\n\nDe Raad besloot.\n";
    let r = report(text);
    for row in [
        "| Indicator | 2025 | Toelichting |",
        "| Inspecties | 1538 | Meer controles |",
        "| Boetes opgelegd | 52 | Vooral markt |",
    ] {
        assert!(r.text.contains(row), "{row}: {}", r.text);
    }
    assert!(
        !r.text.contains("+--") && !r.text.contains("+=="),
        "{}",
        r.text
    );
    // Each row a block; a name in a cell points at its place in the source.
    let layout = report_core::repair(text);
    let rows = layout
        .blocks
        .iter()
        .filter(|b| layout.text[b.span.start..b.span.end].starts_with("| "))
        .count();
    assert_eq!(rows, 3);
    let at = layout.text.find("controles").unwrap();
    assert_eq!(&text[layout.offsets.to_source(at)..][..9], "controles");
    // A row speaks for its first cell, as any table's does.
    statement_rows::check(&[(
        "Stemmen:\n\n+---------+-------------------+\n| Spanje  | Steunde het       |\n|         | voorstel          |\n\
         +---------+-------------------+\n| Polen   | Stemde tegen      |\n+---------+-------------------+\n",
        &[("country:es", "Steunde", Support), ("country:pl", "Stemde tegen", Oppose)],
    )]);
    // Rows of another width than the border, or a border never closed: left as written.
    for text in [
        "+----+----+\n| a | b | c |\n+----+----+\n| d | e |\n+----+----+\n",
        "+----+----+\n| a | b |\n| c | d |\n",
    ] {
        assert!(report(text).text.contains("+----+----+"), "{text}");
    }
}

#[test]
fn a_portfolio_of_words_no_name_has_is_no_person() {
    let text = "Jaarverslag\n\nGroningen, 2 april 2026\n\nDe inspecteur-generaal Digitale Infrastructuur,\n\n\
                ir. J.P. Haverkamp\n\n## 1. Toezicht\n\nDe directeur Toezicht, mr. A. de Vries, zei dat het goed ging. \
                De directeur Pieters zei niets.\n";
    let r = report(text);
    expect![[r#"
        A. de Vries | directeur Toezicht | -
        J.P. Haverkamp | inspecteur-generaal Digitale Infrastructuur | -
        Pieters | directeur | -
    "#]]
    .assert_eq(&actor_rows::people(&r));
}

#[test]
fn an_untitled_name_takes_a_title_in_apposition_as_its_role() {
    let text =
        "Jaarverslag\n\nVolgens Marloes Brink-Achterberg, directeur Toezicht, was de vraag groot. \
                Anna de Wit, hoofd Communicatie, zei dat het goed ging.\n";
    expect![[r#"
        Anna de Wit | hoofd Communicatie | -
        Marloes Brink-Achterberg | directeur Toezicht | -
    "#]]
    .assert_eq(&actor_rows::people(&report(text)));
    // An apposition that holds a titled person is a list of people, no role.
    let text =
        "Verslag\n\nVolgens Marloes Brink-Achterberg, minister Jansen, en de Raad was het goed.\n";
    let r = report(text);
    let marloes = r
        .actors
        .iter()
        .find(|a| a.id == "person:marloes-brink-achterberg")
        .unwrap();
    assert_eq!(marloes.role, None);
}

#[test]
fn a_notebooks_code_and_output_are_no_text() {
    let text = "# Annual Report\n\n```python\n# Load the data\nimport pandas as pd\n```\n\n## Results\n\n\
                ```python\nprint(per_state.head(2))\n```\n\n    member_state\n    Greece     6\n    Italy      5\n\n\
                The Board met. Spain supported the plan.\n\n![png](report_files/report_7_1.png)\n\n\
                <div>\n<style scoped>\n    .dataframe th {\n        text-align: right;\n    }\n</style>\n\
                <table border=\"1\" class=\"dataframe\">\n<tr><th>state</th><th>visits</th></tr>\n<tr><td>Malta</td><td>3</td></tr>\n</table>\n</div>\n\n\
                A picture ![png](plot.png) inline and ![Figure 1](plot.png) named.\n\n```\nFrance said no.\n```\n";
    let r = report(text);
    expect![[r#"
        0 [-] Results
    "#]]
    .assert_eq(&outline_text(&r));
    for gone in [
        "import",
        "Load",
        "print",
        "member_state",
        "Greece",
        "Italy",
        "png",
        "style",
        "dataframe",
        "<div>",
        "</div>",
    ] {
        assert!(!r.text.contains(gone), "{gone}: {}", r.text);
    }
    for kept in [
        "The Board met. Spain supported the plan.",
        "| state | visits |",
        "| Malta | 3 |",
        "A picture inline and Figure 1 named.",
        // A fence without a program's language stays literal text.
        "France said no.",
    ] {
        assert!(r.text.contains(kept), "{kept}: {}", r.text);
    }
}

#[test]
fn a_more_information_section_of_links_is_end_matter() {
    let text = "# Jaarverslag\n\n## 1. Resultaten\n\nDe Raad besloot.\n\n## Meer informatie\n\n\
                - [Jaarverslag 2024](/jv-2024/)\n- [Contact](/contact/)\n";
    expect![[r#"
        0 [1] Resultaten
    "#]]
    .assert_eq(&outline_text(&report(text)));
    // A section of that name with sentences is the report's.
    let text = "# Jaarverslag\n\n## 1. Resultaten\n\nDe Raad besloot.\n\n## Meer informatie\n\n\
                De inspectie beantwoordde in 2025 ruim 4.200 vragen van burgers en bedrijven over de regels.\n";
    expect![[r#"
        0 [1] Resultaten
        1 [-] Meer informatie
    "#]]
    .assert_eq(&outline_text(&report(text)));
}

#[test]
fn the_jupyter_annual_report_reads_whole() {
    let r = fixture_file::report(JUPYTER);
    expect![[r#"
        0 [-] Foreword
        1 [1] Achievements of the year
          2 [1.1] Key performance indicators
          3 [1.2] Visits and inspections
          4 [1.3] Cooperation with other agencies
        5 [2] Management
          6 [2.1] Management Board
          7 [2.2] Human resources
        8 [3] Assessment of the internal control systems
    "#]]
    .assert_eq(&outline_text(&r));
    expect![[r#"Metadata { kind: AnnualReport, language: En, title: Some("Consolidated Annual Activity Report 2025"), letter_date: Some("2026-03-30"), meeting_dates: [], place: None, reference: None, session_year: None, addressee: None, signatories: [Signatory { role: Some("Executive Director"), name: Some("Dr Katarina Vukelić-Moreau") }] }"#]].assert_eq(&format!("{:?}", r.metadata));
    expect![[r#"
        Katarina Vukelić-Moreau | Executive Director | org:emsa
        Henrik Aaltonen | Head of the Visits and Inspections Unit | -
        Ioana Petrescu-Lindahl | Chair | org:management-board
        Sunniva Rasmussen | Head of Human Resources | -
    "#]]
    .assert_eq(&actor_rows::people(&r));
    expect![[r#"
        org:management-board adopted Support
        org:european-commission welcomed Support
        person:katarina-vukelic-moreau said Neutral
        org:court-of-auditors noted Neutral
        country:gr welcomed Support
        country:mt expressed Reservation
        person:henrik-aaltonen stressed Neutral
        org:frontex proposed Neutral
        org:european-parliament asked Neutral
        person:ioana-petrescu-lindahl underlined Neutral
        country:de supported Support
        country:nl supported Support
        country:fr opposed Oppose
        person:sunniva-rasmussen According to Neutral
        org:ias recommended Neutral
        person:katarina-vukelic-moreau accepted Support
    "#]]
    .assert_eq(&statement_rows::all_rows(&r));
    assert_eq!(codes(&r), "");
    for gone in [
        "import",
        "pd.read_csv",
        "dataframe",
        "png",
        "Meetings held",
        "dtype",
    ] {
        assert!(!r.text.contains(gone), "{gone}");
    }
}

#[test]
fn the_hugo_jaarverslag_reads_whole() {
    let r = fixture_file::report(HUGO);
    expect![[r#"
        0 [-] Voorwoord
        1 [1] Kerncijfers
        2 [2] Toezicht in 2025
          3 [2.1] Frequentieruimte
          4 [2.2] Cyberbeveiliging
          5 [2.3] Europese samenwerking
        6 [3] Verantwoording
          7 [3.1] Financiën
          8 [3.2] Bedrijfsvoering
    "#]]
    .assert_eq(&outline_text(&r));
    expect![[r#"Metadata { kind: AnnualReport, language: Nl, title: Some("Jaarverslag 2025 Rijksinspectie Digitale Infrastructuur"), letter_date: Some("2026-04-02"), meeting_dates: [], place: None, reference: None, session_year: None, addressee: None, signatories: [Signatory { role: Some("inspecteur-generaal Digitale Infrastructuur"), name: Some("ir. J.P. (Joost) Haverkamp-Yilmaz") }] }"#]].assert_eq(&format!("{:?}", r.metadata));
    expect![[r#"
        Hendrik-Jan Oosterveld | hoofd van de afdeling Cyber | -
        J.P. Haverkamp-Yilmaz | inspecteur-generaal Digitale Infrastructuur | org:rdi
        Marloes Brink-Achterberg | directeur Toezicht | -
    "#]]
    .assert_eq(&actor_rows::people(&r));
    expect![[r#"
        role:nl-minister-van-economische-zaken heeft aangekondigd Neutral
        person:marloes-brink-achterberg Volgens Neutral
        org:acm waarschuwde Reservation
        org:enisa stelde vast Neutral
        country:de steunden Support
        country:be steunden Support
        country:hu was tegen Oppose
        person:hendrik-jan-oosterveld zei Neutral
        org:european-commission heeft gevraagd Neutral
        org:nl-court-of-audit heeft gewezen Neutral
    "#]]
    .assert_eq(&statement_rows::all_rows(&r));
    expect!["front-matter page-furniture"].assert_eq(&codes(&r));
    assert!(r
        .text
        .contains("| Inspecties ter plaatse | 1.412 | 1.538 | Meer controles op 5G-masten |"));
    for gone in ["+++", "{{", "{%", "+---", "Jaarverslag 2024", "draft"] {
        assert!(!r.text.contains(gone), "{gone}");
    }
    assert!(!r
        .actors
        .iter()
        .any(|a| a.id == "person:toezicht" || a.id == "person:digitale-infrastructuur"));
}

#[test]
fn the_quoted_printable_handelsraad_reads_whole() {
    let r = fixture_file::report(QP);
    assert_eq!(r.source.encoding, "UTF-8");
    assert_eq!(codes(&r), "quoted-printable mail-header");
    expect![[r#"
        0 [1] Handelsbetrekkingen met de Verenigde Staten
        1 [2] WTO-hervorming
        2 [3] Diversen
          3 [a] Vrijhandelsakkoord met Mercosur
          4 [b] Exportcontrole
    "#]]
    .assert_eq(&outline_text(&r));
    expect![[r#"Metadata { kind: LetterWithMeetingReport, language: Nl, title: Some("Verslag van de Raad Buitenlandse Zaken (Handel) van 10 november 2025"), letter_date: Some("2025-11-14"), meeting_dates: ["2025-11-10"], place: Some("Brussel"), reference: Some(Reference { dossier: "BEB/2025/198734", number: None, title: None }), session_year: None, addressee: Some("Aan de Voorzitter van de Tweede Kamer der Staten-Generaal"), signatories: [Signatory { role: Some("minister voor Buitenlandse Handel en Ontwikkelingshulp"), name: Some("drs. E.M. (Eline) Kösters-Bakır") }] }"#]].assert_eq(&format!("{:?}", r.metadata));
    expect![[r#"
        Åsa Lindqvist-Öberg | minister | country:se
        Begoña Ibáñez Ortúzar | minister | country:es
        E.M. Kösters-Bakır | minister voor Buitenlandse Handel en Ontwikkelingshulp | country:nl
        Maroš Šefčovič | Eurocommissaris | org:european-commission
        Tomáš Dvořák | minister | country:cz
    "#]]
    .assert_eq(&actor_rows::people(&r));
    expect![[r#"
        org:council sprak over Neutral
        person:maros-sefcovic gaf toelichting Neutral
        person:maros-sefcovic benadrukte Neutral
        country:fr pleitte Support
        country:de waarschuwden Reservation
        country:it waarschuwden Reservation
        person:begona-ibanez-ortuzar zei Neutral
        country:nl heeft aangegeven Neutral
        org:council besprak Neutral
        role:presidency presenteerde Neutral
        person:asa-lindqvist-oberg steunde Support
        country:pl uitte Reservation
        org:european-commission informeerde Neutral
        country:at herhaalden Oppose
        country:ie herhaalden Oppose
        country:be onthield zich Reservation
        person:tomas-dvorak vroeg Neutral
    "#]]
    .assert_eq(&statement_rows::all_rows(&r));
    for gone in ["=C3", "MIME-Version", "=\n"] {
        assert!(!r.text.contains(gone), "{gone}");
    }
}
