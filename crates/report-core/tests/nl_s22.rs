//! Session 22: Dutch weak spots left open by the earlier rounds, and reports nobody had shown
//! the analyzer (fixtures under `fixtures/s22`): the Handelingen of a debate in which the
//! chair gives the floor to an office (`Het woord is aan de minister-president.`) and the
//! label under it names the speaker by his title alone; an annotated agenda for a Council read
//! by `pdftotext -layout`, with a letter head, a side column and page footers; and a Council
//! report forwarded by e-mail, every line of it quoted with `>`.

use report_core::{Report, Stance};

mod actor_rows;
mod fixture_file;
mod metadata_rows;
mod outline_text;
mod statement_rows;

/// The report of the fixture `s22/{name}`, read as bytes.
fn fixture(name: &str) -> Report {
    fixture_file::report(&format!("s22/{name}"))
}

use statement_rows::statements_in as quoting;

const DEBAT: &str = "nl-handelingen-woord-aan-minister-president.txt";
const AGENDA: &str = "nl-geannoteerde-agenda-milieuraad-pdftotext.txt";
const MAIL: &str = "nl-raadsverslag-email-citaat.txt";

/// `(id, role, affiliation)` of the actor `id` of `r`.
fn actor(r: &Report, id: &str) -> Option<(String, Option<String>, Option<String>)> {
    r.actors
        .iter()
        .find(|a| a.id == id)
        .map(|a| (a.id.clone(), a.role.clone(), a.affiliation.clone()))
}

#[test]
fn the_office_the_chair_gives_the_floor_to_is_the_next_speakers() {
    let r = fixture(DEBAT);
    // `De heer Verbruggen:` says no more than his name: the chair's `Het woord is aan de
    // minister-president.` (its title hyphenated over a line end) says what he is.
    assert_eq!(
        actor(&r, "person:verbruggen"),
        Some((
            "person:verbruggen".into(),
            Some("minister-president".into()),
            Some("country:nl".into())
        ))
    );
    // The office named bare is his too, wherever the text names it: no actor of its own.
    assert_eq!(actor(&r, "role:nl-prime-minister"), None);
    // A minister with a role phrase: the role of the label's `Minister`, and the unnamed role
    // the chair named is hers.
    assert_eq!(
        actor(&r, "person:hoekstra-vink"),
        Some((
            "person:hoekstra-vink".into(),
            Some("minister van Economische Zaken".into()),
            Some("country:nl".into())
        ))
    );
    assert_eq!(actor(&r, "role:nl-minister-van-economische-zaken"), None);
}

#[test]
fn the_floor_is_given_only_to_an_office_the_label_can_hold() {
    let rows = |text: &str| actor_rows::actors(text, "person:");
    // `Staatssecretaris` does not open `minister van Financiën`: the floor went to someone
    // else, and the label keeps its own title (and, as a speaker's label, the country of
    // the parliament it speaks in: since round 24, when the layout joins it to the speech).
    assert_eq!(
        rows(
            "Debat\n\nDe voorzitter:\nHet woord is aan de minister van Financiën.\n\n\
             Staatssecretaris Van Eijk:\nVoorzitter. Dank voor de vragen over de begroting.\n"
        ),
        [(
            "person:van-eijk".into(),
            Some("Staatssecretaris".into()),
            Some("country:nl".into())
        )]
    );
    // The floor given to a member by name gives no office.
    assert_eq!(
        rows(
            "Debat\n\nDe voorzitter:\nHet woord is aan de heer Dekker.\n\n\
             De heer Dekker (VVD):\nVoorzitter. Ik heb een vraag over de begroting.\n"
        ),
        [("person:dekker".into(), None, Some("org:vvd".into()))]
    );
    // Nor does the floor given to the chair: the chair's labels stay the chair's.
    let r = report_core::analyze_text(
        "Debat\n\nDe heer Smit:\nHet woord is aan de voorzitter.\n\n\
         De heer Dekker (VVD):\nVoorzitter. Ik heb een vraag over de begroting.\n\n\
         De voorzitter:\nDank u wel. Dan is nu het woord aan de minister.\n",
        &report_core::Config::default(),
    );
    assert_eq!(
        actor(&r, "person:dekker"),
        Some(("person:dekker".into(), None, Some("org:vvd".into())))
    );
    assert!(actor(&r, "role:chair").is_some());
    // An answer addressed to an office gives no floor.
    assert_eq!(
        rows(
            "Debat\n\nDe heer Smit (CDA):\nIk wacht nog op het antwoord aan de minister van \
             Financiën.\n\nDe heer Dekker (VVD):\nVoorzitter. Ik heb een vraag over de begroting.\n"
        ),
        [
            ("person:dekker".into(), None, Some("org:vvd".into())),
            ("person:smit".into(), None, Some("org:cda".into()))
        ]
    );
    // In English, `the floor to the`.
    assert_eq!(
        rows(
            "Debate\n\nThe Chair:\nI now give the floor to the Minister for Finance.\n\n\
             Minister Berg:\nThank you, Chair. I will be brief today.\n"
        ),
        [(
            "person:berg".into(),
            Some("Minister for Finance".into()),
            None
        )]
    );
}

