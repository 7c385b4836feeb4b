//! One analysis of a small made-up report when the worker starts, before it says it is ready.
//!
//! The browser compiles WebAssembly lazily: a function first runs as quickly made baseline code
//! and is compiled with the optimising tier only after it has done some work, and a call that is
//! already running never switches. The analysis is a handful of long passes over the text, so
//! on a first file each pass runs once, start to end, as baseline code: under Node, 10 MB take
//! 0.9-1.0 s on a first call and 0.5 s after it. Analysing some 40 KB first (tens of
//! milliseconds, off the main thread, while the page loads) lets every pass reach the optimising
//! tier before a person's file arrives.

use report_core::{Config, Report};

/// About this many bytes of text: enough for each pass to be sent to the optimising tier.
const SIZE: usize = 40 * 1024;

/// Paragraphs in both languages that touch every stage: headings of several numbering schemes,
/// countries, institutions, collectives, titled persons, speech verbs in both word orders,
/// lists of subjects, hyphenation at line ends and page furniture. All of it invented.
const PARTS: [&str; 6] = [
    "Geannoteerde agenda, vergaderjaar 2031–2032\n\n",
    "{n}. Migratie en asiel\n\nDe Raad besprak het voorstel van de Europese Commissie. \
     Nederland benadrukte het belang van goede samenwerking met de lidstaten en riep de \
     Commissie op om de maatre-\ngelen snel uit te voeren. Ook onderstreepte Duitsland dat \
     Frontex en Europol meer steun verdienen. Frankrijk, Spanje en Italië steunden het \
     voorstel; een aantal lidstaten maakte een voorbehoud.\n\n",
    "a) Stand van zaken\n\nCommissaris Maria Holm lichtte de voortgang toe. Het \
     Voorzitterschap concludeerde dat de Raad in juni terugkomt op het dossier. Minister \
     K.L. van Dijk (Justitie en Veiligheid) gaf aan dat het kabinet dit verwelkomt.\n\n",
    "{n}.1 Council conclusions on security\n\nThe Presidency presented the draft conclusions. \
     Several Member States called for more ambition, while Poland and Hungary opposed the \
     text. The High Representative stressed that NATO and the United Nations remain key \
     partners, and the European Parliament welcomed the agree-\nment.\n\n",
    "INTERNATIONALE SAMENWERKING\n\n• De Raad van Europa en de OVSE informeerden de Raad.\n\
     • Oekraïne en Moldavië werden besproken.\n\n",
    "\u{c}Tweede Kamer, vergaderjaar 2031–2032, 99 999, nr. 1 {n}\n\n",
];

/// The made-up report: the parts in turn, numbered, until [`SIZE`] is reached.
pub fn text() -> String {
    let mut out = String::with_capacity(SIZE + 1024);
    let mut n = 1;
    while out.len() < SIZE {
        for part in PARTS {
            out.push_str(&part.replace("{n}", &n.to_string()));
        }
        n += 1;
    }
    out
}

/// Analyses the made-up report, for its effect on the compiled code; the report is returned for
/// the tests.
pub fn run() -> Option<Report> {
    report_core::analyze(text().as_bytes(), &Config::default()).ok()
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_warm_up_goes_through_every_stage() {
        let report = super::run().expect("the made-up report is text");
        assert!(report.text.len() >= super::SIZE / 2);
        assert!(report.sections().len() > 20, "headings found");
        assert!(report.actors.len() > 15, "actors found");
        assert!(
            report.actors.iter().any(|a| a.kind.name() == "person"),
            "a person found"
        );
        assert!(report.statements.len() > 40, "statements found");
        assert!(report.text.contains("maatregelen"), "hyphenation repaired");
    }
}
