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
//!
//! Text damaged twice (read as windows-1252 and saved as UTF-8 two times over: `ÃƒÂ©` for `é`,
//! `Ã¢â‚¬â€œ` for `–`) is repaired in two passes: the first gives the once-damaged text, in which
//! the bytes windows-1252 leaves undefined (`9D` of `”`) stand as C1 controls, and the second
//! repairs that. A second pass is kept only when it finds [`MIN_REPAIRS`] sequences of its own.
//! A byte order mark damaged so (`ï»¿`, the `EF` lead being read only for it and for U+FFFD) is
//! left out at the text's start.
//!
//! A Mac reader (Mac OS Roman, as TextEdit or an older Office for Mac chose for a file without a
//! byte order mark) damages UTF-8 in its own way: `√©` for `é`, `‚Äô` for `’`, `¬†` for a
//! no-break space ([`repair_mac`]). Its leads are found by a `memchr3` for their first bytes,
//! which clean text meets at its dashes and quotes (`E2`), each turned away by the next character.

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

/// The character of the UTF-8 sequence that opens with `lead` and goes on with `continuations`
/// bytes, each the byte that a reader showed as the next character of `rest` (`byte` undoes
/// that reader), and the bytes of `rest` it took.
fn reassembled(
    lead: u8,
    continuations: usize,
    rest: &mut std::str::Chars<'_>,
    byte: fn(char) -> Option<u8>,
) -> Option<(char, usize)> {
    let mut buf = [lead, 0, 0];
    let mut taken = 0;
    for slot in buf.iter_mut().skip(1).take(continuations) {
        let c = rest.next()?;
        *slot = byte(c)?;
        taken += c.len_utf8();
    }
    let repaired = std::str::from_utf8(&buf[..=continuations])
        .ok()?
        .chars()
        .next()?;
    Some((repaired, taken))
}

/// The character a damaged sequence at `at` (a `C3` byte) stands for, and the sequence's end.
/// With `first_of_two` (the first pass over text damaged twice), a C1 control is a character
/// too, and so is `˜` or `ˆ` (lead byte CB), which windows-1252 reads `98` and `88` as: the
/// `Ëœ` of a twice-damaged `‘`.
fn damaged_at(text: &str, at: usize, first_of_two: bool) -> Option<(char, usize)> {
    let bytes = text.as_bytes();
    let second = *bytes.get(at + 1)?;
    // `C3 82`…`C3 89` is `Â`…`É` (UTF-8 lead bytes C2…C9), `C3 A2` is `â` (lead byte E2), `C3
    // AF` is `ï` (lead byte EF: only a byte order mark or U+FFFD, below).
    let (lead, continuations) = match second {
        0x82..=0x89 => (second + 0x40, 1),
        0x8B if first_of_two => (0xCB, 1),
        0xA2 => (0xE2, 2),
        0xAF => (0xEF, 2),
        _ => return None,
    };
    let mut rest = text.get(at + 2..)?.chars();
    let (repaired, taken) = reassembled(lead, continuations, &mut rest, continuation_byte)?;
    let end = at + 2 + taken;
    if !first_of_two && ('\u{80}'..='\u{9F}').contains(&repaired)
        || lead == 0xEF && !matches!(repaired, '\u{FEFF}' | '\u{FFFD}')
    {
        return None;
    }
    Some((repaired, end))
}

/// `text` with its damaged sequences repaired, and how many there were; `None` when there are
/// fewer than [`MIN_REPAIRS`].
fn repair_pass(text: &str, first_of_two: bool) -> Option<(String, usize)> {
    let mut found: Vec<(usize, usize, char)> = Vec::new();
    let mut from = 0;
    while let Some(hit) = memchr::memchr(0xC3, &text.as_bytes()[from..]) {
        let at = from + hit;
        match damaged_at(text, at, first_of_two) {
            Some((c, end)) => {
                found.push((at, end, c));
                from = end;
            }
            None => from = at + 1,
        }
    }
    if found.len() < MIN_REPAIRS {
        return None;
    }
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    for &(start, end, c) in &found {
        out.push_str(&text[last..start]);
        // A damaged byte order mark at the start is no text.
        if !(start == 0 && c == '\u{FEFF}') {
            out.push(c);
        }
        last = end;
    }
    out.push_str(&text[last..]);
    Some((out, found.len()))
}

