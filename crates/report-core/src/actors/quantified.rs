//! Quantified groups: `een kleine groep lidstaten`, `a large majority of delegations`, `de
//! meerderheid van de ministers`. The gazetteer lists the common ones whole; any other phrase
//! of an article, up to two adjectives and a quantity noun before a plain collective
//! (`lidstaten`, `delegations`) makes the mention one of the quantified group instead
//! (`collective:several-member-states`, or `collective:most-member-states` for a majority),
//! which the gazetteer keeps apart from the whole group: "some member states said" is not what "the member states said" is.

use super::gazetteer::{GazMatch, Gazetteer};
use crate::model::ActorKind;

/// Nouns of a quantity, and whether one stands before the collective with no `van`/`of`
/// (`een groep lidstaten`, but `a group of member states`).
const NOUNS: &[(&str, bool)] = &[
    ("groep", true),
    ("aantal", true),
    ("meerderheid", false),
    ("minderheid", false),
    ("deel", false),
    ("helft", false),
    ("handvol", true),
    ("group", false),
    ("majority", false),
    ("minority", false),
    ("number", false),
    ("handful", false),
    ("couple", false),
    ("half", false),
];

/// Words that may stand between the article and the noun.
const ADJECTIVES: &[&str] = &[
    "kleine",
    "grote",
    "ruime",
    "overgrote",
    "brede",
    "beperkte",
    "flinke",
    "aanzienlijke",
    "forse",
    "zeer",
    "heel",
    "small",
    "large",
    "vast",
    "broad",
    "big",
    "clear",
    "substantial",
    "significant",
    "overwhelming",
    "sizeable",
    "great",
    "limited",
    "very",
];

/// Makes each match of a plain collective that has a quantified group, and that a quantity
/// phrase stands before, a match of that group that begins with the phrase. The matches stay
/// in order: a phrase never reaches back over the match before it.
pub(super) fn widen(gaz: &Gazetteer, text: &str, matches: &mut Vec<GazMatch>) {
    let mut named_by_countries = false;
    let mut groups: Vec<(usize, Option<usize>, Option<usize>)> = Vec::new();
    for i in 0..matches.len() {
        let Some(e) = matches[i].entry else {
            continue;
        };
        if gaz.entries[e].kind != ActorKind::Collective {
            continue;
        }
        // `the Hungarian and Polish delegations`, `de Spaanse en Franse ministers`: those
        // of the countries named, not the whole group; the countries speak (statements.rs).
        if i > 0 && named_by_adjective(gaz, text, &matches[i - 1], &matches[i]) {
            matches[i].entry = None;
            matches[i].title = None;
            named_by_countries = true;
            continue;
        }
        let (group, most) = match groups.iter().find(|(plain, _, _)| *plain == e) {
            Some(&(_, group, most)) => (group, most),
            None => {
                let group = quantified_group(gaz, e, "several-");
                let most = quantified_group(gaz, e, "most-");
                groups.push((e, group, most));
                (group, most)
            }
        };
        let Some(group) = group else {
            continue;
        };
        let floor = if i == 0 { 0 } else { matches[i - 1].end };
        let m = &mut matches[i];
        if let Some(start) = phrase_before(text, floor, m.start, m.end) {
            // `a large majority of delegations` is most of them, not just several.
            let phrase = text[start..m.start].to_ascii_lowercase();
            let majority = phrase.contains("majority") || phrase.contains("meerderheid");
            m.start = start;
            m.entry = Some(most.filter(|_| majority).unwrap_or(group));
            // A title pattern (`ministers`) ends no name here.
            m.title = None;
        }
    }
    if named_by_countries {
        matches.retain(|m| m.entry.is_some() || m.title.is_some());
    }
}

/// The plural nouns of those who act for a country, which a country's adjective right before
/// them makes that country's (`the Hungarian and Polish delegations`).
const COUNTRY_GROUPS: &[&str] = &[
    "delegations",
    "ministers",
    "governments",
    "authorities",
    "delegaties",
    "regeringen",
    "autoriteiten",
];

/// Whether the collective match `m` is a bare plural of [`COUNTRY_GROUPS`] right after
/// `before`, a country's name, adjective or code, with one space between.
fn named_by_adjective(gaz: &Gazetteer, text: &str, before: &GazMatch, m: &GazMatch) -> bool {
    before.end + 1 == m.start
        && text.as_bytes()[before.end] == b' '
        && before
            .entry
            .is_some_and(|e| gaz.entries[e].kind == ActorKind::Country)
        && COUNTRY_GROUPS
            .iter()
            .any(|g| text[m.start..m.end].eq_ignore_ascii_case(g))
}

