//! The interface's words in Dutch and English. Document text is never translated.

use report_core::{ActorKind, DocumentKind, Language, Stance};

/// UI language.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Lang {
    /// Dutch.
    Nl,
    /// English.
    #[default]
    En,
}

impl Lang {
    /// `nl` for anything that starts with `nl`, else English.
    pub fn from_tag(tag: &str) -> Lang {
        if tag.trim().to_ascii_lowercase().starts_with("nl") {
            Lang::Nl
        } else {
            Lang::En
        }
    }

    /// The BCP 47 tag.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::Nl => "nl",
            Lang::En => "en",
        }
    }

    /// The language of the browser (English outside one).
    pub fn from_browser() -> Lang {
        #[cfg(target_arch = "wasm32")]
        if let Some(tag) = web_sys::window().and_then(|w| w.navigator().language()) {
            return Lang::from_tag(&tag);
        }
        Lang::En
    }

    /// The strings of this language.
    pub fn t(self) -> &'static Strings {
        match self {
            Lang::Nl => &NL,
            Lang::En => &EN,
        }
    }
}

/// Every piece of interface text.
#[allow(missing_docs)]
pub struct Strings {
    pub app_title: &'static str,
    pub tagline: &'static str,
    pub empty_title: &'static str,
    pub empty_body: &'static str,
    pub privacy: &'static str,
    pub try_example: &'static str,
    pub drop_here: &'static str,
    pub paste_label: &'static str,
    pub paste_button: &'static str,
    pub reading: &'static str,
    pub analysing: &'static str,
    /// Progress phase after the outline of a big file is shown.
    pub finding_actors: &'static str,
    pub rendering: &'static str,
    pub outline: &'static str,
    pub reader: &'static str,
    pub actors: &'static str,
    pub who_said_what: &'static str,
    pub matrix: &'static str,
    pub export: &'static str,
    pub filter_actors: &'static str,
    pub mentions: &'static str,
    pub actors_in_section: &'static str,
    pub show_kind: &'static str,
    pub clear_selection: &'static str,
    pub next_mention: &'static str,
    pub prev_mention: &'static str,
    pub statements_of: &'static str,
    pub no_statements: &'static str,
    pub no_actors: &'static str,
    pub title: &'static str,
    pub document_kind: &'static str,
    pub document_language: &'static str,
    pub session_year: &'static str,
    pub addressee: &'static str,
    pub letter_date: &'static str,
    pub meeting_dates: &'static str,
    pub place: &'static str,
    pub reference: &'static str,
    pub signatories: &'static str,
    pub encoding: &'static str,
    pub notes: &'static str,
    pub bytes: &'static str,
    pub export_json: &'static str,
    pub export_csv: &'static str,
    pub export_md: &'static str,
    pub section_link: &'static str,
    pub language: &'static str,
    pub theme: &'static str,
    pub theme_auto: &'static str,
    pub theme_light: &'static str,
    pub theme_dark: &'static str,
    pub err_empty: &'static str,
    pub err_too_large: &'static str,
    pub err_read: &'static str,
    pub err_fetch: &'static str,
    pub err_actors: &'static str,
    pub actor_list: &'static str,
    pub actor_list_hint: &'static str,
    pub remove: &'static str,
    pub err_crash: &'static str,
    pub dismiss: &'static str,
    pub briefing: &'static str,
    pub actor_col: &'static str,
    pub section_col: &'static str,
    pub unknown_section: &'static str,
    pub matrix_caption: &'static str,
    pub more_actors: &'static str,
    /// Button under a long statement list: show the next page.
    pub show_more: &'static str,
    /// The button above a windowed outline.
    pub show_earlier: &'static str,
}

