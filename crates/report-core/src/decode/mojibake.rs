//! Repairs UTF-8 that was once read as windows-1252 and saved as UTF-8 again ("mojibake":
//! `Ã©` for `é`, `â€“` for `–`, `â€™` for `’`).
//!
//! Such text is valid UTF-8, so nothing upstream notices it. Each damaged character is a
//! *lead* (`Â`…`É` or `â`, the windows-1252 reading of a UTF-8 first byte `C2`…`C9` or `E2`)
//! followed by one or two *continuations* (the windows-1252 reading of a byte `80`…`BF`). In the
//! text's own UTF-8 every lead begins with the byte `C3`, so a `memchr` for `C3` is the whole
//! cost on clean text: a Dutch report meets it once per few hundred bytes (at `é`, `ë`), and each
//! hit is turned away by its next byte.
//!
//! The leads are limited to those of Latin-1, Latin Extended-A/B (Polish, Czech, Romanian
//! letters) and general punctuation (dashes, quotes, `€`): that keeps `ß–` or Greek and Cyrillic
//! text out of reach, and a repaired sequence must decode to one valid character that is not a
//! C1 control. A text is repaired only when it holds at least [`MIN_REPAIRS`] such sequences, so
//! one odd `Ã©` in a quotation stays as written.

use std::borrow::Cow;

/// Fewer damaged sequences than this are left alone: one may be meant.
pub(crate) const MIN_REPAIRS: usize = 2;

/// The windows-1252 byte for a character, for the bytes `80`…`BF` only (the continuations).
fn continuation_byte(c: char) -> Option<u8> {
    let code = c as u32;
    // `A0`…`BF` read as themselves, and so do `80`…`9F` when the reader took them for C1
    // controls (ISO-8859-1, or windows-1252's five undefined bytes).
    if (0x80..=0xBF).contains(&code) {
        return Some(code as u8);
    }
    let byte = match c {
        '€' => 0x80,
        '‚' => 0x82,
        'ƒ' => 0x83,
        '„' => 0x84,
        '…' => 0x85,
        '†' => 0x86,
        '‡' => 0x87,
        'ˆ' => 0x88,
        '‰' => 0x89,
        'Š' => 0x8A,
        '‹' => 0x8B,
        'Œ' => 0x8C,
        'Ž' => 0x8E,
        '\u{2018}' => 0x91,
        '\u{2019}' => 0x92,
        '\u{201C}' => 0x93,
        '\u{201D}' => 0x94,
        '•' => 0x95,
        '–' => 0x96,
        '—' => 0x97,
        '˜' => 0x98,
        '™' => 0x99,
        'š' => 0x9A,
        '›' => 0x9B,
        'œ' => 0x9C,
        'ž' => 0x9E,
        'Ÿ' => 0x9F,
        _ => return None,
    };
    Some(byte)
}

/// The character a damaged sequence at `at` (a `C3` byte) stands for, and the sequence's end.
fn damaged_at(text: &str, at: usize) -> Option<(char, usize)> {
    let bytes = text.as_bytes();
    let second = *bytes.get(at + 1)?;
    // `C3 82`…`C3 89` is `Â`…`É` (UTF-8 lead bytes C2…C9), `C3 A2` is `â` (lead byte E2).
    let (lead, continuations) = match second {
        0x82..=0x89 => (second + 0x40, 1),
        0xA2 => (0xE2, 2),
        _ => return None,
    };
    let mut buf = [lead, 0, 0];
    let mut end = at + 2;
    let mut rest = text.get(end..)?.chars();
    for slot in buf.iter_mut().skip(1).take(continuations) {
        let c = rest.next()?;
        *slot = continuation_byte(c)?;
        end += c.len_utf8();
    }
    let repaired = std::str::from_utf8(&buf[..=continuations])
        .ok()?
        .chars()
        .next()?;
    if ('\u{80}'..='\u{9F}').contains(&repaired) {
        return None;
    }
    Some((repaired, end))
}

/// Repairs the damaged sequences of `text` in place when there are at least [`MIN_REPAIRS`];
/// returns how many were repaired.
pub(crate) fn repair(text: &mut Cow<'_, str>) -> usize {
    let mut found: Vec<(usize, usize, char)> = Vec::new();
    let mut from = 0;
    while let Some(hit) = memchr::memchr(0xC3, &text.as_bytes()[from..]) {
        let at = from + hit;
        match damaged_at(text, at) {
            Some((c, end)) => {
                found.push((at, end, c));
                from = end;
            }
            None => from = at + 1,
        }
    }
    if found.len() < MIN_REPAIRS {
        return 0;
    }
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    for &(start, end, c) in &found {
        out.push_str(&text[last..start]);
        out.push(c);
        last = end;
    }
    out.push_str(&text[last..]);
    *text = Cow::Owned(out);
    found.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What a UTF-8 text looks like after a windows-1252 reader and a UTF-8 writer.
    fn damage(text: &str) -> String {
        encoding_rs::WINDOWS_1252
            .decode_without_bom_handling(text.as_bytes())
            .0
            .into_owned()
    }

    #[test]
    fn repairs_what_a_windows_1252_reader_damaged() {
        let rows = [
            "Financiële zaken – geïntegreerd toezicht, Nederland’s ‘stap’",
            "Coördinatie, café, naïef, Ålesund, Łódź, Brașov, € 12, “quoted” — ™",
            "à la carte; Österreich; Ústí nad Labem; žalba",
        ];
        for row in rows {
            let mut text = Cow::from(damage(row));
            assert_ne!(text, row);
            assert!(repair(&mut text) >= MIN_REPAIRS, "{row}");
            assert_eq!(text, row);
        }
    }

    #[test]
    fn repairs_what_a_latin_1_reader_damaged() {
        // ISO-8859-1 reads the bytes 80…9F as C1 controls: "–" (E2 80 93) becomes "â", U+0080,
        // U+0093.
        let row = "Raad – “akkoord” – geïntegreerd";
        let mut text: Cow<str> = Cow::Owned(row.bytes().map(char::from).collect());
        assert!(text.contains('\u{93}'));
        assert_eq!(repair(&mut text), 5);
        assert_eq!(text, row);
    }

    #[test]
    fn leaves_clean_and_nearly_clean_text_alone() {
        let rows = [
            "Financiële zaken – geïntegreerd toezicht",
            "Ångström, Ça va, É, â la, ß–ẞ, Ã alone, Ã© once",
            "Ελλάδα, България, Ã",
            "",
        ];
        for row in rows {
            let mut text = Cow::from(row);
            assert_eq!(repair(&mut text), 0, "{row}");
            assert_eq!(text, row);
        }
    }
}