/// The quantified group of the plain collective `e` (`collective:several-member-states` for
/// `collective:member-states` with `quantity` `several-`; `most-` for a majority), if the
/// gazetteer has one.
fn quantified_group(gaz: &Gazetteer, e: usize, quantity: &str) -> Option<usize> {
    let plain = gaz.entries[e].id.strip_prefix("collective:")?;
    if plain.starts_with("several-") || plain.starts_with("most-") {
        return None;
    }
    let want = format!("collective:{quantity}{plain}");
    gaz.entries.iter().position(|entry| entry.id == want)
}

/// Where a quantity phrase that ends right before the match `start..end` begins, if one does
/// and it begins at or after `floor`.
fn phrase_before(text: &str, floor: usize, start: usize, end: usize) -> Option<usize> {
    let first_of_match = text[start..end].split(' ').next().unwrap_or("");
    let match_has_article = ["de", "the"]
        .iter()
        .any(|a| first_of_match.eq_ignore_ascii_case(a));
    // The word that ends right before `at` (a space between), with its start.
    let word_before = |at: usize| -> Option<(usize, &str)> {
        let before = text[floor..at].strip_suffix(' ')?;
        let word_start = before.rfind(|c: char| !c.is_alphabetic()).map_or(0, |k| {
            k + before[k..].chars().next().map_or(1, char::len_utf8)
        });
        let word = &before[word_start..];
        (!word.is_empty()).then_some((floor + word_start, word))
    };
    // Up to five words before the match, nearest first. Most collectives have no phrase
    // before them, and the first words say so at once, with no lower-casing: a quantity
    // noun, perhaps followed by `van`/`of` and `de`/`the`, must end the phrase.
    let is = |w: &str, set: &[&str]| set.iter().any(|c| w.eq_ignore_ascii_case(c));
    let mut words: Vec<(usize, &str)> = Vec::with_capacity(5);
    let mut at = start;
    let mut noun_seen = false;
    while words.len() < 5 {
        let Some((word_start, word)) = word_before(at) else {
            break;
        };
        if !noun_seen {
            if NOUNS.iter().any(|(n, _)| word.eq_ignore_ascii_case(n)) {
                noun_seen = true;
            } else if words.len() >= 2 || !is(word, &["van", "of", "de", "the"]) {
                return None;
            }
        }
        words.push((word_start, word));
        at = word_start;
    }
    if !noun_seen {
        return None;
    }
    words.reverse();
    // The longest phrase that parses: article, adjectives, noun, then `van`/`of` (with an
    // article of its own, here or at the start of the match) where the noun needs one.
    (0..words.len())
        .find_map(|from| parses(&words[from..], match_has_article).then_some(words[from].0))
}

/// Whether `words` (lower case or not) are a quantity phrase that a collective can follow;
/// `match_has_article` when the collective's own match begins with `de`/`the`.
fn parses(words: &[(usize, &str)], match_has_article: bool) -> bool {
    let lower: Vec<String> = words.iter().map(|(_, w)| w.to_lowercase()).collect();
    let mut w = lower.iter().map(String::as_str).peekable();
    let article = w.next_if(|a| matches!(*a, "een" | "de" | "a" | "the"));
    let mut adjectives = 0;
    while w.next_if(|a| ADJECTIVES.contains(a)).is_some() {
        adjectives += 1;
    }
    let Some(&(noun, bare)) = w.next().and_then(|n| NOUNS.iter().find(|(x, _)| *x == n)) else {
        return false;
    };
    // `het aantal lidstaten dat …` and `the number of member states` count, they are no group.
    match noun {
        "aantal" | "number" if article != Some("een") && article != Some("a") => return false,
        "half" => {}
        _ if article.is_none() => return false,
        _ => {}
    }
    if adjectives > 2 {
        return false;
    }
    let rest: Vec<&str> = w.collect();
    match rest.as_slice() {
        [] => bare && !match_has_article,
        ["van"] | ["of"] => true,
        ["van", "de"] | ["of", "the"] => !match_has_article,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quantity_phrases() {
        let table = [
            ("een kleine groep", "lidstaten", true),
            ("Een grote meerderheid van de", "lidstaten", true),
            ("Een grote meerderheid van", "de ministers", true),
            ("A small group of", "member states", true),
            ("The vast majority of", "the delegations", true),
            ("Half of the", "delegations", true),
            ("een aantal", "lidstaten", true),
            ("het aantal", "lidstaten", false),
            ("The number of", "member states", false),
            ("a group", "member states", false),
            ("de meerderheid", "lidstaten", false),
            ("een zeer grote brede groep", "lidstaten", false),
            ("meerderheid van de", "lidstaten", false),
            ("Frankrijk en", "de lidstaten", false),
        ];
        for (before, collective, want) in table {
            let text = format!("{before} {collective} steunden dit.");
            let start = before.len() + 1;
            let got = phrase_before(&text, 0, start, start + collective.len());
            assert_eq!(got == Some(0), want, "{text}: {got:?}");
        }
    }
}
