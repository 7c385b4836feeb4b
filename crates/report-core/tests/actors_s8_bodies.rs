//! Actors met in session 8's unseen reports: the boards of two agencies are two actors
//! (`The Management Board of EFSA`, `Europol's Management Board`); an agency's report names
//! itself `the Agency`.

use report_core::actors_and_statements;

/// A text and the `(actor, verb)` rows of its statements.
type Case<'a> = (&'a str, &'a [(&'a str, &'a str)]);

fn check(table: &[Case]) {
    for (text, expected) in table {
        let found: Vec<(String, String)> = actors_and_statements(text, None)
            .1
            .into_iter()
            .map(|s| (s.actor, s.verb))
            .collect();
        let expected: Vec<(String, String)> = expected
            .iter()
            .map(|(a, v)| (a.to_string(), v.to_string()))
            .collect();
        assert_eq!(found, expected, "{text}");
    }
}

#[test]
fn boards_of_named_agencies_are_their_own() {
    check(&[(
        "The Agency's Management Board adopted the plan. The Management Board of EFSA welcomed the \
         joint work. Europol's Management Board invited experts. The Scientific Committee of \
         the European Medicines Agency recommended a review.",
        &[
            ("org:management-board", "adopted"),
            ("org:efsa-management-board", "welcomed"),
            ("org:europol-management-board", "invited"),
            ("org:ema-scientific-committee", "recommended"),
        ],
    )]);
}

#[test]
fn an_agency_report_names_itself_the_agency() {
    check(&[
        (
            "European Maritime Safety Agency\n\nAnnual Report\n\nThe Commission asked for a \
             study. The Agency replied that it would follow.",
            &[
                ("org:european-commission", "asked"),
                ("org:emsa", "replied"),
            ],
        ),
        // A report that opens with no agency: `the Agency` is no actor.
        (
            "Council outcome\n\nThe Agency replied that it would follow.",
            &[],
        ),
    ]);
}

#[test]
fn parliament_groups_committees_and_affiliations_inside_a_role() {
    check(&[
        (
            "The EPP group supported the report. The S&D group opposed detention. The \
             Greens/EFA group expressed concerns. The Committee on Budgets (BUDG) welcomed \
             the increase.",
            &[
                ("org:epp-group", "supported"),
                ("org:s-and-d", "opposed"),
                ("org:greens-efa", "expressed"),
                ("org:budg", "welcomed"),
            ],
        ),
        (
            "De EVP-fractie steunde het verslag.",
            &[("org:epp-group", "steunde")],
        ),
    ]);
    // The committee named inside its chair's role is an actor too: the chair's affiliation
    // names it.
    let text = "The Chair of the Committee on Budgetary Control (CONT), Ms Rosa Ventimiglia, \
                opened the meeting.";
    let (actors, statements) = actors_and_statements(text, None);
    let chair = actors
        .iter()
        .find(|a| a.id == "person:rosa-ventimiglia")
        .expect("the chair");
    assert_eq!(chair.affiliation.as_deref(), Some("org:cont"));
    assert!(actors.iter().any(|a| a.id == "org:cont"), "{actors:?}");
    assert_eq!(statements[0].actor, "person:rosa-ventimiglia");
}

#[test]
fn a_ministry_list_after_en_is_no_name() {
    let text = "Namens Nederland sprak de minister van Klimaat en Groene Groei.\n\n\
                De Minister van Klimaat en Groene Groei,\n\nR.T. Vermeulen-Bakker\n";
    let (actors, statements) = actors_and_statements(text, None);
    let ids: Vec<&str> = actors.iter().map(|a| a.id.as_str()).collect();
    assert!(!ids.contains(&"person:groene-groei"), "{ids:?}");
    let signatory = actors
        .iter()
        .find(|a| a.id == "person:r-t-vermeulen-bakker")
        .unwrap_or_else(|| panic!("{ids:?}"));
    assert_eq!(
        signatory.role.as_deref(),
        Some("Minister van Klimaat en Groene Groei")
    );
    assert_eq!(signatory.affiliation.as_deref(), Some("country:nl"));
    // The Dutch minister who spoke is the one who signs.
    assert_eq!(statements[0].actor, "person:r-t-vermeulen-bakker");
}

#[test]
fn commissioners_with_a_portfolio_list_keep_their_name() {
    let text = "Commissioner for Justice and Consumers Marta Kowalczyk replied.";
    let (actors, _) = actors_and_statements(text, None);
    let person = actors
        .iter()
        .find(|a| a.id == "person:marta-kowalczyk")
        .unwrap_or_else(|| panic!("{actors:?}"));
    assert_eq!(
        person.role.as_deref(),
        Some("Commissioner for Justice and Consumers")
    );
}

#[test]
fn a_group_in_brackets_after_an_apposed_name_is_its_affiliation() {
    let text = "The rapporteur, Mr Henrik Dahlgren (Renew), presented his draft report.";
    let (actors, statements) = actors_and_statements(text, None);
    let person = actors
        .iter()
        .find(|a| a.id == "person:henrik-dahlgren")
        .unwrap_or_else(|| panic!("{actors:?}"));
    assert_eq!(person.role.as_deref(), Some("rapporteur"));
    assert_eq!(person.affiliation.as_deref(), Some("org:renew-europe"));
    let said: Vec<&str> = statements.iter().map(|s| s.actor.as_str()).collect();
    assert_eq!(said, ["person:henrik-dahlgren"]);
}

