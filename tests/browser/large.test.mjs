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
  assert.deepEqual(problems, []);
  await page.close();
});

// The renderer cuts an article into sections between blocks, so a long list, quote or table is
// one section however long it is. It used to be parsed in one task (the blocks article's list,
// 424 K characters: ~40 ms, four times that on a slow phone; a 4.4 MB list 612 ms): now each run
// of elements is parsed on its own, in the container it goes into, and the parser must build the
// same nodes as from the whole, where raw HTML makes it move things too.
test('a long block goes in parsed a run of elements at a time, and ends as one parse of the renderer\'s article', async () => {
  const { page, problems } = await openPage(browser.context, `${browser.url}test-pages/large.html`);
  await page.waitForSelector('body[data-ready="true"]', { state: 'attached', timeout: 30000 });
  for (const shape of ['long-section', 'blocks', 'nested']) {
    const log = await page.evaluate((s) => window.__renderWith('main', s), shape);
    assert.deepEqual(log.events, ['comparison-rendered']);
    assert.equal(log.same, true, `${shape}: the DOM is one parse of the renderer's article`);
    assert.ok(log.longestParse <= 32 * 1024, `${shape}: the longest text parsed at once is ${log.longestParse} characters`);
    if (shape === 'long-section') {
      const moved = await page.evaluate(() => [document.querySelectorAll('#article-main li > div > div').length,
        document.querySelectorAll('#article-main blockquote > table').length,
        document.querySelectorAll('#article-main .cr-section > ul:first-of-type > li').length]);
      assert.deepEqual(moved, [30, 6, 3000], 'the raw divs and tables are where the parser puts them; the list is whole');
    }
  }
  assert.deepEqual(problems, []);
  await page.close();
});

// A layout passes over the children of every element from the one that changed up to the article
// (Chromium lays out a list or a table whole), so one after every few elements made the time grow
// with the square of a long list (a 60,000-item list took 41 s, one innerHTML 1.8 s). The layouts
// wait for the container to grow by a share of what they pass over: twice the article, and the
// children passed over per element stay about the same. With a layout after every step the
// blocks article passed over 49, then 97 children per element; with layouts on every change of
// container, the nested one 4.6, then 6.9.
test('putting in twice as long a list, table or list of lists passes over about as many children per element', async () => {
  const { page, problems } = await openPage(browser.context, `${browser.url}test-pages/large.html`);
  await page.waitForSelector('body[data-ready="true"]', { state: 'attached', timeout: 30000 });
  for (const shape of ['blocks', 'nested']) {
    const once = await page.evaluate((s) => window.__renderWith('main', s), shape);
    const twice = await page.evaluate((s) => window.__renderWith('main', `${s}-twice`), shape);
    assert.equal(once.same && twice.same, true, 'the DOM is the renderer\'s article');
    assert.ok(twice.passedOverPerElement <= once.passedOverPerElement * 1.3,
      `${shape}: ${once.passedOverPerElement.toFixed(2)} children passed over per element, then ` +
      `${twice.passedOverPerElement.toFixed(2)} for twice the article (${once.layouts}, then ${twice.layouts} layouts)`);
  }
  assert.deepEqual(problems, []);
  await page.close();
});
