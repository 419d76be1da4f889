// The article and the demo page as readers meet them (research/accessibility.md, section 4):
// axe-core with zero violations for every example at 1280 and 320 px in light and dark, the
// accessibility tree of the matrix, no sideways page scroll at 320 px, a focusable table region
// that scrolls by keyboard, WCAG 1.4.12 text spacing without clipping, and screenshots.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { launch, openPage, waitForDemo, artifacts } from './helpers/browser.mjs';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const axeSource = fs.readFileSync(path.join(root, 'node_modules/axe-core/axe.min.js'), 'utf8');
const examples = JSON.parse(fs.readFileSync(path.join(root, 'web/examples/index.json'), 'utf8'));
const VIEWPORTS = { wide: { width: 1280, height: 900 }, narrow: { width: 320, height: 640 } };

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

async function axe(page) {
  await page.evaluate(axeSource); // through the DevTools protocol: the page's CSP stays on
  return page.evaluate(async () => {
    const experimental = window.axe.getRules(['experimental']).map((r) => r.ruleId)
      .filter((id) => window.axe.getRules().find((r) => r.ruleId === id)?.tags.some((t) => /^wcag2(1|2)?aa?$/.test(t)));
    const result = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
      rules: Object.fromEntries(experimental.map((id) => [id, { enabled: true }])),
    });
    return result.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
  });
}

for (const { file } of examples) {
  for (const [width, viewport] of Object.entries(VIEWPORTS)) {
    for (const colorScheme of ['light', 'dark']) {
      test(`axe: ${file} at ${viewport.width}px, ${colorScheme}: no violations`, async () => {
        const { page, problems } = await openPage(browser.context, `${browser.url}?example=${encodeURIComponent(file)}`,
          { viewport, colorScheme });
        await waitForDemo(page);
        assert.deepEqual(await axe(page), []);
        if (file === 'rust-vs-go.payload.json' || file === 'python-vs-javascript.ar.payload.json' || file === 'vim-vs-emacs.payload.json') {
          await page.screenshot({ path: path.join(artifacts, `${file.split('.')[0]}-${viewport.width}-${colorScheme}.png`), fullPage: true });
        }
        assert.deepEqual(problems, []);
        await page.close();
      });
    }
  }
}

test('the accessibility tree: every matrix cell sits under its column and row header; winners are words', async () => {
  const { page } = await openPage(browser.context, browser.url);
  await waitForDemo(page);
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  const byId = new Map(nodes.map((n) => [n.nodeId, n]));
  const children = (n) => (n.childIds || []).map((id) => byId.get(id)).filter(Boolean);
  const role = (n) => n.role?.value;
  const name = (n) => n.name?.value ?? '';
  const flatten = (n) => [n, ...children(n).flatMap(flatten)];
  const table = nodes.find((n) => role(n) === 'table' && name(n) === 'Rust vs Go: feature by feature');
  assert.ok(table, 'a table named by its caption');
  assert.match(table.description?.value ?? '', /Go leads in 5 of 8 features, Rust in 3/);
  const rows = flatten(table).filter((n) => role(n) === 'row');
  assert.equal(rows.length, 9);
  const cellsOf = (row) => children(row).filter((c) => ['cell', 'gridcell', 'columnheader', 'rowheader'].includes(role(c)));
  const header = cellsOf(rows[0]);
  assert.deepEqual(header.map(role), ['columnheader', 'columnheader', 'columnheader', 'columnheader']);
  assert.deepEqual(header.map(name), ['Feature', 'Rust', 'Go', 'Winner']);
  const features = ['Performance', 'Memory Safety', 'Learning Curve', 'Concurrency', 'Compilation Speed', 'Ecosystem', 'Error Handling', 'Cloud Native'];
  const winners = ['Rust', 'Rust', 'Go', 'Go', 'Go', 'Go', 'Rust', 'Go'];
  const winningValues = ['Near C/C++', 'Compile-time guarantees', 'Gentle', 'Goroutines', 'Very Fast', 'Mature',
    'Result/Option types', 'Dominant'];
  rows.slice(1).forEach((row, i) => {
    const cells = cellsOf(row);
    assert.deepEqual(cells.map(role), ['rowheader', 'cell', 'cell', 'cell'], `row ${i}`);
    assert.equal(name(cells[0]), features[i]);
    assert.equal(name(cells[3]), winners[i], `row ${i}: the winner is said in words, in its own column`);
    // The check mark on the winning value is decoration: it never reaches the accessibility tree.
    const winning = winners[i] === 'Rust' ? cells[1] : cells[2];
    assert.equal(name(winning), winningValues[i], `row ${i}: the winning value reads as itself`);
  });
  // ...but it is there for the eye, next to the highlight.
  const marks = await page.$$eval('.cr-matrix td.cr-win', (tds) => tds.map((td) => getComputedStyle(td, '::before').content));
  assert.equal(marks.length, 8);
  for (const mark of marks) assert.match(mark, /\u2713/, 'the winning value carries a check mark');
  const region = nodes.find((n) => role(n) === 'region' && name(n) === 'Rust vs Go: feature by feature');
  assert.ok(region, 'the scroll region is named by the caption');
  assert.equal(nodes.filter((n) => role(n) === 'heading' && n.properties?.find((p) => p.name === 'level')?.value.value === 1).length, 1);
});

