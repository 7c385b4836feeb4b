//! Session 18: Dutch reports nobody had shown the analyzer (fixtures under `fixtures/s18`): a
//! plenary two-minute debate with motions (Handelingen), a committee's list of questions and
//! answers on an agency's annual report, a letter with its report of an EPSCO Council saved as
//! UTF-16, and a BNC fiche on a Commission proposal in Windows-1252 with its `krachtenveld`.

use report_core::{Config, Report, Stance};

mod actor_rows;
mod fixture_file;
mod metadata_rows;
mod statement_rows;

/// The report of the fixture `s18/{name}`, read as bytes (two are not UTF-8).
fn fixture(name: &str) -> Report {
    fixture_file::report(&format!("s18/{name}"))
}

use statement_rows::statements_in as quoting;

const DEBAT: &str = "tweeminutendebat-landbouwraad-nl.txt";
const VRAGEN: &str = "lijst-vragen-antwoorden-nl.txt";
const EPSCO: &str = "utf16-kamerbrief-epsco-nl.txt";
const FICHE: &str = "cp1252-bnc-fiche-kustwacht-nl.txt";

#[test]
fn a_negation_anywhere_before_a_modals_infinitive_denies_it() {
    use Stance::*;
    statement_rows::check(&[
        (
            "Malta kon het voorstel in de huidige vorm niet steunen.",
            &[("country:mt", "kon steunen", Oppose)],
        ),
        // `het akkoord` is the object, not the modal's `akkoord gaan`.
        (
            "Tsjechië kon het akkoord niet steunen omdat het de lasten te hoog vindt.",
            &[("country:cz", "kon steunen", Oppose)],
        ),
        (
            "Polen kon niet akkoord gaan met de tekst.",
            &[("country:pl", "kon niet akkoord", Oppose)],
        ),
        (
            "Nederland kan akkoord gaan met de tekst.",
            &[("country:nl", "kan akkoord", Support)],
        ),
        (
            "Nederland kon niet alleen het voorstel steunen, maar ook het amendement.",
            &[("country:nl", "kon steunen", Support)],
        ),
    ]);
    let fiche = fixture(FICHE);
    assert_eq!(
        quoting(&fiche, "Malta kon"),
        ["country:mt kon steunen Oppose"]
    );
    let vragen = fixture(VRAGEN);
    assert_eq!(
        quoting(&vragen, "Duitsland kon"),
        ["country:de kon steunen Oppose"]
    );
}

#[test]
fn the_representatives_of_a_list_of_countries_are_all_its_subjects() {
    use Stance::*;
    statement_rows::check(&[
        (
            "De vertegenwoordigers van Frankrijk en Duitsland steunden de tekst.",
            &[
                ("country:fr", "steunden", Support),
                ("country:de", "steunden", Support),
            ],
        ),
        (
            "De vertegenwoordigers van Zweden, Finland en Denemarken vrezen hogere lasten.",
            &[
                ("country:se", "vrezen", Reservation),
                ("country:fi", "vrezen", Reservation),
                ("country:dk", "vrezen", Reservation),
            ],
        ),
        // Any other preposition still cuts the list.
        (
            "Na overleg met Frankrijk en Duitsland steunde Polen de tekst.",
            &[("country:pl", "steunde", Support)],
        ),
    ]);
    assert_eq!(
        quoting(&fixture(EPSCO), "De vertegenwoordigers van Frankrijk"),
        [
            "country:fr steunden Support",
            "country:de steunden Support",
            "country:fr vroegen Neutral",
            "country:de vroegen Neutral"
        ]
    );
}

#[test]
fn what_was_given_is_written_with_gaf_and_geeft() {
    use Stance::*;
    statement_rows::check(&[
        (
            "Eurocommissaris Roxana Mînzatu gaf een toelichting op het pakket.",
            &[("person:roxana-minzatu", "gaf toelichting", Neutral)],
        ),
        (
            "De Commissie geeft een overzicht van de stand van zaken.",
            &[("org:european-commission", "geeft overzicht", Neutral)],
        ),
        (
            "Kaja Kallas gaf aan dat de steun doorgaat.",
            &[("person:kaja-kallas", "gaf aan", Neutral)],
        ),
        // A particle of two words among many.
        (
            "Spanje geeft te kennen dat het de termijn wil verlengen.",
            &[("country:es", "geeft te kennen", Neutral)],
        ),
        // `geeft` without its noun or `aan` gives things, and says nothing.
        ("De Commissie geeft de lidstaten meer tijd.", &[]),
    ]);
}

