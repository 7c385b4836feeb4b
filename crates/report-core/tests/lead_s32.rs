//! Session 32: rules found by reading reports written for this session and shown to no rule
//! before (a verbatim report of a European Parliament debate, a Belgian ministry's account of
//! a Raad Algemene Zaken, an informal ministers' meeting's main results, an agency's annual
//! activity report): a verbatim report's speaker labels name the people who speak and open
//! their turns, a title that names a meeting with its day or with "– Verslag" announces a
//! meeting report, and the country a sentence says a minister represented is the minister's.

use expect_test::expect;
use report_core::{analyze_text, Config, DocumentKind};

mod actor_rows;
mod metadata_rows;
mod outline_text;
mod statement_rows;

use metadata_rows::head;
use outline_text::outline_text;
use statement_rows::statements_in;

/// A verbatim report of a plenary debate: every speech opens with the speaker's name, a role,
/// group or tag, and a full stop and a dash.
const VERBATIM: &str = "European Parliament\n\nVERBATIM REPORT OF PROCEEDINGS\n\n\
    Tuesday 3 March 2026 - Brussels\n\nProvisional edition\n\n\
    7. Energy prices and industrial competitiveness (debate)\n\n\
    President. – The next item is the Council and Commission statements on energy prices and \
    the competitiveness of European industry.\n\n\
    Katarzyna Wiśniewska, President-in-Office of the Council. – Mr President, honourable \
    Members, the Presidency will propose a package of measures to the Energy Council next \
    month. We support a rapid extension of the interconnectors between the Member States.\n\n\
    Henrik Dahlgren, Member of the Commission. – Mr President, we presented the grid action \
    plan in February and the Commission stands ready to mobilise the Innovation Fund for it.\n\n\
    Lucia Ferrante, on behalf of the S&D Group. – Mr President, we reject any return to coal \
    and we demand a social tariff for vulnerable households.\n\n\
    Olaf Brenner, on behalf of the ECR Group. – Mr President, I urge the Commission to \
    suspend the emissions trading system for industry until prices fall.\n\n\
    Catch-the-eye procedure\n\n\
    Ana Costa Pereira (PPE). – Mr President, I support the interconnectors, because my \
    region depends on imports of electricity from Spain.\n\n\
    President. – We support the request of the Conference of Presidents to hold the vote at \
    the next part-session, which will take place in Strasbourg.\n\n\
    Written statements (Rule 178)\n\n\
    Jonas Petraitis (Renew), in writing. – I welcome the package of the Presidency and the \
    attention for the Baltic States.\n\n\
    8. Situation in Georgia (debate)\n\n\
    President. – The next item is the debate on the situation in Georgia.\n";

