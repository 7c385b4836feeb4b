//! Bytes → text. The one stage that can refuse its input.
//!
//! Decoding keeps the text's byte layout wherever it can: UTF-8 input comes out byte for byte
//! (only a BOM is removed and stray C0 control characters become spaces, one byte for one), so
//! the layout stage's offset map points into the file itself. Line ends (`\r\n`, `\r`, `\n`),
//! vertical tabs, form feeds (page breaks) and soft hyphens are left for the layout stage, which
//! understands them; decoding only counts them for the diagnostics. The one exception is text
//! that was UTF-8 once, read as windows-1252 or Mac OS Roman and saved as UTF-8 again (`Ã©` or
//! `√©` for `é`): its damaged characters are repaired (see `mojibake`), with a diagnostic.

mod dos;
mod mojibake;
mod qp;
mod rtf;

use crate::model::{Diagnostic, Language, Severity};
use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, UTF_8};
use std::borrow::Cow;
use std::fmt;

/// Decoded text and what was learnt on the way.
#[derive(Clone, Debug)]
pub struct Decoded {
    /// The text.
    pub text: String,
    /// Name of the encoding, e.g. `UTF-8`, `UTF-16LE`, `windows-1252`.
    pub encoding: &'static str,
    /// What the bytes looked like; only [`InputFormat::Text`] and [`InputFormat::Html`] are
    /// decoded today (HTML as plain text).
    pub format: InputFormat,
    /// Problems met.
    pub diagnostics: Vec<Diagnostic>,
}

/// The kind of file, sniffed from its first bytes.
///
/// Decoding dispatches on this, so that PDF or DOCX extraction can be added as one more arm
/// without touching the stages after it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InputFormat {
    /// Plain text in some encoding.
    Text,
    /// HTML; decoded as text for now (tags stay in the text).
    Html,
    /// A PDF file.
    Pdf,
    /// A ZIP container: DOCX, ODT, XLSX…
    Zip,
}

impl InputFormat {
    /// Guesses the format from the first bytes. Text is the fallback.
    pub fn sniff(bytes: &[u8]) -> InputFormat {
        if bytes.starts_with(b"%PDF-") {
            return InputFormat::Pdf;
        }
        if bytes.starts_with(b"PK\x03\x04") {
            return InputFormat::Zip;
        }
        let head = &bytes[..bytes.len().min(512)];
        let head = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
        let start = head
            .iter()
            .position(|b| !b.is_ascii_whitespace())
            .unwrap_or(head.len());
        let head = &head[start..];
        let starts_with_ci = |prefix: &[u8]| {
            head.len() >= prefix.len() && head[..prefix.len()].eq_ignore_ascii_case(prefix)
        };
        if starts_with_ci(b"<!doctype html") || starts_with_ci(b"<html") {
            return InputFormat::Html;
        }
        InputFormat::Text
    }
}

/// Why bytes could not be turned into text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DecodeError {
    kind: DecodeErrorKind,
}

#[derive(Clone, Debug, PartialEq, Eq)]
enum DecodeErrorKind {
    Binary { offset: usize },
    Unsupported { format: &'static str },
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.kind {
            DecodeErrorKind::Binary { offset } => {
                write!(
                    f,
                    "this looks like a binary file: NUL byte at offset {offset}"
                )
            }
            DecodeErrorKind::Unsupported { format } => write!(
                f,
                "this looks like a {format} file, which cannot be read yet: save it as plain text first"
            ),
        }
    }
}

impl std::error::Error for DecodeError {}

/// How far into the file encoding detection looks; 1 MB is plenty for a statistical guess and
/// keeps a 10 MB file from paying the detector's cost ten times.
const DETECT_LIMIT: usize = 1 << 20;

/// How many bytes the BOM-less UTF-16 test samples.
const UTF16_SAMPLE: usize = 4096;

/// `body` as a string if it is UTF-8. Natively it is borrowed: a 10 MB copy costs more than
/// the check (most of it in the page faults of a fresh buffer), and the text is needed only
/// until the layout has made its own.
#[cfg(not(target_arch = "wasm32"))]
fn utf8_text(body: &[u8]) -> Option<Cow<'_, str>> {
    std::str::from_utf8(body).ok().map(Cow::Borrowed)
}

/// `body` as a string if it is UTF-8, in WebAssembly copied a part at a time (see
/// [`utf8_in_parts`]).
#[cfg(target_arch = "wasm32")]
fn utf8_text(body: &[u8]) -> Option<Cow<'_, str>> {
    utf8_in_parts(body).map(Cow::Owned)
}

/// `body` as a string if it is UTF-8, validated and copied a part at a time: one call of
/// `str::from_utf8` over a whole text would run in WebAssembly's slow baseline code throughout
/// (V8 swaps in optimised code for a function only when it is called again). The parts are cut
/// before a byte that starts a character, so the body is UTF-8 exactly when every part is.
#[cfg(any(target_arch = "wasm32", test))]
fn utf8_in_parts(body: &[u8]) -> Option<String> {
    let mut text = String::with_capacity(body.len());
    let mut rest = body;
    while !rest.is_empty() {
        let mut cut = UTF8_PART.min(rest.len());
        // At most three continuation bytes follow a character's first byte.
        while cut < rest.len() && cut + 3 > UTF8_PART && rest[cut] & 0xC0 == 0x80 {
            cut -= 1;
        }
        let (part, tail) = rest.split_at(cut);
        push_utf8(&mut text, part)?;
        rest = tail;
    }
    Some(text)
}

/// Bytes per call of [`push_utf8`].
#[cfg(any(target_arch = "wasm32", test))]
const UTF8_PART: usize = 64 * 1024;

/// Appends `part` to `text` if it is UTF-8.
#[cfg(any(target_arch = "wasm32", test))]
#[inline(never)]
fn push_utf8(text: &mut String, part: &[u8]) -> Option<()> {
    text.push_str(std::str::from_utf8(part).ok()?);
    Some(())
}

