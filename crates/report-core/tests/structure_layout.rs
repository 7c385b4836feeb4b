//! Layout repair: hyphenation, headings without blank lines, lists, page furniture, the offset
//! map. Rows are `(name, input, expected)`.

use report_core::{decode, repair, BlockKind, Layout};

fn fixture(name: &str) -> String {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    decode(&bytes)
        .unwrap_or_else(|e| panic!("{path}: {e}"))
        .text
}

fn shared_fixture() -> String {
    let path = format!(
        "{}/../../../shared/fixtures/jbz-raad-2022-07-verslag.txt",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn kinds(layout: &Layout) -> Vec<(BlockKind, &str)> {
    layout
        .blocks
        .iter()
        .map(|b| (b.kind, &layout.text[b.span.start..b.span.end]))
        .collect()
}

#[test]
fn hyphenation() {
    let rows = [
        (
            "hyphenation undone",
            "dat maatre-\ngelen neemt",
            "dat maatregelen neemt",
        ),
        (
            "capital after the break keeps the hyphen",
            "de Noord-\nAfrikaanse landen",
            "de Noord-Afrikaanse landen",
        ),
        ("acronym before the break", "de EU-\nlanden", "de EU-landen"),
        (
            "acronym after the break",
            "het eu-\nLISA agentschap",
            "het eu-LISA agentschap",
        ),
        (
            "known prefix",
            "het e-\nCodex systeem",
            "het e-Codex systeem",
        ),
        (
            "known prefix, lower case",
            "een ex-\nminister",
            "een ex-minister",
        ),
        (
            "number before the break",
            "de 2023-\nrapportage",
            "de 2023-rapportage",
        ),
        (
            "the document's own hyphenated spelling wins",
            "goede informatie-uitwisseling en meer informatie-\nuitwisseling",
            "goede informatie-uitwisseling en meer informatie-uitwisseling",
        ),
        (
            "the document's own joined spelling wins",
            "de samenwerking en de samen-\nwerking",
            "de samenwerking en de samenwerking",
        ),
        (
            "dutch vowel clash keeps the hyphen",
            "de auto-\nongelukken",
            "de auto-ongelukken",
        ),
        (
            "unknown compound is joined",
            "de grens-\nlanden en",
            "de grenslanden en",
        ),
        (
            "soft hyphen at the line end",
            "de maatre\u{AD}\ngelen",
            "de maatregelen",
        ),
        (
            "soft hyphen inside a line",
            "co\u{AD}operatie",
            "cooperatie",
        ),
        (
            "a dash is no hyphen",
            "interference –\nFIMI",
            "interference – FIMI",
        ),
        (
            "a hyphen before a blank line stays",
            "zie de EU-\n\nlanden",
            "zie de EU-\n\nlanden",
        ),
        ("crlf", "maatre-\r\ngelen\r\nnemen", "maatregelen nemen"),
        ("cr", "maatre-\rgelen\rnemen", "maatregelen nemen"),
        ("vertical tab", "een\x0Bregel", "een regel"),
        (
            "trailing and leading spaces",
            "  een  \n twee  ",
            "een twee",
        ),
    ];
    for (name, input, want) in rows {
        assert_eq!(repair(input).text, want, "{name}");
    }
}

#[test]
fn shared_fixture_hyphenation() {
    let layout = repair(&shared_fixture());
    for word in [
        "maatregelen",
        "Schengeninformatiesysteem",
        "grenslanden",
        "grensoverschrijdende criminaliteit",
        "samenwerking met rechtshandhavende",
        "rechtsbescherming van kwetsbare",
        "EU-landen",
        "eu-LISA",
        "e-Codex",
        "informatie-uitwisseling",
        "toekomstbestendig",
        "bewijsvergaring",
    ] {
        assert!(layout.text.contains(word), "{word}");
    }
    for broken in ["maatre-", "Schen-", "grens- ", "samen- "] {
        assert!(!layout.text.contains(broken), "{broken}");
    }
}

type Blocks = Vec<(BlockKind, &'static str)>;

#[test]
fn headings_and_lists_become_blocks_without_blank_lines() {
    use BlockKind::*;
    let rows: Vec<(&str, &str, Blocks)> = vec![
        (
            "numbered heading after a sentence",
            "Dit was het eerste punt.\n2. Migratie\nDe Raad sprak over migratie.",
            vec![
                (Paragraph, "Dit was het eerste punt."),
                (Heading, "2. Migratie"),
                (Paragraph, "De Raad sprak over migratie."),
            ],
        ),
        (
            "wrapped heading ending in a preposition",
            "2. Mogelijkheden van elektronische communicatie in het kader van\njustitiële samenwerking\nHet Voorzitterschap opende.",
            vec![
                (
                    Heading,
                    "2. Mogelijkheden van elektronische communicatie in het kader van justitiële samenwerking",
                ),
                (Paragraph, "Het Voorzitterschap opende."),
            ],
        ),
        (
            "hyphenated heading",
            "1. Huidige uitdagingen op het gebied van grensoverschrijdende rechtsbe-\nscherming van kwetsbare personen\n\nHet Voorzitterschap opende.",
            vec![
                (
                    Heading,
                    "1. Huidige uitdagingen op het gebied van grensoverschrijdende rechtsbescherming van kwetsbare personen",
                ),
                (Paragraph, "Het Voorzitterschap opende."),
            ],
        ),
        (
            "a numbered sentence is a list item",
            "3. The Council took note of the information from the Presidency and agreed to return to it.\n",
            vec![(
                ListItem,
                "3. The Council took note of the information from the Presidency and agreed to return to it.",
            )],
        ),
        (
            "a long numbered paragraph stays one item",
            "Dit was het eerste punt.\n4. De Raad besprak de voortgang van de onderhandelingen over het\nvoorstel en de lidstaten gaven aan dat zij meer tijd nodig hebben om\nde gevolgen voor hun nationale wetgeving en de uitvoering in kaart te\nbrengen, waarna het voorzitterschap concludeerde dat het onderwerp in\nde volgende vergadering terugkomt.\nDaarna sprak de Raad.",
            vec![
                (Paragraph, "Dit was het eerste punt."),
                (
                    ListItem,
                    "4. De Raad besprak de voortgang van de onderhandelingen over het voorstel en de lidstaten gaven aan dat zij meer tijd nodig hebben om de gevolgen voor hun nationale wetgeving en de uitvoering in kaart te brengen, waarna het voorzitterschap concludeerde dat het onderwerp in de volgende vergadering terugkomt.",
                ),
                (Paragraph, "Daarna sprak de Raad."),
            ],
        ),
        (
            "an unnumbered heading between paragraphs without blank lines",
            "Dit was het einde van het eerste deel.\nPersoneel en organisatie\nHet personeel groeide.",
            vec![
                (Paragraph, "Dit was het einde van het eerste deel."),
                (Heading, "Personeel en organisatie"),
                (Paragraph, "Het personeel groeide."),
            ],
        ),
        (
            "bullets",
            "De lidstaten vroegen om:\n• meer steun;\n• minder regels.\nDaarna sprak de Raad.",
            vec![
                (Paragraph, "De lidstaten vroegen om:"),
                (ListItem, "• meer steun;"),
                (ListItem, "• minder regels."),
                (Paragraph, "Daarna sprak de Raad."),
            ],
        ),
        (
            "dashes and letters",
            "Drie punten:\n- een\n- twee\na) drie\nb) vier",
            vec![
                (Paragraph, "Drie punten:"),
                (ListItem, "- een"),
                (ListItem, "- twee"),
                (ListItem, "a) drie"),
                (ListItem, "b) vier"),
            ],
        ),
        (
            "a number inside a sentence is not a heading",
            "De Raad besprak onder meer artikel\n2. Dat artikel regelt de toegang.",
            vec![(
                Paragraph,
                "De Raad besprak onder meer artikel 2. Dat artikel regelt de toegang.",
            )],
        ),
        (
            "markdown",
            "## Financiën\nDe inkomsten stegen.",
            vec![(Heading, "## Financiën"), (Paragraph, "De inkomsten stegen.")],
        ),
        (
            "signature, then the report title",
            "De Minister van Justitie en Veiligheid,\n Verslag van de bijeenkomst van de Raad\nZaken, 11 juli 2022\n",
            vec![
                (Closing, "De Minister van Justitie en Veiligheid,"),
                (Paragraph, "Verslag van de bijeenkomst van de Raad Zaken, 11 juli 2022"),
            ],
        ),
        (
            "signature with a name",
            "De Staatssecretaris van Financiën,\nA.B. de Vries\n",
            vec![(Closing, "De Staatssecretaris van Financiën, A.B. de Vries")],
        ),
        (
            "capitals heading wrapped over a function word",
            "BRIEF VAN DE MINISTER VAN\nJUSTITIE EN VEILIGHEID\n\nTekst.",
            vec![
                (Heading, "BRIEF VAN DE MINISTER VAN JUSTITIE EN VEILIGHEID"),
                (Paragraph, "Tekst."),
            ],
        ),
    ];
    for (name, input, want) in rows {
        assert_eq!(kinds(&repair(input)), want, "{name}");
    }
}

#[test]
fn stray_leading_space_starts_a_paragraph_only_after_a_sentence() {
    let layout = repair(&shared_fixture());
    let starts: Vec<&str> = layout
        .blocks
        .iter()
        .map(|b| &layout.text[b.span.start..b.span.end])
        .collect();
    // After a full stop, an indented line opens a paragraph…
    assert!(starts
        .iter()
        .any(|s| s.starts_with("Tijdens de lunch benadrukten")));
    assert!(starts
        .iter()
        .any(|s| s.starts_with("Verder riep een aantal lidstaten")));
    // …but mid-sentence it is a wrapped line.
    assert!(layout
        .text
        .contains("mensenhandel via EMPACT en het EU plan"));
    assert!(layout
        .text
        .contains("het nodig is dat iedereen zijn inspanningen opvoert om de systemen"));
}

#[test]
fn page_furniture_is_removed_and_pages_join() {
    let layout = repair(&fixture("pdftotext-nl-landbouwraad.txt"));
    assert_eq!(layout.pages, 3);
    assert!(!layout.text.contains("vergaderjaar 2023–2024, 21 501-32"));
    assert!(!layout.text.contains("\n\n2\n\n"));
    assert_eq!(
        layout.furniture,
        ["Tweede Kamer, vergaderjaar 2023–2024, 21 501-32, nr. 2874"]
    );
    // A sentence and a hyphenated word broken across page breaks.
    assert!(layout
        .text
        .contains("richt zich vooral op de conditionaliteit, de controles en de rapportageverplichtingen voor boeren."));
    assert!(layout
        .text
        .contains("het risico van grensoverschrijdende verstoring"));

    let eu = repair(&fixture("eu-council-outcome-2024-10.txt"));
    assert_eq!(eu.pages, 3);
    assert!(!eu.text.contains("14602/24"));
    assert!(!eu.text.contains("JAI.1"));
    assert!(eu
        .text
        .contains("the Presidency called on delegations to make full use"));
    assert!(eu
        .text
        .contains("the exchange of data on migration and the support"));
}

#[test]
fn running_headers_without_form_feeds_are_inferred() {
    let mut text = String::new();
    for page in 1..=4 {
        text.push_str(&format!(
            "Tweede Kamer, vergaderjaar 2023–2024, 21 501-02, nr. 2874\n{page}\n"
        ));
        for line in 0..20 {
            text.push_str(&format!(
                "De Raad besprak punt {line} van de agenda en nam een besluit over de\n"
            ));
        }
        text.push_str("uitvoering.\n");
    }
    let layout = repair(&text);
    assert!(!layout.text.contains("vergaderjaar"));
    assert_eq!(layout.pages, 4);
    assert!(!layout.text.contains("besluit over de 2"));
}

#[test]
fn the_offset_map_points_back_into_the_source() {
    let texts = [
        shared_fixture(),
        fixture("pdftotext-nl-landbouwraad.txt"),
        fixture("eu-council-outcome-2024-10.txt"),
        fixture("crlf-nl-milieuraad.txt"),
        fixture("markdown-jaarverslag-2023.md"),
        "Schen\u{AD}gen en maatre\u{AD}\ngelen\r\n".to_string(),
    ];
    for source in &texts {
        let layout = repair(source);
        for &(r, s, len) in layout.offsets.pieces() {
            assert_eq!(&layout.text[r..r + len], &source[s..s + len]);
            assert_eq!(layout.offsets.to_source(r), s);
        }
        for block in &layout.blocks {
            let repaired = &layout.text[block.span.start..block.span.end];
            // Up to four bytes: a soft hyphen inside the word is not copied.
            let first_word = repaired.split_whitespace().next().unwrap_or("");
            let first_word = first_word.get(..4).unwrap_or(first_word);
            let at = layout.offsets.to_source(block.span.start);
            assert!(source[at..].starts_with(first_word), "{first_word}");
        }
    }
    let source = "De maatre-\r\ngelen in Praag";
    let layout = repair(source);
    let praag = layout.text.find("Praag").expect("Praag");
    assert_eq!(&source[layout.offsets.to_source(praag)..], "Praag");
    let gelen = layout.text.find("gelen").expect("gelen");
    assert_eq!(
        layout.offsets.to_source(gelen),
        source.find("gelen").expect("gelen")
    );
}

#[test]
fn crlf_text_repairs_like_lf_text() {
    let crlf = repair(&fixture("crlf-nl-milieuraad.txt"));
    let lf = repair(&fixture("crlf-nl-milieuraad.txt").replace("\r\n", "\n"));
    assert_eq!(crlf.text, lf.text);
    assert!(!crlf.text.contains('\r'));
    assert!(crlf.text.contains("Nederland stemde tegen"));
}

#[test]
fn no_panic_on_odd_input() {
    for input in [
        "",
        "\n\n\n",
        "\x0C\x0C\x0C",
        "-",
        "-\n-\n-",
        "a-\n",
        "\u{AD}",
        "\u{AD}\n\u{AD}",
        "1.\n2.\n3.",
        "# \n## ",
        "I. \nII.",
        "é-\nà",
        "\r\r\n\n\r",
        "x\x0C1\x0C1\x0C1\x0Cy",
    ] {
        let layout = repair(input);
        for block in &layout.blocks {
            assert!(layout.text.get(block.span.start..block.span.end).is_some());
        }
        let _ = report_core::analyze_text(input, &report_core::Config::default());
    }
}

#[test]
fn irregular_repeats_are_content_not_headers() {
    // The same dated line three times, 20 and then 100 lines apart: not a page rhythm.
    let mut text = String::new();
    for gap in [0, 20, 100] {
        for line in 0..gap {
            text.push_str(&format!(
                "De Raad besprak punt {line} van de agenda en nam een besluit over de\n"
            ));
        }
        text.push_str("uitvoering.\n\nStand van zaken 2024\n\n");
    }
    let layout = repair(&text);
    assert_eq!(layout.text.matches("Stand van zaken 2024").count(), 3);
    assert!(layout.furniture.is_empty());
}

/// A text made by repeating a document (a benchmark input) is still that document N times: lines
/// that recur once per copy are content, not running headers, so every heading survives N times.
#[test]
fn repeating_a_document_keeps_every_heading() {
    let documents = [
        ("shared", shared_fixture()),
        ("pdftotext", fixture("pdftotext-nl-landbouwraad.txt")),
        ("eu", fixture("eu-council-outcome-2024-10.txt")),
        ("crlf", fixture("crlf-nl-milieuraad.txt")),
    ];
    let headings = |layout: &Layout| -> std::collections::BTreeMap<String, usize> {
        let mut counts = std::collections::BTreeMap::new();
        for (kind, text) in kinds(layout) {
            if kind == BlockKind::Heading {
                *counts.entry(text.to_string()).or_insert(0) += 1;
            }
        }
        counts
    };
    for (name, one) in documents {
        let single = headings(&repair(&one));
        assert!(!single.is_empty(), "{name}: no headings");
        for n in [3, 5, 12] {
            let mut text = String::new();
            for _ in 0..n {
                text.push_str(&one);
                text.push('\n');
            }
            let repeated = headings(&repair(&text));
            for (heading, count) in &single {
                assert_eq!(
                    repeated.get(heading).copied().unwrap_or(0),
                    n * count,
                    "{name} x{n}: {heading:?}"
                );
            }
        }
    }
}

/// The running header of the pdftotext fixture recurs at page distances in the repeated text and
/// is still removed there.
#[test]
fn repeated_running_headers_are_still_removed() {
    let one = fixture("pdftotext-nl-landbouwraad.txt");
    let text = one.repeat(6);
    let layout = repair(&text);
    assert!(
        !layout
            .text
            .contains("vergaderjaar 2023–2024, 21 501-32, nr. 2874"),
        "{}",
        layout.text
    );
}

#[test]
fn a_field_set_in_two_columns_goes_on_at_its_value_column() {
    let layout = repair(
        "President            Ingrid Solberg-Haas\n                     Minister for Climate\n                     of the Kingdom of Nowhere\n\nCONTENTS\n",
    );
    let texts: Vec<&str> = kinds(&layout).into_iter().map(|(_, t)| t).collect();
    assert_eq!(
        texts,
        [
            "President            Ingrid Solberg-Haas Minister for Climate of the Kingdom of Nowhere",
            "CONTENTS"
        ]
    );
    // A line indented elsewhere, or under a line without a column gap, starts its own block.
    let layout =
        repair("Agenda\n                     Budget\n\nChair          Ada Lind\n   Minutes\n");
    assert_eq!(layout.blocks.len(), 4);
}
