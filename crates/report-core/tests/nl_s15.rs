//! Session 15: Dutch reports nobody had shown the analyzer (fixtures under `fixtures/s15`): a
//! letter's chapters numbered without a dot after the first ("2 Diversen" with no subsection),
//! annexes after the signature, an object after an inverted subject or an auxiliary
//! (`informeerde Frankrijk de Raad`, `zal de Raad informeren`), and more.

use expect_test::{expect, Expect};
use report_core::{analyze_text, Config, Report, Stance};

mod metadata_rows;
mod outline_text;
mod statement_rows;
use metadata_rows::{check_fields, signatories, FieldRow};
use outline_text::outline_text;

fn run(text: &str) -> Report {
    analyze_text(text, &Config::default())
}

fn check_outline(text: &str, expected: Expect) {
    expected.assert_eq(&outline_text(&run(text)));
}

#[test]
fn chapters_numbered_without_a_dot_continue_after_the_first() {
    check_outline(
        "Verslag van de Raad\n\n1 Raad Buitenlandse Zaken\n\n1.1 Oekraïne\n\n\
         De ministers spraken over de situatie.\n\n2 Informele bijeenkomst (Gymnich)\n\n\
         Tijdens de Gymnich spraken de ministers.\n\n3 Diversen\n\nLitouwen vroeg aandacht.\n",
        expect![[r#"
            0 [1] Raad Buitenlandse Zaken
              1 [1.1] Oekraïne
            2 [2] Informele bijeenkomst (Gymnich)
            3 [3] Diversen
        "#]],
    );
    // Without a first chapter numbered so, a number opens a sentence.
    check_outline(
        "Verslag van de Raad\n\n1. Opening\n\nDe ministers spraken.\n\n2 Lidstaten\n\n\
         Zij spraken over de situatie.\n",
        expect![[r#"
            0 [1] Opening
        "#]],
    );
}

#[test]
fn a_title_in_capitals_wraps_under_itself() {
    check_outline(
        "Geannoteerde agenda\n\nA. VANGSTMOGELIJKHEDEN VOOR 2026 IN DE ATLANTISCHE\n   \
         OCEAAN EN DE NOORDZEE\n\nDe Commissie heeft een voorstel gedaan.\n\n\
         B. DIVERSEN\n\nGeen punten.\n",
        expect![[r#"
            0 [A] VANGSTMOGELIJKHEDEN VOOR 2026 IN DE ATLANTISCHE OCEAAN EN DE NOORDZEE
            1 [B] DIVERSEN
        "#]],
    );
}

#[test]
fn a_title_after_an_items_recurring_parts_is_a_part_too() {
    let item = |letter: &str, title: &str, extra: &str| {
        format!(
            "{letter}. {title}\n\nBesluitvorming\nVoortgangsrapportage\n\nToelichting\n\
             De Commissie heeft een voorstel gedaan.\n\nInzet Nederland\n\
             Nederland steunt het voorstel.\n\n{extra}"
        )
    };
    let text = format!(
        "Geannoteerde agenda\n\n{}{}{}",
        item(
            "A",
            "Vangstmogelijkheden",
            "Verwachte positie andere lidstaten\nZweden steunt het voorstel.\n\n"
        ),
        item("B", "Dierenwelzijn", ""),
        "C. Diversen\n\nGeen punten.\n"
    );
    check_outline(
        &text,
        expect![[r#"
            0 [A] Vangstmogelijkheden
              1 [-] Toelichting
              2 [-] Inzet Nederland
            3 [B] Dierenwelzijn
              4 [-] Toelichting
              5 [-] Inzet Nederland
            6 [C] Diversen
        "#]],
    );
}

const AGENDA: &str = include_str!("fixtures/s15/geannoteerde-agenda-landbouw-nl.txt");

#[test]
fn the_outline_of_an_annotated_agenda_with_capital_items() {
    check_outline(
        AGENDA,
        expect![[r#"
            0 [-] GEANNOTEERDE AGENDA LANDBOUW- EN VISSERIJRAAD 15 EN 16 DECEMBER 2025
              1 [A] VANGSTMOGELIJKHEDEN VOOR 2026 IN DE ATLANTISCHE OCEAAN EN DE NOORDZEE
                2 [-] Toelichting
                3 [-] Inzet Nederland
                4 [-] Verwachte positie andere lidstaten
              5 [B] VEREENVOUDIGING VAN HET GEMEENSCHAPPELIJK LANDBOUWBELEID
                6 [-] Toelichting
                7 [-] Inzet Nederland
              8 [C] DIERENWELZIJN TIJDENS TRANSPORT
                9 [-] Toelichting
                10 [-] Inzet Nederland
              11 [D] DIVERSEN
                12 [1] Situatie op de zuivelmarkt (verzoek van Ierland)
                13 [2] Uitbraak van mond-en-klauwzeer in Hongarije en Slowakije
                14 [3] Conferentie over bosbeheer
            15 [-] Tabel 1. Overzicht van de voorgestelde vangstmogelijkheden (in ton)
        "#]],
    );
}

const RBZ: &str = include_str!("fixtures/s15/kamerbrief-rbz-informeel-nl.txt");
const ECOFIN: &str = include_str!("fixtures/s15/pdftotext-ecofin-nl.txt");

#[test]
fn metadata_of_the_session_15_documents() {
    let rows: [FieldRow; 7] = [
        (
            "a dossier's title heading the cover's right column",
            "Tweede Kamer der Staten-Generaal                                    2\n\
             Vergaderjaar 2025–2026\n\n\n\
             21 501-07                 Raad voor Economische en Financiële Zaken\n\n\
             Nr. 2143                  BRIEF VAN DE MINISTER VAN FINANCIËN\n\n\
             \x20                         Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\n\
             \x20                         Den Haag, 14 november 2025\n\n\
             Hierbij stuur ik u het verslag van de Ecofin-Raad van 7 november 2025 in Brussel.\n",
            |r| r.metadata.reference.as_ref().and_then(|r| r.title.clone()),
            Some("Raad voor Economische en Financiële Zaken"),
        ),
        (
            "… in the whole letter",
            ECOFIN,
            |r| r.metadata.reference.as_ref().and_then(|r| r.title.clone()),
            Some("Raad voor Economische en Financiële Zaken"),
        ),
        (
            "a first name and a surname on the last line sign under the role",
            "Geachte Voorzitter,\n\nHierbij stuur ik u de agenda.\n\nHoogachtend,\n\n\
             de Minister van Landbouw, Visserij, Voedselzekerheid en Natuur,\n\nFemke Wiersma\n",
            signatories,
            Some(
                "Some(\"Minister van Landbouw, Visserij, Voedselzekerheid en Natuur\")/\
                 Some(\"Femke Wiersma\")",
            ),
        ),
        (
            "… in the whole agenda",
            AGENDA,
            signatories,
            Some(
                "Some(\"Minister van Landbouw, Visserij, Voedselzekerheid en Natuur\")/\
                 Some(\"Femke Wiersma\")",
            ),
        ),
        (
            "annexes after the signature leave the letter signed",
            "Geachte Voorzitter,\n\nHierbij bied ik u het verslag aan.\n\n\
             De Minister van Buitenlandse Zaken,\n\nDavid van Weel\n\n\
             Bijlage 1 Overzicht van aangenomen Raadsconclusies\n\n– Raadsconclusies over Moldavië\n\n\
             Bijlage 2 Lijst van deelnemers\n",
            signatories,
            Some("Some(\"Minister van Buitenlandse Zaken\")/Some(\"David van Weel\")"),
        ),
        (
            "… in the whole letter",
            RBZ,
            signatories,
            Some("Some(\"Minister van Buitenlandse Zaken\")/Some(\"David van Weel\")"),
        ),
        (
            "two signers over a page footer",
            ECOFIN,
            signatories,
            Some(
                "Some(\"Minister van Financiën\")/Some(\"E. Heinen\"); \
                 Some(\"Staatssecretaris van Financiën\")/Some(\"T. van Oostenbruggen\")",
            ),
        ),
    ];
    check_fields(&rows);
}

#[test]
fn an_article_joins_no_list_an_object_follows_the_inverted_subject() {
    use Stance::*;
    statement_rows::check(&[
        (
            "Onder diversen informeerde Frankrijk de Raad over de conferentie.",
            &[("country:fr", "informeerde", Neutral)],
        ),
        (
            "Ook informeerde Duitsland de Commissie over de plannen.",
            &[("country:de", "informeerde", Neutral)],
        ),
        // A list still joins with a comma or `en` before the article.
        (
            "Frankrijk, de Commissie en Duitsland steunden het voorstel.",
            &[
                ("country:fr", "steunden", Support),
                ("org:european-commission", "steunden", Support),
                ("country:de", "steunden", Support),
            ],
        ),
    ]);
}

#[test]
fn the_mention_between_an_auxiliary_and_its_verb_is_the_object() {
    use Stance::*;
    statement_rows::check(&[
        (
            "Het voorzitterschap zal de Raad informeren over de voortgang.",
            &[("role:presidency", "informeren", Neutral)],
        ),
        (
            "De Commissie zal de lidstaten steunen bij de uitvoering.",
            &[("org:european-commission", "steunen", Support)],
        ),
        // Inverted after the auxiliary, the list is the subject.
        (
            "Naar verwachting zullen Frankrijk, België en Denemarken eveneens aandringen op een \
             geleidelijke aanpassing.",
            &[
                ("country:fr", "aandringen", Neutral),
                ("country:be", "aandringen", Neutral),
                ("country:dk", "aandringen", Neutral),
            ],
        ),
    ]);
}

#[test]
fn onder_wie_names_those_among_the_subject_and_volt_is_a_party() {
    use Stance::*;
    statement_rows::check(&[
        (
            "Verscheidene lidstaten, onder wie Italië, Spanje en Portugal, hebben bezwaren geuit.",
            &[
                (
                    "collective:several-member-states",
                    "hebben bezwaren",
                    Oppose,
                ),
                ("country:it", "hebben bezwaren", Oppose),
                ("country:es", "hebben bezwaren", Oppose),
                ("country:pt", "hebben bezwaren", Oppose),
            ],
        ),
        (
            "Volt is kritisch over de terugkeerverordening.",
            &[("org:volt", "is kritisch", Reservation)],
        ),
    ]);
}

#[test]
fn a_pronoun_after_an_office_named_by_title_is_not_the_last_speaker() {
    use Stance::*;
    // Two ministers: `zij` is one of them, not known which; not the CDA.
    let debate = "Aanwezig zijn mevrouw Keijzer, Minister van Asiel en Migratie, en de heer Van \
                  Weel, Minister van Justitie en Veiligheid.\n\n\
                  Het CDA steunt de uitvoering van het pact. Kan de minister toezeggen dat zij in \
                  de Raad aandacht vraagt voor de buitengrenzen?";
    statement_rows::check(&[(debate, &[("org:cda", "steunt", Support)])]);
    // With no office named, `zij` is still the paragraph's last speaker.
    statement_rows::check(&[(
        "Het CDA steunt de uitvoering van het pact. Zij vraagt aandacht voor de buitengrenzen.",
        &[
            ("org:cda", "steunt", Support),
            ("org:cda", "vraagt", Neutral),
        ],
    )]);
}

#[test]
fn blocking_a_decision_is_opposing_it_blocking_goods_is_no_statement() {
    use Stance::*;
    statement_rows::check(&[
        (
            "Hongarije en Slowakije blokkeerden opnieuw de besluitvorming.",
            &[
                ("country:hu", "blokkeerden besluitvorming", Oppose),
                ("country:sk", "blokkeerden besluitvorming", Oppose),
            ],
        ),
        ("Rusland blokkeerde de export van graan.", &[]),
    ]);
}
