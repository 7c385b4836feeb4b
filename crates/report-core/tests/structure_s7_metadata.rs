//! Metadata of small invented reports in layouts the older fixtures do not have. Each row is
//! `(name, text, expected)`; the expected metadata is written as `field=value` pairs so a row
//! reads like the report's card.

use report_core::{analyze_text, Config, Metadata};
mod fixture_file;

/// The metadata as `kind|title|letter_date|meeting_dates|place|addressee`.
fn card(m: &Metadata) -> String {
    format!(
        "kind={:?}|title={}|letter={}|meeting={}|place={}|to={}",
        m.kind,
        m.title.as_deref().unwrap_or("-"),
        m.letter_date.as_deref().unwrap_or("-"),
        m.meeting_dates.join(","),
        m.place.as_deref().unwrap_or("-"),
        m.addressee.as_deref().unwrap_or("-"),
    )
}

#[test]
fn metadata_of_unseen_layouts() {
    let rows: &[(&str, &str, &str)] = &[
        (
            "an outcome whose subject names where and when the meeting was held",
            "Council of the European Union\n\
             \x20                                     Luxembourg, 22 April 2029\n\n\
             OUTCOME OF THE COUNCIL MEETING\n\n\
             Subject:   4102nd meeting of the Council (Fisheries)\n\
             \x20          held in Luxembourg on 19 April 2029\n\n\
             1.   Fishing opportunities in the Baltic\n\n\
             The Council held a debate.\n",
            "kind=MeetingReport|title=OUTCOME OF THE COUNCIL MEETING: Fisheries|letter=2029-04-22|\
             meeting=2029-04-19|place=Luxembourg|to=-",
        ),
        (
            "held on a date in a place, under a date alone",
            "Outcome of the Council meeting\n\n\
             9 May 2029\n\n\
             Subject: Meeting of the Council (Culture) held on 7 May 2029 in Tallinn\n\n\
             1. Media freedom\n\n\
             Ministers exchanged views.\n",
            "kind=MeetingReport|title=Outcome of the Council meeting|letter=2029-05-09|\
             meeting=2029-05-07|place=Tallinn|to=-",
        ),
        (
            "a Dutch report of a meeting held in a place on a date, under the document's date",
            "Raad van de Europese Unie\n\n\
             Brussel, 20 juni 2029\n\n\
             VERSLAG\n\n\
             Betreft: Raad Algemene Zaken, gehouden te Luxemburg op 17 juni 2029\n\n\
             1. Uitbreiding\n\n\
             De ministers wisselden van gedachten.\n",
            "kind=MeetingReport|title=VERSLAG|letter=2029-06-20|meeting=2029-06-17|place=Luxemburg|to=-",
        ),
        (
            "a report whose Datum field is set off by one space",
            "Verslag van de Raad Concurrentievermogen van 2 juni 2028\n\n\
             Datum 9 juni 2028\n\
             Betreft Verslag Raad Concurrentievermogen\n\n\
             1. Ruimtevaartbeleid\n\
             De Commissie gaf een toelichting op het voorstel.\n",
            "kind=MeetingReport|title=Verslag van de Raad Concurrentievermogen van 2 juni 2028|\
             letter=2028-06-09|meeting=2028-06-02|place=-|to=-",
        ),
        (
            "an addressee without 'Aan' over a street of two words",
            "De Voorzitter van de Eerste Kamer\n\
             der Staten-Generaal\n\
             Korte Voorhout 3\n\
             2511 CW  Den Haag\n\n\
             Datum 4 juli 2029\n\
             Betreft Verslag van de Milieuraad van 28 juni 2029\n\n\
             Geachte Voorzitter,\n\n\
             Hierbij ontvangt u het verslag.\n\n\
             De minister van Klimaat en Groene Groei,\n\n\
             M.A. Oudshoorn-Pereira\n\n\
             Verslag van de Milieuraad van 28 juni 2029\n\n\
             1. Bodemgezondheid\n\
             De Commissie gaf een toelichting.\n",
            "kind=LetterWithMeetingReport|title=Verslag van de Milieuraad van 28 juni 2029|\
             letter=2029-07-04|meeting=2029-06-28|place=-|\
             to=De Voorzitter van de Eerste Kamer der Staten-Generaal",
        ),
        (
            "a letter whose annex label carries the report's title on one line",
            "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\n\
             Datum 11 mei 2029\n\n\
             Geachte Voorzitter,\n\n\
             Hierbij ontvangt u het verslag.\n\n\
             De minister van Landbouw,\n\n\
             T.R. Haverkamp-Osei\n\n\
             Bijlage 2 – Verslag van de Visserijraad van 7 mei 2029\n\n\
             Vangstmogelijkheden\n\
             De Commissie gaf een toelichting. Het voorzitterschap concludeerde.\n",
            "kind=LetterWithMeetingReport|title=Verslag van de Visserijraad van 7 mei 2029|\
             letter=2029-05-11|meeting=2029-05-07|place=-|\
             to=Aan de Voorzitter van de Tweede Kamer der Staten-Generaal",
        ),
        (
            "a letter whose subject names the report it carries without a title",
            "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\n\
             Datum 2 oktober 2030\n\
             Betreft: Verslag Telecomraad van 27 september 2030\n\n\
             Geachte Voorzitter,\n\n\
             Hierbij het verslag van de Telecomraad die op 27 september 2030 in Luxemburg plaatsvond.\n\n\
             1. Digitale netwerken\n\n\
             De Commissie gaf een toelichting. Het voorzitterschap concludeerde.\n",
            "kind=LetterWithMeetingReport|title=Verslag Telecomraad van 27 september 2030|\
             letter=2030-10-02|meeting=2030-09-27|place=Luxemburg|\
             to=Aan de Voorzitter van de Tweede Kamer der Staten-Generaal",
        ),
    ];
    let mut failures = Vec::new();
    for (name, text, expected) in rows {
        let got = card(&analyze_text(text, &Config::default()).metadata);
        if got != *expected {
            failures.push(format!("{name}\n  expected {expected}\n  got      {got}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn a_committee_chair_closing_is_no_addressee() {
    let text = "Verslag van een schriftelijk overleg\n\n\
                De voorzitter van de commissie,\n\
                Brandsma\n\n\
                De Kamer stelde vragen over de Raad.\n";
    let m = analyze_text(text, &Config::default()).metadata;
    assert_eq!(m.addressee, None);
}

#[test]
fn a_kamerstuk_report_of_a_committee_debate() {
    // It names itself in a column of its header and signs before its body, addressing no one.
    let bytes = fixture_file::read("s7/kamerstuk-commissiedebat-nl.txt");
    let m = report_core::analyze(&bytes, &Config::default())
        .expect("decodes")
        .metadata;
    assert_eq!(
        card(&m),
        "kind=MeetingReport|title=VERSLAG VAN EEN COMMISSIEDEBAT|letter=2030-11-19|meeting=2030-11-06|\
         place=-|to=-"
    );
    let signed: Vec<(Option<&str>, Option<&str>)> = m
        .signatories
        .iter()
        .map(|s| (s.role.as_deref(), s.name.as_deref()))
        .collect();
    assert_eq!(
        signed,
        [
            (
                Some("voorzitter van de commissie"),
                Some("Dijkgraaf-Amrani")
            ),
            (Some("griffier van de commissie"), Some("Wolters")),
        ]
    );
    let reference = m.reference.expect("a reference");
    assert_eq!(
        (reference.dossier.as_str(), reference.number.as_deref()),
        ("22 112", Some("3907"))
    );
}

#[test]
fn a_signatory_with_a_lower_case_academic_title() {
    let text = "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\n\
                Geachte Voorzitter,\n\n\
                Hierbij de geannoteerde agenda.\n\n\
                De minister voor Buitenhandel,\n\n\
                mr. ir. K.P. Lindqvist-Bakker\n\n\
                Geannoteerde agenda Raad Handel van 3 juni 2031\n\n\
                Handelsakkoorden\n\
                De Raad spreekt over de akkoorden. Het kabinet steunt dit.\n";
    let m = analyze_text(text, &Config::default()).metadata;
    let signatory = m.signatories.first().expect("a signatory");
    assert_eq!(
        signatory.role.as_deref(),
        Some("minister voor Buitenhandel")
    );
    assert_eq!(
        signatory.name.as_deref(),
        Some("mr. ir. K.P. Lindqvist-Bakker")
    );
    assert_eq!(
        m.title.as_deref(),
        Some("Geannoteerde agenda Raad Handel van 3 juni 2031")
    );
}
