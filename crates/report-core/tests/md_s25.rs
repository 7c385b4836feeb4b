//! Session 25: Markdown annual reports and badly encoded reports nobody had shown the analyzer
//! (fixtures under `fixtures/s25`): an agency's annual report as pandoc writes it from Word
//! (heading attributes, chapters numbered without a dot, a board table of name, role and member
//! state, links, images, `<br>` and backslash line breaks, footnotes after the signature); a
//! Dutch inspectorate's annual report with setext and `#` headings, bold phrases as headings
//! over paragraphs and lists, a foreword signed on one line; and one Council report in five
//! bad encodings (double-encoded in some paragraphs, Windows-1252 with curly quotes, Latin-1
//! with a UTF-8 paragraph pasted in, UTF-16 without a BOM, Windows-1252 with Mac line ends).

use expect_test::expect;
use report_core::Report;

mod actor_rows;
mod analyzed;
mod fixture_file;
mod metadata_rows;
mod outline_text;
mod statement_rows;

use analyzed::report;

use outline_text::outline_text;

const PANDOC: &str = "s25/md-annual-report-agency-pandoc-en.md";
const JAARVERSLAG: &str = "s25/md-jaarverslag-inspectie-vetkoppen-nl.md";

#[test]
fn pandoc_headings_lose_their_attributes_and_keep_chapter_numbers_without_a_dot() {
    let r = fixture_file::report(PANDOC);
    assert_eq!(
        r.metadata.title.as_deref(),
        Some("Annual Activity Report 2025")
    );
    expect![[r#"
        0 [-] Foreword by the Executive Director
        1 [1] The Agency in 2025
          2 [1.1] Mission and mandate
          3 [1.2] Key figures
        4 [2] Governance
          5 [2.1] Management Board
          6 [2.2] Executive Board
          7 [2.3] Internal control
        8 [3] Operations
          9 [3.1] Surveillance services
          10 [3.2] Pollution response
          11 [3.3] International cooperation
        12 [4] Budget and resources
    "#]]
    .assert_eq(&outline_text(&r));
}

#[test]
fn heading_attributes_are_markup_but_braces_of_words_are_title() {
    let rows = [
        ("# Annexes {-}\n\nText.\n", "Annexes"),
        (
            "# Governance {#sec-gov .unnumbered}\n\nText.\n",
            "Governance",
        ),
        ("# Figures {width=\"2in\"}\n\nText.\n", "Figures"),
        (
            "# Notes {on the method}\n\nText.\n",
            "Notes {on the method}",
        ),
        ("# 2025 in review\n\nText.\n", "2025 in review"),
    ];
    for (text, title) in rows {
        let r = report(text);
        assert_eq!(r.outline[0].title, title, "{text}");
    }
    let r = report(
        "# Annual report\n\nIntroduction.\n\n## 3 Operations {#ops}\n\nText.\n\n\
         ### 3.1 Aerial surveillance\n\nMore.\n",
    );
    expect![[r#"
        0 [3] Operations
          1 [3.1] Aerial surveillance
    "#]]
    .assert_eq(&outline_text(&r));
}

#[test]
fn a_board_table_names_its_members_with_role_and_member_state() {
    let r = fixture_file::report(PANDOC);
    expect![[r#"
        Tomasz Wiśniewski | Executive Director | -
        Ingrid Solberg-Haugen | Chair | country:no
        Pádraig Ó Súilleabháin | Deputy Chair | country:ie
        Aigerim Zaïd-Lefèvre | Member | country:fr
        Ece Çavuşoğlu | Observer | country:tr
        Jorge Carvalho Nunes | Member | country:pt
        Kadri Tamm | Commissioner | org:european-commission
        Kaja Kallas | High Representative | org:eeas
        Lucia Ferraro | Admiral | country:it
        Matej Šefčovič | Member | country:sk
        Rasa Petrauskienė | Member | country:lt
    "#]]
    .assert_eq(&actor_rows::people(&r));
}

#[test]
fn a_table_under_name_headers_names_people_and_a_bare_member_role_says_least() {
    let text = "# Board\n\nThe Board is chaired by Mr Jan Kowalski.\n\n\
                | Country | Member | Alternate |\n|---|---|---|\n\
                | Poland | Jan Kowalski | Anna Nowak |\n\
                | Ireland | Pádraig Ó Súilleabháin | Niamh Ní Bhriain |\n";
    expect![[r#"
        Jan Kowalski | Chair | country:pl
        Anna Nowak | Alternate | country:pl
        Niamh Ní Bhriain | Alternate | country:ie
        Pádraig Ó Súilleabháin | Member | country:ie
    "#]]
    .assert_eq(&actor_rows::people(&report(text)));
    // Names in a table of figures are no people: its header names none.
    let figures = "# Figures\n\nText.\n\n| Region | Lead | Budget |\n|---|---|---|\n\
                   | Baltic Sea | Anna Nowak | 12 |\n";
    assert_eq!(actor_rows::people(&report(figures)), "");
}

#[test]
fn a_markdown_table_is_no_page_set_in_columns_nor_joined_over_a_page_break() {
    let rows: String = (1..=6)
        .map(|k| format!("| Member {k:<20} | Chair            | Ireland      |\n"))
        .collect();
    let text = format!(
        "# Board\n\nText.\n\n| Name                      | Role             | Member state |\n\
         |---------------------------|------------------|--------------|\n\
         | Pádraig Ó Súilleabháin    | Deputy Chair     | Ireland      |\n\
         \u{c}| Rasa Petrauskienė         | Member           | Lithuania    |\n{rows}"
    );
    let r = report(&text);
    assert!(
        r.text
            .contains("| Rasa Petrauskienė         | Member           | Lithuania    |"),
        "{}",
        r.text
    );
    expect![[r#"
        Pádraig Ó Súilleabháin | Deputy Chair | country:ie
        Rasa Petrauskienė | Member | country:lt
    "#]]
    .assert_eq(&actor_rows::people(&r));
}

#[test]
fn links_images_and_line_breaks_are_read_as_the_text_they_show() {
    let r = fixture_file::report(PANDOC);
    assert!(r
        .text
        .contains("The High Representative, Kaja Kallas, welcomed the support"));
    assert!(r
        .text
        .contains("and to Commissioner Kadri Tamm, who visited"));
    assert!(
        !r.text.contains("](http"),
        "a link's address left in the text"
    );
    assert!(
        !r.text.contains("<br>"),
        "a line break tag left in the text"
    );
    assert!(
        !r.text.contains("{width="),
        "an image's attributes left in the text"
    );
    assert_eq!(
        statement_rows::statements_in(&r, "Kaja Kallas, welcomed"),
        ["person:kaja-kallas welcomed Support"]
    );
    let rows = report("# Notes\n\nSee [the annex](annex.md) and [^1] and a[b](c d).\n");
    assert!(
        rows.text.contains("See the annex and [^1] and a[b](c d)."),
        "{}",
        rows.text
    );
}

#[test]
fn a_signature_set_with_hard_line_breaks_after_a_date_signs_the_report() {
    let r = fixture_file::report(PANDOC);
    assert_eq!(
        metadata_rows::signatories(&r).as_deref(),
        Some("Some(\"Executive Director\")/Some(\"Tomasz Wiśniewski\")")
    );
    assert_eq!(r.metadata.letter_date.as_deref(), Some("2026-06-12"));
    let text = "# Foreword\n\nWe thank our staff.<br>\nLisbon, 12 June 2026\n\n\
                **Anna Berg**<br>\n*Executive Director*\n\n# 1 Results\n\nText.\n";
    expect![[r#"
        Anna Berg | Executive Director | -
    "#]]
    .assert_eq(&actor_rows::people(&report(text)));
}

#[test]
fn bold_phrases_head_lists_as_their_siblings_head_paragraphs() {
    let r = fixture_file::report(JAARVERSLAG);
    expect![[r#"
        0 [-] Voorwoord
        1 [1] Het jaar in cijfers
        2 [2] Toezicht
          3 [-] Toezicht op de binnenvaart
          4 [-] Toezicht op de luchtvaart
          5 [-] Toezicht op gevaarlijke stoffen
        6 [-] Handhaving
        7 [3] Internationale samenwerking
          8 [-] Europese netwerken
          9 [-] Samenwerking buiten de Unie
        10 [4] Vooruitblik
        11 [Bijlage 1] Afkortingen
    "#]]
    .assert_eq(&outline_text(&r));
    // Alone over a list, a bold phrase is a caption.
    let caption = report(
        "# Jaarverslag\n\n## Maatregelen\n\nTekst.\n\n**Genomen maatregelen**\n\n- een\n- twee\n",
    );
    assert_eq!(outline_text(&caption).matches("Genomen").count(), 0);
}

#[test]
fn a_foreword_signed_on_one_line_signs_the_report_and_stays_a_section() {
    let r = fixture_file::report(JAARVERSLAG);
    assert_eq!(
        metadata_rows::signatories(&r).as_deref(),
        Some("Some(\"Inspecteur-generaal\")/Some(\"mr. A. de Vries\")")
    );
    assert_eq!(r.metadata.letter_date.as_deref(), Some("2026-03-14"));
    assert_eq!(r.outline[0].title, "Voorwoord");
    expect![[r#"
        A. de Vries | Inspecteur-generaal | org:ilt
    "#]]
    .assert_eq(&actor_rows::people(&r));
}

#[test]
fn an_annual_reports_announcements_findings_and_quoted_findings_are_statements() {
    let r = fixture_file::report(JAARVERSLAG);
    expect![[r#"
        role:nl-staatssecretaris-van-infrastructuur-en-waterstaat heeft toegezegd Neutral
        role:nl-minister-van-infrastructuur-en-waterstaat heeft aangekondigd Neutral
        org:nl-ombudsman oordeelde Neutral
        country:de stelde voor Neutral
        org:european-commission heeft vastgesteld Neutral
        org:ilt verwacht Neutral
    "#]]
    .assert_eq(&statement_rows::all_rows(&r));
    assert!(
        r.text
            .contains("De Europese Commissie heeft in haar evaluatie van de havenstaatcontrole-richtlijn vastgesteld"),
        "a blockquote's marks left in the text"
    );
}

#[test]
fn a_labelled_presidents_role_on_the_line_under_the_name_is_hers() {
    let rows = |text: &str| actor_rows::actors(text, "person:");
    assert_eq!(
        rows(
            "OUTCOME OF THE COUNCIL MEETING\n\nPresident: Ms Ana Ruiz\n\
             Minister for Economic Affairs of Spain\n\nMAIN RESULTS\n\nThe President concluded the debate.\n"
        ),
        [(
            "person:ana-ruiz".into(),
            Some("Minister for Economic Affairs".into()),
            Some("country:es".into())
        )]
    );
    // Set apart by a blank line, the role is still hers, and the bare office names her.
    let text = "OUTCOME OF THE COUNCIL MEETING\n\nPresident: Ms Ana Ruiz\n\n\
                Minister for Economic Affairs of Spain\n\nMAIN RESULTS\n\n\
                The President concluded that the Commission would monitor the markets.\n";
    assert_eq!(
        rows(text),
        [(
            "person:ana-ruiz".into(),
            Some("Minister for Economic Affairs".into()),
            Some("country:es".into())
        )]
    );
    assert_eq!(
        statement_rows::statements_quoting(text, "concluded"),
        ["person:ana-ruiz concluded Neutral"]
    );
    // The cover of the outcome read from UTF-16: the label's line and the role's are blocks
    // of their own.
    let r = fixture_file::report("s25/enc-utf16le-zonder-bom-outcome-en.txt");
    let padraig = r
        .actors
        .iter()
        .find(|a| a.id == "person:padraig-o-suilleabhain")
        .expect("the President");
    assert_eq!(
        (padraig.role.as_deref(), padraig.affiliation.as_deref()),
        (
            Some("Minister of State for Trade Promotion"),
            Some("country:ie")
        )
    );
    assert!(!r.actors.iter().any(|a| a.id.starts_with("role:ie-")));
}

/// The encoding fixtures: (file, encoding read, diagnostic codes).
const ENCODED: [(&str, &str, &str); 5] = [
    (
        "s25/enc-mojibake-deels-raadsverslag-nl.txt",
        "UTF-8",
        "double-encoding",
    ),
    (
        "s25/enc-cp1252-curly-outcome-en.txt",
        "windows-1252",
        "legacy-encoding",
    ),
    (
        "s25/enc-latin1-utf8-plakstuk-nl.txt",
        "windows-1252",
        "legacy-encoding double-encoding",
    ),
    (
        "s25/enc-utf16le-zonder-bom-outcome-en.txt",
        "UTF-16LE",
        "utf16-without-bom",
    ),
    (
        "s25/enc-cp1252-mac-cr-raadsverslag-nl.txt",
        "windows-1252",
        "legacy-encoding cr-line-ends",
    ),
];

#[test]
fn badly_encoded_reports_are_read_with_what_was_repaired_said() {
    for (path, encoding, codes) in ENCODED {
        let r = fixture_file::report(path);
        assert_eq!(r.source.encoding, encoding, "{path}");
        let got: Vec<&str> = r.diagnostics.iter().map(|d| d.code.as_str()).collect();
        assert_eq!(got.join(" "), codes, "{path}");
        for damaged in ["Ã", "â€", "\u{FFFD}", "\r"] {
            assert!(!r.text.contains(damaged), "{path}: {damaged:?} left");
        }
        assert_eq!(
            r.outline.len(),
            if path.contains("-en") { 1 } else { 4 },
            "{path}"
        );
    }
}

#[test]
fn names_with_diacritics_come_out_right_whatever_the_encoding() {
    let names = |path: &str| -> String {
        let r = fixture_file::report(path);
        let mut names: Vec<String> = r
            .actors
            .iter()
            .filter(|a| a.id.starts_with("person:"))
            .map(|a| a.name.clone())
            .collect();
        names.sort();
        names.join(", ")
    };
    expect!["Amira Zaïd, C.M. van der Heijden-Oğuz, Kaja Kallas, Maroš Šefčovič, Pádraig Ó Súilleabháin, Selim Çavuşoğlu"]
    .assert_eq(&names(ENCODED[0].0));
    expect!["Elif Çelik, Jozef Síkela, Kaja Kallas, Karim Zaïd, Pádraig Ó Súilleabháin"]
        .assert_eq(&names(ENCODED[1].0));
    expect!["Amira Zaïd, C.M. van der Heijden-Gökçe, Kaja Kallas, Maroš Šefčovič, Pádraig Ó Súilleabháin, Selim Çavuşoğlu"]
    .assert_eq(&names(ENCODED[2].0));
    expect!["Elif Çavuşoğlu, Kaja Kallas, Karim Zaïd, Maroš Šefčovič, Pádraig Ó Súilleabháin"]
        .assert_eq(&names(ENCODED[3].0));
    expect!["Amira Zaïd, C.M. van der Heijden-Öztürk, Jozef Síkela, Kaja Kallas, Pádraig Ó Súilleabháin, Selim Çelik"]
    .assert_eq(&names(ENCODED[4].0));
}

#[test]
fn the_same_report_in_two_bad_encodings_says_the_same() {
    // Double-encoded in part, and Latin-1 with a UTF-8 paragraph: one report, once repaired.
    let a = fixture_file::report(ENCODED[0].0);
    let c = fixture_file::report(ENCODED[2].0);
    let rows = |r: &Report| statement_rows::statements_in(r, "Pádraig Ó Súilleabháin");
    assert_eq!(rows(&a), ["person:padraig-o-suilleabhain gaf aan Neutral"]);
    assert_eq!(rows(&a), rows(&c));
    assert_eq!(
        statement_rows::statements_in(&a, "Šefčovič lichtte"),
        ["person:maros-sefcovic lichtte Neutral"]
    );
}

#[test]
fn announcements_findings_and_judgements_in_dutch_are_statements() {
    use report_core::Stance::Neutral;
    statement_rows::check(&[
        (
            "De minister van Infrastructuur en Waterstaat heeft aangekondigd dat de regels \
             worden aangescherpt.",
            &[(
                "role:nl-minister-van-infrastructuur-en-waterstaat",
                "heeft aangekondigd",
                Neutral,
            )],
        ),
        (
            "De Europese Commissie heeft vastgesteld dat de inspecties effectief zijn.",
            &[("org:european-commission", "heeft vastgesteld", Neutral)],
        ),
        (
            "Het Europees Parlement heeft geconcludeerd dat de procedure moet doorgaan.",
            &[("org:european-parliament", "heeft geconcludeerd", Neutral)],
        ),
        (
            "De Nationale ombudsman oordeelde dat de klachten zorgvuldig waren behandeld.",
            &[("org:nl-ombudsman", "oordeelde", Neutral)],
        ),
    ]);
}

#[test]
fn a_markdown_contents_of_linked_list_items_is_no_section() {
    let text = "# Annual Report 2025\n\n## Contents\n\n\
                - [1. Governance](#1-governance)\n- [2. Operations](#2-operations)\n\
                \x20 - [2.1 Surveillance](#21-surveillance)\n- [3. Finances](#3-finances)\n\n\
                ## 1. Governance\n\nThe Management Board met three times.\n\n\
                ## 2. Operations\n\n### 2.1 Surveillance\n\nItaly requested aerial surveillance.\n\n\
                ## 3. Finances\n\nThe European Court of Auditors stated that the accounts were \
                reliable.\n";
    expect![[r#"
        0 [1] Governance
        1 [2] Operations
          2 [2.1] Surveillance
        3 [3] Finances
    "#]]
    .assert_eq(&outline_text(&report(text)));
}

#[test]
fn a_role_goes_on_past_a_bodys_possessive_to_the_body_it_owns() {
    let text = "Outcome\n\nMr Karim Zaïd, rapporteur of the European Parliament’s Committee on \
                International Trade, informed ministers about the vote.\n";
    assert_eq!(
        actor_rows::actors(text, "person:"),
        [(
            "person:karim-zaid".into(),
            Some("rapporteur of the European Parliament’s Committee on International Trade".into()),
            Some("org:european-parliament".into())
        )]
    );
    assert_eq!(
        statement_rows::statements_quoting(text, "informed"),
        ["person:karim-zaid informed Neutral"]
    );
    // In the outcome read from Windows-1252, the statement is his, not the committee's.
    let r = fixture_file::report("s25/enc-cp1252-curly-outcome-en.txt");
    assert_eq!(
        statement_rows::statements_in(&r, "informed ministers about the committee"),
        ["person:karim-zaid informed Neutral"]
    );
}
