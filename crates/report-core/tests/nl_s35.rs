//! Session 35: Dutch Council reports in layouts not yet covered (fixtures under `fixtures/s35`):
//! a Kamerbrief from `pdftotext` on a Eurogroep and an Ecofinraad, in two parts (`Eurogroep`,
//! `Ecofinraad`) whose items are unnumbered titles in the first and numbered with lettered
//! `Diversen` in the second, with a lone page number (`Pagina 4 van 5`) and a date cut at a
//! line's end; the answers to written questions of a member of the Tweede Kamer about a
//! Landbouw- en Visserijraad (`Vraag 1` ⏎ … ⏎ `Antwoord 1`), whose questions name member
//! states (`Welke lidstaten waren tegen?`); and an Energieraad report copied from a ministry's
//! intranet (SharePoint: breadcrumbs, `Laatst gewijzigd`, `Bewerken`, `Delen`) with fields on
//! top (`Voorzitter:`, `Delegatie NL:`), `Stand van zaken` and `Vervolg` under each
//! `Agendapunt N -`, the Dutch minister called `de minister` beside a French one named, and a
//! quotation closed by `aldus de Spaanse minister`.

use expect_test::expect;
use report_core::{analyze_text, Config, Report, Stance};

mod actor_rows;
mod fixture_file;
mod metadata_rows;
mod outline_text;
mod statement_rows;

/// The report of the fixture `s35/{name}`, read as bytes.
fn fixture(name: &str) -> Report {
    fixture_file::report(&format!("s35/{name}"))
}

const ECOFIN: &str = "nl-verslag-eurogroep-ecofinraad-twee-delen-pdftotext.txt";
const ANSWERS: &str = "nl-antwoorden-kamervragen-landbouwraad-vraag-antwoord.txt";
const ENERGY: &str = "nl-verslag-energieraad-intranet-sharepoint-stand-van-zaken-vervolg.txt";

fn analyze(text: &str) -> Report {
    analyze_text(text, &Config::default())
}

fn titles(r: &Report) -> Vec<String> {
    r.outline.iter().map(|s| s.title.clone()).collect()
}

#[test]
fn zich_ingezet_may_stand_a_phrase_apart() {
    // Before, `Nederland heeft zich in de Raad ingezet voor …` gave no statement: only `zich
    // ingezet` side by side made the perfect a commitment.
    statement_rows::check(&[
        (
            "Nederland heeft zich in de Raad ingezet voor een strikte toepassing van de regels.",
            &[("country:nl", "heeft zich ingezet", Stance::Support)],
        ),
        (
            "Nederland heeft zich daarbij ook actief ingezet voor een lagere norm.",
            &[("country:nl", "heeft zich ingezet", Stance::Support)],
        ),
        // Too far, or over a comma, `ingezet` is no longer the reflexive's participle.
        (
            "Nederland heeft zich in de Raad van september en oktober van dit jaar ingezet voor \
             een lagere norm.",
            &[],
        ),
        (
            "Nederland heeft zich bij de Raad gemeld, waarna middelen zijn ingezet voor de \
             inkoop.",
            &[("country:nl", "heeft gemeld", Stance::Neutral)],
        ),
    ]);
}

#[test]
fn niet_te_before_an_infinitive_of_support_opposes() {
    // Before, `Hongarije verklaarde de verlenging niet te steunen` was support: the `niet` was
    // looked for only among the first words after the verb.
    statement_rows::check(&[
        (
            "Hongarije verklaarde de verlenging van de faciliteit niet te steunen.",
            &[("country:hu", "verklaarde", Stance::Oppose)],
        ),
        (
            "Polen verklaarde de verlenging van de faciliteit te steunen.",
            &[("country:pl", "verklaarde", Stance::Support)],
        ),
        // Not to block is no opposition.
        (
            "Italië verklaarde het akkoord over de faciliteit niet te blokkeren.",
            &[("country:it", "verklaarde", Stance::Neutral)],
        ),
    ]);
}

