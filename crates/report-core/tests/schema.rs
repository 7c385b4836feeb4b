//! `docs/report.schema.json` and `docs/schema.md` describe the JSON that `analyze` writes: real
//! analyses validate against the schema, a report with every field filled in validates and uses
//! exactly the schema's field names, and the prose documents every field.

use report_core::{analyze, ActorKind, Config, DocumentKind, Language, Report, Severity, Stance};
use serde_json::{json, Value};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn schema() -> Value {
    let path = repo().join("docs/report.schema.json");
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    serde_json::from_str(&text).expect("the schema is JSON")
}

fn validate(instance: &Value) -> Result<(), String> {
    let schema = schema();
    let validator = jsonschema::draft202012::new(&schema).expect("the schema compiles");
    let errors: Vec<String> = validator
        .iter_errors(instance)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    if errors.is_empty() {
        Ok(())
    } else {
        Err(errors.join("\n"))
    }
}

fn fixture() -> Vec<u8> {
    let path = repo().join("../shared/fixtures/jbz-raad-2022-07-verslag.txt");
    std::fs::read(&path).unwrap_or_else(|e| {
        panic!(
            "the shared fixture is missing ({}): {e}; shared/ must sit beside the repository",
            path.display()
        )
    })
}

#[test]
fn the_schema_is_a_valid_2020_12_schema() {
    assert!(jsonschema::meta::is_valid(&schema()));
}

#[test]
fn real_analyses_validate() {
    let inputs: Vec<(&str, Vec<u8>)> = vec![
        ("shared fixture", fixture()),
        ("empty", Vec::new()),
        (
            "english outcome",
            b"OUTCOME OF THE COUNCIL MEETING\n\n1. Migration\n\nThe Council held a debate. Germany called for swift action.\n\n2. AOB\n\nThe Presidency informed ministers.\n".to_vec(),
        ),
        ("invalid utf-8", b"Raad \xff besloot\n".to_vec()),
    ];
    for (name, bytes) in inputs {
        let report = analyze(&bytes, &Config::default()).unwrap();
        let value = serde_json::to_value(&report).unwrap();
        if let Err(errors) = validate(&value) {
            panic!("{name}: the output does not match the schema:\n{errors}");
        }
    }
}

/// Every enum variant, spelt as the JSON spells it. The `match` is exhaustive on purpose: if it
/// stops compiling, a variant was added to the model: add it to docs/report.schema.json and
/// docs/schema.md, bump the minor SCHEMA_VERSION, and list it here.
fn variants() -> Vec<(&'static str, Vec<Value>)> {
    fn names<T: serde::Serialize>(all: &[T]) -> Vec<Value> {
        all.iter()
            .map(|v| serde_json::to_value(v).unwrap())
            .collect()
    }
    let kinds = [
        DocumentKind::LetterWithMeetingReport,
        DocumentKind::Letter,
        DocumentKind::MeetingReport,
        DocumentKind::AnnualReport,
        DocumentKind::LetterWithAgenda,
        DocumentKind::Agenda,
        DocumentKind::Other,
    ];
    let languages = [Language::Nl, Language::En, Language::Unknown];
    let actor_kinds = [
        ActorKind::Person,
        ActorKind::Country,
        ActorKind::Organization,
        ActorKind::Collective,
        ActorKind::Role,
    ];
    let stances = [
        Stance::Support,
        Stance::Oppose,
        Stance::Reservation,
        Stance::Neutral,
    ];
    let severities = [Severity::Info, Severity::Warning];
    for kind in kinds {
        match kind {
            DocumentKind::LetterWithMeetingReport
            | DocumentKind::Letter
            | DocumentKind::MeetingReport
            | DocumentKind::AnnualReport
            | DocumentKind::LetterWithAgenda
            | DocumentKind::Agenda
            | DocumentKind::Other => {}
        }
    }
    for language in languages {
        match language {
            Language::Nl | Language::En | Language::Unknown => {}
        }
    }
    for kind in actor_kinds {
        match kind {
            ActorKind::Person
            | ActorKind::Country
            | ActorKind::Organization
            | ActorKind::Collective
            | ActorKind::Role => {}
        }
    }
    for stance in stances {
        match stance {
            Stance::Support | Stance::Oppose | Stance::Reservation | Stance::Neutral => {}
        }
    }
    for severity in severities {
        match severity {
            Severity::Info | Severity::Warning => {}
        }
    }
    vec![
        ("DocumentKind", names(&kinds)),
        ("Language", names(&languages)),
        ("ActorKind", names(&actor_kinds)),
        ("Stance", names(&stances)),
        ("Severity", names(&severities)),
    ]
}

#[test]
fn schema_enums_are_the_model_enums() {
    let schema = schema();
    for (name, values) in variants() {
        let listed = schema["$defs"][name]["enum"]
            .as_array()
            .unwrap_or_else(|| panic!("$defs/{name}/enum missing"));
        assert_eq!(listed, &values, "$defs/{name}/enum");
    }
}

