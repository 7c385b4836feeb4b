// Browser benchmark (a script that prints figures, not a timed test): for 1 MB and 10 MB
// reports (the shared fixture repeated), the time from choosing the file to the outline being
// visible and the longest main-thread task (PerformanceObserver 'longtask'); and the initial
// load size of dist/ (wasm + JS + CSS, gzip). Build first: `trunk build --release`.
//   node bench/browser.mjs
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { serve, launch, fixture, distDir } from '../tests/e2e/harness.mjs';

function loadSize() {
  const html = fs.readFileSync(path.join(distDir, 'index.html'), 'utf8');
  const initial = [...html.matchAll(/(?:href|src|data-ra-js|data-ra-wasm)="\/?([^"]+\.(?:js|wasm|css))"/g)].map((m) => m[1]);
  const files = [...new Set(initial)];
  const worker = fs.readdirSync(distDir).filter((f) => f.startsWith('analysis-worker'));
  const size = (list) =>
    list.reduce(
      (acc, f) => {
        const bytes = fs.readFileSync(path.join(distDir, f));
        return { raw: acc.raw + bytes.length, gzip: acc.gzip + zlib.gzipSync(bytes, { level: 9 }).length };
      },
      { raw: 0, gzip: 0 },
    );
  return { page: { files, ...size(files) }, worker: { files: worker, ...size(worker) } };
}

const kb = (n) => `${(n / 1024).toFixed(0)} KB`;
const sizes = loadSize();
console.log(`page (app): ${kb(sizes.page.raw)} raw, ${kb(sizes.page.gzip)} gzip  [${sizes.page.files.join(', ')}]`);
console.log(`analysis worker (started with the page, so its files load with it): ${kb(sizes.worker.raw)} raw, ${kb(sizes.worker.gzip)} gzip`);
console.log(`initial load, page + worker: ${kb(sizes.page.gzip + sizes.worker.gzip)} gzip (goal <= 800 KB)`);

const server = await serve();
const browser = await launch();
const base = fixture('jbz-raad-2022-07-verslag.txt');
for (const mb of [1, 10]) {
  const copies = Math.ceil((mb * 1024 * 1024) / base.length);
  const bytes = Buffer.concat(Array.from({ length: copies }, () => base));
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.on('console', (m) => m.text().startsWith('ra-') && console.log(`  ${m.text()}`));
  await page.goto(server.url + '/', { waitUntil: 'load' });
  await page.waitForSelector('[data-testid="drop-zone"] input[type="file"]');
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => {
    window.__tasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__tasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: false });
    document.querySelector('[data-testid="drop-zone"] input[type="file"]').addEventListener(
      'change',
      () => { window.__t0 = performance.now(); },
      { capture: true },
    );
  });
  const name = `bench-${mb}mb.txt`;
  await page.setInputFiles('[data-testid="drop-zone"] input[type="file"]', { name, mimeType: 'text/plain', buffer: bytes });
  const elapsed = await page.waitForFunction(
    (name) => {
      const tree = document.querySelector('[role="tree"] [role="treeitem"]');
      const file = document.querySelector('[data-testid="file-name"]')?.textContent;
      return tree && file === name && performance.now() - window.__t0;
    },
    name,
    { polling: 'raf', timeout: 120000 },
  );
  const ms = await elapsed.jsonValue();
  // Big files show the outline first and the highlights when the actors are found.
  const marked = await page.waitForFunction(
    () => !document.querySelector('[data-testid="progress"]') &&
      document.querySelector('[data-testid="reader"] mark') && performance.now() - window.__t0,
    null,
    { polling: 'raf', timeout: 120000 },
  );
  const markedMs = await marked.jsonValue();
  await page.waitForTimeout(300);
  const loadTasks = await page.evaluate(() => window.__tasks.filter((t) => t.start >= window.__t0));
  const loadLongest = loadTasks.reduce((m, t) => Math.max(m, t.duration), 0);
  // Scroll the reader through the document to see that scrolling stays smooth.
  await page.evaluate(async () => {
    window.__loaded = performance.now() - window.__t0;
    const r = document.querySelector('[data-testid="reader"]');
    for (let i = 1; i <= 20; i++) {
      r.scrollTop = (r.scrollHeight * i) / 20;
      await new Promise((res) => requestAnimationFrame(() => requestAnimationFrame(res)));
    }
  });
  await page.waitForTimeout(300);
  const info = await page.evaluate(() => ({
    tasks: window.__tasks.filter((t) => t.start >= window.__t0 + window.__loaded),
    blocks: document.querySelectorAll('[data-testid="reader"] [data-block]').length,
    items: document.querySelectorAll('[role="treeitem"]').length,
    virtual: document.querySelector('[data-testid="reader"]').dataset.virtual,
  }));
  const longest = info.tasks.reduce((m, t) => Math.max(m, t.duration), 0);
  console.log(
    `${mb} MB (${(bytes.length / 1048576).toFixed(1)} MB): outline visible after ${ms.toFixed(0)} ms, ` +
      `actors highlighted after ${markedMs.toFixed(0)} ms; ` +
      `longest main-thread task while loading ${loadLongest.toFixed(0)} ms (${loadTasks.length} tasks over 50 ms), ` +
      `while scrolling through it ${longest.toFixed(0)} ms (${info.tasks.length} over 50 ms); ` +
      `${info.items} tree items shown, ${info.blocks} blocks rendered, virtualised=${info.virtual}`,
  );
  await page.close();
}
await browser.close();
await server.close();
