// The thin slice end to end: drop the shared report, see its headings, and prove that the page
// made no network request after it loaded.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { dropFile, fixture, screenshot, useServerAndBrowser } from './harness.mjs';

const env = useServerAndBrowser({ before, after });

test('dropping the shared report shows its headings and makes no request', async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  const requests = [];
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(env.server.url + '/', { waitUntil: 'load' });
  await page.waitForSelector('[data-testid="drop-zone"] input[type="file"]');
  await page.waitForLoadState('networkidle');

  const loadedRequests = env.server.log.length;
  context.on('request', (r) => requests.push(r.url()));

  const bytes = fixture('jbz-raad-2022-07-verslag.txt');
  await dropFile(page, '[data-testid="drop-zone"]', 'jbz-raad-2022-07-verslag.txt', bytes);

  const tree = page.locator('[role="tree"]');
  await tree.waitFor();
  const items = await page.locator('[role="treeitem"]').allTextContents();
  const joined = items.join('\n');
  for (const title of ['Binnenlandse Zaken', 'Justitie', 'Interoperabiliteit ICT-systemen', 'EU-richtlijn Slachtofferrechten']) {
    assert.ok(joined.includes(title), `outline lacks "${title}":\n${joined}`);
  }
  assert.equal(await page.getByTestId('file-name').textContent(), 'jbz-raad-2022-07-verslag.txt');
  assert.match(await page.getByTestId('file-size').textContent(), new RegExp(String(bytes.length)));
  await screenshot(page, 'skeleton-outline');

  // Give any stray request a moment to show up, then check both sides of the wire.
  await page.waitForTimeout(300);
  assert.deepEqual(requests, [], 'the page made requests after load');
  assert.deepEqual(env.server.log.slice(loadedRequests), [], 'the server saw requests after load');
  assert.ok(!env.server.log.some((l) => l.includes('favicon')), 'the browser asked for a favicon');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a binary file shows an error in role=alert', async () => {
  const page = await env.browser.newPage();
  await page.goto(env.server.url + '/', { waitUntil: 'load' });
  await page.waitForSelector('[data-testid="drop-zone"] input[type="file"]');
  await page.setInputFiles('[data-testid="drop-zone"] input[type="file"]', {
    name: 'image.bin',
    mimeType: 'application/octet-stream',
    buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0, 1, 2, 3]),
  });
  const alert = page.locator('[role="alert"]');
  await alert.waitFor();
  assert.match(await alert.textContent(), /binary/i);
  await page.close();
});
