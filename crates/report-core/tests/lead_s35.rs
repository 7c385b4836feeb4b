//! Session 35, the lead's blind reading (fixtures under `fixtures/s35`): a Kamerbrief from
//! `pdftotext` whose first item runs over a page break with the ministry's side column repeated
//! inside a sentence and a Kamerstuk citation on its last line; a ZBO's jaarverslag exported
//! from Word, its foreword and its supervisory board's report signed with names written out;
//! the Dutch version of a Council outcome (`RESULTATEN VAN DE RAADSZITTING`, `BEHANDELDE
//! PUNTEN`); a Dutch ministry's English report of a Foreign Affairs Council (Trade); and an
//! English Council outcome from `pdftotext` with the document number in its footers; and a
//! civil servant's short report of a Coreper meeting in the service's shorthand (`VZ`, `COM`,
//! `LS`, member states by their codes before Dutch verbs: `HU maakte een voorbehoud`).

use expect_test::expect;
use report_core::{analyze_text, Config, Report};

mod actor_rows;
mod fixture_file;
mod metadata_rows;
mod outline_text;
mod statement_rows;
mod whole_report;

/// The report of the fixture `s35/{name}`, read as bytes.
fn fixture(name: &str) -> Report {
    fixture_file::report(&format!("s35/{name}"))
}

const LETTER_FILE: &str = "nl-kamerbrief-rbz-pdftotext-pagina-afbreking.txt";
const ZBO: &str = "nl-jaarverslag-zbo-word-export-ondertekend.txt";
const OUTCOME_NL: &str = "nl-resultaten-raadszitting-landbouw-vertaling.txt";
const MINISTRY_EN: &str = "en-netherlands-ministry-report-fac-trade-english.txt";
const OUTCOME_EN: &str = "en-outcome-eycs-council-pdftotext-footers.txt";
const COREPER: &str = "nl-kort-verslag-coreper-afkortingen-landcodes.txt";

fn analyze(text: &str) -> Report {
    analyze_text(text, &Config::default())
}

fn titles(r: &Report) -> Vec<&str> {
    r.outline.iter().map(|s| s.title.as_str()).collect()
}

fn person<'a>(r: &'a Report, name: &str) -> Option<&'a report_core::Actor> {
    r.actors.iter().find(|a| a.name == name)
}

fn actor_ids(r: &Report) -> Vec<&str> {
    r.actors.iter().map(|a| a.id.as_str()).collect()
}

/// A letter and its report, the first item's paragraph cut by a page break (`{BREAK}`).
const LETTER: &str = "Geachte voorzitter,\n\n\
    Hierbij bied ik u het verslag aan van de Raad Buitenlandse Zaken van 24 november 2026.\n\n\
    De minister van Buitenlandse Zaken,\n\nCaspar Veldkamp\n\n\n\
    Verslag van de Raad Buitenlandse Zaken van 24 november 2026\n\n\
    Russische agressie tegen Oekraïne\n\
    De Raad sprak over de voortdurende Russische agressie tegen Oekraïne. De Oekraïense\n\
    minister van Buitenlandse Zaken nam via een videoverbinding deel aan de discussie. Hij\n\
    benadrukte het belang van verdere militaire steun. De Hoge Vertegenwoordiger riep de\n\
    lidstaten op om{BREAK}hun toezeggingen snel na te komen. Nederland steunde deze oproep.\n\n\
    Midden-Oosten\nDe Raad besprak de situatie in Gaza.\n\n\
    Diversen\nFrankrijk informeerde de Raad over Libanon.\n";

#[test]
fn an_item_whose_paragraph_a_page_break_cuts_before_its_full_stop_is_a_section() {
    // Before, the first paragraph under the first item ended on "op om" (no full stop), so the
    // running text seemed to start only after the break, and the item's title was taken for
    // the title page: the outline began at "Midden-Oosten".
    let r = analyze(&LETTER.replace("{BREAK}", "\n\n"));
    assert_eq!(
        titles(&r),
        [
            "Russische agressie tegen Oekraïne",
            "Midden-Oosten",
            "Diversen"
        ]
    );
    // A short line cut off the same way is no running text: a title page of short lines over
    // the first paragraph still keeps its lines out of the outline.
    let r = analyze(
        "Raad Algemene Zaken\n\nVerslag van de vergadering\nvan 24 november\n\n\
         Oekraïne\nDe Raad sprak over Oekraïne. Nederland steunde de conclusies.\n",
    );
    assert_eq!(titles(&r), ["Oekraïne"]);
}

