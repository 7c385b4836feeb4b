//! Property tests: whatever the input, `analyze` returns (never panics), and what it returns keeps
//! the model's promises (see `invariants/mod.rs`) and does not depend on the run.

mod invariants;

use proptest::prelude::*;
use report_core::{analyze, analyze_text, Config};

/// Pieces of report-like text, so that generated inputs reach headings, actors and statements
/// instead of stopping at decoding. No fixture text: generic words and numbering only.
const TOKENS: &[&str] = &[
    "\n",
    "\n",
    "\n",
    "\n\n",
    "\r\n",
    "\r",
    "\u{c}",
    " ",
    " ",
    " ",
    "  ",
    "\t",
    "1.",
    "2.",
    "3.",
    "1.1",
    "2.3.",
    "1.1.1",
    "I.",
    "II.",
    "III.",
    "IV",
    "a.",
    "b)",
    "-",
    "–",
    "•",
    ".",
    ",",
    ":",
    ";",
    "(",
    ")",
    "\"",
    "'",
    "Nederland stelde",
    "Nederland",
    "stelde",
    "De Commissie",
    "de Commissie",
    "het Voorzitterschap",
    "de lidstaten",
    "Duitsland",
    "Frankrijk",
    "Minister",
    "Raad",
    "Commissaris",
    "The Council",
    "Member States",
    "welcomed",
    "called for",
    "benadrukte",
    "gaf aan",
    "Binnenlandse Zaken",
    "Justitie",
    "Migratie",
    "Verslag",
    "Oekraïne",
    "Zaken",
    "informele",
    "van",
    "de",
    "het",
    "en",
    "op",
    "11 en 12 juli 2022",
    "2022",
    "Praag",
    "Den Haag,",
    "Kamerstuk",
    "32 317",
    "Nr. 771",
    "ë",
    "é",
    "ß",
    "€",
    "😀",
    "e\u{301}",
    "\u{a0}",
    "\u{200b}",
    "\u{feff}",
    "<b>",
    "&amp;",
    "WWWWWWWWWWWW",
    "A",
    "Z",
    "x",
];

fn text_like() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(TOKENS), 0..150).prop_map(|pieces| {
        let mut text = String::new();
        for (i, piece) in pieces.iter().enumerate() {
            // Words need spaces between them to be words; punctuation and breaks do not.
            if i > 0
                && piece.starts_with(char::is_alphanumeric)
                && !text.ends_with(char::is_whitespace)
            {
                text.push(' ');
            }
            text.push_str(piece);
        }
        text
    })
}

/// Headings, paragraphs and breaks in report order, so that outlines with several levels come out
/// often, and mentions and statements fall inside, between and across sections.
fn structured() -> impl Strategy<Value = String> {
    let numbers = prop::sample::select(
        &[
            "I.", "II.", "III.", "1.", "2.", "10.", "1.1", "2.1.3", "a.", "A.",
        ][..],
    );
    let titles = prop::sample::select(
        &[
            "Binnenlandse Zaken",
            "Justitie",
            "Migratie en asiel",
            "Any other business",
            "Raad",
        ][..],
    );
    let heading = (numbers, titles, prop::bool::ANY).prop_map(|(number, title, wrapped)| {
        if wrapped {
            format!("{number} {title} en nog een lange kop die over twee regels\nloopt")
        } else {
            format!("{number} {title}")
        }
    });
    let block = prop_oneof![heading, text_like()];
    let breaks = prop::sample::select(&["\n", "\n\n", "\n\n\n", "\r\n\r\n", "\u{c}\n"][..]);
    prop::collection::vec((block, breaks), 0..10).prop_map(|parts| {
        parts
            .into_iter()
            .flat_map(|(block, brk)| [block, brk.to_string()])
            .collect()
    })
}

