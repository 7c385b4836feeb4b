//! Session 27: Markdown annual reports in forms not met before: a wiki/CMS export (`[TOC]`,
//! `{#anchor}` heading ids after closing hashes, admonitions, definition lists, links and
//! images, HTML character references) and a GitHub-flavoured one (YAML front matter,
//! headings in bold with closing hashes, task lists, a GitHub alert, nested quotes), one
//! English and one Dutch (fixtures under `fixtures/s27`); and a badly encoded report in a
//! defect not met before: windows-1250 with Central European names, CRLF line ends and a DOS
//! Ctrl-Z at its end.

use expect_test::expect;

mod actor_rows;
mod analyzed;
mod fixture_file;
mod metadata_rows;
mod outline_text;
mod statement_rows;

use analyzed::{codes, decoded, report};

use outline_text::outline_text;

const WIKI: &str = "s27/md-annual-report-railways-wiki-en.md";
const GITHUB: &str = "s27/md-jaarverslag-rdi-github-nl.md";
const CP1250: &str = "s27/enc-cp1250-crlf-ctrlz-outcome-en.txt";

#[test]
fn html_character_references_are_read_and_their_ranges_point_at_the_ampersand() {
    let text = "# Report\n\nDr. Agnieszka Wr&oacute;blewska, Head of Unit, said that the Agency&#8217;s \
                budget of &euro;&nbsp;38 million was &ldquo;tight&rdquo;.\n\nAT&T and R&D stay &unknown; as written.\n";
    let r = report(text);
    assert!(
        r.text.contains(
            "Dr. Agnieszka Wróblewska, Head of Unit, said that the Agency’s budget of € 38 million was “tight”."
        ),
        "{}",
        r.text
    );
    assert!(r.text.contains("AT&T and R&D stay &unknown; as written."));
    expect![[r#"
        Agnieszka Wróblewska | Head of Unit | -
    "#]]
    .assert_eq(&actor_rows::people(&r));
    assert_eq!(codes(&r), "html-entities");
    expect!["6 HTML character references (`&eacute;`, `&#8217;`) were read as the characters they stand for"]
        .assert_eq(&r.diagnostics[0].message);
    // Each character read maps to its reference's `&` in the source, the text after it on.
    let layout = report_core::repair(text);
    for (read, written) in [("ó", "&oacute;"), ("’s", "&#8217;s"), ("€", "&euro;")] {
        let at = layout.text.find(read).unwrap();
        assert_eq!(
            layout.offsets.to_source(at),
            text.find(written).unwrap(),
            "{read}"
        );
    }
    let after = layout.text.find("blewska").unwrap();
    assert_eq!(
        layout.offsets.to_source(after),
        text.find("blewska").unwrap()
    );
    // A text without references says nothing.
    assert_eq!(codes(&report("# Report\n\nAT&T met.\n")), "");
}

#[test]
fn markup_lines_of_wikis_and_github_are_set_aside() {
    for (markup, title) in [
        ("[TOC]", "Annual Report 2025"),
        ("[[_TOC_]]", "Annual Report 2025"),
        ("{:toc}", "Annual Report 2025"),
    ] {
        let text = format!(
            "{markup}\n\n# Annual Report 2025\n\nThe Agency met.\n\n## Results\n\nIt met twice.\n"
        );
        let r = report(&text);
        assert_eq!(r.metadata.title.as_deref(), Some(title), "{markup}");
        assert!(!r.text.contains(markup), "{markup}: {}", r.text);
    }
    let text = "# Jaarverslag\n\n> [!NOTE]\n> Dit is de webversie.\n\n!!! warning \"Achterstand\"\n    Er liggen 41 aanvragen.\n\n\
                ::: tip\nZie de website.\n:::\n\n[Terug naar boven](#top)\n\n[Lees meer](https://example.nl/x)\n";
    let r = report(text);
    for gone in ["[!NOTE]", "!!!", ":::", "Terug naar boven"] {
        assert!(!r.text.contains(gone), "{gone}: {}", r.text);
    }
    for kept in [
        "Dit is de webversie.",
        "Er liggen 41 aanvragen.",
        "Zie de website.",
        "Lees meer",
    ] {
        assert!(r.text.contains(kept), "{kept}: {}", r.text);
    }
    // Words in brackets or an exclamation in running text stay.
    let r = report("# Report\n\n[TOC] is a marker.\n\n!!! This is loud !!!\n");
    assert!(r.text.contains("[TOC] is a marker.") && r.text.contains("!!! This is loud !!!"));
}

#[test]
fn closing_hashes_ids_and_emphasis_are_no_part_of_a_heading() {
    let text =
        "# **Jaarverslag 2025** #\n\nTekst.\n\n## **Voorwoord** ##\n\nWij danken iedereen.\n\n\
                ## **1. Over de inspectie** ##\n\nDe inspectie houdt toezicht.\n\n\
                ### 1.2 _Organisatie_\n\nZij telde 480 medewerkers.\n\n\
                ## Results of the year ## {#results}\n\nMore.\n\n## C# and F# ##\n\nCode.\n\n\
                ## **A** and **B**\n\nBoth.\n";
    expect![[r#"
        0 [-] Voorwoord
        1 [1] Over de inspectie
          2 [1.2] Organisatie
        3 [-] Results of the year
        4 [-] C# and F#
        5 [-] **A** and **B**
    "#]]
    .assert_eq(&outline_text(&report(text)));
    assert_eq!(
        report(text).metadata.title.as_deref(),
        Some("Jaarverslag 2025")
    );
}

#[test]
fn a_signature_under_an_italic_dateline_signs_and_dates_the_report() {
    let text = "# Annual Report 2025\n\nThe Agency met.\n\n## Foreword\n\nText here.\n\n\
                *Valenciennes, 12 March 2026*\n\n**Henrik Vaszary**\nExecutive Director\n\n[Back to top](#top)\n";
    let r = report(text);
    assert_eq!(
        metadata_rows::signatories(&r).as_deref(),
        Some("Some(\"Executive Director\")/Some(\"Henrik Vaszary\")")
    );
    assert_eq!(r.metadata.letter_date.as_deref(), Some("2026-03-12"));
}

#[test]
fn a_note_that_ends_on_a_name_over_a_role_that_signs_is_signed() {
    let rows: [(&str, Option<&str>); 4] = [
        (
            "Outcome\n\nThe ministers met in Brno.\n\nZdeněk Šťastný\n\nHead of the Presidency Secretariat\n",
            Some("Some(\"Head of the Presidency Secretariat\")/Some(\"Zdeněk Šťastný\")"),
        ),
        (
            "Verslag\n\nDe ministers spraken over de begroting.\n\nAnna de Boer\n\nHoofd van de afdeling Europese Zaken\n",
            Some("Some(\"Hoofd van de afdeling Europese Zaken\")/Some(\"Anna de Boer\")"),
        ),
        // A list of participants ends on a name and a role too, but not after a sentence.
        (
            "Participants\n\nAnna Berg\n\nHead of Unit\n\nPiet Smit\n\nHead of Sector\n",
            Some(""),
        ),
        // A heading is no role.
        (
            "Outcome\n\nThe ministers met.\n\nAnna Berg\n\nHeadline figures\n",
            Some(""),
        ),
    ];
    for (text, want) in rows {
        assert_eq!(
            metadata_rows::signatories(&report(text)).as_deref(),
            want,
            "{text}"
        );
    }
}

#[test]
fn a_name_with_initials_is_the_person_named_in_full() {
    let text = "Jaarverslag 2025\n\nInspecteur-generaal Marjolein Teeuwen-Baaij zei dat de inspectie groeide.\n\n\
                Groningen, 9 april 2026\n\nM.J. Teeuwen-Baaij\n\nInspecteur-generaal\n";
    let r = report(text);
    expect![[r#"
        Marjolein Teeuwen-Baaij | Inspecteur-generaal | -
    "#]]
    .assert_eq(&actor_rows::people(&r));
    let person = r
        .actors
        .iter()
        .find(|a| a.id.starts_with("person:"))
        .unwrap();
    assert_eq!(person.mentions.len(), 2);
    // Initials that do not fit keep two people; so does an ending two full names share.
    let text = "Verslag\n\nMinister Karel de Vries zei dat het goed ging. Minister Anna de Vries zei het ook.\n\n\
                Staatssecretaris P. de Vries zei niets. Staatssecretaris A. de Vries zei iets.\n";
    expect![[r#"
        Anna de Vries | Staatssecretaris | -
        Karel de Vries | Minister | -
        P. de Vries | Staatssecretaris | -
    "#]]
    .assert_eq(&actor_rows::people(&report(text)));
}

#[test]
fn dutch_inspectorates_and_authorities_are_bodies_not_people() {
    let text = "Jaarverslag\n\nDe Inspecteur-generaal Rijksinspectie Digitale Infrastructuur zei dat het goed ging. \
                De Autoriteit Financiële Markten en De Nederlandsche Bank waarschuwden. De ILT stelde vast dat het beter kan.\n";
    let r = report(text);
    assert_eq!(actor_rows::people(&r), "");
    let ids: Vec<&str> = r.actors.iter().map(|a| a.id.as_str()).collect();
    for id in ["org:rdi", "org:afm", "org:dnb", "org:ilt"] {
        assert!(ids.contains(&id), "{id}: {ids:?}");
    }
}

#[test]
fn a_trailing_ctrl_z_is_left_out_and_said() {
    let r = decoded(b"De Raad vergaderde.\r\n\x1a");
    assert_eq!(r.text, "De Raad vergaderde.");
    assert_eq!(codes(&r), "dos-eof");
    let r = decoded(b"De Raad vergaderde.\n\x1a\x1a");
    assert_eq!(r.text, "De Raad vergaderde.");
    // Inside the text it is a control character like any other.
    let r = decoded(b"De Raad\x1a vergaderde.\n");
    assert_eq!(codes(&r), "control-characters");
}

#[test]
fn central_european_names_in_a_western_text_choose_windows_1250() {
    let nl = "Verslag van de Transportraad\n\nDe Tsjechische minister Radek Dvořák opende de vergadering. \
              Eurocommissaris Zuzana Ďurčová gaf een toelichting. De Poolse minister Łukasz Wiśniewski \
              steunde het voorstel. Nederland heeft aangegeven dat de kosten van € 21 miljard te hoog zijn.\n";
    let (bytes, _, _) = encoding_rs::WINDOWS_1250.encode(nl);
    let r = decoded(&bytes);
    assert_eq!(r.source.encoding, "windows-1250");
    assert!(r.text.contains("Łukasz Wiśniewski") && r.text.contains("Dvořák"));
    // Western text with a Danish or a Dutch letter stays windows-1252.
    for western in [
        "De Deense minister Søren Jørgensen steunde het voorstel over Oekraïne. Nederland heeft \
         aangegeven dat de kosten van € 21 miljard te hoog zijn voor de lidstaten en de Commissie.\n",
        "De Franse minister Hélène Cécile Mère steunde het voorstel, à la carte. Nederland heeft \
         aangegeven dat de kosten van € 21 miljard te hoog zijn voor de lidstaten.\n",
    ] {
        let (bytes, _, _) = encoding_rs::WINDOWS_1252.encode(western);
        let r = decoded(&bytes);
        assert_eq!(r.source.encoding, "windows-1252", "{western}");
        assert_eq!(r.text, western.trim_end());
    }
}

#[test]
fn the_wiki_annual_report_reads_whole() {
    let r = fixture_file::report(WIKI);
    expect![[r#"
        0 [-] Foreword by the Executive Director
        1 [1] The Agency in 2025
          2 [1.1] Mission and tasks
          3 [1.2] Governance
        4 [2] Results
          5 [2.1] Vehicle authorisation
          6 [2.2] ERTMS
          7 [2.3] Safety and interoperability
        8 [3] Management and resources
        9 [Annex I] Abbreviations
    "#]]
    .assert_eq(&outline_text(&r));
    expect![[r#"Metadata { kind: AnnualReport, language: En, title: Some("Annual Activity Report 2025"), letter_date: Some("2026-03-12"), meeting_dates: [], place: Some("Valenciennes"), reference: None, session_year: None, addressee: None, signatories: [Signatory { role: Some("Executive Director"), name: Some("Henrik Vaszary") }] }"#]].assert_eq(&format!("{:?}", r.metadata));
    expect![[r#"
        Henrik Vaszary | Executive Director | org:era
        Agnieszka Wróblewska | Head of the Safety Unit | -
        Fabrizio Olivetti | - | country:it
        Karolina Dembek-Strand | Chair of the Management Board | country:pl
    "#]]
    .assert_eq(&actor_rows::people(&r));
    expect![[r#"
        person:henrik-vaszary said Neutral
        person:henrik-vaszary added Neutral
        person:karolina-dembek-strand stated Neutral
        org:management-board adopted Support
        country:at asked Neutral
        org:european-commission proposed Neutral
        collective:several-member-states expressed Reservation
        country:es supported Support
        country:nl called for Support
        country:be called for Support
        org:era According to Neutral
        person:agnieszka-wroblewska warned Neutral
    "#]]
    .assert_eq(&statement_rows::all_rows(&r));
    assert_eq!(codes(&r), "html-entities");
    for gone in ["[TOC]", "&", "!!!", "Back to top", "{#"] {
        assert!(!r.text.contains(gone) || gone == "{#", "{gone}");
    }
}

#[test]
fn the_github_jaarverslag_reads_whole() {
    let r = fixture_file::report(GITHUB);
    expect![[r#"
        0 [-] Voorwoord
        1 [1] Over de RDI
          2 [1.1] Taken
          3 [1.2] Organisatie
        4 [2] Resultaten
          5 [2.1] Frequentiebeheer
          6 [2.2] Cyberbeveiliging (NIS2)
          7 [2.3] Markttoezicht apparaten
        8 [3] Europese samenwerking
        9 [Bijlage 1] Afkortingen
    "#]]
    .assert_eq(&outline_text(&r));
    expect![[r#"Metadata { kind: AnnualReport, language: Nl, title: Some("Jaarverslag 2025 Rijksinspectie Digitale Infrastructuur"), letter_date: Some("2026-04-09"), meeting_dates: [], place: None, reference: None, session_year: None, addressee: None, signatories: [Signatory { role: Some("Inspecteur-generaal Rijksinspectie Digitale Infrastructuur"), name: Some("M. Teeuwen-Baaij") }] }"#]].assert_eq(&format!("{:?}", r.metadata));
    expect![[r#"
        Marjolein Teeuwen-Baaij | Inspecteur-generaal Rijksinspectie Digitale Infrastructuur | -
        Tomasz Wiśniowiecki | Minister van Digitale Zaken | country:pl
    "#]]
    .assert_eq(&actor_rows::people(&r));
    expect![[r#"
        person:marjolein-teeuwen-baaij zei Neutral
        org:acm adviseerde Neutral
        org:european-commission kondigde aan Neutral
        country:de pleitten Support
        country:at pleitten Support
        country:nl steunde Oppose
        org:european-commission Volgens Neutral
        person:tomasz-wisniowiecki steunden Support
    "#]]
    .assert_eq(&statement_rows::all_rows(&r));
    assert_eq!(codes(&r), "front-matter html-entities");
    assert!(!r.text.contains("[!NOTE]") && !r.text.contains("&quot;"));
}

#[test]
fn the_windows_1250_outcome_reads_whole() {
    let r = fixture_file::report(CP1250);
    assert_eq!(r.source.encoding, "windows-1250");
    assert_eq!(codes(&r), "dos-eof legacy-encoding");
    expect![[r#"
        0 [1] Opening
        1 [2] Trans-European Transport Network (TEN-T)
        2 [3] Road safety
        3 [4] Any other business
    "#]]
    .assert_eq(&outline_text(&r));
    expect![[r#"Metadata { kind: MeetingReport, language: En, title: Some("OUTCOME OF THE INFORMAL MEETING OF TRANSPORT MINISTERS"), letter_date: Some("2026-11-18"), meeting_dates: ["2026-11-12", "2026-11-13"], place: Some("Ostrava"), reference: Some(Reference { dossier: "PRES/2026/114", number: None, title: None }), session_year: None, addressee: None, signatories: [Signatory { role: Some("Head of the Presidency Secretariat"), name: Some("Zdeněk Šťastný") }] }"#]].assert_eq(&format!("{:?}", r.metadata));
    expect![[r#"
        Łukasz Wiśniewski | Minister of Infrastructure | country:pl
        Małgorzata Kołodziej-Sikora | State Secretary | country:pl
        Petr Kořínek | Deputy Minister of Transport | country:cz
        Radek Dvořák | Minister of Transport | country:cz
        Zdeněk Šťastný | Head of the Presidency Secretariat | -
        Zuzana Ďurčová | Commissioner | org:european-commission
    "#]]
    .assert_eq(&actor_rows::people(&r));
    expect![[r#"
        person:radek-dvorak welcomed Support
        person:radek-dvorak recalled Neutral
        role:presidency wants Support
        person:zuzana-durcova presented Neutral
        person:zuzana-durcova stressed Neutral
        person:lukasz-wisniewski supported Support
        country:sk called for Support
        country:hu called for Support
        country:de expressed Reservation
        person:malgorzata-kolodziej-sikora According to Neutral
        person:petr-korinek informed Neutral
        country:at welcomed Support
        country:si welcomed Support
        country:hr asked Neutral
        country:ro informed Neutral
        country:lt drew attention Neutral
        country:lv drew attention Neutral
    "#]]
    .assert_eq(&statement_rows::all_rows(&r));
}

#[test]
fn sentences_with_references_keep_their_speakers() {
    use report_core::Stance::{Neutral, Support};
    // A reference inside a sentence does not stop its speaker or verb being read.
    statement_rows::check(&[
        (
            "De Europese Commissie kondigde aan dat zij &quot;snel&quot; een voorstel doet.",
            &[("org:european-commission", "kondigde aan", Neutral)],
        ),
        (
            "Spain supported the Commission&#8217;s proposal.",
            &[("country:es", "supported", Support)],
        ),
    ]);
    // Read by the layout first, a name with a reference in it is one person who speaks.
    let r = report(
        "# Safety\n\nThe year was calm.\n\nMs Agnieszka Wr&oacute;blewska said that accidents did not decrease.\n",
    );
    expect![[r#"
        person:agnieszka-wroblewska said Neutral
    "#]]
    .assert_eq(&statement_rows::all_rows(&r));
}
