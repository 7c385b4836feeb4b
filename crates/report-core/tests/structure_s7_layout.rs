//! Layout repair of invented reports with page furniture the older fixtures do not have: what
//! the repaired text keeps and drops, and what the outline becomes.

use report_core::{analyze, repair, Config, Report};

mod outline_text;
use outline_text::outline_text;
mod fixture_file;

fn report(name: &str) -> Report {
    let bytes = fixture_file::read(&format!("s7/{name}"));
    analyze(&bytes, &Config::default()).expect("decodes")
}

/// `(fixture, words the text keeps, words it drops, outline)`.
type Row = (
    &'static str,
    &'static [&'static str],
    &'static [&'static str],
    &'static str,
);

#[test]
fn furniture_of_unseen_layouts_is_removed() {
    let rows: &[Row] = &[
        (
            "outcome-two-line-footer-en.txt",
            &["Water item number 3", "desalination plants"],
            &["TREE.2.C", "RB/kt", "7333/31"],
            "0 [1] Water item number 1\n1 [2] Water item number 2\n2 [3] Water item number 3\n",
        ),
        (
            "kamerbrief-pagina-eenmaal-nl.txt",
            &["Geen bijzonderheden."],
            &["Pagina"],
            "0 [-] Spoorcapaciteit\n1 [-] Diversen\n",
        ),
    ];
    for (name, kept, dropped, outline) in rows {
        let report = report(name);
        for word in *kept {
            assert!(report.text.contains(word), "{name}: {word} kept");
        }
        for word in *dropped {
            assert!(
                !report.text.contains(word),
                "{name}: {word} dropped\n{}",
                report.text
            );
        }
        assert_eq!(outline_text(&report), *outline, "{name}");
    }
}

#[test]
fn a_last_page_number_with_its_count_is_furniture_once() {
    // (text, removed): only the last page's "n of n" proves itself alone.
    let rows: [(&str, bool); 5] = [
        ("Eerste alinea.\n\nTweede alinea.\n\nPagina 2 van 2\n", true),
        ("First paragraph.\n\nPage 3 of 3\n\nLast words.\n", true),
        (
            "Eerste alinea.\n\nPagina 1 van 2\n\nTweede alinea.\n",
            false,
        ),
        ("Eerste alinea.\n\nPagina 3 van 2\n", false),
        ("Eerste alinea.\n\nPagina 2 van 2 bijlagen volgen\n", false),
    ];
    for (text, removed) in rows {
        let layout = repair(text);
        assert_eq!(
            !layout.text.contains("Pag"),
            removed,
            "{text:?} → {:?}",
            layout.text
        );
    }
}

/// A text of short pages, each ending in `footer` with its page number set off by three
/// spaces.
fn short_pages(numbers: [u32; 2]) -> String {
    let mut text = String::from("Jaaroverzicht van de Dienst Vaarwegen\n\n");
    for (page, n) in numbers.iter().enumerate() {
        for k in 0..4 {
            text.push_str(&format!(
                "Alinea {k} van blad {page} over het onderhoud van sluizen.\n\n"
            ));
        }
        text.push_str(&format!("Jaaroverzicht Dienst Vaarwegen 2031   {n}\n\n"));
    }
    text
}

#[test]
fn a_footer_seen_twice_on_short_pages_counts_up_by_one() {
    let kept = |numbers| {
        repair(&short_pages(numbers))
            .text
            .contains("Vaarwegen 2031")
    };
    assert!(!kept([2, 3]), "pages 2 and 3: furniture");
    assert!(
        kept([2, 5]),
        "2 then 5 on short pages: not proven to count pages"
    );
}

#[test]
fn a_numbered_heading_under_each_running_header_stays() {
    // "Chapter 2", "Chapter 3" open the pages right under the header: headings, not furniture.
    let mut text = String::from("Annual report of the Lock Authority 2031\n\n");
    for (page, topic) in [(1, "Sluices"), (2, "Weirs"), (3, "Bridges")] {
        text.push_str(&format!("Chapter {page}\n{topic}\n\n"));
        for k in 0..8 {
            text.push_str(&format!(
                "Paragraph {k} of chapter {page} on the upkeep of locks.\n\n"
            ));
        }
        text.push_str(&format!(
            "LOCK AUTHORITY – ANNUAL REPORT 2031            {}\n\n",
            page + 1
        ));
    }
    let report = report_core::analyze_text(&text, &Config::default());
    assert!(!report.text.contains("LOCK AUTHORITY"), "{}", report.text);
    assert_eq!(
        outline_text(&report),
        "0 [1] Sluices\n1 [2] Weirs\n2 [3] Bridges\n"
    );
}
