//! The Markdown briefing of a report: per agenda item, who said what and who was mentioned. The
//! command-line tool (`--format markdown`) and the page's export both write it, so the two agree.

use crate::model::{json_name, Report, Stance, Statement};
use std::collections::{BTreeMap, HashMap};
use std::fmt::Write;

/// The words of a briefing that are not from the report, in one language.
#[derive(Clone, Copy, Debug)]
pub struct Labels {
    /// Heading for what stands before the first section.
    pub before_first_heading: &'static str,
    /// Start of the line that lists the actors of a section.
    pub actors_mentioned: &'static str,
    /// Heading of the diagnostics.
    pub diagnostics: &'static str,
    /// Unit after the file size.
    pub bytes: &'static str,
    /// Word before the meeting dates.
    pub meeting: &'static str,
    /// A statement's stance when it supports.
    pub support: &'static str,
    /// A statement's stance when it opposes.
    pub oppose: &'static str,
    /// A statement's stance when it holds a reservation.
    pub reservation: &'static str,
}

impl Labels {
    /// English: what the command-line tool writes.
    pub const EN: Labels = Labels {
        before_first_heading: "Before the first heading",
        actors_mentioned: "Actors mentioned",
        diagnostics: "Diagnostics",
        bytes: "bytes",
        meeting: "meeting",
        support: "support",
        oppose: "opposition",
        reservation: "reservation",
    };

    /// The label of `stance`; `None` for a neutral one, which the briefing leaves unsaid.
    pub fn stance(&self, stance: Stance) -> Option<&'static str> {
        match stance {
            Stance::Support => Some(self.support),
            Stance::Oppose => Some(self.oppose),
            Stance::Reservation => Some(self.reservation),
            Stance::Neutral => None,
        }
    }

    /// Dutch.
    pub const NL: Labels = Labels {
        before_first_heading: "Vóór het eerste kopje",
        actors_mentioned: "Genoemde actoren",
        diagnostics: "Meldingen",
        bytes: "bytes",
        meeting: "vergadering",
        support: "steun",
        oppose: "verzet",
        reservation: "voorbehoud",
    };
}

/// The briefing of `report`, read from the file `path`.
pub fn briefing(path: &str, report: &Report, labels: &Labels) -> String {
    let mut out = String::new();
    // Writing to a String cannot fail.
    let _ = write_briefing(&mut out, path, report, labels);
    out
}

fn write_briefing(
    out: &mut String,
    path: &str,
    report: &Report,
    labels: &Labels,
) -> std::fmt::Result {
    writeln!(out, "# {}\n", inline(report.title_or(path)))?;
    writeln!(out, "{}\n", facts(path, report, labels))?;

    let sections = report.sections();
    // Slot `sections.len()` holds what stands before (or outside) every section.
    let outside = sections.len();
    let mut said: Vec<Vec<&Statement>> = vec![Vec::new(); outside + 1];
    for statement in &report.statements {
        let slot = statement
            .section
            .filter(|&id| id < outside)
            .unwrap_or(outside);
        said[slot].push(statement);
    }
    // Per slot: actor index → mentions there; actor order is the report's, most mentioned first.
    let mut mentioned: Vec<BTreeMap<usize, usize>> = vec![BTreeMap::new(); outside + 1];
    for (index, actor) in report.actors.iter().enumerate() {
        for mention in &actor.mentions {
            let slot = mention
                .section
                .filter(|&id| id < outside)
                .unwrap_or(outside);
            *mentioned[slot].entry(index).or_default() += 1;
        }
    }
    let names: HashMap<&str, &str> = report
        .actors
        .iter()
        .map(|a| (a.id.as_str(), a.name.as_str()))
        .collect();
    let body = Body {
        report,
        names: &names,
        labels,
    };

    if !said[outside].is_empty() || !mentioned[outside].is_empty() {
        writeln!(out, "## {}\n", labels.before_first_heading)?;
        body.write(out, &said[outside], &mentioned[outside])?;
    }
    for (id, section) in sections.iter().enumerate() {
        let depth = (section.level as usize + 1).clamp(2, 6);
        writeln!(out, "{} {}\n", "#".repeat(depth), inline(&section.label()))?;
        body.write(out, &said[id], &mentioned[id])?;
    }

    if !report.diagnostics.is_empty() {
        writeln!(out, "## {}\n", labels.diagnostics)?;
        for d in &report.diagnostics {
            writeln!(
                out,
                "- {} `{}`: {}",
                json_name(&d.severity),
                d.code,
                inline(&d.message)
            )?;
        }
        writeln!(out)?;
    }
    Ok(())
}