#[test]
fn a_fiches_verdict_and_fears_are_stances() {
    use Stance::*;
    statement_rows::check(&[
        (
            "Het kabinet staat positief tegenover de versterking van de samenwerking.",
            &[("role:cabinet", "staat positief", Support)],
        ),
        (
            "Het kabinet staat kritisch tegenover de meldtermijn.",
            &[("role:cabinet", "staat kritisch", Reservation)],
        ),
        ("Het voorstel staat op de agenda van de Raad.", &[]),
        (
            "Het RIVM adviseert om bij nieuwbouw rekening te houden met radon.",
            &[("org:rivm", "adviseert", Neutral)],
        ),
    ]);
    assert_eq!(
        quoting(&fixture(FICHE), "staat positief"),
        ["role:cabinet staat positief Support"]
    );
}

#[test]
fn a_reflexive_verb_speaks_only_with_its_reflexive() {
    use Stance::*;
    statement_rows::check(&[
        (
            "Nederland zal zich inzetten voor een risicogerichte aanpak.",
            &[("country:nl", "inzetten", Support)],
        ),
        // Means deployed, no commitment of the member states.
        (
            "België pleitte ervoor dat de lidstaten meer middelen inzetten tegen tekorten.",
            &[("country:be", "pleitte", Support)],
        ),
        (
            "Polen verzette zich tegen het voorstel.",
            &[("country:pl", "verzette zich", Oppose)],
        ),
        ("Het verzet van Polen tegen het voorstel groeit.", &[]),
    ]);
    assert_eq!(
        quoting(&fixture(DEBAT), "Ik zal mij"),
        ["person:wiersma verzetten Oppose"]
    );
    assert_eq!(
        quoting(&fixture(VRAGEN), "laten inzetten"),
        ["role:nl-staatssecretaris-van-infrastructuur-en-waterstaat deelt opvatting Support"]
    );
}

/// The outline of `report` as `title` lines, indented by level.
fn outline(report: &Report) -> Vec<String> {
    report
        .sections()
        .into_iter()
        .map(|s| format!("{}{}", "  ".repeat(s.level as usize - 1), s.title))
        .collect()
}

#[test]
fn the_signers_of_a_motion_are_no_headings() {
    let text = "Landbouw- en Visserijraad\n\nDe heer Van der Laan (CDA):\n\nVoorzitter. Ik dien \
                de volgende motie in.\n\nMotie\n\nDe Kamer,\n\ngehoord de beraadslaging,\n\n\
                verzoekt de regering de quota te verhogen,\n\nen gaat over tot de orde van de \
                dag.\n\nVan der Laan\n\nVedder\n\nZij krijgt nr. 1812 (21501-32).\n\n\
                De voorzitter:\n\nDank u wel.\n";
    let r = report_core::analyze_text(text, &Config::default());
    assert!(outline(&r).is_empty(), "{:?}", outline(&r));
    let r = fixture(DEBAT);
    let titles = outline(&r);
    assert!(
        !titles
            .iter()
            .any(|t| ["Van der Laan", "Vedder", "Bromet"].contains(&t.trim())),
        "{titles:?}"
    );
    // The turns after the motions are still found under their speakers.
    assert_eq!(
        quoting(&r, "Wij steunen de inzet"),
        ["person:holman steunen Support"]
    );
}

#[test]
fn a_stand_in_chair_signs_the_committees_list() {
    use metadata_rows::{check_fields, signatories};
    check_fields(&[(
        "fungerend voorzitter and adjunct-griffier",
        "Vastgesteld 4 december 2025\n\nDe commissie heeft vragen gesteld.\n\n\
         De fungerend voorzitter van de commissie,\nVan Nispen\n\n\
         De adjunct-griffier van de commissie,\nKoerselman\n\n1 Hoeveel inspecties?\n",
        signatories,
        Some(
            "Some(\"fungerend voorzitter van de commissie\")/Some(\"Van Nispen\"); \
             Some(\"adjunct-griffier van de commissie\")/Some(\"Koerselman\")",
        ),
    )]);
    let r = fixture(VRAGEN);
    let signed: Vec<(&str, &str)> = r
        .metadata
        .signatories
        .iter()
        .map(|s| {
            (
                s.role.as_deref().unwrap_or(""),
                s.name.as_deref().unwrap_or(""),
            )
        })
        .collect();
    assert_eq!(
        signed,
        [
            ("fungerend voorzitter van de commissie", "Van Nispen"),
            ("adjunct-griffier van de commissie", "Koerselman")
        ]
    );
}

