//! Session 29: Dutch Council reports in layouts not yet covered (fixtures under `fixtures/s29`):
//! a letter read by plain `pdftotext` with the report of a Raad Buitenlandse Zaken (Handel),
//! whose side column (`Datum`, `Ons kenmerk`) came out between the lines of the text on the
//! later pages and which has no Kamerstuk number, only the ministry's own reference; a report
//! of an informal Council in dashes, each holding a statement, with bodies no list knows as
//! speakers (`De Consumentenbond`, `De Ierse toezichthouder`, `BEUC`) and the incoming
//! Presidency beside the current one; and the answers to a committee's questions on a Council
//! report, numbered questions of party groups (`Deze leden vragen voorts`) under their
//! groups' headings, each with its `Antwoord:`.

use expect_test::expect;
use report_core::{analyze_text, Config, Report, Stance};

mod actor_rows;
mod fixture_file;
mod metadata_rows;
mod outline_text;
mod statement_rows;

/// The report of the fixture `s29/{name}`, read as bytes.
fn fixture(name: &str) -> Report {
    fixture_file::report(&format!("s29/{name}"))
}

const TRADE: &str = "nl-handelsraad-pdftotext-kenmerk-zijkolom-verweven.txt";
const DASHES: &str = "nl-verslag-informele-raad-streepjes-organisaties.txt";
const ANSWERS: &str = "nl-antwoorden-vragen-fracties-raad-algemene-zaken.txt";

/// The reference of a report as `dossier/number`: a field for `check_fields`.
fn reference(r: &Report) -> Option<String> {
    r.metadata
        .reference
        .as_ref()
        .map(|x| format!("{}/{}", x.dossier, x.number.as_deref().unwrap_or("-")))
}

