//! The outline of a report as indented text, one section a line (`id [number] title`): the
//! form the outline snapshots of several test files compare.

use report_core::Report;

/// Each section at its level's indent, with its id, number (`-` for none) and title.
pub fn outline_text(report: &Report) -> String {
    let mut out = String::new();
    for s in report.sections() {
        let number = s.number.as_deref().unwrap_or("-");
        out.push_str(&format!(
            "{}{} [{}] {}\n",
            "  ".repeat(s.level as usize - 1),
            s.id,
            number,
            s.title
        ));
    }
    out
}