#[test]
fn boards_on_a_topic_are_apart_from_the_bare_board() {
    check(&[(
        "The Scientific Committee on Risk Assessment adopted opinions. The Scientific \
         Committee welcomed it.",
        &[
            ("org:scientific-committee-on-risk-assessment", "adopted"),
            ("org:scientific-committee", "welcomed"),
        ],
    )]);
}

/// Session 9: an organisation named only by its acronym speaks after an article (`Het COA gaf
/// aan`); a capitalised abbreviation or a heading does not make one.
#[test]
fn a_bare_acronym_that_speaks_is_an_organisation() {
    check(&[
        (
            "Het COA gaf aan dat de capaciteit onvoldoende is.",
            &[("org:coa", "gaf aan")],
        ),
        (
            "Ook de IND wees op de doorlooptijden.",
            &[("org:ind", "wees op")],
        ),
        ("N.B. De cijfers zijn voorlopig.", &[]),
        ("TOELICHTING\n\nDe cijfers zijn voorlopig.", &[]),
        // An article and capitals with no speech verb after them.
        ("Het BNP groeide met twee procent.", &[]),
    ]);
}

/// Session 9: the members of a board and its secretariat, as minutes name them.
#[test]
fn board_members_and_the_secretariat() {
    check(&[
        (
            "Members welcomed the progress. Several members expressed concern about turnover.",
            &[
                ("collective:members", "welcomed"),
                ("collective:several-members", "expressed"),
            ],
        ),
        (
            "The Secretariat informed members of the audit.",
            &[("role:secretariat", "informed")],
        ),
    ]);
}

/// Session 9: an agency no list knows, named on its report's cover, is `the Agency` and `We`;
/// a board named by two words after its article (`The Member State Committee`).
#[test]
fn an_unlisted_agency_speaks_as_we_and_a_two_word_board() {
    let report = "European Agency for Plant Health\n\nAnnual Report 2027\n\n\
                  In 2027 the Agency delivered 45 opinions. The Member State Committee agreed on \
                  the list. We agree that faster assessments are needed. The Agency replied to \
                  the Commission.\n";
    check(&[(
        report,
        &[
            ("org:member-state-committee", "agreed"),
            ("org:european-agency-for-plant-health", "agree"),
            ("org:european-agency-for-plant-health", "replied"),
        ],
    )]);
    // Without an agency on the cover, `We` is no one's.
    check(&[("Annual Report 2027\n\nWe agree that more is needed.\n", &[])]);
}

/// Session 9: minutes introduce a body's delegate as its representative, a name in apposition.
#[test]
fn a_representative_of_a_body_with_a_name_is_that_person() {
    let (actors, statements) = actors_and_statements(
        "The representative of the Commission, Ms Sofia Karras, noted the delay.",
        None,
    );
    let person = actors
        .iter()
        .find(|a| a.id == "person:sofia-karras")
        .expect("the person");
    assert_eq!(
        person.role.as_deref(),
        Some("representative of the Commission")
    );
    assert_eq!(
        person.affiliation.as_deref(),
        Some("org:european-commission")
    );
    assert_eq!(statements[0].actor, "person:sofia-karras");
}

/// Session 9: a portfolio's capitalised words before the name are no part of it.
#[test]
fn a_portfolio_before_the_name_stays_in_the_role() {
    check(&[(
        "Eurocommissaris voor Financiële Diensten Johan Mertens lichtte de plannen toe.",
        &[("person:johan-mertens", "lichtte toe")],
    )]);
}

/// `The Board` or `the Committee` alone is the board of that noun named last before it; with
/// none named before, it is no actor.
#[test]
fn the_board_alone_is_the_board_named_before() {
    check(&[
        (
            "The Management Board met three times. The Board adopted the budget, and the Board \
             approved the work programme.",
            &[
                ("org:management-board", "adopted"),
                ("org:management-board", "approved"),
            ],
        ),
        (
            "The Executive Board met in March. The Management Board met in June. The Board \
             welcomed the audit.",
            &[("org:management-board", "welcomed")],
        ),
        (
            "The Member State Committee agreed on the draft. The Committee also noted the delay.",
            &[
                ("org:member-state-committee", "agreed"),
                ("org:member-state-committee", "noted"),
            ],
        ),
        ("The Board adopted the budget.", &[]),
    ]);
}

/// `The Court`, `the Bank` alone is the institution of that noun named last before it (a
/// gazetteer organisation, not a board found by pattern); with none named before, no actor.
#[test]
fn the_court_alone_is_the_institution_named_before() {
    check(&[
        (
            "The European Court of Auditors audited the accounts. The Court concluded that they \
             were reliable. The Court noted weaknesses.",
            &[
                ("org:court-of-auditors", "concluded"),
                ("org:court-of-auditors", "noted"),
            ],
        ),
        // The institution of that noun named last.
        (
            "The European Court of Auditors met the International Criminal Court. The Court \
             stressed its independence.",
            &[("org:icc", "stressed")],
        ),
        (
            "The European Investment Bank signed a loan. The Bank said it would help.",
            &[("org:eib", "said")],
        ),
        ("The Court concluded that the accounts were reliable.", &[]),
        // `of` joins a name no list knows: no anaphor.
        (
            "The European Court of Auditors met. The Office of the Director noted the delay.",
            &[],
        ),
    ]);
}
