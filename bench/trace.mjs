// Where the page's main thread spends a big report's load (a tool that prints figures, not a
// test): loads a report of MB megabytes (the shared fixture repeated) into a fresh page while
// Chromium traces, then lists the main thread's tasks over 30 ms with their wall time (`dur`)
// and their thread CPU time (`cpu`: what the task itself cost, much less disturbed than wall
// time by other work on a shared machine) and, with PROFILE=1, the functions with the most
// self time inside the tasks over 25 ms CPU (for names, build with data-wasm-opt="0" on the
// page's rust link into another dist, e.g. `trunk build --release --dist /tmp/dist-prof x.html`).
//   node bench/trace.mjs [MB=1] [RUNS=1]     (env: DIST=/tmp/dist-prof PROFILE=1 WARM=1)
// WARM=1 loads a small document first, as the benchmark's 10 MB run does on its second page.
import { serve, launch, fixture, distDir } from '../tests/e2e/harness.mjs';

const mb = Number(process.argv[2] ?? 1);
const runs = Number(process.argv[3] ?? 1);
const server = await serve(process.env.DIST ?? distDir);
const browser = await launch();
const base = fixture('jbz-raad-2022-07-verslag.txt');
const copies = Math.ceil((mb * 1024 * 1024) / base.length);
const bytes = Buffer.concat(Array.from({ length: copies }, () => base));

async function load(page, name, buffer) {
  await page.setInputFiles('[data-testid="drop-zone"] input[type="file"]', { name, mimeType: 'text/plain', buffer });
  await page.waitForFunction(
    (name) => document.querySelector('[data-testid="file-name"]')?.textContent === name &&
      !document.querySelector('[data-testid="progress"]') && document.querySelector('[data-testid="reader"] mark'),
    name,
    { polling: 'raf', timeout: 120000 },
  );
}

for (let run = 0; run < runs; run++) {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.goto(server.url + '/', { waitUntil: 'load' });
  await page.waitForSelector('[data-testid="drop-zone"] input[type="file"]');
  await page.waitForLoadState('networkidle');
  if (process.env.WARM) await load(page, 'warm.txt', base);
  const cdp = await page.context().newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
  const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', {
    categories: 'toplevel,devtools.timeline,v8.execute,disabled-by-default-devtools.timeline',
    options: 'record-as-much-as-possible',
  });
  if (process.env.PROFILE) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
  }
  await page.waitForTimeout(100);
  await load(page, `trace-${mb}mb.txt`, bytes);
  await page.waitForTimeout(300);
  const profile = process.env.PROFILE ? (await cdp.send('Profiler.stop')).profile : null;
  await cdp.send('Tracing.end');
  await done;

  const main = events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.args.name === 'CrRendererMain' &&
    events.some((x) => x.pid === e.pid && x.tid === e.tid && x.name === 'FunctionCall'));
  const onMain = events.filter((e) => e.pid === main.pid && e.tid === main.tid);
  const tasks = onMain.filter((e) => e.ph === 'X' && e.name === 'ThreadControllerImpl::RunTask' && e.dur > 30000);
  const t0 = tasks[0]?.ts ?? 0;
  console.log(`run ${run + 1}, ${mb} MB: ${tasks.length} main-thread tasks over 30 ms`);
  for (const t of tasks) {
    const inside = onMain.filter((e) => e.ph === 'X' && e.ts >= t.ts && e.ts + (e.dur ?? 0) <= t.ts + t.dur && e !== t &&
      ['FunctionCall', 'TimerFire', 'FireAnimationFrame', 'UpdateLayoutTree', 'Layout', 'Paint', 'ParseHTML',
        'EventDispatch', 'RunMicrotasks', 'MajorGC', 'MinorGC', 'V8.GC_MARK_COMPACTOR', 'PrePaint', 'Layerize',
        'wasm.CompileLazy', 'v8.wasm.compileLazy', 'v8.wasm.lazyCompile'].includes(e.name));
    const parts = inside.filter((e) => e.dur > 3000).map((e) => {
      const objects = e.name === 'Layout' && e.args?.beginData ? `/${e.args.beginData.dirtyObjects} of ${e.args.beginData.totalObjects} objects` : '';
      const cpu = e.tdur ? `(${(e.tdur / 1000).toFixed(0)} cpu)` : '';
      return `${e.name} ${(e.dur / 1000).toFixed(0)}${cpu}${objects}`;
    }).join(', ');
    console.log(`  at ${((t.ts - t0) / 1000).toFixed(0).padStart(5)} ms: ${(t.dur / 1000).toFixed(0).padStart(4)} ms wall, ` +
      `${((t.tdur ?? 0) / 1000).toFixed(0).padStart(4)} ms cpu  [${parts}]`);
  }
  if (profile) {
    // Profile timestamps share the trace's clock (microseconds).
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const samples = [];
    let t = profile.startTime;
    profile.samples.forEach((id, i) => {
      t += profile.timeDeltas[i];
      samples.push([t, byId.get(id), profile.timeDeltas[i + 1] ?? 0]);
    });
    for (const task of tasks.filter((x) => (x.tdur ?? 0) > 25000)) {
      const self = new Map();
      for (const [ts, n, d] of samples) {
        if (ts < task.ts || ts > task.ts + task.dur) continue;
        const key = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}`;
        self.set(key, (self.get(key) ?? 0) + d);
      }
      const top = [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.TOP ?? 12));
      console.log(`  self time in the task at ${((task.ts - t0) / 1000).toFixed(0)} ms:`);
      for (const [k, v] of top) console.log(`    ${(v / 1000).toFixed(1).padStart(6)} ms  ${k.slice(0, 150)}`);
    }
  }
  await page.close();
}
await browser.close();
await server.close();
