//! Session 19: Dutch reports nobody had shown the analyzer (fixtures under `fixtures/s19`): the
//! report of a written consultation (schriftelijk overleg) on a Milieuraad as pdftotext lays
//! out a Kamerstuk, with its contents and page furniture; an annotated agenda of a Foreign
//! Affairs Council with `Agendapunt:` items and a contents list with leader dots; the
//! Handelingen of a plenary debate on a European summit, with interruptions and motions; a
//! Kamerbrief reporting on a European Council, signed by the Minister-president; and a
//! committee's letter signed by its chair and clerk.

use report_core::{analyze_text, Config, Report, Stance};

mod actor_rows;
mod fixture_file;
mod metadata_rows;
mod outline_text;
mod statement_rows;

/// The report of the fixture `s19/{name}`, read as bytes.
fn fixture(name: &str) -> Report {
    fixture_file::report(&format!("s19/{name}"))
}

use statement_rows::statements_in as quoting;

const SO: &str = "verslag-so-milieuraad-nl.txt";
const AGENDA: &str = "geannoteerde-agenda-rbz-agendapunten-nl.txt";
const DEBAT: &str = "handelingen-debat-europese-top-nl.txt";
const ER: &str = "kamerbrief-europese-raad-nl.txt";
const COMMISSIE: &str = "commissiebrief-griffier-nl.txt";

