//! Session 14: layout, outline and metadata of small invented reports nobody had shown the
//! analyzer (eval14-structure): hyphenation after a syllable that is also a prefix
//! ("pro-⏎ducts"), a written consultation without a table of contents, a Markdown report's
//! dateline, and whole documents in five genres (fixtures under `fixtures/s14`).

use expect_test::{expect, Expect};
use report_core::{analyze_text, Config, Report};

mod metadata_rows;
mod outline_text;
use metadata_rows::{check_fields, FieldRow};
use outline_text::outline_text;

fn run(text: &str) -> Report {
    analyze_text(text, &Config::default())
}

#[allow(dead_code)]
fn check_outline(text: &str, expected: Expect) {
    expected.assert_eq(&outline_text(&run(text)));
}

/// The text of a paragraph whose second line starts with `after`, the first ending on `before`.
fn joined(before: &str, after: &str) -> String {
    let text = format!(
        "Report\n\nMinisters discussed the market and asked for support for the {before}\n\
         {after} of the sector in the coming months.\n"
    );
    let report = run(&text);
    let at = report.text.find("support for the ").expect("the paragraph") + 16;
    report.text[at..].split(" of the sector").next().unwrap_or("").to_string()
}

#[test]
fn hyphenation_after_a_syllable_that_is_also_a_prefix_is_undone() {
    let rows = [
        ("pro-", "ducts", "products"),
        ("pro-", "gramme", "programme"),
        ("pro-", "ducenten", "producenten"),
        ("co-", "hesion", "cohesion"),
        ("ex-", "port", "export"),
        ("Mid-", "den-Oosten", "Midden-Oosten"),
        // Real prefixes keep their hyphen.
        ("non-", "paper", "non-paper"),
        ("ex-", "ante", "ex-ante"),
        ("co-", "legislators", "co-legislators"),
        ("pro-", "European", "pro-European"),
        ("EU-", "landen", "EU-landen"),
        ("Noord-", "Afrikaanse", "Noord-Afrikaanse"),
    ];
    let wrong: Vec<String> = rows
        .iter()
        .filter_map(|(before, after, want)| {
            let got = joined(before, after);
            (got != *want).then(|| format!("{before}⏎{after}: got {got:?}, expected {want:?}"))
        })
        .collect();
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn the_document_spelling_decides_before_the_prefix_list() {
    let report = run("Report\n\nThe co-\noperation went well.\n\nThe cooperation goes on.\n");
    assert!(report.text.contains("The cooperation went well."), "{}", report.text);
}
