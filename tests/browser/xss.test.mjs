// The XSS corpus in Chromium: every rendering inserted with innerHTML on a page whose policy
// would allow inline script and handlers, so only the sanitizer stands between a vector and
// top.__xss(). Nothing may run, and no forbidden element, handler, style or URL may be in the DOM.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { launch, openPage } from './helpers/browser.mjs';

const here = path.dirname(new URL(import.meta.url).pathname);
let browser;
before(async () => {
  browser = await launch({
    csp: "default-src 'self'; script-src 'self' 'unsafe-inline' 'wasm-unsafe-eval'; img-src * data:",
    extraMounts: [['/test-pages/', path.join(here, 'pages')], ['/fixtures/', path.join(here, '../fixtures')]],
  });
});
after(async () => { await browser?.close(); });

test('no XSS vector runs or survives in the DOM', async () => {
  const { page } = await openPage(browser.context, `${browser.url}test-pages/xss.html`);
  await page.waitForFunction(() => window.__result, null, { timeout: 60000 });
  const result = await page.evaluate(() => window.__result);
  assert.ok(result.vectors >= 100, `${result.vectors} vectors`);
  assert.equal(result.insertions, result.vectors * 4);
  assert.deepEqual(result.hits, [], 'vectors that ran script');
  assert.deepEqual(result.domProblems, []);
});