#[test]
fn abstaining_and_withholding_a_view_are_read_in_every_tense() {
    use Stance::*;
    statement_rows::check(&[
        (
            "Nederland kon zich niet uitspreken over de conclusies.",
            &[("country:nl", "kon uitspreken", Neutral)],
        ),
        (
            "Bij de vorige Raad heeft Nederland zich van stemming onthouden.",
            &[("country:nl", "heeft onthouden", Reservation)],
        ),
        (
            "Duitsland zal zich naar verwachting van stemming onthouden.",
            &[("country:de", "onthouden", Reservation)],
        ),
        (
            "Hongarije onthoudt zich van stemming.",
            &[("country:hu", "onthoudt zich", Reservation)],
        ),
        // `onthouden` without `zich` is to remember: no view.
        ("Nederland zal de les van de vorige crisis onthouden.", &[]),
    ]);
}

#[test]
fn a_subordinate_clause_with_an_auxiliary_is_its_subjects() {
    use Stance::*;
    statement_rows::check(&[
        // The auxiliary is the clause's finite verb: singular, like `het kabinet`; `de
        // Commissie` is who is asked.
        (
            "Nederland gaf aan dat het kabinet de Commissie zal vragen om een nieuwe analyse.",
            &[
                ("country:nl", "gaf aan", Neutral),
                ("role:cabinet", "vragen om", Neutral),
            ],
        ),
        (
            "Het is duidelijk dat Duitsland het voorstel zal steunen.",
            &[("country:de", "steunen", Support)],
        ),
        // A plural auxiliary takes no single country: `zullen steunen` is said by the member
        // states the relative `die` refers to, not by the Netherlands they support.
        (
            "Het is duidelijk dat de lidstaten die Nederland zullen steunen klein zijn.",
            &[("collective:member-states", "steunen", Support)],
        ),
    ]);
}

#[test]
fn a_name_after_a_preposition_and_an_adjective_is_no_subject() {
    use Stance::*;
    statement_rows::check(&[
        (
            "Bij de vorige Raad steunde Nederland het voorstel.",
            &[("country:nl", "steunde", Support)],
        ),
        (
            "Tijdens de informele Raad benadrukte Duitsland de noodzaak van snelheid.",
            &[("country:de", "benadrukte", Neutral)],
        ),
    ]);
}