#[test]
fn a_verbatim_reports_speaker_labels_name_its_people() {
    let report = analyze_text(VERBATIM, &Config::default());
    // None of them was a person: their names have no title, and the label is no apposition
    // that a verb follows.
    expect![[r#"
        Henrik Dahlgren | Member of the Commission | org:european-commission
        Ana Costa Pereira | - | org:epp-group
        Jonas Petraitis | - | org:renew-europe
        Katarzyna Wiśniewska | President-in-Office of the Council | org:council
        Lucia Ferrante | - | org:s-and-d
        Olaf Brenner | - | org:ecr-group
    "#]]
    .assert_eq(&actor_rows::people(&report));
}

#[test]
fn a_verbatim_reports_speeches_are_their_speakers() {
    let report = analyze_text(VERBATIM, &Config::default());
    // A first person in a speech is its speaker's.
    expect![[r#"
        [
            "person:katarzyna-wisniewska support Support",
        ]
    "#]]
    .assert_debug_eq(&statements_in(&report, "interconnectors between"));
    expect![[r#"
        [
            "person:lucia-ferrante reject Oppose",
        ]
    "#]]
    .assert_debug_eq(&statements_in(&report, "return to coal"));
    expect![[r#"
        [
            "person:olaf-brenner urge Neutral",
        ]
    "#]]
    .assert_debug_eq(&statements_in(&report, "emissions trading"));
    expect![[r#"
        [
            "person:ana-costa-pereira support Support",
        ]
    "#]]
    .assert_debug_eq(&statements_in(&report, "my region"));
    // The chair's label ends the member's turn before it: the chair's `We support` is not
    // the member's.
    expect![[r#"
        []
    "#]]
    .assert_debug_eq(&statements_in(&report, "part-session"));
}

#[test]
fn a_verbatim_report_is_a_meeting_report_of_its_sitting() {
    let report = analyze_text(VERBATIM, &Config::default());
    expect![[r#"MeetingReport | Some("VERBATIM REPORT OF PROCEEDINGS") | None | ["2026-03-03"] | Some("Brussels")"#]]
        .assert_eq(&head(&report));
    // The sitting's day and place and the edition are no sections; the procedures under an
    // item are its parts, not parts above the next item.
    expect![[r#"
        0 [7] Energy prices and industrial competitiveness
          1 [-] Catch-the-eye procedure
          2 [-] Written statements (Rule 178)
        3 [8] Situation in Georgia
    "#]]
    .assert_eq(&outline_text(&report));
}

#[test]
fn a_title_that_names_a_meeting_and_its_day_announces_a_meeting_report() {
    let text = "Informal meeting of transport ministers, 14 September 2026\n\nMain results\n\n\
        Transport ministers met in Gdańsk for an informal meeting hosted by the Presidency. \
        The meeting was chaired by the minister for infrastructure of the host country.\n\n\
        Rail corridors\n\nMinisters discussed the completion of the core network corridors \
        and the Commission presented its plan for high-speed rail links between capitals.\n";
    let report = analyze_text(text, &Config::default());
    expect![[r#"MeetingReport | Some("Informal meeting of transport ministers, 14 September 2026") | None | ["2026-09-14"] | None"#]]
        .assert_eq(&head(&report));
    // A date after a name that names no meeting is no such title.
    let text = "Annual review of the network, 14 September 2026\n\nMain results\n\nThe \
        network grew by four new members and the secretariat moved to new offices in the \
        city centre during the year.\n";
    let report = analyze_text(text, &Config::default());
    assert_ne!(report.metadata.kind, DocumentKind::MeetingReport);
}

#[test]
fn a_meetings_name_before_a_dash_and_verslag_dates_the_meeting() {
    let text = "Federale Overheidsdienst Buitenlandse Zaken\n\n\
        Raad Buitenlandse Zaken van 16 maart 2026 – Verslag\n\nBrussel, 19 maart 2026\n\n\
        De Raad Buitenlandse Zaken kwam op 16 maart 2026 samen in Brussel onder het \
        voorzitterschap van de Hoge Vertegenwoordiger.\n\n1. Oekraïne\n\nDe Raad sprak over \
        de steun aan Oekraïne en over de volgende ronde sancties tegen Rusland.\n";
    let report = analyze_text(text, &Config::default());
    // It was no meeting report, and the account's own date was taken for the meeting's.
    expect![[r#"MeetingReport | Some("Raad Buitenlandse Zaken van 16 maart 2026 – Verslag") | Some("2026-03-19") | ["2026-03-16"] | Some("Brussel")"#]]
        .assert_eq(&head(&report));
}

#[test]
fn the_country_a_minister_represented_is_hers() {
    let text = "Verslag\n\n1. Uitbreiding\n\nDe Raad kwam samen in Luxemburg. Oostenrijk werd \
        vertegenwoordigd door minister van Buitenlandse Zaken Clara Brunnhuber en de Deense \
        minister voor Europese Zaken Mads Kjeldsen. Minister Brunnhuber benadrukte het belang \
        van de uitbreiding met de landen van de Westelijke Balkan.\n";
    let rows = actor_rows::actors(text, "person:");
    // A Dutch minister's title says the Netherlands unless the text says otherwise; the one
    // named second keeps the country her own title gives.
    expect![[r#"
        [
            (
                "person:clara-brunnhuber",
                Some(
                    "minister van Buitenlandse Zaken",
                ),
                Some(
                    "country:at",
                ),
            ),
            (
                "person:mads-kjeldsen",
                Some(
                    "minister voor Europese Zaken",
                ),
                Some(
                    "country:dk",
                ),
            ),
        ]
    "#]]
    .assert_debug_eq(&rows);
}

#[test]
fn a_dutch_verbatim_reports_labels_name_their_groups() {
    let text = "Europees Parlement\n\nVOLLEDIG VERSLAG VAN DE VERGADERINGEN\n\n\
        Woensdag 4 maart 2026 - Brussel\n\n2. Energieprijzen (debat)\n\n\
        De Voorzitter. – Aan de orde zijn de verklaringen van de Raad en de Commissie over de \
        energieprijzen en het concurrentievermogen van de Europese industrie.\n\n\
        Sanne Verhoef, namens de S&D-Fractie. – Voorzitter, wij verwerpen elke terugkeer naar \
        steenkool en wij willen een sociaal tarief voor kwetsbare huishoudens.\n\n\
        Pieter Jongerius, namens de PPE-Fractie. – Voorzitter, ik steun het voorstel van de \
        Commissie voor een snellere aanleg van de interconnectoren tussen de lidstaten.\n\n\
        Marieke de Bruin (Renew), schriftelijk. – De Commissie moet de lidstaten helpen bij de \
        aanleg van de netten in de grensregio's.\n";
    let report = analyze_text(text, &Config::default());
    expect![[r#"
        Marieke de Bruin | - | org:renew-europe
        Pieter Jongerius | - | org:epp-group
        Sanne Verhoef | - | org:s-and-d
    "#]]
    .assert_eq(&actor_rows::people(&report));
    expect![[r#"
        [
            "person:sanne-verhoef verwerpen Oppose",
        ]
    "#]]
    .assert_debug_eq(&statements_in(&report, "steenkool"));
    expect![[r#"MeetingReport | Some("VOLLEDIG VERSLAG VAN DE VERGADERINGEN") | None | ["2026-03-04"] | Some("Brussel")"#]]
        .assert_eq(&head(&report));
}
