//! The gazetteer: names, adjectives, word boundaries and case.

use report_core::{actors_and_statements, Actor};

fn actors(text: &str) -> Vec<Actor> {
    actors_and_statements(text, None).0
}

/// The mention texts found for `id`.
fn mentions(text: &str, id: &str) -> Vec<String> {
    actors(text)
        .into_iter()
        .find(|a| a.id == id)
        .map(|a| {
            a.mentions
                .iter()
                .map(|m| text[m.range.start..m.range.end].to_string())
                .collect()
        })
        .unwrap_or_default()
}

#[test]
fn names_and_adjectives_in_both_languages() {
    let table: &[(&str, &str, &[&str])] = &[
        (
            "Tsjechië en de Tsjechische regering.",
            "country:cz",
            &["Tsjechië", "Tsjechische"],
        ),
        (
            "The Hungarian Presidency and Hungary.",
            "country:hu",
            &["Hungarian", "Hungary"],
        ),
        ("Het Nederlandse standpunt.", "country:nl", &["Nederlandse"]),
        (
            "The Internal Audit Service (IAS) found no issue; the IAS recommended a review.",
            "org:ias",
            &["Internal Audit Service", "IAS", "IAS"],
        ),
        (
            "De Dienst Interne Audit wees op risico's.",
            "org:ias",
            &["Dienst Interne Audit"],
        ),
        (
            "Het Portugees Voorzitterschap.",
            "country:pt",
            &["Portugees"],
        ),
        (
            "De Oekraïense minister en Ukraine.",
            "country:ua",
            &["Oekraïense", "Ukraine"],
        ),
        ("Russische aanvallen.", "country:ru", &["Russische"]),
        ("De VS en het VK.", "country:us", &["VS"]),
        (
            "Westelijke Balkan: Servië, Albanië.",
            "country:rs",
            &["Servië"],
        ),
        (
            "de Europese Commissie en de Commissie",
            "org:european-commission",
            &["Europese Commissie", "Commissie"],
        ),
        (
            "the European Commission and the Commission",
            "org:european-commission",
            &["European Commission", "Commission"],
        ),
        (
            "het Europees parlement en het Europees Parlement",
            "org:european-parliament",
            &["Europees parlement", "Europees Parlement"],
        ),
        (
            "Het EU asielagentschap (EUAA)",
            "org:euaa",
            &["EU asielagentschap", "EUAA"],
        ),
        (
            "het grondrechtenagentschap (FRA)",
            "org:fra",
            &["grondrechtenagentschap", "FRA"],
        ),
        ("De EDEO en de EEAS", "org:eeas", &["EDEO", "EEAS"]),
        ("het EOM en EPPO", "org:eppo", &["EOM", "EPPO"]),
        ("de NAVO, NATO", "org:nato", &["NAVO", "NATO"]),
        (
            "het Internationaal Strafhof (ICC)",
            "org:icc",
            &["Internationaal Strafhof", "ICC"],
        ),
        (
            "de Raad van Europa",
            "org:council-of-europe",
            &["Raad van Europa"],
        ),
        ("het LIBE-comité", "org:libe", &["LIBE-comité"]),
        (
            "Lidstaten en de lidstaten",
            "collective:member-states",
            &["Lidstaten", "de lidstaten"],
        ),
        (
            "Een groot aantal lidstaten",
            "collective:several-member-states",
            &["Een groot aantal lidstaten"],
        ),
        (
            "several Member States",
            "collective:several-member-states",
            &["several Member States"],
        ),
        (
            "het Voorzitterschap en het voorzitterschap",
            "role:presidency",
            &["Voorzitterschap", "voorzitterschap"],
        ),
        ("eu-LISA en EU-LISA", "org:eu-lisa", &["eu-LISA", "EU-LISA"]),
    ];
    for (text, id, expected) in table {
        assert_eq!(&mentions(text, id), expected, "{text}");
    }
}

