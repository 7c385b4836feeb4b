//! Session 30: Dutch Council reports in layouts not yet covered (fixtures under `fixtures/s30`):
//! a report of a Raad Concurrentievermogen copied from Word with its automatic numbering lost
//! (headings as bare lines, items as `o` and `▪` bullets, the `o` before lower-case items),
//! the other member states' speakers named with their function in Dutch and a footnote's
//! number set after a full stop (`jl.1`); a BNC fiche with numbered rubrieken and lettered
//! sub-items, Commission document numbers and the cabinet's judgements; and the report of a
//! written consultation on a Landbouw- en Visserijraad, the groups' questions in a part I and
//! the minister's replies in a part II, with bodies of the fisheries world speaking.

use expect_test::expect;
use report_core::{analyze_text, Config, Report, Stance};

mod actor_rows;
mod fixture_file;
mod metadata_rows;
mod outline_text;
mod statement_rows;

/// The report of the fixture `s30/{name}`, read as bytes.
fn fixture(name: &str) -> Report {
    fixture_file::report(&format!("s30/{name}"))
}

const WORD: &str = "nl-verslag-raad-concurrentievermogen-word-bullets.txt";
const FICHE: &str = "nl-bnc-fiche-rubrieken-kabinet.txt";
const CONSULTATION: &str = "nl-schriftelijk-overleg-landbouw-visserijraad-reactie.txt";

/// The statements of `text` analysed whole, one row a line.
fn rows(text: &str) -> String {
    statement_rows::all_rows(&analyze_text(text, &Config::default()))
}

#[test]
fn questions_asked_at_the_end_of_a_sentence_are_a_statement() {
    use Stance::*;
    // Before, the participle with the full stop glued to it was not the auxiliary's.
    statement_rows::check(&[
        (
            "Nederland heeft vragen gesteld.",
            &[("country:nl", "heeft gesteld", Neutral)],
        ),
        (
            "Duitsland en Frankrijk hebben kritische vragen gesteld!",
            &[
                ("country:de", "hebben gesteld", Reservation),
                ("country:fr", "hebben gesteld", Reservation),
            ],
        ),
        // The plural noun alone, with no participle after it, is still no verb of the
        // auxiliary's.
        ("Nederland heeft vragen.", &[]),
    ]);
}

#[test]
fn a_presentation_in_the_perfect_is_a_statement() {
    use Stance::*;
    statement_rows::check(&[
        (
            "Het voorzitterschap heeft de compromistekst gepresenteerd.",
            &[("role:presidency", "heeft gepresenteerd", Neutral)],
        ),
        (
            "Het Wetenschappelijk, Technisch en Economisch Comité voor de Visserij heeft dit \
             advies bevestigd.",
            &[("org:stecf", "heeft bevestigd", Neutral)],
        ),
    ]);
}

#[test]
fn a_verb_coordinated_after_a_subordinate_clause_is_the_main_subjects() {
    use Stance::*;
    // Before, `riep op` and `heeft opgeroepen` took the subject of the `dat` clause.
    statement_rows::check(&[
        (
            "Nederland stelde dat de Commissie het voorstel heeft gepresenteerd en riep op tot \
             haast.",
            &[
                ("country:nl", "stelde", Neutral),
                ("org:european-commission", "heeft gepresenteerd", Neutral),
                ("country:nl", "riep op", Support),
            ],
        ),
        (
            "Nederland heeft benadrukt dat Frankrijk hecht aan open handel en heeft de \
             Commissie opgeroepen om zorgvuldig te werk te gaan.",
            &[
                ("country:nl", "heeft benadrukt", Neutral),
                ("country:fr", "hecht aan", Neutral),
                ("country:nl", "heeft opgeroepen", Neutral),
            ],
        ),
        // With no subordinate clause between, a coordinated verb keeps the previous subject.
        (
            "Frankrijk steunde het voorstel en riep op tot haast.",
            &[
                ("country:fr", "steunde", Support),
                ("country:fr", "riep op", Support),
            ],
        ),
    ]);
}

