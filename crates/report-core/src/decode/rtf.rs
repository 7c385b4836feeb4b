//! Rich Text Format left in a text: a `.rtf` file saved or pasted as plain text, or the output
//! of a converter that stopped half way (`Geachte voorzitter,\par`, `Indonesi\'eb`,
//! `\ldblquote …\rdblquote`, `{\rtf1\ansi{\fonttbl…}}`). Its control words are read as the
//! characters and line ends they stand for, its tables of fonts, colours and styles left out.

use encoding_rs::Encoding;

/// How many control words that only RTF writes (`\par` at a line's end, `\'e9`, `\ldblquote`)
/// a text needs, beside an opening `{\rtf`, to be read as RTF.
const MIN_MARKS: usize = 3;

/// The text `text` stands for when it is RTF or holds RTF's leftovers: it opens with `{\rtf`, or
/// has at least [`MIN_MARKS`] of `\par` ending a line, `\'hh` escapes or RTF's quotes and dashes.
/// `None` for any other text, which costs a search for a backslash.
pub(super) fn unrtf(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let first = memchr::memchr(b'\\', bytes)?;
    let opens = bytes[..first]
        .iter()
        .all(|b| b.is_ascii_whitespace() || *b == b'{')
        && bytes[first..].starts_with(b"\\rtf");
    if !opens && marks(bytes, first) < MIN_MARKS {
        return None;
    }
    Some(Reader::new(text).read())
}

/// How many RTF marks stand in `bytes` from `from` on, counted up to [`MIN_MARKS`].
fn marks(bytes: &[u8], from: usize) -> usize {
    let mut n = 0;
    for i in memchr::memchr_iter(b'\\', &bytes[from..]).map(|i| i + from) {
        let rest = &bytes[i + 1..];
        let word_len = rest.iter().take_while(|b| b.is_ascii_alphabetic()).count();
        let word = &rest[..word_len];
        let after = rest.get(word_len).copied();
        let delimited = !after.is_some_and(|b| b.is_ascii_alphanumeric());
        let mark = match word {
            b"" => {
                rest.first() == Some(&b'\'')
                    && rest.len() >= 3
                    && rest[1].is_ascii_hexdigit()
                    && rest[2].is_ascii_hexdigit()
            }
            // `\par` closing its line: `C:\parlement` is a path.
            b"par" => {
                matches!(after, None | Some(b'\n' | b'\r' | b'\\' | b'}'))
                    || after == Some(b' ')
                        && matches!(rest.get(word_len + 1), None | Some(b'\n' | b'\r'))
            }
            b"ldblquote" | b"rdblquote" | b"lquote" | b"rquote" | b"emdash" | b"endash"
            | b"pard" | b"fonttbl" | b"colortbl" => delimited,
            _ => false,
        };
        n += usize::from(mark);
        if n >= MIN_MARKS {
            break;
        }
    }
    n
}

/// The destinations whose group holds no text of the document.
const SKIPPED: &[&[u8]] = &[
    b"fonttbl",
    b"colortbl",
    b"stylesheet",
    b"info",
    b"pict",
    b"header",
    b"footer",
    b"headerl",
    b"headerr",
    b"footerl",
    b"footerr",
    b"listtable",
    b"listoverridetable",
    b"rsidtbl",
    b"generator",
    b"themedata",
    b"latentstyles",
    b"xmlnstbl",
    b"datastore",
    b"filetbl",
    b"revtbl",
    b"object",
];

struct Reader<'a> {
    text: &'a str,
    bytes: &'a [u8],
    out: String,
    /// The code page of `\'hh` escapes (`\ansicpg1250`); windows-1252 unless the text names one.
    encoding: &'static Encoding,
    /// How many characters after a `\uN` stand in for it in older readers (`\ucN`, 1 unless set).
    uc: usize,
    /// Whether the last thing written was a `\par`'s line end: the text's own line end after it
    /// is left out.
    after_par: bool,
}

impl<'a> Reader<'a> {
    fn new(text: &'a str) -> Self {
        Reader {
            text,
            bytes: text.as_bytes(),
            out: String::with_capacity(text.len()),
            encoding: encoding_rs::WINDOWS_1252,
            uc: 1,
            after_par: false,
        }
    }

    fn read(mut self) -> String {
        let mut i = 0;
        let mut plain = 0;
        while i < self.bytes.len() {
            let b = self.bytes[i];
            if !matches!(b, b'\\' | b'{' | b'}' | b'\n' | b'\r') {
                i += 1;
                continue;
            }
            self.push_plain(plain, i);
            i = match b {
                b'\\' => self.control(i),
                b'{' => self.group(i),
                b'}' => i + 1,
                _ => {
                    if !self.after_par {
                        self.out.push(b as char);
                    }
                    i + 1
                }
            };
            plain = i;
        }
        self.push_plain(plain, self.bytes.len());
        // A closing brace on its own last line leaves an empty line behind.
        let kept = self.out.trim_end_matches([' ', '\n', '\r']).len();
        self.out.truncate(kept);
        // So do the lines of the header's tables.
        let lead = self.out.len() - self.out.trim_start_matches([' ', '\n', '\r']).len();
        self.out.drain(..lead);
        self.out
    }

