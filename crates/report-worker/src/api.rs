//! What the JavaScript `analyze(textOrBytes, options)` returns, built in the worker.
//!
//! The result is the documented JSON schema (`docs/schema.md`) as JSON text, so that `JSON.parse`
//! of it deep-equals `JSON.parse` of the CLI's `--format json` output, plus one addition: every
//! range object (`{start, end}`, e.g. a section's `range` and `heading`, a mention's `range`)
//! also carries `start16`/`end16`, the same range in UTF-16 code units, because JavaScript
//! strings (and the DOM) count in those and a byte offset cannot slice them. The conversion
//! happens here, at the JavaScript boundary, and never in the core.

use report_core::{ActorEntry, ActorList, Language, Report};
use serde::Deserialize;
use serde_json::Value;

/// Options of the JavaScript `analyze()`, as the caller passes them.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default, rename_all = "camelCase", deny_unknown_fields)]
pub struct AnalyzeOptions {
    /// The caller's own actors: an actor list (`{actors: [...]}`) or just its array of entries.
    pub actors: Option<ActorsOption>,
    /// The language of the text when the caller knows it; replaces `metadata.language`.
    pub language: Option<Language>,
    /// A file name to record in `source.name`, as the CLI records the name of the file it read.
    pub file_name: Option<String>,
}

/// The two shapes accepted for [`AnalyzeOptions::actors`].
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(untagged)]
pub enum ActorsOption {
    /// `{ actors: [...] }`, the format of an actor list file.
    List(ActorList),
    /// `[...]`, the entries alone.
    Entries(Vec<ActorEntry>),
}

impl AnalyzeOptions {
    /// The core's configuration for these options.
    pub fn into_config(self) -> report_core::Config {
        report_core::Config {
            file_name: self.file_name,
            actors: self.actors.map(|a| match a {
                ActorsOption::List(list) => list,
                ActorsOption::Entries(actors) => ActorList { actors },
            }),
        }
    }
}

/// The option names [`AnalyzeOptions`] accepts, as JavaScript spells them.
const OPTION_NAMES: [&str; 3] = ["actors", "language", "fileName"];

/// Refuses option names that [`AnalyzeOptions`] does not know, to catch typos.
pub fn check_option_names(keys: &[String]) -> Result<(), String> {
    match keys.iter().find(|k| !OPTION_NAMES.contains(&k.as_str())) {
        Some(unknown) => Err(format!(
            "invalid options: unknown field `{unknown}`, expected one of {}",
            OPTION_NAMES.map(|n| format!("`{n}`")).join(", ")
        )),
        None => Ok(()),
    }
}

/// Analyses `bytes` and returns the report as JSON with the UTF-16 ranges added: everything
/// `analyze()` does apart from crossing into JavaScript, so it can be tested natively.
pub fn analyze_to_value(bytes: &[u8], options: AnalyzeOptions) -> Result<Value, String> {
    let language = options.language;
    let mut report =
        report_core::analyze(bytes, &options.into_config()).map_err(|e| e.to_string())?;
    if let Some(language) = language {
        report.metadata.language = language;
    }
    Ok(report_to_value(report))
}

/// The report as JSON with `start16`/`end16` beside every `start`/`end`.
pub fn report_to_value(report: Report) -> Value {
    // Serialising needs the text (mentions and statements carry slices of it); the copy it makes
    // is swapped for the report's own, which is moved rather than copied again.
    let mut value = serde_json::to_value(&report).unwrap_or(Value::Null);
    let index = Utf16Index::new(&report.text);
    add_utf16(&mut value, &index);
    if let Value::Object(map) = &mut value {
        map.insert("text".to_string(), Value::String(report.text));
    }
    value
}

/// Adds `start16`/`end16` to every object that is a range: exactly the two keys `start` and `end`,
/// both numbers. Only `Span` has that shape in the model, and new range fields get it for free.
fn add_utf16(value: &mut Value, index: &Utf16Index) {
    match value {
        Value::Object(map) => {
            let range = match (map.get("start"), map.get("end")) {
                (Some(Value::Number(s)), Some(Value::Number(e))) if map.len() == 2 => {
                    s.as_u64().zip(e.as_u64())
                }
                _ => None,
            };
            if let Some((start, end)) = range {
                let start16 = index.utf16(usize::try_from(start).unwrap_or(usize::MAX));
                let end16 = index.utf16(usize::try_from(end).unwrap_or(usize::MAX));
                map.insert("start16".to_string(), start16.into());
                map.insert("end16".to_string(), end16.into());
            } else {
                map.values_mut().for_each(|v| add_utf16(v, index));
            }
        }
        Value::Array(items) => items.iter_mut().for_each(|v| add_utf16(v, index)),
        _ => {}
    }
}

