//! Session 36, the lead's blind reading (fixtures under `fixtures/s36`): an English Council
//! outcome of a meeting in Luxembourg (`Luxembourg, 12 and 13 June 2025`, the meeting
//! information's `Luxembourg` over its date) chaired by a minister the text names (`Minister of
//! the Interior of Poland, who chaired the meeting`); an agency's Markdown annual report whose
//! annex lists its board (`- Jan De Smet (Belgium), Deputy Chair`); and a Dutch Milieuraad
//! report in Latin-1 with CRLF line ends, held `te Luxemburg`. The outcome's last item is the
//! Danish delegation's information on the programme of the incoming Presidency.

use expect_test::expect;
use report_core::{analyze_text, Config, Report};

mod actor_rows;
mod fixture_file;
mod metadata_rows;
mod outline_text;
mod statement_rows;
mod whole_report;

/// The report of the fixture `s36/{name}`, read as bytes.
fn fixture(name: &str) -> Report {
    fixture_file::report(&format!("s36/{name}"))
}

const OUTCOME: &str = "en-outcome-jha-luxembourg-chaired-by-minister.txt";
const ANNUAL: &str = "md-annual-report-agency-board-members-annex-en.md";
const LATIN1: &str = "enc-latin1-crlf-milieuraad-te-luxemburg-nl.txt";

fn analyze(text: &str) -> Report {
    analyze_text(text, &Config::default())
}

/// The number of mentions of the actor `id` in `text`, 0 when it is no actor.
fn mentions(text: &str, id: &str) -> usize {
    analyze(text)
        .actors
        .iter()
        .find(|a| a.id == id)
        .map_or(0, |a| a.mentions.len())
}

#[test]
fn luxembourg_as_the_meeting_s_venue_is_no_actor() {
    // Before, every Council held in Luxembourg listed Luxembourg among its actors for the
    // venue alone (`te Luxemburg`, `Luxembourg, 14 October 2024`).
    let table: [(&str, usize); 12] = [
        ("De Milieuraad vond plaats op 17 juni 2025 te Luxemburg.", 0),
        (
            "Verslag van de Landbouwraad van 22 en 23 april 2024 te Luxemburg",
            0,
        ),
        ("De JBZ-Raad van 20 en 21 oktober 2025 in Luxemburg.", 0),
        (
            "Justice and Home Affairs Council\nLuxembourg, 12 and 13 June 2025\n",
            0,
        ),
        (
            "Meeting no 4071\n\nLuxembourg\n10 October 2024\n\nParticipants\n",
            0,
        ),
        ("Plaats: Luxemburg, European Convention Center\n", 0),
        ("Verslag Energieraad 16 juni 2026 (Luxemburg)\n", 0),
        (
            "The ministers met in Luxembourg on 14 October to discuss the budget.",
            0,
        ),
        // The state itself, as one that speaks or is spoken of, stays.
        ("België en Luxemburg steunden het voorstel.", 1),
        ("Luxembourg, Belgium and Austria opposed the text.", 1),
        ("Investment funds based in Luxembourg grew by a tenth.", 1),
        (
            "The Council met on 14 October in Luxembourg. Luxembourg supported the text.",
            1,
        ),
    ];
    for (text, expected) in table {
        assert_eq!(mentions(text, "country:lu"), expected, "{text:?}");
    }
}

#[test]
fn a_minister_who_chaired_the_meeting_gives_the_presidency_its_country() {
    // Before, the Presidency stayed unplaced: only `…, President of the Council` after a
    // minister's country said the minister chaired.
    for text in [
        "\"We are on track,\" said Tomasz Wiśniewski, Minister of the Interior of Poland, who \
         chaired the meeting. The Presidency will report back in June.",
        "De Raad werd geleid door de minister van Financiën van Polen, die de Raad voorzat. Het \
         Voorzitterschap zal in juni terugkomen op het voorstel.",
    ] {
        let r = analyze(text);
        let presidency = r.actors.iter().find(|a| a.id == "role:presidency");
        assert_eq!(
            presidency.and_then(|a| a.affiliation.as_deref()),
            Some("country:pl"),
            "{text:?}"
        );
    }
    // Another clause after the country says nothing of the chair.
    let r = analyze(
        "Tomasz Wiśniewski, Minister of the Interior of Poland, who chaired the working group \
         last year, spoke first. The Presidency will report back in June.",
    );
    let presidency = r.actors.iter().find(|a| a.id == "role:presidency");
    assert_eq!(presidency.and_then(|a| a.affiliation.as_deref()), None);
}

