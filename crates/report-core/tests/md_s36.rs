//! Session 36: Markdown annual reports in forms not met before: a Dutch inspectorate's
//! `jaarverslag` downloaded from Google Docs as Markdown (backslash escapes such as `1\.` and
//! `Inspecteur\-generaal`, heading ids, a table of contents of links, lines broken by two
//! spaces, footnotes, a picture inlined as base64), an EU agency's consolidated annual activity
//! report on a Jekyll site written in kramdown (attribute lists such as `{: .lead}` under a
//! paragraph, `{:toc}`, a `{::comment}` block, definition lists for the board and the signature,
//! abbreviation definitions); and a badly encoded Dutch `jaarverslag` in a defect not met
//! before: UTF-8 read as Mac OS Roman and saved as UTF-8 again (`√©` for `é`, `‚Äô` for `’`)
//! (fixtures under `fixtures/s36`).

use expect_test::expect;

mod actor_rows;
mod analyzed;
mod fixture_file;
mod metadata_rows;
mod outline_text;
mod statement_rows;

use analyzed::{codes, decoded, report};
use report_core::Stance::Neutral;

const GOOGLE_DOCS: &str = "s36/md-jaarverslag-inspectie-google-docs-export-nl.md";
const KRAMDOWN: &str = "s36/md-annual-report-cepol-jekyll-kramdown-definition-list-en.md";
const MAC_ROMAN: &str = "s36/enc-utf8-als-macroman-jaarverslag-college-nl.md";

/// What a UTF-8 text looks like after a Mac OS Roman reader and a UTF-8 writer.
fn mac_damaged(text: &str) -> String {
    encoding_rs::MACINTOSH
        .decode_without_bom_handling(text.as_bytes())
        .0
        .into_owned()
}