/// Byte offset → UTF-16 offset over one text, built in one linear pass.
///
/// It keeps the UTF-16 offset of every 64th byte, so it costs an eighth of the text's size (a
/// sixteenth on wasm32) instead of the four or eight times a full table would, and a lookup scans
/// at most 63 bytes.
pub struct Utf16Index<'a> {
    bytes: &'a [u8],
    checkpoints: Vec<usize>,
}

const STRIDE: usize = 64;

/// UTF-16 units contributed by the characters that start in `bytes`: one per lead byte, two for
/// the four-byte sequences that become surrogate pairs.
fn units(bytes: &[u8]) -> usize {
    bytes
        .iter()
        .map(|&b| usize::from(b & 0xC0 != 0x80) + usize::from(b >= 0xF0))
        .sum()
}

impl<'a> Utf16Index<'a> {
    /// Indexes `text`.
    pub fn new(text: &'a str) -> Utf16Index<'a> {
        let bytes = text.as_bytes();
        let mut checkpoints = Vec::with_capacity(bytes.len() / STRIDE + 1);
        let mut total = 0;
        checkpoints.push(0);
        for chunk in bytes.chunks(STRIDE) {
            total += units(chunk);
            checkpoints.push(total);
        }
        Utf16Index { bytes, checkpoints }
    }

    /// The UTF-16 offset of byte offset `byte` (clamped to the end of the text). On a character
    /// boundary this is exact; inside a character it is the offset of the character's end.
    pub fn utf16(&self, byte: usize) -> usize {
        let byte = byte.min(self.bytes.len());
        let block = byte / STRIDE;
        let base = self.checkpoints.get(block).copied().unwrap_or(0);
        base + units(self.bytes.get(block * STRIDE..byte).unwrap_or(&[]))
    }
}

/// `analyze()` from its options as JSON text (`None` for none): the report as JSON text with
/// UTF-16 ranges, or a message for a JavaScript `Error`.
pub fn analyze_json(bytes: &[u8], options: Option<&str>) -> Result<String, String> {
    let options = match options {
        None => AnalyzeOptions::default(),
        Some(json) => {
            let value: Value =
                serde_json::from_str(json).map_err(|e| format!("invalid options: {e}"))?;
            if let Value::Object(map) = &value {
                check_option_names(&map.keys().cloned().collect::<Vec<_>>())?;
            }
            serde_json::from_value(value).map_err(|e| format!("invalid options: {e}"))?
        }
    };
    let value = analyze_to_value(bytes, options)?;
    serde_json::to_string(&value).map_err(|e| format!("cannot write the report: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf16_offsets_match_a_char_by_char_count() {
        let long = "Oekraïne ".repeat(20);
        let texts = [
            "",
            "abc",
            "Oekraïne en België",
            "emoji 🇳🇱 flag, then “quotes” and ß",
            "line\r\nbreak\rcr",
            long.as_str(),
        ];
        for text in texts {
            let index = Utf16Index::new(text);
            for (byte, _) in text.char_indices().chain([(text.len(), ' ')]) {
                let expected = text[..byte].encode_utf16().count();
                assert_eq!(index.utf16(byte), expected, "{text:?} at byte {byte}");
            }
            assert_eq!(
                index.utf16(text.len() + 10),
                text.encode_utf16().count(),
                "past the end clamps"
            );
        }
    }

    #[test]
    fn every_range_gets_utf16_offsets_and_slices_the_same_text() {
        let text = "I. Oekraïne\n\n1. Steun aan Moldavië\n\nDe Raad besprak de steun. 🇪🇺\n\n2. Coördinatie\n\nDe lidstaten stemden in.\n";
        let value = analyze_to_value(text.as_bytes(), AnalyzeOptions::default()).unwrap();
        let repaired = value["text"].as_str().unwrap();
        let utf16: Vec<u16> = repaired.encode_utf16().collect();
        let mut ranges = 0;
        fn walk(v: &Value, f: &mut dyn FnMut(&serde_json::Map<String, Value>)) {
            match v {
                Value::Object(m) => {
                    if m.contains_key("start16") {
                        f(m);
                    }
                    m.values().for_each(|v| walk(v, f));
                }
                Value::Array(a) => a.iter().for_each(|v| walk(v, f)),
                _ => {}
            }
        }
        walk(&value, &mut |m| {
            let get = |k: &str| m[k].as_u64().unwrap() as usize;
            let by_bytes = &repaired[get("start")..get("end")];
            let by_units = String::from_utf16(&utf16[get("start16")..get("end16")]).unwrap();
            assert_eq!(by_bytes, by_units);
            ranges += 1;
        });
        assert!(
            ranges >= 4,
            "headings and ranges of at least two sections: {value}"
        );
        let first = &value["outline"][0];
        assert_eq!(first["title"], "Oekraïne");
        assert_eq!(first["heading"]["end16"].as_u64().unwrap() + 1, {
            first["heading"]["end"].as_u64().unwrap()
        });
    }

    #[test]
    fn the_result_is_the_cli_json_apart_from_the_utf16_extras() {
        let text = "I. Binnenlandse Zaken\n\n1. Migratie\n\nNederland stelde dat het kan.\n";
        let options = AnalyzeOptions {
            file_name: Some("verslag.txt".into()),
            ..Default::default()
        };
        let mut ours = analyze_to_value(text.as_bytes(), options).unwrap();
        fn strip(v: &mut Value) {
            match v {
                Value::Object(m) => {
                    m.remove("start16");
                    m.remove("end16");
                    m.values_mut().for_each(strip);
                }
                Value::Array(a) => a.iter_mut().for_each(strip),
                _ => {}
            }
        }
        strip(&mut ours);
        let config = report_core::Config {
            file_name: Some("verslag.txt".into()),
            ..Default::default()
        };
        let cli =
            serde_json::to_value(report_core::analyze(text.as_bytes(), &config).unwrap()).unwrap();
        assert_eq!(ours, cli);
        assert_eq!(ours["source"]["name"], "verslag.txt");
    }

    #[test]
    fn json_options_are_checked_like_the_object_ones() {
        let json = analyze_json(
            b"Nederland stelde dat het kan.\n",
            Some(r#"{"language":"en"}"#),
        )
        .unwrap();
        let value: Value = serde_json::from_str(&json).unwrap();
        assert_eq!(value["metadata"]["language"], "en");
        assert_eq!(value["statements"][0]["actor"], "country:nl");
        assert_eq!(
            analyze_json(b"x", Some(r#"{"langauge":"en"}"#)).unwrap_err(),
            "invalid options: unknown field `langauge`, expected one of `actors`, `language`, `fileName`"
        );
        assert!(analyze_json(b"x", Some("{"))
            .unwrap_err()
            .starts_with("invalid options"));
    }

    #[test]
    fn binary_input_fails_with_the_core_message() {
        let err = analyze_to_value(b"\x89PNG\0\0\x01", AnalyzeOptions::default()).unwrap_err();
        assert_eq!(err, "this looks like a binary file: NUL byte at offset 4");
    }

    #[test]
    fn options_accept_a_list_or_its_entries_and_refuse_typos() {
        let list: AnalyzeOptions = serde_json::from_str(
            r#"{"actors":{"actors":[{"id":"org:raad","name":"Raad","kind":"organization"}]},"language":"nl","fileName":"a.txt"}"#,
        )
        .unwrap();
        let entries: AnalyzeOptions = serde_json::from_str(
            r#"{"actors":[{"id":"org:raad","name":"Raad","kind":"organization"}],"language":"nl","fileName":"a.txt"}"#,
        )
        .unwrap();
        assert_eq!(
            list.clone().into_config().actors,
            entries.into_config().actors
        );
        assert_eq!(list.language, Some(Language::Nl));
        assert!(serde_json::from_str::<AnalyzeOptions>(r#"{"actor":[]}"#).is_err());
        let names =
            |k: &[&str]| check_option_names(&k.iter().map(|s| s.to_string()).collect::<Vec<_>>());
        assert_eq!(names(&["actors", "language", "fileName"]), Ok(()));
        assert_eq!(
            names(&["language", "actor"]),
            Err("invalid options: unknown field `actor`, expected one of `actors`, `language`, `fileName`".into())
        );
        let value = analyze_to_value(b"Tekst.\n", list).unwrap();
        assert_eq!(value["metadata"]["language"], "nl");
        assert_eq!(value["source"]["name"], "a.txt");
    }
}
