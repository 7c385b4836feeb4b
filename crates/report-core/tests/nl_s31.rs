//! Session 31: Dutch Council reports in layouts not yet covered (fixtures under `fixtures/s31`):
//! a Milieuraad report with numbered paragraphs `1.1` and `Inzet Nederland:` / `Resultaat:` /
//! `Toelichting:` field labels under each item, Eurocommissarissen named by function only and a
//! vote with those against and abstaining; a Raad Algemene Zaken report saved as text from the
//! government's web page (breadcrumb, `Kamerstuk: Kamerbrief | 14-11-2026`, a download line,
//! `Zie ook` and `Deel deze pagina` after it); and the verslag of an algemeen overleg with
//! members of parliament speaking by name and party and the minister's toezeggingen.

use expect_test::expect;
use report_core::{analyze_text, Config, Report, Stance};

mod actor_rows;
mod fixture_file;
mod metadata_rows;
mod outline_text;
mod statement_rows;

/// The report of the fixture `s31/{name}`, read as bytes.
fn fixture(name: &str) -> Report {
    fixture_file::report(&format!("s31/{name}"))
}

const MILIEU: &str = "nl-verslag-milieuraad-genummerde-paragrafen-velden.txt";
const WEB: &str = "nl-rijksoverheid-webpagina-raad-algemene-zaken.txt";
const OVERLEG: &str = "nl-verslag-algemeen-overleg-sprekers-landbouwraad.txt";

#[test]
fn a_vote_for_is_a_statement_of_support() {
    use Stance::*;
    // Before, `stemde voor` and `heeft voor gestemd` gave no statement.
    statement_rows::check(&[
        (
            "Nederland stemde voor.",
            &[("country:nl", "stemde voor", Support)],
        ),
        (
            "Nederland heeft voor gestemd bij de aanneming van het besluit.",
            &[("country:nl", "heeft voor gestemd", Support)],
        ),
        (
            "Duitsland en Italië hebben tegen gestemd.",
            &[
                ("country:de", "hebben tegen gestemd", Oppose),
                ("country:it", "hebben tegen gestemd", Oppose),
            ],
        ),
        // The vote against keeps its stance with a `voor` later in the clause.
        (
            "Hongarije stemde tegen het voorstel voor een richtlijn.",
            &[("country:hu", "stemde tegen", Oppose)],
        ),
        // A `voor` before a noun is a preposition.
        (
            "De Raad stemde over het compromis voor de verordening.",
            &[],
        ),
        (
            "Frankrijk stemde in met het voorstel voor een richtlijn.",
            &[("country:fr", "stemde in", Support)],
        ),
    ]);
}

#[test]
fn a_judgement_with_acht_is_a_statement() {
    use Stance::*;
    // Before, `Het kabinet acht dit passend` gave no statement.
    statement_rows::check(&[
        (
            "Het kabinet acht het compromis evenwichtig.",
            &[("role:cabinet", "acht evenwichtig", Support)],
        ),
        (
            "Nederland acht verdere stappen noodzakelijk.",
            &[("country:nl", "acht noodzakelijk", Support)],
        ),
        (
            "Polen achtte het voorstel onaanvaardbaar.",
            &[("country:pl", "achtte onaanvaardbaar", Oppose)],
        ),
        // The number eight is no verb.
        (
            "Frankrijk en acht andere lidstaten vroegen om uitstel.",
            &[("collective:several-member-states", "vroegen", Neutral)],
        ),
    ]);
}

