//! Session 24: Dutch weak spots left open by round 22, and a genre nobody had shown the
//! analyzer (fixtures under `fixtures/s24`): a minister's report to the Kamer of a working
//! visit abroad, as `pdftotext -layout` gives it (letter head with a side column, page footers,
//! hyphenation), written in the first person of the signing minister; an extract of the
//! Handelingen without the sitting's day, each label on the line of its speech; and a Council
//! report with tables of votes whose cells are single words; and a committee's list of
//! decisions (`Besluitenlijst procedurevergadering`), its items `1.      Agendapunt: …` with
//! `Zaak:`, `Besluit:` and `Noot:` fields.

use expect_test::expect;
use report_core::{Report, Stance};

mod actor_rows;
mod fixture_file;
mod metadata_rows;
mod statement_rows;

/// The report of the fixture `s24/{name}`, read as bytes.
fn fixture(name: &str) -> Report {
    fixture_file::report(&format!("s24/{name}"))
}

const BEZOEK: &str = "nl-verslag-werkbezoek-berlijn-pdftotext.txt";
const DEBAT: &str = "nl-handelingen-uittreksel-zonder-datum.txt";
const STEMMING: &str = "nl-raadsverslag-stemmingstabel.txt";
const BESLUITEN: &str = "nl-besluitenlijst-procedurevergadering.txt";

/// Every statement of `r` as `actor verb stance`, one a line.
fn all_rows(r: &Report) -> String {
    r.statements
        .iter()
        .map(statement_rows::row)
        .collect::<Vec<_>>()
        .join("\n")
        + "\n"
}

#[test]
fn a_blocking_minority_with_others_is_theirs_too() {
    use Stance::*;
    statement_rows::check(&[
        (
            "Nederland staat met Frankrijk en Italië in een blokkerende minderheid.",
            &[
                ("country:nl", "staat minderheid", Oppose),
                ("country:fr", "staat minderheid", Oppose),
                ("country:it", "staat minderheid", Oppose),
            ],
        ),
        (
            "Nederland blijft in de blokkerende minderheid zolang de sleutel niet verandert.",
            &[("country:nl", "blijft minderheid", Oppose)],
        ),
        // A bare `met` with `vormt` too, not only `samen met`.
        (
            "Nederland vormt met Tsjechië een blokkerende minderheid.",
            &[
                ("country:nl", "vormt minderheid", Oppose),
                ("country:cz", "vormt minderheid", Oppose),
            ],
        ),
        // `staat` elsewhere stays a place, and a bare `met` after another verb names a
        // partner, not someone who says the same.
        (
            "Nederland staat met Frankrijk op de agenda van de Raad.",
            &[],
        ),
        (
            "Nederland benadrukte met Frankrijk het belang van de interne markt.",
            &[("country:nl", "benadrukte", Neutral)],
        ),
    ]);
}

#[test]
fn a_wish_with_dat_is_a_position_and_not_the_wished_ones() {
    use Stance::*;
    statement_rows::check(&[
        (
            "Nederland wil dat de Commissie met een nieuw voorstel komt.",
            &[("country:nl", "wil dat", Support)],
        ),
        (
            "Nederland wil niet dat het pact opnieuw wordt opengebroken.",
            &[("country:nl", "wil niet dat", Oppose)],
        ),
        // What one wants another to do is no view of the other's.
        (
            "De PVV wil dat Nederland een opt-out vraagt.",
            &[("org:pvv", "wil dat", Support)],
        ),
        // `wil` as an auxiliary says nothing by itself, nor before a demonstrative `dat`.
        ("Nederland wil de kwestie in juni bespreken.", &[]),
        (
            "Nederland wil dat voorstel niet steunen.",
            &[("country:nl", "steunen", Oppose)],
        ),
    ]);
}

#[test]
fn joining_the_previous_speaker_supports() {
    let text = "Debat\n\nDe heer Jansen (VVD):\nVoorzitter. Ik steun het voorstel.\n\n\
                Mevrouw De Wit (CDA):\nVoorzitter. Ik sluit mij aan bij de vorige spreker.\n\n\
                De heer Kops (PVV):\nIk sluit mij niet aan bij de vorige spreker.\n\n\
                De voorzitter:\nDank u wel. Ik sluit de beraadslaging.\n";
    assert_eq!(
        statement_rows::statements_quoting(text, "sluit"),
        [
            "person:de-wit sluit aan Support",
            "person:kops sluit aan Oppose"
        ]
    );
    // The chair closing the debate takes no side.
    assert_eq!(
        statement_rows::statements_quoting(text, "beraadslaging"),
        Vec::<String>::new()
    );
    // In a subordinate clause, and in the infinitive after an auxiliary.
    statement_rows::check(&[
        (
            "Nederland zal zich bij die oproep aansluiten.",
            &[("country:nl", "aansluiten", Stance::Support)],
        ),
        // Joining a meeting is no view.
        ("De commissie sluit de vergadering om vijf uur.", &[]),
    ]);
}

