//! Dutch and English dates in running text: "25 augustus 2022", "11 en 12 juli 2022",
//! "14 and 15 October 2024", "14-15 October 2024", "30 juni tot en met 2 juli 2022", with
//! ordinals ("3rd March 2025") and in the American order ("March 3, 2025"), written out as
//! ISO 8601 days.
//!
//! ```
//! use report_core::dates;
//! let found = dates::find_all("op 11 en 12 juli 2022 in Praag");
//! assert_eq!(found[0].iso(), ["2022-07-11", "2022-07-12"]);
//! assert_eq!(dates::parse("14-15 October 2024"), ["2024-10-14", "2024-10-15"]);
//! ```

use crate::model::Span;

/// A calendar day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    /// Year, e.g. 2022.
    pub year: u32,
    /// Month, 1–12.
    pub month: u32,
    /// Day of the month, from 1.
    pub day: u32,
}

impl Date {
    /// The date as `YYYY-MM-DD`.
    pub fn iso(&self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// One date expression found in a text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DateMatch {
    /// Where the expression stands in the searched text.
    pub span: Span,
    /// Every day it names, in order ("14-15" gives two).
    pub dates: Vec<Date>,
}

impl DateMatch {
    /// The days as ISO 8601 strings.
    pub fn iso(&self) -> Vec<String> {
        self.dates.iter().map(Date::iso).collect()
    }
}

const MONTHS: [(&str, u32); 36] = [
    ("januari", 1),
    ("january", 1),
    ("februari", 2),
    ("february", 2),
    ("maart", 3),
    ("march", 3),
    ("april", 4),
    ("mei", 5),
    ("may", 5),
    ("juni", 6),
    ("june", 6),
    ("juli", 7),
    ("july", 7),
    ("augustus", 8),
    ("august", 8),
    ("september", 9),
    ("oktober", 10),
    ("october", 10),
    ("november", 11),
    ("december", 12),
    ("jan", 1),
    ("feb", 2),
    ("mrt", 3),
    ("mar", 3),
    ("apr", 4),
    ("jun", 6),
    ("jul", 7),
    ("aug", 8),
    ("sept", 9),
    ("sep", 9),
    ("okt", 10),
    ("oct", 10),
    ("nov", 11),
    ("dec", 12),
    ("mai", 5),
    ("dez", 12),
];

/// The number of a Dutch or English month name or abbreviation, any case.
pub fn month(word: &str) -> Option<u32> {
    let word = word.trim_end_matches('.');
    MONTHS
        .iter()
        .find(|(name, _)| name.eq_ignore_ascii_case(word))
        .map(|&(_, n)| n)
}

const RANGE_WORDS: [&str; 6] = ["-", "–", "tot en met", "t/m", "to", "until"];

/// The month names a date expression may use, in the order they are tried: longer names
/// before the abbreviations they begin with. `mai` and `dez` are read by [`month`] only.
const DATE_MONTHS: usize = 34;

/// The words between two days, in the order they are tried.
const SEPARATORS: [&str; 10] = [
    ",",
    "-",
    "–",
    "&",
    "en",
    "and",
    "tot en met",
    "t/m",
    "to",
    "until",
];

/// One date expression's parts, as byte ranges of the searched text.
struct Parts {
    start: usize,
    end: usize,
    /// "30 juni" of "30 juni tot en met 2 juli 2022": day and month before a range.
    first: Option<((usize, usize), (usize, usize))>,
    /// The days before the month: "11 en 12", "14-15".
    days: (usize, usize),
    month: (usize, usize),
    year: (usize, usize),
}

// A hand-written scanner rather than a regex: compiling the equivalent pattern and running its
// PikeVM cost 3.5 million instructions (tens of milliseconds of cold WebAssembly on a page's
// first call) and pulled the regex crate into the bundle. Its grammar, with `\s` and `\b` in
// ASCII and letters in any ASCII case:
//
//     \b (?: (?: D \s+ MONTH \.? SEP )? (?: D SEP )* D \s+ MONTH \.? ,? \s+ [0-9]{4}
//          | MONTH \.? \s+ (?: D SEP )* D ,? \s+ [0-9]{4} ) \b
//     D = [0-9]{1,2} (?: st | nd | rd | th )?    SEP = \s* (?: , | - | – | & | en | and | tot en met | t/m | to | until ) \s*
//
// Each piece is matched at most one way: a day is followed by a separator or a month, never a
// digit, so it takes every digit of a run of one or two; a separator is always followed by a
// day and a month by a dot, comma or space, so at most one of their alternatives fits; the
// separators and the month names begin differently, so a day is followed by one or the other.
// Only the optional first day and month need a choice (`jun` then `en` in `30 junen 2 juli`),
// taken in the order a backtracking matcher would. The American order ("March 3, 2025") is
// tried where the day-first order fails at a day right after a month name; the two cannot
// both match from the same day (one needs a month after the days, the other a year). The
// reference regex is kept in the tests.

fn is_space(b: u8) -> bool {
    matches!(b, b'\t' | b'\n' | 0x0b | 0x0c | b'\r' | b' ')
}

fn is_word(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

fn skip_spaces(b: &[u8], mut i: usize) -> usize {
    while b.get(i).copied().is_some_and(is_space) {
        i += 1;
    }
    i
}

fn starts_with_word(b: &[u8], i: usize, word: &str) -> bool {
    b.get(i..i + word.len())
        .is_some_and(|w| w.eq_ignore_ascii_case(word.as_bytes()))
}

/// The end of a day of one or two digits at `i`, with an English ordinal ending ("3rd").
fn day(b: &[u8], i: usize) -> Option<usize> {
    let n = b
        .get(i..)?
        .iter()
        .take_while(|c| c.is_ascii_digit())
        .count();
    if !(1..=2).contains(&n) {
        return None;
    }
    Some(i + n + ordinal_len(&b[i + n..]))
}

/// The length of an ordinal ending ("st", "nd", "rd", "th") at the start of `b`, or 0.
fn ordinal_len(b: &[u8]) -> usize {
    match b.get(..2).map(|s| [s[0] | 0x20, s[1] | 0x20]) {
        Some([b's', b't'] | [b'n', b'd'] | [b'r', b'd'] | [b't', b'h']) => 2,
        _ => 0,
    }
}

/// The start of a month name (and its dot) that ends right before the spaces before `i`,
/// as a word: "March 3, 2025" seen from the 3.
fn month_before(b: &[u8], i: usize) -> Option<(usize, usize)> {
    let mut end = i;
    while end > 0 && is_space(b[end - 1]) {
        end -= 1;
    }
    if end == i {
        return None;
    }
    if end > 0 && b[end - 1] == b'.' {
        end -= 1;
    }
    let letters = b[..end]
        .iter()
        .rev()
        .take(10)
        .take_while(|c| c.is_ascii_alphabetic())
        .count();
    let start = end - letters;
    if letters < 3 || (start > 0 && is_word(b[start - 1])) {
        return None;
    }
    MONTHS[..DATE_MONTHS]
        .iter()
        .any(|(name, _)| name.len() == letters && starts_with_word(b, start, name))
        .then_some((start, start + letters))
}

/// The American order at the day at `i`: a month before it, the days, a comma and the year.
fn month_first_at(b: &[u8], i: usize) -> Option<Parts> {
    let month = month_before(b, i)?;
    let mut end = day(b, i)?;
    while let Some(next) = separator(b, end).and_then(|s| day(b, s)) {
        end = next;
    }
    let y = year_after(b, end)?;
    Some(Parts {
        start: month.0,
        end: y + 4,
        first: None,
        days: (i, end),
        month,
        year: (y, y + 4),
    })
}

/// `,? \s+ [0-9]{4} \b` at `k`: the start of the year.
fn year_after(b: &[u8], mut k: usize) -> Option<usize> {
    if b.get(k) == Some(&b',') {
        k += 1;
    }
    let y = skip_spaces(b, k);
    let digits = b
        .get(y..y + 4)
        .is_some_and(|d| d.iter().all(u8::is_ascii_digit));
    (y > k && digits && !b.get(y + 4).copied().is_some_and(is_word)).then_some(y)
}

/// The day number at the start of `s` ("3rd" → 3).
fn day_number(s: &str) -> Option<u32> {
    let digits = s.bytes().take_while(u8::is_ascii_digit).count();
    s.get(..digits)?.parse().ok()
}

/// The end of a separator at `i` (with its spaces), if a digit follows it.
fn separator(b: &[u8], i: usize) -> Option<usize> {
    let j = skip_spaces(b, i);
    SEPARATORS.iter().find_map(|w| {
        let k = skip_spaces(b, j + w.len());
        (starts_with_word(b, j, w) && b.get(k).is_some_and(u8::is_ascii_digit)).then_some(k)
    })
}

/// The month names that begin at `i`, in the order they are tried, as ends.
fn months_at(b: &[u8], i: usize) -> impl Iterator<Item = usize> + '_ {
    MONTHS[..DATE_MONTHS]
        .iter()
        .filter(move |(name, _)| starts_with_word(b, i, name))
        .map(move |(name, _)| i + name.len())
}

/// `\s+ MONTH \.? ,? \s+ [0-9]{4} \b` at `i`: the month and the year.
fn month_and_year(b: &[u8], i: usize) -> Option<((usize, usize), (usize, usize))> {
    let j = skip_spaces(b, i);
    if j == i {
        return None;
    }
    months_at(b, j).find_map(|m| {
        let k = if b.get(m) == Some(&b'.') { m + 1 } else { m };
        let y = year_after(b, k)?;
        Some(((j, m), (y, y + 4)))
    })
}

/// The days from `i` and the month and year after them. `Err` holds the start of the last day
/// reached: a match from any earlier day of the same list fails the same way.
fn days_month_year(b: &[u8], i: usize) -> Result<Parts, usize> {
    let mut last = i;
    let mut end = day(b, i).ok_or(i)?;
    while let Some(s) = separator(b, end) {
        last = s;
        end = day(b, s).ok_or(s)?;
    }
    let (month, year) = month_and_year(b, end).ok_or(last)?;
    Ok(Parts {
        start: i,
        end: year.1,
        first: None,
        days: (i, end),
        month,
        year,
    })
}

/// The date expression that starts at the day at `i`, or where to look for the next one.
fn date_at(b: &[u8], i: usize) -> Result<Parts, usize> {
    if let Some(d0) = day(b, i) {
        let j = skip_spaces(b, d0);
        if j > d0 {
            for m0 in months_at(b, j) {
                let k = if b.get(m0) == Some(&b'.') { m0 + 1 } else { m0 };
                if let Some(Ok(mut parts)) = separator(b, k).map(|s| days_month_year(b, s)) {
                    parts.start = i;
                    parts.first = Some(((i, d0), (j, m0)));
                    return Ok(parts);
                }
            }
        }
    }
    days_month_year(b, i)
}

/// Every date expression in `text`, in order.
pub fn find_all(text: &str) -> Vec<DateMatch> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(at) = b
        .get(i..)
        .and_then(|r| r.iter().position(u8::is_ascii_digit))
    {
        let start = i + at;
        // A date starts a word.
        if start > 0 && is_word(b[start - 1]) {
            i = start + 1;
            continue;
        }
        let found = date_at(b, start).or_else(|next| month_first_at(b, start).ok_or(next));
        match found {
            Ok(parts) => {
                i = parts.end;
                if let Some(dates) = expand(text, &parts) {
                    out.push(DateMatch {
                        span: Span::new(parts.start, parts.end),
                        dates,
                    });
                }
            }
            Err(next) => i = next.max(start + 1),
        }
    }
    out
}