#[test]
fn an_overview_over_a_table_of_results_is_the_items_sibling() {
    let text = "Verslag van de Raad Buitenlandse Zaken\n\n\
        Hierbij ontvangt u het verslag van de Raad Buitenlandse Zaken van 14 oktober 2027.\n\n\
        Overzicht van de resultaten\n\n\
        \x20 Onderwerp                     Resultaat\n\
        \x20 Oekraïne                      Gedachtewisseling\n\
        \x20 Sancties tegen Iran           Besluit aangenomen\n\n\
        Agendapunt 1 — Oekraïne\n\n\
        De Raad sprak over de steun aan Oekraïne. Nederland steunde een nieuw pakket.\n\n\
        Agendapunt 2 — Sancties tegen Iran\n\n\
        De Raad nam het besluit aan. Hongarije onthield zich van stemming.\n\n\
        Overige zaken\n\n\
        Er waren geen overige zaken.\n";
    let r = report_core::analyze_text(text, &report_core::Config::default());
    expect_test::expect![[r#"
        0 [-] Overzicht van de resultaten
        1 [1] Oekraïne
        2 [2] Sancties tegen Iran
        3 [-] Overige zaken
    "#]]
    .assert_eq(&outline_text::outline_text(&r));
}

#[test]
fn the_annotated_agendas_outline_and_metadata() {
    let r = fixture(AGENDA);
    expect_test::expect![[r#"
        0 [1] Verordening verpakkingen en verpakkingsafval — uitvoeringshandelingen
          1 [-] Korte toelichting
          2 [-] Inzet Nederland
          3 [-] Krachtenveld
        4 [2] Richtlijn groene claims
          5 [-] Korte toelichting
          6 [-] Inzet Nederland
          7 [-] Krachtenveld
        8 [3] Klimaatdoel 2040 — beleidsdebat
          9 [-] Korte toelichting
          10 [-] Inzet Nederland
          11 [-] Krachtenveld
        12 [4] Diversen
    "#]]
    .assert_eq(&outline_text::outline_text(&r));
    assert_eq!(
        r.metadata.title.as_deref(),
        Some("Geannoteerde agenda Milieuraad 17 juni 2027")
    );
    assert_eq!(
        metadata_rows::meeting_dates(&r).as_deref(),
        Some("2027-06-17")
    );
    assert_eq!(r.metadata.place.as_deref(), Some("Luxemburg"));
    assert_eq!(
        metadata_rows::signatories(&r).as_deref(),
        Some("Some(\"minister van Infrastructuur en Waterstaat\")/Some(\"J.P. Oudeman-Kruis\")")
    );
    // `Het Pools voorzitterschap`: the presidency is Poland's.
    assert_eq!(
        actor(&r, "role:presidency").and_then(|a| a.2).as_deref(),
        Some("country:pl")
    );
}

#[test]
fn the_annotated_agendas_positions_in_the_future_tense() {
    let r = fixture(AGENDA);
    let rows: Vec<String> = r.statements.iter().map(statement_rows::row).collect();
    expect_test::expect![[r#"
        org:european-commission heeft voorgesteld Neutral
        role:presidency streeft naar Support
        country:nl steunen Support
        role:cabinet is kritisch Reservation
        collective:most-member-states kan steunen Support
        country:it hebben bezwaar Oppose
        country:fi hebben bezwaar Oppose
        country:de onthouden Reservation
        country:nl steunen Oppose
        role:cabinet vragen om Neutral
        country:fr steunen Support
        country:es steunen Support
        country:at pleit Support
        country:nl staat minderheid Oppose
        country:cz staat minderheid Oppose
        country:se staat minderheid Oppose
        country:nl wil dat Support
        role:cabinet is voorstander Support
        country:nl kon uitspreken Neutral
        country:pl vinden Reservation
        country:hu vinden Reservation
        country:dk steunen Support
        country:nl steunen Support
        role:presidency informeert Neutral
    "#]]
    .assert_eq(&(rows.join("\n") + "\n"));
    // Page footers and the side column's reference are no part of a sentence.
    assert_eq!(quoting(&r, "Pagina"), Vec::<String>::new());
    assert_eq!(quoting(&r, "Ons kenmerk"), Vec::<String>::new());
}

#[test]
fn a_report_quoted_in_an_email_reads_as_the_report() {
    let r = fixture(MAIL);
    // Its lines lose their `>`: the report's own title titles it, its items are sections,
    // and the forwarding e-mail is no part of the outline.
    expect_test::expect![[r#"
        0 [-] Overzicht van de resultaten
        1 [1] Voorbereiding Europese Raad
        2 [2] Uitbreiding
        3 [3] Rechtsstaatdialoog
        4 [-] Overige zaken
    "#]]
    .assert_eq(&outline_text::outline_text(&r));
    assert_eq!(
        r.metadata.title.as_deref(),
        Some("Verslag van de Raad Algemene Zaken van 19 oktober 2027")
    );
    assert_eq!(
        metadata_rows::meeting_dates(&r).as_deref(),
        Some("2027-10-19")
    );
    assert_eq!(r.metadata.place.as_deref(), Some("Luxemburg"));
    // `Groet,` ⏎ `Sanne` closes the e-mail: she signs no report.
    assert!(
        r.metadata.signatories.is_empty(),
        "{:?}",
        r.metadata.signatories
    );
    assert!(!r.text.contains("> "), "{}", r.text);
    assert_eq!(
        quoting(&r, "dat het kabinet de Commissie"),
        [
            "country:nl gaf aan Neutral",
            "role:cabinet vragen om Neutral"
        ]
    );
    assert_eq!(
        quoting(&r, "Bulgarije"),
        ["country:bg onthield zich Reservation"]
    );
}

#[test]
fn quote_marks_and_forwarding_marks_are_no_text() {
    let title = |r: &Report| r.metadata.title.clone();
    metadata_rows::check_fields(&[
        (
            "a forwarded subject",
            "Van: Jan\nAan: Piet\nOnderwerp: FW: RE: Verslag Eurogroep 3 mei 2027\n\n\
             Hierbij het verslag van de Eurogroep.\n",
            title,
            Some("Verslag Eurogroep 3 mei 2027"),
        ),
        // A single line with a mark is a letter's return address: it keeps it.
        (
            "a return address",
            "> Retouradres Postbus 20401 2500 EK Den Haag\n\nVerslag van de Milieuraad\n\n\
             De Raad sprak over het klimaat. Nederland steunde het voorstel.\n",
            title,
            Some("Verslag van de Milieuraad"),
        ),
    ]);
    let r = report_core::analyze_text(
        "Notities\n\n> > Nederland steunde het voorstel.\n> >\n> > Duitsland stemde tegen.\n",
        &report_core::Config::default(),
    );
    assert_eq!(
        r.text,
        "Notities\n\nNederland steunde het voorstel.\n\nDuitsland stemde tegen."
    );
}

#[test]
fn the_debates_statements_in_order() {
    let r = fixture(DEBAT);
    let rows: Vec<String> = r.statements.iter().map(statement_rows::row).collect();
    // The minister-president's `Ik zal … benadrukken` is his; the member's question whether
    // the Netherlands will abstain states nothing; `Bij de vorige Raad heeft Nederland …` is
    // the Netherlands', not the Council's.
    expect_test::expect![[r#"
        role:cabinet steunt Support
        country:nl kon uitspreken Neutral
        person:verbruggen benadrukken Neutral
        role:cabinet vragen om Neutral
        country:de is terughoudend Reservation
        country:nl heeft onthouden Reservation
        person:hoekstra-vink sluit aan Support
        role:cabinet is kritisch Reservation
        country:es pleiten Support
        country:pt pleiten Support
        role:cabinet vragen om Neutral
    "#]]
    .assert_eq(&(rows.join("\n") + "\n"));
    assert_eq!(quoting(&r, "Betekent dit"), Vec::<String>::new());
}

#[test]
fn a_blocking_minority_opposes() {
    use Stance::*;
    statement_rows::check(&[
        (
            "Nederland vormt samen met Tsjechië een blokkerende minderheid.",
            &[
                ("country:nl", "vormt minderheid", Oppose),
                ("country:cz", "vormt minderheid", Oppose),
            ],
        ),
        (
            "Duitsland en Frankrijk vormden een blokkerende minderheid tegen het voorstel.",
            &[
                ("country:de", "vormden minderheid", Oppose),
                ("country:fr", "vormden minderheid", Oppose),
            ],
        ),
        // Without the noun `vormen` is no view.
        ("Nederland en Duitsland vormen een werkgroep.", &[]),
    ]);
}