#[test]
fn a_singular_zij_after_a_body_that_opened_the_sentence_before_is_that_body() {
    use Stance::*;
    statement_rows::check(&[
        (
            "Minister Van Weel sprak met de voorzitter. De Commissie bereidt zich voor op de \
             onderhandelingen. Zij verwacht een voorstel in juni.",
            &[
                ("person:van-weel", "sprak", Neutral),
                ("org:european-commission", "verwacht", Neutral),
            ],
        ),
        // A person named after the body is still the nearer one.
        (
            "De Commissie bereidt zich voor. Mevrouw Jansen las het voorstel. Zij vroeg om uitstel.",
            &[("person:jansen", "vroeg", Neutral)],
        ),
    ]);
    // Not the committee's chair who signed the list before the answers.
    assert_eq!(
        quoting(&fixture(VRAGEN), "Zij verwacht"),
        ["org:anvs verwacht Neutral"]
    );
}

#[test]
fn stelde_vast_is_written_whole() {
    use Stance::*;
    statement_rows::check(&[(
        "Het voorzitterschap stelde vast dat de onderhandelingen goed verlopen.",
        &[("role:presidency", "stelde vast", Neutral)],
    )]);
    assert_eq!(
        quoting(&fixture(EPSCO), "stelde vast"),
        ["role:presidency stelde vast Neutral"]
    );
}

#[test]
fn a_subject_wrapped_beside_a_side_column_titles_the_letter_whole() {
    use metadata_rows::{check_fields, meeting_dates};
    let head =
        "De Voorzitter van de Tweede Kamer                         Directie Internationale Zaken\n\
                der Staten-Generaal                                       Parnassusplein 5\n\
                Postbus 20018                                             2511 VX Den Haag\n\
                \x20                                                         Onze referentie\n\
                \x20                                                         2025-0000287651\n\
                Datum      19 december 2025\n\
                Betreft    Verslag van de Raad Werkgelegenheid, Sociaal   Uw referentie\n\
                \x20          Beleid, Volksgezondheid en Consumentenzaken    -\n\
                \x20          (EPSCO) van 11 en 12 december 2025\n\n\
                Geachte voorzitter,\n\n\
                Hierbij stuur ik u het verslag van de Raad.\n\n\
                Richtlijn inzake stages\n\n\
                De Raad bereikte een algemene oriëntatie.\n\n\
                Europees Semester\n\n\
                De Raad sprak over het Semester.\n";
    check_fields(&[
        (
            "the subject's three lines",
            head,
            |r| r.metadata.title.clone(),
            Some(
                "Verslag van de Raad Werkgelegenheid, Sociaal Beleid, Volksgezondheid en \
                 Consumentenzaken (EPSCO) van 11 en 12 december 2025",
            ),
        ),
        (
            "the meeting's days",
            head,
            meeting_dates,
            Some("2025-12-11,2025-12-12"),
        ),
    ]);
    let r = fixture(EPSCO);
    assert_eq!(
        r.metadata.title.as_deref(),
        Some(
            "Verslag van de Raad Werkgelegenheid, Sociaal Beleid, Volksgezondheid en \
             Consumentenzaken (EPSCO) van 11 en 12 december 2025"
        )
    );
    assert_eq!(r.metadata.letter_date.as_deref(), Some("2025-12-19"));
}