/// One line of what is known about the document.
fn facts(path: &str, report: &Report, labels: &Labels) -> String {
    let meta = &report.metadata;
    let mut facts = vec![
        format!("`{}`", path.replace('`', "'")),
        format!("{} {}", report.source.bytes, labels.bytes),
        report.source.encoding.clone(),
        json_name(&meta.kind).replace('_', " "),
    ];
    if !meta.meeting_dates.is_empty() {
        facts.push(format!(
            "{} {}",
            labels.meeting,
            meta.meeting_dates.join(", ")
        ));
    }
    if let Some(place) = &meta.place {
        facts.push(inline(place));
    }
    if let Some(reference) = &meta.reference {
        let number = reference
            .number
            .as_deref()
            .map(|n| format!(" nr. {n}"))
            .unwrap_or_default();
        facts.push(inline(&format!("{}{number}", reference.dossier)));
    }
    facts.join(" · ")
}

/// What a section's part of the briefing needs besides its own statements and mentions.
struct Body<'a> {
    report: &'a Report,
    names: &'a HashMap<&'a str, &'a str>,
    labels: &'a Labels,
}

impl Body<'_> {
    fn write(
        &self,
        out: &mut String,
        said: &[&Statement],
        mentioned: &BTreeMap<usize, usize>,
    ) -> std::fmt::Result {
        let report = self.report;
        // One item per sentence: a sentence with several verbs, or several speakers, is quoted
        // once ("De Commissie en eu-LISA informeerden ... en presenteerden ...").
        for sentence in said.chunk_by(|a, b| a.range == b.range) {
            let parts: Vec<String> = speakers(sentence)
                .iter()
                .map(|entry| {
                    let names: Vec<String> = entry
                        .actors
                        .iter()
                        .map(|id| {
                            format!("**{}**", inline(self.names.get(id).copied().unwrap_or(id)))
                        })
                        .collect();
                    let verbs: Vec<String> = entry.verbs.iter().map(|v| inline(v)).collect();
                    // `— support`, once per stance that is not neutral, in the order of the verbs.
                    let labels: Vec<&str> = entry
                        .marked_stances()
                        .into_iter()
                        .filter_map(|s| self.labels.stance(s))
                        .collect();
                    let stance = if labels.is_empty() {
                        String::new()
                    } else {
                        format!(" — {}", labels.join(", "))
                    };
                    format!("{} _{}_{stance}", names.join(", "), verbs.join(", "))
                })
                .collect();
            writeln!(
                out,
                "- {}: “{}”",
                parts.join("; "),
                inline(report.slice(sentence[0].range))
            )?;
        }
        if !said.is_empty() {
            writeln!(out)?;
        }
        if !mentioned.is_empty() {
            // Most mentioned here first; ties keep the report's order (most mentioned overall).
            let mut counts: Vec<(usize, usize)> = mentioned.iter().map(|(&i, &n)| (i, n)).collect();
            counts.sort_by_key(|&(index, count)| (std::cmp::Reverse(count), index));
            let list: Vec<String> = counts
                .iter()
                .filter_map(|&(index, count)| report.actors.get(index).map(|a| (a, count)))
                .map(|(actor, count)| format!("{} ({count})", inline(&actor.name)))
                .collect();
            writeln!(
                out,
                "{}: {}\n",
                self.labels.actors_mentioned,
                list.join(", ")
            )?;
        }
        Ok(())
    }
}