/// Decodes the bytes of a text file.
///
/// ```
/// let decoded = report_core::decode(b"\xEF\xBB\xBFHallo").unwrap();
/// assert_eq!((decoded.text.as_str(), decoded.encoding), ("Hallo", "UTF-8"));
/// let err = report_core::decode(b"abc\0def").unwrap_err();
/// assert_eq!(err.to_string(), "this looks like a binary file: NUL byte at offset 3");
/// ```
pub fn decode(bytes: &[u8]) -> Result<Decoded, DecodeError> {
    decode_borrowed(bytes).map(|decoded| Decoded {
        text: decoded.text.into_owned(),
        encoding: decoded.encoding,
        format: decoded.format,
        diagnostics: decoded.diagnostics,
    })
}

/// [`Decoded`] whose text may borrow the input's bytes, where they are the text already.
pub(crate) struct DecodedRef<'a> {
    /// The text.
    pub(crate) text: Cow<'a, str>,
    /// As [`Decoded::encoding`].
    pub(crate) encoding: &'static str,
    /// As [`Decoded::format`].
    pub(crate) format: InputFormat,
    /// As [`Decoded::diagnostics`].
    pub(crate) diagnostics: Vec<Diagnostic>,
}

/// [`decode`], without a copy of a clean UTF-8 file natively: what the analysis calls.
pub(crate) fn decode_borrowed(bytes: &[u8]) -> Result<DecodedRef<'_>, DecodeError> {
    let format = InputFormat::sniff(bytes);
    match format {
        InputFormat::Pdf => {
            return Err(DecodeError {
                kind: DecodeErrorKind::Unsupported { format: "PDF" },
            })
        }
        InputFormat::Zip => {
            return Err(DecodeError {
                kind: DecodeErrorKind::Unsupported {
                    format: "ZIP (DOCX, ODT)",
                },
            })
        }
        InputFormat::Text | InputFormat::Html => {}
    }
    if let Some(unquoted) = qp::unquote(bytes) {
        let inner = decode_borrowed(&unquoted)?;
        let mut diagnostics = vec![Diagnostic::new(
            Severity::Warning,
            "quoted-printable",
            "the text was still in the quoted-printable transfer encoding of an e-mail \
             (`=C3=A9` for `é`, a line ending in `=` going on in the next); it was decoded",
        )];
        diagnostics.extend(inner.diagnostics);
        return Ok(DecodedRef {
            text: Cow::Owned(inner.text.into_owned()),
            encoding: inner.encoding,
            format: inner.format,
            diagnostics,
        });
    }
    let mut diagnostics = Vec::new();
    let (mut bytes, padding) = without_nul_padding(bytes);
    if padding > 0 {
        diagnostics.push(Diagnostic::new(
            Severity::Info,
            "nul-padding",
            format!(
                "the file ends in {padding} NUL bytes from offset {} on, padding that some \
                 programs write after the text; they were left out and the text before them read",
                bytes.len()
            ),
        ));
    }
    // Old DOS programs (and copy /a) end a text file with Ctrl-Z, 0x1A: a mark, no text.
    let eof_marks = bytes.iter().rev().take_while(|&&b| b == 0x1A).count();
    if eof_marks > 0 {
        bytes = &bytes[..bytes.len() - eof_marks];
        diagnostics.push(Diagnostic::new(
            Severity::Info,
            "dos-eof",
            format!(
                "the file ends in {} Ctrl-Z (0x1A), the end-of-file mark of DOS programs; \
                 {} left out",
                if eof_marks == 1 { "a" } else { "several" },
                if eof_marks == 1 {
                    "it was"
                } else {
                    "they were"
                }
            ),
        ));
    }
    if format == InputFormat::Html {
        diagnostics.push(Diagnostic::new(
            Severity::Info,
            "html-as-text",
            "the file looks like HTML; it was read as plain text",
        ));
    }
    // The common case, checked in one vectorised pass: no C0 control character but white space
    // (so no NUL either). UTF-8 input then needs neither the NUL search nor the clean-up pass.
    // The noise is 0x00–0x08 and 0x0E–0x1F (see `is_noise`).
    let clean = !crate::layout::scan::any_in_ranges(bytes, (0x00, 0x08), (0x0E, 0x1F));
    let (encoding, body) = match Encoding::for_bom(bytes) {
        Some((encoding, bom_len)) => (encoding, &bytes[bom_len..]),
        None if clean => (UTF_8, bytes),
        None => match memchr::memchr(0, bytes) {
            Some(offset) => match bomless_utf16(bytes) {
                Some(encoding) => {
                    diagnostics.push(Diagnostic::new(
                        Severity::Info,
                        "utf16-without-bom",
                        format!(
                            "the file has no byte order mark; its NUL bytes suggest {}",
                            encoding.name()
                        ),
                    ));
                    (encoding, bytes)
                }
                None => {
                    return Err(DecodeError {
                        kind: DecodeErrorKind::Binary { offset },
                    })
                }
            },
            None => (UTF_8, bytes),
        },
    };
    // Where a character cut short was replaced by U+FFFD, as offsets into the text.
    let mut cut_at = Vec::new();
    let (mut text, encoding_name) = if encoding == UTF_8 {
        match utf8_text(body) {
            Some(text) => (text, encoding.name()),
            None => {
                let (text, name) = decode_legacy(body, &mut diagnostics, &mut cut_at);
                (Cow::Owned(text), name)
            }
        }
    } else {
        let (body, tail) = match utf8_tail(body, encoding) {
            Some(cut) => {
                diagnostics.push(Diagnostic::new(
                    Severity::Warning,
                    "utf8-tail",
                    format!(
                        "the file is {} up to offset {}, where {} bytes of UTF-8 were appended to it \
                         (text pasted on by another program); they were read as UTF-8",
                        encoding.name(),
                        bytes.len() - body.len() + cut,
                        body.len() - cut
                    ),
                ));
                (&body[..cut], std::str::from_utf8(&body[cut..]).ok())
            }
            None => (body, None),
        };
        let (text, had_errors) = encoding.decode_without_bom_handling(body);
        if had_errors {
            diagnostics.push(replaced_bytes(encoding));
        }
        let mut text = text.into_owned();
        if let Some(tail) = tail {
            if !text.ends_with('\n') && !tail.starts_with(['\n', '\r']) {
                text.push('\n');
            }
            text.push_str(tail);
        }
        (Cow::Owned(text), encoding.name())
    };
    if encoding == UTF_16LE || encoding == UTF_16BE {
        if let Some(offset) = memchr::memchr(0, text.as_bytes()) {
            let units = text.len() - offset;
            if offset == 0 || text.as_bytes()[offset..].iter().any(|&b| b != 0) {
                // A NUL code unit in UTF-16 text is as binary as a NUL byte in UTF-8.
                return Err(DecodeError {
                    kind: DecodeErrorKind::Binary { offset },
                });
            }
            // NUL code units only at the end: padding, as NUL bytes after 8-bit text.
            text.to_mut().truncate(offset);
            diagnostics.push(Diagnostic::new(
                Severity::Info,
                "nul-padding",
                format!(
                    "the text ends in {units} NUL characters, padding that some programs \
                     write after the text; they were left out and the text before them read"
                ),
            ));
        }
    }
    // Where decoding replaced bytes itself, its own warning says so.
    if !diagnostics.iter().any(|d| d.code == "invalid-encoding") {
        if let Some(lost) = replacement_characters(&text, &cut_at) {
            diagnostics.push(lost);
        }
    }
    if let Some(plain) = rtf::unrtf(&text) {
        text = Cow::Owned(plain);
        diagnostics.push(Diagnostic::new(
            Severity::Warning,
            "rtf-markup",
            "the text held the markup of Rich Text Format (`\\par`, `\\'e9` for `é`, \
             `{\\fonttbl …}`), saved as plain text or left by a converter; it was read as the \
             characters and line ends it stands for",
        ));
    }
    let repaired = mojibake::repair(&mut text);
    if repaired.count > 0 {
        let count = repaired.count;
        diagnostics.push(Diagnostic::new(
            Severity::Warning,
            "double-encoding",
            if repaired.twice {
                format!(
                    "the text had been read as windows-1252 and saved as UTF-8 again, twice \
                     over; {count} characters such as `ÃƒÂ©` for `é` were repaired in two passes"
                )
            } else {
                format!(
                    "the text had been read as windows-1252 and saved as UTF-8 again; \
                     {count} characters such as `Ã©` for `é` were repaired"
                )
            },
        ));
    }
    // Read as Mac OS Roman instead (`√©` for `é`): a text is damaged by one reader or the other.
    let mac = if repaired.count == 0 {
        mojibake::repair_mac(&mut text)
    } else {
        0
    };
    if mac > 0 {
        diagnostics.push(Diagnostic::new(
            Severity::Warning,
            "double-encoding",
            format!(
                "the text had been read as Mac OS Roman and saved as UTF-8 again; {mac} \
                 characters such as `√©` for `é` and `‚Äô` for `’` were repaired"
            ),
        ));
    }
    let restored = restore_c1(&mut text);
    if restored > 0 {
        diagnostics.push(Diagnostic::new(
            Severity::Warning,
            "c1-controls",
            format!(
                "{restored} control characters U+0080–U+009F were restored as the \
                 windows-1252 punctuation they once were (U+0093 as “, U+0096 as –, U+0080 as €): \
                 an earlier program had read windows-1252 as Latin-1"
            ),
        ));
    }
    let boms = inner_boms(&mut text);
    if boms > 0 {
        diagnostics.push(Diagnostic::new(
            Severity::Info,
            "inner-bom",
            format!(
                "the text holds {boms} byte order mark{} (U+FEFF) after its start, where files \
                 were joined together; {} left out, and one at the start of a line begins a new \
                 paragraph",
                if boms == 1 { "" } else { "s" },
                if boms == 1 { "it was" } else { "they were" }
            ),
        ));
    }
    // UTF-8 text is the input's bytes (less a BOM), so a clean input has nothing to scrub.
    if !(clean && encoding == UTF_8 && encoding_name == UTF_8.name()) {
        scrub_controls(&mut text, &mut diagnostics);
    }
    if let Some(line_ends) = line_ends(text.as_bytes()) {
        diagnostics.push(line_ends);
    }
    Ok(DecodedRef {
        text,
        encoding: encoding_name,
        format,
        diagnostics,
    })
}