#[test]
fn both_ministers_are_the_two_people_named_before() {
    let text = "Verslag\n\nMinister Van Dalen sprak met zijn Duitse collega Schmidt. \
                Beide ministers onderstreepten het belang van samenwerking.\n";
    assert_eq!(
        statement_rows::statements_quoting(text, "Beide"),
        [
            "person:van-dalen onderstreepten Neutral",
            "person:schmidt onderstreepten Neutral"
        ]
    );
    // The collega before the name gives the person the adjective's country.
    assert_eq!(
        actor_rows::actors(text, "person:schmidt"),
        [(
            "person:schmidt".into(),
            Some("collega".into()),
            Some("country:de".into())
        )]
    );
    // Without two people named in the paragraph the group stays a group.
    assert_eq!(
        statement_rows::statements_quoting(
            "Verslag\n\nMinister Van Dalen sprak in Berlijn.\n\n\
             Beide ministers onderstreepten het belang van samenwerking.\n",
            "Beide"
        ),
        ["collective:ministers onderstreepten Neutral"]
    );
}

#[test]
fn the_visit_reports_hij_is_never_the_minister_who_writes_ik() {
    let r = fixture(BEZOEK);
    // `Ook sprak ik met …, de heer Ollendorf, over de grensbewaking. Hij gaf aan dat …`
    assert_eq!(
        statement_rows::statements_in(&r, "Hij gaf aan"),
        ["person:ollendorf gaf aan Neutral"]
    );
    // The letter's `ik` is its signatory.
    assert_eq!(
        statement_rows::statements_in(&r, "Ik heb mijn zorgen"),
        ["person:j-p-hofstede-lammers heb zorgen Reservation"]
    );
}