test('at 320 px the page never scrolls sideways; the table region is focusable and scrolls by keyboard', async () => {
  for (const { file } of examples) {
    const { page } = await openPage(browser.context, `${browser.url}?example=${encodeURIComponent(file)}`, { viewport: VIEWPORTS.narrow });
    await waitForDemo(page);
    const widths = await page.evaluate(() => ({ doc: document.documentElement.scrollWidth, view: window.innerWidth }));
    assert.ok(widths.doc <= widths.view, `${file}: the page is ${widths.doc}px wide in a ${widths.view}px viewport`);
    await page.close();
  }
  const { page } = await openPage(browser.context, browser.url, { viewport: VIEWPORTS.narrow });
  await waitForDemo(page);
  const region = page.locator('.cr-matrix-scroll');
  const sizes = await region.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
  assert.ok(sizes.scroll > sizes.client, 'the table is wider than the region: the region scrolls');
  await region.focus();
  assert.equal(await page.evaluate(() => document.activeElement.className), 'cr-matrix-scroll');
  await scrollsByKeyboard(page, '.cr-matrix-scroll');
  const outline = await region.evaluate((el) => getComputedStyle(el).outlineStyle);
  assert.equal(outline, 'solid', 'the focused region shows a focus outline');
});

// Presses ArrowRight in the focused element until it has scrolled: scrolling is asynchronous
// (smooth scrolling, a busy machine), so the state is waited for, never read once.
async function scrollsByKeyboard(page, selector) {
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction((s) => document.querySelector(s).scrollLeft > 0, selector, { timeout: 15000, polling: 50 })
    .catch(async () => {
      for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
      await page.waitForFunction((s) => document.querySelector(s).scrollLeft > 0, selector, { timeout: 15000, polling: 50 });
    });
}

test('at 320 px, code blocks with long lines are named, focusable regions that scroll by keyboard', async () => {
  const { page, problems } = await openPage(browser.context, `${browser.url}?example=vim-vs-emacs.payload.json`,
    { viewport: VIEWPORTS.narrow });
  await waitForDemo(page);
  const blocks = await page.$$eval('pre.cr-code', (pres) => pres.map((pre) => ({
    role: pre.getAttribute('role'), label: pre.getAttribute('aria-label'), tabIndex: pre.tabIndex,
    overflows: pre.scrollWidth > pre.clientWidth, language: pre.firstElementChild.className })));
  assert.deepEqual(blocks.map(({ overflows, ...b }) => b), [
    { role: 'region', label: 'Code: vim', tabIndex: 0, language: 'language-vim' },
    { role: 'region', label: 'Code: elisp', tabIndex: 0, language: 'language-elisp' },
  ]);
  assert.equal(blocks[0].overflows, true, 'the long line overflows at 320 px');
  // What a screen reader meets: a region named after the language, holding the code.
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  const regions = nodes.filter((n) => n.role?.value === 'region' && /^Code/.test(n.name?.value ?? ''));
  assert.deepEqual(regions.map((n) => n.name.value), ['Code: vim', 'Code: elisp']);
  assert.ok(regions.every((n) => n.properties?.some((p) => p.name === 'focusable' && p.value.value === true)));
  assert.deepEqual(await axe(page), []);
  await page.focus('pre.cr-code');
  await scrollsByKeyboard(page, 'pre.cr-code');
  assert.deepEqual(problems, []);
  await page.close();
});