#[test]
fn word_boundaries_and_case() {
    let table: &[(&str, &str, usize)] = &[
        // Inside a longer word: no match.
        ("De Raadsconclusies zijn aangenomen.", "org:council", 0),
        ("Het Eurojustmandaat.", "org:eurojust", 0),
        // A capital is required where the data has one: `raad` is advice.
        ("Hij gaf goede raad.", "org:council", 0),
        ("De Raad besloot.", "org:council", 1),
        // Acronyms match exactly: `eu` and `who` are not the EU and the WHO.
        ("who knows what eu means", "org:who", 0),
        ("The WHO said so.", "org:who", 1),
        // A hyphen is a boundary: `EU-recht` mentions the EU.
        ("Het EU-recht geldt.", "org:eu", 1),
        // Unless a longer name claims the compound.
        ("De EU-landen en de JBZ-Raad.", "org:eu", 0),
        (
            "De EU-landen en de JBZ-Raad.",
            "collective:member-states",
            1,
        ),
        ("De EU-landen en de JBZ-Raad.", "org:council", 1),
        // The longest name wins: the European Council is not the Council.
        ("De Europese Raad en de Raad.", "org:european-council", 1),
        ("De Europese Raad en de Raad.", "org:council", 1),
    ];
    for (text, id, count) in table {
        assert_eq!(mentions(text, id).len(), *count, "{id} in {text:?}");
    }
}

#[test]
fn presidency_takes_the_country_of_its_adjective() {
    let text = "Het Tsjechisch Voorzitterschap opende. Het voorzitterschap stelde dat. \
                Onder Portugees Voorzitterschap. Het Tsjechisch voorzitterschap sloot af.";
    let all = actors(text);
    let presidency = all.iter().find(|a| a.id == "role:presidency").unwrap();
    assert_eq!(presidency.affiliation.as_deref(), Some("country:cz"));
    assert_eq!(presidency.mentions.len(), 4);
    let cz = all.iter().find(|a| a.id == "country:cz").unwrap();
    assert_eq!(cz.mentions.len(), 2);
}

#[test]
fn canonical_names_follow_the_document_language() {
    let en = actors("The Commission and the Council met. The European Commission said so.");
    let commission = en
        .iter()
        .find(|a| a.id == "org:european-commission")
        .unwrap();
    assert_eq!(commission.name, "European Commission");
    let nl = actors("De Commissie en de Raad. De Europese Commissie stelde dat.");
    let commission = nl
        .iter()
        .find(|a| a.id == "org:european-commission")
        .unwrap();
    assert_eq!(commission.name, "Europese Commissie");
}

#[test]
fn actors_are_sorted_by_mentions_and_mentions_know_their_section() {
    let text = "I. Binnenlandse Zaken\n\n1. Migratie\n\nNederland stelde dat Nederland en Frontex klaar zijn.\n";
    let report = report_core::analyze(text.as_bytes(), &report_core::Config::default()).unwrap();
    assert_eq!(report.actors[0].id, "country:nl");
    assert_eq!(report.actors[0].mentions.len(), 2);
    let mention = &report.actors[0].mentions[0];
    assert_eq!(
        &report.text[mention.range.start..mention.range.end],
        "Nederland"
    );
    // The innermost section: `1. Migratie` (id 1) inside `I. Binnenlandse Zaken` (id 0).
    assert_eq!(mention.section, Some(1));
}

#[test]
fn no_panic_on_odd_input() {
    for text in [
        "",
        " ",
        ".",
        "Minister",
        "Minister ,",
        "Dhr.",
        "voorzitter van",
        "Raad van (",
        "ü.ä. É",
        "Minister van Justitie, J.",
        "(((",
        "Hij stelde",
    ] {
        let _ = actors_and_statements(text, None);
    }
}

#[test]
fn a_region_or_fixed_phrase_around_an_adjective_names_no_country() {
    let text = "Latin American partners, the Central American states and the American delegation. \
                De Latijns-Amerikaanse landen en de Amerikaanse regering. The Irish Sea and Ireland.";
    assert_eq!(
        mentions(text, "country:us"),
        ["American", "Amerikaanse"],
        "only the plain adjectives name the United States"
    );
    assert_eq!(mentions(text, "country:ie"), ["Ireland"]);
}

