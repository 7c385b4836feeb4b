//! The page's components rendered to HTML natively (Yew's server renderer), over reports made
//! by hand where the core does not deliver actors and statements yet.
#![cfg(not(target_arch = "wasm32"))]

use report_analyzer_web::app::App;
use report_analyzer_web::components::{
    actor_panel::{ActorPanel, ActorPanelProps},
    matrix::{Matrix, MatrixProps},
    outline::{Outline, OutlineProps},
    reader::{Reader, ReaderProps},
    statements::{Statements, StatementsProps},
};
use report_analyzer_web::doc::{is_list_line, segments, BlockKind, DocRc, Mark};
use report_analyzer_web::i18n::Lang;
use report_core::{Actor, ActorKind, Mention, Span, Stance, Statement};
use yew::{BaseComponent, Callback};

const TEXT: &str = "I. Water\n\n1. Droogte\n\nNederland steunde Spanje. De Commissie zweeg. <script>window.pwned=1</script><img src=x onerror=\"window.pwned=2\">\n\n- Nederland levert gegevens.\n- Spanje ook.\n\n2. Overstromingen\n\nDe Commissie stelde voor de kaarten te harmoniseren.\n\nII. Klimaat\n\n1. Doel 2040\n\nSpanje maakte een voorbehoud.\n";

fn actor(report: &report_core::Report, id: &str, name: &str, kind: ActorKind, word: &str) -> Actor {
    let sections = report.sections();
    let mentions = report
        .text
        .match_indices(word)
        .map(|(start, w)| {
            let range = Span::new(start, start + w.len());
            let section = sections
                .iter()
                .filter(|s| s.range.contains(range))
                .map(|s| s.id)
                .next_back();
            Mention { range, section }
        })
        .collect();
    Actor {
        id: id.into(),
        name: name.into(),
        kind,
        aliases: vec![],
        role: (kind == ActorKind::Organization)
            .then(|| "uitvoerende macht van de Unie".to_string()),
        affiliation: None,
        mentions,
    }
}

/// The core's outline and layout, plus actors and statements made by hand.
fn doc() -> DocRc {
    let mut report = report_core::analyze_text(
        TEXT,
        &report_core::Config {
            file_name: Some("hand.txt".into()),
            actors: None,
        },
    );
    report.actors = vec![
        actor(
            &report,
            "country:nl",
            "Nederland",
            ActorKind::Country,
            "Nederland",
        ),
        actor(
            &report,
            "country:es",
            "Spanje",
            ActorKind::Country,
            "Spanje",
        ),
        actor(
            &report,
            "org:european-commission",
            "Europese Commissie",
            ActorKind::Organization,
            "Commissie",
        ),
    ];
    let first = report.actors[0].mentions[0].clone();
    let sentence_end = report.text[first.range.start..].find('.').unwrap() + first.range.start + 1;
    report.statements = vec![Statement {
        actor: "country:nl".into(),
        verb: "steunde".into(),
        range: Span::new(first.range.start, sentence_end),
        section: first.section,
        stance: Stance::Support,
    }];
    DocRc::new(report)
}

async fn render<C: BaseComponent>(props: C::Properties) -> String {
    yew::LocalServerRenderer::<C>::with_props(props)
        .hydratable(false)
        .render()
        .await
}

fn count(html: &str, needle: &str) -> usize {
    html.matches(needle).count()
}

