//! Outlines of small invented reports in layouts the older fixtures do not have, as
//! `expect-test` snapshots (`UPDATE_EXPECT=1` refreshes them): one section a line,
//! `id [number] title`, indented by level.

use expect_test::{expect, Expect};
use report_core::{analyze_text, Config};

mod outline_text;
use outline_text::outline_text;

fn check(text: &str, expected: Expect) {
    expected.assert_eq(&outline_text(&analyze_text(text, &Config::default())));
}

#[test]
fn letter_fields_set_off_by_a_space_are_no_sections() {
    check(
        "Verslag van de Raad Concurrentievermogen van 2 juni 2028\n\n\
         Datum 9 juni 2028\n\
         Betreft Verslag Raad Concurrentievermogen\n\
         Ons kenmerk BZ-2028/114\n\n\
         1. Ruimtevaartbeleid\n\
         De Commissie gaf een toelichting op het voorstel.\n\n\
         2. Diversen\n\
         Geen bijzonderheden.\n",
        expect![[r#"
            0 [1] Ruimtevaartbeleid
            1 [2] Diversen
        "#]],
    );
}

#[test]
fn a_heading_that_starts_with_date_is_still_a_heading() {
    check(
        "Annual report of the board\n\n\
         Date of entry into force\n\n\
         The rules apply from 1 January 2029. The board agreed.\n\n\
         Budget\n\n\
         The budget was executed in full. The board agreed.\n",
        expect![[r#"
            0 [-] Date of entry into force
            1 [-] Budget
        "#]],
    );
}