/// What [`repair`] did: how many damaged sequences it repaired, and whether the text had been
/// damaged twice.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Repaired {
    /// The sequences repaired, over both passes.
    pub(crate) count: usize,
    /// Whether the text was damaged twice, and so repaired in two passes.
    pub(crate) twice: bool,
}

/// Repairs the damaged sequences of `text` in place when there are at least [`MIN_REPAIRS`],
/// in a second pass too when the text had been damaged twice.
pub(crate) fn repair(text: &mut Cow<'_, str>) -> Repaired {
    let Some((once, first)) = repair_pass(text, true) else {
        return Repaired::default();
    };
    if let Some((twice, second)) = repair_pass(&once, false) {
        *text = Cow::Owned(twice);
        return Repaired {
            count: first + second,
            twice: true,
        };
    }
    // Damaged once: the pass that turns no sequence into a C1 control is the repair.
    match repair_pass(text, false) {
        Some((out, count)) => {
            *text = Cow::Owned(out);
            Repaired {
                count,
                twice: false,
            }
        }
        None => Repaired::default(),
    }
}

/// Mac OS Roman's characters for the bytes `80`…`BF`: what a Mac reader makes of the UTF-8
/// continuation bytes.
const MAC_CONTINUATIONS: &str = "ÄÅÇÉÑÖÜáàâäãåçéèêëíìîïñóòôöõúùûü†°¢£§•¶ß®©™´¨≠ÆØ∞±≤≥¥µ∂∑∏π∫ªºΩæø";

/// The byte `80`…`BF` that Mac OS Roman reads as `c`.
fn mac_continuation_byte(c: char) -> Option<u8> {
    MAC_CONTINUATIONS
        .chars()
        .position(|m| m == c)
        .map(|k| 0x80 + k as u8)
}

/// The character a sequence damaged by a Mac OS Roman reader stands for, at `at` (the first byte
/// of a lead), and the sequence's end. The leads are Mac OS Roman's readings of the UTF-8 first
/// bytes of Latin-1 (`¬` for `C2`, `√` for `C3`), of Latin Extended-A (`ƒ` for `C4`, `≈` for
/// `C5`: `Ł`, `š`, `ő`, `Ĳ`), of Romanian `ș` and `ț` (`»` for `C8`) and of general
/// punctuation and the euro sign (`‚` for `E2`: `‚Äô` is `’`, `‚Ç¨` is `€`). What they stand
/// for is held to those blocks (not `«É`'s U+01C3, say), so that `» é` or `√2` stay.
fn mac_damaged_at(text: &str, at: usize) -> Option<(char, usize)> {
    let mut rest = text.get(at..)?.chars();
    let first = rest.next()?;
    let (lead, continuations) = match first {
        '¬' => (0xC2, 1),
        '√' => (0xC3, 1),
        'ƒ' => (0xC4, 1),
        '≈' => (0xC5, 1),
        '»' => (0xC8, 1),
        '‚' => (0xE2, 2),
        _ => return None,
    };
    let (repaired, taken) = reassembled(lead, continuations, &mut rest, mac_continuation_byte)?;
    let end = at + first.len_utf8() + taken;
    let fits = match lead {
        0xC2 => repaired >= '\u{A0}',
        0xC8 => ('\u{218}'..='\u{21B}').contains(&repaired),
        0xE2 => ('\u{2010}'..='\u{20CF}').contains(&repaired) || repaired == '™',
        _ => true,
    };
    fits.then_some((repaired, end))
}