/// Two texts set side by side in columns as `pdftotext -layout` sets a two-column page: each
/// row a line of the left text padded to a gutter, then a line of the right text. Some rows
/// run across the gutter, some columns end early, some pages break.
fn two_columns() -> impl Strategy<Value = String> {
    let column = || prop::collection::vec(text_like(), 1..4).prop_map(|t| t.join("\n\n"));
    (column(), column(), 20usize..70, 3usize..6, prop::bool::ANY).prop_map(
        |(left, right, width, gap, across)| {
            let wrap = |text: &str| -> Vec<String> {
                let mut rows = vec![String::new()];
                for word in text.split(' ') {
                    let row = rows.last_mut().expect("a row");
                    if !row.is_empty() && row.chars().count() + word.chars().count() >= width {
                        rows.push(String::new());
                    }
                    let row = rows.last_mut().expect("a row");
                    if !row.is_empty() {
                        row.push(' ');
                    }
                    row.push_str(word);
                }
                rows.into_iter()
                    .flat_map(|r| r.split('\n').map(str::to_string).collect::<Vec<_>>())
                    .collect()
            };
            let (l, r) = (wrap(&left), wrap(&right));
            let mut out = String::new();
            for k in 0..l.len().max(r.len()) {
                let a = l.get(k).map_or("", String::as_str);
                let b = r.get(k).map_or("", String::as_str);
                if across && k == 2 {
                    out.push_str("A heading that runs across the whole width of the page\n");
                }
                let pad = (width + gap).saturating_sub(a.chars().count());
                out.push_str(&format!(
                    "{a}{}{b}\n",
                    " ".repeat(if b.is_empty() { 0 } else { pad })
                ));
            }
            out
        },
    )
}

fn any_text() -> impl Strategy<Value = String> {
    prop::collection::vec(any::<char>(), 0..400).prop_map(String::from_iter)
}

fn any_bytes() -> impl Strategy<Value = Vec<u8>> {
    prop::collection::vec(any::<u8>(), 0..600)
}

/// Analyses `bytes` twice and checks the invariants; `Err` from decoding is allowed.
fn check_bytes(bytes: &[u8]) -> Result<(), TestCaseError> {
    let config = Config::default();
    let first = analyze(bytes, &config);
    let second = analyze(bytes, &config);
    prop_assert_eq!(&first, &second, "two runs differ");
    match first {
        Ok(report) => {
            invariants::check(&report, bytes.len()).map_err(TestCaseError::fail)?;
        }
        Err(error) => {
            let message = error.to_string();
            prop_assert!(
                !message.is_empty() && !message.contains('\n'),
                "{:?}",
                message
            );
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes(bytes in any_bytes()) {
        check_bytes(&bytes)?;
    }

    #[test]
    fn arbitrary_unicode(text in any_text()) {
        check_bytes(text.as_bytes())?;
    }

    #[test]
    fn report_like_text(text in text_like()) {
        check_bytes(text.as_bytes())?;
    }

    #[test]
    fn structured_report(text in structured()) {
        check_bytes(text.as_bytes())?;
    }

    #[test]
    fn report_like_text_with_a_byte_order_mark(text in text_like()) {
        let mut bytes = b"\xEF\xBB\xBF".to_vec();
        bytes.extend_from_slice(text.as_bytes());
        check_bytes(&bytes)?;
    }

    /// Valid UTF-8 text is never refused: only bytes that are not text may be.
    #[test]
    fn text_without_nul_is_never_refused(text in text_like()) {
        prop_assert!(analyze(text.as_bytes(), &Config::default()).is_ok());
    }

    #[test]
    fn two_column_pages(text in two_columns()) {
        check_bytes(text.as_bytes())?;
    }

    #[test]
    fn analyze_text_keeps_the_invariants(text in structured()) {
        let report = analyze_text(&text, &Config::default());
        prop_assert_eq!(&report, &analyze_text(&text, &Config::default()));
        invariants::check(&report, text.len()).map_err(TestCaseError::fail)?;
    }
}

proptest! {
    // Each case analyses 16 inputs: a few cases are enough to catch a generator gone blind.
    #![proptest_config(ProptestConfig { cases: 4, ..ProptestConfig::default() })]

    /// A sanity check on the generator itself: structured inputs must reach the outline stage,
    /// or the properties above would only ever test empty outlines.
    #[test]
    fn structured_reports_often_have_sections(texts in prop::collection::vec(structured(), 16)) {
        let with_sections = texts
            .iter()
            .filter(|t| !analyze_text(t, &Config::default()).outline.is_empty())
            .count();
        prop_assert!(with_sections >= 2, "only {} of 16 had sections", with_sections);
    }
}
