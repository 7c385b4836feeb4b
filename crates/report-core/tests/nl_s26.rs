//! Session 26: Dutch Council reports in layouts not yet covered (fixtures under `fixtures/s26`):
//! a Kamerbrief read by `pdftotext -layout` whose report is its annex (`Bijlage 1: Verslag van
//! de Eurogroep en Ecofinraad …`), the ministry's address column beside the first page and
//! `Pagina 2 van 3` footers; an Eerste Kamer clerk's note forwarding a minister's memo
//! (`Verslag aan: de Voorzitter …`) of an informal meeting, its headings in capitals and its
//! report in numbered paragraphs that are no headings; and a Kamerstuk as printed, its letter's
//! closing wrapped over two lines, with a list of participants set by spaces, names beside
//! their offices without a title.

use expect_test::expect;
use report_core::{analyze_text, Config, DocumentKind, Report, Stance};

mod actor_rows;
mod fixture_file;
mod metadata_rows;
mod outline_text;
mod statement_rows;

/// The report of the fixture `s26/{name}`, read as bytes.
fn fixture(name: &str) -> Report {
    fixture_file::report(&format!("s26/{name}"))
}

const ANNEX: &str = "nl-kamerbrief-bijlage-ecofin-pdftotext-layout.txt";
const MEMO: &str = "nl-eerste-kamer-informele-energieraad-genummerd.txt";
const PAPER: &str = "nl-kamerstuk-landbouwraad-deelnemerstabel.txt";

const PARTICIPANTS: &str = "Verslag\n\nDeelnemers\n\n\
    Mathieu Kremer                 Eurocommissaris voor Landbouw en Voedsel\n\
    Andreas Pavlou                 Eurocommissaris voor Visserij en Oceanen\n\
    Jerzy Nowicki                  minister van Landbouw (Polen)\n\n\
    De Raad sprak over de vereenvoudiging.\n";

#[test]
fn a_row_set_by_spaces_gives_its_role_to_its_own_name() {
    // Before, the role of one row went to the name that opens the next, and the first name
    // had none.
    assert_eq!(
        actor_rows::actors(PARTICIPANTS, "person:"),
        [
            (
                "person:andreas-pavlou".into(),
                Some("Eurocommissaris voor Visserij en Oceanen".into()),
                Some("org:european-commission".into())
            ),
            (
                "person:jerzy-nowicki".into(),
                Some("minister van Landbouw".into()),
                Some("country:pl".into())
            ),
            (
                "person:mathieu-kremer".into(),
                Some("Eurocommissaris voor Landbouw en Voedsel".into()),
                Some("org:european-commission".into())
            ),
        ]
    );
    // No role is left over as an actor of its own.
    let r = analyze_text(PARTICIPANTS, &Config::default());
    assert!(
        !r.actors.iter().any(|a| a.id.starts_with("role:")),
        "{:?}",
        r.actors.iter().map(|a| &a.id).collect::<Vec<_>>()
    );
}

#[test]
fn the_rest_of_a_rows_cell_is_the_role_and_a_country_in_brackets_the_holders() {
    // One row a paragraph (blank lines between the rows): without them, a long row still runs
    // on into the next in layout (left alone).
    let text = "Deelnemers\n\n\
                Niamh Gallagher      minister van Landbouw, Voedsel en de Marine (Ierland, voorzitter)\n\n\
                Piet de Vries        staatssecretaris van Landbouw, Visserij en Natuur (Nederland)\n\n\
                Jan Novak            minister van Landbouw, Bosbouw en Voedsel (Tsjechië)\n\n\
                De Raad sprak over de vereenvoudiging.\n";
    assert_eq!(
        actor_rows::actors(text, "person:"),
        [
            (
                "person:jan-novak".into(),
                Some("minister van Landbouw, Bosbouw en Voedsel".into()),
                Some("country:cz".into())
            ),
            (
                "person:niamh-gallagher".into(),
                Some("minister van Landbouw, Voedsel en de Marine".into()),
                Some("country:ie".into())
            ),
            (
                "person:piet-de-vries".into(),
                Some("staatssecretaris van Landbouw, Visserij en Natuur".into()),
                Some("country:nl".into())
            ),
        ]
    );
}

