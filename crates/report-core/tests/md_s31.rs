//! Session 31: Markdown annual reports in forms not met before: a Confluence page exported to
//! Markdown (headings behind emoji, `> 💡` callouts, `@mentions` of people, a `[TOC]` macro, a
//! page footer) in English and a Dutch `jaarverslag` that pandoc made from a DOCX
//! (`[]{#_Toc… .anchor}` bookmarks in its headings, `[…]{.underline}` spans, simple and
//! multiline tables with `: Tabel` captions) (fixtures under `fixtures/s31`); and badly encoded
//! reports in defects not met before: a Dutch Council letter in ISO 8859-15 (its `€` at 0xA4,
//! `Š`/`ž` in Slavic names) and an English outcome of two UTF-8 files joined, each with its BOM.

use expect_test::expect;

mod actor_rows;
mod analyzed;
mod fixture_file;
mod metadata_rows;
mod outline_text;
mod statement_rows;

use analyzed::{codes, decoded, report};
use outline_text::outline_text;
use report_core::Stance::{Oppose, Support};

const CONFLUENCE: &str = "s31/md-annual-report-chemicals-confluence-en.md";
const PANDOC: &str = "s31/md-jaarverslag-toezichthouder-pandoc-docx-nl.md";
const LATIN9: &str = "s31/enc-iso8859-15-eurogroep-ecofin-nl.txt";
const JOINED: &str = "s31/enc-bom-midden-agrifish-outcome-en.txt";

#[test]
fn iso_8859_15_is_read_as_latin9() {
    // `€ 1,2 miljard` (0xA4), `Vrhovšek` (0xA8), `Žiga` (0xB4), `Cœur` (0xBD).
    let mut bytes = b"Verslag van de Raad\n\nDe Sloveense minister ".to_vec();
    bytes.extend_from_slice(
        b"\xB4iga Vrhov\xA8ek zei dat het tekort onder de \xA4 1,2 miljard blijft. ",
    );
    bytes.extend_from_slice(b"De Franse minister C\xBDur-Delaunay steunde het. Belgi\xEB ook.\n");
    let r = decoded(&bytes);
    assert!(
        r.text
            .contains("Žiga Vrhovšek zei dat het tekort onder de € 1,2 miljard blijft."),
        "{}",
        r.text
    );
    assert!(r.text.contains("Cœur-Delaunay") && r.text.contains("België"));
    assert_eq!(r.source.encoding, "ISO-8859-15");
    // Latin-1 or windows-1252 is no Latin-9: an acute accent as an apostrophe (`´t`, `auto´s`), a
    // half after a number, or one windows-1252 byte (0x93, a quotation mark) among them.
    for bytes in [
        &b"Verslag\n\nIn \xB4t Hoofd zei de minister dat de auto\xB4s 1\xBD uur stonden. Belgi\xEB steunde.\n"[..],
        &b"Verslag\n\nDe minister zei \x93ja\x94 tegen \xA4 3.000 en Vrhov\xA8ek. Belgi\xEB steunde.\n"[..],
    ] {
        let r = decoded(bytes);
        assert_ne!(r.source.encoding, "ISO-8859-15", "{}", r.text);
    }
}

#[test]
fn byte_order_marks_inside_the_text_are_left_out() {
    // Two files joined: the second's BOM begins a paragraph of its own.
    let r = decoded(
        "\u{FEFF}Outcome of the Council meeting\n\nThe Council agreed.\n\u{FEFF}ANNEX\n\nFrance supported it.\n"
            .as_bytes(),
    );
    assert_eq!(
        r.text,
        "Outcome of the Council meeting\n\nThe Council agreed.\n\nANNEX\n\nFrance supported it."
    );
    assert_eq!(codes(&r), "inner-bom");
    // Two at the start, one inside a line, CRLF kept.
    let r = report_core::decode(
        "\u{FEFF}\u{FEFF}Report\r\n\r\nThe Coun\u{FEFF}cil met.\r\n\u{FEFF}Annex\r\n".as_bytes(),
    )
    .unwrap();
    assert_eq!(r.text, "Report\r\n\r\nThe Council met.\r\n\r\nAnnex\r\n");
    assert_eq!(r.diagnostics.len(), 1);
    // None but the first: nothing to say.
    let r = report_core::decode("\u{FEFF}Report\n\nThe Council met.\n".as_bytes()).unwrap();
    assert!(r.diagnostics.is_empty());
}