/// Who spoke in one sentence, as the briefing and the page list it: actors who said the same
/// in the same way share one entry.
#[derive(Clone, Debug, PartialEq)]
pub struct Speakers<'s> {
    /// Actor ids, in the order they first speak in the sentence.
    pub actors: Vec<&'s str>,
    /// Their verbs as written, each once, in order.
    pub verbs: Vec<&'s str>,
    /// The stance of each of their statements, in order.
    pub stances: Vec<Stance>,
}

impl Speakers<'_> {
    /// The stances other than neutral, each once, in order.
    pub fn marked_stances(&self) -> Vec<Stance> {
        let mut out = Vec::new();
        for &s in &self.stances {
            if s != Stance::Neutral && !out.contains(&s) {
                out.push(s);
            }
        }
        out
    }
}

/// The speakers of `sentence`: statements that share one range, in the report's order.
pub fn speakers<'s>(sentence: &[&'s Statement]) -> Vec<Speakers<'s>> {
    let mut by_actor: Vec<Speakers<'s>> = Vec::new();
    for statement in sentence {
        let k = match by_actor.iter().position(|s| s.actors[0] == statement.actor) {
            Some(k) => k,
            None => {
                by_actor.push(Speakers {
                    actors: vec![&statement.actor],
                    verbs: Vec::new(),
                    stances: Vec::new(),
                });
                by_actor.len() - 1
            }
        };
        let entry = &mut by_actor[k];
        if !entry.verbs.contains(&statement.verb.as_str()) {
            entry.verbs.push(&statement.verb);
        }
        entry.stances.push(statement.stance);
    }
    let mut out: Vec<Speakers<'s>> = Vec::new();
    for entry in by_actor {
        match out
            .iter_mut()
            .find(|o| o.verbs == entry.verbs && o.stances == entry.stances)
        {
            Some(o) => o.actors.extend(entry.actors),
            None => out.push(entry),
        }
    }
    out
}