#[test]
fn a_participants_table_whose_offices_wrap_stays_in_rows() {
    // `pdftotext -layout`: the office's cell wraps onto a line of its own, under the name
    // nothing. Before, the block was read as two columns: the names, then the offices.
    let text = "Deelnemers\n\n\
        Mathieu Kremer                 Eurocommissaris voor Landbouw en Voedsel\n\
        Niamh Gallagher                minister van Landbouw, Voedsel en de Marine (Ierland,\n\
        \x20                              voorzitter)\n\
        R.M. Terpstra                  staatssecretaris van Landbouw, Visserij, Voedselzekerheid\n\
        \x20                              en Natuur (Nederland)\n\
        Jerzy Nowicki                  minister van Landbouw (Polen)\n\n\
        De Raad sprak over de vereenvoudiging.\n";
    let r = analyze_text(text, &Config::default());
    assert!(
        r.text
            .contains("Niamh Gallagher                minister van Landbouw"),
        "{}",
        r.text
    );
    expect![[r#"
        Jerzy Nowicki | minister van Landbouw | country:pl
        Mathieu Kremer | Eurocommissaris voor Landbouw en Voedsel | org:european-commission
        Niamh Gallagher | minister van Landbouw, Voedsel en de Marine | country:ie
        R.M. Terpstra | staatssecretaris van Landbouw, Visserij, Voedselzekerheid en Natuur | country:nl
    "#]]
    .assert_eq(&actor_rows::people(&r));
    // A letter head's sender column beside the addressee is still set apart.
    let head = "Aan de Voorzitter van de Tweede Kamer                Directie Europese Zaken\n\
                der Staten-Generaal                                  Postbus 20201\n\
                Postbus 20018                                        2500 EE Den Haag\n\
                2500 EA Den Haag                                     www.rijksoverheid.nl\n\
                \x20                                                    Ons kenmerk\n\
                \x20                                                    2026-0000481233\n\n\
                Geachte voorzitter,\n\nHierbij zend ik u het verslag.\n";
    let r = analyze_text(head, &Config::default());
    assert_eq!(
        r.metadata.addressee.as_deref(),
        Some("Aan de Voorzitter van de Tweede Kamer der Staten-Generaal")
    );
}

#[test]
fn a_role_then_an_honorific_names_the_person() {
    assert_eq!(
        actor_rows::actors(
            "Verslag\n\nDe Commissie werd vertegenwoordigd door Eurocommissaris voor Energie \
             Dhr. Tomas Kalnins. Dhr. Kalnins schetste de stand van de gasvoorraden.\n",
            "person:"
        ),
        [(
            "person:tomas-kalnins".into(),
            Some("Eurocommissaris voor Energie".into()),
            Some("org:european-commission".into())
        )]
    );
    // In English too, and the surname alone after the honorific.
    assert_eq!(
        actor_rows::actors(
            "Outcome\n\nThe Commissioner for Energy Mr Kalnins presented the report.\n",
            "person:"
        ),
        [(
            "person:kalnins".into(),
            Some("Commissioner for Energy".into()),
            Some("org:european-commission".into())
        )]
    );
}

#[test]
fn a_signing_role_wrapped_over_the_name_signs() {
    use metadata_rows::{check_fields, signatories};
    check_fields(&[
        (
            "a role wrapped before its comma, the name right under it",
            "Hierbij bied ik u het verslag aan.\n\n\
             De staatssecretaris van Landbouw, Visserij, Voedselzekerheid en\nNatuur,\n\
             R.M. Terpstra\n\nVERSLAG VAN DE LANDBOUW- EN VISSERIJRAAD\n\n\
             Visserij\n\nDe Commissie presenteerde haar voorstel.\n",
            signatories,
            Some(
                "Some(\"staatssecretaris van Landbouw, Visserij, Voedselzekerheid en Natuur\")/\
                 Some(\"R.M. Terpstra\")",
            ),
        ),
        (
            "a sentence about a minister is no signature",
            "Hierbij bied ik u het verslag aan.\n\n\
             De minister van Financiën sprak over de begroting en\nde Raad stemde in,\n\
             Nederland ook.\n",
            signatories,
            Some(""),
        ),
    ]);
}

#[test]
fn a_memos_report_to_field_is_its_addressee_and_no_section() {
    let text = "VERSLAG\n\nVerslag aan:  de Voorzitter van de Tweede Kamer der Staten-Generaal\n\
                Van:          de minister van Klimaat en Groene Groei\n\
                Datum:        14 oktober 2026\n\n\
                ALGEMEEN\n\n1. De ministers bespraken de winter.\n\n\
                VERVOLG\n\n2. Het voorzitterschap neemt de uitkomsten mee.\n";
    let r = analyze_text(text, &Config::default());
    assert_eq!(
        r.metadata.addressee.as_deref(),
        Some("de Voorzitter van de Tweede Kamer der Staten-Generaal")
    );
    assert_eq!(
        outline_text::outline_text(&r),
        "0 [-] ALGEMEEN\n1 [-] VERVOLG\n"
    );
    // A report addressed so is no letter that carries one.
    assert_ne!(r.metadata.kind, DocumentKind::LetterWithMeetingReport);
}

#[test]
fn the_statements_these_reports_are_made_of() {
    // Held as they are: the three fixtures' ways of saying who stood where.
    use Stance::*;
    statement_rows::check(&[
        (
            "Polen en Hongarije spraken zich uit tegen het compromis.",
            &[
                ("country:pl", "spraken uit", Oppose),
                ("country:hu", "spraken uit", Oppose),
            ],
        ),
        (
            "Een aantal lidstaten, waaronder Duitsland en Oostenrijk, plaatste kanttekeningen \
             bij het voorstel.",
            &[
                (
                    "collective:several-member-states",
                    "plaatste kanttekeningen",
                    Reservation,
                ),
                ("country:de", "plaatste kanttekeningen", Reservation),
                ("country:at", "plaatste kanttekeningen", Reservation),
            ],
        ),
        (
            "De Commissie zegde toe in het voorjaar met een voorstel te komen.",
            &[("org:european-commission", "zegde toe", Neutral)],
        ),
        (
            "Nederland kon het compromis steunen.",
            &[("country:nl", "kon steunen", Support)],
        ),
    ]);
}

#[test]
fn a_report_of_numbered_paragraphs_under_a_signed_note_starts_after_the_note() {
    // The note's clerk signs, then the minister at the report's end: the report's headings are
    // the sections, not the label and title over its fields.
    let r = fixture(MEMO);
    expect![[r#"
        0 [-] ALGEMEEN
        1 [-] ENERGIEZEKERHEID EN DE WINTER 2026-2027
        2 [-] ELEKTRICITEITSNETTEN EN INVESTERINGEN
        3 [-] VERVOLG
    "#]]
    .assert_eq(&outline_text::outline_text(&r));
}

#[test]
fn the_annexs_outline_and_metadata() {
    // Left alone: the table of decisions in three columns joins its rows into paragraphs, and
    // a wrapped cell alone on its line (`IMF`) heads a section.
    let r = fixture(ANNEX);
    expect![[r#"
        0 [-] Eurogroep
          1 [-] Begrotingsplannen 2027
          2 [-] Digitale euro
        3 [-] Ecofinraad
          4 [-] Economische en financiële gevolgen van de Russische agressie tegen Oekraïne
          5 [-] Herziening van de richtlijn energiebelastingen
          6 [-] Voorbereiding van de jaarvergadering van het IMF
          7 [-] Overzicht van de besluiten
          8 [-] IMF
          9 [-] Diversen
    "#]]
    .assert_eq(&outline_text::outline_text(&r));
    expect![[r#"LetterWithMeetingReport | Some("Verslag van de Eurogroep en Ecofinraad van 17 en 18 november 2026") | Some("2026-11-26") | ["2026-11-17", "2026-11-18"] | Some("Brussel")"#]].assert_eq(&metadata_rows::head(&r));
    assert_eq!(
        metadata_rows::signatories(&r).as_deref(),
        Some("Some(\"minister van Financiën\")/Some(\"W.A. Kooistra-de Graaf\")")
    );
}

#[test]
fn the_annexs_people_and_statements() {
    let r = fixture(ANNEX);
    expect![[r#"
        W.A. Kooistra-de Graaf | minister van Financiën | country:nl
        Helena Vasquez | president van de Europese Centrale Bank | org:ecb
        Kieran Walsh | voorzitter van de Eurogroep | org:eurogroup
        Lindqvist | Eurocommissaris | org:european-commission
        Oleksandr Tkachuk | minister van Financiën | country:ua
    "#]]
    .assert_eq(&actor_rows::people(&r));
    expect![[r#"
        org:eurogroup besprak Neutral
        person:lindqvist lichtte toe Neutral
        person:lindqvist gaf aan Neutral
        person:kieran-walsh riep op Neutral
        country:nl benadrukte Neutral
        country:de sloten aan Support
        country:fi sloten aan Support
        country:it wezen erop Neutral
        country:fr wezen erop Neutral
        org:eurogroup sprak over Neutral
        person:helena-vasquez gaf toelichting Neutral
        collective:several-member-states uitte Reservation
        country:at uitte Reservation
        country:sk uitte Reservation
        country:nl steunt Support
        org:european-commission informeerde Neutral
        person:oleksandr-tkachuk bedankte Neutral
        person:oleksandr-tkachuk vroeg Neutral
        collective:several-member-states onderstreepten Neutral
        role:presidency presenteerde Neutral
        country:pl spraken uit Oppose
        country:hu spraken uit Oppose
        country:nl kon steunen Support
        org:council bereikte geen akkoord Neutral
        org:council stelde vast Neutral
        person:w-a-kooistra-de-graaf gaf aan Neutral
        country:nl onderschrijft Support
        role:presidency informeerde Neutral
        org:council nam aan Support
    "#]]
    .assert_eq(&statement_rows::all_rows(&r));
}

#[test]
fn the_memos_metadata_people_and_statements() {
    // Left alone: the title is the memo's label (`VERSLAG`), not the line in capitals under
    // its fields; the meeting's dates are the memo's date, not `1 EN 2 OKTOBER 2026`; no place
    // (Cork). Ms Solheim's role stands in an apposition after the verb (`nam ook Mevr. Ingrid
    // Solheim deel, de Noorse minister …`). Mr Brennan's portfolio of three is whole since
    // an apposition's role runs past the commas of a list of portfolio words (s26-en).
    let r = fixture(MEMO);
    expect![[
        r#"LetterWithMeetingReport | Some("VERSLAG") | Some("2026-10-20") | ["2026-10-14"] | None"#
    ]]
    .assert_eq(&metadata_rows::head(&r));
    expect![[r#"Some("griffier van de commissie")/Some("Van der Meer-Bakker"); Some("minister van Klimaat en Groene Groei")/Some("J.C. Hoekstra-Vos")"#]].assert_eq(&metadata_rows::signatories(&r).unwrap_or_default());
    expect![[r#"
        J.C. Hoekstra-Vos | minister van Klimaat en Groene Groei | country:nl
        Ingrid Solheim | - | -
        Tomas Kalnins | Eurocommissaris voor Energie | org:european-commission
        Cathal Brennan | Ierse minister van Klimaat, Energie en Milieu | country:ie
        Van der Meer-Bakker | griffier van de commissie | -
    "#]]
    .assert_eq(&actor_rows::people(&r));
    expect![[r#"
        collective:ministers bespraken Neutral
        person:tomas-kalnins schetste Neutral
        person:tomas-kalnins benadrukte Neutral
        collective:several-member-states plaatste kanttekeningen Reservation
        country:de plaatste kanttekeningen Reservation
        country:at plaatste kanttekeningen Reservation
        collective:several-member-states gaven aan Neutral
        country:de gaven aan Neutral
        country:at gaven aan Neutral
        country:it pleitten Support
        country:gr pleitten Support
        person:j-c-hoekstra-vos heeft aangegeven Neutral
        country:nl wees op Neutral
        collective:ministers spraken over Neutral
        person:ingrid-solheim lichtte toe Neutral
        org:european-commission zegde toe Neutral
        country:es verwelkomden Support
        country:pt verwelkomden Support
        country:fr wees erop Neutral
        country:nl steunt Support
        country:nl riep op Neutral
    "#]]
    .assert_eq(&statement_rows::all_rows(&r));
}

#[test]
fn the_papers_outline_and_metadata() {
    let r = fixture(PAPER);
    expect![[r#"
        0 [-] Vissersmogelijkheden voor 2027 in de Atlantische Oceaan en de Noordzee
        1 [-] Vereenvoudiging van het gemeenschappelijk landbouwbeleid
        2 [-] Diversen
          3 [-] Afrikaanse varkenspest
          4 [-] Handelsakkoord met de Mercosur-landen
    "#]]
    .assert_eq(&outline_text::outline_text(&r));
    expect![[r#"LetterWithMeetingReport | Some("VERSLAG VAN DE LANDBOUW- EN VISSERIJRAAD VAN 16 NOVEMBER 2026") | Some("2026-11-24") | ["2026-11-16"] | Some("Brussel")"#]].assert_eq(&metadata_rows::head(&r));
    expect![[r#"Some("staatssecretaris van Landbouw, Visserij, Voedselzekerheid en Natuur")/Some("R.M. Terpstra")"#]].assert_eq(&metadata_rows::signatories(&r).unwrap_or_default());
}

#[test]
fn the_papers_people_and_statements() {
    let r = fixture(PAPER);
    expect![[r#"
        R.M. Terpstra | staatssecretaris van Landbouw, Visserij, Voedselzekerheid en Natuur | country:nl
        Andreas Pavlou | Eurocommissaris voor Visserij en Oceanen | org:european-commission
        Jerzy Nowicki | minister van Landbouw en Plattelandsontwikkeling | country:pl
        Mathieu Kremer | Eurocommissaris voor Landbouw en Voedsel | org:european-commission
        Niamh Gallagher | minister van Landbouw, Voedsel en de Marine | country:ie
    "#]].assert_eq(&actor_rows::people(&r));
    expect![[r#"
        org:european-commission presenteerde Neutral
        person:andreas-pavlou gaf aan Neutral
        country:fr uitten Reservation
        country:es uitten Reservation
        country:be uitten Reservation
        country:dk steunden Support
        country:se steunden Support
        person:r-m-terpstra heeft aangegeven Neutral
        org:european-commission zegde toe Neutral
        role:presidency gaf toelichting Neutral
        collective:several-member-states plaatste kanttekeningen Reservation
        country:de plaatste kanttekeningen Reservation
        country:at plaatste kanttekeningen Reservation
        country:pl spraken uit Oppose
        country:hu spraken uit Oppose
        country:nl kan steunen Support
        country:nl benadrukte Neutral
        person:jerzy-nowicki riep op Support
        country:pl informeerde Neutral
        country:pl vroeg Neutral
        collective:several-member-states steunden Support
        country:lt steunden Support
        country:lv steunden Support
        person:mathieu-kremer gaf aan Neutral
        org:council sprak over Neutral
        country:fr pleitten Support
        country:ie pleitten Support
        country:nl wees erop Neutral
        org:european-commission zegde toe Neutral
    "#]]
    .assert_eq(&statement_rows::all_rows(&r));
}
