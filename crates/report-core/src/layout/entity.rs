//! HTML character references left in a text (`&eacute;`, `&#8217;`, `&#x2013;`, `&nbsp;`), as
//! a web page copied as text or a converter that escaped its output leaves them. The layout
//! copies each as the character it stands for, mapping that character to the reference's `&`
//! (`Builder::copy_mended`), so names (`Wr&oacute;blewska`), quotes and dates read as written
//! and every range still points into the source.

/// The longest reference read: `&#1114111;` and the longest name below.
const MAX_LEN: usize = 10;

/// The named references read: Latin-1 letters and the punctuation that editors and converters
/// escape. A name not listed stays as written.
const NAMED: &[(&str, char)] = &[
    ("nbsp", ' '),
    // A soft hyphen: the layout leaves it out, as it does the character itself.
    ("shy", '\u{AD}'),
    ("amp", '&'),
    ("quot", '"'),
    ("apos", '\''),
    ("lt", '<'),
    ("gt", '>'),
    ("lsquo", '‘'),
    ("rsquo", '’'),
    ("sbquo", '‚'),
    ("ldquo", '“'),
    ("rdquo", '”'),
    ("bdquo", '„'),
    ("laquo", '«'),
    ("raquo", '»'),
    ("ndash", '–'),
    ("mdash", '—'),
    ("hellip", '…'),
    ("middot", '·'),
    ("bull", '•'),
    ("euro", '€'),
    ("pound", '£'),
    ("sect", '§'),
    ("deg", '°'),
    ("copy", '©'),
    ("reg", '®'),
    ("trade", '™'),
    ("times", '×'),
    ("frac12", '½'),
    ("szlig", 'ß'),
    ("aacute", 'á'),
    ("eacute", 'é'),
    ("iacute", 'í'),
    ("oacute", 'ó'),
    ("uacute", 'ú'),
    ("yacute", 'ý'),
    ("Aacute", 'Á'),
    ("Eacute", 'É'),
    ("Iacute", 'Í'),
    ("Oacute", 'Ó'),
    ("Uacute", 'Ú'),
    ("Yacute", 'Ý'),
    ("agrave", 'à'),
    ("egrave", 'è'),
    ("igrave", 'ì'),
    ("ograve", 'ò'),
    ("ugrave", 'ù'),
    ("Agrave", 'À'),
    ("Egrave", 'È'),
    ("Igrave", 'Ì'),
    ("Ograve", 'Ò'),
    ("Ugrave", 'Ù'),
    ("acirc", 'â'),
    ("ecirc", 'ê'),
    ("icirc", 'î'),
    ("ocirc", 'ô'),
    ("ucirc", 'û'),
    ("Acirc", 'Â'),
    ("Ecirc", 'Ê'),
    ("Icirc", 'Î'),
    ("Ocirc", 'Ô'),
    ("Ucirc", 'Û'),
    ("auml", 'ä'),
    ("euml", 'ë'),
    ("iuml", 'ï'),
    ("ouml", 'ö'),
    ("uuml", 'ü'),
    ("yuml", 'ÿ'),
    ("Auml", 'Ä'),
    ("Euml", 'Ë'),
    ("Iuml", 'Ï'),
    ("Ouml", 'Ö'),
    ("Uuml", 'Ü'),
    ("atilde", 'ã'),
    ("ntilde", 'ñ'),
    ("otilde", 'õ'),
    ("Atilde", 'Ã'),
    ("Ntilde", 'Ñ'),
    ("Otilde", 'Õ'),
    ("ccedil", 'ç'),
    ("Ccedil", 'Ç'),
    ("aring", 'å'),
    ("Aring", 'Å'),
    ("aelig", 'æ'),
    ("AElig", 'Æ'),
    ("oslash", 'ø'),
    ("Oslash", 'Ø'),
    ("eth", 'ð'),
    ("thorn", 'þ'),
    ("scaron", 'š'),
    ("Scaron", 'Š'),
    ("zcaron", 'ž'),
    ("Zcaron", 'Ž'),
    ("oelig", 'œ'),
    ("OElig", 'Œ'),
    ("iexcl", '¡'),
    ("iquest", '¿'),
    ("ordm", 'º'),
    ("ordf", 'ª'),
];