/// The days named by the first date expression in `s`, as ISO strings; empty if none.
pub fn parse(s: &str) -> Vec<String> {
    find_all(s).first().map(DateMatch::iso).unwrap_or_default()
}

fn expand(text: &str, parts: &Parts) -> Option<Vec<Date>> {
    let piece = |(s, e): (usize, usize)| text.get(s..e);
    let year: u32 = piece(parts.year)?.parse().ok()?;
    let month_n = month(piece(parts.month)?)?;
    let mut dates = Vec::new();
    let mut cross_range = false;
    if let Some((d0, m0)) = parts.first {
        // "30 juni tot en met 2 juli 2022": the first month runs to its end when the
        // separator is a range.
        let start = Date {
            year,
            month: month(piece(m0)?)?,
            day: day_number(piece(d0)?)?,
        };
        valid(start)?;
        dates.push(start);
        let between = text.get(m0.1..parts.end)?;
        let is_range = RANGE_WORDS
            .iter()
            .any(|w| between.trim_start_matches('.').trim_start().starts_with(w));
        cross_range = is_range && start.month < month_n;
        if cross_range {
            for day in start.day + 1..=days_in(start.year, start.month) {
                dates.push(Date { day, ..start });
            }
            for m in start.month + 1..month_n {
                for day in 1..=days_in(year, m) {
                    dates.push(Date {
                        year,
                        month: m,
                        day,
                    });
                }
            }
        }
    }
    let days = piece(parts.days)?;
    let mut previous: Option<u32> = None;
    // The first day of a range that crossed into the last month counts from the 1st.
    let mut range = cross_range;
    let mut rest = days;
    while !rest.is_empty() {
        let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
        if digits > 0 {
            let day: u32 = rest[..digits].parse().ok()?;
            let digits = digits + ordinal_len(&rest.as_bytes()[digits..]);
            match previous {
                Some(p) if range && p < day && day - p <= 31 => {
                    for d in p + 1..=day {
                        dates.push(Date {
                            year,
                            month: month_n,
                            day: d,
                        });
                    }
                }
                _ if range && dates.last().is_some_and(|l| l.month != month_n) => {
                    for d in 1..=day {
                        dates.push(Date {
                            year,
                            month: month_n,
                            day: d,
                        });
                    }
                }
                _ => dates.push(Date {
                    year,
                    month: month_n,
                    day,
                }),
            }
            previous = Some(day);
            rest = &rest[digits..];
        } else {
            let sep_len = rest.bytes().take_while(|b| !b.is_ascii_digit()).count();
            let sep = rest[..sep_len].trim().to_ascii_lowercase();
            range = RANGE_WORDS.contains(&sep.as_str());
            rest = &rest[sep_len..];
        }
    }
    dates.iter().try_for_each(|&d| valid(d))?;
    dates.dedup();
    Some(dates)
}

