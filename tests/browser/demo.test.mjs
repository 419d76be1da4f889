// The demo page in Chromium under the strict CSP: the seed renders as an article with its
// eight-row matrix, and nothing errors or breaks the policy.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { launch, openPage, waitForDemo, artifacts } from './helpers/browser.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('the demo page renders the seed under the strict CSP with no console error', async () => {
  const { page, problems } = await openPage(browser.context, browser.url);
  await waitForDemo(page);
  const csp = await page.evaluate(async () => (await fetch(location.href)).headers.get('content-security-policy'));
  assert.match(csp, /script-src 'self' 'wasm-unsafe-eval'/);
  assert.equal(await page.locator('main article').count(), 1);
  assert.equal(await page.locator('main article h1').textContent(), 'Rust vs Go for Backend Development');
  const rows = page.locator('main article table.cr-matrix tbody tr');
  assert.equal(await rows.count(), 8);
  assert.deepEqual(await page.locator('table.cr-matrix thead th').allTextContents(), ['Feature', 'Rust', 'Go', 'Winner']);
  assert.equal(await page.locator('.cr-verdict-a').count(), 3);
  assert.equal(await page.locator('.cr-verdict-b').count(), 5);
  assert.equal(await page.title(), 'Rust vs Go: Backend Language Comparison 2026');
  await page.screenshot({ path: path.join(artifacts, 'demo-seed-1280.png'), fullPage: true });
  assert.deepEqual(problems, []);
});

test('a broken example shows its error code, message and path', async () => {
  const { page, problems } = await openPage(browser.context, `${browser.url}?example=bun-vs-node.broken.payload.json`);
  await waitForDemo(page);
  const panel = page.locator('#problems');
  await panel.locator('dd').first().waitFor();
  const text = await panel.textContent();
  assert.match(text, /missing_field/);
  assert.match(text, /\/data\/comparison-bun-vs-node\/feature_matrix\/2\/optionB/);
  assert.deepEqual(problems, []);
});

test('the language switch changes the words the renderer adds', async () => {
  const { page, problems } = await openPage(browser.context, browser.url);
  await waitForDemo(page);
  await page.selectOption('#label-language', 'de');
  await page.locator('h2.cr-matrix-heading[lang="de"]').waitFor();
  assert.equal(await page.locator('h2.cr-matrix-heading').textContent(), 'Funktionsvergleich');
  assert.match(await page.locator('.cr-matrix-summary').textContent(), /^Go liegt bei 5 von 8 Merkmalen vorn, Rust bei 3\.$/);
  await page.selectOption('#example', 'python-vs-javascript.ar.payload.json');
  await page.selectOption('#label-language', '');
  await page.locator('article[dir="rtl"] h2.cr-matrix-heading:not([lang])').waitFor();
  assert.equal(await page.locator('h2.cr-matrix-heading').textContent(), 'مقارنة الميزات');
  await page.screenshot({ path: path.join(artifacts, 'demo-arabic-labels-1280.png'), fullPage: true });
  assert.deepEqual(problems, []);
});

test('switching examples: a late answer never replaces a newer choice; an error resets the page\'s title and language', async () => {
  const { page, problems } = await openPage(browser.context, browser.url);
  await waitForDemo(page);
  // The Arabic example answers late; the broken one is chosen after it and answers at once.
  await page.route('**/examples/python-vs-javascript.ar.payload.json', async (route) => {
    await new Promise((r) => setTimeout(r, 800));
    await route.continue();
  });
  await page.selectOption('#example', 'python-vs-javascript.ar.payload.json');
  await page.selectOption('#example', 'bun-vs-node.broken.payload.json');
  await page.locator('#problems dd').first().waitFor();
  await page.waitForTimeout(1500);  // the late answer has come and gone
  assert.equal(await page.locator('#example').inputValue(), 'bun-vs-node.broken.payload.json');
  assert.match(await page.locator('#problems').textContent(), /missing_field/);
  assert.equal(await page.locator('#article h1').textContent(), 'No article to show');
  assert.equal(await page.title(), 'comparison-renderer demo');
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  assert.deepEqual(problems, []);
});
