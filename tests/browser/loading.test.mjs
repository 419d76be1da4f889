// Loading failures in Chromium, under the strict CSP: a missing .wasm (404), a page served where
// the .wasm should be, and a throwing locateFile each reject createComparisonRenderer() within
// seconds with a message naming the URL and the cause; a normal load afterwards works.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchWithTestPages, openPage } from './helpers/browser.mjs';

let browser;
before(async () => {
  browser = await launchWithTestPages();
});
after(async () => { await browser?.close(); });

test('a missing or broken .wasm rejects the factory with its URL and the cause, within seconds', async () => {
  const { page } = await openPage(browser.context, `${browser.url}test-pages/loading.html`);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 20000 });
  const r = await page.evaluate(() => window.__results);
  const origin = new URL(browser.url).origin;
  assert.equal(r.missing.ok, false);
  assert.match(r.missing.message, new RegExp(`from ${origin}/dist/missing\\.wasm: the server answered 404`));
  assert.match(r.missing.message, /Serve comparison-renderer\.wasm next to comparison-renderer\.mjs/);
  assert.equal(r.html.ok, false);
  assert.match(r.html.message, /loading\.html: the file is not WebAssembly \(it starts with 3c 21 44 4f, not 00 61 73 6d; "<" begins an HTML page, as a server sends for a file it does not have\)/);
  assert.deepEqual(r.throwing, { ok: false, message: 'comparison-renderer could not locate its WebAssembly: ' +
    "locateFile('comparison-renderer.wasm') threw: no idea where it is" });
  assert.deepEqual(r.normal, { ok: true, html: '<p><em>a</em></p>\n' });
  await page.close();
});