fn valid(d: Date) -> Option<()> {
    (d.day >= 1 && d.day <= days_in(d.year, d.month) && (1..=12).contains(&d.month)).then_some(())
}

// `is_multiple_of` is newer than the workspace's rust-version (1.84).
#[allow(clippy::manual_is_multiple_of)]
fn days_in(year: u32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 0,
    }
}

/// Days of the week in lower case, the seven Dutch ones first, then the English: a dateline
/// or a sitting's day may open with one.
pub(crate) const WEEKDAYS: [&str; 14] = [
    "maandag",
    "dinsdag",
    "woensdag",
    "donderdag",
    "vrijdag",
    "zaterdag",
    "zondag",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn table() {
        let rows: [(&str, &[&str]); 22] = [
            ("Den Haag, 25 augustus 2022", &["2022-08-25"]),
            (
                "op 11 en 12 juli 2022 in Praag",
                &["2022-07-11", "2022-07-12"],
            ),
            (
                "Luxembourg, 14 and 15 October 2024",
                &["2024-10-14", "2024-10-15"],
            ),
            ("21 October 2024", &["2024-10-21"]),
            ("14-15 October 2024", &["2024-10-14", "2024-10-15"]),
            (
                "14–16 okt. 2024",
                &["2024-10-14", "2024-10-15", "2024-10-16"],
            ),
            (
                "3 t/m 5 mei 2023",
                &["2023-05-03", "2023-05-04", "2023-05-05"],
            ),
            (
                "30 juni tot en met 2 juli 2022",
                &["2022-06-30", "2022-07-01", "2022-07-02"],
            ),
            (
                "1, 2 en 4 maart 2021",
                &["2021-03-01", "2021-03-02", "2021-03-04"],
            ),
            ("31 February 2024", &[]),
            ("29 februari 2024", &["2024-02-29"]),
            ("in 2022 was het druk", &[]),
            ("13 januari 2000", &["2000-01-13"]),
            ("12 Dec 2023", &["2023-12-12"]),
            ("held on 3rd March 2029", &["2029-03-03"]),
            (
                "on 14th–16th May 2025",
                &["2025-05-14", "2025-05-15", "2025-05-16"],
            ),
            ("Luxembourg, January 14, 2025", &["2025-01-14"]),
            ("on June 20, 2025 in", &["2025-06-20"]),
            ("Dec. 3 and 4, 2024", &["2024-12-03", "2024-12-04"]),
            ("in May 2025 and on 2 June", &[]),
            ("Article 5, 2025", &[]),
            ("the 3rd meeting in 2025", &[]),
        ];
        for (text, want) in rows {
            assert_eq!(parse(text), want, "{text}");
        }
    }
}