#[test]
fn the_dutch_court_of_audit_is_not_the_european_one() {
    let text = "De Algemene Rekenkamer en de Europese Rekenkamer.";
    assert_eq!(
        mentions(text, "org:nl-court-of-audit"),
        ["Algemene Rekenkamer"]
    );
    assert_eq!(
        mentions(text, "org:court-of-auditors"),
        ["Europese Rekenkamer"]
    );
}

#[test]
fn eu_agencies_and_bodies() {
    // (text, id, mentions)
    let table: &[(&str, &str, &[&str])] = &[
        (
            "The European Food Safety Authority (EFSA) will publish an opinion.",
            "org:efsa",
            &["European Food Safety Authority", "EFSA"],
        ),
        (
            "De Europese Autoriteit voor voedselveiligheid en EFSA.",
            "org:efsa",
            &["Europese Autoriteit voor voedselveiligheid", "EFSA"],
        ),
        (
            "The European Union Aviation Safety Agency (EASA) reported.",
            "org:easa",
            &["European Union Aviation Safety Agency", "EASA"],
        ),
        (
            "The European Chemicals Agency and ECHA.",
            "org:echa",
            &["European Chemicals Agency", "ECHA"],
        ),
        (
            "Het Europees Milieuagentschap publiceerde cijfers.",
            "org:eea",
            &["Europees Milieuagentschap"],
        ),
        (
            "De Europese Arbeidsautoriteit (ELA) en de ELA.",
            "org:ela",
            &["Europese Arbeidsautoriteit", "ELA", "ELA"],
        ),
        ("EU-OSHA and Eurofound.", "org:eu-osha", &["EU-OSHA"]),
        ("EU-OSHA and Eurofound.", "org:eurofound", &["Eurofound"]),
        (
            "The European Securities and Markets Authority (ESMA) and the EBA.",
            "org:esma",
            &["European Securities and Markets Authority", "ESMA"],
        ),
        (
            "De Europese Bankautoriteit en de EBA.",
            "org:eba",
            &["Europese Bankautoriteit", "EBA"],
        ),
        (
            "The Single Resolution Board (SRB).",
            "org:srb",
            &["Single Resolution Board", "SRB"],
        ),
        (
            "Het Europees Bureau voor fraudebestrijding (OLAF).",
            "org:olaf",
            &["Europees Bureau voor fraudebestrijding", "OLAF"],
        ),
        (
            "The European Investment Fund (EIF) and the EIB.",
            "org:eif",
            &["European Investment Fund", "EIF"],
        ),
        (
            "The European Union Intellectual Property Office (EUIPO).",
            "org:euipo",
            &["European Union Intellectual Property Office", "EUIPO"],
        ),
        (
            "Het Europees Defensieagentschap (EDA).",
            "org:eda",
            &["Europees Defensieagentschap", "EDA"],
        ),
        (
            "The European GNSS Agency, now EUSPA.",
            "org:euspa",
            &["European GNSS Agency", "EUSPA"],
        ),
        (
            "Fusion for Energy (F4E) signed the contract.",
            "org:f4e",
            &["Fusion for Energy", "F4E"],
        ),
        (
            "Cedefop and the European Training Foundation.",
            "org:etf",
            &["European Training Foundation"],
        ),
        (
            "The Translation Centre for the Bodies of the European Union (CdT).",
            "org:cdt",
            &[
                "Translation Centre for the Bodies of the European Union",
                "CdT",
            ],
        ),
        (
            "The European Union Agency for Law Enforcement Cooperation.",
            "org:europol",
            &["European Union Agency for Law Enforcement Cooperation"],
        ),
        (
            "The European Union Agency for Railways and the ERA.",
            "org:era",
            &["European Union Agency for Railways", "ERA"],
        ),
    ];
    for (text, id, expected) in table {
        assert_eq!(mentions(text, id), *expected, "{text}");
    }
    // Acronyms that are also something else, or words, are not agencies.
    for (text, id) in [
        ("The EEA Agreement covers Norway.", "org:eea"),
        ("An ETF tracks the index.", "org:etf"),
        ("It was a new era for the union.", "org:era"),
        ("The eba of the text.", "org:eba"),
    ] {
        assert!(mentions(text, id).is_empty(), "{text}");
    }
}