#[test]
fn the_councils_committees_and_the_digital_services_board_are_bodies() {
    use Stance::*;
    // Before, `Het Comité voor de werkgelegenheid` was no actor (its verb went to the object),
    // and `de Europese Raad voor digitale diensten` was the European Council.
    statement_rows::check(&[
        (
            "Het Comité voor de werkgelegenheid riep de lidstaten op tot hervormingen.",
            &[("org:emco", "riep op", Support)],
        ),
        (
            "Het Comité voor sociale bescherming (SPC) presenteerde een advies.",
            &[("org:spc", "presenteerde", Neutral)],
        ),
        (
            "De Europese Raad voor digitale diensten presenteerde zijn jaarverslag.",
            &[("org:digital-services-board", "presenteerde", Neutral)],
        ),
    ]);
    let text = "Verslag\n\nPunt\n\nDe voorzitter van het EMCO lichtte het advies toe. Het \
                jaarverslag van de Europese Raad voor digitale diensten werd besproken.\n";
    assert_eq!(
        actor_rows::actors(text, "org:"),
        [
            ("org:digital-services-board".into(), None, None),
            ("org:emco".into(), None, Some("org:council".into())),
        ]
    );
}

#[test]
fn an_ecb_board_member_is_a_person_of_the_ecb() {
    // Before, `ECB-directielid Henrike Falk` was a person with no role or affiliation.
    let r = analyze_text(
        "Verslag\n\nPunt\n\nECB-directielid Henrike Falk presenteerde de stand van zaken.\n",
        &Config::default(),
    );
    expect![[r#"
        Henrike Falk | ECB-directielid | org:ecb
    "#]]
    .assert_eq(&actor_rows::people(&r));
}

#[test]
fn the_milieuraads_outline_and_metadata() {
    let r = fixture(MILIEU);
    expect![[r#"
        0 [1] Wetgevende onderwerpen
          1 [1.1] Verordening inzake de preventie van verlies van kunststofkorrels
          2 [1.2] Richtlijn inzake bodemmonitoring
          3 [1.3] Wijziging van de verordening inzake gefluoreerde broeikasgassen
        4 [2] Niet-wetgevende onderwerpen
          5 [2.1] Voorbereiding van de klimaattop (COP32)
          6 [2.2] Gedachtewisseling over het Europees Semester en de groene transitie
        7 [3] Diversen
          8 [3.1] Informatie van het voorzitterschap over lopende wetgevingsdossiers
          9 [3.2] Werkprogramma van het inkomend voorzitterschap
    "#]]
    .assert_eq(&outline_text::outline_text(&r));
    expect![[r#"LetterWithMeetingReport | Some("Verslag van de Milieuraad van 16 december 2026") | Some("2026-12-23") | ["2026-12-16"] | Some("Brussel")"#]].assert_eq(&metadata_rows::head(&r));
    expect![[
        r#"Some("staatssecretaris van Infrastructuur en Waterstaat")/Some("M.A. Terlouw-Brink")"#
    ]]
    .assert_eq(&metadata_rows::signatories(&r).unwrap_or_default());
}

#[test]
fn the_milieuraads_actors_and_statements() {
    let r = fixture(MILIEU);
    expect![[r#"
        Annelie Sørensen | rapporteur van het Europees Parlement | org:european-parliament
        Karl Borg | minister van Milieu | country:mt
        M.A. Terlouw-Brink | staatssecretaris van Infrastructuur en Waterstaat | country:nl
    "#]]
    .assert_eq(&actor_rows::people(&r));
    expect![[r#"
        org:council | Raad van de Europese Unie | - | 9
        org:emco | Comité voor de werkgelegenheid | org:council | 4
        role:presidency | Voorzitterschap | - | 4
        org:european-commission | Europese Commissie | - | 3
        org:european-parliament | Europees Parlement | - | 2
        org:spc | Comité voor sociale bescherming | org:council | 2
        org:tweede-kamer | Tweede Kamer | - | 2
        role:cabinet | kabinet | country:nl | 2
        role:incoming-presidency | inkomend voorzitterschap | country:mt | 2
        org:eu | Europese Unie | - | 1
        role:eurocommissaris-voor-klimaat | Eurocommissaris voor Klimaat | org:european-commission | 1
        role:eurocommissaris-voor-milieu | Eurocommissaris voor Milieu | org:european-commission | 1
        role:voorzitter-van-de-tweede-kamer-der-staten-generaal | Voorzitter van de Tweede Kamer der Staten-Generaal | org:tweede-kamer | 1
        role:voorzitter-van-het-comite-voor-de-werkgelegenheid-emco | voorzitter van het Comité voor de werkgelegenheid (EMCO) | org:emco | 1
    "#]].assert_eq(&actor_rows::rows_of(&r, &["role:", "org:"]));
    expect![[r#"
        country:nl zette in Support
        org:council nam aan Support
        country:hu stemden tegen Oppose
        country:sk stemden tegen Oppose
        country:at onthield zich Reservation
        country:nl stemde voor Support
        role:presidency gaf aan Neutral
        role:eurocommissaris-voor-milieu verwelkomde Support
        role:eurocommissaris-voor-milieu wees erop Neutral
        country:nl werd benadrukt Neutral
        country:hu gaf aan Reservation
        country:nl kon instemmen Support
        country:de Volgens Neutral
        country:pl deelden Reservation
        country:ro deelden Reservation
        country:fr steunden Support
        country:es steunden Support
        org:european-parliament heeft aangedrongen Neutral
        person:annelie-sorensen heeft opgeroepen Neutral
        role:cabinet acht evenwichtig Support
        country:nl steunt Support
        org:council nam kennis Neutral
        org:european-commission presenteerde Neutral
        collective:several-member-states vroeg Neutral
        country:it vroeg Neutral
        country:gr vroeg Neutral
        country:nl heeft benadrukt Neutral
        country:nl zette in Support
        org:council nam aan Support
        org:council roept op Neutral
        role:eurocommissaris-voor-klimaat gaf toelichting Neutral
        country:dk pleitten Support
        country:se pleitten Support
        country:pl uitte Reservation
        role:voorzitter-van-het-comite-voor-de-werkgelegenheid-emco presenteerde Neutral
        org:emco riep op Neutral
        country:ie vroeg Neutral
        role:presidency informeerde Neutral
        role:incoming-presidency presenteerde Neutral
        person:karl-borg gaf aan Neutral
    "#]]
    .assert_eq(&statement_rows::all_rows(&r));
}

#[test]
fn the_web_pages_outline_and_metadata() {
    let r = fixture(WEB);
    expect![[r#"
        0 [-] Voorbereiding van de Europese Raad van 11 en 12 december 2026
        1 [-] Meerjarig Financieel Kader 2028-2034
        2 [-] Rechtsstaat: artikel 7-procedure Hongarije
        3 [-] Europese Raad voor digitale diensten
        4 [-] Diversen
    "#]]
    .assert_eq(&outline_text::outline_text(&r));
    expect![[r#"LetterWithMeetingReport | Some("Verslag van de Raad Algemene Zaken van 10 november 2026") | Some("2026-11-14") | ["2026-11-10"] | Some("Brussel")"#]].assert_eq(&metadata_rows::head(&r));
    expect![[r#"Some("minister van Buitenlandse Zaken")/Some("R.J. van Wijngaarden")"#]]
        .assert_eq(&metadata_rows::signatories(&r).unwrap_or_default());
}

#[test]
fn the_web_pages_actors_and_statements() {
    let r = fixture(WEB);
    expect![[r#"
        R.J. van Wijngaarden | minister van Buitenlandse Zaken | country:nl
        Henrike Falk | ECB-directielid | org:ecb
        Livia Moretti | Eurocommissaris voor Begroting | org:european-commission
        Mateus Carvalho | voorzitter van de Europese Raad | org:european-council
    "#]]
    .assert_eq(&actor_rows::people(&r));
    expect![[r#"
        org:council | Raad van de Europese Unie | - | 9
        org:european-council | Europese Raad | - | 4
        role:presidency | Voorzitterschap | country:dk | 4
        org:digital-services-board | Europese Raad voor digitale diensten | - | 2
        org:european-commission | Europese Commissie | - | 2
        org:tweede-kamer | Tweede Kamer | - | 2
        role:cabinet | kabinet | country:nl | 1
        role:voorzitter-van-de-tweede-kamer-der-staten-generaal | Voorzitter van de Tweede Kamer der Staten-Generaal | org:tweede-kamer | 1
    "#]].assert_eq(&actor_rows::rows_of(&r, &["role:", "org:"]));
    expect![[r#"
        person:r-j-van-wijngaarden informeert Neutral
        org:council besprak Neutral
        person:mateus-carvalho gaf toelichting Neutral
        country:nl werd benadrukt Neutral
        country:de Volgens Neutral
        org:european-council spreken over Neutral
        country:fr steunden Support
        country:it steunden Support
        role:presidency gaf aan Neutral
        role:presidency presenteerde Neutral
        collective:several-member-states verzette zich Oppose
        country:pl verzette zich Oppose
        country:hu verzette zich Oppose
        country:pt verzette zich Oppose
        country:nl heeft gepleit Support
        country:se heeft gepleit Support
        country:at heeft gepleit Support
        country:dk heeft gepleit Support
        country:nl vragen om Neutral
        org:european-commission waarschuwde Reservation
        country:hu gaf toelichting Neutral
        country:nl stelde Neutral
        role:cabinet acht noodzakelijk Support
        country:be sloten aan Support
        country:lu sloten aan Support
        country:fi sloten aan Support
        role:presidency informeerde Neutral
        org:council nam kennis Neutral
        country:ie wees op Neutral
        role:presidency informeerde Neutral
        person:henrike-falk presenteerde Neutral
        country:nl heeft voor gestemd Support
    "#]]
    .assert_eq(&statement_rows::all_rows(&r));
}

#[test]
fn the_overlegs_outline_and_metadata() {
    let r = fixture(OVERLEG);
    expect![[r#"
        0 [-] Toezeggingen
    "#]]
    .assert_eq(&outline_text::outline_text(&r));
    expect![[r#"MeetingReport | Some("VERSLAG VAN EEN ALGEMEEN OVERLEG") | Some("2027-01-08") | ["2026-12-10"] | None"#]].assert_eq(&metadata_rows::head(&r));
    expect![[r#"Some("voorzitter van de commissie")/Some("Brouwer-Lens"); Some("griffier van de commissie")/Some("Van Os")"#]].assert_eq(&metadata_rows::signatories(&r).unwrap_or_default());
}

#[test]
fn the_overlegs_actors_and_statements() {
    let r = fixture(OVERLEG);
    expect![[r#"
        Hoekstra-Veldman | minister van Landbouw, Visserij, Voedselzekerheid en Natuur | country:nl
        Brouwer-Lens | voorzitter van de commissie | -
        Van der Berg | lid | org:cda
        Kaya | - | org:groenlinks-pvda
        Meulenbelt | - | org:bbb
        Van Os | griffier van de commissie | -
        Visscher | lid | org:vvd
    "#]]
    .assert_eq(&actor_rows::people(&r));
    expect![[r#"
        org:council | Raad van de Europese Unie | - | 8
        org:cda | CDA | country:nl | 4
        org:tweede-kamer | Tweede Kamer | - | 4
        role:cabinet | kabinet | country:nl | 2
        org:bbb | BBB | country:nl | 1
        org:european-commission | Europese Commissie | - | 1
        org:groenlinks-pvda | GroenLinks-PvdA | country:nl | 1
        org:vvd | VVD | country:nl | 1
    "#]]
    .assert_eq(&actor_rows::rows_of(&r, &["role:", "org:"]));
    expect![[r#"
        org:cda maakt zorgen Reservation
        person:van-der-berg vraag Neutral
        person:kaya steunen Support
        person:kaya vraag Neutral
        person:meulenbelt verzet Oppose
        role:cabinet zet in Support
        org:european-commission heeft voorgesteld Neutral
        person:hoekstra-veldman inzetten Support
        country:be inzetten Support
        country:fr inzetten Support
        person:hoekstra-veldman zeg toe Neutral
        person:hoekstra-veldman zegt toe Neutral
        person:hoekstra-veldman zegde toe Neutral
        person:van-der-berg vroeg Neutral
        person:visscher heeft gevraagd Neutral
    "#]]
    .assert_eq(&statement_rows::all_rows(&r));
}

#[test]
fn a_heading_that_ends_on_its_meetings_date_is_a_heading() {
    // Before, the date's figures made it eleven words, too long for a heading: it ran into
    // the paragraph under it.
    let text = "Verslag\n\nVoorbereiding van de Europese Raad van 11 en 12 december 2026\n\
                De Raad besprak de conceptconclusies. De voorzitter sprak.\n\n\
                Meerjarig Financieel Kader 2028-2034\nHet voorzitterschap presenteerde de box.\n";
    expect![[r#"
        0 [-] Voorbereiding van de Europese Raad van 11 en 12 december 2026
        1 [-] Meerjarig Financieel Kader 2028-2034
    "#]]
    .assert_eq(&outline_text::outline_text(&analyze_text(
        text,
        &Config::default(),
    )));
    // A paper's stamp after its title is no meeting's date.
    let text = "Verslag\n\nNr. 1702 VERSLAG VAN EEN ALGEMEEN OVERLEG Vastgesteld 8 januari 2027\n\
                De Raad besprak de conceptconclusies. De voorzitter sprak.\n";
    expect![""].assert_eq(&outline_text::outline_text(&analyze_text(
        text,
        &Config::default(),
    )));
    // Eleven words without a date at the end are still a sentence's, not a heading's.
    let text = "Verslag\n\nDe Raad besprak de stand van zaken van de onderhandelingen over het \
                voorstel\nDe Raad besprak de conceptconclusies. De voorzitter sprak.\n";
    expect![""].assert_eq(&outline_text::outline_text(&analyze_text(
        text,
        &Config::default(),
    )));
}

#[test]
fn a_short_web_pages_foot_and_download_link_are_chrome() {
    // Before, a page of fewer than eighty lines read its foot on into its head, so that the
    // feedback question stayed as a heading; and the download link named after its file
    // stayed a paragraph.
    let text = "Ga direct naar inhoud\nHome > Documenten > Kamerstukken\nVerslag van de Raad\n\
                Kamerstuk: Kamerbrief | 14-11-2026\n\
                Download 'Verslag van de Raad Algemene Zaken'\nPDF document | 6 pagina's | 312 kB\n\n\
                Handel\nDe Raad besprak de handel. Frankrijk steunde het voorstel.\n\n\
                Zie ook\nRaad Algemene Zaken\nDeel deze pagina\nHebt u gevonden wat u zocht?\n";
    let r = analyze_text(text, &Config::default());
    expect![""].assert_eq(&outline_text::outline_text(&r));
    assert!(!r.text.contains("Download '"), "{}", r.text);
    assert!(!r.text.contains("Hebt u"), "{}", r.text);
}

#[test]
fn a_presidency_owned_by_someone_is_not_the_current_one() {
    // Before, `zijn voorzitterschap` was a mention of the Presidency that chairs now.
    let text = "Verslag\n\nPunt\n\nHet Deense voorzitterschap presenteerde een voortgangsrapport. \
                De minister van Malta gaf aan dat zijn voorzitterschap prioriteit geeft aan water.\n";
    let r = analyze_text(text, &Config::default());
    let presidency = r.actors.iter().find(|a| a.id == "role:presidency").unwrap();
    assert_eq!(presidency.mentions.len(), 1);
    assert_eq!(presidency.affiliation.as_deref(), Some("country:dk"));
    // `het voorzitterschap` and `dit voorzitterschap` still are.
    let text = "Verslag\n\nPunt\n\nHet voorzitterschap presenteerde. Dit voorzitterschap sprak.\n";
    let r = analyze_text(text, &Config::default());
    let presidency = r.actors.iter().find(|a| a.id == "role:presidency").unwrap();
    assert_eq!(presidency.mentions.len(), 2);
}