/// The character the reference at the start of `bytes` stands for, and the reference's length
/// in bytes; `None` if `bytes` opens on none (a bare `&`, `AT&T`, an unknown name).
pub(crate) fn at(bytes: &[u8]) -> Option<(char, usize)> {
    let head = &bytes[..bytes.len().min(MAX_LEN + 1)];
    let semi = memchr::memchr(b';', head)?;
    let body = &head[1..semi];
    // Escaped twice (`&amp;eacute;`, `&amp;#8217;`), as a converter that escaped text with
    // references in it writes: the inner reference's character, the whole read as one.
    if body == b"amp" {
        let rest = &bytes[semi + 1..];
        if rest
            .first()
            .is_some_and(|&b| b.is_ascii_alphanumeric() || b == b'#')
        {
            let mut inner = [b'&'; MAX_LEN + 1];
            let n = rest.len().min(MAX_LEN);
            inner[1..=n].copy_from_slice(&rest[..n]);
            if let Some((c, len)) = at(&inner[..=n]).filter(|&(c, _)| c != '&') {
                return Some((c, semi + len));
            }
        }
    }
    let c = match body {
        [b'#', b'x' | b'X', hex @ ..] if !hex.is_empty() && hex.len() <= 6 => {
            let s = std::str::from_utf8(hex).ok()?;
            numeric(u32::from_str_radix(s, 16).ok()?)?
        }
        [b'#', dec @ ..] if !dec.is_empty() && dec.len() <= 7 => {
            if !dec.iter().all(u8::is_ascii_digit) {
                return None;
            }
            numeric(std::str::from_utf8(dec).ok()?.parse().ok()?)?
        }
        _ if body.len() >= 2 && body.iter().all(u8::is_ascii_alphanumeric) => NAMED
            .iter()
            .find(|(name, _)| name.as_bytes() == body)
            .map(|&(_, c)| c)?,
        _ => return None,
    };
    Some((c, semi + 1))
}

/// The character of a numeric reference: controls are none, except that 128–159 are the
/// windows-1252 punctuation old pages meant by them (`&#146;` for `’`); a no-break space is a
/// space, as the layout makes every no-break space.
fn numeric(n: u32) -> Option<char> {
    let c = match n {
        0xA0 => ' ',
        0x80..=0x9F => {
            let byte = [n as u8];
            let (c, _, _) = encoding_rs::WINDOWS_1252.decode(&byte);
            c.chars().next().filter(|c| !c.is_control())?
        }
        _ => char::from_u32(n).filter(|c| !c.is_control() || *c == '\t')?,
    };
    (c != '\t').then_some(c)
}

#[cfg(test)]
mod tests {
    use super::at;

    #[test]
    fn reads_named_and_numeric_references_and_leaves_the_rest() {
        let rows: [(&str, Option<(char, usize)>); 15] = [
            ("&eacute;x", Some(('é', 8))),
            ("&#8217;s", Some(('’', 7))),
            ("&#x2013; ", Some(('–', 8))),
            ("&#146;", Some(('’', 6))),
            ("&nbsp;%", Some((' ', 6))),
            ("&amp;amp;", Some(('&', 5))),
            ("&amp;eacute;", Some(('é', 12))),
            ("&amp;#8217;s", Some(('’', 11))),
            ("&amp;B", Some(('&', 5))),
            ("& B", None),
            ("&T;", None),
            ("&unknown;", None),
            ("&#0;", None),
            ("&#xD800;", None),
            ("&eacute", None),
        ];
        for (s, want) in rows {
            assert_eq!(at(s.as_bytes()), want, "{s}");
        }
    }
}
