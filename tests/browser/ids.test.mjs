// Heading ids and DOM clobbering, in Chromium: an element id becomes a property of window, so a
// heading "config" would turn `window.config || defaults` into an element. The article's ids
// carry "cr-" by default: after the article is in the page, `typeof window.X` is what it was for
// each X, and every table-of-contents link and in-article fragment link lands on its heading.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchWithTestPages, openPage } from './helpers/browser.mjs';

let browser;
before(async () => {
  browser = await launchWithTestPages();
});
after(async () => { await browser?.close(); });

test('headings named like page globals leave window alone; TOC and fragment links land on their headings', async () => {
  const { page, problems } = await openPage(browser.context, `${browser.url}test-pages/ids.html`);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 30000 });
  const { before: typesBefore, after: typesAfter, globals } = await page.evaluate(() =>
    ({ before: window.__before, after: window.__after, globals: window.__globals }));
  assert.deepEqual(typesAfter, typesBefore);
  assert.equal(typesAfter.config, 'undefined');

  const links = await page.evaluate(() => [...document.querySelectorAll('#toc a, #article a[href^="#"]')]
    .map((a, index) => ({ index, href: a.getAttribute('href') })));
  assert.equal(links.filter((l) => l.href.startsWith('#cr-')).length, links.length, JSON.stringify(links));
  assert.ok(links.length >= globals.length * 3, `${links.length} links`);
  for (const { index, href } of links) {
    // Back to the top first, so landing on the heading is something that happened.
    await page.evaluate(() => { history.replaceState(null, '', location.pathname); window.scrollTo(0, 0); });
    await page.evaluate((i) => document.querySelectorAll('#toc a, #article a[href^="#"]')[i].click(), index);
    await page.waitForFunction((h) => {
      const target = document.querySelector(':target');
      if (!target || `#${target.id}` !== h || !/^H[2-6]$/.test(target.tagName)) return false;
      const top = target.getBoundingClientRect().top;
      return top >= -1 && top < window.innerHeight;
    }, href, { timeout: 10000 });
  }

  // The check has teeth: with the prefix turned off (the caller's explicit choice), it clobbers.
  const unprefixed = await page.evaluate(() => window.__renderUnprefixed());
  assert.equal(unprefixed.config, 'object');
  assert.deepEqual(problems, []);
  await page.close();
});