#[test]
fn a_question_that_asks_who_states_nothing() {
    // Before, the questions of a member (`Welke lidstaten steunden het Nederlandse pleidooi?`,
    // `Welke lidstaten waren tegen?`) were statements of the member states, with a stance.
    let text = "Antwoorden op Kamervragen over de Landbouwraad\n\nVraag 3\nWelke lidstaten \
                steunden het Nederlandse pleidooi?\nWelke lidstaten waren tegen?\n\nAntwoord 3\n\
                Duitsland steunde het pleidooi. Frankrijk vroeg: welke lidstaten betalen dit?\n";
    expect![[r#"
        country:de steunde Support
        country:fr vroeg Neutral
    "#]]
    .assert_eq(&statement_rows::all_rows(&analyze(text)));
    // A statement that ends on a question mark without an interrogative still speaks.
    statement_rows::check(&[(
        "Nederland steunde het voorstel, maar hoe lang nog?",
        &[("country:nl", "steunde", Stance::Support)],
    )]);
}

#[test]
fn gaf_invulling_aan_carries_out_and_says_nothing() {
    // Before, `Spanje gaf invulling aan de discussie door …` was the speech verb `gaf aan`.
    statement_rows::check(&[
        (
            "Spanje gaf invulling aan de discussie door een eigen plan te presenteren.",
            &[],
        ),
        ("Italië gaf uitvoering aan het besluit van de Raad.", &[]),
        ("De Commissie geeft gehoor aan de oproep van de Raad.", &[]),
        // `aan` before the noun is the verb's: Poland says something about the `invulling`.
        (
            "Polen gaf aan dat de invulling van het plan te vaag is.",
            &[("country:pl", "gaf aan", Stance::Neutral)],
        ),
    ]);
}

#[test]
fn stelde_voor_with_a_phrase_after_its_particle() {
    // Before, `stelde een ontwerp van conclusies voor over …` showed the verb `stelde`: `voor`
    // counted only at the clause's end; `stelden voor het toezicht … te versterken` too.
    statement_rows::check(&[
        (
            "Het voorzitterschap stelde een ontwerp van conclusies voor over de voorbereiding \
             van de conferentie.",
            &[("role:presidency", "stelde voor", Stance::Neutral)],
        ),
        (
            "Ierland stelde voor het Europese toezicht op beurzen stapsgewijs te versterken.",
            &[("country:ie", "stelde voor", Stance::Neutral)],
        ),
        // `voor` before a noun phrase is a preposition.
        (
            "Frankrijk stelde de Raad voor de keuze tussen twee opties.",
            &[("country:fr", "stelde", Stance::Neutral)],
        ),
    ]);
}

/// A Dutch report's body that names a Council and a few member states, so that the text reads
/// as Dutch.
const DUTCH_BODY: &str = "Verslag van de Energieraad\n\n1. Netten\n\nDe Raad besprak het \
                          voorstel van de Commissie over de netten en de lidstaten wisselden van \
                          gedachten over de stand van zaken.\n\n";

#[test]
fn ik_with_aldus_is_the_one_named_after_it() {
    // Before, `Ik vraag de Raad om …, aldus de Spaanse minister.` was a statement of the
    // Council, the object after the verb taken for its subject.
    let text = format!(
        "{DUTCH_BODY}Ik vraag de Raad om deze ervaringen te delen, aldus de Spaanse minister.\n"
    );
    assert_eq!(
        statement_rows::statements_quoting(&text, "Ik vraag"),
        ["role:es-minister vraag Neutral"]
    );
    // Without `aldus`, the object after `Ik vraag` is still not the subject.
    let text = format!("{DUTCH_BODY}Ik vraag de Raad om deze ervaringen te delen.\n");
    assert!(statement_rows::statements_quoting(&text, "Ik vraag").is_empty());
    // `aldus` must close the sentence: a clause after the name leaves it the object's.
    let text = format!(
        "{DUTCH_BODY}Ik vraag de Raad om steun, aldus de Spaanse minister, want het is \
         dringend.\n"
    );
    assert!(statement_rows::statements_quoting(&text, "Ik vraag").is_empty());
}

#[test]
fn de_minister_of_a_dutch_report_is_the_dutch_minister() {
    // Before, `De minister pleitte voor …` in a report that names the Dutch minister's office
    // was the French minister named before with her portfolio.
    let head = "Verslag van de Energieraad\nDelegatie NL: minister van Klimaat en Groene Groei\n\n\
                1. Netten\n\nDe Franse minister voor Energie, Hélène Marchetti, wees op de \
                afhankelijkheid van kernbrandstof. De minister pleitte voor snellere \
                vergunningverlening.\n";
    assert_eq!(
        statement_rows::statements_quoting(head, "De minister pleitte"),
        ["role:nl-minister-van-klimaat-en-groene-groei pleitte Support"]
    );
    // Without a Dutch office named, the one minister named is `de minister`.
    let text = head.replace("Delegatie NL: minister van Klimaat en Groene Groei\n", "");
    assert_eq!(
        statement_rows::statements_quoting(&text, "De minister pleitte"),
        ["person:helene-marchetti pleitte Support"]
    );
}

#[test]
fn a_later_page_number_with_its_count_is_furniture_alone() {
    // Before, a lone `Pagina 4 van 5` that `pdftotext` kept was a section, and the heading
    // after it its child.
    let text = "Verslag van de Raad\n\n1. Eerste punt\n\nDe Raad besprak het voorstel.\n\n\
                Pagina 4 van 5\n\n2. Tweede punt\n\nDe Raad besprak het andere voorstel.\n";
    let r = analyze(text);
    assert_eq!(titles(&r), ["Eerste punt", "Tweede punt"]);
    assert!(r.diagnostics.iter().any(|d| d.code == "page-furniture"));
    // The first page's `Pagina 1 van 2` alone proves nothing: it stays in the text.
    let text = text.replace("Pagina 4 van 5", "Pagina 1 van 2");
    let r = analyze(&text);
    assert!(r.diagnostics.iter().all(|d| d.code != "page-furniture"));
}

#[test]
fn a_part_title_over_numbered_items_beside_one_over_titles() {
    // Before, `Ecofinraad` right above `1. …` was a child of `Eurogroep`, the part before it.
    let text = "Verslag van de Eurogroep en Ecofinraad\n\nHierbij stuur ik u het verslag van \
                beide vergaderingen.\n\nEurogroep\n\nBegrotingsplannen\nDe \
                Eurogroep besprak de plannen.\n\nDigitale euro\nDe Eurogroep sprak over de \
                euro.\n\nEcofinraad\n\n1. Kapitaalvereisten\nDe Raad bereikte een akkoord.\n\n\
                2. Eigen middelen\nDe Raad sprak over de middelen.\n";
    expect![[r#"
        0 [-] Eurogroep
          1 [-] Begrotingsplannen
          2 [-] Digitale euro
        3 [-] Ecofinraad
          4 [1] Kapitaalvereisten
          5 [2] Eigen middelen
    "#]]
    .assert_eq(&outline_text::outline_text(&analyze(text)));
    // Without a part over unnumbered titles before it, a heading over numbered items stays
    // what it was.
    let text = "Verslag van de Ecofinraad\n\nInleiding\nDe Raad kwam bijeen.\n\nEcofinraad\n\n\
                1. Kapitaalvereisten\nDe Raad bereikte een akkoord.\n\n2. Eigen middelen\nDe \
                Raad sprak over de middelen.\n";
    expect![[r#"
        0 [-] Inleiding
        1 [-] Ecofinraad
          2 [1] Kapitaalvereisten
          3 [2] Eigen middelen
    "#]]
    .assert_eq(&outline_text::outline_text(&analyze(text)));
}

#[test]
fn eurogroepvoorzitter_is_a_title() {
    // Before, `Eurogroepvoorzitter Nikos Andreou` was a person of that name, without a role.
    let text = format!(
        "{DUTCH_BODY}Eurogroepvoorzitter Nikos Andreou concludeerde dat de plannen in lijn zijn.\n"
    );
    expect![[r#"
        Nikos Andreou | Eurogroepvoorzitter | org:eurogroup
    "#]]
    .assert_eq(&actor_rows::people(&analyze(&text)));
}

#[test]
fn the_ecofin_letters_outline_and_metadata() {
    let r = fixture(ECOFIN);
    expect![[r#"
        0 [-] Eurogroep
          1 [-] Ontwerpbegrotingsplannen 2027
          2 [-] Digitale euro
          3 [-] Eurogroep in inclusieve samenstelling: kapitaalmarktunie
        4 [-] Ecofinraad
          5 [1] Kapitaalvereisten voor banken (CRR3)
          6 [2] Eigen middelen
          7 [3] Economische en financiële gevolgen van de oorlog in Oekraïne
          8 [4] Diversen
            9 [a] Voorbereiding van de G20
            10 [b] Werkprogramma van het inkomende voorzitterschap
          11 [-] Overige zaken
    "#]]
    .assert_eq(&outline_text::outline_text(&r));
    expect![[r#"LetterWithMeetingReport | Some("Verslag van de Eurogroep en Ecofinraad van 12 en 13 november 2026") | Some("2026-11-18") | ["2026-11-12", "2026-11-13"] | Some("Brussel")"#]].assert_eq(&metadata_rows::head(&r));
}

#[test]
fn the_ecofin_letters_actors_and_statements() {
    let r = fixture(ECOFIN);
    expect![[r#"
        E.J. Brandsma | minister van Financiën | country:nl
        Klaus Reinholt | directeur van het Europees Stabiliteitsmechanisme (ESM) | org:esm
        Mara Köhler | ECB-directielid | org:ecb
        Nikos Andreou | Eurogroepvoorzitter | org:eurogroup
        Oleksandr Hrytsenko | minister van Financiën | country:ua
        Valdis Ozols | Eurocommissaris voor Economie en Productiviteit | org:european-commission
    "#]]
    .assert_eq(&actor_rows::people(&r));
    expect![[r#"
        org:eurogroup besprak Neutral
        person:valdis-ozols lichtte toe Neutral
        person:nikos-andreou concludeerde Neutral
        country:nl heeft zich ingezet Support
        country:fr wezen op Neutral
        country:it wezen op Neutral
        country:de liet weten Support
        org:eurogroup sprak over Neutral
        person:mara-kohler gaf toelichting Neutral
        person:mara-kohler gaf aan Neutral
        person:e-j-brandsma heb benadrukt Neutral
        country:at uitten Reservation
        country:sk uitten Reservation
        org:eurogroup sprak over Neutral
        person:klaus-reinholt presenteerde Neutral
        country:lu stelden voor Neutral
        country:ie stelden voor Neutral
        country:nl steunde Support
        role:presidency presenteerde Neutral
        country:nl kon instemmen Support
        country:se stemde tegen Oppose
        country:se volgens Neutral
        org:council sprak over Neutral
        org:european-commission riep op Neutral
        country:nl is voorstander Oppose
        country:dk sloten aan Support
        country:se sloten aan Support
        country:at sloten aan Support
        country:es pleitte Support
        person:oleksandr-hrytsenko vroeg Neutral
        org:european-commission informeerde Neutral
        country:hu verklaarde Oppose
        org:european-commission informeerden Neutral
        role:presidency informeerden Neutral
        role:incoming-presidency presenteerde Neutral
        role:presidency dankte Neutral
    "#]]
    .assert_eq(&statement_rows::all_rows(&r));
}

#[test]
fn the_answers_outline_and_metadata() {
    let r = fixture(ANSWERS);
    expect![[r#"
        0 [Vraag 1] Bent u bekend met het bericht "Brussel zet deur op kier voor nieuwe derogatie" van 24 september 2026?
        1 [Antwoord 1] 
        2 [Vraag 2] Klopt het dat de Europese Commissie tijdens de Landbouw- en Visserijraad van 22 en 23 september jl. heeft toegezegd een voorstel te doen voor een nieuwe derogatie van de Nitraatrichtlijn? Zo ja, wanneer verwacht u dat voorstel?
        3 [Antwoord 2] 
        4 [Vraag 3] Welke lidstaten steunden het Nederlandse pleidooi om de mestregels te versoepelen?
          5 [-] Welke lidstaten waren tegen?
        6 [Antwoord 3] 
        7 [Vraag 4] Wat is de uitkomst van de bespreking over de beschermde status van de wolf? Heeft Nederland zich ingezet voor een verdere verlaging van de beschermingsstatus?
        8 [Antwoord 4] 
        9 [Vraag 5] Hoe verhoudt de Nederlandse inzet zich tot de motie-Van Campen c.s. (Kamerstuk 21 501-32, nr. 1655) over het regionaal beheer van de wolf?
        10 [Antwoord 5] 
        11 [Vraag 6] Heeft u tijdens de Raad ook gesproken met belangenorganisaties? Zo ja, wat was hun boodschap?
        12 [Antwoord 6] 
        13 [Vraag 7] Kunt u deze vragen beantwoorden voor het commissiedebat Landbouw- en Visserijraad van 20 oktober 2026?
        14 [Antwoord 7] 
    "#]].assert_eq(&outline_text::outline_text(&r));
    expect![[r#"Other | Some("Tweede Kamer der Staten-Generaal                                       2026Z17342") | None | [] | None"#]].assert_eq(&metadata_rows::head(&r));
}

#[test]
fn the_answers_actors_and_statements() {
    let r = fixture(ANSWERS);
    expect![[r#"
        Van Campen | lid | org:vvd
        Van der Wiel | minister van Landbouw, Visserij, Voedselzekerheid en Natuur | country:nl
        Hoekstra-Bakker | lid | org:bbb
        Jonas Vilkas | Eurocommissaris voor Landbouw en Voedsel | org:european-commission
    "#]]
    .assert_eq(&actor_rows::people(&r));
    expect![[r#"
        person:jonas-vilkas heeft aangegeven Neutral
        person:van-der-wiel heb gepleit Support
        country:dk steunden Support
        country:be steunden Support
        country:ie steunden Support
        collective:member-states sprak uit Support
        country:de waren terughoudend Reservation
        country:at waren terughoudend Reservation
        country:de wezen op Neutral
        country:at wezen op Neutral
        country:nl heeft zich ingezet Support
        country:se riepen op Support
        country:fi riepen op Support
        country:lu waren tegen Oppose
        country:si waren tegen Oppose
        role:presidency concludeerde Neutral
        person:van-der-wiel heb gevraagd Neutral
        org:european-commission zegde toe Neutral
        org:lto-nederland vroeg Neutral
        org:copa-cogeca pleitte Support
    "#]]
    .assert_eq(&statement_rows::all_rows(&r));
}

#[test]
fn the_energy_reports_outline_and_metadata() {
    let r = fixture(ENERGY);
    expect![[r#"
        0 [-] Verslag Energieraad 16 juni 2026 (Luxemburg)
          1 [-] Kernpunten
            2 [1] Herziening van de gasopslagverordening
              3 [-] Stand van zaken
              4 [-] Vervolg
            5 [2] Routekaart uitfasering Russische energie
              6 [-] Stand van zaken
              7 [-] Vervolg
            8 [3] Netcongestie en investeringen in elektriciteitsnetten
              9 [-] Stand van zaken
              10 [-] Vervolg
            11 [4] Diversen
              12 [a] Werkprogramma van het inkomende voorzitterschap
              13 [b] Energiezekerheid komende winter
          14 [-] Contactpersonen
          15 [-] Gerelateerde pagina's
          16 [-] Geannoteerde agenda Energieraad 16 juni 2026
            17 [-] Instructie Energieraad juni 2026
        18 [-] Verslag Energieraad 3 maart 2026
          19 [-] Opmerkingen
          20 [-] Nuttig? Ja Nee
    "#]]
    .assert_eq(&outline_text::outline_text(&r));
    expect![[r#"MeetingReport | Some("Verslag Energieraad 16 juni 2026 (Luxemburg)") | Some("2026-06-16") | ["2026-03-03", "2026-06-16"] | None"#]].assert_eq(&metadata_rows::head(&r));
}

#[test]
fn the_energy_reports_actors_and_statements() {
    let r = fixture(ENERGY);
    expect![[r#"
        Andreas Christodoulou | - | -
        Florian Haberland | staatssecretaris voor Energie | country:de
        Hélène Marchetti | minister voor Energie | country:fr
        Lars Mikkelsen | Eurocommissaris voor Energie en Huisvesting | org:european-commission
    "#]]
    .assert_eq(&actor_rows::people(&r));
    expect![[r#"
        org:council | Raad van de Europese Unie | - | 9
        role:presidency | Voorzitterschap | country:cy | 4
        org:entsog | Europees Netwerk van Transmissiesysteembeheerders voor Gas | - | 3
        org:eu | Europese Unie | - | 2
        org:european-commission | Europese Commissie | - | 2
        role:incoming-presidency | inkomend voorzitterschap | country:ie | 2
        collective:baltic-states | Baltische staten | - | 1
        collective:most-member-states | de meeste lidstaten | - | 1
        org:european-parliament | Europees Parlement | - | 1
        org:nl-min-kgg | ministerie van Klimaat en Groene Groei | country:nl | 1
        role:chair | voorzitter | - | 1
        role:cy-minister-van-energie-handel-en-industrie | minister van Energie, Handel en Industrie van Cyprus | country:cy | 1
        role:es-minister | Spaanse minister | country:es | 1
        role:nl-minister-van-klimaat-en-groene-groei-delegatieleider | minister van Klimaat en Groene Groei (delegatieleider) | country:nl | 1
    "#]].assert_eq(&actor_rows::rows_of(&r, &["role:", "org:", "collective:"]));
    expect![[r#"
        country:nl kon instemmen Support
        country:sk onthielden zich Reservation
        country:hu onthielden zich Reservation
        person:lars-mikkelsen presenteerde Neutral
        org:european-commission Volgens Neutral
        person:helene-marchetti wees op Neutral
        person:helene-marchetti vroeg Neutral
        country:hu waren tegen Oppose
        country:sk waren tegen Oppose
        role:nl-minister-van-klimaat-en-groene-groei-delegatieleider heeft benadrukt Neutral
        country:pl steunden Support
        collective:baltic-states steunden Support
        role:nl-minister-van-klimaat-en-groene-groei-delegatieleider pleitte Support
        collective:most-member-states steunde Support
        person:florian-haberland sprak uit Support
        role:es-minister vraag Neutral
        role:incoming-presidency presenteerde Neutral
        org:entsog gaf Neutral
        org:entsog volgens Neutral
    "#]]
    .assert_eq(&statement_rows::all_rows(&r));
}