#[test]
fn a_bare_speaker_label_with_a_party_opens_a_turn() {
    // No `De heer`/`Mevrouw` before the name: a surname and a party in brackets on a line of
    // its own, as an interruption is labelled, or every turn in some reports.
    let text = "Verslag\n\nVan der Laan (CDA):\n\nIk steun het voorstel.\n\n\
                Bromet (GroenLinks-PvdA):\n\nWij vinden dat de minister moet handelen.\n\n\
                De voorzitter:\n\nDank u.\n";
    let r = report_core::analyze_text(text, &Config::default());
    let rows: Vec<String> = r.statements.iter().map(statement_rows::row).collect();
    assert_eq!(
        rows,
        [
            "person:van-der-laan steun Support",
            "person:bromet vinden Neutral"
        ]
    );
    let laan = r
        .actors
        .iter()
        .find(|a| a.id == "person:van-der-laan")
        .expect("Van der Laan");
    assert_eq!(laan.affiliation.as_deref(), Some("org:cda"));
    // A country's code in brackets is no party: no person.
    let r = report_core::analyze_text(
        "Overzicht\n\nNederland (NL):\n\nSteunt het voorstel.\n",
        &Config::default(),
    );
    assert!(r.actors.iter().all(|a| !a.id.starts_with("person:")));
    // In the debate: the chair's introduction, his label, the motion's signature, the
    // interruption's bare label and the two answers that name him.
    let r = fixture(DEBAT);
    let laan = r
        .actors
        .iter()
        .find(|a| a.id == "person:van-der-laan")
        .expect("Van der Laan");
    assert_eq!(laan.mentions.len(), 6);
}

#[test]
fn a_handelingen_item_is_titled_by_the_heading_over_aan_de_orde_is() {
    use metadata_rows::check_fields;
    let text =
        "Tweede Kamer der Staten-Generaal                    2\n\nVergaderjaar 2025–2026\n\n\
                Handelingen                                          TK 31\n\n\
                Woensdag 10 december 2025\n\nLandbouw- en Visserijraad\n\n\
                Aan de orde is het tweeminutendebat Landbouw- en Visserijraad (CD 4/12).\n\n\
                De voorzitter:\n\nIk geef het woord aan de heer Holman.\n\n\
                De heer Holman (NSC):\n\nIk steun de inzet van de minister.\n";
    check_fields(&[(
        "the item's title, not the masthead",
        text,
        |r| r.metadata.title.clone(),
        Some("Landbouw- en Visserijraad"),
    )]);
    let r = fixture(DEBAT);
    assert_eq!(
        r.metadata.title.as_deref(),
        Some("Landbouw- en Visserijraad")
    );
    assert_eq!(r.metadata.session_year.as_deref(), Some("2025–2026"));
}

#[test]
fn the_sittings_date_and_the_repeated_item_title_are_no_sections() {
    let r = fixture(DEBAT);
    // Nor are the motions' labels, which the speakers submit within their turns.
    assert_eq!(outline(&r), ["Landbouw- en Visserijraad"]);
}

#[test]
fn a_forecast_of_the_krachtenveld_is_the_others_stance() {
    use Stance::*;
    statement_rows::check(&[
        (
            "Een ruime meerderheid van de lidstaten lijkt het voorstel te steunen.",
            &[("collective:most-member-states", "lijkt steunen", Support)],
        ),
        (
            "Frankrijk lijkt kritisch over de termijn.",
            &[("country:fr", "lijkt kritisch", Reservation)],
        ),
        (
            "Duitsland lijkt het voorstel niet te kunnen steunen.",
            &[("country:de", "lijkt steunen", Oppose)],
        ),
        ("Het lijkt erop dat de onderhandelingen lang duren.", &[]),
    ]);
    assert_eq!(
        quoting(&fixture(FICHE), "lijkt het voorstel"),
        ["collective:most-member-states lijkt steunen Support"]
    );
}

#[test]
fn the_members_of_two_groups_are_both_parties() {
    use Stance::*;
    let both: &[(&str, &str, Stance)] = &[
        ("org:vvd", "steunen", Support),
        ("org:d66", "steunen", Support),
    ];
    statement_rows::check(&[
        (
            "De leden van de VVD-fractie en de D66-fractie steunen het voorstel.",
            both,
        ),
        (
            "De leden van de fracties van VVD en D66 steunen het voorstel.",
            both,
        ),
        // The group's word left for the last party.
        (
            "De leden van de VVD- en D66-fractie steunen het voorstel.",
            both,
        ),
        (
            "De leden van de fractie van de VVD vragen de minister om uitleg.",
            &[("org:vvd", "vragen om", Neutral)],
        ),
        // A list behind another preposition is still no subject.
        (
            "Na overleg met VVD en D66 steunde het CDA het voorstel.",
            &[("org:cda", "steunde", Support)],
        ),
    ]);
}