/// The warning for text whose invalid bytes were replaced while decoding it as `encoding`.
fn replaced_bytes(encoding: &'static Encoding) -> Diagnostic {
    Diagnostic::new(
        Severity::Warning,
        "invalid-encoding",
        format!(
            "the file is not valid {}; invalid bytes were replaced",
            encoding.name()
        ),
    )
}

/// Decodes bytes that are not UTF-8: as UTF-8 with a few foreign bytes if that is what they
/// mostly are, else with the encoding `chardetng` guesses.
fn decode_legacy(
    bytes: &[u8],
    diagnostics: &mut Vec<Diagnostic>,
    cut_at: &mut Vec<usize>,
) -> (String, &'static str) {
    if let Some((text, foreign)) = mostly_utf8(bytes) {
        if let Some(first) = foreign.first {
            diagnostics.push(Diagnostic::new(
                Severity::Warning,
                "mixed-encoding",
                format!(
                    "the file is UTF-8 except for {} byte{} (the first at offset {first}, line {}), \
                     which were read as windows-1252",
                    foreign.count,
                    if foreign.count == 1 { "" } else { "s" },
                    line_of(bytes, first)
                ),
            ));
        }
        if !foreign.cuts.is_empty() {
            let n = foreign.cuts.len();
            let places: Vec<String> = foreign
                .cuts
                .iter()
                .take(3)
                .map(|&(offset, _)| format!("line {} (offset {offset})", line_of(bytes, offset)))
                .collect();
            diagnostics.push(Diagnostic::new(
                Severity::Warning,
                "truncated-utf8",
                format!(
                    "the file is UTF-8, but {n} character{} cut short ({} byte{}) could not be \
                     read and {} replaced by U+FFFD (�): at {}{}",
                    if n == 1 { "" } else { "s" },
                    foreign.cut_bytes,
                    if foreign.cut_bytes == 1 { "" } else { "s" },
                    if n == 1 { "was" } else { "were" },
                    places.join(", "),
                    if n > 3 { " and further on" } else { "" }
                ),
            ));
            cut_at.extend(foreign.cuts.iter().map(|&(_, at)| at));
        }
        return (text, UTF_8.name());
    }
    if let Some(page) = dos_page(&bytes[..bytes.len().min(DETECT_LIMIT)]) {
        diagnostics.push(Diagnostic::new(
            Severity::Info,
            "legacy-encoding",
            format!("the file is not UTF-8; it was read as {}", page.name),
        ));
        return (page.decode(bytes), page.name);
    }
    let encoding = guess_legacy(bytes);
    let (text, had_errors) = encoding.decode_without_bom_handling(bytes);
    if had_errors {
        diagnostics.push(replaced_bytes(encoding));
    } else {
        diagnostics.push(Diagnostic::new(
            Severity::Info,
            "legacy-encoding",
            format!("the file is not UTF-8; it was read as {}", encoding.name()),
        ));
    }
    (text.into_owned(), encoding.name())
}

