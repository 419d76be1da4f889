// Text outside ASCII in Chromium: the result's strings are made by the module's helper over the
// JS String Builtins (web/js/strings-from-memory.js), and must read exactly as rendered, in
// short results, in long ones cut into pieces, and after the instance (and memory) is replaced.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchWithTestPages, openPage } from './helpers/browser.mjs';

let browser, page, problems;
before(async () => {
  browser = await launchWithTestPages();
  ({ page, problems } = await openPage(browser.context, `${browser.url}test-pages/strings.html`));
  await page.waitForSelector('body[data-ready="true"]', { state: 'attached', timeout: 30000 });
});
after(async () => { await browser?.close(); });

test('Chromium makes the strings through the JS String Builtins, under the strict CSP', async () => {
  assert.equal(await page.evaluate(() => window.__strings.usesBuiltins()), true);
});

test('mixes of 1- to 4-byte characters come back unchanged', async () => {
  assert.deepEqual(await page.evaluate(() => window.__strings.shortMixes(7)), []);
});

test('a long result cut into pieces keeps every surrogate pair whole', async () => {
  assert.deepEqual(await page.evaluate(() => window.__strings.longResults()), []);
});

test('after the instance is replaced, the strings come from its memory', async () => {
  assert.deepEqual(await page.evaluate(() => window.__strings.afterReplacement()), { helpers: 1, wrong: [] });
  assert.deepEqual(problems, []);
});
