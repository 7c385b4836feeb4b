//! Session 10: outlines, text and metadata of small invented reports in layouts the older
//! fixtures do not have (notes/eval10-structure), as `expect-test` snapshots
//! (`UPDATE_EXPECT=1` refreshes them) and tables of metadata fields.

use expect_test::{expect, Expect};
use report_core::{analyze_text, Config, Report};

mod metadata_rows;
mod outline_text;
use metadata_rows::{check_fields, FieldRow};
use outline_text::outline_text;

fn run(text: &str) -> Report {
    analyze_text(text, &Config::default())
}

fn check_outline(text: &str, expected: Expect) {
    expected.assert_eq(&outline_text(&run(text)));
}

#[test]
fn a_lettered_part_after_a_signed_closing_is_a_part_not_a_name() {
    // "II. Handel" reads like an initial and a name; the closing above took its name already.
    check_outline(
        "Verslag van de Raad Buitenlandse Zaken (Handel) van 2 mei 2031\n\n\
         Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\n\
         Den Haag, 9 mei 2031\n\n\
         Hierbij bied ik u het verslag aan van de Raad van 2 mei 2031 in Brussel.\n\n\
         De minister voor Buitenlandse Handel,\n\
         T.W. Gerritsen\n\n\
         I. Handel\n\n\
         1. Handelsakkoorden\n\n\
         De Raad sprak over de akkoorden met Azië.\n\n\
         II. Ontwikkeling\n\n\
         2. Voedselzekerheid\n\n\
         De Raad besprak de voedselprijzen.\n",
        expect![[r#"
            0 [I] Handel
              1 [1] Handelsakkoorden
            2 [II] Ontwikkeling
              3 [2] Voedselzekerheid
        "#]],
    );
}

#[test]
fn an_underlined_line_like_the_later_ones_is_the_first_section_not_the_title() {
    check_outline(
        "Verslag informele Transportraad\n\
         ===============================\n\n\
         Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\n\
         Den Haag, 3 juli 2031\n\n\
         Hierbij ontvangt u het verslag van de informele Transportraad.\n\n\
         De minister van Infrastructuur en Waterstaat,\n\
         S.K. Brouwer\n\n\
         Luchtvaart\n\
         ----------\n\n\
         De ministers spraken over duurzame brandstoffen voor de luchtvaart.\n\n\
         Spoor\n\
         -----\n\n\
         Het voorzitterschap presenteerde een plan voor grensoverschrijdend spoorvervoer.\n",
        expect![[r#"
            0 [-] Luchtvaart
            1 [-] Spoor
        "#]],
    );
}

#[test]
fn bold_lines_in_plain_text_are_headings_and_the_title_loses_its_stars() {
    let report = run(
        "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\n\
         Den Haag, 14 maart 2031\n\n\
         Hierbij bied ik u het verslag aan van de Raad Algemene Zaken van 11 maart 2031.\n\n\
         De minister van Buitenlandse Zaken,\n\
         J.P. Kuipers\n\n\
         **Verslag Raad Algemene Zaken van 11 maart 2031**\n\n\
         **Uitbreiding**\n\n\
         De Raad sprak over de voortgang van de kandidaat-lidstaten.\n\n\
         **Rechtsstaat**\n\n\
         De Raad voerde de dialoog over drie lidstaten.\n",
    );
    assert_eq!(
        report.metadata.title.as_deref(),
        Some("Verslag Raad Algemene Zaken van 11 maart 2031")
    );
    expect![[r#"
        0 [-] Uitbreiding
        1 [-] Rechtsstaat
    "#]]
    .assert_eq(&outline_text(&report));
}

/// Council conclusions, numbered paragraphs wrapped at 60 without blank lines in them.
const CONCLUSIONS: &str = "Council conclusions on inland waterways\n\n\
     Introduction\n\n\
     1. The Council recalls that inland waterways carry a sixth of\n\
     the freight of the Union and that their share could grow with\n\
     investments in locks, ports and the digitalisation of traffic\n\
     management across all the corridors.\n\n\
     2. The Council welcomes the action programme of the Commission\n\
     Naiades and supports its three lines of action on the fleet.\n\n\
     Financing\n\n\
     3. The Council invites the Member States to use the available\n\
     funds for the modernisation of the fleet and its crews.\n";

#[test]
fn wrapped_numbered_paragraphs_are_no_sections() {
    check_outline(
        CONCLUSIONS,
        expect![[r#"
            0 [-] Introduction
            1 [-] Financing
        "#]],
    );
}

#[test]
fn a_numbered_paragraph_comes_out_whole() {
    let report = run(CONCLUSIONS);
    for whole in [
        "digitalisation of traffic management across all the corridors.",
        "action programme of the Commission Naiades and supports",
    ] {
        assert!(report.text.contains(whole), "{whole:?} in {}", report.text);
    }
}

#[test]
fn a_label_with_a_colon_after_a_sentence_opens_a_paragraph() {
    let report = run("Geannoteerde agenda Raad Milieu van 20 juni 2031\n\n\
         1. Klimaatbeleid\n\
         De Commissie presenteert het voorstel over de klimaatdoelen.\n\
         Inzet Nederland: Nederland steunt een ambitieus doel.\n\n\
         2. Diversen\n\
         Het voorzitterschap informeert de Raad.\n\
         Toelichting: geen besluitvorming voorzien.\n");
    for block in [
        "\n\nInzet Nederland: Nederland steunt een ambitieus doel.",
        "\n\nToelichting: geen besluitvorming voorzien.",
    ] {
        assert!(report.text.contains(block), "{block:?} in {}", report.text);
    }
}

#[test]
fn bulleted_titles_over_running_text_are_sections_and_a_bulleted_list_is_not() {
    check_outline(
        "OUTCOME OF THE COUNCIL MEETING\n\n\
         4301st meeting of the Council of the European Union\n\n\
         Main results\n\n\
         Ministers discussed:\n\n\
         • fisheries quotas\n\
         • port state controls\n\n\
         ITEMS DEBATED\n\n\
         • Fishing opportunities for 2032\n\n\
         The Council reached a political agreement on the catch limits for the Atlantic.\n\n\
         • Control regulation\n\n\
         The presidency briefed ministers on the talks with the European Parliament.\n",
        expect![[r#"
            0 [-] Main results
            1 [-] ITEMS DEBATED
              2 [-] Fishing opportunities for 2032
              3 [-] Control regulation
        "#]],
    );
}

#[test]
fn aligned_field_rows_of_a_letter_head_are_one_block_each() {
    let report = run(
        "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\n\
         Datum        2 april 2031\n\
         Betreft      Verslag van de Visserijraad van 28 maart 2031\n\
         Ons kenmerk  DGV / 1234567\n\n\
         Geachte Voorzitter,\n\n\
         Hierbij zend ik u het verslag.\n",
    );
    // The row's gap of two spaces is one in the repaired text, as between any two words.
    assert!(
        report
            .text
            .contains("28 maart 2031\n\nOns kenmerk DGV / 1234567"),
        "{}",
        report.text
    );
}

fn signatory_name(r: &Report) -> Option<String> {
    r.metadata.signatories.first().and_then(|s| s.name.clone())
}

#[test]
fn metadata_of_small_documents() {
    let rows: [FieldRow; 6] = [
        (
            "an enclosure note under the signature",
            "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\n\
             Den Haag, 4 april 2031\n\n\
             Hierbij het verslag van de Energieraad van 1 april 2031.\n\n\
             1. Netten\n\n\
             De Raad sprak over de netten.\n\n\
             De minister van Klimaat en Groene Groei,\n\n\
             H.J. Postma-Idrissi\n\n\
             Bijlage: Overzicht van de aangenomen moties\n",
            signatory_name,
            Some("H.J. Postma-Idrissi"),
        ),
        (
            "\"Bijlage(n): 2\" under the signature",
            "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\n\
             Den Haag, 4 april 2031\n\n\
             1. Netten\n\n\
             De Raad sprak over de netten.\n\n\
             De minister van Klimaat en Groene Groei,\n\n\
             H.J. Postma-Idrissi\n\n\
             Bijlage(n): 2\n",
            signatory_name,
            Some("H.J. Postma-Idrissi"),
        ),
        (
            "a Council document titled by its subject",
            "Council of the European Union\n\n\
             Brussels, 2 June 2031\n\n\
             OUTCOME OF PROCEEDINGS\n\
             From:        General Secretariat of the Council\n\
             To:          Delegations\n\
             Subject:     Council conclusions on drought resilience\n\n\
             Delegations will find in the annex the Council conclusions.\n",
            |r| r.metadata.title.clone(),
            Some("Council conclusions on drought resilience"),
        ),
        (
            "\"the Board met in … on …\" dates the meeting",
            "Summary record of the 9th meeting of the Governing Board\n\n\
             Lisbon, 12 May 2031\n\n\
             The Governing Board met in Porto on 10 May 2031. The Chair opened the meeting.\n\n\
             1) Adoption of the agenda\n\n\
             The agenda was adopted.\n",
            |r| r.metadata.meeting_dates.first().cloned(),
            Some("2031-05-10"),
        ),
        (
            "… and the dateline under the title dates the record",
            "Summary record of the 9th meeting of the Governing Board\n\n\
             Lisbon, 12 May 2031\n\n\
             The Governing Board met in Porto on 10 May 2031. The Chair opened the meeting.\n\n\
             1) Adoption of the agenda\n\n\
             The agenda was adopted.\n",
            |r| r.metadata.letter_date.clone(),
            Some("2031-05-12"),
        ),
        (
            "a title ending on \"– Place\"",
            "Verslag van de Visserijraad van 17 maart 2031 – Brussel\n\n\
             Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\n\
             Den Haag, 20 maart 2031\n\n\
             Hierbij het verslag.\n\n\
             De minister van Landbouw,\n\
             K.A. de Wit\n\n\
             1. Quota\n\n\
             De Raad sprak over de quota.\n",
            |r| r.metadata.place.clone(),
            Some("Brussel"),
        ),
    ];
    check_fields(&rows);
}
