//! How a [`Report`] is written as JSON (the schema in `docs/schema.md`).
//!
//! In memory a mention and a statement hold only their range; the schema gives each its words as
//! `text`. They are sliced from the report's text while writing, so that an analysis makes no
//! copy per mention or statement (in a 10 MB report: a hundred thousand strings, 8 MB of
//! sentences) and the JSON stays what it was.

use crate::model::{Actor, Mention, Report, Statement};
use serde::ser::{SerializeSeq, SerializeStruct, Serializer};
use serde::Serialize;

impl Serialize for Report {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let text = self.text.as_str();
        let mut out = serializer.serialize_struct("Report", 8)?;
        out.serialize_field("schema_version", &self.schema_version)?;
        out.serialize_field("source", &self.source)?;
        out.serialize_field("metadata", &self.metadata)?;
        out.serialize_field("outline", &self.outline)?;
        out.serialize_field("actors", &Each(&self.actors, text))?;
        out.serialize_field("statements", &Each(&self.statements, text))?;
        out.serialize_field("diagnostics", &self.diagnostics)?;
        out.serialize_field("text", text)?;
        out.end()
    }
}

/// Items that are written with the report's text at hand.
struct Each<'a, T>(&'a [T], &'a str);

/// One item written with the report's text at hand.
struct With<'a, T>(&'a T, &'a str);

impl<'a, T> Serialize for Each<'a, T>
where
    With<'a, T>: Serialize,
{
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut seq = serializer.serialize_seq(Some(self.0.len()))?;
        for item in self.0 {
            seq.serialize_element(&With(item, self.1))?;
        }
        seq.end()
    }
}

/// The words of `range` in `text`; a range that is not in the text (a hand-made report) gives "".
fn words(text: &str, range: crate::model::Span) -> &str {
    text.get(range.start..range.end).unwrap_or("")
}

impl Serialize for With<'_, Actor> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let (actor, text) = (self.0, self.1);
        let mut out = serializer.serialize_struct("Actor", 7)?;
        out.serialize_field("id", &actor.id)?;
        out.serialize_field("name", &actor.name)?;
        out.serialize_field("kind", &actor.kind)?;
        out.serialize_field("aliases", &actor.aliases)?;
        out.serialize_field("role", &actor.role)?;
        out.serialize_field("affiliation", &actor.affiliation)?;
        out.serialize_field("mentions", &Each(&actor.mentions, text))?;
        out.end()
    }
}

impl Serialize for With<'_, Mention> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let (mention, text) = (self.0, self.1);
        let mut out = serializer.serialize_struct("Mention", 3)?;
        out.serialize_field("range", &mention.range)?;
        out.serialize_field("text", words(text, mention.range))?;
        out.serialize_field("section", &mention.section)?;
        out.end()
    }
}

impl Serialize for With<'_, Statement> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let (statement, text) = (self.0, self.1);
        let mut out = serializer.serialize_struct("Statement", 6)?;
        out.serialize_field("actor", &statement.actor)?;
        out.serialize_field("verb", &statement.verb)?;
        out.serialize_field("text", words(text, statement.range))?;
        out.serialize_field("range", &statement.range)?;
        out.serialize_field("section", &statement.section)?;
        out.serialize_field("stance", &statement.stance)?;
        out.end()
    }
}

#[cfg(test)]
mod tests {
    use crate::model::{Report, Span};

    #[test]
    fn mentions_and_statements_carry_their_words_in_json() {
        let report = crate::analyze_text(
            "I. Raad\n\nNederland stelde dat het kan. Frankrijk steunde dat.\n",
            &crate::Config::default(),
        );
        let written = serde_json::to_string(&report).unwrap();
        // The fields in the schema's order (serde_json's Value would sort them).
        let at = |key: &str| written.find(&format!("\"{key}\":")).unwrap();
        let order = [
            "schema_version",
            "source",
            "metadata",
            "outline",
            "actors",
            "statements",
            "diagnostics",
        ];
        assert!(order.windows(2).all(|w| at(w[0]) < at(w[1])), "{written}");
        assert!(written.ends_with(&format!("\"text\":{:?}}}", report.text)));
        let json: serde_json::Value = serde_json::from_str(&written).unwrap();
        let nl = json["actors"]
            .as_array()
            .unwrap()
            .iter()
            .find(|a| a["id"] == "country:nl")
            .unwrap();
        assert_eq!(nl["mentions"][0]["text"], "Nederland");
        let said = json["statements"]
            .as_array()
            .unwrap()
            .iter()
            .find(|s| s["actor"] == "country:nl")
            .unwrap();
        assert_eq!(said["text"], "Nederland stelde dat het kan.");
        assert_eq!(said["verb"], "stelde");
        // Back from JSON: the words are dropped again, the ranges kept.
        let back: Report = serde_json::from_value(json).unwrap();
        assert_eq!(back, report);
    }

    #[test]
    fn a_range_outside_the_text_writes_no_words() {
        assert_eq!(super::words("kort", Span::new(2, 99)), "");
    }
}
