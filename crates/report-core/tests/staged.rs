//! The page analyses in two steps (structure first, then actors and statements) and moves the
//! second half between threads in packed form; both must give exactly the report `analyze`
//! gives, for every fixture.

use report_core::{analyze, analyze_structure, packed, Config};
use std::path::Path;

fn inputs() -> Vec<(String, Vec<u8>)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut paths = vec![root.join("../../../shared/fixtures/jbz-raad-2022-07-verslag.txt")];
    let dir = root.join("tests/fixtures");
    let mut fixtures: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        // A folder of fixtures (`s7/`, `s7a/`) is read one level down.
        .flat_map(|p| match std::fs::read_dir(&p) {
            Ok(entries) => entries
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.is_file())
                .collect(),
            Err(_) => vec![p],
        })
        .collect();
    fixtures.sort();
    paths.extend(fixtures);
    paths
        .into_iter()
        .map(|p| {
            let bytes = std::fs::read(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
            (p.display().to_string(), bytes)
        })
        .collect()
}

#[test]
fn structure_then_finish_is_analyze() {
    let config = Config::default();
    for (name, bytes) in inputs() {
        let whole = analyze(&bytes, &config).expect("decodes");
        let structure = analyze_structure(&bytes, &config).expect("decodes");
        let first = structure.report().clone();
        assert!(
            first.actors.is_empty() && first.statements.is_empty(),
            "{name}"
        );
        assert_eq!(first.outline, whole.outline, "{name}");
        assert_eq!(first.metadata, whole.metadata, "{name}");
        assert_eq!(structure.finish(), whole, "{name}");
    }
}

#[test]
fn packed_actors_and_statements_unpack_to_the_same_report() {
    let mut checked = 0;
    for (name, bytes) in inputs() {
        let whole = analyze(&bytes, &Config::default()).expect("decodes");
        let packed = packed::pack(&whole);
        assert_eq!(
            packed.mentions.len(),
            whole.actors.iter().map(|a| a.mentions.len()).sum::<usize>() * packed::MENTION_FIELDS,
            "{name}"
        );
        let mut copy = whole.clone();
        copy.actors.clear();
        copy.statements.clear();
        packed.unpack_into(&mut copy).expect("unpacks");
        assert_eq!(copy, whole, "{name}");
        checked += whole.statements.len();
    }
    assert!(
        checked > 50,
        "the fixtures hold statements to check ({checked})"
    );
}

#[test]
fn damaged_packs_are_errors() {
    let whole = analyze(b"Nederland stelde dat het kan.", &Config::default()).expect("decodes");
    let good = packed::pack(&whole);
    assert!(!good.mentions.is_empty() && !good.statements.is_empty());
    let mut beyond = good.clone();
    beyond.mentions[2] = 10_000;
    let mut stranger = good.clone();
    stranger.statements[0] = 99;
    let mut no_verb = good;
    no_verb.statements[1] = 99;
    for damaged in [beyond, stranger, no_verb] {
        let mut copy = whole.clone();
        assert!(damaged.unpack_into(&mut copy).is_err());
    }
}

#[test]
fn packed_outlines_unpack_to_the_same_tree() {
    let mut sections = 0;
    for (name, bytes) in inputs() {
        let report = analyze(&bytes, &Config::default()).expect("decodes");
        let (numbers, labels) = packed::pack_outline(&report.outline);
        assert_eq!(
            numbers.len(),
            report.sections().len() * packed::SECTION_FIELDS,
            "{name}"
        );
        let back = packed::unpack_outline(&numbers, labels).expect("unpacks");
        assert_eq!(back, report.outline, "{name}");
        sections += report.sections().len();
    }
    assert!(sections > 20, "{sections} sections checked");
    // A damaged pack is an error, not a panic or a deep recursion.
    assert!(packed::unpack_outline(&[0, 1, 5, 0, 0, 0, 0], vec![None, None]).is_err());
    let deep: Vec<u32> = (0..100).flat_map(|i| [i, 1, 1, 0, 0, 0, 0]).collect();
    assert!(packed::unpack_outline(&deep, vec![None; 200]).is_err());
    assert!(packed::unpack_outline(&[0, 1, 0, 0, 0, 0, 0], vec![]).is_err());
}

#[test]
fn big_texts_find_the_same_actors_and_statements_on_two_threads() {
    // Above the size from which the verbs are found on a second thread and the names and
    // statements in two halves; each padding puts the cut between the halves elsewhere.
    let fixtures: Vec<Vec<u8>> = inputs()
        .into_iter()
        .filter(|(name, _)| {
            // The shared report and two fixtures of the first rounds, by their whole names.
            [
                "/jbz-raad-2022-07-verslag.txt",
                "/kamerbrief-nl.txt",
                "/council-outcome-en.txt",
            ]
            .iter()
            .any(|n| name.ends_with(n))
        })
        .map(|(_, f)| f)
        .collect();
    assert_eq!(fixtures.len(), 3);
    for padding in [0, 1000, 7777] {
        let mut bytes = b"x".repeat(padding);
        while bytes.len() < 600 * 1024 {
            for fixture in &fixtures {
                bytes.extend_from_slice(fixture);
                bytes.extend_from_slice(b"\n\n");
            }
        }
        let config = Config::default();
        let two = analyze_structure(&bytes, &config)
            .expect("decodes")
            .finish();
        let one = analyze_structure(&bytes, &config)
            .expect("decodes")
            .finish_on_one_thread();
        assert!(
            two.statements.len() > 1000,
            "{} statements",
            two.statements.len()
        );
        assert_eq!(two, one, "padding {padding}");
        // `analyze` builds the outline beside the actors instead.
        let whole = analyze(&bytes, &config).expect("decodes");
        assert_eq!(whole, one, "padding {padding}");
    }
}
