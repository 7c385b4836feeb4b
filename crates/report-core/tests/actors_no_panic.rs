//! The actor and statement passes never panic: every prefix of our fixtures, and texts made of
//! tricky pieces in a pseudo-random order.

use report_core::actors_and_statements;

const PIECES: &[&str] = &[
    "Minister",
    "Dhr.",
    "Mr.",
    "J.W.",
    "van",
    "der",
    "Berg",
    ",",
    ", ",
    ".",
    ". ",
    "\n\n",
    "\n",
    "(ICC)",
    "(",
    ")",
    "voorzitter van het",
    "LIBE comité",
    "Commissaris",
    "Ylva",
    "López",
    "Šelmovič",
    "Oekraïense",
    "stelde",
    "riep",
    "op",
    "Hij",
    "zij",
    "en",
    "maar",
    "de",
    "het",
    "Nederland",
    "lidstaten",
    "EU-",
    "eu-LISA",
    "Raad",
    "Tsjechisch",
    "Voorzitterschap",
    " ",
    "\u{a0}",
    "’",
    "«",
    "»",
    "é",
    "ß",
    "Executive Director of",
    "Frontex",
    "said",
    "opposed",
    "wees",
    "af",
    "steunde",
    "niet",
    "Een aantal",
    "landen",
    "-",
    "—",
    "2.1",
    "o.a.",
    "e.g.",
];

#[test]
fn prefixes_of_our_fixtures() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    for name in ["council-outcome-en.txt", "kamerbrief-nl.txt"] {
        let text = std::fs::read_to_string(dir.join(name)).unwrap();
        let mut cut = 0;
        while cut <= text.len() {
            if text.is_char_boundary(cut) {
                let _ = actors_and_statements(&text[..cut], None);
                let _ = actors_and_statements(&text[cut..], None);
            }
            cut += 7;
        }
    }
}

#[test]
fn shuffled_pieces() {
    let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
    for _ in 0..400 {
        let mut text = String::new();
        for _ in 0..40 {
            // xorshift: deterministic, no dependency.
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            text.push_str(PIECES[(state % PIECES.len() as u64) as usize]);
            if state & 1 == 0 {
                text.push(' ');
            }
        }
        let (actors, statements) = actors_and_statements(&text, None);
        for a in &actors {
            for m in &a.mentions {
                assert!(text
                    .get(m.range.start..m.range.end)
                    .is_some_and(|w| !w.is_empty()));
            }
        }
        for s in &statements {
            assert!(text
                .get(s.range.start..s.range.end)
                .is_some_and(|w| !w.is_empty()));
        }
    }
}