test('WCAG 1.4.12 text spacing: nothing is clipped', async () => {
  for (const { file } of examples) {
    for (const viewport of Object.values(VIEWPORTS)) {
      const { page } = await openPage(browser.context, `${browser.url}?example=${encodeURIComponent(file)}`, { viewport });
      await waitForDemo(page);
      const clipped = await page.evaluate(() => {
        const sheet = new CSSStyleSheet();
        sheet.replaceSync('* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }');
        document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
        const out = [];
        for (const el of document.querySelectorAll('.cr-article *')) {
          if (el.closest('.cr-visually-hidden')) continue;
          const s = getComputedStyle(el);
          const hides = (v) => v === 'hidden' || v === 'clip';
          if ((hides(s.overflowY) && el.scrollHeight > el.clientHeight + 1) || (hides(s.overflowX) && el.scrollWidth > el.clientWidth + 1)) {
            out.push(el.localName + '.' + el.className);
          }
        }
        return { out, wide: document.documentElement.scrollWidth > window.innerWidth };
      });
      assert.deepEqual(clipped.out, [], `${file} at ${viewport.width}px`);
      assert.equal(clipped.wide, false, `${file} at ${viewport.width}px: the page scrolls sideways with text spacing`);
      await page.close();
    }
  }
});

test('a 70-row matrix scrolls inside its region and keeps its column headers in view', async () => {
  for (const viewport of Object.values(VIEWPORTS)) {
    const { page } = await openPage(browser.context, `${browser.url}?example=sqlite-vs-duckdb.json`, { viewport });
    await waitForDemo(page);
    const region = page.locator('.cr-matrix-scroll');
    assert.equal(await page.locator('table.cr-matrix tbody tr').count(), 70);
    const sizes = await region.evaluate((el) => ({ scroll: el.scrollHeight, client: el.clientHeight, view: innerHeight }));
    assert.ok(sizes.client <= sizes.view, 'the region is no taller than the viewport');
    assert.ok(sizes.scroll > sizes.client, 'the rows scroll inside the region');
    await region.evaluate((el) => { el.scrollTop = el.scrollHeight / 2; });
    const gap = await page.evaluate(() => {
      const r = document.querySelector('.cr-matrix-scroll').getBoundingClientRect();
      const h = document.querySelector('table.cr-matrix thead th').getBoundingClientRect();
      return Math.abs(h.top - r.top);
    });
    assert.ok(gap < 4, `the header row sticks to the top of the region (off by ${gap}px)`);
    await page.screenshot({ path: path.join(artifacts, `sqlite-vs-duckdb-${viewport.width}-scrolled.png`) });
    await page.close();
  }
});

test('dark scheme: a command-line page is dark around its article, scroll bars included; an always-light page keeps the article light', async () => {
  const { spawnSync } = await import('node:child_process');
  const os = await import('node:os');
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'cr-dark-'));
  const r = spawnSync(process.execPath, [path.join(root, 'bin/comparison-render.mjs'),
    path.join(root, 'web/examples/rust-vs-go.payload.json'), '--out', out, '--quiet'], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  fs.writeFileSync(path.join(out, 'light.html'), fs.readFileSync(path.join(out, 'rust-vs-go.html'), 'utf8')
    .replace('<html class="cr-page"', '<html data-cr-color-scheme="light"'));
  const pages = await launch({ extraMounts: [['/cli/', out]] });
  try {
    const colours = async (file) => {
      const { page } = await openPage(pages.context, `${pages.url}cli/${file}`, { colorScheme: 'dark' });  // (no favicon: a 404)
      await page.waitForSelector('.cr-article');
      const c = await page.evaluate(() => ({
        page: getComputedStyle(document.documentElement).backgroundColor,
        scheme: getComputedStyle(document.documentElement).colorScheme,
        article: getComputedStyle(document.querySelector('.cr-article')).backgroundColor,
        // The matrix's scroll region: its scroll bars dark too, or light on an always-light page.
        region: getComputedStyle(document.querySelector('.cr-matrix-scroll')).colorScheme,
      }));
      await page.close();
      return c;
    };
    assert.deepEqual(await colours('rust-vs-go.html'), { page: 'rgb(22, 22, 26)', scheme: 'light dark', article: 'rgb(22, 22, 26)', region: 'dark' });
    const light = await colours('light.html');
    assert.deepEqual([light.article, light.region], ['rgb(255, 255, 255)', 'normal']);
  } finally {
    await pages.close();
    fs.rmSync(out, { recursive: true, force: true });
  }
});