/// Dutch.
pub static NL: Strings = Strings {
    app_title: "Report Analyzer",
    tagline: "Lees een verslag als inhoudsopgave, met iedere actor gemarkeerd.",
    empty_title: "Sleep een verslag hierheen",
    empty_body: "Report Analyzer toont de opbouw van een verslag, wie er optreedt en wie wat zei. Laat een tekstbestand los, kies er een of plak tekst.",
    privacy: "Je bestand wordt in deze browser gelezen en verlaat nooit je computer.",
    try_example: "Probeer een voorbeeld",
    drop_here: "Sleep een verslag hierheen, of kies een bestand",
    paste_label: "Of plak tekst",
    paste_button: "Analyseer geplakte tekst",
    reading: "Bestand lezen…",
    analysing: "Analyseren…",
    finding_actors: "Actoren zoeken…",
    rendering: "Tonen…",
    outline: "Inhoud",
    reader: "Tekst",
    actors: "Actoren",
    who_said_what: "Wie zei wat",
    matrix: "Actor × sectie",
    export: "Exporteren",
    filter_actors: "Actoren filteren",
    mentions: "vermeldingen",
    actors_in_section: "actoren",
    show_kind: "Toon",
    clear_selection: "Selectie wissen",
    next_mention: "Volgende vermelding",
    prev_mention: "Vorige vermelding",
    statements_of: "Uitspraken",
    no_statements: "Geen uitspraken gevonden.",
    no_actors: "Geen actoren gevonden.",
    title: "Titel",
    document_kind: "Soort document",
    document_language: "Taal van de tekst",
    session_year: "Vergaderjaar",
    addressee: "Geadresseerde",
    letter_date: "Datum brief",
    meeting_dates: "Vergaderdata",
    place: "Plaats",
    reference: "Kenmerk",
    signatories: "Ondertekenaars",
    encoding: "Codering",
    notes: "Meldingen bij het lezen",
    bytes: "bytes",
    export_json: "JSON",
    export_csv: "CSV van vermeldingen",
    export_md: "Briefing (Markdown)",
    section_link: "Link naar deze sectie",
    language: "Taal",
    theme: "Thema",
    theme_auto: "Systeem",
    theme_light: "Licht",
    theme_dark: "Donker",
    err_empty: "Het bestand bevat geen tekst.",
    err_too_large: "Het bestand is te groot",
    err_read: "Het bestand kon niet gelezen worden",
    err_fetch: "Het verslag kon niet geladen worden",
    err_actors: "De actorenlijst kon niet geladen worden",
    actor_list: "Eigen actorenlijst",
    actor_list_hint: "Eigen actoren toevoegen? Laat een actorenlijst (JSON, het formaat van report-analyzer --actors) los: het verslag wordt opnieuw geanalyseerd.",
    remove: "Verwijderen",
    err_crash: "Er ging iets mis in de pagina; herlaad haar om verder te gaan.",
    dismiss: "Sluiten",
    briefing: "Briefing",
    actor_col: "Actor",
    section_col: "Sectie",
    unknown_section: "Buiten een sectie",
    matrix_caption: "Vermeldingen per actor en sectie; kies een cel om naar de vermeldingen te gaan.",
    more_actors: "meer actoren niet getoond",
    show_more: "Meer tonen",
    show_earlier: "Eerdere tonen",
};

/// English.
pub static EN: Strings = Strings {
    app_title: "Report Analyzer",
    tagline: "Read a report as an outline, with every actor highlighted.",
    empty_title: "Drop a report here",
    empty_body: "Report Analyzer shows how a report is built, who acts in it and who said what. Drop a text file, choose one, or paste text.",
    privacy: "Your file is read in this browser and never leaves your computer.",
    try_example: "Try an example",
    drop_here: "Drop a report here, or choose a file",
    paste_label: "Or paste text",
    paste_button: "Analyse pasted text",
    reading: "Reading the file…",
    analysing: "Analysing…",
    finding_actors: "Finding the actors…",
    rendering: "Rendering…",
    outline: "Outline",
    reader: "Text",
    actors: "Actors",
    who_said_what: "Who said what",
    matrix: "Actor × section",
    export: "Export",
    filter_actors: "Filter actors",
    mentions: "mentions",
    actors_in_section: "actors",
    show_kind: "Show",
    clear_selection: "Clear selection",
    next_mention: "Next mention",
    prev_mention: "Previous mention",
    statements_of: "Statements",
    no_statements: "No statements found.",
    no_actors: "No actors found.",
    title: "Title",
    document_kind: "Kind of document",
    document_language: "Language of the text",
    session_year: "Session year",
    addressee: "Addressee",
    letter_date: "Letter date",
    meeting_dates: "Meeting dates",
    place: "Place",
    reference: "Reference",
    signatories: "Signatories",
    encoding: "Encoding",
    notes: "Notes on reading the file",
    bytes: "bytes",
    export_json: "JSON",
    export_csv: "CSV of mentions",
    export_md: "Briefing (Markdown)",
    section_link: "Link to this section",
    language: "Language",
    theme: "Theme",
    theme_auto: "System",
    theme_light: "Light",
    theme_dark: "Dark",
    err_empty: "The file holds no text.",
    err_too_large: "The file is too large",
    err_read: "The file could not be read",
    err_fetch: "The report could not be loaded",
    err_actors: "The actor list could not be loaded",
    actor_list: "Own actor list",
    actor_list_hint: "Your own actors? Drop an actor list (JSON, the format of report-analyzer --actors): the report is analysed again with it.",
    remove: "Remove",
    err_crash: "Something went wrong in the page; reload it to continue.",
    dismiss: "Dismiss",
    briefing: "Briefing",
    actor_col: "Actor",
    section_col: "Section",
    unknown_section: "Outside any section",
    matrix_caption: "Mentions per actor and section; choose a cell to go to the mentions.",
    more_actors: "more actors not shown",
    show_more: "Show more",
    show_earlier: "Show earlier",
};

