//! Session 36: Markdown annual reports in forms not met before: a Dutch inspectorate's
//! `jaarverslag` downloaded from Google Docs as Markdown (backslash escapes such as `1\.` and
//! `Inspecteur\-generaal`, heading ids, a table of contents of links, lines broken by two
//! spaces, footnotes, a picture inlined as base64), an EU agency's consolidated annual activity
//! report on a Jekyll site written in kramdown (attribute lists such as `{: .lead}` under a
//! paragraph, `{:toc}`, a `{::comment}` block, definition lists for the board and the signature,
//! abbreviation definitions); and a badly encoded Dutch `jaarverslag` in a defect not met
//! before: UTF-8 read as Mac OS Roman and saved as UTF-8 again (`√©` for `é`, `‚Äô` for `’`)
//! (fixtures under `fixtures/s36`).

use expect_test::expect;

mod analyzed;
mod statement_rows;

use analyzed::{codes, decoded};

/// What a UTF-8 text looks like after a Mac OS Roman reader and a UTF-8 writer.
fn mac_damaged(text: &str) -> String {
    encoding_rs::MACINTOSH
        .decode_without_bom_handling(text.as_bytes())
        .0
        .into_owned()
}

#[test]
fn text_read_as_mac_os_roman_is_repaired() {
    // Before: `√©` and `‚Äô` stayed, 'No√´lle' was a person 'No' and the voorzitter's
    // statement was lost.
    let clean = "# Jaarverslag 2025\n\nVoorzitter Noëlle Achterberg-Özdemir zei dat het College \
                 “vaker dan ooit” moest oordelen. Het budget groeide met € 1,2 miljoen (20\u{a0}%).\n";
    let bytes = mac_damaged(&format!("\u{FEFF}{clean}"));
    assert!(
        bytes.contains("No√´lle") && bytes.contains("‚Äú"),
        "{bytes}"
    );
    let r = decoded(bytes.as_bytes());
    // The layout writes the no-break space as a space.
    assert_eq!(r.text, clean.trim_end().replace('\u{a0}', " "));
    assert_eq!(codes(&r), "double-encoding");
    assert!(r.diagnostics[0].message.contains("Mac OS Roman"));
    expect![[r#"
        person:noelle-achterberg-ozdemir zei Neutral
    "#]]
    .assert_eq(&statement_rows::all_rows(&r));
    // One such sequence may be meant, and Mac OS Roman's look-alikes in clean text stay.
    for text in [
        "# Notes\n\nA Mac reads `é` in UTF-8 as √©.\n",
        "# Notes\n\nHet kost ƒ 25, ≈ 11 euro; √2 is irrationeel; «Élysée» en ‚Äpfel‘.\n",
    ] {
        let r = decoded(text.as_bytes());
        assert_eq!(r.text, text.trim_end());
        assert_eq!(codes(&r), "");
    }
}