/// The scanner against the regex it replaced.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod reference {
    use super::*;
    use proptest::prelude::*;

    /// The regex the scanner replaced, with ordinals and the American order added since.
    fn reference_pattern() -> &'static regex::Regex {
        static PATTERN: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
        PATTERN.get_or_init(|| {
            let months = "januari|january|februari|february|maart|march|april|mei|may|juni|june|juli|july|augustus|august|september|oktober|october|november|december|jan|feb|mrt|mar|apr|jun|jul|aug|sept|sep|okt|oct|nov|dec";
            let sep = r"\s*(?:,|-|–|&|en|and|tot en met|t/m|to|until)\s*";
            let d = "[0-9]{1,2}(?:st|nd|rd|th)?";
            let source = format!(
                r"(?i-u)\b(?:(?:(?P<d0>{d})\s+(?P<m0>{months})\.?{sep})?(?P<days>(?:{d}{sep})*{d})\s+(?P<m>{months})\.?,?\s+(?P<y>[0-9]{{4}})|(?P<m2>{months})\.?\s+(?P<days2>(?:{d}{sep})*{d}),?\s+(?P<y2>[0-9]{{4}}))\b"
            );
            regex::Regex::new(&source).expect("the date pattern is valid")
        })
    }

    /// [`find_all`] with the reference regex finding the parts.
    fn reference_find_all(text: &str) -> Vec<DateMatch> {
        let range = |m: regex::Match<'_>| (m.start(), m.end());
        reference_pattern()
            .captures_iter(text)
            .filter_map(|caps| {
                let whole = caps.get(0)?;
                let parts = Parts {
                    start: whole.start(),
                    end: whole.end(),
                    first: caps.name("d0").map(range).zip(caps.name("m0").map(range)),
                    days: range(caps.name("days").or_else(|| caps.name("days2"))?),
                    month: range(caps.name("m").or_else(|| caps.name("m2"))?),
                    year: range(caps.name("y").or_else(|| caps.name("y2"))?),
                };
                let dates = expand(text, &parts)?;
                Some(DateMatch {
                    span: Span::new(parts.start, parts.end),
                    dates,
                })
            })
            .collect()
    }

    /// Pieces of text by their part in a date; [`SHAPE`] strings them into dates.
    const PARTS: [&[&str]; 8] = [
        // Days, and numbers that are not.
        &[
            "1", "3", "12", "30", "31", "123", "29", "3rd", "21st", "2ND", "4th", "5thx",
        ],
        // Spaces.
        &[" ", " ", " ", "  ", "\t", "\u{b}", "\n", "\u{a0}", ""],
        // Months.
        &[
            "juli",
            "JULI",
            "juni",
            "jun",
            "june",
            "junen",
            "sept",
            "sep",
            "september",
            "Okt",
            "oct",
            "mei",
            "mai",
            "dec",
            "December",
            "Aug",
            "augustus",
            "mrt",
            "maart",
            "februari",
            "juliX",
        ],
        // A dot or comma after a month.
        &[".", ",", "", ".,", ";"],
        // Years.
        &[
            "2022", "1999", "2024", "2023", "20221", "2024_", "2024x", "202",
        ],
        // Separators.
        &[
            ",",
            "-",
            "–",
            "&",
            "en",
            "EN",
            "and",
            "tot en met",
            "Tot En Met",
            "t/m",
            "T/M",
            "to",
            "tot",
            "until",
            " en ",
            " - ",
            "/",
        ],
        // Words around dates.
        &[
            "x",
            "_",
            "a",
            "é",
            "in Praag",
            "van",
            "op ",
            "(",
            "Den Haag, ",
        ],
        // Anything.
        &[
            "1",
            " ",
            "juli",
            ".",
            "2022",
            "en",
            "x",
            "March 3, 2025",
            "Sept. 12 ",
        ],
    ];

    /// The order of parts that makes dates: "1 en 12 juli 2022", "30 juni t/m 2 juli 2022".
    const SHAPE: [usize; 22] = [
        6, 1, 0, 5, 0, 1, 2, 3, 1, 4, 1, 0, 1, 2, 5, 0, 1, 2, 3, 1, 4, 1,
    ];

    /// Text made of `picks`: mostly the parts [`SHAPE`] asks for, sometimes any part.
    fn shaped(start: usize, picks: &[(bool, prop::sample::Index, prop::sample::Index)]) -> String {
        picks
            .iter()
            .enumerate()
            .map(|(k, (follow, part, piece))| {
                let part = if *follow {
                    SHAPE[(start + k) % SHAPE.len()]
                } else {
                    part.index(PARTS.len())
                };
                *piece.get(PARTS[part])
            })
            .collect()
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 4096, ..ProptestConfig::default() })]

        #[test]
        fn scanner_agrees_with_the_regex(
            start in 0..SHAPE.len(),
            picks in proptest::collection::vec(
                (prop::bool::weighted(0.93), any::<prop::sample::Index>(), any::<prop::sample::Index>()),
                0..40,
            )
        ) {
            let text = shaped(start, &picks);
            prop_assert_eq!(find_all(&text), reference_find_all(&text), "{:?}", text);
        }

        #[test]
        fn scanner_agrees_on_random_text(text in "[0-9 a-zA-Z.,/&_\\t\\u{b}–é-]{0,60}|\\PC{0,40}") {
            prop_assert_eq!(find_all(&text), reference_find_all(&text), "{:?}", text);
        }
    }

    /// The shaped texts of the property test do hold dates, of every form.
    #[test]
    fn shaped_text_has_dates() {
        use proptest::strategy::{Strategy, ValueTree};
        let mut runner = proptest::test_runner::TestRunner::deterministic();
        let strategy = (
            0..SHAPE.len(),
            proptest::collection::vec(
                (
                    prop::bool::weighted(0.93),
                    any::<prop::sample::Index>(),
                    any::<prop::sample::Index>(),
                ),
                0..40,
            ),
        );
        let (mut found, mut ranges, mut lists) = (0, 0, 0);
        for _ in 0..2000 {
            let Ok(tree) = strategy.new_tree(&mut runner) else {
                continue;
            };
            let (start, picks) = tree.current();
            for m in reference_find_all(&shaped(start, &picks)) {
                found += 1;
                ranges += usize::from(m.dates.len() > 2);
                lists += usize::from(m.dates.len() == 2);
            }
        }
        assert!(
            found > 100 && ranges > 10 && lists > 30,
            "{found} {ranges} {lists}"
        );
    }

    #[test]
    fn long_lists_of_days_are_linear() {
        let text = "1, ".repeat(200_000);
        assert!(find_all(&text).is_empty());
        let text = "3 juli en ".repeat(100_000);
        assert!(find_all(&text).is_empty());
    }
}