/// The bytes of a mostly-UTF-8 file that are not UTF-8.
struct Foreign {
    /// How many single bytes there are, read as windows-1252.
    count: usize,
    /// The offset of the first of them.
    first: Option<usize>,
    /// The characters cut short (a first byte and some but not all of its continuation bytes,
    /// as where a program split the text between two pages or buffers): their offsets in the
    /// file and in the text, where each is one U+FFFD.
    cuts: Vec<(usize, usize)>,
    /// How many bytes the characters cut short had.
    cut_bytes: usize,
}

/// `bytes` decoded as UTF-8 with each byte that is not UTF-8 read as windows-1252, if more of
/// its non-ASCII characters are valid UTF-8 than not: a UTF-8 report with a paragraph pasted
/// from an older file. Decoding all of it with a legacy encoding would garble every UTF-8
/// character (`–` as `â€“`) to save a few. In legacy text, by contrast, a byte above 0x7F is
/// seldom followed by the continuation bytes UTF-8 asks for, so valid characters are rare.
///
/// A first byte with one or more of its continuation bytes but not all (`E2 82` of `€`) is a
/// UTF-8 character cut short, not two legacy characters (`â‚`): it counts for UTF-8 and
/// becomes one U+FFFD. So does a first byte alone right before a page break or at the end of
/// the file, where programs that write a text a page or a buffer at a time cut characters. A
/// byte alone elsewhere stays ambiguous (`C3` is `Ã`, `E0` is `à`).
fn mostly_utf8(bytes: &[u8]) -> Option<(String, Foreign)> {
    let (mut valid, mut foreign) = (0usize, 0usize);
    let mut offset = 0;
    for chunk in bytes.utf8_chunks() {
        valid += chunk.valid().bytes().filter(|b| b & 0xC0 == 0xC0).count();
        offset += chunk.valid().len() + chunk.invalid().len();
        if cut_short(chunk.invalid(), bytes.get(offset)) {
            valid += 1;
        } else {
            foreign += chunk.invalid().len();
        }
    }
    if valid <= foreign {
        return None;
    }
    let mut text = String::with_capacity(bytes.len() + foreign * 2);
    let mut found = Foreign {
        count: foreign,
        first: None,
        cuts: Vec::new(),
        cut_bytes: 0,
    };
    let mut offset = 0;
    for chunk in bytes.utf8_chunks() {
        text.push_str(chunk.valid());
        offset += chunk.valid().len();
        let invalid = chunk.invalid();
        if cut_short(invalid, bytes.get(offset + invalid.len())) {
            found.cuts.push((offset, text.len()));
            found.cut_bytes += invalid.len();
            text.push('\u{FFFD}');
        } else if !invalid.is_empty() {
            found.first.get_or_insert(offset);
            text.push_str(
                &encoding_rs::WINDOWS_1252
                    .decode_without_bom_handling(invalid)
                    .0,
            );
        }
        offset += invalid.len();
    }
    Some((text, found))
}

/// Whether `invalid`, bytes that are not UTF-8 followed by the byte `next`, is a UTF-8
/// character cut short (see [`mostly_utf8`]).
fn cut_short(invalid: &[u8], next: Option<&u8>) -> bool {
    match invalid {
        [] => false,
        [first] => matches!(first, 0xC2..=0xF4) && matches!(next, None | Some(0x0C)),
        _ => true,
    }
}

/// The line (from 1) of the byte at `offset`: lines end in `\n` or in `\r` alone.
fn line_of(bytes: &[u8], offset: usize) -> usize {
    let before = &bytes[..offset.min(bytes.len())];
    let lf = memchr::memchr_iter(b'\n', before).count();
    let cr_alone = memchr::memchr_iter(b'\r', before)
        .filter(|&i| before.get(i + 1) != Some(&b'\n'))
        .count();
    1 + lf + cr_alone
}

/// A file's bytes less the NUL bytes some programs pad it with after its text, and how many
/// those were. Only NULs that end the file, with none before them, are padding: a NUL inside
/// the text still marks a binary file, and UTF-16 (whose text has NUL bytes throughout) has its
/// padding taken off as characters after decoding.
fn without_nul_padding(bytes: &[u8]) -> (&[u8], usize) {
    if bytes.last() != Some(&0) {
        return (bytes, 0);
    }
    if matches!(Encoding::for_bom(bytes), Some((e, _)) if e != UTF_8) {
        return (bytes, 0);
    }
    let Some(end) = bytes.iter().rposition(|&b| b != 0).map(|i| i + 1) else {
        return (bytes, 0);
    };
    let body = &bytes[..end];
    if memchr::memchr(0, body).is_some() {
        return (bytes, 0);
    }
    (body, bytes.len() - end)
}

