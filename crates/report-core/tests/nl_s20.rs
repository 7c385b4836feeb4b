//! Session 20: Dutch reports nobody had shown the analyzer (fixtures under `fixtures/s20`): a
//! ministry's letter reporting on a Concurrentievermogensraad as `pdftotext -layout` gives it,
//! with its side column repeated on every page beside `Datum` and `Betreft`, an overview table
//! and `Agendapunt 4 — titel` items; a Milieuraad report with old Mac line ends (CR only) and
//! a paragraph pasted from a Windows-1252 file; an inspectorate's Markdown annual report with
//! setext headings, a table, footnotes, bold names and an HTML comment; and a Kamerstuk letter
//! that carries the reports of two Councils, each item under `Inzet Nederland`, `Resultaat`
//! and `Krachtenveld`; and a Landbouw- en Visserijraad report with `Agendapunt 1 – …` items,
//! `Inzet Nederland:` paragraphs and a side column whose lines pdftotext set one character
//! off.

use report_core::{analyze_text, Config, Report, Stance};

mod actor_rows;
mod fixture_file;
mod metadata_rows;
mod outline_text;
mod statement_rows;

/// The report of the fixture `s20/{name}`, read as bytes.
fn fixture(name: &str) -> Report {
    fixture_file::report(&format!("s20/{name}"))
}

use statement_rows::statements_in as quoting;

const RAAD: &str = "pdftotext-concurrentievermogensraad-nl.txt";
const MAC: &str = "cr-mixed-encoding-milieuraad-nl.txt";
const JAAR: &str = "jaarverslag-inspectie-setext-nl.md";
const TWEE: &str = "kamerbrief-twee-raden-krachtenveld-nl.txt";

#[test]
fn a_side_column_repeated_on_every_page_does_not_glue_itself_to_datum_and_betreft() {
    // The sender's `Ons kenmerk` stands in the side column of every page, so it is removed as
    // furniture; on the first page it stood between the address block and the `Datum` and
    // `Betreft` rows, whose side column (`Bijlage(n)`, `1`) then stayed on their lines.
    let r = fixture(RAAD);
    assert!(
        r.text
            .contains("Datum       12 juni 2026\n\nBetreft     Verslag Concurrentievermogensraad 27 en 28 mei 2026\n\n"),
        "{}",
        r.text
    );
    assert!(r.text.contains("\n\nBijlage(n) 1\n\n"), "{}", r.text);
    assert_eq!(r.metadata.letter_date.as_deref(), Some("2026-06-12"));
    assert_eq!(
        r.metadata.title.as_deref(),
        Some("Verslag Concurrentievermogensraad 27 en 28 mei 2026")
    );
    let small = analyze_text(
        "Aan de Voorzitter van de Tweede Kamer              Directie Europese Zaken\n\
         Postbus 20018                                      Postbus 20401\n\
         2500 EA DEN HAAG                                   2500 EK Den Haag\n\
         \n\
         \x20                                                  Ons kenmerk\n\
         \x20                                                  DEZ / 12345\n\
         Datum       3 maart 2027                           Bijlage(n)\n\
         Betreft     Verslag van de Raad                    2\n\
         \n\
         Geachte voorzitter,\n\
         \n\
         Hierbij bied ik u het verslag aan van de Raad Buitenlandse Zaken van 24 februari 2027.\n\
         \x0c\
         \x20                                                  Ons kenmerk\n\
         \x20                                                  DEZ / 12345\n\
         Nederland steunde het voorstel.\n\
         \x0c\
         \x20                                                  Ons kenmerk\n\
         \x20                                                  DEZ / 12345\n\
         Hoogachtend,\n",
        &Config::default(),
    );
    assert_eq!(small.metadata.letter_date.as_deref(), Some("2027-03-03"));
    assert!(
        small.text.contains("Datum       3 maart 2027\n"),
        "{}",
        small.text
    );
}

