// Report Analyzer for any page: the <report-analyzer> element and analyze() for scripts.
//
//   <script type="module" src="/report-analyzer/report-analyzer.js"></script>
//   <report-analyzer src="/verslagen/jbz-2022-07.txt" lang="nl"></report-analyzer>
//
// Everything this module needs lies next to it (the wasm, its glue, the stylesheets) and is found
// relative to the module's own URL, so the folder can be copied anywhere on a server. It makes
// no request to any other site, uses no inline script or style, and works under
// `script-src 'self' 'wasm-unsafe-eval'; style-src 'self'`. See docs/embedding.md.

const here = (name) => new URL(name, import.meta.url);

// Trunk's build of the app's binary, named without a hash (Trunk.toml: filehash = false).
const GLUE = here('report-analyzer-web.js');
const WASM = here('report-analyzer-web_bg.wasm');
// report-analyzer.css resets what the host page would let inherit; style.css is the app's own.
const STYLESHEETS = [here('report-analyzer.css'), here('style.css')];

const ATTRIBUTES = ['src', 'lang', 'theme', 'actors', 'compact'];

let loading = null;

/**
 * Loads and starts the WebAssembly once per page; every element and analyze() share it.
 * Resolves to the wasm-bindgen exports. A failed load is retried on the next call.
 */
export function load() {
  loading ??= import(GLUE.href)
    .then(async (glue) => {
      await glue.default({ module_or_path: WASM });
      return glue;
    })
    .catch((error) => {
      loading = null;
      throw new Error(`Report Analyzer could not load its WebAssembly from ${WASM.href}: ${error.message}`);
    });
  return loading;
}

/** Resolves `value` against the page and refuses URLs on other sites. */
function sameSiteUrl(value, what) {
  if (value == null || value.trim() === '') return undefined;
  const url = new URL(value.trim(), document.baseURI);
  if (url.origin !== location.origin) {
    throw new Error(`${what} must be on the same site as this page (${location.origin}), not ${url.origin}`);
  }
  return url.href;
}

async function toBytesOrText(input) {
  if (typeof input === 'string' || input instanceof Uint8Array || input instanceof ArrayBuffer) return input;
  if (ArrayBuffer.isView(input)) return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  if (typeof Blob !== 'undefined' && input instanceof Blob) return new Uint8Array(await input.arrayBuffer());
  throw new TypeError('analyze() expects a string, a Uint8Array, an ArrayBuffer or a Blob');
}

/**
 * Analyses a report: the result is the schema of docs/schema.md as plain objects (what
 * `report-analyzer analyze FILE --format json` prints), with `start16`/`end16` beside every
 * `start`/`end` so that `report.text.slice(range.start16, range.end16)` works in JavaScript.
 *
 * @param {string | Uint8Array | ArrayBuffer | Blob} input the report; a string is analysed as its UTF-8 bytes
 * @param {{actors?: object | object[] | string, language?: 'nl' | 'en', fileName?: string}} [options]
 *   `actors` is an actor list, its array of entries, or the same-site URL of an actor list file
 */
export async function analyze(input, options = {}) {
  const glue = await load();
  const bytes = await toBytesOrText(input);
  const opts = { ...(options ?? {}) };
  if (typeof opts.actors === 'string') {
    const response = await fetch(sameSiteUrl(opts.actors, 'the actor list'), { credentials: 'same-origin' });
    if (!response.ok) throw new Error(`could not load the actor list ${opts.actors}: HTTP ${response.status}`);
    opts.actors = await response.json();
  }
  for (const key of Object.keys(opts)) if (opts[key] === undefined) delete opts[key];
  return glue.analyze(bytes, opts);
}

/** The `<report-analyzer>` element: the whole app in a shadow root, configured by attributes. */
export class ReportAnalyzerElement extends HTMLElement {
  static observedAttributes = ATTRIBUTES;

  #handle = null;
  #container;
  #notice;
  #mounting = false;

  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    const links = STYLESHEETS.map((href) => {
      const link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = href.href;
      return link;
    });
    // Problems the app cannot show itself (the wasm did not load, a src on another site).
    this.#notice = document.createElement('div');
    this.#notice.className = 'embed-error';
    this.#notice.setAttribute('role', 'alert');
    this.#notice.hidden = true;
    this.#container = document.createElement('div');
    this.#container.className = 'embed-root';
    root.append(...links, this.#notice, this.#container);
  }

  get src() { return this.getAttribute('src') ?? ''; }
  set src(value) { this.#reflect('src', value); }
  get theme() { return this.getAttribute('theme') ?? 'auto'; }
  set theme(value) { this.#reflect('theme', value); }
  get actors() { return this.getAttribute('actors') ?? ''; }
  set actors(value) { this.#reflect('actors', value); }
  get compact() { return this.hasAttribute('compact'); }
  set compact(value) { this.toggleAttribute('compact', Boolean(value)); }
  // `lang` is HTMLElement's own reflected property already.

  #reflect(name, value) {
    if (value == null) this.removeAttribute(name);
    else this.setAttribute(name, String(value));
  }

  connectedCallback() {
    if (this.#handle || this.#mounting) return;
    this.#mounting = true;
    load()
      .then((glue) => {
        this.#mounting = false;
        // The element may have left the page while the wasm loaded.
        if (!this.isConnected || this.#handle) return;
        this.#handle = glue.mount(this.#container, this.#options(), (type, detail) => this.#emit(type, detail));
      })
      .catch((error) => {
        this.#mounting = false;
        this.#fail(error.message);
      });
  }

  disconnectedCallback() {
    // Moving the element within the page disconnects and reconnects it in one task: keep the app.
    queueMicrotask(() => {
      if (!this.isConnected && this.#handle) {
        this.#handle.destroy();
        this.#handle = null;
      }
    });
  }

  attributeChangedCallback(name, oldValue, newValue) {
    if (oldValue === newValue || !this.#handle) return;
    try {
      this.#handle.update(this.#options());
    } catch (error) {
      this.#fail(error.message);
    }
  }

  /** The attributes as the options of the wasm `mount`/`update`; bad URLs are reported here. */
  #options() {
    this.#notice.hidden = true;
    this.#notice.textContent = '';
    const options = { compact: this.compact };
    const lang = (this.getAttribute('lang') || this.parentElement?.closest('[lang]')?.getAttribute('lang') || '')
      .slice(0, 2)
      .toLowerCase();
    if (lang) options.lang = lang;
    if (this.hasAttribute('theme')) options.theme = this.getAttribute('theme');
    for (const [name, what] of [['src', 'src'], ['actors', 'the actor list']]) {
      try {
        const url = sameSiteUrl(this.getAttribute(name), what);
        if (url) options[name] = url;
      } catch (error) {
        // Reported after the current callback so that listeners added right after see it too.
        queueMicrotask(() => this.#fail(error.message));
      }
    }
    return options;
  }

  #emit(type, detail) {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }

  #fail(message) {
    this.#notice.textContent = message;
    this.#notice.hidden = false;
    this.#emit('error', { message });
  }
}

if (!customElements.get('report-analyzer')) {
  customElements.define('report-analyzer', ReportAnalyzerElement);
}