/// Repairs UTF-8 that was read as Mac OS Roman and saved as UTF-8 again (`√©` for `é`, `‚Äô`
/// for `’`, `¬†` for a no-break space), in place, when it holds at least [`MIN_REPAIRS`] such
/// sequences; returns how many were repaired. A damaged byte order mark (`Ôªø`) at the start
/// is left out. The leads' bytes (`E2`, `C2`, `C6`) are what a `memchr3` looks for.
pub(crate) fn repair_mac(text: &mut Cow<'_, str>) -> usize {
    let bytes = text.as_bytes();
    let mut found: Vec<(usize, usize, char)> = Vec::new();
    let mut from = 0;
    while let Some(hit) = memchr::memchr3(0xE2, 0xC2, 0xC6, &bytes[from..]) {
        let at = from + hit;
        match mac_damaged_at(text, at) {
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
    let bom = if text.starts_with("Ôªø") {
        "Ôªø".len()
    } else {
        0
    };
    let mut out = String::with_capacity(text.len());
    let mut last = bom;
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
            assert!(repair(&mut text).count >= MIN_REPAIRS, "{row}");
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
        assert_eq!(repair(&mut text).count, 5);
        assert_eq!(text, row);
    }

    #[test]
    fn repairs_what_was_damaged_twice() {
        // `”` is `E2 80 9D`, and windows-1252 leaves `9D` undefined: the first reading makes it
        // U+009D, which the second carries on.
        let row = "Financiële zaken – “geïntegreerd” ‘toezicht’, Nederland’s café";
        let mut text = Cow::from(damage(&damage(&format!("\u{FEFF}{row}"))));
        assert!(text.starts_with("Ã¯Â»Â¿"), "{text}");
        let repaired = repair(&mut text);
        assert!(repaired.twice && repaired.count > 2 * MIN_REPAIRS);
        assert_eq!(text, row);
        // Damaged once, a C1 control is no repair.
        let mut text = Cow::from(damage(row));
        assert!(!repair(&mut text).twice);
        assert_eq!(text, row);
    }

    #[test]
    fn leaves_clean_and_nearly_clean_text_alone() {
        let rows = [
            "Financiële zaken – geïntegreerd toezicht",
            "Ångström, Ça va, É, â la, ß–ẞ, Ã alone, Ã© once",
            "Ελλάδα, България, Ã",
            "naïef »¿« twice, ï»¿ once",
            "",
        ];
        for row in rows {
            let mut text = Cow::from(row);
            assert_eq!(repair(&mut text).count, 0, "{row}");
            assert_eq!(text, row);
        }
    }

    /// What a UTF-8 text looks like after a Mac OS Roman reader and a UTF-8 writer.
    fn mac_damage(text: &str) -> String {
        encoding_rs::MACINTOSH
            .decode_without_bom_handling(text.as_bytes())
            .0
            .into_owned()
    }

    #[test]
    fn mac_continuations_are_mac_os_roman_s() {
        let bytes: Vec<u8> = (0x80..=0xBF).collect();
        let read = encoding_rs::MACINTOSH.decode_without_bom_handling(&bytes).0;
        assert_eq!(read, MAC_CONTINUATIONS);
    }

    #[test]
    fn repairs_what_a_mac_os_roman_reader_damaged() {
        let rows = [
            "Financiële zaken – geïntegreerd toezicht, Nederland’s ‘stap’",
            "Coördinatie, café, naïef, Ålesund, Łódź, Brașov, € 12, “quoted” — ™",
            "à la carte; Österreich; Ústí nad Labem; žalba; Ĳzerman; 20\u{a0}%",
        ];
        for row in rows {
            let mut text = Cow::from(mac_damage(row));
            assert_ne!(text, row);
            assert!(repair_mac(&mut text) >= MIN_REPAIRS, "{row}");
            assert_eq!(text, row);
        }
        let mut text = Cow::from(mac_damage("\u{FEFF}Voorwoord – café"));
        assert!(text.starts_with("Ôªø"), "{text}");
        assert_eq!(repair_mac(&mut text), 2);
        assert_eq!(text, "Voorwoord – café");
    }

    #[test]
    fn leaves_clean_mac_lookalikes_alone() {
        let rows = [
            "Financiële zaken – geïntegreerd toezicht",
            "√2 ≈ 1,41; ƒ 25; «Élysée» »é« ‚Äpfel‘; Ôªø",
            "Ελλάδα, България, √é once",
            "",
        ];
        for row in rows {
            let mut text = Cow::from(row);
            assert_eq!(repair_mac(&mut text), 0, "{row}");
            assert_eq!(text, row);
        }
    }
}
