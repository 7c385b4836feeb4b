// The embeddable widget and the JavaScript API (issue 5), on the example intranet page that the
// build ships (dist/embed-example.html): a strict CSP, hostile host styles, two widgets, and a
// script of its own that logs the widgets' events and calls analyze().
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fixture, fixturesDir, distDir, repoRoot, screenshot, useServerAndBrowser } from './harness.mjs';

const PAGE = '/embed-example.html';
const SAMPLE = path.join(distDir, 'examples', 'sample-report.txt');
const FIXTURE = path.join(fixturesDir, 'jbz-raad-2022-07-verslag.txt');
const RED = 'rgb(255, 0, 0)';

const env = useServerAndBrowser({ before, after });

/** The CLI's arguments and how to run it: the release build, as the README documents. */
function cli(args) {
  return spawnSync('cargo', ['run', '--quiet', '--locked', '--release', '--bin', 'report-analyzer', '--', ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
}

function cliJson(file) {
  const run = cli(['analyze', file, '--format', 'json']);
  assert.equal(run.status, 0, run.stderr);
  return JSON.parse(run.stdout);
}

/** Removes the UTF-16 extras that only the JavaScript API adds. */
function stripUtf16(value) {
  if (Array.isArray(value)) return value.map(stripUtf16);
  if (value && typeof value === 'object') {
    const out = {};
    for (const [k, v] of Object.entries(value)) if (k !== 'start16' && k !== 'end16') out[k] = stripUtf16(v);
    return out;
  }
  return value;
}

/** Every `{start, end, start16, end16}` object in the result, with where it was found. */
function ranges(value, where = '$', out = []) {
  if (Array.isArray(value)) value.forEach((v, i) => ranges(v, `${where}[${i}]`, out));
  else if (value && typeof value === 'object') {
    if ('start16' in value) out.push({ where, ...value });
    for (const [k, v] of Object.entries(value)) ranges(v, `${where}.${k}`, out);
  }
  return out;
}

/** Opens the example page, recording every request the browser makes. */
async function openExample({ blockHostile = false, waitForSrc = false } = {}) {
  const context = await env.browser.newContext();
  const requests = [];
  const errors = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    requests.push(url);
    if (!url.startsWith(env.server.url + '/')) return route.abort();
    if (blockHostile && url.endsWith('/examples/hostile.css')) {
      return route.fulfill({ status: 200, contentType: 'text/css', body: '' });
    }
    return route.continue();
  });
  const page = await context.newPage();
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(env.server.url + PAGE, { waitUntil: 'load' });
  for (const id of ['widget-full', 'widget-compact']) {
    await page.locator(`#${id} [data-testid="drop-zone"]`).first().waitFor({ state: 'attached' });
  }
  if (waitForSrc) {
    // The full widget loads its src on start; compare pages only once it has (or has failed).
    await page
      .locator('#event-log li[data-widget="widget-full"]')
      .first()
      .waitFor({ timeout: 5000 })
      .catch(() => {});
  }
  return { context, page, requests, errors };
}

/** The event log the page's own script keeps: `[{widget, type, detail}]`. */
async function eventLog(page) {
  return page.$$eval('#event-log li', (items) =>
    items.map((li) => ({
      widget: li.dataset.widget,
      type: li.dataset.event,
      detail: JSON.parse(li.dataset.detail),
    })),
  );
}

/** Computed styles of every element in a widget's shadow root, in document order. */
async function shadowStyles(page, id) {
  return page.evaluate((id) => {
    const props = ['font-size', 'color', 'font-family', 'line-height', 'letter-spacing'];
    const root = document.getElementById(id).shadowRoot;
    return [...root.querySelectorAll('*')]
      .filter((el) => !['LINK', 'STYLE'].includes(el.tagName))
      .map((el) => {
        const style = getComputedStyle(el);
        return { tag: el.tagName.toLowerCase(), ...Object.fromEntries(props.map((p) => [p, style.getPropertyValue(p)])) };
      });
  }, id);
}

