//! Session 11: outlines, text and metadata of small invented reports in layouts the older
//! fixtures do not have (notes/eval11-structure): bold sub-headings under numbered items, a
//! Council cover page with From/To fields, a web page saved as text, two signers at the end.

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

const BOLD_UNDER_NUMBERED: &str = "Verslag van de Raad Vervoer van 3 mei 2031 te Luxemburg\n\n\
     Den Haag, 9 mei 2031\n\n\
     Hierbij bied ik u het verslag aan van de Raad Vervoer van 3 mei 2031.\n\n\
     1. Luchtvaart\n\n\
     **Passagiersrechten**\n\
     De Raad bereikte een akkoord. Nederland stemde in.\n\n\
     **Luchtruim**\n\
     De Raad sprak over het luchtruim.\n\n\
     2. Spoor\n\n\
     **Nachttreinen**\n\
     De ministers spraken over nachttreinen.\n\n\
     De minister van Infrastructuur,\n\n\
     K.B. Aldewereld\n";

#[test]
fn bold_lines_under_numbered_items_are_their_sub_headings() {
    check_outline(
        BOLD_UNDER_NUMBERED,
        expect![[r#"
            0 [1] Luchtvaart
              1 [-] Passagiersrechten
              2 [-] Luchtruim
            3 [2] Spoor
              4 [-] Nachttreinen
        "#]],
    );
}

#[test]
fn a_bold_line_stands_alone_in_plain_text_but_not_in_markdown() {
    let report = run(BOLD_UNDER_NUMBERED);
    assert!(report
        .text
        .contains("**Passagiersrechten**\n\nDe Raad bereikte"));
    // In Markdown a line break inside a paragraph is soft: the bold line and the text under it
    // are one paragraph.
    let md = run("# Jaarverslag 2031\n\n**Agentschap voor Waterbeheer**\nVastgesteld op 3 mei 2031.\n\n## Inleiding\n\nTekst.\n");
    assert!(md
        .text
        .contains("**Agentschap voor Waterbeheer** Vastgesteld"));
}

const COVER_PAGE: &str = "Council of the European Union\n\n\
     Brussels, 6 June 2031\n\
     (OR. en)\n\
     10422/31\n\n\
     OUTCOME OF PROCEEDINGS\n\
     From: General Secretariat of the Council\n\
     To: Delegations\n\
     No. prev. doc.: 9950/31\n\
     Subject: Council conclusions on coastal erosion\n\n\
     Delegations will find in the annex the Council conclusions on coastal erosion, approved by the \
     Council at its 4501st meeting held on 5 June 2031.\n\n\
     ANNEX\n\n\
     Background\n\n\
     1. The Council recalls that coastal erosion threatens many regions.\n\n\
     Way forward\n\n\
     2. The Council invites the Commission to report by 2033.\n";

#[test]
fn a_cover_pages_fields_and_the_line_over_them_are_no_sections() {
    check_outline(
        COVER_PAGE,
        expect![[r#"
            0 [-] ANNEX
              1 [-] Background
              2 [-] Way forward
        "#]],
    );
}

#[test]
fn a_saved_web_pages_navigation_and_cookie_notice_are_furniture() {
    let text = "Home > Actueel > Kamerstukken > 2031\n\n\
         Verslag Landbouw- en Visserijraad van 20 januari 2031\n\n\
         Kamerbrief | 27-01-2031\n\
         Delen: Facebook Twitter LinkedIn\n\n\
         Geachte voorzitter,\n\n\
         Hierbij stuur ik u het verslag van de Landbouw- en Visserijraad van 20 januari 2031.\n\n\
         Visserij\n\n\
         De Raad sprak over de quota voor kabeljauw.\n\n\
         Handel\n\n\
         De Raad besprak de handel met het Verenigd Koninkrijk.\n\n\
         De minister van Landbouw,\n\n\
         J.F. Roodbeen\n\n\
         Downloads\n\
         Kamerbrief verslag (PDF | 2 pagina's | 120 kB)\n\n\
         Deze website gebruikt cookies. Lees meer in onze cookieverklaring.\n\
         Accepteren Weigeren\n";
    let report = run(text);
    for gone in [
        "Home >",
        "Delen:",
        "Downloads",
        "(PDF",
        "cookie",
        "Accepteren",
    ] {
        assert!(!report.text.contains(gone), "{gone:?} left in the text");
    }
    expect![[r#"
        0 [-] Visserij
        1 [-] Handel
    "#]]
    .assert_eq(&outline_text(&report));
}

#[test]
fn metadata_of_small_documents() {
    let rows: [FieldRow; 7] = [
        (
            "a Council cover page: the subject is the title",
            COVER_PAGE,
            |r| r.metadata.title.clone(),
            Some("Council conclusions on coastal erosion"),
        ),
        (
            "an outcome of proceedings reports on a meeting",
            COVER_PAGE,
            |r| Some(format!("{:?}", r.metadata.kind)),
            Some("MeetingReport"),
        ),
        (
            "… held on the day before its dateline",
            COVER_PAGE,
            |r| r.metadata.meeting_dates.first().cloned(),
            Some("2031-06-05"),
        ),
        (
            "a first-person report signed at its end is a letter",
            BOLD_UNDER_NUMBERED,
            |r| Some(format!("{:?}", r.metadata.kind)),
            Some("LetterWithMeetingReport"),
        ),
        (
            "… its dateline dates the letter",
            BOLD_UNDER_NUMBERED,
            |r| r.metadata.letter_date.clone(),
            Some("2031-05-09"),
        ),
        (
            "… and its title the meeting",
            BOLD_UNDER_NUMBERED,
            |r| r.metadata.meeting_dates.first().cloned(),
            Some("2031-05-03"),
        ),
        (
            "two signers at the end of a letter whose report is in its body",
            "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\n\
             Den Haag, 4 april 2031\n\n\
             Geachte Voorzitter,\n\n\
             Met deze brief informeer ik uw Kamer over de reacties.\n\n\
             Reacties van de provincies\n\n\
             De provincies steunen het voorstel.\n\n\
             De minister van Binnenlandse Zaken,\n\n\
             A.B. Verkerk-Sallami\n\n\
             De staatssecretaris van Financiën,\n\n\
             C.D. Hofstra\n",
            |r| {
                Some(
                    r.metadata
                        .signatories
                        .iter()
                        .map(|s| s.name.clone().unwrap_or_default())
                        .collect::<Vec<_>>()
                        .join(" + "),
                )
            },
            Some("A.B. Verkerk-Sallami + C.D. Hofstra"),
        ),
    ];
    check_fields(&rows);
}