/// The name of an actor kind.
pub fn kind_label(lang: Lang, kind: ActorKind) -> &'static str {
    match (lang, kind) {
        (Lang::Nl, ActorKind::Person) => "Personen",
        (Lang::Nl, ActorKind::Country) => "Landen",
        (Lang::Nl, ActorKind::Organization) => "Organisaties",
        (Lang::Nl, ActorKind::Collective) => "Groepen",
        (Lang::Nl, ActorKind::Role) => "Rollen",
        (Lang::En, ActorKind::Person) => "People",
        (Lang::En, ActorKind::Country) => "Countries",
        (Lang::En, ActorKind::Organization) => "Organisations",
        (Lang::En, ActorKind::Collective) => "Groups",
        (Lang::En, ActorKind::Role) => "Roles",
    }
}

/// What a document is, as the metadata card says it; `None` for a kind not worth a row
/// (`other`).
pub fn document_kind_label(lang: Lang, kind: DocumentKind) -> Option<&'static str> {
    Some(match (lang, kind) {
        (Lang::Nl, DocumentKind::LetterWithMeetingReport) => {
            "Brief met verslag van een vergadering"
        }
        (Lang::Nl, DocumentKind::Letter) => "Brief",
        (Lang::Nl, DocumentKind::MeetingReport) => "Verslag van een vergadering",
        (Lang::Nl, DocumentKind::AnnualReport) => "Jaarverslag",
        (Lang::Nl, DocumentKind::LetterWithAgenda) => "Brief met (geannoteerde) agenda",
        (Lang::Nl, DocumentKind::Agenda) => "(Geannoteerde) agenda",
        (Lang::En, DocumentKind::LetterWithMeetingReport) => "Letter with a meeting report",
        (Lang::En, DocumentKind::Letter) => "Letter",
        (Lang::En, DocumentKind::MeetingReport) => "Meeting report",
        (Lang::En, DocumentKind::AnnualReport) => "Annual report",
        (Lang::En, DocumentKind::LetterWithAgenda) => "Letter with an (annotated) agenda",
        (Lang::En, DocumentKind::Agenda) => "(Annotated) agenda",
        (_, DocumentKind::Other) => return None,
    })
}

