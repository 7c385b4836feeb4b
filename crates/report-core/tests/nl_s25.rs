//! Session 25: Dutch weak spots, then Dutch Council reports in layouts not yet covered
//! (fixtures under `fixtures/s25`): the report of a Foreign Affairs Council as copied from a
//! government web page, with its menus, share links, download list and footer; a report of
//! an informal Council that Word saved as plain text, its headings numbered `1)` and `2.1`
//! with tabs, its list of participants a table of tab-separated cells, its footnotes `[1]` at
//! the end; and a written consultation (`Verslag van een schriftelijk overleg`) read by
//! `pdftotext -layout`, whose long heading ends a page.

use expect_test::expect;
use report_core::{Report, Stance};

mod actor_rows;
mod fixture_file;
mod metadata_rows;
mod outline_text;
mod statement_rows;

/// The report of the fixture `s25/{name}`, read as bytes.
fn fixture(name: &str) -> Report {
    fixture_file::report(&format!("s25/{name}"))
}

const WEB: &str = "nl-raadsverslag-rbz-webpagina.txt";
const WORD: &str = "nl-raadsverslag-landbouw-word-export.txt";
const SO: &str = "nl-schriftelijk-overleg-jbz-pdftotext.txt";

#[test]
fn a_dutch_ministrys_portfolio_makes_its_minister_the_netherlands() {
    let rows = |text: &str| actor_rows::actors(text, "person:");
    assert_eq!(
        rows("Verslag\n\nMinister Van Dalen van Justitie en Veiligheid informeerde de Raad.\n"),
        [(
            "person:van-dalen".into(),
            Some("Minister van Justitie en Veiligheid".into()),
            Some("country:nl".into())
        )]
    );
    // `voor` and a portfolio of several words with commas, wrapped over a line.
    assert_eq!(
        rows(
            "Verslag\n\nStaatssecretaris Brouwer voor Buitenlandse Handel en\n\
             Ontwikkelingshulp lichtte de inzet toe.\n"
        ),
        [(
            "person:brouwer".into(),
            Some("Staatssecretaris voor Buitenlandse Handel en Ontwikkelingshulp".into()),
            Some("country:nl".into())
        )]
    );
    assert_eq!(
        rows("Verslag\n\nMinister Jansen van Volksgezondheid, Welzijn en Sport sprak.\n"),
        [(
            "person:jansen".into(),
            Some("Minister van Volksgezondheid, Welzijn en Sport".into()),
            Some("country:nl".into())
        )]
    );
    // A portfolio every government has says nothing of the country; a country named says it
    // all.
    assert_eq!(
        rows("Verslag\n\nMinister Schmidt van Financiën sprak over de begroting.\n"),
        [(
            "person:schmidt".into(),
            Some("Minister van Financiën".into()),
            None
        )]
    );
    assert_eq!(
        rows("Verslag\n\nDe Belgische minister Peeters van Justitie en Veiligheid sprak.\n"),
        [(
            "person:peeters".into(),
            Some("minister van Justitie en Veiligheid".into()),
            Some("country:be".into())
        )]
    );
}

#[test]
fn a_member_of_the_house_is_a_person_with_the_party_in_brackets() {
    let text = "Verslag van een schriftelijk overleg\n\n\
                Het lid Sneller stelt voor dat de Minister steun zoekt bij andere lidstaten.\n\n\
                Het lid Van der Werf (D66) vraagt hoe de Minister aankijkt tegen het voorstel.\n";
    assert_eq!(
        actor_rows::actors(text, "person:"),
        [
            (
                "person:sneller".into(),
                Some("lid".into()),
                Some("org:tweede-kamer".into())
            ),
            (
                "person:van-der-werf".into(),
                Some("lid".into()),
                Some("org:d66".into())
            ),
        ]
    );
    assert_eq!(
        statement_rows::statements_quoting(text, "Het lid"),
        [
            // A proposal is said, as the verb's data has it: no side taken.
            "person:sneller stelt voor Neutral",
            "person:van-der-werf vraagt Neutral"
        ]
    );
}

#[test]
fn a_member_without_a_party_is_of_the_group_the_heading_names() {
    let text = "Verslag van een schriftelijk overleg\n\n\
                Vragen en opmerkingen van de leden van de D66-fractie\n\n\
                Het lid Sneller stelt voor dat de Minister steun zoekt bij andere lidstaten.\n\n\
                Vragen en opmerkingen van de leden van de VVD-fractie\n\n\
                Het lid Ellian vraagt wanneer de regels in werking treden. Het lid Kops \
                (PVV) sluit zich bij deze vraag aan.\n\n\
                Vragen en opmerkingen van de leden\n\n\
                Het lid Jansen vraagt naar de kosten.\n";
    let rows = actor_rows::actors(text, "person:");
    let party = |id: &str| {
        rows.iter()
            .find(|r| r.0 == id)
            .and_then(|r| r.2.clone())
            .unwrap_or_default()
    };
    assert_eq!(party("person:sneller"), "org:d66");
    assert_eq!(party("person:ellian"), "org:vvd");
    // A party in brackets is the member's own; a heading that names no group gives none.
    assert_eq!(party("person:kops"), "org:pvv");
    assert_eq!(party("person:jansen"), "org:tweede-kamer");
}

