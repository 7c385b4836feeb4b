//! Session 34: Dutch Council reports in layouts not yet covered (fixtures under `fixtures/s34`):
//! a Kamerbrief on an informal meeting of health ministers whose items stand under day headings
//! (`Donderdag 12 maart`, `Vrijdag 13 maart`), with a `Lunchbespreking` and a `Diversen` part
//! with lettered items; a Telecomraad letter from `pdftotext -layout` with an overview table of
//! three columns (`Agendapunt | Besluitvorming | Nederlandse inzet`) over numbered items, one of
//! them `3. eIDAS-portemonnee`, and a signatory with two academic titles; and a Belgian report
//! of the FOD Buitenlandse Zaken on a Raad Buitenlandse Zaken (Handel), with Roman items, `ons
//! land` as the speaker, surnames in capitals (`Minister Jan DE VRIES`) and ministers named in
//! apposition (`De Franse minister voor Handel, Claire Dubois,`).

use expect_test::expect;
use report_core::{analyze_text, Config, Report, Stance};

mod actor_rows;
mod fixture_file;
mod metadata_rows;
mod outline_text;
mod statement_rows;

/// The report of the fixture `s34/{name}`, read as bytes.
fn fixture(name: &str) -> Report {
    fixture_file::report(&format!("s34/{name}"))
}

const HEALTH: &str = "nl-verslag-informele-gezondheidsraad-dagkoppen-lunchbespreking.txt";
const TELECOM: &str = "nl-verslag-telecomraad-pdftotext-layout-tabel-inzet.txt";
const TRADE: &str = "nl-be-fod-verslag-raad-buitenlandse-handel-ons-land.txt";

fn analyze(text: &str) -> Report {
    analyze_text(text, &Config::default())
}

fn titles(r: &Report) -> Vec<String> {
    r.outline.iter().map(|s| s.title.clone()).collect()
}

#[test]
fn a_numbered_title_may_open_with_a_name_in_small_letters() {
    // Before, `3. eIDAS-portemonnee` was no heading (its title opens with a small letter), so
    // its paragraphs belonged to item 2.
    let text = "Verslag van de Telecomraad\n\n1. Digital Networks Act\n\nDe Raad besprak het \
                voorstel.\n\n2. eIDAS-portemonnee\n\nDe Raad besprak de portemonnee.\n\n\
                3. mRNA-vaccins\n\nDe Raad besprak de vaccins.\n";
    assert_eq!(
        titles(&analyze(text)),
        ["Digital Networks Act", "eIDAS-portemonnee", "mRNA-vaccins"]
    );
    // A sentence's small first word is no name: `2. de Raad …` stays a list item.
    let text = "Verslag van de Telecomraad\n\n1. Digital Networks Act\n\nDe Raad besprak het \
                voorstel.\n\n2. de Raad besprak de portemonnee.\n";
    assert_eq!(titles(&analyze(text)), ["Digital Networks Act"]);
}

