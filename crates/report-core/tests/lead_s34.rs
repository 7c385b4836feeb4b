//! Session 34, the lead's blind reading: a letter that signs with its role wrapped over two
//! lines before the report it carries, portfolios of two words before a name, a Dutch front
//! matter's `datum:`, and a board member's title.

use report_core::{analyze_text, Config, Report};

mod metadata_rows;

fn analyze(text: &str) -> Report {
    analyze_text(text, &Config::default())
}

fn person<'a>(r: &'a Report, name: &str) -> Option<&'a report_core::Actor> {
    r.actors.iter().find(|a| a.name == name)
}

const LETTER: &str = "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\n\
    Datum 27 november 2026\nBetreft Verslag Raad Buitenlandse Zaken Ontwikkeling\n\n\
    Geachte voorzitter,\n\nHierbij stuur ik u het verslag van de Raad van 20 november 2026.\n\n\
    De minister voor Buitenlandse Handel en\nOntwikkelingshulp,\n\nReinier Vos\n\n\n\
    Verslag Raad Buitenlandse Zaken Ontwikkeling, 20 november 2026\n\n\
    Humanitaire situatie in Soedan\n\
    De Raad sprak over Soedan. Nederland wees op het belang van toegang.\n\n\
    Diversen\nBelgië vroeg aandacht voor Oost-Congo.\n";

#[test]
fn a_signing_role_wrapped_over_two_lines_signs_with_the_name_under_a_blank_line() {
    // Before, the wrapped role was a paragraph: no signatory, and the name was the letter's
    // first section.
    let r = analyze(LETTER);
    assert_eq!(
        metadata_rows::signatories(&r).as_deref(),
        Some(
            r#"Some("minister voor Buitenlandse Handel en Ontwikkelingshulp")/Some("Reinier Vos")"#
        )
    );
    let titles: Vec<&str> = r.outline.iter().map(|s| s.title.as_str()).collect();
    assert_eq!(titles, ["Humanitaire situatie in Soedan", "Diversen"]);
    // A line of four capitalised words under the role is the report's title, no name.
    let text = "Geachte voorzitter,\n\nHierbij het verslag.\n\n\
                De minister voor Buitenlandse Handel en\nOntwikkelingshulp,\n\n\
                Global Gateway Forum Brussel\n\nDe Raad sprak over Global Gateway.\n\n\
                Diversen\n\nBelgië vroeg aandacht voor Oost-Congo.\n";
    let r = analyze(text);
    assert_eq!(
        metadata_rows::signatories(&r).as_deref(),
        Some(r#"Some("minister voor Buitenlandse Handel en Ontwikkelingshulp")/None"#)
    );
    assert_eq!(
        r.metadata.title.as_deref(),
        Some("Global Gateway Forum Brussel")
    );
}

#[test]
fn a_portfolio_of_an_adjective_and_its_noun_goes_before_the_name() {
    // Before: "Welfare Tomas Várhelyi" (role "Commissioner for Health and Animal") and
    // "Partnerschappen Marta Kovač".
    let r = analyze(
        "Commissioner for Health and Animal Welfare Tomas Várhelyi welcomed the agreement.\n",
    );
    let p = person(&r, "Tomas Várhelyi").expect("the Commissioner");
    assert_eq!(
        p.role.as_deref(),
        Some("Commissioner for Health and Animal Welfare")
    );
    let r = analyze(
        "Eurocommissaris voor Internationale Partnerschappen Marta Kovač presenteerde de stand \
         van zaken.\n",
    );
    let p = person(&r, "Marta Kovač").expect("the Eurocommissaris");
    assert_eq!(
        p.role.as_deref(),
        Some("Eurocommissaris voor Internationale Partnerschappen")
    );
    // A noun alone is the portfolio: three plain words after it are a name of three.
    let r = analyze("Minister for Agriculture Luis Planas Puchades opened the meeting.\n");
    let p = person(&r, "Luis Planas Puchades").expect("the minister");
    assert_eq!(p.role.as_deref(), Some("Minister for Agriculture"));
}

#[test]
fn a_dutch_front_matter_dates_the_report_by_its_datum() {
    // Before, only `date:` did: the jaarverslag had no date.
    let text = "---\ntitel: \"Jaarverslag 2025\"\ndatum: 2026-03-31\n---\n\n# Jaarverslag 2025\n\n\
                ## Voorwoord\n\nVoor u ligt het jaarverslag.\n";
    let r = analyze(text);
    assert_eq!(r.metadata.letter_date.as_deref(), Some("2026-03-31"));
    assert_eq!(r.metadata.title.as_deref(), Some("Jaarverslag 2025"));
    // A key that only starts so is no date.
    let text = "---\ndatumveld: 2026-03-31\n---\n\n# Jaarverslag 2025\n\nTekst.\n";
    assert_eq!(analyze(text).metadata.letter_date, None);
}

#[test]
fn a_board_member_is_titled_by_bestuurslid() {
    // Before, "Bestuurslid" was part of her name.
    let r = analyze(
        "Bestuurslid Anita de Groot benadrukte op het jaarcongres dat platforms hun \
         verantwoordelijkheid moeten nemen.\n",
    );
    let p = person(&r, "Anita de Groot").expect("the board member");
    assert_eq!(p.role.as_deref(), Some("Bestuurslid"));
    assert_eq!(r.statements.len(), 1);
    assert_eq!(r.statements[0].actor, p.id);
}

#[test]
fn a_kamerstuk_cited_alone_on_a_line_of_the_head_is_the_reference() {
    // Before, without its session year the citation was no reference: the letter head's own
    // `Ons kenmerk` stood in for it.
    let head = "Kamerstuk 21 501-04, nr. 291\n\nAan de Voorzitter van de Tweede Kamer der \
                Staten-Generaal\n\nDatum 27 november 2026\nOns kenmerk BZ2614522\n\n\
                Geachte voorzitter,\n\nHierbij het verslag van de Raad.\n";
    let r = analyze(head);
    let reference = r.metadata.reference.as_ref().expect("a reference");
    assert_eq!(
        (reference.dossier.as_str(), reference.number.as_deref()),
        ("21 501-04", Some("291"))
    );
    let r = analyze(&head.replace(
        "Kamerstuk 21 501-04, nr. 291",
        "Kamerstukken II 2025/26, 21501-04, nr. 291",
    ));
    let reference = r.metadata.reference.as_ref().expect("a reference");
    assert_eq!(
        (reference.dossier.as_str(), reference.number.as_deref()),
        ("21501-04", Some("291"))
    );
    // Cited inside a sentence, it is another paper's: the own reference stays.
    let r = analyze(
        &head
            .replace("Kamerstuk 21 501-04, nr. 291\n\n", "")
            .replace(
                "Hierbij het verslag van de Raad.",
                "Zie ook Kamerstuk 21 501-04, nr. 290.",
            ),
    );
    assert_eq!(
        r.metadata.reference.as_ref().map(|r| r.dossier.as_str()),
        Some("BZ2614522")
    );
}