#[tokio::test]
async fn empty_page_offers_the_drop_zone_with_a_file_input() {
    let html = yew::LocalServerRenderer::<App>::new()
        .hydratable(false)
        .render()
        .await;
    assert!(html.contains(r#"data-testid="drop-zone""#), "{html}");
    assert!(html.contains(r#"type="file""#), "{html}");
    assert!(html.contains("never leaves your computer"), "{html}");
    assert!(html.contains(r#"data-testid="try-example""#), "{html}");
    assert!(
        !html.contains(r#"role="alert""#),
        "no error on an empty page: {html}"
    );
}

#[tokio::test]
async fn dutch_page_speaks_dutch() {
    let html = render::<App>(report_analyzer_web::app::AppProps {
        lang: Some("nl-NL".into()),
        ..Default::default()
    })
    .await;
    assert!(html.contains("verlaat nooit je computer"), "{html}");
    assert!(html.contains(r#"lang="nl""#), "{html}");
}

#[test]
fn the_doc_finds_headings_lists_and_sections() {
    let d = doc();
    let kinds: Vec<&BlockKind> = d.blocks.iter().map(|b| &b.kind).collect();
    assert_eq!(d.sections.len(), 5, "{:?}", d.sections);
    assert_eq!(kinds[0], &BlockKind::Heading(0));
    assert_eq!(kinds[1], &BlockKind::Heading(1));
    assert!(kinds.contains(&&BlockKind::List), "{kinds:?}");
    // The paragraph after "1. Droogte" lies in section 1, the last one in section 4.
    assert_eq!(d.blocks[2].section, Some(1));
    assert_eq!(d.blocks.last().unwrap().section, Some(4));
    // Counts roll up: Spanje is in part I twice (paragraph, list) and in part II once.
    let es = 1;
    assert_eq!(d.counts[es][0], 2);
    assert_eq!(d.counts[es][3], 1);
    assert_eq!(d.actors_per_section[0], 3);
}

#[test]
fn segments_cut_text_around_marks() {
    let marks = [
        Mark {
            span: Span::new(2, 4),
            actor: 0,
            index: 0,
        },
        Mark {
            span: Span::new(6, 9),
            actor: 1,
            index: 0,
        },
    ];
    let segs = segments(Span::new(0, 10), &marks, 0..2);
    let shape: Vec<(usize, usize, Option<usize>)> = segs
        .iter()
        .map(|s| (s.span.start, s.span.end, s.mark))
        .collect();
    assert_eq!(
        shape,
        vec![
            (0, 2, None),
            (2, 4, Some(0)),
            (4, 6, None),
            (6, 9, Some(1)),
            (9, 10, None)
        ]
    );
}

#[test]
fn list_lines_are_recognised() {
    for (line, want) in [
        ("- een", true),
        ("• twee", true),
        ("a) drie", true),
        ("12) vier", true),
        ("Nederland steunde", false),
        ("2.1 Titel", false),
    ] {
        assert_eq!(is_list_line(line), want, "{line}");
    }
}

#[tokio::test]
async fn reader_marks_every_mention_and_never_renders_document_html() {
    let d = doc();
    let html = render::<Reader>(ReaderProps {
        doc: d.clone(),
        actor: None,
        hidden: [false; 5],
        jump: None,
        lang: Lang::En,
        on_current: Callback::noop(),
    })
    .await;
    for a in &d.report.actors {
        let marks = count(&html, &format!(r#"data-actor="{}""#, a.id));
        assert_eq!(marks, a.mentions.len(), "{}: {html}", a.id);
    }
    assert_eq!(count(&html, r#"data-kind="country""#), 5);
    assert!(!html.contains("<script"), "{html}");
    assert!(!html.contains("<img"), "{html}");
    assert!(html.contains("&lt;script&gt;"), "{html}");
    assert!(html.contains(r#"id="section-1""#), "{html}");
    assert!(html.contains("<h4"), "level-2 headings are h4: {html}");
    assert!(html.contains("<li>"), "lists are lists: {html}");
    assert!(
        html.contains(r#"title="Europese Commissie — uitvoerende macht van de Unie""#),
        "{html}"
    );
}

#[tokio::test]
async fn reader_dims_sections_without_the_selected_actor() {
    let d = doc();
    let nl = 0;
    let html = render::<Reader>(ReaderProps {
        doc: d,
        actor: Some(nl),
        hidden: [false, true, false, false, false],
        jump: None,
        lang: Lang::En,
        on_current: Callback::noop(),
    })
    .await;
    assert!(html.contains("has-sel"), "{html}");
    assert!(html.contains("hide-country"), "{html}");
    assert_eq!(count(&html, r#"class="m sel""#), 2, "{html}");
    assert!(
        html.contains("ra-block dim"),
        "part II has no Nederland: {html}"
    );
}

#[tokio::test]
async fn outline_is_an_aria_tree_with_levels_and_counts() {
    let d = doc();
    let html = render::<Outline>(OutlineProps {
        doc: d,
        current: Some(1),
        actor: None,
        lang: Lang::En,
        on_select: Callback::noop(),
    })
    .await;
    assert!(html.contains(r#"role="tree""#), "{html}");
    assert_eq!(count(&html, r#"role="treeitem""#), 5, "{html}");
    assert_eq!(count(&html, r#"aria-level="2""#), 3, "{html}");
    assert_eq!(count(&html, r#"aria-expanded="true""#), 2, "{html}");
    assert_eq!(count(&html, r#"tabindex="0""#), 1, "one tab stop: {html}");
    assert!(html.contains(r#"aria-current="location""#), "{html}");
    assert!(html.contains("Droogte"), "{html}");
}

#[tokio::test]
async fn actor_panel_lists_actors_by_kind_and_filters() {
    let d = doc();
    let props = |filter: &str, actor| ActorPanelProps {
        doc: d.clone(),
        actor,
        cursor: None,
        hidden: [false; 5],
        filter: filter.to_string(),
        lang: Lang::Nl,
        on_select: Callback::noop(),
        on_toggle: Callback::noop(),
        on_filter: Callback::noop(),
        on_step: Callback::noop(),
        on_section: Callback::noop(),
    };
    let html = render::<ActorPanel>(props("", None)).await;
    assert_eq!(count(&html, r#"data-testid="actor""#), 3, "{html}");
    assert!(html.contains(r#"data-actor="country:es""#), "{html}");
    assert!(
        html.contains("Landen") && html.contains("Organisaties"),
        "{html}"
    );
    let html = render::<ActorPanel>(props("span", None)).await;
    assert_eq!(count(&html, r#"data-testid="actor""#), 1, "{html}");
    let html = render::<ActorPanel>(props("", Some(0))).await;
    assert!(html.contains(r#"data-testid="actor-detail""#), "{html}");
    assert!(html.contains("steunt"), "the statement's stance: {html}");
}

#[tokio::test]
async fn a_long_statement_list_renders_one_page_and_offers_more() {
    let d = doc();
    let mut report = d.report.clone();
    // 450 statements in 450 sentences: alternating ranges, as one item holds one sentence.
    let one = report.statements[0].clone();
    let mut other = one.clone();
    other.range.end -= 1;
    report.statements = (0..450)
        .map(|k| {
            if k % 2 == 0 {
                one.clone()
            } else {
                other.clone()
            }
        })
        .collect();
    let html = render::<Statements>(StatementsProps {
        doc: DocRc::new(report),
        actor: None,
        lang: Lang::En,
        on_actor: Callback::noop(),
        on_section: Callback::noop(),
    })
    .await;
    assert_eq!(
        count(&html, r#"class="ra-statement""#),
        60,
        "one page of statements"
    );
    assert!(
        html.contains("Show more (390)"),
        "the rest is one click away"
    );
}

#[tokio::test]
async fn matrix_and_statements_render() {
    let d = doc();
    let html = render::<Matrix>(MatrixProps {
        doc: d.clone(),
        actor: None,
        lang: Lang::En,
        on_mention: Callback::noop(),
    })
    .await;
    assert!(html.contains(r#"data-testid="actor-matrix""#), "{html}");
    assert_eq!(count(&html, "<tr"), 4, "a header and three actors: {html}");
    assert!(html.contains(r#"data-count="2""#), "{html}");
    let html = render::<Statements>(StatementsProps {
        doc: d,
        actor: None,
        lang: Lang::En,
        on_actor: Callback::noop(),
        on_section: Callback::noop(),
    })
    .await;
    assert!(
        html.contains("steunde") && html.contains("supports"),
        "{html}"
    );
    assert!(html.contains("1. Droogte"), "grouped by section: {html}");
}

#[test]
fn exports_match_the_cli_and_list_every_mention() {
    let d = doc();
    let json = report_analyzer_web::export::json(&d.report);
    assert_eq!(
        json,
        serde_json::to_string_pretty(&d.report).unwrap() + "\n"
    );
    let csv = report_analyzer_web::export::csv(&d);
    let mentions: usize = d.report.actors.iter().map(|a| a.mentions.len()).sum();
    assert_eq!(csv.lines().count(), mentions + 1, "{csv}");
    let md = report_analyzer_web::export::markdown(&d, Lang::En);
    assert!(
        md.contains("- **Nederland** _steunde_ — support: “"),
        "{md}"
    );
    assert!(md.contains("\nActors mentioned: "), "{md}");
    let nl = report_analyzer_web::export::markdown(&d, Lang::Nl);
    assert!(
        nl.contains("\nGenoemde actoren: "),
        "the page's language: {nl}"
    );
}

#[test]
fn the_worker_messages_put_the_same_report_back_together() {
    // The worker's side (report-worker) and the page's side (protocol) of the same messages.
    let bytes = report_analyzer_web::app::SAMPLE.as_bytes();
    let whole = report_analyzer_web::protocol::analyze(bytes, "x.txt", None).unwrap();
    let structure = report_worker::structure(bytes, "x.txt", None).unwrap();
    let skeleton = report_worker::skeleton_json(structure.report());
    assert!(!skeleton.contains("\"text\":\"I"), "the text travels apart");
    let text = structure.report().text.clone();
    let (sections, labels) = report_worker::outline_parts(structure.report());
    let mut page =
        report_analyzer_web::protocol::report_from_parts(text, &skeleton, &sections, &labels)
            .unwrap();
    assert!(page.actors.is_empty() && !page.outline.is_empty());
    let packed = report_core::packed::pack(&structure.finish());
    report_analyzer_web::protocol::complete(
        &mut page,
        &serde_json::to_string(&packed.actors).unwrap(),
        &serde_json::to_string(&packed.verbs).unwrap(),
        packed.mentions,
        packed.statements,
    )
    .unwrap();
    assert_eq!(page, whole);
    assert!(!page.statements.is_empty());
    let damaged =
        report_analyzer_web::protocol::complete(&mut page, "[]", "[]", vec![0, 1, 2, 0], vec![]);
    assert!(damaged.is_err(), "a mention of an actor that is not there");
}

#[test]
fn the_bundled_example_analyses() {
    let r = report_analyzer_web::protocol::analyze(
        report_analyzer_web::app::SAMPLE.as_bytes(),
        "x.txt",
        None,
    )
    .unwrap();
    assert!(r.sections().len() >= 4, "{:?}", r.outline);
}

/// The diagnostic codes the core's source can emit: the literal after each
/// `Diagnostic::new(Severity::…,`.
fn core_diagnostic_codes() -> Vec<String> {
    fn walk(dir: &std::path::Path, out: &mut Vec<String>) {
        for entry in std::fs::read_dir(dir).expect("core source folder") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let source = std::fs::read_to_string(&path).expect("source file");
                for (at, _) in source.match_indices("Diagnostic::new(") {
                    let rest = source[at..].split_once("Severity::").map(|(_, r)| r);
                    let code = rest
                        .and_then(|r| r.split_once(',').map(|(_, r)| r.trim_start()))
                        .and_then(|r| r.strip_prefix('"'))
                        .and_then(|r| r.split_once('"').map(|(c, _)| c.to_string()));
                    out.extend(code);
                }
            }
        }
    }
    let mut codes = Vec::new();
    let src = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("crates/report-core/src");
    walk(&src, &mut codes);
    codes.sort();
    codes.dedup();
    codes
}

#[test]
fn every_diagnostic_the_core_gives_has_dutch_words() {
    let codes = core_diagnostic_codes();
    assert!(codes.len() >= 18, "{codes:?}");
    let untranslated: Vec<&String> = codes
        .iter()
        .filter(|code| {
            report_analyzer_web::i18n::diagnostic_text(Lang::Nl, code, "ENGLISH", "UTF-8")
                == "ENGLISH"
        })
        .collect();
    assert!(
        untranslated.is_empty(),
        "no Dutch text for {untranslated:?}"
    );
}