#[test]
fn pandoc_spans_read_as_their_words() {
    let text = "# []{#_Toc160112233 .anchor}Voorwoord\n\nIk dank de medewerkers voor een [bewogen]{.underline} jaar.\n\n\
                # []{#_Toc160112234 .anchor}1. Toezicht in cijfers\n\nDe Raad besloot [snel]{lang=\"nl\"}.\n\n\
                ## [1.1]{.smallcaps} Handhaving\n\nDe set [a]{b} blijft en [^1]{.x} ook.\n";
    let r = report(text);
    expect![[r#"
        0 [-] Voorwoord
        1 [1] Toezicht in cijfers
          2 [1.1] Handhaving
    "#]]
    .assert_eq(&outline_text(&r));
    for kept in [
        "Ik dank de medewerkers voor een bewogen jaar.",
        "De Raad besloot snel.",
        "De set [a]{b} blijft en [^1]{.x} ook.",
    ] {
        assert!(r.text.contains(kept), "{kept}: {}", r.text);
    }
    // Pandoc wraps its lines inside a link or a span: the address and attributes go all the
    // same; a bracket that the next line does not close as a link stays.
    let r = report(
        "# Verslag\n\nZie ook [de\nbrochure](https://www.example.nl/b){.underline} en [het\nprotocol]{.underline}.\n\n\
         Een lijst [a, b\nen c] volgt, [zie\nnoot 3].\n",
    );
    for kept in [
        "Zie ook de brochure en het protocol.",
        "Een lijst [a, b en c] volgt, [zie noot 3].",
    ] {
        assert!(r.text.contains(kept), "{kept}: {}", r.text);
    }
    // A name in a span is found where the source has it.
    let r = report(
        "# Verslag\n\nVolgens [Sander Mulder]{.underline}, directeur Toezicht, steeg het aantal.\n",
    );
    expect![[r#"
        Sander Mulder | directeur Toezicht | -
    "#]]
    .assert_eq(&actor_rows::people(&r));
}

#[test]
fn pandoc_simple_and_multiline_tables_read_as_pipe_tables() {
    let text = "# Jaarverslag\n\n## 1. Cijfers\n\n\
                \x20 Indicator                    2024    2025\n\
                \x20 --------------------------- ------- -------\n\
                \x20 Inspecties waterkeringen      318     344\n\
                \x20 Meldingen van burgers        1.102   1.256\n\n\
                \x20 : Tabel 1 Kerncijfers\n\n\
                \x20 -----------------------------------------------\n\
                \x20 Onderdeel          Begroting (x €   Realisatie\n\
                \x20                    1.000)\n\
                \x20 ------------------ ---------------- ----------\n\
                \x20 Personeel          18.400           18.912\n\n\
                \x20 Spanje             Steunde het      ja\n\
                \x20                    voorstel\n\
                \x20 -----------------------------------------------\n\n\
                De Raad besloot.\n";
    let r = report(text);
    for row in [
        "| Indicator | 2024 | 2025 |",
        "| Inspecties waterkeringen | 318 | 344 |",
        "| Meldingen van burgers | 1.102 | 1.256 |",
        "| Onderdeel | Begroting (x € 1.000) | Realisatie |",
        "| Personeel | 18.400 | 18.912 |",
        "| Spanje | Steunde het voorstel | ja |",
    ] {
        assert!(r.text.contains(row), "{row}: {}", r.text);
    }
    assert!(!r.text.contains("------ -"), "{}", r.text);
    // A row speaks for its first cell, as any table's does; joined into one paragraph, the
    // rows made one sentence of two countries.
    statement_rows::check(&[(
        "Stemmen:\n\n  Land      Standpunt\n  --------- --------------------\n  Spanje    Steunde het voorstel\n  Polen     Stemde tegen\n",
        &[("country:es", "Steunde", Support), ("country:pl", "Stemde tegen", Oppose)],
    )]);
    let layout = report_core::repair(text);
    let at = layout.text.find("voorstel").unwrap();
    assert_eq!(&text[layout.offsets.to_source(at)..][..8], "voorstel");
    // A rule, a setext heading, a front matter's fences, a line of dashes under a paragraph:
    // no table.
    for text in [
        "---\ntitle: Jaarverslag\n---\n\n# Jaarverslag\n\nDe Raad besloot.\n",
        "Jaarverslag 2025\n----------------\n\nDe Raad besloot.\n\n----------\n\nDe Raad besloot.\n",
        "De Raad besloot dit\nen dat.\n---- ----\nEn meer.\n",
        "----------\nDe Raad\n---- ----\nEn meer zonder einde.\n\nTekst.\n",
    ] {
        assert!(!report(text).text.contains("| "), "{text}");
    }
}

#[test]
fn pictographs_before_a_heading_are_decoration() {
    let text = "# 📘 Annual Activity Report 2025\n\n## 🧭 Foreword\n\nThe Board met.\n\n## 📊 1. Key results\n\n\
                The Board met.\n\n### ▶️ 1.1 Opinions\n\nThe Board met.\n\n## 🏛️ 2. Management\n\nThe Board met.\n\n## ✅\n\nThe Board met.\n";
    let r = report(text);
    expect![[r#"
        0 [-] Foreword
        1 [1] Key results
          2 [1.1] Opinions
        3 [2] Management
        4 [-] ✅
    "#]]
    .assert_eq(&outline_text(&r));
    assert_eq!(
        r.metadata.title.as_deref(),
        Some("Annual Activity Report 2025")
    );
}

#[test]
fn a_rule_right_under_a_list_item_is_no_setext_underline() {
    let text = "# Report\n\n## 1. Annexes\n\nThe Board met.\n- [Annex I](/a.xlsx)\n- [Annex III – List of opinions](/c.pdf)\n---\nLike this page\n";
    expect![[r#"
        0 [1] Annexes
    "#]]
    .assert_eq(&outline_text(&report(text)));
    // Under a line of text it is one.
    let text = "# Report\n\nThe Board met.\n\nAnnexes\n---\n\nThe Board met.\n";
    expect![[r#"
        0 [-] Annexes
    "#]]
    .assert_eq(&outline_text(&report(text)));
}

#[test]
fn a_wiki_mention_of_a_user_is_a_person() {
    let r = report(
        "# Annual report\n\nCreated by @Lotte Vermeulen, last modified by @Dariusz Kowalczyk on 18 March 2026\n\n\
         | **Owner** | @Lotte Vermeulen |\n|---|---|\n\n## 1. Results\n\nThe Board met.\n",
    );
    expect![[r#"
        Lotte Vermeulen | - | -
        Dariusz Kowalczyk | - | -
    "#]]
    .assert_eq(&actor_rows::people(&r));
    // An e-mail address, or one word after the `@`, names nobody.
    let r = report("# Annual report\n\nWrite to info@European Agency or to @Finance Unit today.\n");
    expect![""].assert_eq(&actor_rows::people(&r));
}

#[test]
fn the_confluence_annual_report_reads_whole() {
    let r = fixture_file::report(CONFLUENCE);
    expect![[r#"
        0 [-] Foreword by the Executive Director
        1 [1] Key results of the year
          2 [1.1] Restrictions and authorisations
          3 [1.2] Enforcement
        4 [2] Cooperation
          5 [2.1] With other agencies
          6 [2.2] With the Member States
        7 [3] Management
          8 [3.1] Management Board
          9 [3.2] Budget and staff
        10 [4] Annexes
    "#]]
    .assert_eq(&outline_text(&r));
    expect![[r#"Metadata { kind: AnnualReport, language: En, title: Some("Annual Activity Report 2025 – European Agency for Chemical Safety"), letter_date: Some("2026-03-18"), meeting_dates: [], place: None, reference: None, session_year: None, addressee: None, signatories: [Signatory { role: Some("Executive Director"), name: Some("Dr Marika Salonen-Brandt") }] }"#]].assert_eq(&format!("{:?}", r.metadata));
    expect![[r#"
        Dariusz Kowalczyk | - | -
        Marika Salonen-Brandt | Executive Director | org:european-agency-for-chemical-safety
        Lotte Vermeulen | - | -
        Anna de Wit | - | -
        Ingrid Halvorsen | Chair of the Management Board | org:management-board
        Paolo Ferraresi | Head of the Risk Assessment Unit | -
    "#]]
    .assert_eq(&actor_rows::people(&r));
    expect![[r#"
        org:european-commission welcomed Support
        org:european-parliament asked Neutral
        person:paolo-ferraresi According to Neutral
        country:fr supported Support
        country:pl expressed Reservation
        country:pl asked Neutral
        person:anna-de-wit presented Neutral
        country:de supported Support
        country:nl supported Support
        country:it opposed Oppose
        org:eea stressed Neutral
        collective:member-states called for Support
        person:ingrid-halvorsen underlined Neutral
        org:management-board adopted Support
        org:management-board adopted Support
        org:court-of-auditors noted Neutral
    "#]]
    .assert_eq(&statement_rows::all_rows(&r));
    expect![[r#""#]].assert_eq(&codes(&r));
}

#[test]
fn the_pandoc_jaarverslag_reads_whole() {
    let r = fixture_file::report(PANDOC);
    expect![[r#"
        0 [-] Voorwoord
        1 [1] Toezicht in cijfers
          2 [1.1] Primaire waterkeringen
          3 [1.2] Handhaving
        4 [2] Europese en internationale samenwerking
          5 [2.1] Overstromingsrichtlijn
          6 [2.2] Samenwerking met Vlaanderen
        7 [3] Bedrijfsvoering
    "#]]
    .assert_eq(&outline_text(&r));
    expect![[r#"Metadata { kind: AnnualReport, language: Nl, title: Some("Jaarverslag 2025"), letter_date: Some("2026-03-27"), meeting_dates: [], place: Some("Den Haag"), reference: Some(Reference { dossier: "NAW/2026/0412", number: None, title: None }), session_year: None, addressee: None, signatories: [Signatory { role: Some("voorzitter van de Raad van Bestuur"), name: Some("mr. drs. H.C. (Hanneke) van Dijk-Ouali") }] }"#]].assert_eq(&format!("{:?}", r.metadata));
    expect![[r#"
        H.C. van Dijk-Ouali | voorzitter van de Raad van Bestuur | org:raad-van-bestuur
        Jeroen Bakker | hoofd van de afdeling Handhaving | -
        Sander Mulder | directeur Toezicht | -
    "#]]
    .assert_eq(&actor_rows::people(&r));
    expect![[r#"
        role:nl-minister-van-infrastructuur-en-waterstaat heeft toegezegd Neutral
        person:sander-mulder Volgens Neutral
        org:raad-van-state bevestigde Neutral
        person:jeroen-bakker zei Neutral
        org:european-commission heeft gevraagd Neutral
        country:be steunden Support
        country:de steunden Support
        country:fr was tegen Oppose
        org:nl-court-of-audit merkte op Neutral
        org:ondernemingsraad stemde in Support
    "#]]
    .assert_eq(&statement_rows::all_rows(&r));
    expect![[r#""#]].assert_eq(&codes(&r));
    assert!(r.text.contains("| Meldingen van burgers | 1.102 | 1.256 |"));
    assert!(r.text.contains("| Personeel | 18.400 | 18.912 |"));
    for gone in ["_Toc", ".anchor", ".underline", "]{"] {
        assert!(!r.text.contains(gone), "{gone}");
    }
}

#[test]
fn the_latin9_eurogroep_letter_reads_whole() {
    let r = fixture_file::report(LATIN9);
    expect![[r#"
        0 [-] Eurogroep
          1 [1] Ontwerpbegrotingsplannen 2026
          2 [2] Digitale euro
        3 [-] Ecofinraad
          4 [3] Herziening van de energiebelastingrichtlijn
          5 [4] EU-begroting 2026
          6 [5] Kapitaalmarktenunie
          7 [6] Diversen
    "#]]
    .assert_eq(&outline_text(&r));
    expect![[r#"Metadata { kind: LetterWithMeetingReport, language: Nl, title: Some("Verslag van de Eurogroep en Ecofinraad van 8 en 9 december 2025"), letter_date: Some("2025-12-12"), meeting_dates: ["2025-12-08", "2025-12-09"], place: Some("Brussel"), reference: None, session_year: None, addressee: Some("Aan de Voorzitter van de Tweede Kamer der Staten-Generaal"), signatories: [Signatory { role: Some("minister van Financiën"), name: Some("drs. M.J. Steenhuis") }] }"#]].assert_eq(&format!("{:?}", r.metadata));
    expect![[r#"
        Cathal Ó Briain | voorzitter van de Eurogroep | org:eurogroup
        Cœur-Delaunay | minister | country:fr
        M.J. Steenhuis | minister van Financiën | country:nl
        Šárka Žemlová | minister | country:cz
        Žiga Vrhovšek | minister | country:si
    "#]]
    .assert_eq(&actor_rows::people(&r));
    expect![[r#"
        org:eurogroup besprak Neutral
        org:european-commission stelde vast Neutral
        person:ziga-vrhovsek zei Neutral
        country:fr benadrukte Neutral
        person:cathal-o-briain gaf Neutral
        org:ecb heeft voorgesteld Support
        country:nl steunde Support
        country:de waren tegen Oppose
        country:at waren tegen Oppose
        role:presidency streeft naar Support
        person:sarka-zemlova kon instemmen Oppose
        person:sarka-zemlova wees op Neutral
        country:pl sprak uit Reservation
        person:coeur-delaunay steunde Support
        org:council nam aan Support
        country:hu stemde tegen Oppose
        country:nl onthield zich Reservation
        org:council wisselde gedachten Neutral
        country:lu benadrukten Neutral
        country:ie benadrukten Neutral
        org:european-commission Volgens Neutral
        country:es steunde Support
        country:se was tegen Oppose
        role:cabinet heeft gewezen Neutral
        role:presidency informeerde Neutral
    "#]]
    .assert_eq(&statement_rows::all_rows(&r));
    expect!["legacy-encoding"].assert_eq(&codes(&r));
    assert!(r.text.contains("onder de € 1,2 miljard"));
}

#[test]
fn the_joined_agrifish_outcome_reads_whole() {
    let r = fixture_file::report(JOINED);
    expect![[r#"
        0 [-] Main results
          1 [-] Fishing opportunities in the Baltic Sea
          2 [-] Market situation
        3 [-] ANNEX
          4 [-] Any other business
            5 [a] Animal welfare during transport
            6 [b] Outcome of the conference on forest monitoring
            7 [c] Work programme of the incoming presidency
    "#]]
    .assert_eq(&outline_text(&r));
    expect![[r#"Metadata { kind: MeetingReport, language: En, title: Some("OUTCOME OF THE COUNCIL MEETING: Agriculture and Fisheries"), letter_date: Some("2025-11-18"), meeting_dates: ["2025-11-17"], place: Some("Brussels"), reference: Some(Reference { dossier: "15377/25", number: None, title: None }), session_year: None, addressee: None, signatories: [] }"#]].assert_eq(&format!("{:?}", r.metadata));
    expect![[r#"
        Kostas Papadakis | Commissioner for Fisheries and Oceans | org:european-commission
        Lena Würthner | minister | country:at
    "#]]
    .assert_eq(&actor_rows::people(&r));
    expect![[r#"
        org:council reached agreement Support
        role:presidency welcomed Support
        country:pl opposed Oppose
        country:lt opposed Oppose
        person:kostas-papadakis said Neutral
        collective:ministers exchanged views Neutral
        country:fr called for Support
        country:it called for Support
        country:nl stressed Neutral
        person:lena-wurthner stated Neutral
        country:dk supported Support
        country:es expressed Reservation
        country:ie expressed Reservation
        role:presidency informed Neutral
        role:ie-minister presented Neutral
    "#]]
    .assert_eq(&statement_rows::all_rows(&r));
    expect!["inner-bom"].assert_eq(&codes(&r));
    assert!(!r.text.contains('\u{FEFF}'));
}