    fn push_plain(&mut self, from: usize, to: usize) {
        if from < to {
            self.out.push_str(&self.text[from..to]);
            self.after_par = false;
        }
    }

    /// Reads the group opening at `i`: the end of a destination that holds no text, else `i + 1`.
    fn group(&self, i: usize) -> usize {
        let rest = &self.bytes[i + 1..];
        let (starred, rest) = match rest.strip_prefix(b"\\*") {
            Some(rest) => (true, rest),
            None => (false, rest),
        };
        let word = rest
            .strip_prefix(b"\\")
            .map(|r| &r[..r.iter().take_while(|b| b.is_ascii_alphabetic()).count()]);
        if !starred && !word.is_some_and(|w| SKIPPED.contains(&w)) {
            return i + 1;
        }
        // Skip to the matching brace.
        let mut depth = 0usize;
        let mut j = i;
        while j < self.bytes.len() {
            match self.bytes[j] {
                b'\\' => j += 1,
                b'{' => depth += 1,
                b'}' => {
                    depth -= 1;
                    if depth == 0 {
                        return j + 1;
                    }
                }
                _ => {}
            }
            j += 1;
        }
        self.bytes.len()
    }

    /// Reads the control word or symbol at `i` and returns where the text goes on.
    fn control(&mut self, i: usize) -> usize {
        let bytes = self.bytes;
        let Some(&next) = bytes.get(i + 1) else {
            return i + 1;
        };
        match next {
            b'\\' | b'{' | b'}' => {
                self.push_char(next as char);
                return i + 2;
            }
            b'\'' => {
                let hex = bytes
                    .get(i + 2..i + 4)
                    .and_then(|h| std::str::from_utf8(h).ok())
                    .and_then(|h| u8::from_str_radix(h, 16).ok());
                return match hex {
                    Some(byte) => {
                        let one = [byte];
                        let (c, _) = self.encoding.decode_without_bom_handling(&one);
                        let c = c.into_owned();
                        self.push_str(&c);
                        i + 4
                    }
                    None => i + 2,
                };
            }
            b'~' => {
                self.push_char('\u{a0}');
                return i + 2;
            }
            b'_' => {
                self.push_char('-');
                return i + 2;
            }
            b'-' | b'*' | b'|' | b':' => return i + 2,
            // A line end after a backslash is a `\par`.
            b'\n' | b'\r' => {
                self.par();
                return i + 2;
            }
            _ if !next.is_ascii_alphabetic() => {
                self.push_char('\\');
                return i + 1;
            }
            _ => {}
        }
        let start = i + 1;
        let mut j = start;
        while j < bytes.len() && bytes[j].is_ascii_alphabetic() {
            j += 1;
        }
        let word = &bytes[start..j];
        let num_start = j;
        if bytes.get(j) == Some(&b'-') {
            j += 1;
        }
        while j < bytes.len() && bytes[j].is_ascii_digit() {
            j += 1;
        }
        let number = std::str::from_utf8(&bytes[num_start..j])
            .ok()
            .and_then(|n| n.parse::<i64>().ok());
        // One space after a control word delimits it and is no text.
        if bytes.get(j) == Some(&b' ') {
            j += 1;
        }
        match word {
            b"par" | b"line" | b"sect" | b"page" | b"row" => self.par(),
            b"tab" | b"cell" => self.push_char('\t'),
            b"emdash" => self.push_char('—'),
            b"endash" => self.push_char('–'),
            b"bullet" => self.push_char('•'),
            b"lquote" => self.push_char('‘'),
            b"rquote" => self.push_char('’'),
            b"ldblquote" => self.push_char('“'),
            b"rdblquote" => self.push_char('”'),
            b"emspace" | b"enspace" | b"qmspace" => self.push_char(' '),
            b"uc" => self.uc = number.map_or(1, |n| n.clamp(0, 4) as usize),
            b"ansicpg" => {
                if let Some(encoding) = number
                    .filter(|n| (1250..=1258).contains(n))
                    .and_then(|n| Encoding::for_label(format!("windows-{n}").as_bytes()))
                {
                    self.encoding = encoding;
                }
            }
            b"u" => {
                if let Some(n) = number {
                    let n = if n < 0 { n + 65536 } else { n };
                    if let Some(c) = u32::try_from(n).ok().and_then(char::from_u32) {
                        self.push_char(c);
                    }
                    j = self.skip_fallback(j);
                }
            }
            _ => {}
        }
        j
    }

    /// Skips the [`Self::uc`] characters after a `\uN` that stand in for it: a character or a
    /// `\'hh` escape each.
    fn skip_fallback(&self, mut j: usize) -> usize {
        for _ in 0..self.uc {
            match self.bytes.get(j) {
                Some(b'\\') if self.bytes.get(j + 1) == Some(&b'\'') => j += 4,
                Some(b'\\' | b'{' | b'}') | None => break,
                Some(_) => {
                    j += self.text[j..].chars().next().map_or(1, char::len_utf8);
                }
            }
        }
        j.min(self.bytes.len())
    }

    fn par(&mut self) {
        self.out.push('\n');
        self.after_par = true;
    }

    fn push_char(&mut self, c: char) {
        self.out.push(c);
        self.after_par = false;
    }

    fn push_str(&mut self, s: &str) {
        self.out.push_str(s);
        self.after_par = false;
    }
}