#[test]
fn a_word_bullet_o_before_lower_case_items_opens_each_item() {
    // Before, the items ran on into the sentence that announced them.
    let text = "Verslag\n\nPunt\n\nHet voorzitterschap lichtte de wijzigingen toe:\n\
                o de drempel is verhoogd;\no de verzoeken zijn beperkt;\n\
                o de rol van de lidstaten is versterkt.\nDe Raad bereikte een akkoord.\n";
    let layout = report_core::repair(text);
    let blocks: Vec<&str> = layout
        .blocks
        .iter()
        .map(|b| layout.text[b.span.start..b.span.end].trim_end())
        .collect();
    assert!(
        blocks.contains(&"o de drempel is verhoogd;")
            && blocks.contains(&"o de verzoeken zijn beperkt;")
            && blocks.contains(&"Het voorzitterschap lichtte de wijzigingen toe:"),
        "{blocks:?}"
    );
    // A line that opens on the word `o` in a running sentence is no item.
    let text = "Verslag\n\nPunt\n\nDe Raad sprak over het voorstel en\no de lidstaten \
                spraken.\n";
    let r = analyze_text(text, &Config::default());
    assert!(
        r.text.contains("het voorstel en o de lidstaten"),
        "{}",
        r.text
    );
}

#[test]
fn a_footnote_number_after_a_full_stop_is_left_out() {
    use Stance::*;
    // Before, `jl.1` stayed in the text and the two sentences were one.
    let text = "Verslag\n\nPunt\n\nDe Commissie gaf een toelichting op het actieplan van \
                jl.1 Frankrijk steunde het actieplan.\n\n1 Zie Kamerstuk 21 501-30, nr. 612.\n";
    let r = analyze_text(text, &Config::default());
    assert!(r.text.contains("van jl. Frankrijk steunde"), "{}", r.text);
    expect![[r#"
        org:european-commission gaf toelichting Neutral
        country:fr steunde Support
    "#]]
    .assert_eq(&statement_rows::all_rows(&r));
    // A number with no footnote of its own, or a decimal, stays.
    let text = "Verslag\n\nPunt\n\nHet gaat om versie 2.1 Frankrijk steunde. Het budget \
                steeg met 3.2 procent.\n";
    let r = analyze_text(text, &Config::default());
    assert!(r.text.contains("versie 2.1 Frankrijk"), "{}", r.text);
    let _ = Neutral;
}

#[test]
fn a_line_of_document_numbers_is_no_heading() {
    let text = "Fiche\n\n1. Algemene gegevens\n\na) Nr. impact assessment Commissie\n\
                SWD(2026) 388; SEC(2026) 401\n\nb) Rechtsbasis\nArtikel 114 VWEU\n";
    expect![[r#"
        0 [1] Algemene gegevens
          1 [a] Nr. impact assessment Commissie
          2 [b] Rechtsbasis
    "#]]
    .assert_eq(&outline_text::outline_text(&analyze_text(
        text,
        &Config::default(),
    )));
}

#[test]
fn a_body_with_the_date_of_its_meeting_is_the_subject() {
    use Stance::*;
    // Before, the date between body and verb made `de Commissie` after `heeft` the subject.
    statement_rows::check(&[
        (
            "De Europese Raad van oktober 2026 heeft de Commissie verzocht om voorstellen.",
            &[("org:european-council", "heeft verzocht", Neutral)],
        ),
        (
            "De Raad van 12 en 13 maart 2026 heeft de Commissie opgeroepen om haast te maken.",
            &[("org:council", "heeft opgeroepen", Neutral)],
        ),
        // Words after `van` that are no date keep the gap closed.
        (
            "De Europese Raad van vorige keer heeft de Commissie verzocht om voorstellen.",
            &[("org:european-commission", "heeft verzocht", Neutral)],
        ),
    ]);
}

#[test]
fn an_earlier_presidency_gives_the_current_one_no_country() {
    // Before, `het voorgaande Cypriotische voorzitterschap` voted Cyprus for the current one.
    let text = "Verslag\n\nPunt\n\nOnder het voorgaande Cypriotische voorzitterschap was een \
                gedachtewisseling gevoerd. Het voorzitterschap presenteerde een \
                voortgangsrapport.\n";
    assert_eq!(
        actor_rows::actors(text, "role:"),
        [("role:presidency".into(), None, None)]
    );
    let text = "Verslag\n\nPunt\n\nHet vorige Cypriotische voorzitterschap had een akkoord \
                bereikt. Het Ierse voorzitterschap presenteerde een voortgangsrapport.\n";
    assert_eq!(
        actor_rows::actors(text, "role:"),
        [("role:presidency".into(), None, Some("country:ie".into()))]
    );
}

#[test]
fn an_ik_after_an_auxiliary_of_intent_is_the_subject() {
    // Before, `Wel zal ik de Commissie vragen` was the Commission's.
    let text = "Verslag\n\nPunt\n\nWel zal ik de Commissie vragen om de mogelijkheden te \
                verkennen.\n\nDe minister van Landbouw, Visserij, Voedselzekerheid en Natuur,\n\n\
                H.G. de Boer\n";
    expect![[r#"
        person:h-g-de-boer vragen om Neutral
    "#]]
    .assert_eq(&rows(text));
    // A first person after the infinitive's object is no subject of the auxiliary.
    let text = "Verslag\n\nPunt\n\nNederland zal de Commissie vragen om haast.\n";
    expect![[r#"
        country:nl vragen om Neutral
    "#]]
    .assert_eq(&rows(text));
}

#[test]
fn a_fiches_bodies_and_judgements() {
    use Stance::*;
    statement_rows::check(&[
        (
            "De Raad voor Regelgevingstoetsing gaf een negatief oordeel.",
            &[("org:regulatory-scrutiny-board", "gaf", Neutral)],
        ),
        (
            "Het kabinet beoordeelt de proportionaliteit als negatief.",
            &[("role:cabinet", "beoordeelt", Neutral)],
        ),
    ]);
    // The agency is not the country its name ends on, nor the Board the Council.
    let r = analyze_text(
        "Verslag\n\nPunt\n\nDe Rijksdienst voor Ondernemend Nederland voert uit. De Raad voor \
         Regelgevingstoetsing (RvR) oordeelde.\n",
        &Config::default(),
    );
    let ids: Vec<&str> = r.actors.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(ids, ["org:regulatory-scrutiny-board", "org:rvo"], "{ids:?}");
}

#[test]
fn a_kamerstuk_head_without_commas_is_a_reference() {
    /// The reference of a report as `dossier/number`.
    fn reference(r: &Report) -> Option<String> {
        r.metadata
            .reference
            .as_ref()
            .map(|x| format!("{}/{}", x.dossier, x.number.as_deref().unwrap_or("-")))
    }
    metadata_rows::check_fields(&[
        (
            "spaces alone between the parts",
            "Tweede Kamer der Staten-Generaal\nVergaderjaar 2026–2027 21 501-20 nr. 2301\n\n\
             Verslag\n\nDe Raad sprak.\n",
            reference,
            Some("21 501-20/2301"),
        ),
        (
            "commas, as before",
            "Tweede Kamer, vergaderjaar 2026–2027, 21 501-20, nr. 2301\n\nVerslag\n\n\
             De Raad sprak.\n",
            reference,
            Some("21 501-20/2301"),
        ),
        (
            "no number after the dossier",
            "Vergaderjaar 2026–2027 21 501-20 Europese Raad\n\nVerslag\n\nDe Raad sprak.\n",
            reference,
            None,
        ),
    ]);
}

#[test]
fn the_word_reports_outline_and_metadata() {
    let r = fixture(WORD);
    expect![[r#"
        0 [-] Interne markt en industrie
          1 [-] Verordening betreffende het eengemaakte marktnoodinstrument
          2 [-] Industriële strategie: de Europese staalsector
          3 [-] Vereenvoudiging van de regelgeving (omnibus)
        4 [-] Onderzoek en ruimtevaart
          5 [-] Kaderprogramma voor onderzoek en innovatie (2028-2034)
          6 [-] Europese ruimtevaartwet
        7 [-] Diversen
    "#]]
    .assert_eq(&outline_text::outline_text(&r));
    expect![[r#"MeetingReport | Some("Verslag van de Raad Concurrentievermogen van 26 en 27 november 2026") | Some("2026-12-04") | ["2026-11-26", "2026-11-27"] | Some("Brussel")"#]].assert_eq(&metadata_rows::head(&r));
}

#[test]
fn the_word_reports_actors_and_statements() {
    let r = fixture(WORD);
    expect![[r#"
        Antti Räsänen | minister van Economische Zaken | country:fi
        Henrik Lindqvist | Eurocommissaris voor Industriële Strategie | org:european-commission
        Ingrid Halvorsen | staatssecretaris voor Handel | country:se
        Katharina Vogt | minister van Economische Zaken | country:de
        Siobhán Keane | minister voor Hoger Onderwijs | country:ie
        Tomasz Zieliński | minister van Ontwikkeling | country:pl
    "#]]
    .assert_eq(&actor_rows::people(&r));
    expect![[r#"
        org:european-commission | Europese Commissie | - | 6
        org:council | Raad van de Europese Unie | - | 5
        role:presidency | Voorzitterschap | country:ie | 5
        role:incoming-presidency | inkomend voorzitterschap | country:lt | 1
        role:nl-staatssecretaris-van-economische-zaken | staatssecretaris van Economische Zaken | country:nl | 1
    "#]]
    .assert_eq(&actor_rows::rows_of(&r, &["role:", "org:"]));
    expect![[r#"
        role:presidency heeft gepresenteerd Neutral
        role:presidency lichtte toe Neutral
        person:katharina-vogt steunde Support
        person:katharina-vogt benadrukte Neutral
        country:fr pleitten Support
        country:it pleitten Support
        country:nl heeft gesteld Neutral
        country:nl kon instemmen Support
        country:hu onthield zich Reservation
        org:european-commission gaf toelichting Neutral
        person:henrik-lindqvist wees erop Neutral
        collective:several-member-states verwelkomde Support
        person:tomasz-zielinski vroeg Neutral
        country:es waarschuwden Reservation
        country:at waarschuwden Reservation
        country:nl benadrukte Neutral
        country:nl heeft aangedrongen Neutral
        org:european-commission presenteerde Neutral
        person:ingrid-halvorsen steunde Support
        person:ingrid-halvorsen riep op Support
        country:nl verwelkomde Support
        country:nl vroeg Neutral
        role:presidency presenteerde Neutral
        collective:ministers wisselden gedachten Neutral
        collective:most-member-states pleitte Support
        country:be steunden Support
        country:lu steunden Support
        country:nl sprak uit Oppose
        country:nl benadrukte Neutral
        org:european-commission nam nota Neutral
        person:siobhan-keane onderstreepte Neutral
        org:council nam kennis Neutral
        country:it drongen aan Neutral
        country:fr drongen aan Neutral
        person:antti-rasanen uitte Reservation
        country:nl kan steunen Support
        role:presidency informeerde Neutral
        org:european-commission gaf toelichting Neutral
        country:gr vroeg Neutral
        role:incoming-presidency presenteerde Neutral
    "#]]
    .assert_eq(&statement_rows::all_rows(&r));
}

#[test]
fn the_fiches_outline_and_metadata() {
    let r = fixture(FICHE);
    expect![[r#"
        0 [1] Algemene gegevens
          1 [a] Titel voorstel
          2 [b] Datum ontvangst Commissiedocument
          3 [c] Nr. Commissiedocument
          4 [d] EUR-Lex
          5 [e] Nr. impact assessment Commissie en Opinie Raad voor Regelgevingstoetsing
          6 [f] Behandelingstraject Raad
          7 [g] Eerstverantwoordelijk ministerie
          8 [h] Rechtsbasis
          9 [i] Besluitvormingsprocedure Raad
          10 [j] Rol Europees Parlement
        11 [2] Essentie voorstel
          12 [a] Inhoud voorstel
          13 [b] Impact assessment Commissie
        14 [3] Nederlandse positie ten aanzien van het voorstel
          15 [a] Essentiële Nederlandse belangen en eerdere kabinetsinzet
          16 [b] Beoordeling + inzet ten aanzien van dit voorstel
          17 [c] Eerste inschatting van krachtenveld
        18 [4] Grondhouding ten aanzien van bevoegdheid, subsidiariteit en proportionaliteit
          19 [a] Bevoegdheid
          20 [b] Subsidiariteit
          21 [c] Proportionaliteit
        22 [5] Financiële gevolgen, gevolgen voor regeldruk, concurrentiekracht en geopolitieke aspecten
          23 [a] Consequenties EU-begroting
          24 [b] Financiële consequenties voor rijksoverheid en/of medeoverheden
          25 [c] Gevolgen voor regeldruk en administratieve lasten
        26 [6] Implicaties juridisch
          27 [a] Consequenties voor nationale en decentrale regelgeving
          28 [b] Gedelegeerde en/of uitvoeringshandelingen
        29 [7] Implicaties voor uitvoering en/of handhaving
        30 [8] Implicaties voor ontwikkelingslanden
    "#]]
    .assert_eq(&outline_text::outline_text(&r));
    expect![[r#"Letter | Some("Fiche: Verordening inzake een Europees kader voor kritieke grondstoffenvoorraden") | Some("2027-01-15") | [] | None"#]].assert_eq(&metadata_rows::head(&r));
    expect![[r#"Some("minister van Buitenlandse Zaken")/Some("P.J.M. Verhoeven-de Wit")"#]]
        .assert_eq(&metadata_rows::signatories(&r).unwrap_or_default());
}

#[test]
fn the_fiches_actors_and_statements() {
    let r = fixture(FICHE);
    expect![[r#"
        role:cabinet | kabinet | country:nl | 10
        org:european-commission | Europese Commissie | - | 9
        org:council | Raad van de Europese Unie | - | 4
        org:eu | Europese Unie | - | 3
        org:european-parliament | Europees Parlement | - | 3
        org:regulatory-scrutiny-board | Raad voor Regelgevingstoetsing | org:european-commission | 2
        org:tweede-kamer | Tweede Kamer | - | 2
        org:european-council | Europese Raad | - | 1
        org:itre | ITRE-commissie | org:european-parliament | 1
        org:rvo | Rijksdienst voor Ondernemend Nederland | country:nl | 1
        role:rapporteur | rapporteur | - | 1
        role:voorzitter-van-de-tweede-kamer-der-staten-generaal | Voorzitter van de Tweede Kamer der Staten-Generaal | org:tweede-kamer | 1
    "#]]
    .assert_eq(&actor_rows::rows_of(&r, &["role:", "org:"]));
    expect![[r#"
        org:european-commission stelt voor Neutral
        org:european-council heeft verzocht Neutral
        org:european-commission Volgens Neutral
        org:regulatory-scrutiny-board gaf Neutral
        org:regulatory-scrutiny-board heeft voorbehoud Reservation
        role:cabinet hecht aan Neutral
        role:cabinet heeft aangegeven Neutral
        role:cabinet staat positief Support
        role:cabinet is kritisch Reservation
        role:cabinet inzetten Support
        role:cabinet pleit Support
        collective:most-member-states verwelkomen Support
        country:fr steunen Support
        country:it steunen Support
        role:cabinet beoordeelt Support
        role:cabinet beoordeelt Neutral
        role:cabinet is mening Neutral
        role:cabinet acht passend Support
    "#]]
    .assert_eq(&statement_rows::all_rows(&r));
}

#[test]
fn the_consultations_outline_and_metadata() {
    let r = fixture(CONSULTATION);
    expect![[r#"
        0 [I] Vragen en opmerkingen vanuit de fracties
          1 [-] Vragen en opmerkingen van de leden van de VVD-fractie
          2 [-] Vragen en opmerkingen van de leden van de GroenLinks-PvdA-fractie
          3 [-] Vragen en opmerkingen van de leden van de BBB-fractie
        4 [II] Reactie van de minister
          5 [-] Reactie op vragen en opmerkingen van de leden van de VVD-fractie
          6 [-] Reactie op vragen en opmerkingen van de leden van de GroenLinks-PvdA-fractie
          7 [-] Reactie op vragen en opmerkingen van de leden van de BBB-fractie
    "#]]
    .assert_eq(&outline_text::outline_text(&r));
    expect![[r#"LetterWithMeetingReport | Some("VERSLAG VAN EEN SCHRIFTELIJK OVERLEG") | Some("2026-12-09") | [] | None"#]].assert_eq(&metadata_rows::head(&r));
    expect![[r#"Some("voorzitter van de commissie")/Some("Van Dijk-Hermans"); Some("griffier van de commissie")/Some("Roelofsen"); Some("minister van Landbouw, Visserij, Voedselzekerheid en Natuur")/Some("H.G. Bosman-Terpstra")"#]].assert_eq(&metadata_rows::signatories(&r).unwrap_or_default());
}

#[test]
fn the_consultations_actors_and_statements() {
    let r = fixture(CONSULTATION);
    expect![[r#"
        H.G. Bosman-Terpstra | minister van Landbouw, Visserij, Voedselzekerheid en Natuur | country:nl
        Van Dijk-Hermans | voorzitter van de commissie | -
    "#]]
    .assert_eq(&actor_rows::people(&r));
    expect![[r#"
        role:cabinet | kabinet | country:nl | 5
        org:bbb | BBB | country:nl | 4
        org:council | Raad van de Europese Unie | - | 4
        org:european-commission | Europese Commissie | - | 4
        org:groenlinks-pvda | GroenLinks-PvdA | country:nl | 4
        org:ices | Internationale Raad voor het Onderzoek van de Zee | - | 4
        org:vvd | VVD | country:nl | 4
        org:nederlandse-vissersbond | Nederlandse Vissersbond | country:nl | 2
        org:stecf | Wetenschappelijk, Technisch en Economisch Comité voor de Visserij | org:european-commission | 1
        org:tweede-kamer | Tweede Kamer | - | 1
        role:griffier-van-de-commissie | griffier van de commissie | - | 1
    "#]]
    .assert_eq(&actor_rows::rows_of(&r, &["role:", "org:"]));
    expect![[r#"
        org:vvd vragen hoe Neutral
        org:groenlinks-pvda maken zorgen Reservation
        org:groenlinks-pvda vragen of Neutral
        org:bbb vragen om Neutral
        org:vvd vragen hoe Neutral
        role:cabinet deelt zorg Reservation
        role:cabinet vindt Neutral
        person:h-g-bosman-terpstra inzetten Support
        country:be hebben aangegeven Neutral
        country:fr hebben aangegeven Neutral
        country:de heeft gesteld Neutral
        org:groenlinks-pvda vragen of Neutral
        role:cabinet hecht aan Neutral
        org:ices heeft gewezen Neutral
        org:stecf heeft bevestigd Neutral
        person:h-g-bosman-terpstra heb gevraagd Neutral
        person:h-g-bosman-terpstra heb benadrukt Neutral
        org:bbb vragen om Neutral
        role:cabinet is voorstander Oppose
        person:h-g-bosman-terpstra vragen om Neutral
        org:nederlandse-vissersbond heeft opgeroepen Support
        org:nederlandse-vissersbond vraagt Neutral
    "#]]
    .assert_eq(&statement_rows::all_rows(&r));
}

#[test]
fn a_countrys_body_with_a_name_of_its_own_speaks_and_keeps_its_short_name() {
    use Stance::*;
    // Before, `De Nederlandse Vissersbond` was no body (only a lower-case noun after the
    // adjective was), and `De Vissersbond` after it a body of its own.
    let text = "Verslag\n\nPunt\n\nDe Nederlandse Vissersbond heeft in een brief opgeroepen tot \
                steun. De Vissersbond vraagt daarnaast om een regeling.\n";
    assert_eq!(
        actor_rows::actors(text, "org:"),
        [(
            "org:nederlandse-vissersbond".into(),
            None,
            Some("country:nl".into())
        )]
    );
    expect![[r#"
        org:nederlandse-vissersbond heeft opgeroepen Neutral
        org:nederlandse-vissersbond vraagt Neutral
    "#]]
    .assert_eq(&rows(text));
    // A capitalised word that is no body's compound stays the gazetteer's.
    statement_rows::check(&[(
        "De Duitse Raad sprak.",
        &[("org:council", "sprak", Neutral)],
    )]);
}