#[test]
fn a_kamerstuks_contents_with_page_numbers_in_a_column_are_lines_of_their_own() {
    let r = fixture(SO);
    // Each contents line ends on its page number, set apart by a wide gap: the next line is
    // the next entry, and the parts numbered `I` and `II` frame the fractions' questions and
    // the answer in the outline.
    expect_test::expect![[r#"
        0 [I] Vragen en opmerkingen vanuit de fracties
          1 [1] Vragen en opmerkingen van de leden van de GroenLinks-PvdA-fractie
          2 [2] Vragen en opmerkingen van de leden van de VVD-fractie
          3 [3] Vragen en opmerkingen van de leden van de NSC-fractie
        4 [II] Reactie van de Staatssecretaris
          5 [-] Reactie op de vragen en opmerkingen van de leden van de GroenLinks-PvdA-fractie
          6 [-] Reactie op de vragen en opmerkingen van de leden van de VVD-fractie
          7 [-] Reactie op de vragen en opmerkingen van de leden van de NSC-fractie
    "#]]
    .assert_eq(&outline_text::outline_text(&r));
    let small = analyze_text(
        "Inhoudsopgave                              blz.\n\n\
         I    Vragen van de fracties                1\n\
         II   Reactie van de minister               3\n",
        &Config::default(),
    );
    assert!(
        small.text.contains("fracties                1\n\nII"),
        "{}",
        small.text
    );
}

#[test]
fn the_foot_of_a_kamerstuks_first_page_on_one_line_is_furniture() {
    let r = fixture(SO);
    assert!(!r.text.contains("'s-Gravenhage 2026"), "{}", r.text);
    assert!(!r.text.contains("nr. 1012      1"), "{}", r.text);
    assert!(r
        .text
        .contains("\n\nI Vragen en opmerkingen vanuit de fracties\n\n"));
}

#[test]
fn a_committee_signing_on_its_front_page_and_at_its_end_signs_once() {
    let r = fixture(SO);
    assert_eq!(
        metadata_rows::signatories(&r).unwrap(),
        "Some(\"voorzitter van de commissie\")/Some(\"Peter de Groot\"); \
         Some(\"griffier van de commissie\")/Some(\"Van der Meer\")"
    );
    let griffier: Vec<_> = r
        .actors
        .iter()
        .filter(|a| a.id == "person:van-der-meer")
        .map(|a| a.role.clone())
        .collect();
    assert_eq!(griffier, [Some("griffier van de commissie".to_string())]);
}

#[test]
fn dutch_of_before_a_country_opens_no_role_phrase() {
    // `vragen de Staatssecretaris of Nederland …`: whether the Netherlands …; not a
    // `Staatssecretaris of Nederland` (a bare title names no role of its own).
    let text = "De leden vragen de Staatssecretaris of Nederland dit voorstel zal steunen.";
    assert_eq!(actor_rows::actors(text, "role:"), []);
    assert_eq!(actor_rows::actors(text, "country:").len(), 1);
    // An English role still takes its country.
    assert_eq!(
        actor_rows::actors("The Minister of Finland spoke first.", "role:")
            .into_iter()
            .map(|a| a.1)
            .collect::<Vec<_>>(),
        [Some("Minister".to_string())]
    );
    let r = fixture(SO);
    assert!(r.actors.iter().all(|a| !a.name.contains(" of ")));
}

#[test]
fn those_named_with_samen_met_before_a_dutch_final_verb_say_it_too() {
    use Stance::*;
    statement_rows::check(&[
        (
            "Nederland zal samen met Italië en Oostenrijk aandringen op een langere termijn.",
            &[
                ("country:nl", "aandringen", Neutral),
                ("country:it", "aandringen", Neutral),
                ("country:at", "aandringen", Neutral),
            ],
        ),
        (
            "Frankrijk heeft samen met Spanje gepleit voor uitstel.",
            &[
                ("country:fr", "heeft gepleit", Support),
                ("country:es", "heeft gepleit", Support),
            ],
        ),
    ]);
    assert_eq!(
        quoting(&fixture(SO), "samen met Italië"),
        [
            "country:nl aandringen Neutral",
            "country:it aandringen Neutral",
            "country:at aandringen Neutral"
        ]
    );
}

#[test]
fn other_business_after_agendapunt_items_is_an_item_of_its_own() {
    let r = fixture(AGENDA);
    expect_test::expect![[r#"
        0 [-] Russische agressie tegen Oekraïne
          1 [-] Nederlandse inzet
          2 [-] Krachtenveld
        3 [-] Midden-Oosten
          4 [-] Nederlandse inzet
          5 [-] Krachtenveld
        6 [-] Westelijke Balkan
          7 [-] Nederlandse inzet
          8 [-] Krachtenveld
        9 [-] Actuele onderwerpen
          10 [-] Nederlandse inzet
        11 [-] Overige onderwerpen
          12 [-] Toezeggingen commissiedebat
    "#]]
    .assert_eq(&outline_text::outline_text(&r));
    use metadata_rows::meeting_dates;
    assert_eq!(
        r.metadata.title.as_deref(),
        Some("Geannoteerde agenda Raad Buitenlandse Zaken van 16 maart 2026")
    );
    assert_eq!(meeting_dates(&r).as_deref(), Some("2026-03-16"));
}

#[test]
fn a_regional_group_of_member_states_is_a_collective_actor() {
    use Stance::*;
    statement_rows::check(&[
        (
            "Polen en de Baltische staten dringen aan op een verbod op Russisch gas.",
            &[
                ("country:pl", "dringen aan", Neutral),
                ("collective:baltic-states", "dringen aan", Neutral),
            ],
        ),
        (
            "The Nordic countries supported the text.",
            &[("collective:nordic-countries", "supported", Support)],
        ),
    ]);
    assert_eq!(
        quoting(&fixture(AGENDA), "Baltische staten"),
        [
            "country:pl dringen aan Neutral",
            "collective:baltic-states dringen aan Neutral"
        ]
    );
}

#[test]
fn an_agendas_krachtenveld_and_inzet_give_each_state_its_stance() {
    let r = fixture(AGENDA);
    assert_eq!(
        quoting(&r, "Hongarije en Slowakije"),
        [
            "country:hu hebben bezwaar Oppose",
            "country:sk hebben bezwaar Oppose",
            "country:hu blokkeren besluit Oppose",
            "country:sk blokkeren besluit Oppose"
        ]
    );
    assert_eq!(
        quoting(&r, "zijn daartegen"),
        [
            "country:de zijn daartegen Oppose",
            "country:at zijn daartegen Oppose",
            "country:cz zijn daartegen Oppose"
        ]
    );
    // `De minister` in a letter signed by the Minister of Foreign Affairs is its signer.
    assert_eq!(
        quoting(&r, "De minister zal benadrukken"),
        ["person:d-m-van-weel benadrukken Neutral"]
    );
}

#[test]
fn a_handelingen_sitting_is_a_meeting_report_dated_by_its_weekday_line() {
    use metadata_rows::{check_fields, meeting_dates};
    let kind = |r: &Report| Some(format!("{:?}", r.metadata.kind));
    check_fields(&[
        (
            "the weekday line over an item that `Aan de orde is` opens",
            "Donderdag 12 maart 2026\n\nEuropese top\n\nAan de orde is het debat over de \
             Europese top.\n\nDe voorzitter:\nIk geef het woord aan de heer Kops.\n",
            meeting_dates,
            Some("2026-03-12"),
        ),
        (
            "… makes it the record of a meeting",
            "Donderdag 12 maart 2026\n\nEuropese top\n\nAan de orde is het debat over de \
             Europese top.\n\nDe voorzitter:\nIk geef het woord aan de heer Kops.\n",
            kind,
            Some("MeetingReport"),
        ),
        (
            "a weekday line alone dates no meeting",
            "Donderdag 12 maart 2026\n\nEuropese top\n\nHet kabinet steunt de inzet.\n",
            meeting_dates,
            Some(""),
        ),
        (
            "nor a weekday in running text",
            "Europese top\n\nAan de orde is het debat dat donderdag 12 maart 2026 begon.\n",
            meeting_dates,
            Some(""),
        ),
    ]);
    let r = fixture(DEBAT);
    assert_eq!(meeting_dates(&r).as_deref(), Some("2026-03-12"));
    assert_eq!(kind(&r).as_deref(), Some("MeetingReport"));
    assert_eq!(r.metadata.title.as_deref(), Some("Europese top"));
}

#[test]
fn a_ministers_appreciation_of_a_motion_is_the_ministers_statement() {
    use statement_rows::statements_quoting;
    let turn = "De heer Kops (PVV):\nIk dien een motie in.\n\nMinister Schoof:\nDie motie \
                ontraad ik. Ik geef de motie op stuk nr. 12 oordeel Kamer. Ik laat het oordeel \
                aan de Kamer.\n\nDe voorzitter:\nIk geef het woord aan de heer Kops.\n";
    assert_eq!(
        statements_quoting(turn, "ontraad"),
        ["person:schoof ontraad Oppose"]
    );
    assert_eq!(
        statements_quoting(turn, "Ik geef de motie"),
        ["person:schoof geef oordeel Neutral"]
    );
    assert_eq!(
        statements_quoting(turn, "Ik laat"),
        ["person:schoof laat oordeel Neutral"]
    );
    // `geef` without `oordeel` is no speech verb: the chair gives the floor.
    assert_eq!(statements_quoting(turn, "het woord"), Vec::<String>::new());
    let r = fixture(DEBAT);
    assert_eq!(
        quoting(&r, "Die motie ontraad ik"),
        ["person:schoof ontraad Oppose"]
    );
    assert_eq!(
        quoting(&r, "Ik laat het oordeel"),
        ["person:van-weel laat oordeel Neutral"]
    );
}

#[test]
fn a_question_asks_what_its_subject_after_the_verb_holds_and_says_nothing_of_it() {
    use Stance::*;
    statement_rows::check(&[
        ("Maar steunt hij dan wel de investeringen?", &[]),
        ("Steunt Duitsland het voorstel?", &[]),
        ("Deelt de minister van Financiën die zorg?", &[]),
        // A statement with its subject after the verb is still one.
        (
            "Daarnaast steunt Duitsland het voorstel.",
            &[("country:de", "steunt", Support)],
        ),
    ]);
    // A subject before the verb still speaks in a question.
    assert_eq!(
        statement_rows::statements_quoting(
            "De heer Kops (PVV):\nIk vraag de minister of zij dit steunt?\n",
            "Ik vraag"
        ),
        ["person:kops vraag Neutral"]
    );
    let r = fixture(DEBAT);
    assert_eq!(
        quoting(&r, "Maar steunt hij"),
        ["role:cabinet voorstelt Neutral"]
    );
    assert_eq!(quoting(&r, "Waarom stemt hij"), Vec::<String>::new());
}

#[test]
fn a_minister_speaking_in_the_handelingen_is_the_countrys_minister() {
    let r = fixture(DEBAT);
    let rows: Vec<_> = r
        .actors
        .iter()
        .filter(|a| ["person:schoof", "person:van-weel", "person:orban"].contains(&a.id.as_str()))
        .map(|a| format!("{} {:?} {:?}", a.id, a.role, a.affiliation))
        .collect();
    assert_eq!(
        rows,
        [
            // The chair gave each the floor by his office (`Het woord is aan de
            // minister-president.`): the label under it says who holds it.
            "person:schoof Some(\"minister-president\") Some(\"country:nl\")",
            "person:van-weel Some(\"minister van Buitenlandse Zaken\") Some(\"country:nl\")",
            "person:orban Some(\"premier\") Some(\"country:hu\")"
        ]
    );
    // A minister named in running text has no country but the one the text gives: a Dutch
    // report of a Council writes `Minister Kuleba` for a foreign minister too.
    assert_eq!(
        actor_rows::actors("Minister Petrenko sprak met de voorzitter.", "person:"),
        [(
            "person:petrenko".to_string(),
            Some("Minister".to_string()),
            None
        )]
    );
}

#[test]
fn the_minister_president_who_signs_as_minister_of_general_affairs_too_is_the_minister_president() {
    let r = fixture(ER);
    let schoof: Vec<_> = r
        .actors
        .iter()
        .filter(|a| a.id == "person:d-schoof")
        .map(|a| {
            (
                a.role.as_deref(),
                a.affiliation.as_deref(),
                a.mentions.len(),
            )
        })
        .collect();
    // Signed `De Minister-president,` ⏎ `Minister van Algemene Zaken,` ⏎ `D. Schoof`, and
    // called `Minister-president Schoof` in the report: the role he is named with most.
    assert_eq!(
        schoof,
        [(Some("Minister-president"), Some("country:nl"), 5)]
    );
    assert_eq!(
        metadata_rows::signatories(&r).unwrap(),
        "Some(\"Minister-president, Minister van Algemene Zaken\")/Some(\"D. Schoof\")"
    );
    assert_eq!(
        quoting(&r, "De\nMinister-president heeft")
            .into_iter()
            .chain(quoting(&r, "De Minister-president heeft"))
            .collect::<Vec<_>>(),
        ["person:d-schoof heeft toegezegd Neutral"]
    );
    // A bare title still gives way to the fuller role it opens.
    assert_eq!(
        actor_rows::actors(
            "De Minister van Financiën, Eelco Heinen, sprak. Minister Heinen zei dat. \
             Minister Heinen vroeg dat.",
            "person:"
        ),
        [(
            "person:eelco-heinen".to_string(),
            Some("Minister van Financiën".to_string()),
            Some("country:nl".to_string())
        )]
    );
}

#[test]
fn a_european_council_report_gives_each_leader_and_state_its_stance() {
    let r = fixture(ER);
    assert_eq!(
        quoting(&r, "Hongarije kon niet"),
        ["country:hu kon niet instemmen Oppose"]
    );
    assert_eq!(
        quoting(&r, "wezen gezamenlijke schulden af"),
        [
            "country:nl wezen af Oppose",
            "country:de wezen af Oppose",
            "country:se wezen af Oppose"
        ]
    );
    assert_eq!(
        quoting(&r, "kondigde aan"),
        ["person:ursula-von-der-leyen kondigde aan Neutral"]
    );
    let costa: Vec<_> = r
        .actors
        .iter()
        .filter(|a| a.id == "person:antonio-costa")
        .map(|a| (a.role.as_deref(), a.affiliation.as_deref()))
        .collect();
    assert_eq!(
        costa,
        [(
            Some("voorzitter van de Europese Raad"),
            Some("org:european-council")
        )]
    );
}

#[test]
fn a_one_line_side_column_beside_the_subject_is_no_part_of_it() {
    use metadata_rows::check_fields;
    let title = |r: &Report| r.metadata.title.clone();
    check_fields(&[
        (
            "a label alone beside the subject",
            "De Voorzitter van de Tweede Kamer\nder Staten-Generaal\n\n\
             Datum       24 maart 2026\n\
             Betreft     Verslag van de Europese Raad van 19 en 20 maart 2026    Uw referentie\n\n\
             Geachte voorzitter,\n\nHierbij bied ik u het verslag aan.\n\n\
             De Minister-president,\n\nD. Schoof\n\n1. Oekraïne\n\n\
             De Europese Raad sprak over Oekraïne.\n",
            title,
            Some("Verslag van de Europese Raad van 19 en 20 maart 2026"),
        ),
        (
            "a subject alone",
            "De Voorzitter van de Tweede Kamer\nder Staten-Generaal\n\n\
             Datum       24 maart 2026\n\
             Betreft     Verslag van de Europese Raad van 19 en 20 maart 2026\n\n\
             Geachte voorzitter,\n\nHierbij bied ik u het verslag aan.\n\n\
             De Minister-president,\n\nD. Schoof\n\n1. Oekraïne\n\n\
             De Europese Raad sprak over Oekraïne.\n",
            title,
            Some("Verslag van de Europese Raad van 19 en 20 maart 2026"),
        ),
    ]);
}

#[test]
fn a_committees_letter_is_titled_by_its_subject_dated_by_its_labelled_dateline_and_signed_by_its_clerk(
) {
    use metadata_rows::{check_fields, signatories};
    let r = fixture(COMMISSIE);
    assert_eq!(r.metadata.letter_date.as_deref(), Some("2026-03-26"));
    // A plain letter is titled by its subject.
    assert_eq!(
        r.metadata.title.as_deref(),
        Some("Verzoek om een reactie op het verslag van de Europese Raad")
    );
    assert_eq!(
        signatories(&r).unwrap(),
        "Some(\"voorzitter van de commissie\")/Some(\"Jan Paternotte\"); \
         Some(\"griffier van de commissie\")/Some(\"Van der Meer\")"
    );
    let clerk: Vec<_> = r
        .actors
        .iter()
        .filter(|a| a.role.as_deref() == Some("griffier van de commissie"))
        .map(|a| a.id.as_str())
        .collect();
    assert_eq!(clerk, ["person:van-der-meer"]);
    let date = |r: &Report| r.metadata.letter_date.clone();
    check_fields(&[(
        "English label",
        "To the Minister\n\nPlace and date: The Hague, 26 March 2026\n\nDear Minister,\n\n\
         The committee asks for a reply.\n\nYours sincerely,\n\nJan Smit\n",
        date,
        Some("2026-03-26"),
    )]);
    assert_eq!(
        quoting(&r, "De\nleden van de fractie van de SP")
            .into_iter()
            .chain(quoting(&r, "De leden van de fractie van de SP"))
            .collect::<Vec<_>>(),
        ["org:sp steunen Support", "org:sp vragen om Neutral"]
    );
}

#[test]
fn an_adverb_between_zijn_and_its_stance_word_keeps_the_stance() {
    use Stance::*;
    statement_rows::check(&[
        (
            "Polen en Hongarije zijn ook tegen het voorstel.",
            &[
                ("country:pl", "zijn tegen", Oppose),
                ("country:hu", "zijn tegen", Oppose),
            ],
        ),
        (
            "Zweden en Finland zijn zeer bezorgd over de kosten.",
            &[
                ("country:se", "zijn bezorgd", Reservation),
                ("country:fi", "zijn bezorgd", Reservation),
            ],
        ),
        // Two adverbs are more than a stance word's neighbour.
        (
            "Polen en Hongarije zijn dan ook wel tegen het voorstel.",
            &[],
        ),
    ]);
    assert_eq!(
        quoting(&fixture(DEBAT), "Wij zijn wel kritisch"),
        ["person:van-campen zijn kritisch Reservation"]
    );
}

#[test]
fn a_bare_title_after_a_verb_in_inverted_order_is_its_subject() {
    use statement_rows::statements_quoting;
    let text = "De Staatssecretaris van Infrastructuur en Waterstaat antwoordde.\n\n\
                Daarnaast deelt de Staatssecretaris de zorgen van de leden.\n\n\
                De commissie verzoekt de Staatssecretaris om een brief.\n\n\
                In de Raad benadrukte de staatssecretaris dat uitstel onwenselijk is.\n";
    let role = "role:nl-staatssecretaris-van-infrastructuur-en-waterstaat";
    assert_eq!(
        statements_quoting(text, "Daarnaast"),
        [format!("{role} deelt zorgen Reservation")]
    );
    assert_eq!(
        statements_quoting(text, "In de Raad"),
        [format!("{role} benadrukte Neutral")]
    );
    // After a subject of its own the title is the object.
    assert_eq!(
        statements_quoting(text, "De commissie verzoekt"),
        Vec::<String>::new()
    );
    let r = fixture(SO);
    assert_eq!(
        quoting(&r, "deelt de Staatssecretaris"),
        [format!("{role} deelt zorgen Reservation")]
    );
    assert_eq!(
        quoting(&r, "Zij verzoeken de Staatssecretaris"),
        ["org:groenlinks-pvda verzoeken Neutral"]
    );
}