#[test]
fn a_side_column_line_of_the_letter_head_under_a_page_number_is_furniture() {
    // Before, "Directie Integratie Europa", repeated under "Pagina 2 van 4", stayed inside the
    // sentence the page break cut: "riep de lidstaten op om Directie Integratie Europa hun
    // toezeggingen …".
    let head = "Directie Integratie Europa\nBezuidenhoutseweg 67\n\nKenmerk      BZ2611873\n\
                Datum        27 november 2026\n\
                Betreft      Verslag van de Raad Buitenlandse Zaken\n\n";
    let side = "\n\n                                  Pagina 2 van 4\nDirectie Integratie Europa\n\
                Datum\n27 november 2026\nKenmerk\nBZ2611873\n\n";
    let end = "\n                                  Pagina 4 van 4\n";
    let r = analyze(&format!("{head}{}{end}", LETTER.replace("{BREAK}", side)));
    let st = r
        .statements
        .iter()
        .find(|s| s.verb == "riep op")
        .expect("the High Representative's call");
    let sentence = &r.text[st.range.start..st.range.end];
    assert!(
        sentence.contains("lidstaten op om hun toezeggingen"),
        "{sentence}"
    );
    // A line of the text that repeats a line of the head, under no page number, stays.
    let text = format!(
        "{head}Geachte voorzitter,\n\nDe Raad sprak over de begroting.\n\n\
         Directie Integratie Europa\n\nDe directie volgt het dossier.\n"
    );
    let r = analyze(&text);
    assert!(r.text.matches("Directie Integratie Europa").count() == 2);
}

#[test]
fn an_agency_noun_that_opens_a_longer_name_of_the_gazetteer_is_that_body() {
    // Before, "De Inspectie" of "De Inspectie van het Onderwijs" was taken for the report's
    // own agency (the article's form of the noun), and the scan went on after it: in a report
    // of another body the inspectorate was no actor at all.
    let r = analyze(
        "Jaarverslag 2025\n\nDe Inspectie van het Onderwijs heeft gewezen op de risico's. \
         De MBO Raad steunde de aanpak.\n",
    );
    assert_eq!(actor_ids(&r), ["org:nl-onderwijsinspectie"]);
    assert_eq!(r.statements[0].actor, "org:nl-onderwijsinspectie");
    // The noun alone is still the report's own agency when the report opens with one.
    let r = analyze(
        "Inspectie Leefomgeving en Transport\n\nJaarverslag 2025\n\n\
         De Inspectie heeft in 2025 vaker gecontroleerd. De Inspectie van het Onderwijs ook.\n",
    );
    let ilt = r.actors.iter().find(|a| a.id == "org:ilt").expect("ILT");
    assert_eq!(ilt.mentions.len(), 2);
    assert!(actor_ids(&r).contains(&"org:nl-onderwijsinspectie"));
}

#[test]
fn a_kamerstuk_cited_on_the_last_line_is_the_reference() {
    // Before, only a citation among the front lines counted: a printed paper's footer
    // "Kamerstuk 21 501-02, nr. 3188" on its last line gave no reference.
    let text = LETTER.replace("{BREAK}", " ");
    let r = analyze(&format!("{text}\nKamerstuk 21 501-02, nr. 3188\n"));
    let reference = r.metadata.reference.as_ref().expect("a reference");
    assert_eq!(reference.dossier, "21 501-02");
    assert_eq!(reference.number.as_deref(), Some("3188"));
    // A sentence that cites another paper at the end cites no reference of this one.
    let r = analyze(&format!("{text}\nZie ook Kamerstuk 21 501-02, nr. 3100.\n"));
    assert!(r.metadata.reference.is_none(), "{:?}", r.metadata.reference);
}