#[test]
fn a_papers_own_label_overrules_its_dossiers_kind() {
    use metadata_rows::check_fields;
    let paper = |label: &'static str| -> &'static str {
        match label {
            "lijst" => {
                "Tweede Kamer der Staten-Generaal\n\nVergaderjaar 2025–2026\n\n36 812\n\nNr. 3\n\n\
                 Jaarverslag Autoriteit Nucleaire Veiligheid en Stralingsbescherming 2024\n\n\
                 LIJST VAN VRAGEN EN ANTWOORDEN\n\nVastgesteld 4 december 2025\n\n\
                 De vaste commissie heeft vragen voorgelegd aan de Staatssecretaris.\n"
            }
            _ => {
                "Tweede Kamer der Staten-Generaal\n\nVergaderjaar 2025–2026\n\n36 812\n\nNr. 3\n\n\
                 Jaarverslag Autoriteit Nucleaire Veiligheid en Stralingsbescherming 2024\n\n\
                 De vaste commissie heeft vragen voorgelegd aan de Staatssecretaris.\n"
            }
        }
    };
    let kind = |r: &Report| Some(format!("{:?}", r.metadata.kind));
    check_fields(&[
        ("a list of questions", paper("lijst"), kind, Some("Other")),
        (
            "the dossier's kind alone",
            paper("none"),
            kind,
            Some("AnnualReport"),
        ),
    ]);
    let r = fixture(VRAGEN);
    assert_eq!(format!("{:?}", r.metadata.kind), "Other");
    assert_eq!(
        r.metadata.title.as_deref(),
        Some("Jaarverslag Autoriteit Nucleaire Veiligheid en Stralingsbescherming 2024")
    );
}

#[test]
fn the_coastguard_and_the_epsco_councils_full_name_are_known() {
    use actor_rows::actors;
    let text = "Nederland werkt in de Kustwacht Nederland samen met zes ministeries. De Raad \
                Werkgelegenheid, Sociaal Beleid, Volksgezondheid en Consumentenzaken sprak over \
                stages.";
    assert_eq!(
        actors(text, "org:"),
        [
            ("org:council".to_string(), None, None),
            ("org:nl-coastguard".to_string(), None, None)
        ]
    );
    let r = fixture(FICHE);
    let nl = r.actors.iter().find(|a| a.id == "country:nl").unwrap();
    assert_eq!(nl.mentions.len(), 4);
    let r = fixture(EPSCO);
    let council = r.actors.iter().find(|a| a.id == "org:council").unwrap();
    assert!(council.aliases.contains(
        &"Raad Werkgelegenheid, Sociaal Beleid, Volksgezondheid en Consumentenzaken".to_string()
    ));
}

/// A written consultation whose groups' headings run long: a party's name or two.
const VSO_GROUPS: &str = "Verslag van een schriftelijk overleg\n\
\n\
De vaste commissie voor Europese Zaken heeft over de brief van de Minister een aantal vragen en opmerkingen voorgelegd.\n\
\n\
I. Vragen en opmerkingen vanuit de fracties\n\
\n\
Vragen en opmerkingen van de leden van de VVD-fractie\n\
\n\
De leden van de VVD-fractie hebben kennisgenomen van de brief. Zij vragen de minister om een toelichting.\n\
\n\
Vragen en opmerkingen van de leden van de fractie van GroenLinks-PvdA\n\
\n\
De leden van de fractie van GroenLinks-PvdA steunen de inzet van het kabinet.\n\
\n\
Vragen en opmerkingen van de leden van de fracties van de ChristenUnie en de SGP\n\
\n\
De leden van de fracties van de ChristenUnie en de SGP hebben kennisgenomen van de brief. Zij vragen de minister hoe hij de positie van Nederland ziet.\n\
\n\
II. Reactie van de Minister\n\
\n\
De Minister dankt de leden voor hun vragen.\n\
";

#[test]
fn a_written_consultations_long_group_headings_head_their_questions() {
    let r = report_core::analyze_text(VSO_GROUPS, &Config::default());
    assert_eq!(
        outline(&r),
        [
            "Vragen en opmerkingen vanuit de fracties",
            "  Vragen en opmerkingen van de leden van de VVD-fractie",
            "  Vragen en opmerkingen van de leden van de fractie van GroenLinks-PvdA",
            "  Vragen en opmerkingen van de leden van de fracties van de ChristenUnie en de SGP",
            "Reactie van de Minister"
        ]
    );
    // `Zij` after the members of two groups is both parties.
    assert_eq!(
        statement_rows::statements_quoting(VSO_GROUPS, "Zij vragen de minister hoe"),
        [
            "org:christenunie vragen hoe Neutral",
            "org:sgp vragen hoe Neutral"
        ]
    );
}