#[test]
fn the_visit_reports_statements_in_order() {
    let r = fixture(BEZOEK);
    expect![[r#"
        person:j-p-hofstede-lammers sprak Neutral
        person:j-p-hofstede-lammers onderstreepten Neutral
        person:brandauer onderstreepten Neutral
        person:brandauer wees op Neutral
        person:j-p-hofstede-lammers heb benadrukt Neutral
        person:j-p-hofstede-lammers sprak over Neutral
        person:ollendorf gaf aan Neutral
        person:j-p-hofstede-lammers heb zorgen Reservation
        person:van-dalen sprak Neutral
        person:van-dalen spraken uit Support
        person:kellermann spraken uit Support
        person:kellermann pleitte Support
        person:j-p-hofstede-lammers verwelkom Support
        country:de wil dat Support
        country:nl steunt Support
        country:nl wil dat Support
        person:j-p-hofstede-lammers sprak Neutral
        person:reuter vroeg Neutral
        person:j-p-hofstede-lammers heb toegelicht Neutral
    "#]]
    .assert_eq(&all_rows(&r));
}

#[test]
fn the_visit_reports_metadata_and_people() {
    let r = fixture(BEZOEK);
    let m = &r.metadata;
    assert_eq!(
        format!(
            "{:?} {:?} {:?} {:?}",
            m.kind, m.title, m.letter_date, m.meeting_dates
        ),
        "LetterWithMeetingReport Some(\"Verslag van het werkbezoek aan Berlijn van 9 en 10 \
         april 2026\") Some(\"2026-04-14\") [\"2026-04-09\", \"2026-04-10\"]"
    );
    assert_eq!(
        metadata_rows::signatories(&r).as_deref(),
        Some("Some(\"Minister van Asiel en Migratie\")/Some(\"J.P. Hofstede-Lammers\")")
    );
    let people: Vec<String> = r
        .actors
        .iter()
        .filter(|a| a.id.starts_with("person:"))
        .map(|a| format!("{} {:?} {:?}", a.id, a.role, a.affiliation))
        .collect();
    expect![[r#"
        person:brandauer Some("minister van Binnenlandse Zaken") Some("country:de")
        person:kellermann Some("minister van Justitie") Some("country:de")
        person:j-p-hofstede-lammers Some("Minister van Asiel en Migratie") Some("country:nl")
        person:ollendorf None None
        person:reuter Some("voorzitter van de commissie") None
        person:van-dalen Some("Minister van Justitie en Veiligheid") Some("country:nl")"#]]
    .assert_eq(&people.join("\n"));
}

#[test]
fn a_speaker_label_with_its_speech_on_the_line_is_the_countrys_minister() {
    let rows = |text: &str| actor_rows::actors(text, "person:");
    assert_eq!(
        rows("Debat\n\nMinister Van Weel: Voorzitter, ik dank de leden voor hun vragen.\n"),
        [(
            "person:van-weel".into(),
            Some("Minister".into()),
            Some("country:nl".into())
        )]
    );
    // An English record's minister is no Dutch one.
    assert_eq!(
        rows("Debate\n\nMinister Berg: Thank you, Chair. I will be brief today.\n"),
        [("person:berg".into(), Some("Minister".into()), None)]
    );
    // Nor is a minister named in running text at the start of a line.
    assert_eq!(
        rows("Verslag\n\nMinister Kuleba sprak met de voorzitter.\n"),
        [("person:kuleba".into(), Some("Minister".into()), None)]
    );
}

#[test]
fn the_handelingen_without_a_sitting_day_are_the_record_of_a_meeting() {
    let r = fixture(DEBAT);
    let m = &r.metadata;
    // The dates of its title are the Council's it debates, not the sitting's: none; and `Aan
    // de orde is …` addresses no one.
    assert_eq!(
        format!(
            "{:?} {:?} {:?} {:?}",
            m.kind, m.title, m.meeting_dates, m.addressee
        ),
        "MeetingReport Some(\"Debat over de JBZ-Raad van 12 en 13 juni 2026\") [] None"
    );
    let ministers: Vec<String> = r
        .actors
        .iter()
        .filter(|a| a.role.as_deref().is_some_and(|r| r.starts_with("minister")))
        .map(|a| format!("{} {:?}", a.id, a.affiliation))
        .collect();
    assert_eq!(
        ministers,
        [
            "person:hofstede-lammers Some(\"country:nl\")",
            "person:van-dalen Some(\"country:nl\")"
        ]
    );
    // Without the chair's label, `Aan de orde is` alone makes no record of a sitting.
    metadata_rows::check_fields(&[(
        "an item without a chair",
        "Notitie\n\nAan de orde is de vraag of het kabinet het voorstel steunt.\n\n\
         Het kabinet steunt het voorstel.\n",
        |r| Some(format!("{:?}", r.metadata.kind)),
        Some("Other"),
    )]);
}

#[test]
fn the_handelingens_statements_in_order() {
    let r = fixture(DEBAT);
    expect![[r#"
        country:nl staat minderheid Oppose
        country:at staat minderheid Oppose
        country:dk staat minderheid Oppose
        person:bakker steun Support
        person:bakker vraag Neutral
        role:cabinet wil dat Support
        person:ozdemir vraag Neutral
        person:van-der-linden sluit aan Support
        org:pvv wil dat Support
        person:kops sluit aan Oppose
        country:nl blijft minderheid Oppose
        person:hofstede-lammers heb gevraagd Neutral
        country:nl wil niet dat Oppose
        person:van-dalen sluit aan Support
    "#]]
    .assert_eq(&all_rows(&r));
}

#[test]
fn a_table_of_votes_keeps_its_rows_and_gives_each_country_its_vote() {
    let r = fixture(STEMMING);
    // The rows stay rows: no column of countries over a column of votes.
    assert!(r.text.contains("Nederland       tegen\n"), "{}", r.text);
    assert!(!r.text.contains("Lidstaat Nederland"));
    let votes: Vec<String> = r
        .statements
        .iter()
        .filter(|s| ["voor", "tegen", "onthouding"].contains(&s.verb.as_str()))
        .map(statement_rows::row)
        .collect();
    expect![[r#"
        country:nl tegen Oppose
        country:fr tegen Oppose
        country:it tegen Oppose
        country:de voor Support
        country:es voor Support
        country:hu onthouding Reservation
        country:nl voor Support
        country:be voor Support
        country:pl tegen Oppose"#]]
    .assert_eq(&votes.join("\n"));
}

#[test]
fn a_vote_is_a_cell_only_after_a_gap() {
    use Stance::*;
    statement_rows::check(&[
        (
            "Lidstaat        Stem\nNederland       tegen\nZweden          voor\n",
            &[
                ("country:nl", "tegen", Oppose),
                ("country:se", "voor", Support),
            ],
        ),
        // In running text `voor` and `tegen` are prepositions, no cells of a vote; after
        // `stemde` a `voor` at the clause's end is the vote's (session 31).
        (
            "Nederland stemde voor.",
            &[("country:nl", "stemde voor", Support)],
        ),
        ("Nederland is tegen.", &[("country:nl", "is tegen", Oppose)]),
        ("Een brief van Nederland voor de Raad.", &[]),
    ]);
}

#[test]
fn the_council_reports_other_statements_in_order() {
    let r = fixture(STEMMING);
    let rows: Vec<String> = r
        .statements
        .iter()
        .filter(|s| !["voor", "tegen", "onthouding"].contains(&s.verb.as_str()))
        .map(statement_rows::row)
        .collect();
    expect![[r#"
        country:nl staat minderheid Oppose
        country:fr staat minderheid Oppose
        country:it staat minderheid Oppose
        country:nl wil dat Support
        country:de betreurden Reservation
        country:es betreurden Reservation
        country:de riepen op Support
        country:es riepen op Support
        role:presidency kondigde aan Neutral
        org:council besprak Neutral
        person:marta-kos gaf toelichting Neutral
        collective:several-member-states spraken uit Support
        country:hu blokkeerde conclusies Oppose
        country:nl steunde Support
        country:nl onderstreepte Neutral
        country:pl legde verklaring Neutral
        country:at onthield zich Reservation
        role:presidency informeerde Neutral
        role:presidency gaf overzicht Neutral"#]]
    .assert_eq(&rows.join("\n"));
}

#[test]
fn a_committees_list_of_decisions_is_the_record_of_its_meeting() {
    let r = fixture(BESLUITEN);
    let m = &r.metadata;
    // `Datum: woensdag 3 juni 2026` is the meeting's day: the list records what it decided.
    assert_eq!(
        format!(
            "{:?} {:?} {:?} {:?}",
            m.kind, m.title, m.meeting_dates, m.letter_date
        ),
        "MeetingReport Some(\"Besluitenlijst procedurevergadering (per e-mail)\") \
         [\"2026-06-03\"] None"
    );
    // The label after an item's number is no part of its title.
    expect![[r#"
        1 Geannoteerde agenda Raad Algemene Zaken van 23 juni 2026
        2 Verslag van de Raad Algemene Zaken van 20 mei 2026
        3 Verzoek om een technische briefing over het uitbreidingsbeleid
        4 Rapporteurschap Meerjarig Financieel Kader
        5 EU-voorstellen
        6 Rondvraag"#]]
    .assert_eq(
        &r.outline
            .iter()
            .map(|s| format!("{} {}", s.number.as_deref().unwrap_or("-"), s.title))
            .collect::<Vec<_>>()
            .join("\n"),
    );
    // A weekday in a letter's date field, too.
    metadata_rows::check_fields(&[(
        "a weekday before the date",
        "Geachte voorzitter,\n\nDatum: dinsdag 9 juni 2026\n\nHierbij zend ik u de brief.\n",
        |r| r.metadata.letter_date.clone(),
        Some("2026-06-09"),
    )]);
}

#[test]
fn a_zaak_fields_minister_named_between_hyphens_is_a_person() {
    let r = fixture(BESLUITEN);
    // `Brief regering - minister van Buitenlandse Zaken, H.W. van Weel - 2 juni 2026`.
    let weel: Vec<String> = r
        .actors
        .iter()
        .filter(|a| a.id.contains("weel") || a.id.starts_with("role:"))
        .map(|a| format!("{} {:?} {:?}", a.id, a.role, a.affiliation))
        .collect();
    assert_eq!(
        weel,
        [
            "role:rapporteur None None",
            "person:h-w-van-weel Some(\"minister van Buitenlandse Zaken\") Some(\"country:nl\")"
        ]
    );
    expect![[r#"
        person:van-baarle verzoekt Neutral
        org:pvv steunen Oppose
        org:bbb steunen Oppose
        person:kops geeft aan Neutral
        role:rapporteur informeren Neutral
        person:sneller stelt Neutral
        role:rapporteur zegt toe Neutral
        org:groenlinks-pvda wil dat Support
        org:vvd is daartegen Oppose
        person:van-baarle vraagt Neutral
    "#]]
    .assert_eq(&all_rows(&r));
}
