//! Session 12: outlines, text and metadata of small invented reports in layouts the older
//! fixtures do not have (eval12-structure): a BNC-fiche whose field values stand under their
//! lettered labels, a PDF's running footer with its page number on a line of its own, a
//! verslag van een schriftelijk overleg.

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

const FICHE: &str = "Fiche 2: Richtlijn over de keuring van liften\n\n\
     1. Algemene gegevens\n\n\
     a) Titel voorstel\n\
     Voorstel voor een richtlijn van het Europees Parlement en de Raad over de keuring van liften\n\n\
     b) Nr. Commissiedocument\n\
     COM(2031) 12\n\n\
     c) EUR-Lex\n\
     Niet beschikbaar\n\n\
     d) Eerstverantwoordelijk ministerie\n\
     Ministerie van Sociale Zaken\n\n\
     e) Rol Europees Parlement\n\
     Medebeslissing\n\n\
     2. Essentie voorstel\n\n\
     De Commissie wil de keuring van liften in de hele Unie gelijk regelen.\n\n\
     3. Nederlandse positie\n\n\
     Het kabinet steunt het voorstel.\n";

#[test]
fn a_fiches_field_values_under_their_lettered_labels_are_no_sections() {
    check_outline(
        FICHE,
        expect![[r#"
            0 [1] Algemene gegevens
              1 [a] Titel voorstel
              2 [b] Nr. Commissiedocument
              3 [c] EUR-Lex
              4 [d] Eerstverantwoordelijk ministerie
              5 [e] Rol Europees Parlement
            6 [2] Essentie voorstel
            7 [3] Nederlandse positie
        "#]],
    );
}

#[test]
fn a_sub_heading_with_text_under_a_numbered_item_is_still_a_section() {
    check_outline(
        "Verslag\n\nHierbij bied ik u het verslag aan.\n\n\
         1. Luchtvaart\n\
         Passagiersrechten\n\n\
         De Raad bereikte een akkoord over de rechten van passagiers. Nederland stemde in.\n\n\
         2. Spoor\n\n\
         De Raad sprak over nachttreinen.\n",
        expect![[r#"
            0 [1] Luchtvaart
              1 [-] Passagiersrechten
            2 [2] Spoor
        "#]],
    );
}

/// Pages of a PDF's text: a running footer (the document number and language) with the page
/// number under it on a line of its own, pages of a dozen lines.
fn paged_outcome() -> String {
    let mut text = String::from(
        "Council of the European Union\n\nOUTCOME OF THE COUNCIL MEETING\n\nMAIN RESULTS\n",
    );
    for (page, item) in ["Fisheries", "Markets", "Forests"].iter().enumerate() {
        text.push_str(&format!("{item}\n"));
        for n in 0..8 {
            text.push_str(&format!(
                "Ministers discussed the {item} file at length, point {n} of the debate.\n"
            ));
        }
        text.push_str(&format!("10602/31 EN\n{}\n", page + 2));
    }
    text
}

#[test]
fn a_running_footer_with_its_page_number_on_the_next_line_is_furniture() {
    let report = run(&paged_outcome());
    for gone in ["10602/31 EN", "debate. 2", "debate. 3"] {
        assert!(!report.text.contains(gone), "{gone:?} left in the text");
    }
}

const WRITTEN_CONSULTATION: &str = "Tweede Kamer der Staten-Generaal\n\
     Vergaderjaar 2030–2031\n\n\
     22 112 Nieuwe Commissievoorstellen\n\n\
     Nr. 3410 VERSLAG VAN EEN SCHRIFTELIJK OVERLEG\n\
     Vastgesteld 4 juni 2031\n\n\
     De vaste commissie voor Economische Zaken heeft vragen voorgelegd over de brief van \
     2 mei 2031. Bij brief van 3 juni 2031 zijn de vragen beantwoord.\n\n\
     De voorzitter van de commissie,\n\
     Brouwer\n\n\
     De griffier van de commissie,\n\
     Smits\n\n\
     Inhoudsopgave\n\n\
     I Vragen en opmerkingen vanuit de fracties\n\
     II Antwoord van de Minister\n\n\
     I Vragen en opmerkingen vanuit de fracties\n\n\
     De leden van de D66-fractie vragen naar de planning.\n\n\
     II Antwoord van de Minister\n\n\
     De Minister antwoordt dat het voorstel in juli komt.\n";

#[test]
fn a_kamerstuks_parts_numbered_without_a_dot_are_numbered() {
    check_outline(
        WRITTEN_CONSULTATION,
        expect![[r#"
            0 [I] Vragen en opmerkingen vanuit de fracties
            1 [II] Antwoord van de Minister
        "#]],
    );
}

#[test]
fn an_english_line_opened_by_i_is_no_numbered_part() {
    check_outline(
        "Report of the meeting\n\nThe Board met.\n\nI Welcome\n\nThe chair opened the meeting.\n\n\
         Budget\n\nThe Board adopted the budget.\n",
        expect![[r#"
            0 [-] I Welcome
            1 [-] Budget
        "#]],
    );
}

#[test]
fn metadata_of_small_documents() {
    let rows: [FieldRow; 7] = [
        (
            "an agenda dated by its title is placed by its opening paragraph",
            "Geannoteerde agenda van de Raad Algemene Zaken van 3 juni 2031\n\n\
             Inleiding\n\n\
             Op 3 juni 2031 vindt in Luxemburg de Raad Algemene Zaken plaats.\n\n\
             Agendapunt: Diversen\n\nEr zijn geen punten.\n",
            |r| r.metadata.place.clone(),
            Some("Luxemburg"),
        ),
        (
            "… but not by another day's place",
            "Geannoteerde agenda van de Raad Algemene Zaken van 3 juni 2031\n\n\
             Inleiding\n\n\
             Op 2 mei 2031 vond in Brussel een informele Raad plaats.\n\n\
             Agendapunt: Diversen\n\nEr zijn geen punten.\n",
            |r| r.metadata.place.clone(),
            None,
        ),
        (
            "a Markdown report's front matter dates it",
            "---\ntitle: Annual Report 2030\ndate: 2031-06-15T10:00:00Z\n---\n\n\
             # Annual Report 2030\n\n## Foreword\n\nA good year.\n\n## Budget\n\nEUR 5 million.\n",
            |r| r.metadata.letter_date.clone(),
            Some("2031-06-15"),
        ),
        (
            "a written consultation reports on a (written) meeting, not a letter",
            WRITTEN_CONSULTATION,
            |r| Some(format!("{:?}", r.metadata.kind)),
            Some("MeetingReport"),
        ),
        (
            "… it names itself after its number on one line",
            WRITTEN_CONSULTATION,
            |r| r.metadata.title.clone(),
            Some("VERSLAG VAN EEN SCHRIFTELIJK OVERLEG"),
        ),
        (
            "… 'Vastgesteld' dates it",
            WRITTEN_CONSULTATION,
            |r| r.metadata.letter_date.clone(),
            Some("2031-06-04"),
        ),
        (
            "… and nothing met: the letters' dates are no meeting's",
            WRITTEN_CONSULTATION,
            |r| Some(r.metadata.meeting_dates.join(" ")),
            Some(""),
        ),
    ];
    check_fields(&rows);
}

#[test]
fn a_hearing_under_an_agenda_item_is_its_status_not_a_section() {
    check_outline(
        "Geannoteerde agenda van de Raad Algemene Zaken van 3 juni 2031\n\n\
         Inleiding\n\n\
         Op 3 juni 2031 vindt de Raad Algemene Zaken plaats.\n\n\
         Agendapunt: Europees Semester\n\
         Besluitvorming\n\n\
         Inzet Nederland:\n\
         Nederland kan instemmen.\n\n\
         Agendapunt: Artikel 7-procedure\n\
         Hoorzitting\n\n\
         Inzet Nederland:\n\
         Nederland volgt de situatie.\n\n\
         Agendapunt: Diversen\n\n\
         Er zijn geen punten bekend.\n",
        expect![[r#"
            0 [-] Inleiding
            1 [-] Europees Semester
            2 [-] Artikel 7-procedure
            3 [-] Diversen
        "#]],
    );
}

#[test]
fn contents_lines_stay_apart_and_the_first_unlisted_heading_is_a_section() {
    let text = "OUTCOME OF THE COUNCIL MEETING\n\n\
         CONTENTS\n\
         ITEMS DEBATED\n\
         Fisheries .................................................. 3\n\
         Markets .................................................... 4\n\
         MAIN RESULTS\n\
         Fisheries\n\
         The Council held a policy debate on the fishing opportunities for the coming year.\n\
         Markets\n\
         The Council discussed the market situation and the prices of dairy products.\n\
         ITEMS DEBATED\n\
         Forests\n\
         Ministers exchanged views on the forest monitoring proposal and its costs.\n";
    let report = run(text);
    assert!(report.text.contains(".... 3\n\nMarkets ...."));
    expect![[r#"
        0 [-] MAIN RESULTS
          1 [-] Fisheries
          2 [-] Markets
        3 [-] ITEMS DEBATED
          4 [-] Forests
    "#]]
    .assert_eq(&outline_text(&report));
}