/// The warning for U+FFFD characters the text held before decoding (those at `cut_at`, which
/// decoding put in, left out): characters an earlier conversion lost.
fn replacement_characters(text: &str, cut_at: &[usize]) -> Option<Diagnostic> {
    // U+FFFD is `EF BF BD`; `EF` starts only characters from U+F000 on, rare in reports.
    memchr::memchr(0xEF, text.as_bytes())?;
    let found: Vec<usize> = memchr::memmem::find_iter(text.as_bytes(), "\u{FFFD}".as_bytes())
        .filter(|at| cut_at.binary_search(at).is_err())
        .collect();
    let &first = found.first()?;
    let n = found.len();
    Some(Diagnostic::new(
        Severity::Warning,
        "replacement-characters",
        format!(
            "the text holds {n} replacement character{} (�), the first on line {}: \
             characters an earlier conversion could not read, which cannot be restored",
            if n == 1 { "" } else { "s" },
            line_of(text.as_bytes(), first)
        ),
    ))
}

/// Restores the C1 control characters U+0080–U+009F as the windows-1252 characters of the same
/// bytes (`U+0093` as `“`): text in windows-1252 that a program read as Latin-1 and saved again.
/// A report means none of these controls; the five bytes windows-1252 leaves undefined become
/// spaces. Returns how many were restored. In UTF-8 a C1 control is `C2 80`…`C2 9F`, and `C2`
/// is rare in reports (no-break space, `°`), so a `memchr` for it is the cost on clean text.
fn restore_c1(text: &mut Cow<'_, str>) -> usize {
    let bytes = text.as_bytes();
    let is_c1 = |i: usize| matches!(bytes.get(i + 1), Some(0x80..=0x9F));
    if !memchr::memchr_iter(0xC2, bytes).any(is_c1) {
        return 0;
    }
    let mut count = 0;
    let restored: String = text
        .chars()
        .map(|c| {
            let code = c as u32;
            if !(0x80..=0x9F).contains(&code) {
                return c;
            }
            count += 1;
            let byte = [code as u8];
            let (decoded, _) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(&byte);
            match decoded.chars().next() {
                Some(d) if !(0x80..=0x9F).contains(&(d as u32)) => d,
                _ => ' ',
            }
        })
        .collect();
    *text = Cow::Owned(restored);
    count
}

/// Leaves out the byte order marks (U+FEFF) inside the text: files joined together (`cat a b`,
/// `copy a+b`) keep the second file's BOM, and a program may write a BOM twice. A report means
/// no zero-width no-break space; the mark at the start of a line begins the joined file, so
/// that line begins a paragraph (a blank line goes before it). Returns how many there were.
/// U+FEFF is `EF BB BF`, and `EF` is rare in reports, so a `memchr` for it is the cost on
/// clean text.
fn inner_boms(text: &mut Cow<'_, str>) -> usize {
    const BOM: &str = "\u{FEFF}";
    let bytes = text.as_bytes();
    if memchr::memchr(0xEF, bytes).is_none()
        || memchr::memmem::find(bytes, BOM.as_bytes()).is_none()
    {
        return 0;
    }
    let mut out = String::with_capacity(text.len());
    let mut count = 0;
    let mut rest: &str = text;
    while let Some(at) = rest.find(BOM) {
        let (before, after) = rest.split_at(at);
        out.push_str(before);
        count += 1;
        let line_start = out.is_empty() || out.ends_with(['\n', '\r']);
        if line_start && !out.is_empty() {
            let tail = &out[out.trim_end_matches(['\n', '\r']).len()..];
            let ends = tail.matches('\n').count() + tail.matches('\r').count()
                - tail.matches("\r\n").count();
            if ends < 2 {
                let end = if tail.ends_with("\r\n") {
                    "\r\n"
                } else if tail.ends_with('\r') {
                    "\r"
                } else {
                    "\n"
                };
                out.push_str(end);
            }
        }
        rest = &after[BOM.len()..];
    }
    out.push_str(rest);
    *text = Cow::Owned(out);
    count
}

/// A note on line ends that are not `\n` or `\r\n` throughout: `\r` alone (classic Mac OS),
/// or a mix of kinds (text pasted together from several files). The layout reads every kind as a
/// line end; the note says what it met. Text without `\r` costs one `memchr`.
fn line_ends(bytes: &[u8]) -> Option<Diagnostic> {
    memchr::memchr(b'\r', bytes)?;
    let (mut crlf, mut cr) = (0usize, 0usize);
    for i in memchr::memchr_iter(b'\r', bytes) {
        if bytes.get(i + 1) == Some(&b'\n') {
            crlf += 1;
        } else {
            cr += 1;
        }
    }
    let lf = memchr::memchr_iter(b'\n', bytes).count() - crlf;
    if cr > 0 && crlf == 0 && lf == 0 {
        return Some(Diagnostic::new(
            Severity::Info,
            "cr-line-ends",
            format!(
                "the lines end in a carriage return alone (CR, as classic Mac OS wrote them); \
                 all {cr} were read as line ends"
            ),
        ));
    }
    let kinds = [(crlf, "CRLF"), (lf, "LF"), (cr, "CR alone")];
    if kinds.iter().filter(|(n, _)| *n > 0).count() < 2 {
        return None;
    }
    let counts: Vec<String> = kinds
        .iter()
        .filter(|(n, _)| *n > 0)
        .map(|(n, kind)| format!("{n} {kind}"))
        .collect();
    Some(Diagnostic::new(
        Severity::Info,
        "mixed-line-ends",
        format!(
            "the file mixes line ends ({}), as text pasted together from several files does; \
             all were read as line ends",
            counts.join(", ")
        ),
    ))
}

