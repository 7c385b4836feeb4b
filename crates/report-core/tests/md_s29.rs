//! Session 29: Markdown annual reports in forms not met before: a MkDocs page (`!!!`
//! admonitions, `??? note`, `<details>` blocks, `--8<--` snippet includes, `*[ABBR]:`
//! definitions, a foreword signed by two, and a web page's end matter under Markdown headings)
//! in English and an AsciiDoc text converted to Markdown (`[NOTE]` over `====` delimiters,
//! `[[anchors]]`, `<<anchor,text>>` cross-references, `:attributes:`, a foreword signed
//! `De inspecteur-generaal …,` ⏎ `w.g.` ⏎ a name with a first name in brackets) in Dutch
//! (fixtures under `fixtures/s29`); and a badly encoded report in a defect not met before: a
//! DOS export in code page 850 with CRLF line ends and a table drawn in box characters.

use expect_test::expect;

mod actor_rows;
mod analyzed;
mod fixture_file;
mod metadata_rows;
mod outline_text;
mod statement_rows;

use analyzed::{codes, decoded, report};

use outline_text::outline_text;

const MKDOCS: &str = "s29/md-annual-report-eu-osha-mkdocs-en.md";
const ASCIIDOC: &str = "s29/md-jaarverslag-ilt-asciidoc-nl.md";
const DOS: &str = "s29/enc-cp850-dos-tabel-epscoraad-nl.txt";

/// `text` in a DOS code page: the letters and box characters the tests use, with `ø` as code
/// page 850 writes it.
fn dos(text: &str) -> Vec<u8> {
    text.chars()
        .map(|c| match c {
            'ü' => 0x81,
            'é' => 0x82,
            'ä' => 0x84,
            'ë' => 0x89,
            'è' => 0x8A,
            'ï' => 0x8B,
            'ö' => 0x94,
            'Ü' => 0x9A,
            'ø' => 0x9B,
            'á' => 0xA0,
            'ñ' => 0xA4,
            '│' => 0xB3,
            '┤' => 0xB4,
            '┐' => 0xBF,
            '└' => 0xC0,
            '┴' => 0xC1,
            '┬' => 0xC2,
            '├' => 0xC3,
            '─' => 0xC4,
            '┼' => 0xC5,
            '┘' => 0xD9,
            '┌' => 0xDA,
            c if c.is_ascii() => c as u8,
            c => panic!("{c} is not in the table"),
        })
        .collect()
}