#[test]
fn the_web_pages_menus_share_links_and_footer_are_no_sections() {
    let r = fixture(WEB);
    // The report's own headings, without numbers, are its sections; the site's footer ("Over
    // ons", "Contact", the cookie notice and its buttons) is none, nor a share row copied one
    // link a line.
    expect![[r#"
        0 [-] Russische agressie tegen Oekraïne
        1 [-] Midden-Oosten
        2 [-] Sahel
        3 [-] Diversen
    "#]]
    .assert_eq(&outline_text::outline_text(&r));
    for chrome in [
        "Facebook",
        "LinkedIn",
        "Over ons",
        "Cookies",
        "Weigeren",
        "Bekijk ook",
    ] {
        assert!(!r.text.contains(chrome), "{chrome} in {}", r.text);
    }
    assert!(r.text.contains("De minister van Buitenlandse Zaken,"));
}

#[test]
fn a_web_page_saved_without_its_menus_still_drops_its_footer() {
    let full = fixture(WEB);
    // From the breadcrumb trail on: no skip link, no menu.
    let bytes = fixture_file::read(&format!("s25/{WEB}"));
    let text = String::from_utf8(bytes).expect("UTF-8");
    let from = text.find("Home > ").expect("a breadcrumb trail");
    let r = report_core::analyze_text(&text[from..], &report_core::Config::default());
    assert_eq!(
        outline_text::outline_text(&r),
        outline_text::outline_text(&full)
    );
    assert!(!r.text.contains("Sitemap"), "{}", r.text);
    assert_eq!(r.metadata.signatories, full.metadata.signatories);
}

#[test]
fn the_web_pages_metadata() {
    let r = fixture(WEB);
    expect![[r#"LetterWithMeetingReport | Some("Verslag van de Raad Buitenlandse Zaken van 23 februari 2026") | Some("2026-03-12") | ["2026-02-23"] | Some("Brussel")"#]].assert_eq(&metadata_rows::head(&r));
    assert_eq!(
        metadata_rows::signatories(&r).as_deref(),
        Some("Some(\"minister van Buitenlandse Zaken\")/Some(\"R.J. van Leeuwen\")")
    );
}

#[test]
fn the_web_pages_people_and_statements() {
    let r = fixture(WEB);
    expect![[r#"
        R.J. van Leeuwen | minister van Buitenlandse Zaken | country:nl
        Brouwer | Staatssecretaris van Buitenlandse Handel en Ontwikkelingshulp | country:nl
        Oleh Hrytsenko | minister van Buitenlandse Zaken | country:ua
        Van Dalen | Minister van Justitie en Veiligheid | country:nl
    "#]]
    .assert_eq(&actor_rows::people(&r));
    expect![[r#"
        org:council sprak over Neutral
        person:oleh-hrytsenko sloot aan Support
        person:oleh-hrytsenko schetste Neutral
        person:oleh-hrytsenko vroeg Neutral
        country:nl benadrukte Neutral
        person:r-j-van-leeuwen pleitte Support
        country:nl riep op Support
        country:hu maakten voorbehoud Reservation
        country:sk maakten voorbehoud Reservation
        collective:several-member-states steunde Support
        org:council besprak Neutral
        role:high-representative gaf toelichting Neutral
        collective:several-member-states uitten Reservation
        country:nl steunt Support
        country:nl riep op Support
        country:es pleitten Support
        country:ie pleitten Support
        country:de waren voorstander Oppose
        country:cz waren voorstander Oppose
        org:council sprak over Neutral
        org:council nam aan Support
        country:nl onderstreepte Neutral
        country:fr wees op Neutral
        person:van-dalen informeerde Neutral
        person:brouwer lichtte toe Neutral
    "#]]
    .assert_eq(&statement_rows::all_rows(&r));
}

#[test]
fn a_bullet_after_op_tot_opens_an_item_of_its_own() {
    let text = "Verslag\n\nDaarnaast riep Nederland op tot\n\
                \u{2022} het beperken van de inkomsten van Rusland;\n\
                \u{2022} het aanpakken van de schaduwvloot.\n";
    let r = report_core::analyze_text(text, &report_core::Config::default());
    assert!(
        r.text.contains("op tot\n\n\u{2022} het beperken"),
        "{}",
        r.text
    );
    assert_eq!(
        statement_rows::statements_in(&r, "riep"),
        ["country:nl riep op Support"]
    );
}

#[test]
fn a_no_break_space_after_a_markdown_headings_hashes_is_a_space() {
    let with = |sep: &str| {
        format!(
            "# Verslag van de Raad\n\n##{sep}Inleiding\n\nDe Raad sprak over migratie.\n\n\
             ##{sep}Migratie\n\nMinister{sep}Jansen benadrukte het belang van terugkeer.\n"
        )
    };
    let outline = |text: &str| {
        let r = report_core::analyze_text(text, &report_core::Config::default());
        (outline_text::outline_text(&r), r.metadata.title)
    };
    let plain = outline(&with(" "));
    assert_eq!(outline(&with("\u{a0}")), plain);
    assert_eq!(plain.0, "0 [-] Inleiding\n1 [-] Migratie\n");
}

#[test]
fn the_word_exports_outline_keeps_its_numbers_and_no_table_row_heads_a_section() {
    let r = fixture(WORD);
    expect![[r#"
        0 [1] Inleiding
        1 [2] Toekomst van het gemeenschappelijk landbouwbeleid
          2 [2.1] Vereenvoudiging
          3 [2.2] Financiering na 2027
        4 [3] Handelsakkoord met de Mercosur-landen
        5 [4] Overige punten
          6 [4.1] Dierziekten
          7 [4.2] Visserij in de Oostzee
        8 [5] Volgende bijeenkomst
    "#]]
    .assert_eq(&outline_text::outline_text(&r));
}

#[test]
fn the_word_export_reads_the_same_one_paragraph_a_line() {
    // Word saves each paragraph as one line ended by CR LF, with no blank line between
    // paragraphs unless the document had empty ones.
    let full = fixture(WORD);
    let bytes = fixture_file::read(&format!("s25/{WORD}"));
    let text: String = String::from_utf8(bytes)
        .expect("UTF-8")
        .lines()
        .filter(|l| !l.is_empty())
        .flat_map(|l| [l, "\r\n"])
        .collect();
    let r = report_core::analyze_text(&text, &report_core::Config::default());
    assert_eq!(
        outline_text::outline_text(&r),
        outline_text::outline_text(&full)
    );
    // `Datum:<TAB>16 en 17 maart 2026` is a field of its own, not the title's end.
    assert_eq!(metadata_rows::head(&r), metadata_rows::head(&full));
    assert_eq!(actor_rows::people(&r), actor_rows::people(&full));
    assert_eq!(
        statement_rows::all_rows(&r),
        statement_rows::all_rows(&full)
    );
}

#[test]
fn the_word_exports_metadata_signature_above_its_footnotes() {
    let r = fixture(WORD);
    expect![[r#"MeetingReport | Some("Verslag van de informele bijeenkomst van EU-ministers voor Landbouw en Visserij") | None | ["2026-03-16", "2026-03-17"] | Some("Warschau")"#]].assert_eq(&metadata_rows::head(&r));
    assert_eq!(
        metadata_rows::signatories(&r).as_deref(),
        Some(
            "Some(\"minister van Landbouw, Visserij, Voedselzekerheid en Natuur\")/\
             Some(\"F.M. Wiersma\")"
        )
    );
}

#[test]
fn a_row_of_tab_separated_cells_names_a_participant_and_role() {
    let r = fixture(WORD);
    expect![[r#"
        F.M. Wiersma | minister van Landbouw, Visserij, Voedselzekerheid en Natuur | country:nl
        Christophe Hansen | Eurocommissaris voor Landbouw en Voedsel | org:european-commission
        Élise Marchand | minister van Landbouw en Voedselsoevereiniteit | country:fr
        Katrin Vogler | staatssecretaris van Landbouw | country:de
        Stefan Krajewski | minister van Landbouw | country:pl
    "#]]
    .assert_eq(&actor_rows::people(&r));
    // The rows stay rows.
    assert!(
        r.text
            .contains("Voedselzekerheid en Natuur\tNederland\n\nChristophe Hansen\t"),
        "{}",
        r.text
    );
    // Without blank lines between the rows: the country's cell, not the Dutch wording of the
    // role, says whose minister she is.
    let text = "Deelnemers\n\nNaam\tFunctie\tLand\nAnna Berg\tminister van Justitie\tZweden\n\
                Piet Vos\tStaatssecretaris van Asiel en Migratie\tNederland\n";
    assert_eq!(
        actor_rows::actors(text, "person:"),
        [
            (
                "person:anna-berg".into(),
                Some("minister van Justitie".into()),
                Some("country:se".into())
            ),
            (
                "person:piet-vos".into(),
                Some("Staatssecretaris van Asiel en Migratie".into()),
                Some("country:nl".into())
            ),
        ]
    );
}

#[test]
fn a_footnote_mark_after_a_full_stop_ends_the_sentence() {
    let r = fixture(WORD);
    assert_eq!(
        statement_rows::statements_in(&r, "Frankrijk en Ierland"),
        ["country:fr vroegen Neutral", "country:ie vroegen Neutral"]
    );
    let s = r
        .statements
        .iter()
        .find(|s| s.actor == "country:nl" && s.verb == "steunt")
        .expect("Nederland steunt");
    let quoted = &r.text[s.range.start..s.range.end];
    assert!(quoted.ends_with("blijven.[2]"), "{quoted}");
    use Stance::*;
    statement_rows::check(&[
        (
            "Nederland steunt het voorstel.[3] Frankrijk is tegen.",
            &[
                ("country:nl", "steunt", Support),
                ("country:fr", "is tegen", Oppose),
            ],
        ),
        // A bracket that is no note's mark stays in the sentence.
        (
            "Nederland steunt het voorstel [van de Commissie]. Frankrijk is tegen.",
            &[
                ("country:nl", "steunt", Support),
                ("country:fr", "is tegen", Oppose),
            ],
        ),
    ]);
    // Each note at the end is a paragraph of its own.
    assert!(r.text.contains("aangenomen.\n\n[2] Zie ook"), "{}", r.text);
}

#[test]
fn the_word_exports_statements() {
    let r = fixture(WORD);
    expect![[r#"
        person:christophe-hansen presenteerde Neutral
        person:christophe-hansen gaf aan Neutral
        collective:most-member-states verwelkomde Support
        country:nl steunt Support
        country:nl benadrukte Neutral
        country:fr vroegen Neutral
        country:ie vroegen Neutral
        country:pl pleitten Support
        country:ro pleitten Support
        country:hu pleitten Support
        country:nl zijn tegen Oppose
        country:dk zijn tegen Oppose
        country:se zijn tegen Oppose
        org:council sprak over Neutral
        country:fr herhaalde Oppose
        country:at sloot aan Support
        country:es steunden Support
        country:pt steunden Support
        person:f-m-wiersma gaf aan Neutral
        country:lt informeerde Neutral
        collective:several-member-states vroegen Neutral
        country:dk vroeg Neutral
        org:european-commission kondigde aan Neutral
        country:nl steunde Support
        country:nl vindt Neutral
    "#]]
    .assert_eq(&statement_rows::all_rows(&r));
}

#[test]
fn a_long_heading_at_a_pages_foot_ends_there() {
    let r = fixture(SO);
    // `II Reactie van de Minister … en de Minister van` ⏎ `Justitie en Veiligheid op de
    // vragen …`, then the page's footer, the next page's header and its first heading.
    expect![[r#"
        0 [I] Vragen en opmerkingen vanuit de fracties
          1 [-] Vragen en opmerkingen van de leden van de D66-fractie
          2 [-] Vragen en opmerkingen van de leden van de VVD-fractie
          3 [-] Vragen en opmerkingen van de leden van de GroenLinks-PvdA-fractie
        4 [II] Reactie van de Minister van Asiel en Migratie en de Minister van Justitie en Veiligheid op de vragen en opmerkingen vanuit de fracties
          5 [-] Reactie op vragen en opmerkingen van de leden van de D66-fractie
          6 [-] Reactie op vragen en opmerkingen van de leden van de VVD-fractie
          7 [-] Reactie op vragen en opmerkingen van de leden van de GroenLinks-PvdA-fractie
    "#]].assert_eq(&outline_text::outline_text(&r));
}

#[test]
fn the_written_consultations_members_and_statements() {
    let r = fixture(SO);
    expect![[r#"
        Ellian | lid | org:vvd
        Mutluer | lid | org:groenlinks-pvda
        Sneller | lid | org:d66
        Tielens-Tripels | griffier van de commissie | -
        Van der Werf | lid | org:d66
        Van Nispen | voorzitter van de commissie | -
    "#]]
    .assert_eq(&actor_rows::people(&r));
    expect![[r#"
        person:sneller stelt voor Neutral
        person:sneller vraagt Neutral
        person:van-der-werf vraagt Neutral
        person:van-der-werf is kritisch Reservation
        person:van-der-werf vraagt Neutral
        org:vvd steunen Support
        person:ellian vraagt Neutral
        person:mutluer maakt zorgen Reservation
        person:mutluer verzoekt Neutral
        role:cabinet steunt Support
        role:nl-minister-van-asiel-en-migratie merkt op Neutral
        role:cabinet verwelkomt Support
        role:cabinet is positief Support
        role:nl-minister-van-asiel-en-migratie verwacht Neutral
        role:cabinet deelt zorg Reservation
        role:nl-minister-van-justitie-en-veiligheid benadrukken Neutral
    "#]]
    .assert_eq(&statement_rows::all_rows(&r));
}