fn guess_legacy(bytes: &[u8]) -> &'static Encoding {
    let sample = &bytes[..bytes.len().min(DETECT_LIMIT)];
    let mut detector = chardetng::EncodingDetector::new();
    detector.feed(sample, sample.len() == bytes.len());
    // Words of Dutch or English, which are ASCII in every legacy encoding, say the text is
    // western European: told so (by a western top-level domain), chardetng no longer takes a
    // Dutch letter's few `ï`, `ë` and `€` for Baltic or Central European letters, yet still
    // follows strong evidence for another encoding.
    let western = !matches!(
        crate::metadata::language(&String::from_utf8_lossy(sample)),
        Language::Unknown
    );
    let guess = detector.guess(western.then_some(b"nl".as_slice()), true);
    // `guess` never returns UTF-16; a UTF-8 guess for invalid UTF-8 means "western text with a
    // few bad bytes", for which windows-1252 decodes every byte.
    let guess = if guess == UTF_8 {
        encoding_rs::WINDOWS_1252
    } else {
        guess
    };
    // A Dutch or English text written on a Central European computer (windows-1250, ISO
    // 8859-2) has its own words in ASCII and only its names in other letters (`Łukasz
    // Wiśniewski`, `Dvořák`): too little for chardetng against the western hint. Its
    // guess without the hint wins when the text's words show it: a byte inside a word that is
    // a letter in that encoding but no letter in windows-1252 (`£ukasz`, `Wiœniewski` is
    // `œ` either way), and no byte the other way round.
    if western && guess == encoding_rs::WINDOWS_1252 && mac_roman(sample) {
        return encoding_rs::MACINTOSH;
    }
    if guess == encoding_rs::WINDOWS_1252 && latin9(sample) {
        return encoding_rs::ISO_8859_15;
    }
    if western && guess == encoding_rs::WINDOWS_1252 {
        let unhinted = detector.guess(None, true);
        if (unhinted == encoding_rs::WINDOWS_1250 || unhinted == encoding_rs::ISO_8859_2)
            && letters_only_in(sample, unhinted)
        {
            return unhinted;
        }
    }
    guess
}

/// Whether western text that looks like windows-1252 was written on an older Mac, in Mac OS
/// Roman (`macintosh`), which chardetng does not know: there `é` is 0x8E (`Ž` in windows-1252),
/// `è` 0x8F (no character at all), `ø` 0xBF (`¿`) and `’` 0xD5 (`Õ`). A byte above 0x7F between
/// a letter and a lower-case letter is inside a word, where it should read as a lower-case
/// letter or an apostrophe; Mac OS Roman wins when windows-1252 reads at least two such bytes
/// as something else and Mac OS Roman reads four times fewer so. Real windows-1252 text has
/// no such byte, as its `é` (0xE9) is `È` on a Mac.
fn mac_roman(sample: &[u8]) -> bool {
    let fits = |encoding: &'static Encoding| {
        let mut table = [false; 128];
        for (i, fits) in table.iter_mut().enumerate() {
            let byte = [0x80 + i as u8];
            let (text, _, _) = encoding.decode(&byte);
            *fits = text
                .chars()
                .next()
                .is_some_and(|c| c.is_lowercase() || c == '\u{2019}');
        }
        table
    };
    let mut windows = None;
    let mut mac = None;
    let (mut windows_odd, mut mac_odd) = (0usize, 0usize);
    for w in sample.windows(3) {
        if w[1] < 0x80 || !w[0].is_ascii_alphabetic() || !w[2].is_ascii_lowercase() {
            continue;
        }
        let k = usize::from(w[1] - 0x80);
        if !windows.get_or_insert_with(|| fits(encoding_rs::WINDOWS_1252))[k] {
            windows_odd += 1;
        }
        if !mac.get_or_insert_with(|| fits(encoding_rs::MACINTOSH))[k] {
            mac_odd += 1;
        }
    }
    windows_odd >= 2 && mac_odd * 4 < windows_odd
}

/// Whether text that looks like windows-1252 (or Latin-1) is ISO 8859-15 (Latin-9), which
/// puts `€` at 0xA4 (`¤` in windows-1252), `Š š Ž ž Œ œ Ÿ` at 0xA6, 0xA8, 0xB4, 0xB8, 0xBC,
/// 0xBD and 0xBE (`¦ ¨ ´ ¸ ¼ ½ ¾`), and has no character at 0x80–0x9F, where windows-1252
/// has its quotes, dashes and `€`: a sample with any of those bytes is windows-1252. Else
/// Latin-9 wins on two pieces of evidence: 0xA4 beside a number (`¤ 1,2 miljard`), a small
/// letter's byte beside an ASCII letter (`Vrhov¨ek`, `C½ur`), a capital's at the start of a
/// word before two small letters (`´iga`; `´t` and `´s-Gravenhage` write an apostrophe).
fn latin9(sample: &[u8]) -> bool {
    if !sample.iter().any(|&b| matches!(b, 0xA4..=0xBE))
        || sample.iter().any(|&b| matches!(b, 0x80..=0x9F))
    {
        return false;
    }
    let letter = |k: Option<&u8>| k.is_some_and(u8::is_ascii_alphabetic);
    let small = |k: Option<&u8>| k.is_some_and(|&c| c.is_ascii_lowercase() || c >= 0xDF);
    let digit = |k: Option<&u8>| k.is_some_and(u8::is_ascii_digit);
    let mut evidence = 0usize;
    for (i, &b) in sample.iter().enumerate() {
        let before = i.checked_sub(1).and_then(|k| sample.get(k));
        let after = sample.get(i + 1);
        let fits = match b {
            0xA4 => {
                let spaced = |k: Option<&u8>| k == Some(&b' ');
                digit(after)
                    || digit(before)
                    || (spaced(after) && digit(sample.get(i + 2)))
                    || (spaced(before) && digit(i.checked_sub(2).and_then(|k| sample.get(k))))
            }
            0xA8 | 0xB8 | 0xBD => letter(before) || letter(after),
            0xA6 | 0xB4 | 0xBC | 0xBE => {
                !letter(before) && small(after) && small(sample.get(i + 2))
            }
            _ => false,
        };
        evidence += usize::from(fits);
        if evidence >= 2 {
            return true;
        }
    }
    false
}