/// A report with every optional field present and every list non-empty, written by hand (no
/// fixture text), read into the model and written out again.
fn full_report() -> Value {
    let text = "I. Raad\n\nDe Raad besprak het voorstel. Nederland steunde het.";
    let json = json!({
        "schema_version": "1.0",
        "source": { "name": "verslag.txt", "bytes": text.len(), "encoding": "UTF-8" },
        "metadata": {
            "kind": "letter_with_meeting_report",
            "language": "nl",
            "title": "Verslag van de Raad",
            "letter_date": "2024-01-15",
            "meeting_dates": ["2024-01-10", "2024-01-11"],
            "place": "Brussel",
            "reference": { "dossier": "12 345", "number": "67", "title": "Raad" },
            "session_year": "2023–2024",
            "addressee": "De Voorzitter van de Tweede Kamer",
            "signatories": [{ "role": "De Minister", "name": null }]
        },
        "outline": [{
            "id": 0, "level": 1, "number": "I", "title": "Raad",
            "heading": { "start": 0, "end": 7 },
            "range": { "start": 0, "end": text.len() },
            "children": [{
                "id": 1, "level": 2, "number": null, "title": "Voorstel",
                "heading": { "start": 9, "end": 16 },
                "range": { "start": 9, "end": text.len() },
                "children": []
            }]
        }],
        "actors": [{
            "id": "country:nl", "name": "Nederland", "kind": "country",
            "aliases": ["NL"], "role": "lidstaat", "affiliation": "org:eu",
            "mentions": [{ "range": { "start": 40, "end": 49 }, "text": "Nederland", "section": 1 }]
        }],
        "statements": [{
            "actor": "country:nl", "verb": "steunde", "text": "Nederland steunde het.",
            "range": { "start": 40, "end": text.len() }, "section": 1, "stance": "support"
        }],
        "diagnostics": [{ "severity": "info", "code": "example", "message": "An example." }],
        "text": text
    });
    let report: Report = serde_json::from_value(json).expect("the model reads the full report");
    serde_json::to_value(&report).unwrap()
}

#[test]
fn a_report_with_every_field_validates() {
    if let Err(errors) = validate(&full_report()) {
        panic!("{errors}");
    }
}

#[test]
fn the_schema_rejects_what_the_model_never_writes() {
    let mut extra = full_report();
    extra["metadata"]["colour"] = json!("blue");
    let mut missing = full_report();
    missing.as_object_mut().unwrap().remove("text");
    let mut bad_enum = full_report();
    bad_enum["actors"][0]["kind"] = json!("planet");
    let mut negative = full_report();
    negative["outline"][0]["range"]["start"] = json!(-1);
    let mut major = full_report();
    major["schema_version"] = json!("2.0");
    for (name, value) in [
        ("unknown field", extra),
        ("missing field", missing),
        ("unknown enum value", bad_enum),
        ("negative offset", negative),
        ("another major version", major),
    ] {
        assert!(validate(&value).is_err(), "{name} was accepted");
    }
}

/// Field names used in the JSON, found by walking a value.
fn keys_of(value: &Value, out: &mut BTreeSet<String>) {
    match value {
        Value::Object(map) => {
            for (key, value) in map {
                out.insert(key.clone());
                keys_of(value, out);
            }
        }
        Value::Array(items) => items.iter().for_each(|v| keys_of(v, out)),
        _ => {}
    }
}

/// Property names declared in the schema.
fn schema_properties(value: &Value, out: &mut BTreeSet<String>) {
    match value {
        Value::Object(map) => {
            if let Some(Value::Object(properties)) = map.get("properties") {
                out.extend(properties.keys().cloned());
            }
            map.values().for_each(|v| schema_properties(v, out));
        }
        Value::Array(items) => items.iter().for_each(|v| schema_properties(v, out)),
        _ => {}
    }
}

#[test]
fn model_fields_and_schema_properties_are_the_same_set() {
    let mut model = BTreeSet::new();
    keys_of(&full_report(), &mut model);
    let mut schema_names = BTreeSet::new();
    schema_properties(&schema(), &mut schema_names);
    let undocumented: Vec<_> = model.difference(&schema_names).collect();
    let stale: Vec<_> = schema_names.difference(&model).collect();
    assert!(
        undocumented.is_empty() && stale.is_empty(),
        "fields in the model but not the schema: {undocumented:?}; in the schema but not the model: {stale:?} \
         (when adding a field, also add it to full_report() in this test)"
    );
}

#[test]
fn schema_md_documents_every_field() {
    let path = repo().join("docs/schema.md");
    let doc = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    let mut names = BTreeSet::new();
    schema_properties(&schema(), &mut names);
    let missing: Vec<_> = names
        .iter()
        .filter(|name| !doc.contains(&format!("`{name}`")))
        .collect();
    assert!(
        missing.is_empty(),
        "docs/schema.md does not mention {missing:?}"
    );
    assert!(
        doc.contains(&format!(
            "\"schema_version\": \"{}\"",
            report_core::SCHEMA_VERSION
        )),
        "the example in docs/schema.md should carry the current schema version"
    );
}

#[test]
fn kind_names_are_the_json_names() {
    use ActorKind::*;
    for kind in [Person, Country, Organization, Collective, Role] {
        assert_eq!(serde_json::to_value(kind).unwrap(), kind.name());
    }
}
