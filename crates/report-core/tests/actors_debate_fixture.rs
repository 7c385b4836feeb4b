//! An invented Dutch report of a parliamentary committee debate (`commissiedebat-nl.txt`):
//! people with and without titles, appositions, a signature block, and capitalised names that
//! are not people. The snapshot was checked by hand, line by line.

use expect_test::{expect, Expect};
use report_core::{analyze, Config, Report};

fn report() -> Report {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/commissiedebat-nl.txt"
    );
    let bytes = std::fs::read(path).expect("our own fixture");
    analyze(&bytes, &Config::default()).expect("decodes")
}

fn check(actual: String, expected: Expect) {
    expected.assert_eq(&actual);
}

#[test]
fn people_and_groups() {
    let report = report();
    let mut lines = String::new();
    for a in &report.actors {
        let mentions: Vec<String> = a
            .mentions
            .iter()
            .map(|m| {
                report
                    .slice(m.range)
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect();
        lines.push_str(&format!(
            "{} | {} | {} | {}\n",
            a.id,
            a.role.as_deref().unwrap_or("-"),
            a.affiliation.as_deref().unwrap_or("-"),
            mentions.join(" / ")
        ));
    }
    check(
        lines,
        expect![[r#"
            person:marieke-dolderman-kaya | Staatssecretaris van Justitie en Veiligheid | country:nl | Staatssecretaris van Justitie en Veiligheid, Marieke Dolderman-Kaya / Staatssecretaris Dolderman-Kaya / Staatssecretaris / Staatssecretaris / Staatssecretaris
            person:hoeksma-van-wijk | Voorzitter | - | Voorzitter / Hoeksma-Van Wijk / voorzitter
            collective:several-delegations | - | - | enkele delegaties / Een aantal delegaties
            org:council | - | - | JBZ-Raad / Raad
            person:bouzian | Kamerlid | org:tweede-kamer | Kamerlid Bouzian / Kamerlid Bouzian
            person:femke-van-den-akker | - | - | Femke van den Akker / Van den Akker
            person:r-j-oosterveld | woordvoerder namens de fractie | - | R.J. Oosterveld, woordvoerder namens de fractie / Oosterveld
            person:t-m-brouwer | griffier van de commissie | - | Brouwer / griffier van de commissie, T.M. Brouwer
            collective:ministers | - | - | de ministers
            collective:third-countries | - | - | derde landen
            country:nl | - | - | Nederland
            country:tn | - | - | Tunesië
            org:court-of-auditors | - | - | Europese Rekenkamer
            org:european-commission | - | - | Europese Commissie
            org:tweede-kamer | - | - | Tweede Kamer der Staten-Generaal
            person:lars-vinkenoog-bakker | lid van de fractie | - | Lars Vinkenoog-Bakker, lid van de fractie
            person:sanne-de-groot-emmen | - | - | Sanne de Groot-Emmen
        "#]],
    );
}

#[test]
fn who_said_what() {
    let report = report();
    let lines: String = report
        .statements
        .iter()
        .map(|s| format!("{} {} {:?}\n", s.actor, s.verb, s.stance))
        .collect();
    check(
        lines,
        expect![[r#"
            person:hoeksma-van-wijk opende Neutral
            person:bouzian vroeg Neutral
            person:sanne-de-groot-emmen Volgens Neutral
            person:bouzian wees op Neutral
            person:marieke-dolderman-kaya antwoordde Neutral
            collective:several-delegations hebben zorgen Reservation
            person:marieke-dolderman-kaya benadrukte Neutral
            collective:ministers bereikten akkoord Support
            person:r-j-oosterveld stelde Neutral
            person:r-j-oosterveld vroeg Neutral
            person:femke-van-den-akker sprak over Neutral
            person:femke-van-den-akker pleitte Support
            collective:several-delegations steunde Support
            person:marieke-dolderman-kaya volgens Neutral
            org:court-of-auditors stelde Neutral
            person:lars-vinkenoog-bakker vroeg Neutral
            person:marieke-dolderman-kaya zegde toe Neutral
        "#]],
    );
}