#[test]
fn dos_code_pages_are_told_from_windows_1252() {
    // Letters inside words: `é` is `‚` and `ë` is `‰` in windows-1252.
    let nl = "Verslag van de Raad\n\nDe Oostenrijkse minister Jürgen Pröll steunde het voorstel. De Belgische \
              minister Frédéric Dubois zei dat België en Oekraïne steun krijgen. De Deense minister \
              Søren Kjærsgaard was tegen.\n"
        .replace('æ', "ae");
    let r = decoded(&dos(&nl));
    assert_eq!(r.source.encoding, "IBM850");
    assert_eq!(r.text, nl.trim_end());
    assert_eq!(codes(&r), "legacy-encoding");
    expect![[r#"
        Frédéric Dubois | minister | country:be
        Jürgen Pröll | minister | country:at
        Søren Kjaersgaard | minister | country:dk
    "#]]
    .assert_eq(&actor_rows::people(&r));
    // No letter only code page 850 has: the IBM PC's own code page 437. Its borders alone
    // tell a table's text from windows-1252, with hardly a letter beside them.
    let en = "Outcome of the Council meeting\n\nThe Council adopted its position:\n\n\
              ┌──────────┬──────────────┐\n│ Member   │ Vote         │\n├──────────┼──────────────┤\n\
              │ Germany  │ In favour    │\n│ Hungary  │ Against      │\n└──────────┴──────────────┘\n\n\
              The Presidency thanked the Commission.\n";
    let r = decoded(&dos(en));
    assert_eq!(r.source.encoding, "IBM437");
    for line in [
        "┌──────────┬──────────────┐",
        "│ Hungary │ Against      │",
        "└──────────┴──────────────┘",
    ] {
        assert!(r.text.contains(line), "{line}: {}", r.text);
    }
    // Real windows-1252 text, and Mac OS Roman text, stay what they are.
    let western =
        "De Franse minister Hélène Cécile steunde het “voorstel” over Oekraïne. Nederland heeft \
                   aangegeven dat de kosten van € 21 miljard te hoog zijn voor de regio’s.\n";
    let (bytes, _, _) = encoding_rs::WINDOWS_1252.encode(western);
    assert_eq!(decoded(&bytes).source.encoding, "windows-1252");
    let (bytes, _, _) = encoding_rs::MACINTOSH.encode(western);
    assert_eq!(decoded(&bytes).source.encoding, "macintosh");
    // One odd byte is not enough.
    let r = decoded(b"The Commission (caf\x82) met Spain and France in Brussels on Monday.\n");
    assert_eq!(r.source.encoding, "windows-1252");
}

#[test]
fn a_box_drawn_table_speaks_for_its_first_cell() {
    let text =
        "Verslag van de Raad\n\nStemverklaringen:\n\n┌───────────┬─────────────────────────┐\n\
                │ Lidstaat  │ Standpunt               │\n├───────────┼─────────────────────────┤\n\
                │ Duitsland │ Steunde het compromis   │\n│ Frankrijk │ Vroeg om een overgang   │\n\
                │ Fonds voor Italië │ Aangenomen      │\n│ Hongarije │ Stemde tegen            │\n\
                └───────────┴─────────────────────────┘\n\nDe Raad nam het besluit aan.\n";
    expect![[r#"
        country:de Steunde Support
        country:fr Vroeg Neutral
        country:hu Stemde tegen Oppose
        org:council nam aan Support
    "#]]
    .assert_eq(&statement_rows::all_rows(&report(text)));
    // Double lines split the cells too; a row that opens with no bar speaks for no cell.
    use report_core::Stance::Support;
    statement_rows::check(&[
        (
            "Stemmen:\n\n║ Spanje  ║ Steunde het voorstel ║\n",
            &[("country:es", "Steunde", Support)],
        ),
        ("Stemmen:\n\nSpanje  │ Steunde het voorstel │\n", &[]),
    ]);
    // Each row is a block of its own, the borders too.
    let layout = report_core::repair(text);
    let rows: Vec<&str> = layout
        .blocks
        .iter()
        .map(|b| &layout.text[b.span.start..b.span.end])
        .filter(|b| b.starts_with(['│', '┌', '├', '└']))
        .collect();
    assert_eq!(rows.len(), 8, "{rows:?}");
    assert!(rows.iter().all(|r| !r.contains('\n')), "{rows:?}");
}

#[test]
fn asciidoc_left_in_markdown_is_markup() {
    let text = "# Jaarverslag 2025\n:toc: left\n:sectnums:\n\n[[voorwoord]]\n## Voorwoord\n\nTekst.\n\n\
                [NOTE]\n====\nDit verslag is voorlopig. Zie <<bijlage-a,Bijlage A>> en <<toezicht>>.\n====\n\n\
                ## 1. Resultaten\n\nDe Raad besloot.\n\n[TIP]\n====\nMeer cijfers online.\n====\n\n\
                [appendix]\n[[bijlage-a]]\n## Bijlage A Afkortingen\n\n'''\n\nEinde.\n";
    let r = report(text);
    expect![[r#"
        0 [-] Voorwoord
        1 [1] Resultaten
        2 [Bijlage A] Afkortingen
    "#]]
    .assert_eq(&outline_text(&r));
    for gone in [
        "[NOTE]",
        "====",
        "[[",
        "<<",
        ">>",
        ":toc:",
        ":sectnums:",
        "[appendix]",
        "'''",
    ] {
        assert!(!r.text.contains(gone), "{gone}: {}", r.text);
    }
    for kept in [
        "Dit verslag is voorlopig. Zie Bijlage A en toezicht.",
        "Meer cijfers online.",
    ] {
        assert!(r.text.contains(kept), "{kept}: {}", r.text);
    }
    // A setext heading, a footnote mark, a shift in code and a word in brackets stay.
    let r = report(
        "# Rapport\n\nResultaten\n==========\n\nTekst [1] met a << b en [zie noot].\n\n[1]\n",
    );
    assert!(
        r.text.contains("Tekst [1] met a << b en [zie noot]."),
        "{}",
        r.text
    );
    expect![[r#"
        0 [-] Rapport
        1 [-] Resultaten
    "#]]
    .assert_eq(&outline_text(&r));
}

#[test]
fn mkdocs_markup_is_read_as_the_site_shows_it() {
    let text = "# Annual Report\n\n!!! abstract \"At a glance\"\n    The Agency met its targets.\n\n\
                ## Results\n\nThe Board met.\n\n<details>\n<summary>Partners</summary>\n\n| Member State | Partners |\n\
                |---|---|\n| Spain | 3 |\n\n</details>\n\n--8<-- \"includes/kpi.md\"\n\n\
                The Internal Audit Service (IAS) reported.\n\n*[IAS]: Internal Audit Service\n";
    let r = report(text);
    for gone in [
        "--8<--",
        "kpi.md",
        "*[IAS]",
        "<details>",
        "</details>",
        "<summary>",
    ] {
        assert!(!r.text.contains(gone), "{gone}: {}", r.text);
    }
    for kept in [
        "The Agency met its targets.",
        "| Spain | 3 |",
        "The Internal Audit Service (IAS) reported.",
    ] {
        assert!(r.text.contains(kept), "{kept}: {}", r.text);
    }
}

#[test]
fn markdown_end_matter_is_no_section() {
    let text = "# Annual Report\n\n## 1 Results\n\nThe Board met.\n\n## Share this page\n\n\
                [LinkedIn](https://x.example) · [E-mail](mailto:?subject=AAR)\n\n## Related documents\n\n\
                - [Work programme](wp.md)\n- [Annual report 2024](ar.md)\n\n## Contact\n\nAgency\nMain Street 1, Lisbon\n";
    let r = report(text);
    expect![[r#"
        0 [1] Results
    "#]]
    .assert_eq(&outline_text(&r));
    assert!(
        !r.text.contains("Work programme") && !r.text.contains("Contact"),
        "{}",
        r.text
    );
    // A last section with sentences, or a section of the report after the end matter, stays.
    let text = "# Annual Report\n\n## 1 Results\n\nThe Board met.\n\n## Contact\n\n\
                The Agency answered 4,200 questions from citizens in 2025, twice as many as in 2024.\n";
    expect![[r#"
        0 [1] Results
        1 [-] Contact
    "#]]
    .assert_eq(&outline_text(&report(text)));
    let text =
        "# Annual Report\n\n## Related documents\n\n- [Plan](p.md)\n\n## 2 Resources\n\nStaff.\n";
    expect![[r#"
        0 [-] Related documents
        1 [2] Resources
    "#]]
    .assert_eq(&outline_text(&report(text)));
}

#[test]
fn a_foreword_signed_by_two_has_two_signatories() {
    metadata_rows::check_fields(&[
        (
            "name over role, twice",
            "# Annual Report 2025\n\n## Foreword\n\nWe thank the staff.\n\nBilbao, 27 March 2026\n\n\
             **Dr Ilona Holt**\n\nExecutive Director\n\n**Gustavo Albuquerque**\n\nChair of the Management Board\n\n\
             ## 1 Results\n\nText.\n",
            metadata_rows::signatories,
            Some("Some(\"Executive Director\")/Some(\"Dr Ilona Holt\"); Some(\"Chair of the Management Board\")/Some(\"Gustavo Albuquerque\")"),
        ),
        (
            "a sentence after the first signature is no second",
            "# Annual Report 2025\n\n## Foreword\n\nWe thank the staff.\n\nBilbao, 27 March 2026\n\n\
             **Dr Ilona Holt**\n\nExecutive Director\n\nThe Agency in brief\n\nIt was founded in 1994.\n\n\
             ## 1 Results\n\nText.\n",
            metadata_rows::signatories,
            Some("Some(\"Executive Director\")/Some(\"Dr Ilona Holt\")"),
        ),
        (
            "w.g. between the role and the name",
            "# Jaarverslag 2025\n\n## Voorwoord\n\nIk dank iedereen.\n\nDen Haag, 24 maart 2026\n\n\
             De inspecteur-generaal Leefomgeving en Transport,\n\nw.g.\n\ndrs. M.C. (Marleen) van Rijswijk\n\n\
             ## 1. Over de inspectie\n\nTekst.\n",
            metadata_rows::signatories,
            Some("Some(\"inspecteur-generaal Leefomgeving en Transport\")/Some(\"drs. M.C. (Marleen) van Rijswijk\")"),
        ),
        (
            "(signed) in an English letter",
            "Report\n\nThe Council met.\n\nThe Minister for Finance,\n\n(signed)\n\nA.B. de Wit\n",
            metadata_rows::signatories,
            Some("Some(\"Minister for Finance\")/Some(\"A.B. de Wit\")"),
        ),
    ]);
}

#[test]
fn a_signatory_with_wg_and_a_first_name_in_brackets_is_a_person() {
    let text = "# Jaarverslag 2025\n\n## Voorwoord\n\nIk dank iedereen.\n\nDen Haag, 24 maart 2026\n\n\
                De minister van Infrastructuur en Waterstaat,\n\nw.g.\n\nM.C. (Marleen) van Rijswijk-Toprak\n\n\
                ## 1. Over de inspectie\n\nTekst.\n";
    expect![[r#"
        M.C. van Rijswijk-Toprak | minister van Infrastructuur en Waterstaat | country:nl
    "#]]
    .assert_eq(&actor_rows::people(&report(text)));
}

#[test]
fn a_portfolio_after_a_title_is_no_person() {
    let text = "Jaarverslag\n\nDe inspecteur-generaal Leefomgeving en Transport, mr. A. de Vries, zei dat \
                het goed ging. De Inspectie Leefomgeving en Transport (ILT) groeide. The director \
                Operations and Finance, said it was fine.\n";
    let r = report(text);
    expect![[r#"
        A. de Vries | inspecteur-generaal Leefomgeving en Transport | org:ilt
    "#]]
    .assert_eq(&actor_rows::people(&r));
    let ilt = r.actors.iter().find(|a| a.id == "org:ilt").unwrap();
    assert_eq!(ilt.mentions.len(), 2);
    // Two people after a plural title, or a name before `en` and a small word, are still people.
    expect![[r#"
        De Boer | minister | -
        Jan Smit | Minister | -
        Van Dijk | minister | -
    "#]]
    .assert_eq(&actor_rows::people(&report(
        "Verslag\n\nDe ministers Van Dijk en De Boer spraken. Minister Jan Smit en zijn collega zeiden niets.\n",
    )));
}

#[test]
fn a_name_with_lost_letters_joins_its_clean_spelling() {
    let text = "# Report\n\n## Participants\n\n- Mr Rémi Séverac, Head of Unit\n- Zoë Kovács, Policy Officer\n\n\
                The Board met. Mr R\u{FFFD}mi S\u{FFFD}verac added that it was fine. According to Zo\u{FFFD} \
                Kov\u{FFFD}cs, the Board agreed. Mr S\u{FFFD}verac stressed that all was well. Zoë Kovács said \
                that she agreed.\n";
    let r = report(text);
    expect![[r#"
        Rémi Séverac | Head of Unit | -
        Zoë Kovács | - | -
    "#]]
    .assert_eq(&actor_rows::people(&r));
    expect![[r#"
        person:remi-severac added Neutral
        person:zoe-kovacs According to Neutral
        person:remi-severac stressed Neutral
        person:zoe-kovacs said Neutral
        person:zoe-kovacs agreed Support
    "#]]
    .assert_eq(&statement_rows::all_rows(&r));
    // Two clean spellings that fit one damaged name leave it alone; so does a name of other
    // letters, or one that kept fewer than two.
    let r = report(
        "# Report\n\nMr Jan Smit said yes. Mr Jan Smet said no. Mr Jan Sm\u{FFFD}t added more. \
         Ms Ann Vos said so. Ms Ann V\u{FFFD}\u{FFFD} said more. Ms Eva Lind said it. Ms Eva Lund\u{FFFD} said no.\n",
    );
    let names: Vec<&str> = r
        .actors
        .iter()
        .filter(|a| a.id.starts_with("person:"))
        .map(|a| a.name.as_str())
        .collect();
    assert_eq!(names.len(), 7, "{names:?}");
}

#[test]
fn the_mkdocs_annual_report_reads_whole() {
    let r = fixture_file::report(MKDOCS);
    expect![[r#"
        0 [-] Foreword
        1 [1] Achievements of the year
          2 [1.1] Healthy Workplaces campaign
          3 [1.2] Surveys
          4 [1.3] Cooperation with other agencies
        5 [2] Management
          6 [2.1] Management Board
          7 [2.2] Human resources
        8 [3] Assessment of the internal control systems
    "#]]
    .assert_eq(&outline_text(&r));
    expect![[r#"Metadata { kind: AnnualReport, language: En, title: Some("Consolidated Annual Activity Report 2025"), letter_date: Some("2026-03-27"), meeting_dates: [], place: None, reference: None, session_year: None, addressee: None, signatories: [Signatory { role: Some("Executive Director"), name: Some("Dr Ilona Marjanović-Holt") }, Signatory { role: Some("Chair of the Management Board"), name: Some("Gustavo Henriques Albuquerque") }] }"#]].assert_eq(&format!("{:?}", r.metadata));
    expect![[r#"
        Ilona Marjanović-Holt | Executive Director | -
        Gustavo Henriques Albuquerque | Chair of the Management Board | -
        Sabine Oyelaran-Koch | Head of Resources | -
        Tobias Lindqvist-Berg | Head of the Research Unit | -
    "#]]
    .assert_eq(&actor_rows::people(&r));
    expect![[r#"
        org:management-board adopted Support
        org:european-commission welcomed Support
        org:european-commission asked Neutral
        person:ilona-marjanovic-holt According to Neutral
        person:tobias-lindqvist-berg said Neutral
        country:de supported Support
        country:at supported Support
        country:fr opposed Oppose
        org:court-of-auditors expressed Reservation
        person:gustavo-henriques-albuquerque stressed Neutral
        person:sabine-oyelaran-koch noted Neutral
        org:ias recommended Neutral
    "#]]
    .assert_eq(&statement_rows::all_rows(&r));
    assert_eq!(codes(&r), "front-matter page-furniture");
    for gone in [
        "!!!",
        "???",
        "--8<--",
        "*[IAS]",
        "<details>",
        "<summary>",
        "[TOC]",
        "Share this page",
        "LinkedIn",
        "Related documents",
        "information@",
    ] {
        assert!(!r.text.contains(gone), "{gone}");
    }
}

#[test]
fn the_asciidoc_jaarverslag_reads_whole() {
    let r = fixture_file::report(ASCIIDOC);
    expect![[r#"
        0 [-] Voorwoord
        1 [1] Over de ILT
          2 [1.1] Taken
          3 [1.2] Organisatie
        4 [2] Resultaten
          5 [2.1] Luchtvaart
          6 [2.2] Spoor
          7 [2.3] Europese samenwerking
        8 [3] Bedrijfsvoering
        9 [Bijlage A] Afkortingen
    "#]]
    .assert_eq(&outline_text(&r));
    expect![[r#"Metadata { kind: AnnualReport, language: Nl, title: Some("Jaarverslag 2025 Inspectie Leefomgeving en Transport"), letter_date: Some("2026-03-24"), meeting_dates: [], place: None, reference: None, session_year: None, addressee: None, signatories: [Signatory { role: Some("inspecteur-generaal Leefomgeving en Transport"), name: Some("drs. M.C. (Marleen) van Rijswijk-Toprak") }] }"#]].assert_eq(&format!("{:?}", r.metadata));
    expect![[r#"
        Ingrid Baumgartner-Visser | directeur Spoor | -
        M.C. van Rijswijk-Toprak | inspecteur-generaal Leefomgeving en Transport | org:ilt
        Rutger Okonkwo-Dekker | directeur Toezicht | -
    "#]]
    .assert_eq(&actor_rows::people(&r));
    expect![[r#"
        person:rutger-okonkwo-dekker Volgens Neutral
        org:easa stelde vast Neutral
        person:ingrid-baumgartner-visser zei Neutral
        role:nl-minister-van-infrastructuur-en-waterstaat heeft aangekondigd Neutral
        country:nl pleitte Support
        country:de steunden Support
        country:be steunden Support
        org:european-commission zegde toe Neutral
        org:nl-court-of-audit heeft gewezen Neutral
    "#]]
    .assert_eq(&statement_rows::all_rows(&r));
    assert!(!r.actors.iter().any(|a| a.id == "person:leefomgeving"));
    for gone in [
        "[NOTE]",
        "[TIP]",
        "====",
        "<<",
        "[[",
        ":toc:",
        "[appendix]",
        "Postbus",
    ] {
        assert!(!r.text.contains(gone), "{gone}");
    }
}

#[test]
fn the_cp850_epsco_report_reads_whole() {
    let r = fixture_file::report(DOS);
    assert_eq!(r.source.encoding, "IBM850");
    assert_eq!(codes(&r), "legacy-encoding");
    expect![[r#"
        0 [1] Richtlijn over stages
        1 [2] Gelijke behandeling
        2 [3] Diversen
          3 [a] Werkprogramma van het inkomende voorzitterschap
          4 [b] Gezondheidsbeveiliging
    "#]]
    .assert_eq(&outline_text(&r));
    expect![[r#"Metadata { kind: LetterWithMeetingReport, language: Nl, title: Some("VERSLAG VAN DE RAAD WERKGELEGENHEID, SOCIAAL BELEID, VOLKSGEZONDHEID EN CONSUMENTENZAKEN (EPSCO) VAN 11 DECEMBER 2025 TE BRUSSEL"), letter_date: Some("2025-12-17"), meeting_dates: ["2025-12-11"], place: None, reference: Some(Reference { dossier: "IZ/2025/04417", number: None, title: None }), session_year: None, addressee: Some("de voorzitter van de Tweede Kamer der Staten-Generaal"), signatories: [Signatory { role: Some("minister van Sociale Zaken en Werkgelegenheid"), name: Some("Y. Dönmez-Verhoeven") }] }"#]].assert_eq(&format!("{:?}", r.metadata));
    expect![[r#"
        Andréas Georgíou | minister | country:cy
        Begoña Ibáñez Núñez | minister | country:es
        Frédéric Vanderstraeten-Dubois | minister | country:be
        Jørgen Skovgård | minister | country:dk
        Jürgen Öhlinger | minister | country:at
        Maëlle Bérénger-Costa | Eurocommissaris | org:european-commission
        Y. Dönmez-Verhoeven | minister van Sociale Zaken en Werkgelegenheid | country:nl
    "#]]
    .assert_eq(&actor_rows::people(&r));
    expect![[r#"
        person:jorgen-skovgard presenteerde Neutral
        country:nl steunde Support
        person:jurgen-ohlinger uitte Reservation
        person:maelle-berenger-costa verwelkomde Support
        country:de Steunde Support
        country:fr Vroeg Neutral
        country:hu Stemde tegen Oppose
        role:presidency gaf Neutral
        person:begona-ibanez-nunez pleitte Support
        person:frederic-vanderstraeten-dubois Volgens Neutral
        country:nl heeft aangegeven Reservation
        person:andreas-georgiou presenteerde Neutral
        org:european-commission informeerde Neutral
        collective:several-member-states wezen op Neutral
    "#]]
    .assert_eq(&statement_rows::all_rows(&r));
}

#[test]
fn a_titled_name_over_a_role_takes_the_role() {
    let text = "# Annual Report\n\n## Foreword\n\nWe thank the staff.\n\nBilbao, 27 March 2026\n\n\
                **Dr Ilona Holt**\n\nExecutive Director\n\n## 1 Results\n\nDr Holt said that all went well.\n";
    let r = report(text);
    expect![[r#"
        Ilona Holt | Executive Director | -
    "#]]
    .assert_eq(&actor_rows::people(&r));
    assert!(!r.actors.iter().any(|a| a.id.starts_with("role:")));
    // It is weighed with the roles the text gives the name elsewhere (of as many, the longest
    // wins); a name followed by a sentence takes nothing.
    let text = "# Annual Report\n\n## Foreword\n\nMr Jan Smit, Head of Unit, said so.\n\n\
                **Mr Jan Smit**\n\nExecutive Director\n\nDr Eva Lind\n\nThe Board met in June.\n";
    expect![[r#"
        Jan Smit | Executive Director | -
        Eva Lind | - | -
    "#]]
    .assert_eq(&actor_rows::people(&report(text)));
}
