//! Dutch and English dates in running text: "25 augustus 2022", "11 en 12 juli 2022",
//! "14 and 15 October 2024", "14-15 October 2024", "30 juni tot en met 2 juli 2022", written
//! out as ISO 8601 days.
//!
//! ```
//! use report_core::dates;
//! let found = dates::find_all("op 11 en 12 juli 2022 in Praag");
//! assert_eq!(found[0].iso(), ["2022-07-11", "2022-07-12"]);
//! assert_eq!(dates::parse("14-15 October 2024"), ["2024-10-14", "2024-10-15"]);
//! ```

use crate::model::Span;
use regex::Regex;
use std::sync::OnceLock;

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

fn pattern() -> &'static Regex {
    static PATTERN: OnceLock<Regex> = OnceLock::new();
    PATTERN.get_or_init(|| {
        let months = "januari|january|februari|february|maart|march|april|mei|may|juni|june|juli|july|augustus|august|september|oktober|october|november|december|jan|feb|mrt|mar|apr|jun|jul|aug|sept|sep|okt|oct|nov|dec";
        let sep = r"\s*(?:,|-|–|&|en|and|tot en met|t/m|to|until)\s*";
        // ASCII classes only (`(?-u)`): Unicode `\d` and `\b` made this pattern cost tens of
        // milliseconds to compile, and dates are written with ASCII digits.
        let source = format!(
            r"(?i-u)\b(?:(?P<d0>[0-9]{{1,2}})\s+(?P<m0>{months})\.?{sep})?(?P<days>(?:[0-9]{{1,2}}{sep})*[0-9]{{1,2}})\s+(?P<m>{months})\.?,?\s+(?P<y>[0-9]{{4}})\b"
        );
        Regex::new(&source).expect("the date pattern is valid")
    })
}

/// Every date expression in `text`, in order.
pub fn find_all(text: &str) -> Vec<DateMatch> {
    // Every date has a four-digit year; most texts are long and have few dates, so only run the
    // pattern when the text has a digit at all.
    if !text.bytes().any(|b| b.is_ascii_digit()) {
        return Vec::new();
    }
    pattern()
        .captures_iter(text)
        .filter_map(|caps| {
            let whole = caps.get(0)?;
            let dates = expand(&caps)?;
            Some(DateMatch {
                span: Span::new(whole.start(), whole.end()),
                dates,
            })
        })
        .collect()
}

/// The days named by the first date expression in `s`, as ISO strings; empty if none.
pub fn parse(s: &str) -> Vec<String> {
    find_all(s).first().map(DateMatch::iso).unwrap_or_default()
}

fn expand(caps: &regex::Captures<'_>) -> Option<Vec<Date>> {
    let year: u32 = caps.name("y")?.as_str().parse().ok()?;
    let month_n = month(caps.name("m")?.as_str())?;
    let mut dates = Vec::new();
    let mut cross_range = false;
    if let (Some(d0), Some(m0)) = (caps.name("d0"), caps.name("m0")) {
        // "30 juni tot en met 2 juli 2022": the first month runs to its end when the
        // separator is a range.
        let start = Date {
            year,
            month: month(m0.as_str())?,
            day: d0.as_str().parse().ok()?,
        };
        valid(start)?;
        dates.push(start);
        let between = &caps.get(0)?.as_str()[m0.end() - caps.get(0)?.start()..];
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
    let days = caps.name("days")?.as_str();
    let mut previous: Option<u32> = None;
    // The first day of a range that crossed into the last month counts from the 1st.
    let mut range = cross_range;
    let mut rest = days;
    while !rest.is_empty() {
        let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
        if digits > 0 {
            let day: u32 = rest[..digits].parse().ok()?;
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table() {
        let rows: [(&str, &[&str]); 14] = [
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
        ];
        for (text, want) in rows {
            assert_eq!(parse(text), want, "{text}");
        }
    }
}