#[test]
fn text_read_as_mac_os_roman_is_repaired() {
    // Before: `√©` and `‚Äô` stayed, 'No√´lle' was a person 'No' and the voorzitter's
    // statement was lost.
    let clean = "# Jaarverslag 2025\n\nVoorzitter Noëlle Achterberg-Özdemir zei dat het College \
                 “vaker dan ooit” moest oordelen. Het budget groeide met € 1,2 miljoen (20\u{a0}%).\n";
    let bytes = mac_damaged(&format!("\u{FEFF}{clean}"));
    assert!(
        bytes.contains("No√´lle") && bytes.contains("‚Äú"),
        "{bytes}"
    );
    let r = decoded(bytes.as_bytes());
    // The layout writes the no-break space as a space.
    assert_eq!(r.text, clean.trim_end().replace('\u{a0}', " "));
    assert_eq!(codes(&r), "double-encoding");
    assert!(r.diagnostics[0].message.contains("Mac OS Roman"));
    expect![[r#"
        person:noelle-achterberg-ozdemir zei Neutral
    "#]]
    .assert_eq(&statement_rows::all_rows(&r));
    // One such sequence may be meant, and Mac OS Roman's look-alikes in clean text stay.
    for text in [
        "# Notes\n\nA Mac reads `é` in UTF-8 as √©.\n",
        "# Notes\n\nHet kost ƒ 25, ≈ 11 euro; √2 is irrationeel; «Élysée» en ‚Äpfel‘.\n",
    ] {
        let r = decoded(text.as_bytes());
        assert_eq!(r.text, text.trim_end());
        assert_eq!(codes(&r), "");
    }
}

#[test]
fn markdown_escapes_read_as_the_marks_they_escape() {
    // Before: Google Docs' `1\.` kept the heading from its number, `Brouwer\-Kalkman` was a
    // person 'Hanneke Brouwer' and `Inspecteur\-generaal` no title, so the statement was lost.
    let r = report(
        "# Jaarverslag 2025\n\n# 1\\. Toezicht in cijfers {#1.-toezicht-in-cijfers}\n\n\
         Inspecteur\\-generaal Hanneke Brouwer\\-Kalkman zei dat het meerjarenprogramma \
         \\*Toezicht dat verschil maakt\\* werkt. Er kwamen 1\\.388 meldingen binnen.\n\n\
         # 2\\. Organisatie\n\nDe bestanden staan in C:\\Users\\ijenv en \\\\server\\jaarverslag.\n",
    );
    expect![[r#"
        0 [1] Toezicht in cijfers
        1 [2] Organisatie
    "#]]
    .assert_eq(&outline_text::outline_text(&r));
    expect![[r#"
        Hanneke Brouwer-Kalkman | Inspecteur-generaal | -
    "#]]
    .assert_eq(&actor_rows::people(&r));
    expect![[r#"
        person:hanneke-brouwer-kalkman zei Neutral
    "#]]
    .assert_eq(&statement_rows::all_rows(&r));
    assert!(r.text.contains("*Toezicht dat verschil maakt*") && r.text.contains("1.388 meldingen"));
    // A backslash before a letter is no escape, and an escaped backslash is one backslash.
    assert!(
        r.text
            .contains("C:\\Users\\ijenv en \\server\\jaarverslag."),
        "{}",
        r.text
    );
    // Plain text (no Markdown heading, no front matter) keeps its backslashes.
    let r = report("Verslag\n\nDe map heet 1\\. Stukken\\-oud.\n");
    assert!(r.text.contains("1\\. Stukken\\-oud."), "{}", r.text);
}

#[test]
fn kramdown_attribute_lists_and_comments_are_set_aside() {
    // Before: `{: .lead}` ran on into the paragraph above it ('… at its 57th meeting. {:
    // .lead}'), `{: .text-muted}` into the reference's line, `{::comment}` and the notes in it
    // were text, and `* Table of contents` ⏎ `{:toc}` was a list item.
    let r = report(
        "* Table of contents\n{:toc}\n\n{::comment}\nSource: CAAR_2025_final_v7.docx, edited by the web team.\n\
         {:/comment}\n\n## Foreword {#foreword}\n\nThe Management Board adopted the report at its 57th meeting.\n\
         {: .lead}\n\n{::options parse_block_html=\"true\" /}\n\nEuropol supported the proposal.\n{: #europol .note}\n",
    );
    assert_eq!(
        r.text,
        "## Foreword {#foreword}\n\nThe Management Board adopted the report at its 57th meeting.\n\n\
         Europol supported the proposal."
    );
    // A line that only opens with `{:` is text, and a list item over no `{:toc}` stays.
    let r =
        report("## Notes\n\n* Table of contents\n\n{: is how kramdown opens an attribute list}.\n");
    assert!(
        r.text.contains("* Table of contents") && r.text.contains("{: is how"),
        "{}",
        r.text
    );
}

#[test]
fn professor_written_out_and_collegelid_introduce_a_person() {
    // Before: 'Professor Ilse Vandermeulen of the University of Ghent, said' gave no person and
    // no statement, and 'Collegelid René Vásquez-Bloemendaal' was a person of that name.
    statement_rows::check(&[
        (
            "Their coordinator, Professor Ilse Vandermeulen of the University of Ghent, said that research matters.",
            &[("person:ilse-vandermeulen", "said", Neutral)],
        ),
        (
            "Professor Anneke de Wit zei dat het onderzoek klaar is.",
            &[("person:anneke-de-wit", "zei", Neutral)],
        ),
        (
            "Collegelid René Vásquez-Bloemendaal benadrukte dat een oordeel moet worden opgevolgd.",
            &[("person:rene-vasquez-bloemendaal", "benadrukte", Neutral)],
        ),
        // A professor without a name is no one.
        ("The professor said that research matters.", &[]),
    ]);
    let r =
        report("# Jaarverslag\n\nCollegelid René Vásquez-Bloemendaal benadrukte dat het werkt.\n");
    expect![[r#"
        René Vásquez-Bloemendaal | Collegelid | -
    "#]]
    .assert_eq(&actor_rows::people(&r));
}

#[test]
fn a_google_docs_contents_entry_is_navigation() {
    // Before: the entries whose anchors hold a full stop or a question mark
    // (`(#2.-wat-zagen-we?)`) stayed in the text as '2. Wat zagen we? 4', under the masthead.
    let r = report(
        "# Jaarverslag 2025\n\n[Voorwoord\t2](#voorwoord)\n\n[1\\. Toezicht in cijfers\t3](#1.-toezicht-in-cijfers)\n\n\
         [2\\. Wat zagen we?\t4](#2.-wat-zagen-we?)\n\n# Voorwoord {#voorwoord}\n\nWij hebben minder onderzoeken gestart.\n",
    );
    assert!(!r.text.contains("Toezicht in cijfers"), "{}", r.text);
    // A link to a page elsewhere, or a line with more than the link, stays.
    let r = report(
        "# Jaarverslag 2025\n\n[Het jaarverslag als pdf](https://example.org/jv.pdf)\n\n\
         Zie [de bijlage](#bijlage-a) voor de cijfers.\n",
    );
    assert!(
        r.text.contains("Het jaarverslag als pdf") && r.text.contains("de bijlage"),
        "{}",
        r.text
    );
}

/// The letter date, place and reference of a report, as `date | place | reference`: a field
/// for [`metadata_rows::check_fields`].
fn dateline(r: &report_core::Report) -> Option<String> {
    let m = &r.metadata;
    Some(format!(
        "{} | {} | {}",
        m.letter_date.as_deref().unwrap_or("-"),
        m.place.as_deref().unwrap_or("-"),
        m.reference.as_ref().map_or("-", |r| r.dossier.as_str())
    ))
}

#[test]
fn a_masthead_under_the_title_dates_and_numbers_the_report() {
    // Before: the issuer's heading under the title ended the front, so the place, date and
    // reference under it were not read.
    metadata_rows::check_fields(&[
        (
            "Google Docs: the issuer in bold, then the dateline and the reference",
            "# **Jaarverslag 2025** {#jaarverslag-2025}\n\n**Inspectie Justitie en Veiligheid**\n\n\
             Den Haag, 26 maart 2026  \nKenmerk: IJenV/2026/0412\n\n# Voorwoord {#voorwoord}\n\n\
             Wij hebben minder onderzoeken gestart, maar wel diepere.\n",
            dateline,
            Some("2026-03-26 | Den Haag | IJenV/2026/0412"),
        ),
        (
            "the issuer a second-level heading, a rule under the masthead",
            "# Jaarverslag 2025\n\n## College voor de Rechten van de Mens\n\n\
             *Vastgesteld op 19 maart 2026*\n\nKenmerk: CRM/2026/0231\n\n---\n\n## Voorwoord\n\n\
             Het jaar 2025 stond in het teken van gelijke behandeling.\n",
            dateline,
            Some("- | - | CRM/2026/0231"),
        ),
        // A first section of running text, or of a list, is a chapter: what it holds stays
        // out of the metadata.
        (
            "a first chapter of running text",
            "# Jaarverslag 2025\n\n## Inleiding\n\nIn 2025 kreeg de inspectie er een taak bij.\n\n\
             Kenmerk: IJenV/2026/0412\n\n## Voorwoord\n\nWij hebben minder onderzoeken gestart.\n",
            dateline,
            Some("- | - | -"),
        ),
        (
            "a first chapter of a list",
            "# Jaarverslag 2025\n\n## Kerncijfers\n\n- Den Haag, 26 maart 2026\n- Kenmerk: 2026/04\n\n\
             ## Voorwoord\n\nWij hebben minder onderzoeken gestart.\n",
            dateline,
            Some("- | - | -"),
        ),
    ]);
}

#[test]
fn the_google_docs_jaarverslag_reads_whole() {
    let r = fixture_file::report(GOOGLE_DOCS);
    expect![[r#"
        0 [-] Jaarverslag 2025
          1 [-] Inspectie Justitie en Veiligheid
        2 [-] Voorwoord
        3 [1] Toezicht in cijfers
        4 [2] Wat zagen we?
          5 [2.1] Gevangeniswezen
          6 [2.2] Politie
          7 [2.3] Crisisbeheersing
        8 [3] Organisatie
          9 [-] Samenstelling directie per 31 december 2025
    "#]]
    .assert_eq(&outline_text::outline_text(&r));
    expect![[r#"Metadata { kind: AnnualReport, language: Nl, title: Some("Jaarverslag 2025"), letter_date: Some("2026-03-26"), meeting_dates: [], place: Some("Den Haag"), reference: Some(Reference { dossier: "IJenV/2026/0412", number: None, title: None }), session_year: None, addressee: None, signatories: [Signatory { role: Some("Inspecteur-generaal Justitie en Veiligheid"), name: Some("mr. H.J. (Hanneke) Brouwer-Kalkman") }] }"#]].assert_eq(&format!("{:?}", r.metadata));
    // A weak spot left: the portfolio's last word goes with the name ('Directeur Toezicht
    // Sanctietoepassing Wouter van Rijswijk-Oei').
    expect![[r#"
        Hanneke Brouwer-Kalkman | Inspecteur-generaal Justitie en Veiligheid | org:inspectie-jenv
        Tarik Boukhari | Plaatsvervangend inspecteur-generaal | -
        M.E. Veldhuis | Directeur Bedrijfsvoering | -
        Sanctietoepassing Wouter van Rijswijk-Oei | Directeur Toezicht | -
    "#]]
    .assert_eq(&actor_rows::people(&r));
    expect![[r#"
        org:inspectie-jenv | Inspectie Justitie en Veiligheid | - | 8
        org:dji | Dienst Justitiële Inrichtingen | - | 2
        org:nl-politie | Nationale Politie | - | 2
        org:rsj | Raad voor Strafrechtstoepassing en Jeugdbescherming | - | 2
        org:ondernemingsraad | Ondernemingsraad | - | 1
        org:veiligheidsberaad | Veiligheidsberaad | - | 1
        role:nl-minister-van-justitie-en-veiligheid | minister van Justitie en Veiligheid | country:nl | 1
        role:nl-staatssecretaris-van-justitie-en-veiligheid | staatssecretaris van Justitie en Veiligheid | country:nl | 1
    "#]].assert_eq(&actor_rows::rows_of(&r, &["org:", "collective:", "role:"]));
    expect![[r#"
        person:hanneke-brouwer-kalkman zei Neutral
        person:hanneke-brouwer-kalkman dankte Neutral
        role:nl-staatssecretaris-van-justitie-en-veiligheid heeft toegezegd Neutral
        org:inspectie-jenv Volgens Neutral
        org:dji zegde toe Neutral
        person:sanctietoepassing-wouter-van-rijswijk-oei benadrukte Neutral
        org:rsj deelde Reservation
        org:nl-politie erkende Neutral
        org:veiligheidsberaad kondigde aan Neutral
        org:ondernemingsraad stemde in Support
        person:tarik-boukhari zei Neutral
    "#]]
    .assert_eq(&statement_rows::all_rows(&r));
    expect![[r#""#]].assert_eq(&codes(&r));
    for gone in ["\\-", "\\.", "\\*", "base64", "](#"] {
        assert!(!r.text.contains(gone), "{gone}");
    }
}

#[test]
fn the_kramdown_annual_report_reads_whole() {
    let r = fixture_file::report(KRAMDOWN);
    expect![[r#"
        0 [-] Management Board's analysis and assessment
        1 [-] Foreword by the Executive Director
        2 [I] Achievements of the year
          3 [1.1] Training activities
          4 [1.2] Research and science
        5 [II] Management
          6 [2.1] Management Board
          7 [2.2] Budget
          8 [2.3] Human resources
        9 [III] Declaration of assurance
    "#]]
    .assert_eq(&outline_text::outline_text(&r));
    expect![[r#"Metadata { kind: AnnualReport, language: En, title: Some("Consolidated Annual Activity Report 2025"), letter_date: Some("2026-06-18"), meeting_dates: [], place: Some("Budapest"), reference: None, session_year: None, addressee: None, signatories: [] }"#]].assert_eq(&format!("{:?}", r.metadata));
    // Weak spots left: the definition lists give the Executive Director and the Commission's
    // representative no role (`Dr Matthias Oberhuber-Klein` ⏎ `: Executive Director`), and sign
    // nothing; `CEPOL reference: MB/2026/11` is no reference label.
    expect![[r#"
        Aurelija Petrauskienė | Chair of the Management Board | country:lt
        Matthias Oberhuber-Klein | - | -
        Hanna Lindqvist | - | -
        Ilse Vandermeulen | - | -
        Jean-Baptiste Morvan | Colonel | country:fr
    "#]]
    .assert_eq(&actor_rows::people(&r));
    expect![[r#"
        org:management-board | Management Board | - | 5
        org:cepol | CEPOL | - | 4
        org:european-commission | European Commission | - | 3
        role:executive-director | Executive Director | - | 3
        org:court-of-auditors | European Court of Auditors | - | 2
        collective:agencies | agencies | - | 1
        collective:member-states | member states | - | 1
        org:europol | Europol | - | 1
        org:staff-committee | Staff Committee | - | 1
        role:executive-director-of-the-european-union-agency-for-law-enforcement-training | Executive Director of the European Union Agency for Law Enforcement Training | org:cepol | 1
        role:representative-of-the-commission | Representative of the Commission | org:european-commission | 1
    "#]].assert_eq(&actor_rows::rows_of(&r, &["org:", "collective:", "role:"]));
    expect![[r#"
        org:management-board took note Neutral
        org:management-board adopted Support
        person:aurelija-petrauskiene welcomed Support
        country:be asked Neutral
        country:at asked Neutral
        country:hu confirmed Neutral
        org:european-commission stressed Neutral
        org:europol supported Support
        person:ilse-vandermeulen said Neutral
        org:staff-committee welcomed Support
        org:staff-committee regretted Reservation
    "#]]
    .assert_eq(&statement_rows::all_rows(&r));
    expect!["front-matter"].assert_eq(&codes(&r));
    for gone in ["{:", "{::", "Table of contents", "web team", "*[CEPOL]"] {
        assert!(!r.text.contains(gone), "{gone}");
    }
}

#[test]
fn the_mac_roman_jaarverslag_reads_as_if_clean() {
    let r = fixture_file::report(MAC_ROMAN);
    expect![[r#"
        0 [-] College voor de Rechten van de Mens
        1 [-] Voorwoord
        2 [1] Oordelen
          3 [1.1] Cijfers
          4 [1.2] Opvallende oordelen
        5 [2] Toezicht en advies
        6 [3] Organisatie
    "#]]
    .assert_eq(&outline_text::outline_text(&r));
    // A weak spot left: the foreword's dateline over the signature ('Utrecht, 19 maart 2026')
    // dates nothing, and `prof. dr. J.-P. (Jean-Pierre) Duçon` in the board's table is no one.
    expect![[r#"Metadata { kind: AnnualReport, language: Nl, title: Some("Jaarverslag 2025"), letter_date: None, meeting_dates: [], place: None, reference: Some(Reference { dossier: "CRM/2026/0231", number: None, title: None }), session_year: None, addressee: None, signatories: [Signatory { role: Some("voorzitter"), name: Some("Noëlle Achterberg-Özdemir") }] }"#]].assert_eq(&format!("{:?}", r.metadata));
    expect![[r#"
        Noëlle Achterberg-Özdemir | Voorzitter | -
        A. Benali | Ondervoorzitter | -
        M. Ĳzerman | Directeur | -
        René Vásquez-Bloemendaal | Collegelid | -
    "#]]
    .assert_eq(&actor_rows::people(&r));
    expect![[r#"
        org:autoriteit-persoonsgegevens | Autoriteit Persoonsgegevens | - | 1
        org:nl-ombudsman | Nationale ombudsman | - | 1
        org:ondernemingsraad | Ondernemingsraad | - | 1
        org:raad-van-state | Raad van State | - | 1
        org:tweede-kamer | Tweede Kamer | - | 1
        org:un | Verenigde Naties | - | 1
        role:nl-minister-van-binnenlandse-zaken-en-koninkrijksrelaties | minister van Binnenlandse Zaken en Koninkrijksrelaties | country:nl | 1
    "#]].assert_eq(&actor_rows::rows_of(&r, &["org:", "collective:", "role:"]));
    expect![[r#"
        person:noelle-achterberg-ozdemir zei Neutral
        person:noelle-achterberg-ozdemir dankte Neutral
        role:nl-minister-van-binnenlandse-zaken-en-koninkrijksrelaties heeft toegezegd Neutral
        person:rene-vasquez-bloemendaal benadrukte Neutral
        org:nl-ombudsman deelden Reservation
        org:autoriteit-persoonsgegevens deelden Reservation
        org:raad-van-state wees erop Reservation
        org:ondernemingsraad stemde in Support
    "#]]
    .assert_eq(&statement_rows::all_rows(&r));
    expect!["double-encoding"].assert_eq(&codes(&r));
    for gone in ["√", "‚Ä", "¬†", "Ôªø"] {
        assert!(!r.text.contains(gone), "{gone}");
    }
    assert!(r.text.contains("Noëlle Achterberg-Özdemir") && r.text.contains("‘risicoprofiel’"));
}

#[test]
fn two_trailing_spaces_break_a_short_markdown_line() {
    // Before: Google Docs' line breaks (two spaces at the end of the line) ran the name and the
    // role of the foreword's signature into one line, which signed nothing.
    metadata_rows::check_fields(&[
        (
            "a signature broken by two spaces",
            "# Jaarverslag 2025\n\n## Voorwoord\n\nWij hebben minder onderzoeken gestart, maar wel diepere.\n\n\
             Den Haag, 26 maart 2026\n\n**mr. H.J. (Hanneke) Brouwer\\-Kalkman**  \n\
             Inspecteur\\-generaal Justitie en Veiligheid\n\n## 1. Toezicht\n\nDe inspectie bezocht 356 inrichtingen.\n",
            metadata_rows::signatories,
            Some(
                "Some(\"Inspecteur-generaal Justitie en Veiligheid\")/Some(\"mr. H.J. (Hanneke) Brouwer-Kalkman\")",
            ),
        ),
        // Plain text keeps its trailing spaces as nothing (`pdftotext` leaves them).
        (
            "plain text",
            "Jaarverslag 2025\n\nVoorwoord\n\nWij hebben minder onderzoeken gestart, maar wel diepere.\n\n\
             Den Haag, 26 maart 2026\n\nH.J. Brouwer-Kalkman  \nInspecteur-generaal\n",
            metadata_rows::signatories,
            Some("Some(\"Inspecteur-generaal\")/Some(\"H.J. Brouwer-Kalkman\")"),
        ),
    ]);
    // A long line of a paragraph that an editor left two spaces after still runs on.
    let r = report(
        "# Jaarverslag 2025\n\nDe inspecteur-generaal Hanneke Brouwer-Kalkman zei in haar toespraak tot de  \n\
         medewerkers dat de inspectie scherper moet kiezen.\n",
    );
    assert!(r.text.contains("tot de medewerkers dat"), "{}", r.text);
}

#[test]
fn a_link_s_reference_definition_is_no_text() {
    // Before: Google Docs' picture at the end (`[image1]: <data:image/png;base64,…>`) was a
    // paragraph of the last chapter, thousands of characters of base64.
    let r = report(
        "# Jaarverslag 2025\n\n## Organisatie\n\nDe Ondernemingsraad stemde in.\n\n\
         [image1]: <data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAlg>\n\n[site]: https://example.org/jaarverslag\n\n\
         [^1]: Zie https://example.org/rapport.\n\n[1]: zie de bijlage\n",
    );
    assert_eq!(
        r.text,
        "# Jaarverslag 2025\n\n## Organisatie\n\nDe Ondernemingsraad stemde in.\n\n[^1]: Zie https://example.org/rapport.\n\n\
         [1]: zie de bijlage"
    );
}