test('both widgets render inside shadow roots and host styles do not leak in', async () => {
  const hostile = await openExample({ waitForSrc: true });
  const clean = await openExample({ blockHostile: true, waitForSrc: true });
  try {
    for (const { page } of [hostile, clean]) {
      const inShadow = await page.evaluate(() =>
        ['widget-full', 'widget-compact'].map((id) => {
          const el = document.getElementById(id);
          return {
            shadow: Boolean(el.shadowRoot),
            dropZone: Boolean(el.shadowRoot?.querySelector('[data-testid="drop-zone"]')),
            inLightDom: Boolean(el.querySelector('[data-testid="drop-zone"]')),
          };
        }),
      );
      assert.deepEqual(inShadow, [
        { shadow: true, dropZone: true, inLightDom: false },
        { shadow: true, dropZone: true, inLightDom: false },
      ]);
      // An outline gives the widget list items to compare; a dropped file works without src.
      await page.locator('#widget-compact input[type="file"]').setInputFiles({
        name: 'sample-report.txt',
        mimeType: 'text/plain',
        buffer: fs.readFileSync(SAMPLE),
      });
      await page.locator('#widget-compact [role="treeitem"]').first().waitFor();
    }

    // The hostile sheet does apply to the host page itself...
    const hostMark = await hostile.page.$eval('main mark', (m) => [getComputedStyle(m).fontSize, getComputedStyle(m).color]);
    assert.deepEqual(hostMark, ['30px', RED]);

    // ...but nothing inside either widget looks any different from the page without it.
    for (const id of ['widget-full', 'widget-compact']) {
      const withHostile = await shadowStyles(hostile.page, id);
      const without = await shadowStyles(clean.page, id);
      assert.ok(withHostile.length > 5, `${id} rendered only ${withHostile.length} elements`);
      assert.deepEqual(withHostile, without, `${id}: host styles leaked into the shadow root`);
      for (const el of withHostile.filter((e) => ['li', 'mark', 'button'].includes(e.tag))) {
        assert.notEqual(el['font-size'], '30px', `${id} ${el.tag}`);
        assert.notEqual(el.color, RED, `${id} ${el.tag}`);
      }
    }
    const compactItems = (await shadowStyles(hostile.page, 'widget-compact')).filter((e) => e.tag === 'li');
    assert.ok(compactItems.length > 0, 'the compact widget shows list items to compare');

    // The element itself may be styled by the page (it sits in the page), its contents not.
    const hostFont = await hostile.page.$eval('#widget-full', (el) => getComputedStyle(el).fontFamily);
    const innerFont = await hostile.page.evaluate(
      () => getComputedStyle(document.getElementById('widget-full').shadowRoot.querySelector('.embed-root')).fontFamily,
    );
    assert.match(hostFont, /Comic Sans/);
    assert.doesNotMatch(innerFont, /Comic Sans/);

    await screenshot(hostile.page, 'embed-example-hostile');
    assert.deepEqual(hostile.errors, [], 'no script or CSP errors on the page');
    assert.deepEqual(clean.errors, []);
  } finally {
    await hostile.context.close();
    await clean.context.close();
  }
});

