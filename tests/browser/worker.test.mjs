// comparison-renderer/worker as a Web Worker in Chromium, under
// script-src 'self' 'wasm-unsafe-eval'; worker-src 'self' (no blob:, no inline): the same article
// as the synchronous renderer, decodePayload's values equal (Maps, Sets, cycles, BigInt, Dates,
// typed arrays, -0, holes, URLs, null prototypes), a trap answered "internal" and the worker
// replaced, no CSP violation.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchWithTestPages, openPage } from './helpers/browser.mjs';
import { CSP } from '../../scripts/serve.mjs';

let browser;
before(async () => {
  browser = await launchWithTestPages({ csp: `${CSP}; worker-src 'self'` });
});
after(async () => { await browser?.close(); });

test('the worker pool renders and decodes as the renderer does, under worker-src \'self\'', async () => {
  const { page, problems } = await openPage(browser.context, `${browser.url}test-pages/worker.html`);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 30000 });
  const r = await page.evaluate(() => window.__results);
  assert.equal(r.error, undefined);
  assert.equal(r.sameArticle, true);
  assert.equal(r.title, 'Rust vs Go for Backend Development');
  assert.deepEqual(r.decoded, { map: true, set: true, cycle: true, big: true, date: true, bytes: true, zero: true,
    holes: true, url: true, bare: true });
  assert.equal(r.trap, 'internal');
  assert.deepEqual(r.afterTrap, Array(4).fill('<p><em>ok</em></p>\n'));
  assert.deepEqual(problems, []);
  await page.close();
});

test('under Trusted Types that do not allow the pool\'s policy, the pool rejects saying which policy to add', async () => {
  const strict = await launchWithTestPages({ csp: `${CSP}; worker-src 'self'; require-trusted-types-for 'script'; trusted-types other` });
  try {
    const { page } = await openPage(strict.context, `${strict.url}test-pages/worker.html`);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 30000 });
    const r = await page.evaluate(() => window.__results);
    assert.match(r.error, /^TypeError: comparison-worker: this page enforces Trusted Types and does not allow the policy "comparison-worker": add it to the trusted-types directive of the page's Content-Security-Policy \(.*comparison-worker.*\)/);
  } finally {
    await strict.close();
  }
});

test('under Trusted Types enforcement the pool starts its workers through its own policy', async () => {
  const strict = await launchWithTestPages({ csp: `${CSP}; worker-src 'self'; require-trusted-types-for 'script'; trusted-types comparison-worker` });
  try {
    const { page, problems } = await openPage(strict.context, `${strict.url}test-pages/worker.html`);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 30000 });
    const r = await page.evaluate(() => window.__results);
    assert.equal(r.error, undefined);
    assert.equal(r.sameArticle, true);
    assert.equal(r.trap, 'internal');  // and the replacement worker started through the policy too
    assert.deepEqual(r.afterTrap, Array(4).fill('<p><em>ok</em></p>\n'));
    // The plain URL is tried first (bundlers rewrite only that form): one report, then the policy.
    assert.ok(problems.length <= 2 && problems.every((p) => /TrustedScriptURL|require-trusted-types-for/.test(p)), problems.join('\n'));
  } finally {
    await strict.close();
  }
});