#[test]
fn a_signature_may_carry_two_academic_titles() {
    // Before, `mr. drs. K.A. Vermeulen-Doğan` under `De staatssecretaris van Economische
    // Zaken,` was a person without a role, the role an actor of its own, and `Ik heb gewezen
    // op …` had no speaker.
    let text = "Verslag\n\n1. Punt\n\nIk heb gewezen op het belang van open standaarden.\n\n\
                De staatssecretaris van Economische Zaken,\n\n\nmr. drs. K.A. Vermeulen-Doğan\n";
    let r = analyze(text);
    expect![[r#"
        K.A. Vermeulen-Doğan | staatssecretaris van Economische Zaken | country:nl
    "#]]
    .assert_eq(&actor_rows::people(&r));
    assert_eq!(
        statement_rows::statements_in(&r, "gewezen"),
        ["person:k-a-vermeulen-dogan heb gewezen Neutral"]
    );
    // `ing.` is such a title too; a word in small letters that is none (`namens`) is no title.
    let r = analyze(&text.replace("mr. drs.", "drs. ing."));
    assert_eq!(
        statement_rows::statements_in(&r, "gewezen"),
        ["person:k-a-vermeulen-dogan heb gewezen Neutral"]
    );
    let r = analyze(&text.replace("mr. drs.", "namens"));
    assert!(statement_rows::statements_in(&r, "gewezen").is_empty());
}

#[test]
fn a_niet_right_after_a_dutch_verb_is_part_of_its_form() {
    // Before, `Polen steunde niet het voorstel` was shown as `steunde` (with opposition): the
    // reader saw a verb of support.
    statement_rows::check(&[
        (
            "Polen steunde niet het voorstel van het voorzitterschap.",
            &[("country:pl", "steunde niet", Stance::Oppose)],
        ),
        (
            "Polen stemde niet in met het voorstel.",
            &[("country:pl", "stemde niet in", Stance::Oppose)],
        ),
        // A `niet` further on turns the stance but is no part of the verb's form.
        (
            "Polen steunde het voorstel niet.",
            &[("country:pl", "steunde", Stance::Oppose)],
        ),
        // `niet alleen` adds rather than denies.
        (
            "De Commissie informeerde niet alleen de Raad over de stand van zaken.",
            &[("org:european-commission", "informeerde", Stance::Neutral)],
        ),
    ]);
}

#[test]
fn a_declared_refusal_to_act_opposes() {
    // Before, `verklaarde … niet te zullen uitvoeren` was neutral: only `steunen`, `instemmen`
    // and `accepteren` after `niet te zullen` told a stance.
    statement_rows::check(&[
        (
            "Hongarije verklaarde de aanbevelingen niet te zullen uitvoeren.",
            &[("country:hu", "verklaarde", Stance::Oppose)],
        ),
        (
            "Polen gaf aan het besluit niet te willen ondertekenen.",
            &[("country:pl", "gaf aan", Stance::Oppose)],
        ),
        // Not to block or vote against is no opposition.
        (
            "Frankrijk gaf aan het akkoord niet te zullen blokkeren.",
            &[("country:fr", "gaf aan", Stance::Neutral)],
        ),
        (
            "Italië liet weten niet te zullen tegenstemmen.",
            &[("country:it", "liet weten", Stance::Neutral)],
        ),
        // To act is no refusal.
        (
            "Duitsland gaf aan de aanbevelingen te zullen uitvoeren.",
            &[("country:de", "gaf aan", Stance::Neutral)],
        ),
    ]);
}

#[test]
fn heeft_zich_ingezet_voor_commits() {
    // Before, `Nederland heeft zich ingezet voor …` gave no statement.
    statement_rows::check(&[
        (
            "Nederland heeft zich ingezet voor een gezamenlijke inkoop.",
            &[("country:nl", "heeft zich ingezet", Stance::Support)],
        ),
        (
            "Nederland heeft ingezet op een lagere norm.",
            &[("country:nl", "heeft ingezet op", Stance::Support)],
        ),
        // Means deployed are no commitment.
        ("Nederland heeft veel middelen ingezet voor de inkoop.", &[]),
    ]);
}

#[test]
fn an_agreement_reached_in_the_perfect_and_none_reached() {
    // Before, `De Raad heeft een akkoord bereikt` gave no statement (only `bereikte` did),
    // and `bereikte geen akkoord` was opposition.
    statement_rows::check(&[
        (
            "De Raad heeft een politiek akkoord bereikt over de verordening.",
            &[("org:council", "heeft akkoord bereikt", Stance::Support)],
        ),
        (
            "De Raad heeft een algemene oriëntatie bereikt over de verordening.",
            &[("org:council", "heeft oriëntatie bereikt", Stance::Support)],
        ),
        (
            "Het voorzitterschap heeft over dit punt geen akkoord bereikt.",
            &[(
                "role:presidency",
                "heeft geen akkoord bereikt",
                Stance::Neutral,
            )],
        ),
        (
            "De Raad bereikte geen akkoord over de quota.",
            &[("org:council", "bereikte geen akkoord", Stance::Neutral)],
        ),
        // An agreement discussed is none reached.
        ("De Raad heeft het akkoord besproken.", &[]),
    ]);
}

/// A Belgian report's head, with its federal service.
const BELGIAN_HEAD: &str = "FOD Buitenlandse Zaken, Buitenlandse Handel en \
     Ontwikkelingssamenwerking\n\nVERSLAG\n\nRaad Buitenlandse Zaken (Handel)\nBrussel, 22 mei \
     2026\n\nI. Handel met de Verenigde Staten\n\n";

#[test]
fn ons_land_is_the_country_whose_government_wrote_the_report() {
    // Before, `Ons land riep op tot eenheid` gave no statement: `ons land` was no one.
    let text = format!(
        "{BELGIAN_HEAD}Ons land riep op tot eenheid binnen de Unie. Ons land onthield zich van \
         een standpunt.\n"
    );
    expect![[r#"
        country:be riep op Support
        country:be onthield zich Reservation
    "#]]
    .assert_eq(&statement_rows::all_rows(&analyze(&text)));
    // A Kamerbrief's `ons land` is the Netherlands.
    let text = "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\nVerslag van de \
                Raad\n\n1. Punt\n\nOns land heeft zich ingezet voor een lagere norm.\n";
    assert_eq!(
        statement_rows::statements_quoting(text, "Ons land"),
        ["country:nl heeft zich ingezet Support"]
    );
    // Without the marks of a government, or with those of two, `ons land` stays no one's; nor
    // is `ons landbouwbeleid` a country.
    let text = "Verslag van de Raad\n\n1. Punt\n\nOns land riep op tot eenheid.\n";
    assert!(statement_rows::statements_quoting(text, "Ons land").is_empty());
    let text = format!("Tweede Kamer\n\n{BELGIAN_HEAD}Ons land riep op tot eenheid.\n");
    assert!(statement_rows::statements_quoting(&text, "Ons land").is_empty());
    let text = format!("{BELGIAN_HEAD}Ons landbouwbeleid riep op tot eenheid.\n");
    assert!(statement_rows::statements_quoting(&text, "landbouwbeleid").is_empty());
}

#[test]
fn a_surname_in_capitals_with_its_particle_after_a_title() {
    // Before, `Minister DE VRIES benadrukte` made an organisation `VRIES`, apart from `Minister
    // Jan DE VRIES` named before.
    let text = format!(
        "{BELGIAN_HEAD}Ons land werd vertegenwoordigd door Minister Jan DE VRIES. Minister DE \
         VRIES benadrukte het belang van de haven.\n"
    );
    let r = analyze(&text);
    expect![[r#"
        Jan de Vries | Minister | country:be
    "#]]
    .assert_eq(&actor_rows::people(&r));
    assert!(
        r.actors.iter().all(|a| a.id != "org:vries"),
        "{:?}",
        r.actors
    );
    assert_eq!(
        statement_rows::statements_in(&r, "benadrukte"),
        ["person:jan-de-vries benadrukte Neutral"]
    );
    // A word in capitals alone after a title is no name (an acronym, `minister BHO`).
    let text = "Verslag\n\n1. Punt\n\nDe minister BHO benadrukte het belang van de haven.\n";
    assert!(actor_rows::people(&analyze(text)).is_empty());
}

#[test]
fn a_reports_kind_alone_over_the_meetings_name() {
    // Before, the title was `VERSLAG`, which names no meeting.
    let r = analyze(BELGIAN_HEAD);
    assert_eq!(
        r.metadata.title.as_deref(),
        Some("VERSLAG: Raad Buitenlandse Zaken (Handel)")
    );
    // A line under it that names no meeting is not joined.
    let text = "VERSLAG\n\nHandel met de Verenigde Staten\nBrussel, 22 mei 2026\n\nI. Punt\n\n\
                De Raad besprak de handel.\n";
    assert_eq!(analyze(text).metadata.title.as_deref(), Some("VERSLAG"));
}

#[test]
fn the_health_reports_outline_and_metadata() {
    let r = fixture(HEALTH);
    expect![[r#"
        0 [-] Donderdag 12 maart
          1 [1] Geneesmiddelentekorten en de Critical Medicines Act
          2 [2] Gezondheid in alle beleid: een gezonde leefomgeving
        3 [-] Lunchbespreking: mentale gezondheid van jongeren
        4 [-] Vrijdag 13 maart
          5 [3] Europese Gezondheidsunie
          6 [4] Tabak- en nicotineproducten
        7 [-] Diversen
          8 [a] Werkprogramma van het inkomend voorzitterschap
          9 [b] Conferentie over antimicrobiële resistentie
    "#]]
    .assert_eq(&outline_text::outline_text(&r));
    expect![[r#"LetterWithMeetingReport | Some("Verslag informele bijeenkomst van EU-gezondheidsministers van 12 en 13 maart 2026") | Some("2026-03-20") | ["2026-03-12", "2026-03-13"] | Some("Nicosia")"#]].assert_eq(&metadata_rows::head(&r));
    expect![[r#"Some("minister van Volksgezondheid, Welzijn en Sport")/Some("drs. F.M. Gerritsen-Oudshoorn")"#]].assert_eq(&metadata_rows::signatories(&r).unwrap_or_default());
}

#[test]
fn the_health_reports_actors_and_statements() {
    let r = fixture(HEALTH);
    expect![[r#"
        Ingrid Halvorsen | Eurocommissaris voor Gezondheid en Dierenwelzijn | org:european-commission
        Andreas Konstantinou | minister van Volksgezondheid | country:cy
        F.M. Gerritsen-Oudshoorn | minister van Volksgezondheid, Welzijn en Sport | country:nl
    "#]].assert_eq(&actor_rows::people(&r));
    expect![[r#"
        role:presidency | Voorzitterschap | country:cy | 5
        org:european-commission | Europese Commissie | - | 4
        collective:member-states | lidstaten | - | 3
        collective:ministers | ministers | - | 2
        org:ema | Europees Geneesmiddelenbureau | - | 2
        org:eu | Europese Unie | - | 2
        org:who | Wereldgezondheidsorganisatie | - | 2
        collective:several-member-states | een aantal lidstaten | - | 1
        org:tweede-kamer | Tweede Kamer | - | 1
        role:incoming-presidency | inkomend voorzitterschap | - | 1
        role:nl-staatssecretaris-van-jeugd-preventie-en-sport | staatssecretaris van Jeugd, Preventie en Sport | country:nl | 1
        role:voorzitter-van-de-tweede-kamer-der-staten-generaal | Voorzitter van de Tweede Kamer der Staten-Generaal | org:tweede-kamer | 1
    "#]].assert_eq(&actor_rows::rows_of(&r, &["role:", "org:", "collective:"]));
    expect![[r#"
        role:presidency stelt Neutral
        person:andreas-konstantinou opende Neutral
        person:ingrid-halvorsen gaf aan Neutral
        country:nl heeft zich ingezet Support
        country:fr steunden Support
        country:it steunden Support
        country:es steunden Support
        country:de sprak uit Oppose
        country:se Volgens Neutral
        collective:several-member-states werd gewezen Neutral
        org:who presenteerde Neutral
        country:pl steunde niet Oppose
        country:pl wees op Neutral
        collective:ministers spraken over Neutral
        role:nl-staatssecretaris-van-jeugd-preventie-en-sport heeft gepleit Support
        country:dk sloten aan Support
        country:ie sloten aan Support
        country:be vroeg Neutral
        role:presidency lichtte toe Neutral
        person:ingrid-halvorsen verklaarde Neutral
        org:european-commission voorstelt Neutral
        country:hu verklaarde Oppose
        person:f-m-gerritsen-oudshoorn heb benadrukt Neutral
        org:european-commission kondigde aan Neutral
        collective:member-states steunden Support
        country:it waren terughoudend Reservation
        country:gr waren terughoudend Reservation
        country:ie presenteerde Neutral
        country:nl informeerde Neutral
    "#]]
    .assert_eq(&statement_rows::all_rows(&r));
}

#[test]
fn the_telecom_reports_outline_and_metadata() {
    let r = fixture(TELECOM);
    expect![[r#"
        0 [-] Overzicht van de agendapunten
        1 [1] Digital Networks Act
        2 [2] Verordening cyberveiligheid van ICT-producten
        3 [3] eIDAS-portemonnee
        4 [4] Diversen
    "#]]
    .assert_eq(&outline_text::outline_text(&r));
    expect![[r#"LetterWithMeetingReport | Some("Verslag van de Telecomraad van 5 juni 2026") | Some("2026-06-12") | ["2026-06-05"] | Some("Luxemburg")"#]].assert_eq(&metadata_rows::head(&r));
    expect![[
        r#"Some("staatssecretaris van Economische Zaken")/Some("mr. drs. K.A. Vermeulen-Doğan")"#
    ]]
    .assert_eq(&metadata_rows::signatories(&r).unwrap_or_default());
}

#[test]
fn the_telecom_reports_actors_and_statements() {
    let r = fixture(TELECOM);
    expect![[r#"
        K.A. Vermeulen-Doğan | staatssecretaris van Economische Zaken | country:nl
        Matteo Ricciardi | Eurocommissaris voor Technologische Soevereiniteit | org:european-commission
    "#]].assert_eq(&actor_rows::people(&r));
    expect![[r#"
        org:council | Raad van de Europese Unie | - | 4
        org:enisa | ENISA | - | 2
        role:presidency | Voorzitterschap | - | 2
        collective:ministers | ministers | - | 1
        collective:most-member-states | de meeste lidstaten | - | 1
        org:european-commission | Europese Commissie | - | 1
        org:tweede-kamer | Tweede Kamer | - | 1
        role:incoming-presidency | inkomend voorzitterschap | country:ie | 1
        role:voorzitter-van-de-tweede-kamer | Voorzitter van de Tweede Kamer | org:tweede-kamer | 1
    "#]]
    .assert_eq(&actor_rows::rows_of(&r, &["role:", "org:", "collective:"]));
    expect![[r#"
        country:nl kon steunen Support
        role:presidency presenteerde Neutral
        person:matteo-ricciardi lichtte toe Neutral
        collective:most-member-states steunde Support
        collective:most-member-states verzette zich Oppose
        country:nl heeft aangegeven Neutral
        country:es gaven aan Neutral
        country:pt gaven aan Neutral
        role:presidency heeft geen akkoord bereikt Neutral
        org:council heeft oriëntatie bereikt Support
        country:nl kon instemmen Support
        country:at onthield zich Reservation
        country:at gaf aan Reservation
        country:ee sprak uit Oppose
        collective:ministers benadrukten Neutral
        person:k-a-vermeulen-dogan heb gewezen Neutral
        country:fr Volgens Neutral
        country:de steunde niet Oppose
        role:incoming-presidency presenteerde Neutral
        org:european-commission informeerde Neutral
    "#]]
    .assert_eq(&statement_rows::all_rows(&r));
}

#[test]
fn the_trade_reports_outline_and_metadata() {
    let r = fixture(TRADE);
    expect![[r#"
        0 [-] Samenvatting
        1 [I] Handelsbetrekkingen EU-Verenigde Staten
        2 [II] Handelsakkoord EU-Mercosur
        3 [III] Vrijhandelsakkoord met India
        4 [IV] Hervorming van de WTO
        5 [V] Varia
          6 [-] Standpunt van België
    "#]]
    .assert_eq(&outline_text::outline_text(&r));
    expect![[r#"MeetingReport | Some("VERSLAG: Raad Buitenlandse Zaken (Handel)") | Some("2026-05-26") | ["2026-05-22"] | Some("Brussel")"#]].assert_eq(&metadata_rows::head(&r));
}

#[test]
fn the_trade_reports_actors_and_statements() {
    let r = fixture(TRADE);
    expect![[r#"
        Jan de Vries | minister van Buitenlandse Handel | country:be
        Pieter Lindqvist | Eurocommissaris voor Handel en Economische Veiligheid | org:european-commission
        Claire Dubois | minister voor Handel | country:fr
        Lucía Ferrer Ortega | staatssecretaris voor Handel | country:es
        Marco Bellandi | minister | country:it
    "#]].assert_eq(&actor_rows::people(&r));
    expect![[r#"
        org:eu | Europese Unie | - | 5
        org:council | Raad van de Europese Unie | - | 4
        org:european-commission | Europese Commissie | - | 4
        org:mercosur | Mercosur | - | 3
        org:wto | Wereldhandelsorganisatie | - | 3
        collective:several-member-states | een aantal lidstaten | - | 1
        org:fod-buitenlandse-zaken | FOD Buitenlandse Zaken | country:be | 1
        role:incoming-presidency | inkomend voorzitterschap | country:dk | 1
        role:presidency | Voorzitterschap | country:pl | 1
    "#]]
    .assert_eq(&actor_rows::rows_of(&r, &["role:", "org:", "collective:"]));
    expect![[r#"
        org:council besprak Neutral
        person:pieter-lindqvist gaf Neutral
        person:claire-dubois pleitte Support
        country:de Volgens Neutral
        person:marco-bellandi sloot aan Support
        collective:several-member-states werd gewezen Neutral
        country:be riep op Support
        country:be steunde Support
        person:jan-de-vries benadrukte Neutral
        org:european-commission informeerde Neutral
        country:at verklaarden Oppose
        country:fr verklaarden Oppose
        country:pl verklaarden Oppose
        country:nl drongen aan Neutral
        country:se drongen aan Neutral
        country:be onthield zich Reservation
        person:pieter-lindqvist gaf aan Neutral
        person:lucia-ferrer-ortega vroeg Neutral
        country:ie stelde Neutral
        role:presidency stelde voor Neutral
        org:european-commission Volgens Neutral
        country:hu sprak uit Oppose
        role:incoming-presidency stelde voor Neutral
        country:be steunt Support
        country:be vraagt Neutral
    "#]]
    .assert_eq(&statement_rows::all_rows(&r));
}

#[test]
fn de_commissaris_is_the_one_eurocommissaris_named_before() {
    // Before, `De Commissaris gaf aan` after `Eurocommissaris voor Handel … Pieter Lindqvist`
    // was a role actor of its own: the title did not open the role written with `Euro`.
    let text = "Verslag van de Raad\n\nI. Handel\n\nEurocommissaris voor Handel en Economische \
                Veiligheid Pieter Lindqvist gaf een stand van zaken.\n\nII. India\n\n\
                De Commissaris gaf aan dat de onderhandelingen in een beslissende fase zijn.\n";
    assert_eq!(
        statement_rows::statements_quoting(text, "De Commissaris"),
        ["person:pieter-lindqvist gaf aan Neutral"]
    );
    // With two Commissioners named, `de Commissaris` is neither.
    let text = text.replace(
        "gaf een stand van zaken.",
        "gaf een stand van zaken. Eurocommissaris voor Landbouw Anna Berg lichtte de gevolgen \
         toe.",
    );
    assert_eq!(
        statement_rows::statements_quoting(&text, "De Commissaris"),
        ["role:commissaris gaf aan Neutral"]
    );
}
