//! Outline, metadata and layout on layouts first met in session 6's unseen reports: page
//! numbers that say so, chapter headings, headings wrapped at a hanging indent, status labels
//! with an object, the letterhead's postal address. Every text here is invented.

use expect_test::{expect, Expect};
use report_core::{analyze, repair, Config, Report};

mod outline_text;
use outline_text::outline_text;

fn fixture(name: &str) -> Vec<u8> {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn report(bytes: &[u8]) -> Report {
    analyze(bytes, &Config::default()).expect("fixtures decode")
}

fn check_outline(bytes: &[u8], expected: Expect) {
    expected.assert_eq(&outline_text(&report(bytes)));
}

#[test]
fn labelled_page_numbers_are_furniture_and_pages_join() {
    // "Pagina 2 van 3" lines, without form feeds and too few and too close for a running
    // footer: a page number that says so is furniture once it recurs, and the sentence it cut
    // comes out whole.
    let r = report(&fixture("ministeriebrief-paginanummers-nl.txt"));
    assert!(!r.text.contains("Pagina"), "{}", r.text);
    assert!(r
        .text
        .contains("maar Denemarken en Ierland vreesden voor de gevolgen"));
    assert_eq!(
        r.metadata.title.as_deref(),
        Some("Verslag van de Gezondheidsraad van 5 maart 2027")
    );
    assert_eq!(
        r.metadata.kind,
        report_core::DocumentKind::LetterWithMeetingReport
    );
    check_outline(
        &fixture("ministeriebrief-paginanummers-nl.txt"),
        expect![[r#"
            0 [1] Geneesmiddelenstrategie
            1 [2] Tekorten aan medicijnen
        "#]],
    );
}

#[test]
fn page_number_forms() {
    // (text, lines removed): a labelled number once is not enough; a bare number is content.
    let rows: [(&str, bool); 5] = [
        (
            "Eerste tekst.\n\nPagina 1 van 2\n\nTweede tekst.\n\nPagina 2 van 2\n",
            true,
        ),
        (
            "First text.\n\nPage 1 of 2\n\nSecond text.\n\nPage 2 of 2\n",
            true,
        ),
        ("Eerste tekst.\n\nblz. 4\n\nTweede tekst.\n\nblz. 5\n", true),
        ("Eerste tekst.\n\nPagina 1 van 2\n\nTweede tekst.\n", false),
        ("Eerste tekst.\n\n12\n\nTweede tekst.\n\n13\n", false),
    ];
    for (text, removed) in rows {
        let layout = repair(text);
        let kept = layout.text.contains("Pagina")
            || layout.text.contains("Page")
            || layout.text.contains("blz")
            || layout.text.contains("12");
        assert_eq!(!kept, removed, "{text:?} → {:?}", layout.text);
    }
}

#[test]
fn status_labels_with_an_object_are_no_sections() {
    // Each label stands under an item of an annotated agenda; only the items are sections.
    let labels = [
        "Algemene oriëntatie",
        "Goedkeuring van conclusies",
        "Aanneming van raadsconclusies",
        "Politiek akkoord",
        "Voortgangsrapport",
        "Approval of conclusions",
        "Adoption of Council conclusions",
        "Information from the Belgian and Danish delegations",
        "Informatie van de Commissie",
        "Presentation by the Commission",
    ];
    for label in labels {
        let text = format!(
            "Geannoteerde agenda van de Raad Milieu\n\n1. Bodemwet\n\n{label}\n\nDe Raad bespreekt het voorstel voor een bodemwet.\n\n2. Klimaat\n\n{label}\n\nDe Raad bespreekt het klimaatdoel voor 2040.\n"
        );
        assert_eq!(
            outline_text(&report(text.as_bytes())),
            "0 [1] Bodemwet\n1 [2] Klimaat\n",
            "{label}"
        );
    }
    // A chapter called "Conclusions" or an item that merely starts like a label stays.
    check_outline(
        b"Annual report\n\nThe year was busy for the whole agency.\n\nInformation from the regions\n\nThe regional offices reported.\n\nConclusions\n\nThe agency met its goals.\n",
        expect![[r#"
            0 [-] Information from the regions
            1 [-] Conclusions
        "#]],
    );
}

#[test]
fn a_status_in_brackets_leaves_the_title() {
    check_outline(
        "Verslag van de Raad Handel van 3 mei 2027\n\nAgendapunt 1 – Handelsakkoord met Chili (besluitvorming)\n\nDe Raad stemde in met het akkoord.\n\nAgendapunt 2 – Staal (Gedachtewisseling)\n\nDe ministers spraken over staal.\n\nAgendapunt 3 – Klimaatconferentie (COP 32)\n\nDe Raad nam conclusies aan.\n".as_bytes(),
        expect![[r#"
            0 [1] Handelsakkoord met Chili
            1 [2] Staal
            2 [3] Klimaatconferentie (COP 32)
        "#]],
    );
}

#[test]
fn chapters_named_by_a_word() {
    // "Hoofdstuk 1" with its title after a blank line, "Hoofdstuk 2: Title" on one line,
    // "Hoofdstuk 3" with its title on the next line, and an annex: chapters at the top level,
    // beside the summary before them, and never taken for running headers although they
    // recur at page-like distances.
    let r = report(&fixture("jaarverslag-hoofdstukken-nl.txt"));
    assert!(r.text.contains("Hoofdstuk 3 Financiën"), "{}", r.text);
    expect![[r#"
        0 [-] Samenvatting
        1 [1] Bestuur en organisatie
          2 [1.1] Het bestuur
          3 [1.2] De directie
        4 [2] Toezicht
          5 [2.1] Schepen
          6 [2.2] Havens
        7 [3] Financiën
          8 [3.1] Begroting
        9 [Bijlage 1] Cijfers per regio
    "#]]
    .assert_eq(&outline_text(&r));
    // In English, and a part above its chapters.
    check_outline(
        b"Annual report 2026\n\nPart I\n\nActivities\n\nChapter 1 Inspections\n\nThe agency inspected ships.\n\n1.1 Vessels\n\nMost were barges.\n\nChapter 2 Training\n\nThe agency trained staff.\n\nPart II - Resources\n\nChapter 3 - Budget\n\nThe budget was spent.\n",
        expect![[r#"
            0 [I] Activities
              1 [1] Inspections
                2 [1.1] Vessels
              3 [2] Training
            4 [II] Resources
              5 [3] Budget
        "#]],
    );
}

/// A pdftotext `-layout` page: numbers in the margin, headings and text at a hanging indent.
const HANGING: &str = "\
1.    Regulation on the design of vehicles and on the recycling of their parts
      Cooperation with Norway and Iceland (recast)
      The Council discussed the proposal and the Presidency presented a compromise
      on the share of recycled plastics, which most member states supported in the
      debate. Two delegations asked for longer transition periods for small firms.
2.    Directive on the monitoring of soils and the protection of their health and
      General approach
      The Council reached a general approach on the proposal for the directive. The
      Presidency thanked the delegations for their work during the negotiations.
3.    Conclusions on the conference of the parties to the convention on wetlands
      The Council approved conclusions on the position of the Union at the meeting
      of the parties. Several delegations stressed the role of wetlands for water.
4.    Water resilience
      Ministers exchanged views on the water resilience strategy of the Commission.
";

#[test]
fn a_heading_wraps_at_its_hanging_indent() {
    let layout = repair(HANGING);
    let headings: Vec<&str> = layout
        .blocks
        .iter()
        .filter(|b| b.kind == report_core::BlockKind::Heading)
        .map(|b| &layout.text[b.span.start..b.span.end])
        .collect();
    assert_eq!(
        headings,
        [
            // Ran to the wrap width; the next line at the title's column is shorter.
            "1.    Regulation on the design of vehicles and on the recycling of their parts Cooperation with Norway and Iceland (recast)",
            // Ends on "and": goes on over a label only because of the function word.
            "2.    Directive on the monitoring of soils and the protection of their health and General approach",
            // The next line is a paragraph's first line, as long as the wrap.
            "3.    Conclusions on the conference of the parties to the convention on wetlands",
            "4.    Water resilience",
        ]
    );
}

#[test]
fn the_addressee_ends_where_the_postal_address_starts() {
    let rows = [
        (
            "Aan de Voorzitter van de Tweede Kamer\nder Staten-Generaal\nPostbus 20018\n2500 EA  Den Haag\n",
            "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal",
        ),
        (
            "Aan de Voorzitter van de Eerste Kamer der Staten-Generaal Binnenhof 22 Den Haag\n",
            "Aan de Voorzitter van de Eerste Kamer der Staten-Generaal",
        ),
        (
            "To the President of the European Parliament, Rue Wiertz 60, 1047 Brussels\n",
            "To the President of the European Parliament",
        ),
        (
            "To the Chair of the Committee on Budgets P.O. Box 1200\n",
            "To the Chair of the Committee on Budgets",
        ),
        (
            "Aan de leden van de commissie voor 2027\n",
            "Aan de leden van de commissie voor 2027",
        ),
    ];
    for (address, want) in rows {
        let text = format!(
            "{address}\nDen Haag, 3 mei 2027\n\nHierbij zend ik u de brief over de begroting.\n\nDe Minister van Financiën,\n\nA.B. Smit\n"
        );
        let r = report(text.as_bytes());
        assert_eq!(r.metadata.addressee.as_deref(), Some(want), "{address:?}");
    }
}

/// `pages` pages of running text, each but the first opened by `header(page)`.
fn paged_text(pages: u32, header: impl Fn(u32) -> String) -> String {
    let mut out = String::new();
    for page in 1..=pages {
        if page > 1 {
            out.push_str(&header(page));
            out.push_str("\n\n");
        }
        for line in 0..16 {
            out.push_str(&format!(
                "The agency reported on its work in the sector in line {line} of page {page}.\n"
            ));
        }
        out.push('\n');
    }
    out
}

#[test]
fn a_header_that_counts_pages_is_furniture_after_two_pages() {
    let rows: [(&str, String, bool); 5] = [
        (
            "capitals and a set-off page number",
            paged_text(3, |p| {
                format!("COASTAL AGENCY – ANNUAL REPORT 2026          {p}")
            }),
            true,
        ),
        (
            "page number first, after a tab",
            paged_text(3, |p| format!("{p}\tAnnual report of the coastal agency")),
            true,
        ),
        (
            "a caption's number is not set off",
            paged_text(3, |p| format!("Figure {p} Inspections per region")),
            false,
        ),
        (
            "numbers that do not count up",
            paged_text(3, |p| format!("COASTAL AGENCY          {}", 10 - p)),
            false,
        ),
        (
            "a chapter heading recurs but counts no pages",
            paged_text(3, |p| format!("Chapter {p}")),
            false,
        ),
    ];
    for (name, text, removed) in rows {
        let layout = repair(&text);
        let header_left = layout.text.lines().any(|l| {
            l.contains("COASTAL")
                || l.contains("Annual report")
                || l.starts_with("Figure")
                || l.starts_with("Chapter")
        });
        assert_eq!(!header_left, removed, "{name}: {}", layout.text);
    }
}

#[test]
fn an_annex_marker_over_the_carried_report_is_neither_title_nor_section() {
    // "Bijlage 1" between the signature and the report's title, with and without a blank
    // line before the title.
    for gap in ["\n\n", "\n"] {
        let text = format!(
            "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\nDen Haag, 3 mei 2027\n\nHierbij bied ik u het verslag aan van de Raad Milieu van 28 april 2027 in Luxemburg.\n\nDe Minister van Klimaat en Groene Groei,\n\nA.B. Smit\n\nBijlage 1{gap}Verslag van de Raad Milieu van 28 april 2027\n\n1. Bodemwet\n\nDe Raad bereikte een akkoord over de bodemwet.\n\n2. Klimaat\n\nDe Raad sprak over het klimaatdoel.\n"
        );
        let r = report(text.as_bytes());
        assert_eq!(
            outline_text(&r),
            "0 [1] Bodemwet\n1 [2] Klimaat\n",
            "{gap:?}"
        );
        assert_eq!(
            r.metadata.title.as_deref(),
            Some("Verslag van de Raad Milieu van 28 april 2027"),
            "{gap:?}"
        );
        assert_eq!(
            r.metadata.kind,
            report_core::DocumentKind::LetterWithMeetingReport
        );
    }
}

#[test]
fn english_letter_signed_with_the_role_under_the_name() {
    // "Yours sincerely," ⏎ "A. Name" (which reads like a lettered heading) ⏎ role, then a
    // page number and the report's title on the next page.
    let r = report(&fixture("letter-board-report-en.txt"));
    expect![[r#"
        0 [1] Adoption of the agenda
        1 [2] Budget 2028
    "#]]
    .assert_eq(&outline_text(&r));
    let m = &r.metadata;
    assert_eq!(
        m.title.as_deref(),
        Some("Report of the meeting of the Management Board")
    );
    assert_eq!(m.kind, report_core::DocumentKind::LetterWithMeetingReport);
    let signatories: Vec<(Option<&str>, Option<&str>)> = m
        .signatories
        .iter()
        .map(|s| (s.role.as_deref(), s.name.as_deref()))
        .collect();
    assert_eq!(
        signatories,
        [(Some("Executive Director"), Some("A. Marsh-Oduya"))]
    );
    // The sentence the page cut is whole; the role line and the title are not joined.
    assert!(r.text.contains("The representative of France abstained."));
    assert!(r.text.contains("\n\nExecutive Director\n\n"));
}
