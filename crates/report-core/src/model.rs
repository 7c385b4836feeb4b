//! The document model: the serde types that are the JSON schema (see `docs/schema.md`).
//!
//! Every range is a pair of byte offsets into [`Report::text`], the repaired text.

use serde::{Deserialize, Serialize};

/// Version of the JSON schema. Bump the minor number for additions, the major one for changes.
pub const SCHEMA_VERSION: &str = "1.10";

/// A half-open byte range `start..end` in [`Report::text`].
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end`.
    pub fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }
    /// Whether `other` lies inside this span.
    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
    /// Length in bytes.
    pub fn len(&self) -> usize {
        self.end - self.start
    }
    /// Whether the span is empty.
    pub fn is_empty(&self) -> bool {
        self.start >= self.end
    }
}

/// The analysis of one report.
///
/// Its JSON (the schema) carries the words of each mention and the sentence of each statement;
/// in memory they are only ranges into [`Report::text`] (see [`Report::slice`]), which keeps an
/// analysis free of a copy per mention. `Serialize` is written by hand in `report_json` for that.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct Report {
    /// [`SCHEMA_VERSION`] at the time of writing.
    pub schema_version: String,
    /// Where the text came from.
    pub source: Source,
    /// Facts about the document: kind, title, dates, place, reference.
    pub metadata: Metadata,
    /// The sections as a tree, in document order.
    pub outline: Vec<Section>,
    /// Everyone and everything that acts in the report, most mentioned first.
    pub actors: Vec<Actor>,
    /// Who said what, in document order.
    pub statements: Vec<Statement>,
    /// Problems met on the way; never fatal.
    pub diagnostics: Vec<Diagnostic>,
    /// The repaired text (wrapped lines joined, hyphenation and page furniture removed).
    pub text: String,
}

/// Where the text came from.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Source {
    /// File name, when known.
    pub name: Option<String>,
    /// Size of the input in bytes.
    pub bytes: usize,
    /// Detected encoding, e.g. `UTF-8` or `windows-1252`.
    pub encoding: String,
}

/// Facts about the document.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Metadata {
    /// What the document is.
    pub kind: DocumentKind,
    /// Language of the text.
    pub language: Language,
    /// The report's title.
    pub title: Option<String>,
    /// Date of the covering letter, ISO 8601.
    pub letter_date: Option<String>,
    /// Dates of the meeting, ISO 8601.
    pub meeting_dates: Vec<String>,
    /// Where the meeting took place.
    pub place: Option<String>,
    /// Parliamentary reference, e.g. dossier `32 317`, number `771`.
    pub reference: Option<Reference>,
    /// Parliamentary session year, e.g. `2021–2022`.
    pub session_year: Option<String>,
    /// To whom the letter is addressed.
    pub addressee: Option<String>,
    /// Who signed the letter.
    pub signatories: Vec<Signatory>,
}

/// Kind of document.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DocumentKind {
    /// A letter that carries the report of a meeting.
    LetterWithMeetingReport,
    /// A letter.
    Letter,
    /// The report (outcome) of a meeting.
    MeetingReport,
    /// An annual report.
    AnnualReport,
    /// A letter that carries the (annotated) agenda of a coming meeting. Since schema 1.1.
    LetterWithAgenda,
    /// The (annotated) agenda of a coming meeting. Since schema 1.1.
    Agenda,
    /// Anything else.
    #[default]
    Other,
}

/// Language of the text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Language {
    /// Dutch.
    Nl,
    /// English.
    En,
    /// Could not tell.
    #[default]
    Unknown,
}

/// A parliamentary reference.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Reference {
    /// Dossier number, e.g. `32 317`.
    pub dossier: String,
    /// Number within the dossier, e.g. `771`.
    pub number: Option<String>,
    /// Title of the dossier, e.g. `JBZ-Raad`.
    pub title: Option<String>,
}

/// Someone who signed the letter.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Signatory {
    /// Their role, e.g. `Minister van Justitie en Veiligheid`.
    pub role: Option<String>,
    /// Their name, when the text gives it.
    pub name: Option<String>,
}

/// A section of the outline.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Section {
    /// Index of the section in a pre-order walk of the outline; mentions refer to it.
    pub id: usize,
    /// Depth, 1 for top-level sections.
    pub level: u32,
    /// The number as written, e.g. `II`, `3`, `2.1`, `a`; `None` for unnumbered headings.
    pub number: Option<String>,
    /// The title, wrapped lines joined.
    pub title: String,
    /// Where the heading stands.
    pub heading: Span,
    /// The whole section, heading included, up to the next section of the same or higher level.
    pub range: Span,
    /// Subsections.
    pub children: Vec<Section>,
}

/// Kind of actor.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ActorKind {
    /// A named person.
    Person,
    /// A state.
    Country,
    /// An institution, body, agency or international organisation.
    Organization,
    /// A group such as "de lidstaten".
    Collective,
    /// A role such as "het Voorzitterschap".
    Role,
}

impl ActorKind {
    /// The kind's name in the JSON schema (`person`, `country`, …), for CSS classes,
    /// `data-kind` attributes and CSV columns.
    pub fn name(self) -> &'static str {
        match self {
            ActorKind::Person => "person",
            ActorKind::Country => "country",
            ActorKind::Organization => "organization",
            ActorKind::Collective => "collective",
            ActorKind::Role => "role",
        }
    }
}

/// Someone or something that acts in the report.
///
/// Serialised on its own, its mentions lack their `text`: that is taken from the report's text
/// when the whole [`Report`] is serialised.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Actor {
    /// Stable identifier, e.g. `country:nl`, `org:european-commission`, `person:anna-de-vries`.
    pub id: String,
    /// Canonical name.
    pub name: String,
    /// Kind of actor.
    pub kind: ActorKind,
    /// Other names found in the text for this actor.
    pub aliases: Vec<String>,
    /// A person's role as the text gives it, e.g. `Minister van Binnenlandse Zaken`.
    pub role: Option<String>,
    /// Id of the country or organisation the actor belongs to.
    pub affiliation: Option<String>,
    /// Every mention, in document order.
    pub mentions: Vec<Mention>,
}

/// One place where an actor is mentioned. The words as written are `report.slice(range)`; the
/// JSON carries them as `text`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Mention {
    /// Where.
    pub range: Span,
    /// Id of the innermost section that contains it.
    pub section: Option<usize>,
}

/// Stance of a statement.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Stance {
    /// Supports, welcomes, agrees.
    Support,
    /// Opposes, rejects.
    Oppose,
    /// Has doubts, reserves its position, needs time to study.
    Reservation,
    /// Informs, presents, notes.
    #[default]
    Neutral,
}

/// A sentence in which an actor speaks or takes a stance. The sentence is
/// `report.slice(range)`; the JSON carries it as `text`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Statement {
    /// Id of the actor who speaks.
    pub actor: String,
    /// The speech or stance verb as written, e.g. `onderstreepte`, `called for`.
    pub verb: String,
    /// Where the sentence stands.
    pub range: Span,
    /// Id of the innermost section that contains it.
    pub section: Option<usize>,
    /// Stance, where the verb tells it.
    pub stance: Stance,
}

/// How serious a diagnostic is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// For information.
    Info,
    /// Something may be wrong in the result.
    Warning,
}

/// A problem met during analysis.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Diagnostic {
    /// How serious.
    pub severity: Severity,
    /// A stable machine-readable code, e.g. `empty-input`.
    pub code: String,
    /// A sentence for people.
    pub message: String,
}

impl Diagnostic {
    /// A diagnostic of the given severity.
    pub fn new(severity: Severity, code: &str, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            severity,
            code: code.to_string(),
            message: message.into(),
        }
    }
}

impl Report {
    /// The report's title, else its file name, else `path`.
    pub fn title_or<'a>(&'a self, path: &'a str) -> &'a str {
        self.metadata
            .title
            .as_deref()
            .filter(|t| !t.trim().is_empty())
            .or(self.source.name.as_deref())
            .unwrap_or(path)
    }

    /// All sections in pre-order (the order of their ids).
    pub fn sections(&self) -> Vec<&Section> {
        crate::flatten(&self.outline)
    }

    /// The text of a span.
    pub fn slice(&self, span: Span) -> &str {
        self.text.get(span.start..span.end).unwrap_or("")
    }
}

impl Section {
    /// The heading as a reader sees it: `II. Justitie`, the bare title when unnumbered, or the
    /// bare number when untitled (`Antwoord 1`).
    pub fn label(&self) -> String {
        match self.number.as_deref() {
            Some(number) if !number.is_empty() && self.title.is_empty() => number.to_string(),
            Some(number) if !number.is_empty() => format!("{number}. {}", self.title),
            _ => self.title.clone(),
        }
    }
}

/// The name a unit enum's value has in the JSON (`country`, `warning`), so that every output
/// format says the same; asking serde rather than matching keeps this right when the model
/// gains a variant.
pub fn json_name(value: &impl Serialize) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(name)) => name,
        _ => String::new(),
    }
}