#[test]
fn a_name_written_out_with_its_signing_role_on_one_line_signs() {
    // Before, only a name with initials signed on one line (`P. Jansen, voorzitter`):
    // "Hans de Wolff, voorzitter van de Raad van Toezicht" gave a role actor and no
    // signatory, and the foreword's "Annelies Verhoef-Dijkman, directeur-bestuurder" no
    // person at all; `directeur-bestuurder` was the role "directeur".
    let text = "Jaarverslag 2025\n\nVoorwoord\n\nWij danken onze medewerkers voor hun inzet.\n\n\
                Annelies Verhoef-Dijkman, directeur-bestuurder\n\n\
                1. Organisatie\n\nDe directeur-bestuurder, mevrouw A. Verhoef-Dijkman, leidt \
                de stichting.\n\n2. Verslag van de Raad van Toezicht\n\n\
                De raad heeft de jaarrekening goedgekeurd. In de raad zit mr. H. (Hans) de Wolff.\n\n\
                Utrecht, 12 maart 2026\n\n\
                Hans de Wolff, voorzitter van de Raad van Toezicht\n";
    let r = analyze(text);
    assert_eq!(
        metadata_rows::signatories(&r).as_deref(),
        Some(r#"Some("voorzitter van de Raad van Toezicht")/Some("Hans de Wolff")"#)
    );
    let director = person(&r, "Annelies Verhoef-Dijkman").expect("the director");
    assert_eq!(director.role.as_deref(), Some("directeur-bestuurder"));
    assert!(director
        .aliases
        .iter()
        .any(|a| a == "mevrouw A. Verhoef-Dijkman"));
    let chair = person(&r, "Hans de Wolff").expect("the chair");
    assert_eq!(
        chair.role.as_deref(),
        Some("voorzitter van de Raad van Toezicht")
    );
    assert!(!r.actors.iter().any(|a| a.id.starts_with("role:")));
    // A heading of two capitalised words and a word that is no signing role is no signature.
    let r = analyze(
        "Verslag\n\nDe Raad sprak over uitbreiding.\n\nWestelijke Balkan, uitbreiding\n\n\
         Nederland steunde de conclusies.\n",
    );
    assert!(r
        .actors
        .iter()
        .all(|a| a.kind != report_core::ActorKind::Person));
}

#[test]
fn a_ministry_s_report_of_a_dated_council_is_a_meeting_report() {
    // Before, "Report of the Foreign Affairs Council (Trade) of 18 November 2026" was kind
    // `other`: only "Report of the … meeting" and a session's report counted.
    let text = "Report of the Foreign Affairs Council (Trade) of 18 November 2026\n\n\
                Trade relations with the United States\n\n\
                France and Spain asked the Commission to prepare countermeasures. France, Poland \
                and Austria repeated their objections.\n";
    let r = analyze(text);
    assert_eq!(r.metadata.kind, report_core::DocumentKind::MeetingReport);
    // `repeated their objections` opposes; before, the sentence gave no statement.
    let repeated: Vec<(&str, &str, report_core::Stance)> = r
        .statements
        .iter()
        .filter(|s| s.verb == "repeated")
        .map(|s| (s.actor.as_str(), s.verb.as_str(), s.stance))
        .collect();
    assert_eq!(repeated.len(), 3, "{repeated:?}");
    assert!(repeated.iter().all(|s| s.2 == report_core::Stance::Oppose));
    // A Commission's report to the Council is no meeting's.
    let r = analyze(
        "Report of the Commission to the Council of 18 November 2026\n\nThe Commission reports.\n",
    );
    assert_ne!(r.metadata.kind, report_core::DocumentKind::MeetingReport);
}

#[test]
fn a_dutch_ministry_named_by_its_portfolio_or_abbreviation_is_an_organisation() {
    // Before, "het ministerie van OCW" and "Het ministerie van Onderwijs, Cultuur en
    // Wetenschap" were no actors.
    let r = analyze(
        "Jaarverslag 2025\n\nHet ministerie van Onderwijs, Cultuur en Wetenschap vroeg ons om \
         advies. De bijdrage van het ministerie van OCW steeg. Het ministerie van Financiën \
         betaalde.\n",
    );
    let ocw = r
        .actors
        .iter()
        .find(|a| a.id == "org:nl-min-ocw")
        .expect("the ministry");
    assert_eq!(ocw.mentions.len(), 2);
    assert_eq!(ocw.affiliation.as_deref(), Some("country:nl"));
    // A ministry every government has is not taken for the Dutch one.
    assert!(!r.actors.iter().any(|a| a.name.contains("Financiën")));
}

#[test]
fn the_dutch_version_of_a_council_outcome_reads_as_the_english_one() {
    // Before: kind `other`, title "Raad van de Europese Unie", the meeting dated by the
    // document's own date (18 November), and "BEHANDELDE PUNTEN" a sibling of the part titles
    // (`LANDBOUW`, `VISSERIJ`) instead of holding them.
    let r = fixture(OUTCOME_NL);
    expect![[r#"MeetingReport | Some("RESULTATEN VAN DE RAADSZITTING: Landbouw en Visserij") | Some("2026-11-18") | ["2026-11-17"] | Some("Brussel")"#]].assert_eq(&metadata_rows::head(&r));
    expect![[r#"
        0 [-] BEHANDELDE PUNTEN
          1 [-] LANDBOUW
            2 [1] Gemeenschappelijk landbouwbeleid na 2027
            3 [2] Marktsituatie, met name na de invasie van Oekraïne
          4 [-] VISSERIJ
            5 [3] Vangstmogelijkheden voor 2027 in de Oostzee
          6 [-] DIVERSEN
            7 [4] Dierenwelzijn tijdens transport
        8 [-] ZONDER BERAADSLAGING GOEDGEKEURDE PUNTEN
          9 [-] Overeenkomst met Noorwegen
    "#]]
    .assert_eq(&outline_text::outline_text(&r));
}

/// Each fixture's metadata, outline, people, bodies and statements, as a reader checks them.
#[test]
fn the_fixtures_read_whole() {
    let snapshot = |name: &str| {
        whole_report::whole(&fixture(name), &["person:", "role:", "org:", "collective:"])
    };
    expect![[r#"
        LetterWithMeetingReport | Some("Verslag van de Raad Buitenlandse Zaken van 24 november 2026") | Some("2026-11-27") | ["2026-11-24"] | None
        Some("minister van Buitenlandse Zaken")/Some("Caspar Veldkamp")
        0 [-] Russische agressie tegen Oekraïne
        1 [-] Midden-Oosten
        2 [-] Westelijke Balkan
        3 [-] Diversen

        org:council | Raad van de Europese Unie | - | 6
        collective:ministers | ministers | - | 2
        collective:member-states | lidstaten | - | 1
        collective:several-member-states | een aantal lidstaten | - | 1
        org:tweede-kamer | Tweede Kamer | - | 1
        person:andrii-sybiha | Andrii Sybiha | country:ua | 1
        person:caspar-veldkamp | Caspar Veldkamp | country:nl | 1
        person:kaja-kallas | Kaja Kallas | org:eeas | 1
        role:voorzitter-van-de-tweede-kamer-der-staten-generaal | Voorzitter van de Tweede Kamer der Staten-Generaal | org:tweede-kamer | 1

        org:council sprak over Neutral
        person:andrii-sybiha benadrukte Neutral
        person:kaja-kallas riep op Neutral
        country:nl steunde Support
        country:nl wees erop Neutral
        country:hu blokkeerde besluitvorming Oppose
        org:council besprak Neutral
        collective:several-member-states pleitten Support
        country:es pleitten Support
        country:ie pleitten Support
        country:si pleitten Support
        country:de waren tegen Oppose
        country:cz waren tegen Oppose
        country:nl heeft aangegeven Neutral
        collective:ministers spraken Neutral
        person:caspar-veldkamp heeft onderstreept Neutral
        country:fr informeerde Neutral
    "#]].assert_eq(&snapshot(LETTER_FILE));
    expect![[r#"
        AnnualReport | Some("Jaarverslag 2025") | None | [] | None
        Some("voorzitter van de Raad van Toezicht")/Some("Hans de Wolff")
        0 [-] Voorwoord
        1 [1] Wie wij zijn
          2 [1.1] Onze opdracht
          3 [1.2] Onze organisatie
        4 [2] Resultaten in 2025
          5 [2.1] Vastgestelde examenproducten
          6 [2.2] Meldingen en signalen
          7 [2.3] Samenwerking
        8 [3] Bedrijfsvoering
          9 [3.1] Financiën
          10 [3.2] Personeel
        11 [4] Verslag van de Raad van Toezicht

        org:raad-van-toezicht | Raad van Toezicht | - | 6
        person:annelies-verhoef-dijkman | Annelies Verhoef-Dijkman | - | 4
        org:job | Jongeren Organisatie Beroepsonderwijs | - | 3
        org:cvte | College voor Toetsen en Examens | - | 2
        org:nl-min-ocw | ministerie van Onderwijs, Cultuur en Wetenschap | country:nl | 2
        org:nl-onderwijsinspectie | Inspectie van het Onderwijs | - | 2
        org:sbb | Stichting Beroepsonderwijs Bedrijfsleven | - | 2
        org:seb | Stichting Examenkwaliteit Beroepsonderwijs | - | 2
        person:hans-de-wolff | Hans de Wolff | - | 2
        person:e-m-kuipers | E.M. Kuipers | - | 1
        person:k-ramdin | K. Ramdin | - | 1
        person:p-j-van-osch | P.J. van Osch | - | 1
        person:s-benali | S. Benali | - | 1
        role:nl-minister-van-onderwijs-cultuur-en-wetenschap | minister van Onderwijs, Cultuur en Wetenschap | country:nl | 1

        org:nl-min-ocw vroeg Neutral
        org:nl-onderwijsinspectie heeft gewezen Neutral
        org:job was kritisch Reservation
        org:job volgens Neutral
    "#]].assert_eq(&snapshot(ZBO));
    expect![[r#"
        MeetingReport | Some("Report of the Foreign Affairs Council (Trade) of 18 November 2026") | Some("2026-11-21") | ["2026-11-18"] | Some("The Hague")
        Some("Minister for Foreign Trade and Development Aid")/Some("Reinier van der Berg")
        0 [-] Trade relations with the United States
        1 [-] EU–Mercosur Agreement
        2 [-] World Trade Organization
        3 [-] Any other business

        org:council | Council of the European Union | - | 4
        org:eu | European Union | - | 3
        org:european-commission | European Commission | - | 3
        person:reinier-van-der-berg | Reinier van der Berg | - | 3
        collective:ministers | ministers | - | 2
        org:mercosur | Mercosur | - | 2
        org:wto | World Trade Organization | - | 2
        collective:most-member-states | most member states | - | 1
        collective:several-member-states | several member states | - | 1
        org:nl-min-bz | Ministry of Foreign Affairs of the Netherlands | country:nl | 1
        org:tweede-kamer | House of Representatives | - | 1
        person:maros-sefcovic | Maroš Šefčovič | org:european-commission | 1
        person:ngozi-okonjo-iweala | Ngozi Okonjo-Iweala | - | 1

        org:european-commission reported Neutral
        collective:most-member-states supported Support
        country:fr asked Neutral
        country:es asked Neutral
        country:nl stressed Neutral
        collective:ministers discussed Neutral
        country:fr repeated Oppose
        country:pl repeated Oppose
        country:at repeated Oppose
        country:de urged Neutral
        country:pt urged Neutral
        person:reinier-van-der-berg said Neutral
        collective:several-member-states called for Support
        country:ie called for Support
        country:dk called for Support
        country:lt informed Neutral
    "#]].assert_eq(&snapshot(MINISTRY_EN));
    expect![[r#"
        MeetingReport | Some("OUTCOME OF THE COUNCIL MEETING: Education, Youth, Culture and Sport") | Some("2026-11-26") | ["2026-11-24", "2026-11-25"] | Some("Brussels")

        0 [-] ITEMS DEBATED
          1 [-] EDUCATION
            2 [1] European Education Area: mid-term review
            3 [2] Teachers and trainers of the future
          4 [-] YOUTH
            5 [3] Youth participation in democratic life
          6 [-] ANY OTHER BUSINESS
            7 [4] Work programme of the incoming Presidency

        org:council | Council of the European Union | - | 5
        role:incoming-presidency | Incoming Presidency | country:cy | 3
        collective:ministers | ministers | - | 2
        collective:several-delegations | several delegations | - | 1
        org:european-commission | European Commission | - | 1
        org:european-youth-forum | European Youth Forum | - | 1
        person:jesper-holm-sorensen | Jesper Holm Sørensen | country:dk | 1
        person:maria-ruiz-ortega | Maria Ruiz Ortega | org:european-youth-forum | 1
        person:roxana-minzatu | Roxana Mînzatu | org:european-commission | 1

        org:council held debate Neutral
        collective:ministers welcomed Support
        collective:several-delegations stressed Neutral
        country:pl stressed Neutral
        country:hu stressed Neutral
        org:european-commission presented Neutral
        org:european-commission underlined Neutral
        org:council approved Support
        country:de abstained Reservation
        country:nl emphasised Neutral
        country:se emphasised Neutral
        collective:ministers exchanged views Neutral
        country:ie called for Support
        country:pt supported Support
        country:lu supported Support
        country:cy presented Neutral
    "#]].assert_eq(&snapshot(OUTCOME_EN));
    expect![[r#"
        MeetingReport | Some("Kort verslag Coreper II, 25 november 2026") | None | ["2026-11-25"] | None

        0 [1] Voorbereiding Raad Algemene Zaken 9 december
        1 [2] Meerjarig Financieel Kader 2028-2034 - negotiating box
        2 [3] Uitbreiding - Oekraïne en Moldavië
        3 [4] AOB

        org:coreper | Coreper | - | 2
        org:european-commission | Europese Commissie | - | 2
        collective:member-states | lidstaten | - | 1
        collective:several-member-states | een aantal lidstaten | - | 1
        org:council | Raad van de Europese Unie | - | 1
        role:presidency | Voorzitterschap | country:cy | 1

        org:european-commission steunde Support
        country:de vond Reservation
        country:se vond Reservation
        country:at vond Reservation
        country:dk vond Reservation
        country:fr pleitten Support
        country:it pleitten Support
        country:es pleitten Support
        country:nl sloot aan Support
        country:nl benadrukte Neutral
        country:hu maakte voorbehoud Reservation
        country:sk gaf aan Oppose
        collective:member-states steunden Support
        country:nl steunden Support
        country:pl informeerde Neutral
        country:cy presenteerde Neutral
    "#]].assert_eq(&snapshot(COREPER));
}

#[test]
fn a_member_state_s_code_before_a_dutch_verb_in_the_past_names_it() {
    // Before, a code counted only in a list of codes or before an English verb (`NL
    // supported`): "HU maakte een voorbehoud", "SK gaf aan …", "PL informeerde" gave no
    // statement, and "waaronder NL" no mention.
    let text = "Kort verslag Coreper II, 25 november 2026\n\n1. Uitbreiding\n\
                HU maakte een voorbehoud. SK gaf aan nog niet te kunnen instemmen. PL \
                informeerde over de grens. Alle andere LS, waaronder NL, steunden opening.\n";
    let r = analyze(text);
    let rows = statement_rows::all_rows(&r);
    for row in [
        "country:hu maakte voorbehoud Reservation",
        "country:sk gaf aan Oppose",
        "country:pl informeerde Neutral",
        "collective:member-states steunden Support",
        "country:nl steunden Support",
    ] {
        assert!(rows.contains(row), "{row} in\n{rows}");
    }
    // The short report's title is its first line, not its `Verslag:` label.
    assert_eq!(
        r.metadata.title.as_deref(),
        Some("Kort verslag Coreper II, 25 november 2026")
    );
    // Two capitals before a noun or an adjective are an abbreviation (`IT systemen`, `NL
    // inzet`), and so before a word in `-de` that is too short to be a verb's past.
    let r = analyze("Verslag\n\nDe IT systemen werkten. De NL inzet bleef gelijk. De EU mede.\n");
    assert!(
        !r.actors
            .iter()
            .any(|a| a.id == "country:it" || a.id == "country:nl"),
        "{:?}",
        actor_ids(&r)
    );
}

#[test]
fn com_is_the_commission_but_not_in_a_document_s_number() {
    // Before, `COM`, the Commission in a Coreper report's shorthand, was no actor.
    let r = analyze(
        "Verslag\n\nCOM steunde de lijn van het voorzitterschap. Het voorstel COM(2026) 412 \
         en COM:2026:412:FIN werden besproken.\n",
    );
    let com = r
        .actors
        .iter()
        .find(|a| a.id == "org:european-commission")
        .expect("the Commission");
    assert_eq!(com.mentions.len(), 1);
}

#[test]
fn a_list_item_does_not_run_on_over_the_place_and_date_under_it() {
    // Before, with no blank line between them, "- ir. S. Benali, lid" ⏎ "Utrecht, 12 maart
    // 2026" was one list item: S. Benali's role was "lid Utrecht".
    let text = "Jaarverslag 2025\n\nDe raad kwam zes keer bijeen.\n\
                - dr. E.M. Kuipers, vicevoorzitter\n- ir. S. Benali, lid\n\
                Utrecht, 12 maart 2026\nHans de Wolff, voorzitter van de Raad van Toezicht\n";
    let r = analyze(text);
    let benali = person(&r, "S. Benali").expect("a member");
    assert_eq!(benali.role.as_deref(), Some("lid"));
}
