// Type declarations for report-analyzer.js: the analyze() API and the <report-analyzer> element.
// The Report types mirror docs/schema.md (schema 1.x); the only additions are the UTF-16
// offsets start16/end16 on every range, which the CLI's JSON does not have.

/** A half-open range of the repaired text `Report.text`. */
export interface Range {
  /** First byte (UTF-8), as in the CLI's JSON. */
  start: number;
  /** One past the last byte (UTF-8). */
  end: number;
  /** First UTF-16 code unit: `report.text.slice(start16, end16)` is the range's text. */
  start16: number;
  /** One past the last UTF-16 code unit. */
  end16: number;
}

export interface Source {
  /** File name, when known (`options.fileName`). */
  name: string | null;
  /** Size of the input in bytes. */
  bytes: number;
  /** Detected encoding, e.g. `UTF-8`. */
  encoding: string;
}

export type DocumentKind =
  | 'letter_with_meeting_report'
  | 'letter'
  | 'meeting_report'
  | 'annual_report'
  /** Since schema 1.1. */
  | 'letter_with_agenda'
  /** Since schema 1.1. */
  | 'agenda'
  | 'other';

export type Language = 'nl' | 'en' | 'unknown';

export interface Reference {
  /** Dossier number, e.g. `32 317`. */
  dossier: string;
  number: string | null;
  title: string | null;
}

export interface Signatory {
  role: string | null;
  name: string | null;
}

export interface Metadata {
  kind: DocumentKind;
  language: Language;
  title: string | null;
  /** ISO 8601 date of the covering letter. */
  letter_date: string | null;
  /** ISO 8601 dates of the meeting. */
  meeting_dates: string[];
  place: string | null;
  reference: Reference | null;
  /** e.g. `2021–2022`. */
  session_year: string | null;
  addressee: string | null;
  signatories: Signatory[];
}

export interface Section {
  /** Pre-order index: the position of the section in a depth-first walk of `outline`. */
  id: number;
  /** 1 for top-level sections. */
  level: number;
  /** The number as written (`II`, `3`, `2.1`, `a`), or null. */
  number: string | null;
  title: string;
  heading: Range;
  range: Range;
  children: Section[];
}

export type ActorKind = 'person' | 'country' | 'organization' | 'collective' | 'role';

export interface Mention {
  range: Range;
  /** The words as written. */
  text: string;
  /** Id of the innermost section that contains it. */
  section: number | null;
}

export interface Actor {
  /** e.g. `country:nl`, `org:european-commission`. */
  id: string;
  name: string;
  kind: ActorKind;
  aliases: string[];
  role: string | null;
  affiliation: string | null;
  mentions: Mention[];
}

export type Stance = 'support' | 'oppose' | 'reservation' | 'neutral';

export interface Statement {
  /** Id of the actor who speaks. */
  actor: string;
  verb: string;
  text: string;
  range: Range;
  section: number | null;
  stance: Stance;
}

export interface Diagnostic {
  severity: 'info' | 'warning';
  code: string;
  message: string;
}

/** The analysis of one report: `report-analyzer analyze FILE --format json`, plus UTF-16 offsets. */
export interface Report {
  schema_version: string;
  source: Source;
  metadata: Metadata;
  outline: Section[];
  actors: Actor[];
  statements: Statement[];
  diagnostics: Diagnostic[];
  /** The repaired text every range points into. */
  text: string;
}

/** One entry of a custom actor list. */
export interface ActorEntry {
  id: string;
  name: string;
  kind: ActorKind;
  aliases?: string[];
}

/** The format of an actor list file. */
export interface ActorList {
  actors: ActorEntry[];
}

export interface AnalyzeOptions {
  /** Extra actors: a list, its entries, or the same-site URL of a list file. */
  actors?: ActorList | ActorEntry[] | string;
  /** The language of the text when you know it; replaces `metadata.language`. */
  language?: 'nl' | 'en';
  /** Recorded as `source.name`. */
  fileName?: string;
}

/**
 * Analyses a report in this browser. A string is analysed as its UTF-8 bytes. Rejects with an
 * `Error` (whose message is the analyser's, e.g. for a binary file) when the input is not text.
 */
export function analyze(
  input: string | Uint8Array | ArrayBuffer | Blob,
  options?: AnalyzeOptions,
): Promise<Report>;

/** Loads the WebAssembly (once per page); analyze() and the element call it themselves. */
export function load(): Promise<unknown>;

/** `detail` of the `report-loaded` event: the report's metadata and counts, as the app reports them. */
export interface ReportLoadedDetail {
  [key: string]: unknown;
}

export interface ReportAnalyzerEventMap {
  'report-loaded': CustomEvent<ReportLoadedDetail>;
  'actor-selected': CustomEvent<{ id: string }>;
  'section-selected': CustomEvent<{ id: number }>;
  error: CustomEvent<{ message: string }>;
}

/** `<report-analyzer src lang theme actors compact>`: the whole app in a shadow root. */
export class ReportAnalyzerElement extends HTMLElement {
  /** Same-site URL of a report to load on start. */
  src: string;
  /** `light`, `dark` or `auto` (the default). */
  theme: 'light' | 'dark' | 'auto' | string;
  /** Same-site URL of a custom actor list (JSON). */
  actors: string;
  /** Outline and actors only, for a sidebar. */
  compact: boolean;
  addEventListener<K extends keyof ReportAnalyzerEventMap>(
    type: K,
    listener: (this: ReportAnalyzerElement, ev: ReportAnalyzerEventMap[K]) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: boolean | AddEventListenerOptions,
  ): void;
}

declare global {
  interface HTMLElementTagNameMap {
    'report-analyzer': ReportAnalyzerElement;
  }
  interface HTMLElementEventMap {
    'report-loaded': CustomEvent<ReportLoadedDetail>;
    'actor-selected': CustomEvent<{ id: string }>;
    'section-selected': CustomEvent<{ id: number }>;
  }
}
