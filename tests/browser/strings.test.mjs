// Text outside ASCII in Chromium: it goes in as UTF-16 code units and the result's strings are
// made by the module's helper over the JS String Builtins (web/js/string-builtins.js); both must
// read exactly as through TextEncoder and TextDecoder, in short texts, in long ones cut into
// pieces, and after the instance (and memory) is replaced. The same once more on a page that
// hides the builtins, where TextEncoder and TextDecoder do it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchWithTestPages, openPage } from './helpers/browser.mjs';

let browser;
before(async () => { browser = await launchWithTestPages(); });
after(async () => { await browser?.close(); });

for (const builtins of ['on', 'off']) {
  test(`builtins ${builtins}: results outside ASCII read exactly as rendered`, async (t) => {
    const { page, problems } = await openPage(browser.context, `${browser.url}test-pages/strings.html?builtins=${builtins}`);
    await page.waitForSelector('body[data-ready="true"]', { state: 'attached', timeout: 30000 });
    await t.test(builtins === 'on' ? 'Chromium makes them through the builtins, under the strict CSP'
      : 'without the builtins, through TextDecoder', async () => {
      assert.equal(await page.evaluate(() => window.__strings.usesBuiltins()), builtins === 'on');
    });
    await t.test('mixes of 1- to 4-byte characters come back unchanged', async () => {
      assert.deepEqual(await page.evaluate(() => window.__strings.shortMixes(7)), []);
    });
    await t.test('bytes as fetched render as the text they decode to; the UTF-8 check agrees with TextDecoder', async () => {
      assert.deepEqual(await page.evaluate(() => window.__strings.fromBytes()), { judged: 3 * 128 * 144 * 3, differ: [] });
    });
    await t.test('a long result cut into pieces keeps every surrogate pair and every character whole', async () => {
      assert.deepEqual(await page.evaluate(() => window.__strings.longResults()), []);
    });
    await t.test('texts without a character above U+00FF go in as Latin-1 bytes, and read as through TextEncoder', async () => {
      assert.deepEqual(await page.evaluate(() => window.__strings.textsInAsLatin1()), { latin1: true, calls: 305, differ: [] });
    });
    if (builtins === 'on') {
      await t.test('texts outside ASCII go in as UTF-16 code units and read as through TextEncoder', async () => {
        assert.deepEqual(await page.evaluate(() => window.__strings.textsInAsUnits()), { calls: 385, differ: [] });
      });
      await t.test('after the instance is replaced, the strings come from its memory', async () => {
        assert.deepEqual(await page.evaluate(() => window.__strings.afterReplacement()), { helpers: 1, wrong: [] });
      });
    }
    assert.deepEqual(problems, []);
    await page.close();
  });
}