#[test]
fn the_incoming_presidency_is_a_role_of_its_own_with_its_country() {
    use Stance::*;
    // Before, `het inkomende Litouwse voorzitterschap` was the current Presidency, and the
    // adjective's votes could give that one Lithuania.
    let text = "Verslag\n\nPunt\n\nHet Ierse voorzitterschap presenteerde een compromis. Het \
                inkomende Litouwse voorzitterschap kondigde aan dat het de onderhandelingen \
                voortzet. Het Litouwse voorzitterschap verwacht een akkoord in juni. Het \
                voorzitterschap sloot de vergadering.\n";
    assert_eq!(
        actor_rows::actors(text, "role:"),
        [
            (
                "role:incoming-presidency".into(),
                None,
                Some("country:lt".into())
            ),
            ("role:presidency".into(), None, Some("country:ie".into())),
        ]
    );
    expect![[r#"
        role:presidency presenteerde Neutral
        role:incoming-presidency kondigde aan Neutral
        role:incoming-presidency verwacht Neutral
    "#]]
    .assert_eq(&statement_rows::all_rows(&analyze_text(
        text,
        &Config::default(),
    )));
    // Without a country, and in English.
    statement_rows::check(&[
        (
            "Het volgende voorzitterschap presenteerde zijn werkprogramma.",
            &[("role:incoming-presidency", "presenteerde", Neutral)],
        ),
        (
            "The incoming Presidency presented its work programme.",
            &[("role:incoming-presidency", "presented", Neutral)],
        ),
        (
            "Het voorzitterschap presenteerde een compromis.",
            &[("role:presidency", "presenteerde", Neutral)],
        ),
    ]);
}

#[test]
fn a_side_column_set_between_the_lines_of_the_text_is_furniture() {
    // `pdftotext` set the side column repeated on each page line by line between the text's:
    // before, `Datum` became a heading and the date and `Ons kenmerk` were read in sentences.
    let text = "Directie Handel\n\nOns kenmerk\nBZ2714583\n\nDatum 24 februari 2027\n\
                Betreft Verslag Raad\n\nGeachte voorzitter,\n\nHierbij het verslag.\n\n\
                Verslag\n\nHandelsakkoorden\n\
                Datum\n\
                De Commissie gaf een toelichting op de stand van de onderhandelingen met\n\
                24 februari 2027\n\
                Indonesië. Over het akkoord is in december een politiek akkoord bereikt en de\n\
                Ons kenmerk\n\
                juridische toetsing loopt nog. Nederland verwelkomde de voortgang van de\n\
                BZ2714583\n\
                onderhandelingen.\n";
    let r = analyze_text(text, &Config::default());
    assert!(
        r.text.contains(
            "De Commissie gaf een toelichting op de stand van de onderhandelingen met Indonesië. \
             Over het akkoord is in december een politiek akkoord bereikt en de juridische \
             toetsing loopt nog. Nederland verwelkomde de voortgang van de onderhandelingen."
        ) && r.text.contains("Ons kenmerk BZ2714583\n"),
        "{}",
        r.text
    );
    expect![[r#"
        0 [-] Handelsakkoorden
    "#]]
    .assert_eq(&outline_text::outline_text(&r));
    // A label alone on its line whose letter head value does not follow is text: a table's
    // column of dates, say.
    let text = "Datum 24 februari 2027\n\nVerslag\n\nPunt\n\nDatum\nOnderwerp van de vergadering \
                van de Raad\n12 maart 2027\nTweede onderwerp van de vergadering van de Raad\n";
    let r = analyze_text(text, &Config::default());
    assert!(r.text.contains("12 maart 2027"), "{}", r.text);
}

#[test]
fn the_senders_own_reference_is_the_reference_without_a_kamerstuk_number() {
    metadata_rows::check_fields(&[
        (
            "label and value on one line",
            "Datum 3 maart 2027\nOns kenmerk  DGEIZ / 27198344\nBetreft Verslag\n\n\
             Geachte voorzitter,\n\nHierbij.\n",
            reference,
            Some("DGEIZ / 27198344/-"),
        ),
        (
            "the value on the next line, the addressee's reference beside",
            "Ons kenmerk\nBZ2714583\nUw kenmerk\n2027Z01877\n\nDatum 3 maart 2027\n\n\
             Geachte voorzitter,\n\nHierbij.\n",
            reference,
            Some("BZ2714583/-"),
        ),
        (
            "a colon after the label",
            "Verslag Raad\n\nDatum: 21 september 2026\nKenmerk: EZ-DGEI / 26187402\n\n\
             Algemeen\n\nDe Raad sprak.\n",
            reference,
            Some("EZ-DGEI / 26187402/-"),
        ),
        (
            "the addressee's reference alone is not the letter's",
            "Uw kenmerk: 2026Z19044\nDatum: 6 november 2026\n\nInleiding\n\nDe Raad sprak.\n",
            reference,
            None,
        ),
        (
            "a value with no digit is none",
            "Ons kenmerk  zie hieronder\nDatum 3 maart 2027\n\nGeachte voorzitter,\n\n\
             Hierbij.\n",
            reference,
            None,
        ),
        (
            "a Kamerstuk number comes first",
            "Tweede Kamer der Staten-Generaal\nVergaderjaar 2026–2027\n\n21 501-02 \
             Raad Algemene Zaken\n\nNr. 3188 BRIEF VAN DE MINISTER\n\nOns kenmerk BZ2714583\n\n\
             Geachte voorzitter,\n\nHierbij.\n",
            reference,
            Some("21 501-02/3188"),
        ),
    ]);
}

#[test]
fn an_unlisted_body_that_speaks_is_an_actor() {
    use Stance::*;
    // Before, none of these spoke: no list knows them; `BEUC riep de ministers op` was the
    // ministers'.
    statement_rows::check(&[
        (
            "De Consumentenbond wees op de groeiende schade door abonnementsvallen.",
            &[("org:consumentenbond", "wees op", Neutral)],
        ),
        (
            "- BEUC riep de ministers op om in-game valuta te reguleren.",
            &[("org:beuc", "riep op", Neutral)],
        ),
        (
            "De Ierse toezichthouder stelde voor om het netwerk meer bevoegdheden te geven.",
            &[("org:ierse-toezichthouder", "stelde voor", Neutral)],
        ),
        (
            "De Europese Consumentenorganisatie en de Deense consumentenraad wezen op de \
             risico's.",
            &[
                ("org:europese-consumentenorganisatie", "wezen op", Neutral),
                ("org:deense-consumentenraad", "wezen op", Neutral),
            ],
        ),
        (
            "Ook de Gezondheidsraad benadrukte het belang van preventie.",
            &[("org:gezondheidsraad", "benadrukte", Neutral)],
        ),
        // No speech verb after it, no article before it, the word alone: nothing new.
        (
            "De Consumentenbond is een vereniging. Consumentenbond wees op de kosten. De Raad \
             sprak.",
            &[("org:council", "sprak", Neutral)],
        ),
        // Two capitals opening a dash's item are no body's acronym: a member state's code
        // before a verb in the past is that member state (lead_s35).
        (
            "- NL steunde het voorstel.",
            &[("country:nl", "steunde", Support)],
        ),
    ]);
    // The country's body belongs to it.
    assert_eq!(
        actor_rows::actors(
            "Verslag\n\nPunt\n\nDe Ierse toezichthouder stelde voor om meer te doen.\n",
            "org:"
        ),
        [(
            "org:ierse-toezichthouder".into(),
            None,
            Some("country:ie".into())
        )]
    );
}

#[test]
fn these_members_opening_a_question_of_their_own_are_the_group_of_the_heading() {
    // Before, `Deze leden` looked for its group in its own paragraph only.
    let text = "Verslag\n\nVragen van de leden van de SP-fractie\n\n1. De leden van de \
                SP-fractie vragen hoe het zit.\n\nAntwoord:\nDat is zo.\n\n2. Deze leden vragen \
                voorts hoe de Commissie de voortgang beoordeelt.\n\nVragen van de leden van de \
                VVD-fractie\n\n3. Deze leden vragen wanneer het kader wordt vastgesteld.\n";
    expect![[r#"
        org:sp vragen hoe Neutral
        org:sp vragen hoe Neutral
        org:vvd vragen wanneer Neutral
    "#]]
    .assert_eq(&statement_rows::all_rows(&analyze_text(
        text,
        &Config::default(),
    )));
    // `Zij` in a paragraph of its own stays unread: it may be anyone named before.
    let text = "Verslag\n\nVragen van de leden van de SP-fractie\n\nDe leden van de SP-fractie \
                vragen hoe het zit.\n\nZij vragen hoe de Commissie de voortgang beoordeelt.\n";
    expect![[r#"
        org:sp vragen hoe Neutral
    "#]]
    .assert_eq(&statement_rows::all_rows(&analyze_text(
        text,
        &Config::default(),
    )));
}

#[test]
fn a_dateline_under_the_title_is_no_part_of_it() {
    metadata_rows::check_fields(&[
        (
            "place and dates under the title",
            "Verslag informele Raad Concurrentievermogen\nDublin, 10 en 11 september 2026\n\n\
             Algemeen\n\nDe Raad sprak.\n",
            |r| r.metadata.title.clone(),
            Some("Verslag informele Raad Concurrentievermogen"),
        ),
        (
            "a title wrapped over two lines stays whole",
            "Verslag van de informele Raad Concurrentievermogen van 10 en\n11 september 2026 \
             in Dublin\n\nAlgemeen\n\nDe Raad sprak.\n",
            |r| r.metadata.title.clone(),
            Some(
                "Verslag van de informele Raad Concurrentievermogen van 10 en 11 september \
                 2026 in Dublin",
            ),
        ),
    ]);
}

#[test]
fn a_look_ahead_given_to_the_meeting_is_a_statement() {
    use Stance::*;
    statement_rows::check(&[
        (
            "Het voorzitterschap en de Commissie blikten vooruit op de conferentie.",
            &[
                ("role:presidency", "blikten vooruit", Neutral),
                ("org:european-commission", "blikten vooruit", Neutral),
            ],
        ),
        // Without its particle, `blikte` says nothing.
        ("De Commissie blikte naar de klok.", &[]),
    ]);
}

#[test]
fn the_trade_letters_outline_and_metadata() {
    let r = fixture(TRADE);
    expect![[r#"
        0 [-] Verslag Raad Buitenlandse Zaken (Handel) van 18 februari 2027
        1 [-] Handelsrelatie met de Verenigde Staten
        2 [-] Stand van zaken handelsakkoorden
        3 [-] WTO: voorbereiding van de vijftiende Ministeriële Conferentie
        4 [-] Diversen
          5 [a] Exportcontroles op producten voor tweeërlei gebruik
          6 [b] Werkprogramma van het inkomende voorzitterschap
        7 [-] Tot slot
    "#]]
    .assert_eq(&outline_text::outline_text(&r));
    expect![[r#"LetterWithMeetingReport | Some("Verslag Raad Buitenlandse Zaken (Handel) van 18 februari 2027") | Some("2027-02-24") | ["2027-02-18"] | Some("Brussel")"#]].assert_eq(&metadata_rows::head(&r));
    expect!["BZ2714583/-"].assert_eq(&reference(&r).unwrap_or_default());
    expect![[r#"Some("minister voor Buitenlandse Handel en Ontwikkelingshulp")/Some("M.E. van Lieshout-Brink")"#]].assert_eq(&metadata_rows::signatories(&r).unwrap_or_default());
}

#[test]
fn the_trade_letters_people_and_statements() {
    let r = fixture(TRADE);
    expect![[r#"
        Lukas Brandstetter | Eurocommissaris voor Handel en Economische Veiligheid | org:european-commission
        M.E. van Lieshout-Brink | minister voor Buitenlandse Handel en Ontwikkelingshulp | country:nl
    "#]]
    .assert_eq(&actor_rows::people(&r));
    expect![[r#"
        org:council sprak over Neutral
        person:lukas-brandstetter gaf toelichting Neutral
        org:european-commission Volgens Neutral
        collective:several-member-states steunde Support
        country:fr pleitte Support
        country:de waarschuwden Reservation
        country:it waarschuwden Reservation
        person:m-e-van-lieshout-brink heb benadrukt Neutral
        country:nl hecht aan Neutral
        person:m-e-van-lieshout-brink heb opgeroepen Neutral
        org:european-commission gaf toelichting Neutral
        country:nl verwelkomde Support
        country:nl benadrukte Neutral
        country:at uitten Reservation
        country:ie uitten Reservation
        country:es riepen op Neutral
        country:pt riepen op Neutral
        role:presidency blikten vooruit Neutral
        org:european-commission blikten vooruit Neutral
        org:european-commission lichtte toe Neutral
        collective:several-member-states steunden Support
        country:nl steunden Support
        country:se steunden Support
        country:fi steunden Support
        country:pl vroeg Neutral
        role:presidency informeerde Neutral
        role:incoming-presidency presenteerde Neutral
    "#]]
    .assert_eq(&statement_rows::all_rows(&r));
}

#[test]
fn the_dashed_reports_outline_and_metadata() {
    let r = fixture(DASHES);
    expect![[r#"
        0 [-] Algemeen
        1 [1] Eerlijkheid in de digitale economie (Digital Fairness Act)
        2 [2] Handhaving over de grenzen
        3 [3] Productveiligheid en online marktplaatsen
        4 [4] Vooruitblik
    "#]]
    .assert_eq(&outline_text::outline_text(&r));
    expect![[r#"MeetingReport | Some("Verslag informele Raad Concurrentievermogen (Interne Markt en Consumentenbescherming)") | Some("2026-09-21") | ["2026-09-10", "2026-09-11"] | Some("Dublin")"#]].assert_eq(&metadata_rows::head(&r));
    expect!["EZ-DGEI / 26187402/-"].assert_eq(&reference(&r).unwrap_or_default());
}

#[test]
fn the_dashed_reports_actors_and_statements() {
    let r = fixture(DASHES);
    expect![[r#"
        Giulia Ferraresi | rapporteur | org:european-parliament
        Tomasz Wierzbicki | Eurocommissaris voor Consumentenbescherming | org:european-commission
    "#]]
    .assert_eq(&actor_rows::people(&r));
    let bodies: String = r
        .actors
        .iter()
        .filter(|a| a.id.starts_with("org:") || a.id.starts_with("role:"))
        .map(|a| {
            format!(
                "{} | {} | {}\n",
                a.id,
                a.name,
                a.affiliation.as_deref().unwrap_or("-")
            )
        })
        .collect();
    expect![[r#"
        role:presidency | Voorzitterschap | country:ie
        org:council | Raad van de Europese Unie | -
        org:european-commission | Europese Commissie | -
        org:european-parliament | Europees Parlement | -
        role:incoming-presidency | inkomend voorzitterschap | country:lt
        org:acm | Autoriteit Consument en Markt | -
        org:beuc | BEUC | -
        org:consumentenbond | Consumentenbond | -
        org:deense-consumentenraad | Deense consumentenraad | country:dk
        org:europese-consumentenorganisatie | Europese Consumentenorganisatie | -
        org:ierse-toezichthouder | Ierse toezichthouder | country:ie
        role:nl-staatssecretaris-van-economische-zaken | staatssecretaris van Economische Zaken | country:nl
    "#]]
    .assert_eq(&bodies);
    expect![[r#"
        role:presidency opende Neutral
        org:european-commission lichtte toe Neutral
        org:consumentenbond wees op Neutral
        org:consumentenbond pleitte Support
        org:beuc riep op Neutral
        country:nl steunde Support
        country:nl waarschuwde Reservation
        country:de vroegen Neutral
        country:at vroegen Neutral
        country:cz uitten Reservation
        country:hu uitten Reservation
        org:ierse-toezichthouder stelde voor Neutral
        org:european-parliament wees erop Neutral
        org:european-parliament drong aan Neutral
        org:acm lichtte toe Neutral
        country:nl pleitte Support
        country:fr onderstreepten Neutral
        country:es onderstreepten Neutral
        collective:ministers bespraken Neutral
        person:tomasz-wierzbicki meldde Neutral
        org:europese-consumentenorganisatie wezen op Neutral
        org:deense-consumentenraad wezen op Neutral
        country:it stelden voor Neutral
        country:pl stelden voor Neutral
        country:nl sloot aan Support
        role:incoming-presidency kondigde aan Neutral
    "#]]
    .assert_eq(&statement_rows::all_rows(&r));
}

#[test]
fn the_answers_outline_and_metadata() {
    let r = fixture(ANSWERS);
    expect![[r#"
        0 [-] Inleiding
        1 [-] Vragen en opmerkingen van de leden van de GroenLinks-PvdA-fractie
        2 [-] Vragen en opmerkingen van de leden van de VVD-fractie
        3 [-] Vragen en opmerkingen van de leden van de NSC-fractie
        4 [-] Vragen en opmerkingen van de leden van de SP-fractie
    "#]]
    .assert_eq(&outline_text::outline_text(&r));
    expect![[r#"Other | Some("Beantwoording van de vragen van de vaste commissie voor Europese Zaken over het verslag van de Raad Algemene Zaken van 20 oktober 2026") | Some("2026-11-06") | [] | None"#]].assert_eq(&metadata_rows::head(&r));
    expect![[r#"Some("minister van Buitenlandse Zaken")/Some("drs. A.C. Hoogendoorn-Vos")"#]]
        .assert_eq(&metadata_rows::signatories(&r).unwrap_or_default());
}

#[test]
fn the_answers_people_and_statements() {
    let r = fixture(ANSWERS);
    expect![[r#"
        A.C. Hoogendoorn-Vos | minister van Buitenlandse Zaken | country:nl
        Elena Marinescu | Eurocommissaris voor Uitbreiding | org:european-commission
        Matej Kovačič | minister van Buitenlandse Zaken | country:si
    "#]]
    .assert_eq(&actor_rows::people(&r));
    expect![[r#"
        org:groenlinks-pvda vragen welke Neutral
        country:nl stelden Neutral
        country:be stelden Neutral
        country:se stelden Neutral
        country:lu stelden Neutral
        country:fi wezen op Neutral
        country:dk wezen op Neutral
        role:cabinet heeft gepleit Support
        role:presidency gaf aan Neutral
        org:groenlinks-pvda vragen hoe Neutral
        org:european-commission meldde Neutral
        person:elena-marinescu benadrukte Neutral
        org:vvd steunen Support
        country:fr pleitten Support
        country:it pleitten Support
        country:es pleitten Support
        country:de wezen af Oppose
        country:at wezen af Oppose
        country:nl wezen af Oppose
        role:cabinet heeft benadrukt Neutral
        org:vvd vragen wanneer Neutral
        role:presidency presenteren Neutral
        role:incoming-presidency streeft naar Support
        role:incoming-presidency verwacht Neutral
        org:nsc verzoeken Neutral
        country:de spraken uit Support
        country:fr spraken uit Support
        country:es spraken uit Support
        country:be spraken uit Support
        country:pl waren tegen Oppose
        country:hu waren tegen Oppose
        country:gr waren tegen Oppose
        person:matej-kovacic stelde voor Neutral
        org:sp vragen waarom Neutral
    "#]]
    .assert_eq(&statement_rows::all_rows(&r));
}

#[test]
fn a_coordinated_heb_is_said_by_the_ik_that_opened_the_sentence() {
    // Before, `heb … opgeroepen` took the subject of the `dat` clause between: Nederland.
    let text = "Geachte voorzitter,\n\nHierbij het verslag.\n\nVerslag\n\nPunt\n\nIk heb \
                benadrukt dat Nederland hecht aan open handel en heb de Commissie opgeroepen om \
                zorgvuldig te werk te gaan.\n\nDe minister van Buitenlandse Zaken,\n\n\
                J.P. de Groot\n";
    expect![[r#"
        person:j-p-de-groot heb benadrukt Neutral
        country:nl hecht aan Neutral
        person:j-p-de-groot heb opgeroepen Neutral
    "#]]
    .assert_eq(&statement_rows::all_rows(&analyze_text(
        text,
        &Config::default(),
    )));
    // A form any subject takes (`heeft`) goes back to the main clause's subject too
    // (session 30: before, it took the `dat` clause's Frankrijk).
    let text = "Verslag\n\nPunt\n\nNederland heeft benadrukt dat Frankrijk hecht aan open \
                handel en heeft de Commissie opgeroepen om zorgvuldig te werk te gaan.\n";
    expect![[r#"
        country:nl heeft benadrukt Neutral
        country:fr hecht aan Neutral
        country:nl heeft opgeroepen Neutral
    "#]]
    .assert_eq(&statement_rows::all_rows(&analyze_text(
        text,
        &Config::default(),
    )));
}

#[test]
fn a_person_in_brackets_after_a_body_speaks_for_it() {
    // Before, the rapporteur had no affiliation.
    assert_eq!(
        actor_rows::actors(
            "Verslag\n\nPunt\n\nHet Europees Parlement (rapporteur Giulia Ferraresi) wees erop \
             dat de evaluatie klaar is.\n",
            "person:"
        ),
        [(
            "person:giulia-ferraresi".into(),
            Some("rapporteur".into()),
            Some("org:european-parliament".into())
        )]
    );
    // Words after the name in the brackets, or a country before them: no body.
    assert_eq!(
        actor_rows::actors(
            "Verslag\n\nPunt\n\nHet Europees Parlement (rapporteur Giulia Ferraresi, S&D) \
             wees erop dat de evaluatie klaar is. Frankrijk (minister Anne Leroy) steunde.\n",
            "person:"
        )
        .into_iter()
        .filter(|(_, _, a)| a.as_deref() == Some("org:european-parliament"))
        .count(),
        0
    );
}