/// The DOS code page western text was written in, if it was: a byte above 0x7F between a letter
/// and a lower-case letter should read as a lower-case letter (as in [`mac_roman`]), and DOS's
/// `é` (0x82), `ë` (0x89) and `ü` (0x81) are punctuation or nothing in windows-1252 and upper
/// case on a Mac. DOS wins when windows-1252 reads at least two such bytes as something else
/// and DOS four times fewer, fewer than Mac OS Roman too; or when two lines or more begin and
/// end in a box-drawing character (the borders and rows of a table drawn in DOS, `ÚÄÄ¿` and
/// `³ x ³` in windows-1252), with no more odd bytes in words than windows-1252 reads. Of the
/// two pages, 850 is taken when more bytes beside a letter are letters only in 850 (`ø`, `Á`,
/// `ã`) than only in 437 (its Greek), else 437.
fn dos_page(sample: &[u8]) -> Option<&'static dos::DosPage> {
    let lower = |c: char| c.is_lowercase() || c == '\u{2019}';
    let fits = |encoding: &'static Encoding| {
        let mut table = [false; 128];
        for (i, fits) in table.iter_mut().enumerate() {
            let byte = [0x80 + i as u8];
            let (text, _, _) = encoding.decode(&byte);
            *fits = text.chars().next().is_some_and(lower);
        }
        table
    };
    let mut tables = None;
    let (mut windows_odd, mut mac_odd, mut dos_odd) = (0usize, 0usize, 0usize);
    for w in sample.windows(3) {
        if w[1] < 0x80 || !w[0].is_ascii_alphabetic() || !w[2].is_ascii_lowercase() {
            continue;
        }
        let (windows, mac) = tables.get_or_insert_with(|| {
            (
                fits(encoding_rs::WINDOWS_1252),
                fits(encoding_rs::MACINTOSH),
            )
        });
        let k = usize::from(w[1] - 0x80);
        windows_odd += usize::from(!windows[k]);
        mac_odd += usize::from(!mac[k]);
        dos_odd += usize::from(!lower(dos::CP850.char(w[1])));
    }
    let in_words = windows_odd >= 2 && dos_odd * 4 < windows_odd && dos_odd < mac_odd;
    let boxed = || {
        let is_box = |b: u8| (0xB3..=0xDA).contains(&b);
        sample
            .split(|&b| b == b'\n' || b == b'\r')
            .filter(|line| {
                let line = line.trim_ascii();
                line.len() >= 3 && is_box(line[0]) && is_box(line[line.len() - 1])
            })
            .nth(1)
            .is_some()
    };
    if !(in_words || dos_odd <= windows_odd && boxed()) {
        return None;
    }
    if matches!(
        crate::metadata::language(&String::from_utf8_lossy(sample)),
        Language::Unknown
    ) {
        return None;
    }
    let (mut only_850, mut only_437) = (0usize, 0usize);
    for (i, &b) in sample.iter().enumerate() {
        let beside_letter = |k: Option<usize>| {
            k.and_then(|k| sample.get(k))
                .is_some_and(u8::is_ascii_alphabetic)
        };
        if b < 0x80 || !(beside_letter(i.checked_sub(1)) || beside_letter(Some(i + 1))) {
            continue;
        }
        match (
            dos::CP850.char(b).is_alphabetic(),
            dos::CP437.char(b).is_alphabetic(),
        ) {
            (true, false) => only_850 += 1,
            (false, true) => only_437 += 1,
            _ => {}
        }
    }
    Some(if only_850 > only_437 {
        &dos::CP850
    } else {
        &dos::CP437
    })
}

/// Whether, in words, some bytes of `sample` are letters in `encoding` but not in
/// windows-1252, and none is a letter in windows-1252 but not in `encoding`.
fn letters_only_in(sample: &[u8], encoding: &'static Encoding) -> bool {
    let letter = |encoding: &'static Encoding, b: u8| {
        let byte = [b];
        let (text, _, _) = encoding.decode(&byte);
        text.chars().next().is_some_and(char::is_alphabetic)
    };
    let mut theirs = 0usize;
    for (i, &b) in sample.iter().enumerate() {
        if b < 0x80 {
            continue;
        }
        // In a word: a letter or another such byte on one side.
        let wordy = |k: Option<&u8>| k.is_some_and(|&c| c.is_ascii_alphabetic() || c >= 0x80);
        if !wordy(i.checked_sub(1).and_then(|k| sample.get(k))) && !wordy(sample.get(i + 1)) {
            continue;
        }
        match (letter(encoding, b), letter(encoding_rs::WINDOWS_1252, b)) {
            (true, false) => theirs += 1,
            (false, true) => return false,
            _ => {}
        }
    }
    theirs > 0
}

