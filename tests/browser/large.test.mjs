// A large comparison through <comparison-article> in Chromium, in each render mode: the article
// goes in piece by piece (the heading before the last matrix row, aria-busy="true" meanwhile,
// removed at the end), the events fire once, the DOM is exactly the renderer's article, and the
// accessibility tree and fragment links reach its last section. A section that is one long block
// (a list, a table) goes in a few elements at a time too.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchWithTestPages, openPage } from './helpers/browser.mjs';

let browser;
before(async () => {
  browser = await launchWithTestPages();
});
after(async () => { await browser?.close(); });

for (const mode of ['main', 'worker', 'auto']) {
  test(`render="${mode}": a large article goes in piece by piece, heading first, and ends as the renderer's article`, async () => {
    const { page, problems } = await openPage(browser.context, `${browser.url}test-pages/large.html`);
    await page.waitForSelector('body[data-ready="true"]', { state: 'attached', timeout: 30000 });
    const log = await page.evaluate((m) => window.__renderWith(m), mode);
    assert.deepEqual(log.events, ['comparison-rendered']);
    assert.equal(log.same, true, 'the DOM is the renderer\'s article');
    assert.equal(log.busySeen, true, 'aria-busy while the pieces go in');
    assert.equal(log.busyAtEnd, null, 'aria-busy removed at the end');
    assert.equal(log.headingBeforeLastRow, true, 'the heading is in before the last row');
    assert.ok(log.steps > 3, `in ${log.steps} tasks`);

    // The accessibility tree holds the whole article, the last section and the matrix included.
    const cdp = await page.context().newCDPSession(page);
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    const headings = nodes.filter((n) => n.role?.value === 'heading' && !n.ignored).map((n) => n.name?.value);
    assert.ok(headings.includes('Section 399') && headings.includes('Feature comparison'), `${headings.length} headings`);
    // A link to the last section's heading lands on it.
    await page.evaluate(() => { location.hash = '#big-section-399'; });
    await page.waitForFunction(() => {
      const h = document.getElementById('big-section-399');
      const top = h.getBoundingClientRect().top;
      return document.querySelector(':target') === h && top >= -1 && top < innerHeight;
    }, null, { timeout: 10000 });
    assert.deepEqual(problems, []);
    await page.close();
  });
}

test('a section that is one long list or table goes in a few elements at a time, and ends as the renderer\'s article', async () => {
  const { page, problems } = await openPage(browser.context, `${browser.url}test-pages/large.html`);
  await page.waitForSelector('body[data-ready="true"]', { state: 'attached', timeout: 30000 });
  const log = await page.evaluate(() => window.__renderWith('main', 'blocks'));
  assert.deepEqual(log.events, ['comparison-rendered']);
  assert.equal(log.same, true, 'the DOM is the renderer\'s article');
  assert.equal(log.busyAtEnd, null);
  assert.equal(log.itemsSeen.at(-1), 15000);
  // Before, the 15,000 items came in one task (the list is one block, so one section).
  assert.ok(log.itemsSeen.filter((n) => n > 0 && n < 15000).length >= 3, `items seen: ${log.itemsSeen.join(', ')}`);
  const rows = await page.locator('.cr-body table tbody tr').count();
  assert.equal(rows, 3000);

  // A layout passes over the whole list or table it grows, so one after every few elements made
  // the article's time grow with its square (a 60,000-item list took 41 s, one innerHTML 1.8 s).
  // The layouts wait for the container to grow by a share of itself: twice the items and rows
  // take a few more layouts, not twice as many (the element forced 173, then 325).
  const twice = await page.evaluate(() => window.__renderWith('main', 'blocks-twice'));
  assert.equal(twice.same, true, 'the DOM is the renderer\'s article');
  assert.equal(twice.itemsSeen.at(-1), 30000);
  assert.ok(twice.layouts <= log.layouts * 1.3, `layouts: ${log.layouts}, then ${twice.layouts} for twice the items`);
  assert.deepEqual(problems, []);
  await page.close();
});
