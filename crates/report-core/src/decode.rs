//! Bytes → text. The one stage that can refuse its input.

use crate::model::{Diagnostic, Severity};
use std::fmt;

/// Decoded text and what was learnt on the way.
#[derive(Clone, Debug)]
pub struct Decoded {
    /// The text.
    pub text: String,
    /// Name of the encoding, e.g. `UTF-8`.
    pub encoding: &'static str,
    /// Problems met.
    pub diagnostics: Vec<Diagnostic>,
}

/// Why bytes could not be turned into text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DecodeError {
    kind: DecodeErrorKind,
}

#[derive(Clone, Debug, PartialEq, Eq)]
enum DecodeErrorKind {
    Binary { offset: usize },
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
        }
    }
}

impl std::error::Error for DecodeError {}

/// Decodes the bytes of a text file.
pub fn decode(bytes: &[u8]) -> Result<Decoded, DecodeError> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if let Some(offset) = bytes.iter().position(|&b| b == 0) {
        return Err(DecodeError {
            kind: DecodeErrorKind::Binary { offset },
        });
    }
    let mut diagnostics = Vec::new();
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => text.to_string(),
        Err(_) => {
            diagnostics.push(Diagnostic::new(
                Severity::Warning,
                "invalid-utf8",
                "the file is not valid UTF-8; invalid bytes were replaced",
            ));
            String::from_utf8_lossy(bytes).into_owned()
        }
    };
    Ok(Decoded {
        text,
        encoding: "UTF-8",
        diagnostics,
    })
}
