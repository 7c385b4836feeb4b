//! Quoted-printable left in a text: an e-mail's body saved or pasted as it travelled
//! (`Minist=C3=A9rie`, lines cut at 76 characters with a soft break `=` at their end), and its
//! header's encoded words (`=?UTF-8?Q?Verslag_Raad?=`).

/// How many escapes of a byte above 0x7F (`=C3`, `=E9`) a text needs, beside a soft line break
/// or the header that names the transfer encoding, to be read as quoted-printable.
const MIN_ESCAPES: usize = 3;

/// The bytes `bytes` stand for, when they are quoted-printable: 7-bit text with at least
/// [`MIN_ESCAPES`] escapes of high bytes and either a soft line break or a
/// `Content-Transfer-Encoding: quoted-printable` header. `None` for any other text, which costs
/// an ASCII check and, for ASCII text, a search for `=`.
pub(super) fn unquote(bytes: &[u8]) -> Option<Vec<u8>> {
    if !bytes.is_ascii() {
        return None;
    }
    let mut escapes = 0;
    let mut soft = false;
    for i in memchr::memchr_iter(b'=', bytes) {
        match (bytes.get(i + 1), bytes.get(i + 2)) {
            (Some(b'\n'), _) | (Some(b'\r'), Some(b'\n')) => soft = true,
            (Some(&a), Some(&b)) if high_hex(a) && hex(b).is_some() => escapes += 1,
            _ => {}
        }
        if soft && escapes >= MIN_ESCAPES {
            break;
        }
    }
    let named = || {
        memchr::memmem::find_iter(bytes, b"quoted-printable")
            .next()
            .is_some_and(|at| {
                let line_start = bytes[..at]
                    .iter()
                    .rposition(|&b| b == b'\n')
                    .map_or(0, |p| p + 1);
                bytes[line_start..at]
                    .to_ascii_lowercase()
                    .starts_with(b"content-transfer-encoding:")
            })
    };
    if escapes < MIN_ESCAPES || !(soft || named()) {
        return None;
    }
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b != b'=' {
            out.push(b);
            i += 1;
            continue;
        }
        match (bytes.get(i + 1), bytes.get(i + 2)) {
            // A soft line break: the line goes on.
            (Some(b'\n'), _) => i += 2,
            (Some(b'\r'), Some(b'\n')) => i += 3,
            (Some(&a), Some(&c)) if hex(a).is_some() && hex(c).is_some() => {
                out.push(hex(a).unwrap_or(0) << 4 | hex(c).unwrap_or(0));
                i += 3;
            }
            (Some(b'?'), _) => match encoded_word(&bytes[i..]) {
                Some((len, word)) => {
                    out.extend_from_slice(&word);
                    i += len;
                }
                None => {
                    out.push(b);
                    i += 1;
                }
            },
            _ => {
                out.push(b);
                i += 1;
            }
        }
    }
    Some(out)
}

/// A header's encoded word in the Q encoding at the start of `s` (`=?UTF-8?Q?Verslag_Raad?=`):
/// its length and its bytes (an underscore is a space). The charset is the text's own.
fn encoded_word(s: &[u8]) -> Option<(usize, Vec<u8>)> {
    let line = &s[..memchr::memchr(b'\n', s).unwrap_or(s.len()).min(200)];
    let charset_end = 2 + memchr::memchr(b'?', &line[2..])?;
    let kind = line.get(charset_end + 1..charset_end + 3)?;
    if !kind.eq_ignore_ascii_case(b"q?") {
        return None;
    }
    let body_start = charset_end + 3;
    let body_len = memchr::memmem::find(&line[body_start..], b"?=")?;
    let body = &line[body_start..body_start + body_len];
    let mut word = Vec::with_capacity(body.len());
    let mut k = 0;
    while k < body.len() {
        match body[k] {
            b'_' => word.push(b' '),
            b'=' => {
                let (a, c) = (hex(*body.get(k + 1)?)?, hex(*body.get(k + 2)?)?);
                word.push(a << 4 | c);
                k += 2;
            }
            b => word.push(b),
        }
        k += 1;
    }
    Some((body_start + body_len + 2, word))
}

/// The value of an upper-case hex digit.
fn hex(b: u8) -> Option<u8> {
    match b {
        b'0'..=b'9' => Some(b - b'0'),
        b'A'..=b'F' => Some(b - b'A' + 10),
        _ => None,
    }
}

/// Whether `b` is the first hex digit of a byte above 0x7F.
fn high_hex(b: u8) -> bool {
    matches!(b, b'8'..=b'9' | b'A'..=b'F')
}