#[test]
fn the_country_that_presents_the_incoming_presidency_s_programme_holds_it() {
    // Before, `the incoming Presidency` stayed unplaced though an item said whose programme it
    // was, as every Council's last meeting of a half-year does.
    let incoming = |text: &str| {
        analyze(text)
            .actors
            .into_iter()
            .find(|a| a.id == "role:incoming-presidency")
            .and_then(|a| a.affiliation)
    };
    for text in [
        "Other items\n\nWork programme of the incoming Presidency\nInformation from the Danish \
         delegation\n",
        "Any other business: information from the Danish delegation on the work programme of the \
         incoming Presidency.\n",
        "Diversen\n\nDenemarken presenteerde het werkprogramma van het inkomend voorzitterschap.\n",
        "Diversen\n\nDe Deense delegatie lichtte de prioriteiten van het inkomende \
         voorzitterschap toe.\n",
    ] {
        assert_eq!(incoming(text).as_deref(), Some("country:dk"), "{text:?}");
    }
    // A country that welcomes the programme does not present it.
    assert_eq!(
        incoming("Germany welcomed the programme of the incoming Presidency.\n"),
        None
    );
}

#[test]
fn a_list_item_of_a_name_a_country_in_brackets_and_an_office_is_a_member() {
    // Before, a board's members listed so were no one, and their offices stood as roles
    // apart (`Deputy Chair`).
    let text = "## Members of the Management Board\n\n\
                - Ingrid Solberg (Norway), Chair\n\
                - Jan De Smet (Belgium), Deputy Chair\n\
                - Piotr Nowak (Poland), member\n\
                - Maria Rossi (Italy)\n\
                - Noord Holland (Netherlands), 12 inspections in 2024\n";
    expect![[r#"
        Ingrid Solberg | Chair | country:no
        Jan De Smet | Deputy Chair | country:be
        Maria Rossi | - | country:it
        Piotr Nowak | member | country:pl
    "#]]
    .assert_eq(&actor_rows::people(&analyze(text)));
    assert_eq!(mentions(text, "role:vice-chair"), 0);
    // Not out of a list, nor with a sentence after the bracket.
    for text in [
        "Jan De Smet (Belgium), Deputy Chair\n",
        "- Jan De Smet (Belgium), who chaired the Board until March, left the Agency.\n",
    ] {
        assert_eq!(actor_rows::people(&analyze(text)), "", "{text:?}");
    }
}

#[test]
fn an_outcome_s_configuration_alone_over_its_dateline_completes_the_title() {
    // Before, the title was only `Outcome of the Council meeting`, every outcome's.
    let title = |text: &str| analyze(text).metadata.title;
    assert_eq!(
        title(
            "Outcome of the Council meeting\n\nAgriculture and Fisheries Council\nBrussels, 27 \
             January 2025\n\n1. Animal welfare\n\nSweden backed the initiative.\n"
        )
        .as_deref(),
        Some("Outcome of the Council meeting: Agriculture and Fisheries Council")
    );
    // Not a line that ends in `Council` over anything else.
    assert_eq!(
        title(
            "Outcome of the Council meeting\n\nMeeting of the Council\nMain results\n\n1. \
             Animal welfare\n\nSweden backed the initiative.\n"
        )
        .as_deref(),
        Some("Outcome of the Council meeting")
    );
}

#[test]
fn a_signing_role_may_name_its_board_right_after_it() {
    // Before, `Voorzitter Raad van Bestuur` under a foreword's name signed nothing: only
    // `Voorzitter van de Raad van Bestuur` did.
    let signatories = |role: &str| {
        let text = format!(
            "# Jaarverslag 2024\n\n## Voorwoord\n\nHet jaar stond in het teken van de wet.\n\n\
             Drs. A.M. de Vries-Kok\n{role}\n\n## 1. Toezicht\n\nWij deden onderzoek.\n"
        );
        metadata_rows::signatories(&analyze(&text))
    };
    assert_eq!(
        signatories("Voorzitter Raad van Bestuur").as_deref(),
        Some("Some(\"Voorzitter Raad van Bestuur\")/Some(\"Drs. A.M. de Vries-Kok\")")
    );
    assert_eq!(
        signatories("Chair Management Board").as_deref(),
        Some("Some(\"Chair Management Board\")/Some(\"Drs. A.M. de Vries-Kok\")")
    );
    // Not a board with more words after it.
    assert_eq!(
        signatories("Directeur Raad van Bestuur en Directie").as_deref(),
        Some("")
    );
}

#[test]
fn the_fixtures_read_whole() {
    let snapshot = |name: &str| {
        whole_report::whole(
            &fixture(name),
            &["person:", "role:", "org:", "collective:", "country:"],
        )
    };
    expect![[r#"
        MeetingReport | Some("Outcome of the Council meeting: Justice and Home Affairs Council") | None | ["2025-06-12", "2025-06-13"] | Some("Luxembourg")

        0 [-] Main results
          1 [-] Home affairs
            2 [-] Migration and asylum
            3 [-] Schengen
          4 [-] Justice
            5 [-] E-evidence
            6 [-] Fight against corruption
            7 [-] Other items
        8 [-] Meeting information
          9 [-] Meeting n° 4102

        org:council | Council of the European Union | - | 6
        collective:ministers | ministers | - | 2
        country:dk | Denmark | - | 2
        collective:member-states | member states | - | 1
        collective:several-delegations | several delegations | - | 1
        collective:several-member-states | several member states | - | 1
        country:at | Austria | - | 1
        country:be | Belgium | - | 1
        country:de | Germany | - | 1
        country:gr | Greece | - | 1
        country:it | Italy | - | 1
        country:lu | Luxembourg | - | 1
        country:nl | Netherlands | - | 1
        country:pl | Poland | - | 1
        org:european-commission | European Commission | - | 1
        person:magnus-brunner | Magnus Brunner | org:european-commission | 1
        person:michael-mcgrath | Michael McGrath | org:european-commission | 1
        person:tomasz-wisniewski | Tomasz Wiśniewski | country:pl | 1
        role:incoming-presidency | Incoming Presidency | country:dk | 1
        role:presidency | Presidency | country:pl | 1

        person:magnus-brunner presented Neutral
        collective:several-member-states called for Support
        country:it stressed Neutral
        country:gr stressed Neutral
        country:at insisted Neutral
        country:dk insisted Neutral
        person:tomasz-wisniewski said Neutral
        collective:several-delegations expressed Reservation
        country:lu asked Neutral
        country:be asked Neutral
        org:council adopted Support
        country:nl abstained Reservation
        country:de expressed Reservation
        collective:ministers reached agreement Support
        person:michael-mcgrath welcomed Support
    "#]].assert_eq(&snapshot(OUTCOME));
    expect![[r#"
        AnnualReport | Some("Annual Report 2024") | None | [] | None
        Some("Executive Director")/Some("Dr. Paolo Ferrante")
        0 [-] Foreword by the Executive Director
        1 [1] The Agency in 2024
          2 [1.1] Mission
          3 [1.2] Key figures
        4 [2] Operational activities
          5 [2.1] Inspections
          6 [2.2] Training
        7 [3] Governance
        8 [Annex I] Members of the Management Board

        org:eami | European Agency for Maritime Inspection | - | 7
        org:management-board | Management Board | org:eami | 4
        person:paolo-ferrante | Paolo Ferrante | org:eami | 3
        collective:member-states | member states | - | 2
        org:emsa | EMSA | - | 2
        org:european-commission | European Commission | - | 2
        person:ingrid-solberg | Ingrid Solberg | country:no | 2
        country:be | Belgium | - | 1
        country:es | Spain | - | 1
        country:no | Norway | - | 1
        country:pt | Portugal | - | 1
        org:court-of-auditors | European Court of Auditors | - | 1
        person:jan-de-smet | Jan De Smet | country:be | 1

        org:eami supports Support
        country:pt requested Neutral
        country:es requested Neutral
        org:european-commission welcomed Support
        org:management-board adopted Support
        org:court-of-auditors found Neutral
    "#]]
    .assert_eq(&snapshot(ANNUAL));
    expect![[r#"
        MeetingReport | Some("Verslag van de Milieuraad van 17 juni 2025") | None | ["2025-06-17"] | Some("Luxemburg")
        Some("staatssecretaris van Infrastructuur en Waterstaat")/Some("Thérèse Bakker")
        0 [1] Klimaatdoel 2040
        1 [2] Ontbossingsverordening

        country:nl | Nederland | - | 2
        org:council | Raad van de Europese Unie | - | 2
        person:therese-bakker | Thérèse Bakker | country:nl | 2
        collective:several-member-states | een aantal lidstaten | - | 1
        country:at | Oostenrijk | - | 1
        country:fr | Frankrijk | - | 1
        country:pl | Polen | - | 1
        org:european-commission | Europese Commissie | - | 1
        person:jessika-roswall | Jessika Roswall | org:european-commission | 1

        org:european-commission presenteerde Neutral
        country:fr uitten Reservation
        country:pl uitten Reservation
        country:nl steunde Support
        country:nl benadrukte Neutral
        country:at vroeg Neutral
        collective:several-member-states vroeg Support
        person:jessika-roswall zegde toe Neutral
    "#]].assert_eq(&snapshot(LATIN1));
}