test('analyze() returns the CLI JSON plus UTF-16 ranges that slice JavaScript strings', async () => {
  const { context, page, errors } = await openExample();
  try {
    const fixtureText = fixture('jbz-raad-2022-07-verslag.txt');
    const results = await page.evaluate(async (fixtureBytes) => {
      const { analyze } = await import('/report-analyzer.js');
      const text = await (await fetch('/examples/sample-report.txt')).text();
      return {
        sample: await analyze(text, { fileName: 'sample-report.txt' }),
        fixture: await analyze(new Uint8Array(fixtureBytes), { fileName: 'jbz-raad-2022-07-verslag.txt' }),
        asBuffer: await analyze(new Uint8Array(fixtureBytes).buffer),
      };
    }, Array.from(fixtureText));

    for (const [name, file] of [['sample', SAMPLE], ['fixture', FIXTURE]]) {
      const ours = results[name];
      assert.deepEqual(stripUtf16(ours), cliJson(file), `${name}: analyze() differs from the CLI`);

      // Every range slices the same text in UTF-16 as in UTF-8 bytes.
      const bytes = Buffer.from(ours.text, 'utf8');
      const all = ranges(ours);
      assert.ok(all.length >= 4, `${name}: only ${all.length} ranges`);
      let nonAscii = 0;
      for (const r of all) {
        const byUnits = ours.text.slice(r.start16, r.end16);
        assert.equal(byUnits, bytes.subarray(r.start, r.end).toString('utf8'), `${name} ${r.where}`);
        if (/[^\x00-\x7f]/.test(byUnits)) nonAscii += 1;
      }
      assert.ok(nonAscii > 0, `${name}: no range with non-ASCII text was checked`);

      // A heading with "Oekraïne" sits after non-ASCII text, so bytes and units differ there.
      const sections = [];
      const walk = (nodes) => nodes.forEach((s) => (sections.push(s), walk(s.children)));
      walk(ours.outline);
      const ukraine = sections.find((s) => s.title.includes('Oekraïne'));
      assert.ok(ukraine, `${name}: no section about Oekraïne in ${sections.map((s) => s.title)}`);
      assert.match(ours.text.slice(ukraine.heading.start16, ukraine.heading.end16), /Oekraïne/);
      assert.ok(ukraine.heading.end16 < ukraine.heading.end);

      // Mentions, once the core finds actors: their text is exactly what start16..end16 slices.
      for (const actor of ours.actors) {
        for (const m of actor.mentions) {
          assert.equal(ours.text.slice(m.range.start16, m.range.end16), m.text, `${actor.id} ${JSON.stringify(m)}`);
        }
      }
    }
    // An ArrayBuffer is the same input as the Uint8Array over it.
    assert.deepEqual({ ...results.asBuffer, source: null }, { ...results.fixture, source: null });
    assert.equal(results.asBuffer.source.name, null);

    // The page's own script used analyze() too, and sliced headings with start16/end16.
    await page.waitForSelector('#analyze-result[data-state="done"]');
    const shown = await page.textContent('#analyze-result');
    assert.match(shown, /^sample-report\.txt: \d+ secties/);
    assert.match(shown, /Marktsituatie na de oorlog in Oekraïne/);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('analyze() rejects binary input with the core message, and bad input with a TypeError', async () => {
  const { context, page } = await openExample();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'embed-'));
  try {
    const binary = [0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1, 2, 3];
    const file = path.join(dir, 'image.png');
    fs.writeFileSync(file, Buffer.from(binary));
    const run = cli(['analyze', file, '--format', 'json']);
    assert.notEqual(run.status, 0);

    const outcome = await page.evaluate(async (binary) => {
      const { analyze } = await import('/report-analyzer.js');
      const settle = (p) =>
        p.then(
          () => ({ ok: true }),
          (e) => ({ ok: false, isError: e instanceof Error, name: e.name, message: e.message }),
        );
      return {
        binary: await settle(analyze(new Uint8Array(binary))),
        number: await settle(analyze(42)),
        typo: await settle(analyze('tekst', { actor: [] })),
        foreignActors: await settle(analyze('tekst', { actors: 'https://example.org/actors.json' })),
        ownActors: await settle(analyze('De Raad besprak het.', { actors: [{ id: 'org:raad', name: 'Raad', kind: 'organization' }] })),
      };
    }, binary);
    assert.equal(outcome.binary.ok, false);
    assert.equal(outcome.binary.isError, true);
    assert.match(outcome.binary.message, /binary/);
    // The CLI prints "report-analyzer: FILE: MESSAGE"; the API rejects with MESSAGE itself.
    assert.ok(
      run.stderr.trim().endsWith(`: ${outcome.binary.message}`),
      `CLI said ${JSON.stringify(run.stderr)}, the API ${JSON.stringify(outcome.binary.message)}`,
    );
    assert.deepEqual(outcome.number, { ok: false, isError: true, name: 'TypeError', message: outcome.number.message });
    assert.equal(outcome.typo.ok, false);
    assert.match(outcome.typo.message, /invalid options: unknown field `actor`/);
    assert.equal(outcome.foreignActors.ok, false);
    assert.match(outcome.foreignActors.message, /same site/);
    assert.deepEqual(outcome.ownActors, { ok: true });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
    await context.close();
  }
});

test('no request leaves the origin, and none follows the load beyond the src fetch', async () => {
  const { context, page, requests, errors } = await openExample();
  try {
    await page.waitForLoadState('networkidle');
    await page.waitForSelector('#analyze-result[data-state="done"]');
    for (const url of requests) assert.ok(url.startsWith(env.server.url + '/'), `request to another origin: ${url}`);
    const paths = requests.map((u) => new URL(u).pathname);
    assert.ok(paths.includes('/examples/sample-report.txt'), 'the src report was fetched from the same origin');
    assert.ok(!env.server.log.some((l) => l.includes('favicon')), 'the browser asked for a favicon');

    // From here on: use both widgets and the API; nothing may go over the wire.
    const seen = requests.length;
    const logged = env.server.log.length;
    await page.locator('#widget-compact input[type="file"]').setInputFiles({
      name: 'jbz-raad-2022-07-verslag.txt',
      mimeType: 'text/plain',
      buffer: fixture('jbz-raad-2022-07-verslag.txt'),
    });
    await page.locator('#widget-compact [role="treeitem"]').first().waitFor();
    await page.click('#analyze-sample');
    await page.evaluate(async () => {
      const { analyze } = await import('/report-analyzer.js');
      await analyze('I. Oekraïne\n\nDe Raad besprak de steun.\n');
      document.getElementById('widget-compact').setAttribute('theme', 'light');
    });
    await page.waitForTimeout(300);
    // A widget that fetches its analysis worker on first use shows up here: start or share the
    // worker when the page loads instead.
    assert.deepEqual(requests.slice(seen), [], 'the page made requests after load');
    assert.deepEqual(env.server.log.slice(logged), [], 'the server saw requests after load');
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('src loads a same-origin report into the widget and the events carry details', async () => {
  const { context, page, errors } = await openExample();
  try {
    const full = page.locator('#widget-full');
    await full.locator('[role="treeitem"]').first().waitFor();
    const titles = (await full.locator('[role="treeitem"]').allTextContents()).join('\n');
    assert.match(titles, /Marktsituatie na de oorlog in Oekraïne/);
    assert.match(titles, /Vangstmogelijkheden in de Oostzee/);
    assert.equal(await page.locator('#widget-compact [role="treeitem"]').count(), 0, 'the widgets are independent');

    await page.waitForSelector('#event-log li[data-event="report-loaded"][data-widget="widget-full"]');
    const loaded = (await eventLog(page)).find((e) => e.type === 'report-loaded');
    assert.equal(typeof loaded.detail, 'object');
    assert.ok(Object.keys(loaded.detail).length > 0, 'report-loaded carries metadata and counts');
    assert.match(JSON.stringify(loaded.detail), /sample-report\.txt|Landbouw/);

    // Choosing a section in the outline tells the host which one.
    const item = full.locator('[role="treeitem"]').nth(1);
    const sectionId = Number(await item.getAttribute('data-section'));
    await item.locator('.ra-ti-title').first().click();
    await page.waitForSelector('#event-log li[data-event="section-selected"]');
    const section = (await eventLog(page)).find((e) => e.type === 'section-selected');
    assert.deepEqual(section, { widget: 'widget-full', type: 'section-selected', detail: { id: sectionId } });

    // Choosing an actor, once the core finds actors.
    const actors = full.locator('button[data-testid="actor"]');
    if ((await actors.count()) > 0) {
      const id = await actors.first().getAttribute('data-actor');
      await actors.first().click();
      await page.waitForSelector('#event-log li[data-event="actor-selected"]');
      const actor = (await eventLog(page)).find((e) => e.type === 'actor-selected');
      assert.deepEqual(actor.detail, { id });
    }

    // The event is a CustomEvent that bubbles out of the shadow root (composed).
    const flags = await page.evaluate(
      () =>
        new Promise((resolve, reject) => {
          setTimeout(() => reject(new Error('no event within 10 s')), 10_000);
          document.body.addEventListener('report-loaded', (e) =>
            resolve({ custom: e instanceof CustomEvent, bubbles: e.bubbles, composed: e.composed, target: e.target.id }),
          );
          const el = document.createElement('report-analyzer');
          el.id = 'widget-late';
          el.setAttribute('src', 'examples/sample-report.txt');
          document.querySelector('aside').append(el);
        }),
    );
    assert.deepEqual(flags, { custom: true, bubbles: true, composed: true, target: 'widget-late' });
    await screenshot(page, 'embed-example-src');
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('a src that fails shows an error inside the widget and fires error', async () => {
  const { context, page } = await openExample();
  try {
    const detail = await page.evaluate(
      () =>
        new Promise((resolve, reject) => {
          setTimeout(() => reject(new Error('no event within 10 s')), 10_000);
          const el = document.createElement('report-analyzer');
          el.id = 'widget-missing';
          el.addEventListener('error', (e) => resolve(e.detail));
          el.setAttribute('src', 'examples/does-not-exist.txt');
          document.querySelector('aside').append(el);
        }),
    );
    assert.equal(typeof detail.message, 'string');
    assert.ok(detail.message.length > 0);
    const alert = page.locator('#widget-missing [role="alert"]:visible');
    await alert.first().waitFor();
    assert.ok((await alert.first().textContent()).trim().length > 0);
    assert.ok(env.server.log.some((l) => l.includes('/examples/does-not-exist.txt')), 'the 404 was requested');
  } finally {
    await context.close();
  }
});

test('a src on another site is refused before any request, with an error in the widget', async () => {
  const { context, page, requests } = await openExample();
  try {
    const detail = await page.evaluate(
      () =>
        new Promise((resolve, reject) => {
          setTimeout(() => reject(new Error('no event within 10 s')), 10_000);
          const el = document.createElement('report-analyzer');
          el.id = 'widget-foreign';
          el.addEventListener('error', (e) => resolve(e.detail));
          el.setAttribute('src', 'https://example.org/verslag.txt');
          document.querySelector('aside').append(el);
        }),
    );
    assert.match(detail.message, /same site/);
    const alert = page.locator('#widget-foreign [role="alert"]:visible');
    await alert.first().waitFor();
    assert.match(await alert.first().textContent(), /same site/);
    // The app still renders, without the refused report.
    await page.locator('#widget-foreign [data-testid="drop-zone"]').first().waitFor({ state: 'attached' });
    assert.ok(!requests.some((u) => u.includes('example.org')), 'a request went to the other site');
  } finally {
    await context.close();
  }
});

test('attributes are live, the app keeps its state, and hidden or removed widgets go away', async () => {
  const { context, page, errors } = await openExample();
  try {
    const compact = page.locator('#widget-compact');
    await compact.locator('input[type="file"]').setInputFiles({
      name: 'sample-report.txt',
      mimeType: 'text/plain',
      buffer: fs.readFileSync(SAMPLE),
    });
    await compact.locator('[role="treeitem"]').first().waitFor();

    const state = await page.evaluate(async () => {
      const el = document.getElementById('widget-compact');
      const before = { compact: el.compact, theme: el.theme, lang: el.lang };
      el.theme = 'light';
      el.compact = false;
      el.lang = 'nl';
      await new Promise((r) => setTimeout(r, 50));
      const after = {
        compact: el.compact,
        hasCompactAttr: el.hasAttribute('compact'),
        themeAttr: el.getAttribute('theme'),
        scheme: getComputedStyle(el.shadowRoot.querySelector('.embed-root')).colorScheme,
        items: el.shadowRoot.querySelectorAll('[role="treeitem"]').length,
      };
      el.hidden = true;
      const hidden = getComputedStyle(el).display;
      el.hidden = false;
      return { before, after, hidden };
    });
    assert.deepEqual(state.before, { compact: true, theme: 'dark', lang: 'en' });
    assert.equal(state.after.compact, false);
    assert.equal(state.after.hasCompactAttr, false);
    assert.equal(state.after.themeAttr, 'light');
    assert.equal(state.after.scheme, 'light');
    assert.ok(state.after.items > 0, 'the open report survived the attribute changes');
    assert.equal(state.hidden, 'none');

    // Moving the element keeps the app; removing it unmounts it.
    const lifecycle = await page.evaluate(async () => {
      const el = document.getElementById('widget-compact');
      document.querySelector('main').append(el);
      await new Promise((r) => setTimeout(r, 50));
      const afterMove = el.shadowRoot.querySelectorAll('[role="treeitem"]').length;
      el.remove();
      await new Promise((r) => setTimeout(r, 50));
      return { afterMove, afterRemove: el.shadowRoot.querySelector('.embed-root').childElementCount };
    });
    assert.ok(lifecycle.afterMove > 0, 'moving the element lost the open report');
    assert.equal(lifecycle.afterRemove, 0, 'a removed widget is unmounted');
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});