/// Where UTF-16 text `body` ends and UTF-8 appended to it begins, if it does: a program that
/// added a note or a paragraph to a UTF-16 file in its own encoding. UTF-16 of Latin text has
/// a NUL in every other byte; the tail after the last of them (on the high byte's side) holds
/// none, is valid UTF-8 with at least 16 bytes and a letter or two, and read as UTF-16 would be
/// Chinese characters. Text with no such tail costs a backwards search for the last NUL.
fn utf8_tail(body: &[u8], encoding: &'static Encoding) -> Option<usize> {
    let high = if encoding == UTF_16LE {
        1
    } else if encoding == UTF_16BE {
        0
    } else {
        return None;
    };
    let last = memchr::memrchr(0, body)?;
    // A NUL on the high byte's side ends its code unit: the tail starts after that unit.
    let cut = if last % 2 == high {
        last + 2 - high
    } else {
        return None;
    };
    // The code unit right after the last NUL may hold a character with no NUL (`ł`, `€`):
    // UTF-8 starts only where the rest is valid UTF-8, with spaces or line ends in it.
    let tail = body.get(cut..)?;
    if tail.len() < 16 || cut < 64 || tail.len() > body.len() / 2 {
        return None;
    }
    let text = std::str::from_utf8(tail).ok()?;
    (text.bytes().filter(|&b| b == b' ' || b == b'\n').count() >= 2
        && text.chars().filter(|c| c.is_alphabetic()).count() * 2 >= text.chars().count())
    .then_some(cut)
}

/// Recognises UTF-16 without a BOM: mostly-ASCII text has a NUL in every other byte, all on one
/// side. Needs at least a quarter of the sampled bytes to be NULs, 95% of them on one parity.
fn bomless_utf16(bytes: &[u8]) -> Option<&'static Encoding> {
    if bytes.len() < 4 || bytes.len() & 1 == 1 {
        return None;
    }
    let sample = &bytes[..bytes.len().min(UTF16_SAMPLE)];
    let (mut even, mut odd) = (0usize, 0usize);
    for (i, &b) in sample.iter().enumerate() {
        if b == 0 {
            if i % 2 == 0 {
                even += 1;
            } else {
                odd += 1;
            }
        }
    }
    let total = even + odd;
    if total * 4 < sample.len() {
        return None;
    }
    if odd * 100 >= total * 95 {
        Some(UTF_16LE)
    } else if even * 100 >= total * 95 {
        Some(UTF_16BE)
    } else {
        None
    }
}

/// A C0 control character that carries no meaning for us (NUL among them).
fn is_noise(b: u8) -> bool {
    matches!(b, 0x00..=0x08 | 0x0E..=0x1F)
}

/// Replaces C0 control characters that carry no meaning for us by spaces, byte for byte.
///
/// Tab, line feed, vertical tab, form feed and carriage return are kept: the layout stage reads
/// them as white space, line ends and page breaks.
fn scrub_controls(text: &mut Cow<'_, str>, diagnostics: &mut Vec<Diagnostic>) {
    // Fold over fixed chunks so the compiler can vectorise the common case of no noise at all.
    let noisy = text
        .as_bytes()
        .chunks(64)
        .any(|chunk| chunk.iter().fold(false, |acc, &b| acc | is_noise(b)));
    if !noisy {
        return;
    }
    let mut count = 0usize;
    let scrubbed: String = text
        .chars()
        .map(|c| {
            if c.is_ascii() && is_noise(c as u8) {
                count += 1;
                ' '
            } else {
                c
            }
        })
        .collect();
    *text = Cow::Owned(scrubbed);
    diagnostics.push(Diagnostic::new(
        Severity::Info,
        "control-characters",
        format!("{count} control characters were replaced by spaces"),
    ));
}

#[cfg(test)]
mod tests {
    use super::*;

    /// UTF-8 validated in parts agrees with one `str::from_utf8`, with characters of every
    /// length (and broken ones) placed across the cut between two parts.
    #[test]
    fn utf8_in_parts_agrees_with_from_utf8() {
        let pieces: [&[u8]; 8] = [
            "é".as_bytes(),
            "€".as_bytes(),
            "𝄞".as_bytes(),
            b"\xE2\x82",
            b"\x82",
            b"\x82\x82\x82\x82",
            b"\xF0\x9D\x84",
            b"\xFF",
        ];
        for len in [0, 1, UTF8_PART - 5, UTF8_PART, 2 * UTF8_PART + 7] {
            for piece in pieces {
                for at in UTF8_PART.saturating_sub(4)..UTF8_PART + 2 {
                    let mut bytes = vec![b'a'; len];
                    let at = at.min(bytes.len());
                    bytes.splice(at..at, piece.iter().copied());
                    let expected = std::str::from_utf8(&bytes).ok().map(str::to_string);
                    assert_eq!(utf8_in_parts(&bytes), expected, "len {len}, at {at}");
                }
            }
        }
    }

    /// The control-character test as `scrub_controls` made it before decoding checked the input
    /// once up front: the reference.
    fn noisy_by_fold(bytes: &[u8]) -> bool {
        let is_noise = |b: u8| b < 0x20 && !matches!(b, b'\t' | b'\n' | 0x0B | 0x0C | b'\r');
        bytes
            .chunks(64)
            .any(|chunk| chunk.iter().fold(false, |acc, &b| acc | is_noise(b)))
    }

    #[test]
    fn block_check_finds_the_control_characters_the_fold_finds() {
        let mut inputs: Vec<Vec<u8>> = (0..=255u8).map(|b| vec![b]).collect();
        let mut seed = 13u64;
        for len in [0usize, 1, 63, 64, 65, 130, 1000] {
            for _ in 0..50 {
                let bytes: Vec<u8> = (0..len)
                    .map(|_| {
                        seed = seed
                            .wrapping_mul(6364136223846793005)
                            .wrapping_add(1442695040888963407);
                        // Mostly text, now and then a control character or a high byte.
                        match seed >> 59 {
                            0 => (seed >> 40) as u8 & 0x1F,
                            1 => 0x80 | (seed >> 40) as u8,
                            _ => b'a' + (seed >> 40) as u8 % 26,
                        }
                    })
                    .collect();
                inputs.push(bytes);
            }
        }
        for bytes in &inputs {
            let block = crate::layout::scan::any_in_ranges(bytes, (0x00, 0x08), (0x0E, 0x1F));
            assert_eq!(block, noisy_by_fold(bytes), "{bytes:?}");
            assert_eq!(bytes.iter().any(|&b| is_noise(b)), noisy_by_fold(bytes));
        }
    }
}