#[test]
fn agendapunt_items_with_a_dash_are_the_reports_sections() {
    let r = fixture(RAAD);
    // The overview's table is its own text: the items are its siblings, not its parts.
    expect_test::expect![[r#"
        0 [-] Overzicht van de resultaten
        1 [1] Verordening inzake betaalachterstanden bij handelstransacties
        2 [2] Industriële strategie en vereenvoudiging van regelgeving
        3 [3] Raadsconclusies over de Europese Onderzoeksruimte
        4 [4] Ruimtevaartwet van de Unie
        5 [5] Diversen
          6 [a] Stand van zaken van de verordening over kritieke grondstoffen
          7 [b] Werkprogramma van het inkomende voorzitterschap
        8 [-] Overige zaken
    "#]]
    .assert_eq(&outline_text::outline_text(&r));
    assert_eq!(
        metadata_rows::meeting_dates(&r).as_deref(),
        Some("2026-05-27,2026-05-28")
    );
    assert_eq!(r.metadata.place.as_deref(), Some("Brussel"));
    assert_eq!(
        metadata_rows::signatories(&r).as_deref(),
        Some("Some(\"minister van Economische Zaken\")/Some(\"M.A. van der Linden\")")
    );
}

#[test]
fn the_positions_in_a_pdftotext_council_report_keep_their_stances() {
    let r = fixture(RAAD);
    assert_eq!(
        quoting(&r, "Duitsland\nen Italië"),
        Vec::<String>::new(),
        "wrapped lines are joined"
    );
    assert_eq!(
        quoting(&r, "Duitsland en Italië"),
        [
            "country:de hadden bezwaar Oppose",
            "country:it hadden bezwaar Oppose",
            "country:de onthielden zich Reservation",
            "country:it onthielden zich Reservation"
        ]
    );
    assert_eq!(
        quoting(&r, "Oostenrijk stemde tegen"),
        ["country:at stemde tegen Oppose"]
    );
    assert_eq!(
        quoting(&r, "Hongarije"),
        [
            "country:hu maakte voorbehoud Reservation",
            "country:hu blokkeerde conclusies Neutral"
        ]
    );
}

#[test]
fn a_mac_file_with_a_pasted_windows_1252_paragraph_loses_no_word() {
    let r = fixture(MAC);
    assert_eq!(r.source.encoding, "UTF-8");
    let codes: Vec<&str> = r.diagnostics.iter().map(|d| d.code.as_str()).collect();
    assert_eq!(codes, ["mixed-encoding", "cr-line-ends"]);
    for word in [
        "Klimaatdoel 2040 – wijziging",
        "(’s ochtends)",
        "“concurrentiepositie”",
        "de ‘hoge kosten’",
        "geïnvesteerd in de naleving",
        "België en Spanje",
        "€ 1,2 biljoen",
        "zeeën en oceanen",
        "Roemenië",
    ] {
        assert!(r.text.contains(word), "{word}: {}", r.text);
    }
    assert!(!r.text.contains('\u{fffd}') && !r.text.contains('\r'));
}

#[test]
fn a_mac_file_gets_its_outline_and_letter_fields() {
    let r = fixture(MAC);
    expect_test::expect![[r#"
        0 [-] Verslag Milieuraad 17 maart 2026
          1 [1] Klimaatdoel 2040 – wijziging van de Europese klimaatwet
          2 [2] Verordening ontbossingsvrije producten
          3 [3] Financiering van het LIFE-programma
          4 [4] Diversen – overige punten
          5 [5] Lunchbespreking: het concurrentievermogen van de Europese industrie
          6 [6] Overige punten
    "#]]
    .assert_eq(&outline_text::outline_text(&r));
    let m = &r.metadata;
    assert_eq!(m.letter_date.as_deref(), Some("2026-03-24"));
    assert_eq!(
        metadata_rows::meeting_dates(&r).as_deref(),
        Some("2026-03-17")
    );
    let reference = m.reference.as_ref().expect("reference");
    assert_eq!(
        (reference.dossier.as_str(), reference.number.as_deref()),
        ("21 501-08", Some("1041"))
    );
    assert_eq!(
        metadata_rows::signatories(&r).as_deref(),
        Some(
            "Some(\"Staatssecretaris van Infrastructuur en Waterstaat\")/\
             Some(\"C.A. Jansen-de Vries\")"
        )
    );
}

#[test]
fn the_pasted_paragraph_speaks_as_the_rest_does() {
    let r = fixture(MAC);
    assert_eq!(
        quoting(&r, "België en Spanje"),
        [
            "country:be sloten aan Support",
            "country:es sloten aan Support"
        ]
    );
    assert_eq!(
        quoting(&r, "Tsjechië en Slowakije"),
        [
            "country:cz verzetten zich Oppose",
            "country:sk verzetten zich Oppose",
            "country:cz wezen op Neutral",
            "country:sk wezen op Neutral"
        ]
    );
}

#[test]
fn the_first_of_several_setext_top_headings_that_names_the_report_is_its_title() {
    let r = fixture(JAAR);
    let m = &r.metadata;
    assert_eq!(
        m.title.as_deref(),
        Some("Jaarverslag 2025 Inspectie Leefomgeving en Transport")
    );
    // The italic dateline under it dates the report and names where it was written.
    assert_eq!(m.letter_date.as_deref(), Some("2026-04-14"));
    assert_eq!(m.place.as_deref(), Some("Utrecht"));
    assert_eq!(
        format!("{:?}", m.kind),
        "AnnualReport",
        "an annual report, not a meeting"
    );
    expect_test::expect![[r#"
        0 [-] Jaarverslag 2025 Inspectie Leefomgeving en Transport
          1 [-] Voorwoord
          2 [-] Kerncijfers
          3 [-] Toezicht op de luchtvaart
          4 [-] Toezicht op het spoor
            5 [-] Onderzoek naar de storing van april
          6 [-] Toezicht op de scheepvaart
        7 [-] Vooruitblik 2026
    "#]]
    .assert_eq(&outline_text::outline_text(&r));
    // A heading that names no report (`Voorwoord`) is no title.
    let plain = analyze_text(
        "Voorwoord\n=========\n\nDe Inspectie heeft veel gedaan.\n\nToezicht\n--------\n\n\
         Wij hebben gecontroleerd.\n\nVooruitblik\n===========\n\nMeer toezicht.\n",
        &Config::default(),
    );
    assert_eq!(plain.metadata.title, None);
}

#[test]
fn a_name_in_markdown_bold_after_its_title_speaks() {
    let r = fixture(JAAR);
    assert_eq!(
        quoting(&r, "Inspecteur-generaal**, mevrouw"),
        ["person:h-j-bakker stelde Neutral"]
    );
    use Stance::*;
    statement_rows::check(&[
        (
            "Mevrouw **H.J. Bakker** stelde dat de Inspectie vaker wil signaleren.",
            &[("person:h-j-bakker", "stelde", Neutral)],
        ),
        (
            "Minister **De Vries** stelde dat de regels strenger worden.",
            &[("person:de-vries", "stelde", Neutral)],
        ),
    ]);
}

#[test]
fn an_actor_in_markdown_bold_is_the_subject_of_the_verb_after_it() {
    use Stance::*;
    statement_rows::check(&[
        (
            "**Nederland** steunde het voorstel.",
            &[("country:nl", "steunde", Support)],
        ),
        (
            "De **Minister van Buitenlandse Zaken** benadrukte dat sancties nodig blijven.",
            &[(
                "role:nl-minister-van-buitenlandse-zaken",
                "benadrukte",
                Neutral,
            )],
        ),
        (
            "**Frankrijk** en **Duitsland** steunden het compromis.",
            &[
                ("country:fr", "steunden", Support),
                ("country:de", "steunden", Support),
            ],
        ),
    ]);
}

#[test]
fn a_markdown_footnote_mark_after_a_full_stop_ends_the_sentence() {
    let r = fixture(JAAR);
    let asked = r
        .statements
        .iter()
        .find(|s| s.verb == "heeft gevraagd")
        .expect("the minister asked");
    let sentence = &r.text[asked.range.start..asked.range.end];
    assert!(sentence.ends_with("te verscherpen.[^2]"), "{sentence}");
    assert_eq!(
        asked.actor,
        "role:nl-minister-van-infrastructuur-en-waterstaat"
    );
    assert_eq!(
        statement_rows::statements_quoting(
            "Nederland steunde het voorstel.[^1] Frankrijk stemde tegen.",
            "Frankrijk"
        ),
        ["country:fr stemde tegen Oppose"]
    );
    // A participle that ends the sentence right before the mark is still the verb's.
    assert_eq!(
        statement_rows::statements_quoting(
            "Nederland heeft ingestemd.[^4] Frankrijk stemde tegen.",
            "Nederland"
        ),
        ["country:nl heeft ingestemd Support"]
    );
}

#[test]
fn a_ministers_title_ends_where_an_article_opens_the_object() {
    // `heeft de Minister van Infrastructuur en Waterstaat de Inspectie gevraagd`: `de
    // Inspectie` is whom the minister asked, not a part of the ministry's name.
    let rows = actor_rows::actors(
        "Na de uitspraak heeft de Minister van Infrastructuur en Waterstaat de Inspectie \
         gevraagd de handhaving te verscherpen.",
        "role:",
    );
    assert_eq!(
        rows,
        [(
            "role:nl-minister-van-infrastructuur-en-waterstaat".to_string(),
            Some("Minister van Infrastructuur en Waterstaat".to_string()),
            Some("country:nl".to_string())
        )]
    );
    // An article after a connector still belongs to the name.
    let rows = actor_rows::actors(
        "De Voorzitter van de Tweede Kamer der Staten-Generaal opende de vergadering.",
        "role:",
    );
    assert_eq!(
        rows.iter().map(|r| r.1.as_deref()).collect::<Vec<_>>(),
        [Some("Voorzitter van de Tweede Kamer der Staten-Generaal")]
    );
}

#[test]
fn a_letter_carrying_two_councils_reports_is_titled_by_both() {
    let r = fixture(TWEE);
    let m = &r.metadata;
    assert_eq!(
        m.title.as_deref(),
        Some(
            "Verslag Landbouw- en Visserijraad van 26 januari 2026; Verslag informele \
             bijeenkomst van de ministers van Landbouw, 18–19 januari 2026"
        )
    );
    assert_eq!(format!("{:?}", m.kind), "LetterWithMeetingReport");
    assert_eq!(
        metadata_rows::meeting_dates(&r).as_deref(),
        Some("2026-01-18,2026-01-19,2026-01-26")
    );
    assert_eq!(m.letter_date.as_deref(), Some("2026-02-03"));
}

#[test]
fn a_kamerstuk_citation_in_the_footer_is_no_title() {
    let r = fixture(TWEE);
    assert!(!r
        .metadata
        .title
        .as_deref()
        .is_some_and(|t| t.starts_with("Tweede Kamer, vergaderjaar")));
    let small = analyze_text(
        "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\n\
         Den Haag, 3 februari 2026\n\n\
         Geachte voorzitter,\n\n\
         Nederland steunde het voorstel over de visserij.\n\n\
         Tweede Kamer, vergaderjaar 2025–2026, 21 501-32, nr. 1788      1\n\
         \x0c\
         Frankrijk stemde tegen het voorstel.\n\n\
         Tweede Kamer, vergaderjaar 2025–2026, 21 501-32, nr. 1788      2\n",
        &Config::default(),
    );
    assert_eq!(small.metadata.title, None, "{:?}", small.metadata);
}

#[test]
fn inzet_resultaat_and_krachtenveld_frame_each_item_of_both_councils() {
    let r = fixture(TWEE);
    expect_test::expect![[r#"
        0 [A] Verslag Landbouw- en Visserijraad van 26 januari 2026
          1 [1] Werkprogramma van het voorzitterschap
            2 [-] Inzet Nederland
            3 [-] Resultaat
            4 [-] Krachtenveld
          5 [2] Handelsgerelateerde landbouwkwesties
            6 [-] Inzet Nederland
            7 [-] Resultaat
            8 [-] Krachtenveld
          9 [3] Diversen
            10 [a] Uitbraak van mond-en-klauwzeer in Hongarije
            11 [b] Situatie op de suikermarkt
        12 [B] Verslag informele bijeenkomst van de ministers van Landbouw, 18–19 januari 2026
          13 [-] Thema: waterbeheer in de landbouw
            14 [-] Inzet Nederland
            15 [-] Resultaat
            16 [-] Krachtenveld
    "#]]
    .assert_eq(&outline_text::outline_text(&r));
}

#[test]
fn the_krachtenveld_gives_each_state_its_stance_and_the_minister_speaks_as_ik() {
    let r = fixture(TWEE);
    assert_eq!(
        quoting(&r, "Frankrijk, Polen en Ierland"),
        [
            "country:fr uitten Reservation",
            "country:pl uitten Reservation",
            "country:ie uitten Reservation",
            "country:fr vroegen Neutral",
            "country:pl vroegen Neutral",
            "country:ie vroegen Neutral"
        ]
    );
    assert_eq!(
        quoting(&r, "Denemarken\nen Zweden"),
        Vec::<String>::new(),
        "wrapped lines are joined"
    );
    assert_eq!(
        quoting(&r, "Denemarken en Zweden"),
        ["country:dk pleitten Support", "country:se pleitten Support"]
    );
    // The letter's `Ik` is the minister who signs it.
    assert_eq!(
        quoting(&r, "Ik heb de Nederlandse ervaringen"),
        ["person:a-b-de-graaf heb gepleit Support"]
    );
    // `waar-⏎schuwde` is joined across the line end.
    assert_eq!(
        quoting(&r, "Duitsland waarschuwde"),
        ["country:de waarschuwde Neutral"]
    );
}

const LVR: &str = "pdftotext-landbouwraad-agendapunten-nl.txt";

#[test]
fn a_side_columns_reference_label_keeps_its_value_and_heads_no_section() {
    // `Ons kenmerk` ⏎ `DGA-EUI / 25312877` in the side column of the first page: one field,
    // not two headings over the whole report.
    let r = fixture(LVR);
    assert!(
        r.text.contains("\n\nOns kenmerk DGA-EUI / 25312877\n\n"),
        "{}",
        r.text
    );
    expect_test::expect![[r#"
        0 [1] Vangstmogelijkheden 2026 voor de Atlantische Oceaan en de Noordzee
        1 [2] Vangstmogelijkheden 2026 voor de Oostzee
        2 [3] Het gemeenschappelijk landbouwbeleid na 2027
        3 [4] Diversen
          4 [a] Situatie op de markt voor varkensvlees
          5 [b] Dierenwelzijn tijdens transport
          6 [c] Werkprogramma van het Ierse voorzitterschap
    "#]]
    .assert_eq(&outline_text::outline_text(&r));
    let m = &r.metadata;
    assert_eq!(
        m.title.as_deref(),
        Some("Verslag van de Landbouw- en Visserijraad van 9 en 10 december 2025")
    );
    assert_eq!(m.letter_date.as_deref(), Some("2025-12-15"));
    assert_eq!(
        metadata_rows::meeting_dates(&r).as_deref(),
        Some("2025-12-09,2025-12-10")
    );
}

#[test]
fn a_side_column_line_set_one_character_left_of_the_column_is_still_in_it() {
    // The first line of the letter head and the bold `Ons kenmerk` stand one character left
    // of the side column, as pdftotext rounds a smaller or bolder font.
    let r = fixture(LVR);
    assert!(
        r.text
            .starts_with("Ministerie van Landbouw, Visserij, Voedselzekerheid en Natuur\n\n"),
        "{}",
        r.text
    );
    assert!(
        r.text.contains("\n\nDirectoraat-generaal\n\n"),
        "{}",
        r.text
    );
    let small = analyze_text(
        "Aan de Voorzitter van de Tweede Kamer             Directie Europese Zaken\n\
         der Staten-Generaal                                Postbus 20401\n\
         Postbus 20018                                      2500 EK Den Haag\n\
         2500 EA DEN HAAG\n\
         \x20                                                 Ons kenmerk\n\
         \x20                                                  DEZ / 12345\n\
         \n\
         Geachte voorzitter,\n",
        &Config::default(),
    );
    assert!(
        small
            .text
            .starts_with("Aan de Voorzitter van de Tweede Kamer der Staten-Generaal"),
        "{}",
        small.text
    );
    assert!(
        small.text.contains("Ons kenmerk DEZ / 12345"),
        "{}",
        small.text
    );
}

#[test]
fn a_verb_after_comma_maar_takes_the_subject_that_opened_the_sentence() {
    use Stance::*;
    statement_rows::check(&[
        (
            "Nederland heeft geen belangen in de Oostzee, maar steunde het voorstel.",
            &[("country:nl", "steunde", Support)],
        ),
        // After a label that opens the paragraph.
        (
            "Inzet Nederland: Nederland heeft geen belangen in de Oostzee, maar steunde het \
             voorstel.",
            &[("country:nl", "steunde", Support)],
        ),
        // A subject of its own after `maar` still speaks for itself.
        (
            "Nederland heeft het voorstel van Duitsland bekeken, maar Frankrijk steunde het.",
            &[("country:fr", "steunde", Support)],
        ),
    ]);
    assert_eq!(
        quoting(&fixture(LVR), "westelijke"),
        ["country:nl steunde Support"]
    );
}

#[test]
fn inzetten_op_and_informing_parliament_are_statements() {
    use Stance::*;
    statement_rows::check(&[
        (
            "Nederland zette in op vangstmogelijkheden in lijn met het advies.",
            &[("country:nl", "zette in", Support)],
        ),
        (
            "De Staatssecretaris van Infrastructuur en Waterstaat heeft de Kamer over de \
             uitkomsten geïnformeerd.",
            &[(
                "role:nl-staatssecretaris-van-infrastructuur-en-waterstaat",
                "heeft geïnformeerd",
                Neutral,
            )],
        ),
    ]);
    assert_eq!(
        quoting(&fixture(LVR), "zette in op"),
        ["country:nl zette in Support"]
    );
    assert_eq!(
        quoting(&fixture(JAAR), "geïnformeerd"),
        ["role:nl-staatssecretaris-van-infrastructuur-en-waterstaat heeft geïnformeerd Neutral"]
    );
}

#[test]
fn each_markdown_footnote_definition_is_a_paragraph_of_its_own() {
    let r = fixture(JAAR);
    assert!(
        r.text.contains(
            "bestuursorganen.\n\n[^2]: Kamerstukken II 2024/25, 29 665, nr. 512.\n\n[^3]: "
        ),
        "{}",
        r.text
    );
}

#[test]
fn a_two_column_table_of_topics_and_results_reads_record_by_record() {
    // `Onderwerp | Resultaat` as pdftotext lays it out, the results wrapping in their column:
    // each topic over its own result, not all topics and then all results.
    let text = "Verslag van de Raad Algemene Zaken van 12 mei 2026\n\n\
        Onderwerp                              Resultaat\n\
        Uitbreiding                            De Raad sprak over de voortgang. Nederland\n\
        \x20                                      steunde de opening van het eerste cluster\n\
        \x20                                      met Oekraïne. Hongarije blokkeerde het besluit.\n\
        Verordening inzake                     Polen en Spanje steunden de conclusies,\n\
        betaalachterstanden                    Italië onthield zich.\n\n\
        Diversen\n\nGeen.\n";
    let r = analyze_text(text, &Config::default());
    assert!(
        r.text.contains(
            "\n\nUitbreiding\n\nDe Raad sprak over de voortgang. Nederland steunde de opening \
             van het eerste cluster met Oekraïne. Hongarije blokkeerde het besluit.\n\n\
             Verordening inzake betaalachterstanden\n\n\
             Polen en Spanje steunden de conclusies, Italië onthield zich.\n\n"
        ),
        "{}",
        r.text
    );
    assert_eq!(
        statement_rows::statements_in(&r, "Nederland steunde"),
        ["country:nl steunde Support"]
    );
    assert_eq!(r.outline[0].title, "Uitbreiding");
    // A letter head beside an address is no such table: its first row is no header.
    let head = analyze_text(
        "Aan de Voorzitter van de Tweede Kamer              Directie Europese Zaken\n\
         der Staten-Generaal                                Postbus 20401\n\
         Postbus 20018                                      2500 EK Den Haag\n\
         2500 EA DEN HAAG\n\
         \x20                                                  Ons kenmerk\n\
         \x20                                                  DEZ / 12345\n\n\
         Geachte voorzitter,\n",
        &Config::default(),
    );
    assert!(
        head.text
            .starts_with("Aan de Voorzitter van de Tweede Kamer der Staten-Generaal"),
        "{}",
        head.text
    );
}