/// Text made safe for one line of Markdown: whitespace runs (line breaks too) become one space,
/// and characters that Markdown or HTML would act on are escaped, so a report holding
/// `<script>` shows it instead of running it.
pub fn inline(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut space = false;
    for c in text.trim().chars() {
        if c.is_whitespace() {
            space = true;
            continue;
        }
        if space {
            out.push(' ');
            space = false;
        }
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '\\' | '`' | '*' | '_' | '[' | ']' | '#' | '|' | '~' => {
                out.push('\\');
                out.push(c);
            }
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{briefing, inline, Labels};
    use crate::model::Report;

    /// A hand-made report: one section, two verbs of one actor in one sentence, and a second
    /// actor mentioned more often in the section than the first.
    fn report() -> Report {
        let text = "I. Raad\n\nNederland stelde en benadrukte dit. De lidstaten, de lidstaten.";
        let span = |start: usize, end: usize| serde_json::json!({ "start": start, "end": end });
        let mention = |start: usize, end: usize| serde_json::json!({ "range": span(start, end), "text": &text[start..end], "section": 0 });
        let statement = |verb: &str| {
            serde_json::json!({ "actor": "country:nl", "verb": verb, "text": &text[9..44],
                "range": span(9, 44), "section": 0, "stance": "neutral" })
        };
        serde_json::from_value(serde_json::json!({
            "schema_version": "1.0",
            "source": { "name": "r.txt", "bytes": text.len(), "encoding": "UTF-8" },
            "metadata": { "kind": "other", "language": "nl", "title": null, "letter_date": null,
                "meeting_dates": [], "place": null, "reference": null, "session_year": null,
                "addressee": null, "signatories": [] },
            "outline": [{ "id": 0, "level": 1, "number": "I", "title": "Raad",
                "heading": span(0, 7), "range": span(0, text.len()), "children": [] }],
            "actors": [
                { "id": "country:nl", "name": "Nederland", "kind": "country", "aliases": [],
                  "role": null, "affiliation": null, "mentions": [mention(9, 18)] },
                { "id": "collective:member-states", "name": "de lidstaten", "kind": "collective",
                  "aliases": [], "role": null, "affiliation": null,
                  "mentions": [mention(45, 57), mention(59, 71)] }
            ],
            "statements": [statement("stelde"), statement("benadrukte")],
            "diagnostics": [],
            "text": text
        }))
        .unwrap()
    }

    #[test]
    fn english_briefing() {
        let markdown = briefing("r.txt", &report(), &Labels::EN);
        assert_eq!(
            markdown,
            "# r.txt\n\n`r.txt` · 72 bytes · UTF-8 · other\n\n## I. Raad\n\n\
             - **Nederland** _stelde, benadrukte_: “Nederland stelde en benadrukte dit.”\n\n\
             Actors mentioned: de lidstaten (2), Nederland (1)\n\n"
        );
    }

    #[test]
    fn stances_are_shown_unless_neutral() {
        let mut report = report();
        report.statements[0].stance = crate::model::Stance::Support;
        report.statements[1].stance = crate::model::Stance::Reservation;
        let en = briefing("r.txt", &report, &Labels::EN);
        assert!(
            en.contains("- **Nederland** _stelde, benadrukte_ — support, reservation: “"),
            "{en}"
        );
        report.statements[1].stance = crate::model::Stance::Support;
        let nl = briefing("r.txt", &report, &Labels::NL);
        assert!(
            nl.contains("- **Nederland** _stelde, benadrukte_ — steun: “"),
            "{nl}"
        );
        report.statements[0].stance = crate::model::Stance::Oppose;
        report.statements[1].stance = crate::model::Stance::Neutral;
        let nl = briefing("r.txt", &report, &Labels::NL);
        assert!(
            nl.contains("- **Nederland** _stelde, benadrukte_ — verzet: “"),
            "{nl}"
        );
    }

    #[test]
    fn a_sentence_is_quoted_once_whoever_speaks_in_it() {
        let mut report = report();
        // "Nederland stelde en benadrukte dit.": the collective said both too, a second one
        // only the first, with support.
        let mut statements = Vec::new();
        for (actor, verb, stance) in [
            ("country:nl", "stelde", crate::model::Stance::Neutral),
            (
                "collective:member-states",
                "stelde",
                crate::model::Stance::Neutral,
            ),
            ("country:nl", "benadrukte", crate::model::Stance::Neutral),
            (
                "collective:member-states",
                "benadrukte",
                crate::model::Stance::Neutral,
            ),
            ("collective:others", "stelde", crate::model::Stance::Support),
        ] {
            let mut s = report.statements[0].clone();
            s.actor = actor.to_string();
            s.verb = verb.to_string();
            s.stance = stance;
            statements.push(s);
        }
        report.statements = statements;
        let en = briefing("r.txt", &report, &Labels::EN);
        assert!(
            en.contains(
                "\n- **Nederland**, **de lidstaten** _stelde, benadrukte_; \
                 **collective:others** _stelde_ — support: “Nederland stelde en benadrukte dit.”\n\n"
            ),
            "{en}"
        );
        assert_eq!(en.matches("“Nederland stelde").count(), 1, "{en}");
    }

    #[test]
    fn kind_names_match_the_json() {
        use crate::model::{json_name, ActorKind, Severity};
        assert_eq!(json_name(&ActorKind::Country), "country");
        assert_eq!(json_name(&ActorKind::Organization), "organization");
        assert_eq!(json_name(&Severity::Warning), "warning");
    }

    #[test]
    fn dutch_labels() {
        let markdown = briefing("r.txt", &report(), &Labels::NL);
        assert!(markdown.contains("72 bytes · UTF-8 · other"), "{markdown}");
        assert!(
            markdown.contains("\n\nGenoemde actoren: de lidstaten (2), Nederland (1)\n"),
            "{markdown}"
        );
    }

    #[test]
    fn inline_escapes() {
        let rows = [
            ("plain words", "plain words"),
            ("  two\n lines\t", "two lines"),
            (
                "<script>alert(1)</script>",
                "&lt;script&gt;alert(1)&lt;/script&gt;",
            ),
            (
                "*bold* _it_ [link](x) a|b #1",
                "\\*bold\\* \\_it\\_ \\[link\\](x) a\\|b \\#1",
            ),
            ("AT&T", "AT&amp;T"),
        ];
        for (text, expected) in rows {
            assert_eq!(inline(text), expected, "{text:?}");
        }
    }
}