/// A diagnostic for people, in the UI's language: the core writes its messages in English, so
/// the Dutch UI says the same of each known code in Dutch (without the message's figures,
/// which the English message in the tooltip keeps).
pub fn diagnostic_text(lang: Lang, code: &str, message: &str, encoding: &str) -> String {
    if lang == Lang::En {
        // The core's messages open in lower case, to follow a colon in a CLI line.
        let mut chars = message.chars();
        return chars
            .next()
            .map(|c| c.to_uppercase().chain(chars).collect())
            .unwrap_or_default();
    }
    match code {
        "empty-input" => "Het bestand bevat geen tekst.".to_string(),
        "control-characters" => "Stuurtekens in de tekst zijn door spaties vervangen.".to_string(),
        "double-encoding" => {
            "De tekst was dubbel gecodeerd (zoals Ã© of √© voor é) en is hersteld.".to_string()
        }
        "front-matter" => "De YAML-kop van het Markdown-bestand is overgeslagen.".to_string(),
        "html-as-text" => "Het bestand lijkt HTML; het is als platte tekst gelezen.".to_string(),
        "invalid-encoding" => {
            format!("Het bestand is geen geldige {encoding}; ongeldige bytes zijn vervangen.")
        }
        "legacy-encoding" => format!("Het bestand is geen UTF-8; het is gelezen als {encoding}."),
        "mixed-encoding" => {
            "Het bestand is UTF-8 op enkele bytes na; die zijn als windows-1252 gelezen."
                .to_string()
        }
        "page-furniture" => {
            "Kop- en voetregels en paginanummers van de pagina's zijn weggelaten.".to_string()
        }
        "utf16-without-bom" => {
            format!("Het bestand heeft geen bytevolgordeteken; het is gelezen als {encoding}.")
        }
        "truncated-utf8" => {
            "Afgebroken UTF-8-tekens (bij een paginagrens) zijn door \u{FFFD} vervangen."
                .to_string()
        }
        "nul-padding" => "Nulbytes aan het eind van het bestand zijn weggelaten.".to_string(),
        "c1-controls" => {
            "Stuurtekens U+0080–U+009F zijn hersteld tot de leestekens die ze waren.".to_string()
        }
        "replacement-characters" => {
            "De tekst bevatte al \u{FFFD} uit een eerdere conversie; die tekens zijn verloren."
                .to_string()
        }
        "cr-line-ends" => "De regels eindigen op CR alleen (oude Mac-stijl).".to_string(),
        "mixed-line-ends" => "Het bestand mengt regeleinden (CRLF, LF, CR).".to_string(),
        "html-entities" => {
            "HTML-tekenverwijzingen (zoals &eacute;) zijn als hun tekens gelezen.".to_string()
        }
        "dos-eof" => "Het DOS-eindteken (Ctrl-Z) aan het eind is weggelaten.".to_string(),
        "quoted-printable" => {
            "De tekst stond nog in de quoted-printable-codering van een e-mail (=C3=A9 voor é) \
             en is gedecodeerd."
                .to_string()
        }
        "rtf-markup" => {
            "De tekst bevatte nog de opmaakcodes van RTF (\\par, \\'e9 voor é); ze zijn \
                         gelezen als de tekens en regeleinden die ze aangeven."
                .to_string()
        }
        "inner-bom" => "In de tekst stonden bytevolgordemarkeringen (U+FEFF) waar bestanden \
                        aan elkaar zijn geplakt; ze zijn weggelaten."
            .to_string(),
        "mail-header" => {
            "De transportkop van een e-mail aan het begin is overgeslagen.".to_string()
        }
        "mail-forwarding" => {
            "Het doorstuurbericht boven het oorspronkelijke e-mailbericht is overgeslagen."
                .to_string()
        }
        "mail-signature" => {
            "De handtekening van de afzender onder `--` aan het eind is overgeslagen.".to_string()
        }
        "utf8-tail" => {
            "Achter de UTF-16-tekst stond UTF-8 (later aangeplakt); dat deel is als UTF-8 gelezen."
                .to_string()
        }
        _ => message.to_string(),
    }
}

/// The name of a document's language; `None` when it could not be told.
pub fn language_label(lang: Lang, language: Language) -> Option<&'static str> {
    Some(match (lang, language) {
        (Lang::Nl, Language::Nl) => "Nederlands",
        (Lang::Nl, Language::En) => "Engels",
        (Lang::En, Language::Nl) => "Dutch",
        (Lang::En, Language::En) => "English",
        (_, Language::Unknown) => return None,
    })
}

/// The name of a stance.
pub fn stance_label(lang: Lang, stance: Stance) -> &'static str {
    match (lang, stance) {
        (Lang::Nl, Stance::Support) => "steunt",
        (Lang::Nl, Stance::Oppose) => "verzet zich",
        (Lang::Nl, Stance::Reservation) => "voorbehoud",
        (Lang::Nl, Stance::Neutral) => "neutraal",
        (Lang::En, Stance::Support) => "supports",
        (Lang::En, Stance::Oppose) => "opposes",
        (Lang::En, Stance::Reservation) => "reservation",
        (Lang::En, Stance::Neutral) => "neutral",
    }
}
