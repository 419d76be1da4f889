// <comparison-article> in Chromium, under the server's strict Content-Security-Policy
// (script-src 'self' 'wasm-unsafe-eval', style-src 'self', no inline anything): two elements on
// one page (one by src, one by the payload property) render, their ids never clash, events carry
// the right details, attribute and property changes re-render (equal ones do not), a bad payload or a failed fetch
// fires comparison-error and leaves the fallback (setting the same src again retries), updates
// during a slow download wait for it, a printed matrix fits the page, and axe finds nothing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { launchWithTestPages, openPage, artifacts } from './helpers/browser.mjs';

const here = path.dirname(new URL(import.meta.url).pathname);
const root = path.resolve(here, '../..');
const axeSource = fs.readFileSync(path.join(root, 'node_modules/axe-core/axe.min.js'), 'utf8');
const RESULT_KEYS = ['description', 'dir', 'format', 'lang', 'metaDescription', 'metaTitle', 'ok', 'slug', 'title', 'toc', 'warnings'];

let browser;
before(async () => {
  browser = await launchWithTestPages(); // the default, strict CSP
});
after(async () => { await browser?.close(); });

async function open() {
  const opened = await openPage(browser.context, `${browser.url}test-pages/element.html`);
  await opened.page.waitForFunction(() => document.body.dataset.ready === 'true' &&
    window.__events.filter((e) => e.type === 'comparison-rendered').length >= 2, null, { timeout: 30000 });
  return opened;
}

// Runs `action` in the page and waits until `count` more events have arrived; returns them.
async function eventsAfter(page, action, count = 1, arg = undefined) {
  const before = await page.evaluate(() => window.__events.length);
  await page.evaluate(action, arg);
  await page.waitForFunction(([n, c]) => window.__events.length >= n + c, [before, count], { timeout: 20000 });
  await page.waitForTimeout(100); // anything extra (a second render) would show up here
  return page.evaluate((n) => window.__events.slice(n), before);
}

async function axe(page) {
  await page.evaluate(axeSource); // through the DevTools protocol: the page's CSP stays on
  return page.evaluate(async () => {
    const result = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    });
    return result.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
  });
}

// Every id in the document, and every id reference (aria-*, for, href="#...") with its target.
function idReport() {
  const ids = [...document.querySelectorAll('[id]')].map((e) => e.id);
  const duplicates = ids.filter((id, i) => ids.indexOf(id) !== i);
  const dangling = [];
  for (const el of document.querySelectorAll('[aria-labelledby], [aria-describedby], [aria-controls], [for], a[href^="#"]')) {
    const refs = [el.getAttribute('aria-labelledby'), el.getAttribute('aria-describedby'), el.getAttribute('aria-controls'),
      el.getAttribute('for'), el.localName === 'a' ? decodeURIComponent(el.getAttribute('href').slice(1)) : null]
      .filter(Boolean).flatMap((v) => v.split(/\s+/));
    for (const ref of refs) {
      const target = document.getElementById(ref);
      if (!target) dangling.push(ref);
      else if (target.closest('comparison-article') !== el.closest('comparison-article')) dangling.push(`${ref} (other element)`);
    }
  }
  return { count: ids.length, duplicates, dangling, styled: document.querySelectorAll('[style]').length };
}

test('two elements render: one by src, one by the payload property; events carry the result without html', async () => {
  const { page, problems } = await open();
  const events = await page.evaluate(() => window.__events);
  assert.equal(events.length, 2, JSON.stringify(events.map((e) => e.type)));
  const bySrc = events.find((e) => e.element === 'by-src');
  const byPayload = events.find((e) => e.element === 'by-payload');
  for (const e of [bySrc, byPayload]) {
    assert.equal(e.type, 'comparison-rendered');
    assert.equal(e.bubbles, true);
    assert.deepEqual(Object.keys(e.detail).sort(), RESULT_KEYS, 'the result without html');
  }
  assert.equal(bySrc.detail.slug, 'rust-vs-go');
  assert.equal(bySrc.detail.title, 'Rust vs Go for Backend Development');
  assert.equal(bySrc.detail.lang, 'en');
  assert.equal(bySrc.detail.toc.length, 8);
  // Each element prefixes its ids with comparison-article-N-, N its own.
  const prefixOf = (e) => e.detail.toc[0].id.match(/^comparison-article-\d+-/)?.[0];
  assert.match(byPayload.detail.slug, /vim/);
  for (const e of [bySrc, byPayload]) {
    assert.ok(prefixOf(e), e.detail.toc[0].id);
    assert.ok(e.detail.toc.every((t) => t.id.startsWith(prefixOf(e))));
  }
  assert.notEqual(prefixOf(bySrc), prefixOf(byPayload));

  const dom = await page.evaluate(() => [...document.querySelectorAll('comparison-article')].map((el) => ({
    articles: el.querySelectorAll(':scope > article.cr-article').length,
    children: el.children.length,
    title: el.querySelector('h1')?.textContent,
    table: el.querySelectorAll('.cr-matrix-scroll > table').length,
    result: el.result && el.result.slug,
    error: el.error,
  })));
  assert.deepEqual(dom.map((d) => [d.articles, d.children, d.table, d.error]), [[1, 1, 1, null], [1, 1, 1, null]]);
  assert.equal(dom[0].title, 'Rust vs Go for Backend Development');
  assert.equal(dom[1].result, byPayload.detail.slug);
  // comparison.css applies in the light DOM: the matrix scroller gets its overflow.
  assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector('.cr-matrix-scroll')).overflowX), 'auto');

  const ids = await page.evaluate(idReport);
  assert.ok(ids.count > 20, `${ids.count} ids`);
  assert.deepEqual(ids.duplicates, [], 'no id twice in the document');
  assert.deepEqual(ids.dangling, [], 'every id reference finds its target in its own element');
  assert.equal(ids.styled, 0, 'no style attributes');
  assert.deepEqual(problems, [], 'no console errors, page errors or CSP violations');
  await page.close();
});

test('axe: the two-element page has no violations', async () => {
  const { page, problems } = await open();
  assert.deepEqual(await axe(page), []);
  await page.screenshot({ path: path.join(artifacts, 'element-two-articles.png'), fullPage: true });
  assert.deepEqual(problems, []);
  await page.close();
});

test('changing option-a, slug or the payload re-renders, once per change', async () => {
  const { page, problems } = await open();
  // option-a, as an attribute.
  let events = await eventsAfter(page, () => document.getElementById('by-src').setAttribute('option-a', 'Rustlang'));
  assert.deepEqual(events.map((e) => [e.type, e.element]), [['comparison-rendered', 'by-src']]);
  const headers = await page.evaluate(() => [...document.querySelectorAll('#by-src th[scope="col"]')].map((th) => th.textContent));
  assert.deepEqual(headers, ['Feature', 'Rustlang', 'Go', 'Winner']);
  // Two properties set in one task: one render.
  events = await eventsAfter(page, () => {
    const el = document.getElementById('by-src');
    el.optionA = 'R';
    el.optionB = 'G';
  });
  assert.equal(events.length, 1);
  assert.deepEqual(await page.evaluate(() => [...document.querySelectorAll('#by-src th[scope="col"]')].map((th) => th.textContent)),
    ['Feature', 'R', 'G', 'Winner']);
  assert.equal(await page.evaluate(() => document.getElementById('by-src').getAttribute('option-b')), 'G', 'properties reflect');

  // slug: a page holding several comparisons, fetched by src.
  events = await eventsAfter(page, () => {
    const el = document.createElement('comparison-article');
    el.dataset.test = 'listing';
    el.src = '/examples/latest-comparisons.html';
    document.querySelector('main').append(el);
  });
  assert.deepEqual(events.map((e) => [e.type, e.element, e.detail.slug]), [['comparison-rendered', 'listing', 'svelte-vs-react']]);
  events = await eventsAfter(page, () => { document.querySelector('[data-test="listing"]').slug = 'deno-vs-node-js'; });
  assert.deepEqual(events.map((e) => [e.type, e.detail.slug]), [['comparison-rendered', 'deno-vs-node-js']]);
  assert.equal(await page.evaluate(() => document.querySelector('[data-test="listing"] h1').textContent), 'Deno vs Node.js');
  events = await eventsAfter(page, () => { document.querySelector('[data-test="listing"]').setAttribute('slug', 'no-such-slug'); });
  assert.equal(events[0].type, 'comparison-error');
  assert.equal(typeof events[0].detail.code, 'string');

  // options: an idPrefix of the page's own wins; other options reach the renderer.
  events = await eventsAfter(page, () => {
    document.getElementById('by-src').options = { idPrefix: 'rust-vs-go-', labelLanguage: 'de' };
  });
  assert.equal(events[0].detail.toc[0].id, 'rust-vs-go-introduction');
  assert.deepEqual(await page.evaluate(() => [...document.querySelectorAll('#by-src th[scope="col"]')].map((th) => th.textContent)),
    ['Merkmal', 'R', 'G', 'Sieger']);

  // Changes that leave the same text and options, each on its own: an equal options object (what
  // a framework hands over on each update), another place to render, spaces around an attribute,
  // a move in the page. The article stays as it is: the same nodes, focus kept, no event, not busy
  // (a move by append() loses focus, as the browser takes it from any node it removes;
  // moveBefore(), which keeps it, keeps it here too).
  for (const change of ['equal options', 'render', 'spaces', 'move', 'moveBefore']) {
    const kept = await page.evaluate(async (which) => {
      const el = document.getElementById('by-src');
      const count = window.__events.length;
      const article = el.firstElementChild;
      const focusable = article.querySelector('.cr-matrix-scroll'); // a scrolling region
      focusable.focus();
      if (which === 'equal options') el.options = { idPrefix: 'rust-vs-go-', labelLanguage: 'de' };
      if (which === 'render') el.render = 'main';
      if (which === 'spaces') el.optionA = ' R ';
      if (which === 'move') el.parentElement.append(el); // disconnected and connected again
      if (which === 'moveBefore') el.parentElement.moveBefore(el, null);
      await new Promise((resolve) => setTimeout(resolve, 300)); // a render would finish in this time
      return { events: window.__events.length - count, same: el.firstElementChild === article,
        focused: which === 'move' || document.activeElement === focusable, busy: el.hasAttribute('aria-busy') };
    }, change);
    assert.deepEqual(kept, { events: 0, same: true, focused: true, busy: false }, change);
  }
  // A new src is a new article, with its event, even when its text is the same.
  events = await eventsAfter(page, () => { document.getElementById('by-src').src = '/examples/rust-vs-go.payload.json?again'; });
  assert.deepEqual(events.map((e) => [e.type, e.element]), [['comparison-rendered', 'by-src']]);
  events = await eventsAfter(page, () => { document.getElementById('by-src').options = { idPrefix: 'rust-vs-go-', labelLanguage: 'fr' }; });
  assert.deepEqual(events.map((e) => [e.type, e.detail.lang]), [['comparison-rendered', 'en']]);
  assert.deepEqual(await page.evaluate(() => [...document.querySelectorAll('#by-src th[scope="col"]')].map((th) => th.textContent)),
    ['Critère', 'R', 'G', 'Gagnant']);

  // payload: replaced by another comparison.
  events = await eventsAfter(page, async () => {
    const text = await (await fetch('/examples/postgresql-vs-mysql.json')).text();
    document.querySelector('[data-test="by-payload"]').payload = text;
  });
  assert.deepEqual(events.map((e) => [e.type, e.element, e.detail.slug]), [['comparison-rendered', 'by-payload', 'postgresql-vs-mysql']]);
  assert.deepEqual(events[0].detail.warnings.length, 1, 'warnings come with the event');
  // payload as bytes the page fetched itself: rendered as their text is.
  events = await eventsAfter(page, async () => {
    const bytes = await (await fetch('/examples/python-vs-javascript.ar.payload.json')).arrayBuffer();
    document.querySelector('[data-test="by-payload"]').payload = new Uint8Array(bytes);
  });
  assert.deepEqual(events.map((e) => [e.type, e.element, e.detail.lang]), [['comparison-rendered', 'by-payload', 'ar']]);
  // bytes made in another realm (an iframe's ArrayBuffer, which `instanceof ArrayBuffer` misses):
  // taken as bytes, as the renderer takes them.
  events = await eventsAfter(page, async () => {
    const frame = document.body.appendChild(document.createElement('iframe'));
    const text = await (await fetch('/examples/postgresql-vs-mysql.json')).text();
    const bytes = new frame.contentWindow.Uint8Array(new TextEncoder().encode(text)).buffer;
    frame.remove();
    document.querySelector('[data-test="by-payload"]').payload = bytes;
  });
  assert.deepEqual(events.map((e) => [e.type, e.element, e.detail.slug]), [['comparison-rendered', 'by-payload', 'postgresql-vs-mysql']]);

  const ids = await page.evaluate(idReport);
  assert.deepEqual(ids.duplicates, []);
  assert.deepEqual(ids.dangling, []);
  assert.deepEqual(problems, []);
  await page.close();
});

test('focus inside the article stays in its place through a re-render, and on the element through an error', async () => {
  const { page, problems } = await open();
  // An article with links, code blocks and the matrix: what a keyboard reaches.
  await eventsAfter(page, () => { document.getElementById('by-src').src = '/examples/vim-vs-emacs.payload.json'; });
  const FOCUSABLE = '#by-src a[href], #by-src [tabindex]';
  const where = () => page.evaluate((selector) => {
    const all = [...document.querySelectorAll(selector)];
    return { place: all.indexOf(document.activeElement), text: document.activeElement.outerHTML.slice(0, 80) };
  }, FOCUSABLE);
  // The last link, the first code block, the matrix; each time one option changes.
  for (const [kind, name, value] of [['a', 'option-a', 'Vi'], ['pre', 'option-b', 'GNU Emacs'], ['.cr-matrix-scroll', 'option-a', 'Vim']]) {
    const before = await page.evaluate(([selector, kind]) => {
      const all = [...document.querySelectorAll(selector)];
      const i = kind === 'a' ? all.findLastIndex((e) => e.matches(kind)) : all.findIndex((e) => e.matches(kind));
      all[i].focus();
      return { place: i, text: all[i].outerHTML.slice(0, 80) };
    }, [FOCUSABLE, kind]);
    assert.ok(before.place >= 0, kind);
    const old = await page.evaluateHandle(() => document.activeElement);
    await eventsAfter(page, ([n, v]) => document.getElementById('by-src').setAttribute(n, v), 1, [name, value]);
    assert.deepEqual(await where(), before, kind);
    assert.equal(await page.evaluate((e) => e.isConnected, old), false, `${kind}: a new article`);
  }
  // The article gives way to the fallback: focus goes to the element, not back to the page's top.
  const events = await eventsAfter(page, () => { document.getElementById('by-src').src = '/no-such-payload.json'; });
  assert.equal(events[0].type, 'comparison-error');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'by-src');
  // Focus the reader moved elsewhere is left there.
  await page.evaluate(() => document.activeElement.blur());
  await eventsAfter(page, () => { document.getElementById('by-src').src = '/examples/rust-vs-go.payload.json'; });
  assert.equal(await page.evaluate(() => document.activeElement === document.body), true);
  assert.deepEqual(problems.filter((p) => !/status of 404/.test(p)), []);
  await page.close();
});

test('long option names wrap between words; on a short viewport the matrix headers do not cover its rows', async () => {
  const title = 'Supercalifragilisticexpialidocious Framework Enterprise Edition vs Another Extremely Long Product Name Ultimate';
  const payload = JSON.stringify({ title, feature_matrix: Array.from({ length: 30 }, (_, i) =>
    ({ feature: `Feature ${i}`, optionA: 'yes', optionB: 'no', winner: i % 2 ? 'a' : 'b' })) });
  for (const [viewport, short] of [[{ width: 320, height: 256 }, true], [{ width: 1280, height: 900 }, false]]) {
    const { page, problems } = await openPage(browser.context, `${browser.url}test-pages/element.html`, { viewport });
    await page.waitForFunction(() => document.body.dataset.ready === 'true', null, { timeout: 30000 });
    await eventsAfter(page, (text) => { document.querySelector('[data-test="by-payload"]').payload = text; }, 1, payload);
    const layout = await page.evaluate(() => {
      const el = document.querySelector('[data-test="by-payload"]');
      const region = el.querySelector('.cr-matrix-scroll');
      const th = el.querySelector('.cr-matrix thead th');
      const verdict = el.querySelector('.cr-verdict-a');
      return { sticky: getComputedStyle(th).position === 'sticky', rowsScrollInside: region.scrollHeight > region.clientHeight + 1,
        verdictWraps: getComputedStyle(verdict).whiteSpace === 'normal', breaksWords: getComputedStyle(th).overflowWrap };
    });
    // Short: the matrix takes the height it needs and scrolls with the page; tall: its rows
    // scroll under headers that stay in view (30 rows are taller than 80 % of 900 px).
    assert.deepEqual(layout, { sticky: !short, rowsScrollInside: !short, verdictWraps: true, breaksWords: 'break-word' },
      `${viewport.height}px high`);
    assert.deepEqual(problems, []);
    await page.close();
  }
});

// render="auto" decides by the payload's size: a string's characters, or the bytes of any kind of
// buffer (an ArrayBuffer has no length).
test('render="auto" renders a large payload given as an ArrayBuffer in a worker, as it does a large string', async () => {
  const { page, problems } = await open();
  const events = await eventsAfter(page, () => {
    window.__workersStarted = 0;
    const PageWorker = window.Worker;
    window.Worker = class extends PageWorker {
      constructor(...args) { super(...args); window.__workersStarted++; }
    };
    const el = document.createElement('comparison-article');
    el.dataset.test = 'big-bytes';
    const comparison = { title: 'A vs B', content_md: 'Some words in a paragraph.\n\n'.repeat(12000), feature_matrix: [] };
    el.payload = new TextEncoder().encode(JSON.stringify(comparison)).buffer;  // ~340 KB
    document.body.append(el);
  });
  assert.deepEqual(events.map((e) => [e.type, e.element]), [['comparison-rendered', 'big-bytes']]);
  assert.ok(await page.evaluate(() => window.__workersStarted) >= 1, 'a worker rendered it');
  assert.equal(await page.locator('[data-test="big-bytes"] .cr-body p').count(), 12000);
  assert.deepEqual(problems, []);
  await page.close();
});

test('a bad payload fires comparison-error, shows the fallback, and the element recovers', async () => {
  const { page, problems } = await open();
  const fallback = await page.evaluate(() => {
    const el = document.createElement('comparison-article');
    el.dataset.test = 'bad';
    el.innerHTML = '<p>Read the comparison <a href="/">on the site</a>.</p>';
    return el.innerHTML;
  });
  let events = await eventsAfter(page, () => {
    const el = document.createElement('comparison-article');
    el.dataset.test = 'bad';
    el.innerHTML = '<p>Read the comparison <a href="/">on the site</a>.</p>';
    el.payload = '[{"data":1},';
    document.querySelector('main').append(el);
  });
  assert.deepEqual(events.map((e) => [e.type, e.element]), [['comparison-error', 'bad']]);
  assert.equal(events[0].detail.code, 'json_syntax');
  assert.equal(typeof events[0].detail.message, 'string');
  assert.equal(events[0].detail.path, '');
  assert.equal(events[0].bubbles, true);
  let state = await page.evaluate(() => {
    const el = document.querySelector('[data-test="bad"]');
    return { html: el.innerHTML, error: el.error && el.error.code, result: el.result };
  });
  assert.deepEqual(state, { html: fallback, error: 'json_syntax', result: null });

  // A structurally wrong comparison: the error names the field and where it is.
  events = await eventsAfter(page, async () => {
    document.querySelector('[data-test="bad"]').payload = await (await fetch('/examples/bun-vs-node.broken.payload.json')).text();
  });
  assert.equal(events[0].type, 'comparison-error');
  assert.equal(events[0].detail.code, 'missing_field');
  assert.match(events[0].detail.path, /^\/data\/.*\/feature_matrix\/2\/optionB$/);

  // Hostile markdown is sanitized on the way in: nothing runs, nothing styled.
  events = await eventsAfter(page, () => {
    document.querySelector('[data-test="bad"]').payload = JSON.stringify({
      title: 'Hostile vs Safe', slug: 'hostile-vs-safe',
      content_md: '<img alt="" src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" onload="window.__ran=1"> <script>window.__ran=2</script> <a href="javascript:window.__ran=3">x</a> <p style="color:red">y</p>\n',
      feature_matrix: [{ feature: '<b onclick="window.__ran=4">f</b>', optionA: 'a', optionB: 'b', winner: 'A' }],
    });
  });
  assert.equal(events[0].type, 'comparison-rendered');
  await page.evaluate(() => document.querySelector('[data-test="bad"] a')?.click());
  state = await page.evaluate(() => ({
    images: document.querySelectorAll('[data-test="bad"] img').length, // the vector's element is there, tamed
    ran: window.__ran ?? null,
    scripts: document.querySelectorAll('comparison-article script').length,
    handlers: [...document.querySelectorAll('comparison-article *')].filter((e) => [...e.attributes].some((a) => a.name.startsWith('on'))).length,
    styled: document.querySelectorAll('[style]').length,
    error: document.querySelector('[data-test="bad"]').error,
  }));
  assert.deepEqual(state, { images: 1, ran: null, scripts: 0, handlers: 0, styled: 0, error: null });
  assert.deepEqual(problems, []);
  await page.close();
});

test('a src that cannot be fetched fires comparison-error with code src_fetch_failed', async () => {
  const { page, problems } = await open();
  const events = await eventsAfter(page, () => {
    const el = document.createElement('comparison-article');
    el.dataset.test = 'missing';
    el.innerHTML = '<p>Fallback</p>';
    el.setAttribute('src', '/examples/no-such-payload.json');
    document.querySelector('main').append(el);
  });
  assert.deepEqual(events.map((e) => [e.type, e.element, e.detail.code, e.detail.path]),
    [['comparison-error', 'missing', 'src_fetch_failed', '']]);
  assert.match(events[0].detail.message, /no-such-payload\.json.*404/);
  assert.equal(await page.evaluate(() => document.querySelector('[data-test="missing"]').innerHTML), '<p>Fallback</p>');
  // The browser itself logs the 404; nothing else may appear.
  assert.deepEqual(problems.filter((p) => !/status of 404/.test(p)), []);

  // Pointing src at a good payload recovers.
  const next = await eventsAfter(page, () => { document.querySelector('[data-test="missing"]').src = '/examples/tabs-vs-spaces.json'; });
  assert.deepEqual(next.map((e) => [e.type, e.detail.slug]), [['comparison-rendered', 'tabs-vs-spaces']]);
  // Removing src (no payload either): back to the fallback, no event.
  const count = await page.evaluate(() => window.__events.length);
  await page.evaluate(() => document.querySelector('[data-test="missing"]').removeAttribute('src'));
  await page.waitForFunction(() => document.querySelector('[data-test="missing"]').innerHTML === '<p>Fallback</p>', null, { timeout: 5000 });
  assert.equal(await page.evaluate(() => window.__events.length), count);
  assert.equal(await page.evaluate(() => document.querySelector('[data-test="missing"]').result), null);
  await page.close();
});

test('while src downloads, updates (equal options, option-a, render, a move) wait for it instead of fetching again', async () => {
  const { page, problems } = await open();
  const requests = [];
  // The payload answers 1.5 s after it is asked for, as on a slow network.
  await page.route('**/examples/sqlite-vs-duckdb.json?slow', async (route) => {
    requests.push(route.request().url());
    await new Promise((r) => setTimeout(r, 1500));
    await route.continue();
  });
  const events = await eventsAfter(page, async () => {
    const el = document.createElement('comparison-article');
    el.dataset.test = 'slow';
    el.src = '/examples/sqlite-vs-duckdb.json?slow';
    document.querySelector('main').append(el);
    // What a framework re-rendering its page does meanwhile, one change every 200 ms.
    const pause = () => new Promise((r) => setTimeout(r, 200));
    const changes = [
      () => { el.options = { headingOffset: 1 }; }, () => { el.options = { headingOffset: 1 }; },
      () => { el.optionA = 'SQLite!'; }, () => { el.render = 'main'; },
      () => { el.parentElement.append(el); }, () => { el.options = { headingOffset: 1 }; },
    ];
    for (const change of changes) {
      await pause();
      change();
    }
  });
  assert.deepEqual(events.map((e) => [e.type, e.element, e.detail.slug]), [['comparison-rendered', 'slow', 'sqlite-vs-duckdb']]);
  assert.equal(requests.length, 1, `one request, not ${requests.length}`);
  assert.deepEqual(await page.evaluate(() => {
    const el = document.querySelector('[data-test="slow"]');
    return [el.querySelector('h2').textContent, el.querySelectorAll('th[scope="col"]')[1].textContent, el.hasAttribute('aria-busy')];
  }), ['SQLite vs DuckDB: 70 features, side by side', 'SQLite!', false], 'the article has the options set during the download (title one level down)');
  assert.deepEqual(problems, []);
  await page.close();
});

test('printed, a matrix with a very long word fits the page (on screen it scrolls in its region)', async () => {
  const { page, problems } = await open();
  await eventsAfter(page, () => {
    const el = document.createElement('comparison-article');
    el.dataset.test = 'long-word';
    el.payload = JSON.stringify({ title: 'A vs B', content_md: 'x', feature_matrix: [
      { feature: 'y'.repeat(200), optionA: 'one', optionB: 'two', winner: 'A' },
      { feature: 'Speed', optionA: 'fast', optionB: 'slow', winner: 'B' }] });
    document.querySelector('main').append(el);
  });
  const widths = () => page.evaluate(() => {
    const el = document.querySelector('[data-test="long-word"]');
    return { table: el.querySelector('.cr-matrix').getBoundingClientRect().width, article: el.querySelector('.cr-article').getBoundingClientRect().width };
  });
  const screen = await widths();
  assert.ok(screen.table > screen.article, `on screen the word keeps its column wide (${screen.table} px in ${screen.article} px)`);
  await page.emulateMedia({ media: 'print' });
  await page.waitForFunction(() => matchMedia('print').matches);
  const paper = await widths();
  assert.ok(paper.table <= paper.article + 1, `printed, the table is ${paper.table} px wide in an article of ${paper.article} px`);
  assert.deepEqual(problems, []);
  await page.close();
});

test('after a failed fetch, setting the same src again is a retry', async () => {
  const { page, problems } = await open();
  let answers = 0;
  await page.route('**/examples/tabs-vs-spaces.json?flaky', async (route) => {
    answers++;
    if (answers === 1) await route.fulfill({ status: 503, contentType: 'text/plain', body: 'busy' });
    else await route.continue();
  });
  let events = await eventsAfter(page, () => {
    const el = document.createElement('comparison-article');
    el.dataset.test = 'flaky';
    el.setAttribute('src', '/examples/tabs-vs-spaces.json?flaky');
    document.querySelector('main').append(el);
  });
  assert.deepEqual(events.map((e) => [e.type, e.detail.code]), [['comparison-error', 'src_fetch_failed']]);
  assert.match(events[0].detail.message, /503/);
  events = await eventsAfter(page, () => { const el = document.querySelector('[data-test="flaky"]'); el.src = el.src; });
  assert.deepEqual(events.map((e) => [e.type, e.detail.slug]), [['comparison-rendered', 'tabs-vs-spaces']]);
  assert.equal(answers, 2);
  // Once it rendered, the same src set again changes nothing: no request, no event.
  const count = await page.evaluate(() => window.__events.length);
  await page.evaluate(() => { const el = document.querySelector('[data-test="flaky"]'); el.setAttribute('src', el.getAttribute('src')); });
  await page.waitForTimeout(300);
  assert.equal(await page.evaluate(() => window.__events.length), count);
  assert.equal(answers, 2);
  assert.deepEqual(problems.filter((p) => !/status of 503/.test(p)), []);
  await page.close();
});

test('heading-offset puts the article under the page\'s own headings, in HTML alone', async () => {
  const { page, problems } = await open();
  let events = await eventsAfter(page, () => {
    const host = document.createElement('div');
    host.innerHTML = '<comparison-article data-test="offset" heading-offset="1" src="/examples/rust-vs-go.payload.json"></comparison-article>';
    document.querySelector('main').append(host);
  });
  assert.deepEqual(events.map((e) => [e.type, e.element]), [['comparison-rendered', 'offset']]);
  const levels = () => page.evaluate(() => {
    const el = document.querySelector('[data-test="offset"]');
    return { title: el.querySelector('.cr-title').localName, first: el.querySelector('.cr-article section h2, .cr-article section h3, .cr-article section h4').localName,
      h1: el.querySelectorAll('h1').length, property: el.headingOffset };
  });
  assert.deepEqual(await levels(), { title: 'h2', first: 'h3', h1: 0, property: 1 });
  // The attribute wins over options.headingOffset; the property reflects it.
  events = await eventsAfter(page, () => {
    const el = document.querySelector('[data-test="offset"]');
    el.options = { headingOffset: 3 };
    el.headingOffset = 2;
  });
  assert.equal(events.length, 1);
  assert.deepEqual(await levels(), { title: 'h3', first: 'h4', h1: 0, property: 2 });
  assert.equal(await page.evaluate(() => document.querySelector('[data-test="offset"]').getAttribute('heading-offset')), '2');
  // A value the renderer refuses is an error in words, at its option.
  events = await eventsAfter(page, () => document.querySelector('[data-test="offset"]').setAttribute('heading-offset', 'two'));
  assert.deepEqual(events.map((e) => [e.type, e.detail.code, e.detail.path]), [['comparison-error', 'bad_option', '/headingOffset']]);
  assert.equal(await page.evaluate(() => document.querySelector('[data-test="offset"]').headingOffset), 'two');
  // ... and so is one that Number() would read but that is no whole number as written.
  events = await eventsAfter(page, () => document.querySelector('[data-test="offset"]').setAttribute('heading-offset', '0x2'));
  assert.deepEqual(events.map((e) => [e.type, e.detail.code, e.detail.path]), [['comparison-error', 'bad_option', '/headingOffset']]);
  assert.deepEqual(problems, []);
  await page.close();
});

test('the element class is exported; setting a non-string payload throws a TypeError', async () => {
  const { page, problems } = await open();
  const result = await page.evaluate(() => {
    const el = document.createElement('comparison-article');
    let thrown = null;
    try { el.payload = { title: 'x' }; } catch (e) { thrown = `${e.constructor.name}: ${e.message}`; }
    return {
      defined: customElements.get('comparison-article') === window.__ComparisonArticle,
      instance: el instanceof window.__ComparisonArticle,
      observed: window.__ComparisonArticle.observedAttributes,
      thrown,
      payload: el.payload,
    };
  });
  assert.deepEqual(result, { defined: true, instance: true, observed: ['src', 'slug', 'option-a', 'option-b', 'heading-offset', 'render'], thrown: 'TypeError: <comparison-article>.payload: expected a string, UTF-8 bytes or null, got an object ' +
    '(parsed JSON? pass the text it came from, or JSON.stringify(value))', payload: null });
  assert.deepEqual(problems, []);
  await page.close();
});

test('properties set before the element is defined: a refused one is reported, the others still work', async () => {
  const { page, problems } = await open();
  const state = await page.evaluate(async () => {
    // An element of a document without the definition is not upgraded until it comes into this one.
    const early = document.implementation.createHTMLDocument('').createElement('comparison-article');
    early.payload = 42;
    early.src = '/examples/rust-vs-go.payload.json';
    early.optionA = 'R';
    document.querySelector('main').append(document.adoptNode(early));
    const started = performance.now();
    while (early.result === null && performance.now() - started < 20000) await new Promise((r) => setTimeout(r, 20));
    return { src: early.getAttribute('src'), optionA: early.getAttribute('option-a'), slug: early.result && early.result.slug,
      payload: early.payload };
  });
  assert.deepEqual(state, { src: '/examples/rust-vs-go.payload.json', optionA: 'R', slug: 'rust-vs-go', payload: null });
  assert.deepEqual(problems, ['page error: <comparison-article>.payload: expected a string, UTF-8 bytes or null, got a number']);
  await page.close();
});

test('the same comparison twice on one page: still no id twice', async () => {
  const { page, problems } = await open();
  await eventsAfter(page, () => {
    for (const name of ['twin-1', 'twin-2']) {
      const el = document.createElement('comparison-article');
      el.dataset.test = name;
      el.src = '/examples/rust-vs-go.payload.json';
      document.querySelector('main').append(el);
    }
  }, 2);
  const ids = await page.evaluate(idReport);
  assert.equal(await page.evaluate(() => document.querySelectorAll('article.cr-article').length), 4);
  assert.deepEqual(ids.duplicates, []);
  assert.deepEqual(ids.dangling, []);
  assert.deepEqual(problems, []);
  await page.close();
});

test('under Trusted Types enforcement the element renders through its own policy', async () => {
  const { CSP } = await import('../../scripts/serve.mjs');
  const strict = await launchWithTestPages({ csp: `${CSP}; require-trusted-types-for 'script'; trusted-types comparison-article` });
  try {
    const { page, problems } = await openPage(strict.context, `${strict.url}test-pages/element.html`);
    await page.waitForFunction(() => window.__events?.filter((e) => e.type === 'comparison-rendered').length >= 2, null, { timeout: 30000 });
    assert.equal(await page.evaluate(() => document.querySelectorAll('comparison-article > article.cr-article').length), 2);
    assert.deepEqual(problems, []);
  } finally {
    await strict.close();
  }
});

test('without wasm-unsafe-eval in the CSP the element reports renderer_unavailable', async () => {
  const noWasm = await launchWithTestPages({ csp: "default-src 'self'; script-src 'self'; style-src 'self'" });
  try {
    const { page, problems } = await openPage(noWasm.context, `${noWasm.url}test-pages/element.html`);
    await page.waitForFunction(() => window.__events?.filter((e) => e.type === 'comparison-error').length >= 2, null, { timeout: 30000 });
    const events = await page.evaluate(() => window.__events);
    assert.deepEqual(events.map((e) => [e.type, e.element, e.detail.code]).sort(),
      [['comparison-error', 'by-payload', 'renderer_unavailable'], ['comparison-error', 'by-src', 'renderer_unavailable']]);
    assert.match(events[0].detail.message, /Content-Security-Policy does not allow WebAssembly/);
    assert.match(events[0].detail.message, /Add 'wasm-unsafe-eval' to the policy's script-src/);
    assert.doesNotMatch(events[0].detail.message, /Serve comparison-renderer\.wasm/);  // the file was fine
    // The fallback stays: the payload element's paragraph, nothing in the other.
    assert.deepEqual(await page.evaluate(() => [...document.querySelectorAll('comparison-article')].map((el) => el.innerHTML)),
      ['', '<p>The comparison is loading.</p>']);
    assert.ok(problems.length > 0 && problems.every((p) => /wasm|WebAssembly|CSP|Content Security Policy/i.test(p)), problems.join('\n'));
  } finally {
    await noWasm.close();
  }
});

test('a CSP whose connect-src leaves out the .wasm: the error says so, besides where to serve it', async () => {
  const noConnect = await launchWithTestPages({ csp: "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'" });
  try {
    const { page } = await openPage(noConnect.context, `${noConnect.url}test-pages/element.html`);
    const message = await page.evaluate(() => import('/dist/comparison-renderer.mjs')
      .then((m) => m.default()).then(() => 'created', (e) => e.message));
    assert.match(message, /the request failed \(.*a Content-Security-Policy whose connect-src leaves the file out/);
    assert.match(message, /Serve comparison-renderer\.wasm next to comparison-renderer\.mjs/);
  } finally {
    await noConnect.close();
  }
});

// An article long enough to go in piece by piece: 400 sections of 40 sentences.
const BIG_PAYLOAD = JSON.stringify({
  title: 'Big vs Small',
  content_md: Array.from({ length: 400 }, (_, i) => `## Part ${i}\n\n${'Some words of the part. '.repeat(40)}`).join('\n\n'),
  feature_matrix: [{ feature: 'Size', optionA: 'big', optionB: 'small', winner: 'A' }],
});

test('clearing the payload in the middle of a piece-by-piece render brings the fallback back', async () => {
  const { page, problems } = await open();
  const state = await page.evaluate(async (big) => {
    const el = document.createElement('comparison-article');
    el.setAttribute('render', 'main');
    el.innerHTML = '<p>fallback</p>';
    document.querySelector('main').append(el);
    el.payload = big;
    // Wait for the first piece (the title), then clear the payload before the rest is in.
    while (!el.querySelector('h1')) await new Promise(requestAnimationFrame);
    const midway = { busy: el.getAttribute('aria-busy'), sections: el.querySelectorAll('.cr-section').length };
    el.payload = null;
    await new Promise((r) => setTimeout(r, 500));
    return { midway, html: el.innerHTML, busy: el.hasAttribute('aria-busy'), result: el.result, error: el.error };
  }, BIG_PAYLOAD);
  assert.equal(state.midway.busy, 'true');
  assert.ok(state.midway.sections < 400, `${state.midway.sections} sections were in already`);
  assert.deepEqual({ ...state, midway: undefined }, { midway: undefined, html: '<p>fallback</p>', busy: false, result: null, error: null });
  assert.deepEqual(problems, []);
  await page.close();
});

test('the fallback is what the element holds when the article first comes, and focus in it stays', async () => {
  const { page, problems } = await open();
  const state = await page.evaluate(async () => {
    const settle = () => new Promise((r) => setTimeout(r, 300));
    const waitFor = async (check) => { while (!check()) await new Promise((r) => setTimeout(r, 20)); };
    // Children put in after the element was connected (a framework filling it later) are its fallback.
    const late = document.createElement('comparison-article');
    late.src = '/examples/no-such-file.json';
    document.querySelector('main').append(late);
    late.innerHTML = '<p>Fallback <a href="/x">read it on the site</a></p>';
    late.querySelector('a').focus();  // a keyboard user on the fallback's link while it loads
    await waitFor(() => late.error !== null);
    const afterError = { html: late.innerHTML, focused: document.activeElement === late.querySelector('a') };
    // The same element renders: the reader's focus goes to the element, not deep into the article.
    late.payload = await (await fetch('/examples/rust-vs-go.payload.json')).text();
    await waitFor(() => late.result !== null);
    const afterRender = { focusedElement: document.activeElement === late };
    late.payload = null;
    late.removeAttribute('src');
    await settle();
    return { afterError, afterRender, fallbackBack: late.innerHTML };
  });
  assert.deepEqual(state, {
    afterError: { html: '<p>Fallback <a href="/x">read it on the site</a></p>', focused: true },
    afterRender: { focusedElement: true },
    fallbackBack: '<p>Fallback <a href="/x">read it on the site</a></p>',
  });
  assert.deepEqual(problems.filter((p) => !/status of 404/.test(p)), []);  // the browser logs the 404 itself
  await page.close();
});

test('an equal options object set again and again during a piece-by-piece render lets it finish', async () => {
  const { page, problems } = await open();
  const state = await page.evaluate(async (big) => {
    const el = document.createElement('comparison-article');
    el.setAttribute('render', 'main');
    el.options = { labelLanguage: 'en' };
    document.querySelector('main').append(el);
    let events = 0;
    el.addEventListener('comparison-rendered', () => { events++; });
    el.payload = big;
    // A framework handing over an equal options object every 30 ms, for as long as the render takes.
    const timer = setInterval(() => { el.options = { labelLanguage: 'en' }; }, 30);
    const started = performance.now();
    while (events === 0 && performance.now() - started < 20000) await new Promise((r) => setTimeout(r, 20));
    clearInterval(timer);
    return { events, sections: el.querySelectorAll('.cr-section').length };
  }, BIG_PAYLOAD);
  assert.deepEqual(state, { events: 1, sections: 400 });
  assert.deepEqual(problems, []);
  await page.close();
});

test('a link to a heading inside the article scrolls there once the article is in, without a navigation', async () => {
  const page = await browser.context.newPage();
  // A page's router listens for popstate: a fragment navigation would fire one, as if the reader
  // had gone back or forward.
  await page.addInitScript(() => {
    window.__popstates = 0;
    window.addEventListener('popstate', () => { window.__popstates++; });
  });
  await page.goto(`${browser.url}test-pages/element.html#comparison-article-1-concurrency`);
  await page.waitForFunction(() => {
    const heading = document.getElementById('comparison-article-1-concurrency');
    return heading !== null && window.scrollY > 0 && Math.abs(heading.getBoundingClientRect().top) < 2;
  }, null, { timeout: 30000 });
  await page.waitForTimeout(200);  // a popstate, if any, would have come by now
  assert.deepEqual(await page.evaluate(() => [window.__popstates, location.hash]), [0, '#comparison-article-1-concurrency']);
  await page.close();
});

test('a re-render of a long article keeps the reader where they were on the page', async () => {
  const { page, problems } = await open();
  const state = await page.evaluate(async (big) => {
    const el = document.createElement('comparison-article');
    el.setAttribute('render', 'main');
    document.querySelector('main').append(el);
    let done = window.__nextRender(el);
    el.payload = big;
    await done;
    window.scrollTo(0, el.offsetTop + el.offsetHeight / 2);
    const before = Math.round(window.scrollY);
    done = window.__nextRender(el);
    el.setAttribute('option-a', 'Huge');  // the same article with another name: it goes in piece by piece again
    // Where the page is at every frame until the new article is in (the page shrinking to the new
    // header would clamp it, even if the browser put it back later).
    const seen = [];
    let rendering = true;
    const sample = () => { seen.push(Math.round(window.scrollY)); if (rendering) requestAnimationFrame(sample); };
    requestAnimationFrame(sample);
    await done;
    rendering = false;
    seen.push(Math.round(window.scrollY));
    return { before, seen, minHeight: el.style.minHeight, sections: el.querySelectorAll('.cr-section').length };
  }, BIG_PAYLOAD);
  assert.ok(state.before > 10000, `scrolled to ${state.before}`);
  assert.ok(state.seen.length >= 2);
  assert.deepEqual(state.seen.filter((y) => Math.abs(y - state.before) > 50), [], `from ${state.before}`);
  assert.deepEqual([state.minHeight, state.sections], ['', 400]);
  assert.deepEqual(problems, []);
  await page.close();
});

test('inside a shadow root: focus stays in its place through a re-render, and the events reach the document', async () => {
  const { page, problems } = await open();
  const state = await page.evaluate(async () => {
    const host = document.createElement('div');
    document.querySelector('main').append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    const el = document.createElement('comparison-article');
    shadow.append(el);
    const seen = [];
    const listen = (e) => { if (e.composedPath()[0] === el) seen.push(e.type); };
    document.addEventListener('comparison-rendered', listen);
    let done = window.__nextRender(el);
    el.payload = await (await fetch('/examples/vim-vs-emacs.payload.json')).text();
    await done;
    const links = () => [...el.querySelectorAll('a[href]')];
    links()[1].focus();
    const before = shadow.activeElement.textContent;
    done = window.__nextRender(el);
    el.setAttribute('option-a', 'Vi');
    await done;
    document.removeEventListener('comparison-rendered', listen);
    return { before, after: shadow.activeElement?.textContent ?? null, place: links().indexOf(shadow.activeElement), seen };
  });
  assert.deepEqual(state, { before: state.before, after: state.before, place: 1, seen: ['comparison-rendered', 'comparison-rendered'] });
  assert.deepEqual(problems, []);
  await page.close();
});

test('inside a shadow root, focus the reader moves out during a long re-render stays where they put it', async () => {
  const { page, problems } = await open();
  const state = await page.evaluate(async (big) => {
    const host = document.createElement('div');
    const input = document.createElement('input');
    document.querySelector('main').append(input, host);
    const el = document.createElement('comparison-article');
    el.setAttribute('render', 'main');
    host.attachShadow({ mode: 'open' }).append(el);
    let done = window.__nextRender(el);
    el.payload = big;
    await done;
    el.querySelector('.cr-matrix-scroll').focus();  // a scrolling region: the article has no links
    done = window.__nextRender(el);
    el.setAttribute('option-a', 'Huge');  // piece by piece again
    await new Promise(requestAnimationFrame);
    input.focus();  // the reader goes elsewhere while the article goes in
    await done;
    return document.activeElement === input;
  }, BIG_PAYLOAD);
  assert.equal(state, true);
  assert.deepEqual(problems, []);
  await page.close();
});

test('options with idPrefix: null give each element its own prefix, as without one', async () => {
  const { page, problems } = await open();
  const ids = await page.evaluate(async () => {
    const payload = await (await fetch('/examples/rust-vs-go.payload.json')).text();
    const made = [0, 1].map(() => {
      const el = document.createElement('comparison-article');
      el.options = { idPrefix: null };
      document.querySelector('main').append(el);
      const done = window.__nextRender(el);
      el.payload = payload;
      return { el, done };
    });
    await Promise.all(made.map((m) => m.done));
    return made.map((m) => m.el.querySelector('h1').id);
  });
  assert.notEqual(ids[0], ids[1]);
  assert.match(ids[0], /^comparison-article-\d+-/);
  assert.deepEqual(problems, []);
  await page.close();
});

test('under Trusted Types without the element\'s policy: insert_failed, the fallback, not busy', async () => {
  const { CSP } = await import('../../scripts/serve.mjs');
  const strict = await launchWithTestPages({ csp: `${CSP}; require-trusted-types-for 'script'; trusted-types other` });
  try {
    const { page, problems } = await openPage(strict.context, `${strict.url}test-pages/element.html`);
    await page.waitForFunction(() => window.__events?.filter((e) => e.type === 'comparison-error').length >= 2, null, { timeout: 30000 });
    const events = await page.evaluate(() => window.__events);
    assert.deepEqual(events.map((e) => [e.type, e.detail.code]), [['comparison-error', 'insert_failed'], ['comparison-error', 'insert_failed']]);
    assert.match(events[0].detail.message, /must allow the policy "comparison-article"/);
    assert.deepEqual(await page.evaluate(() => [...document.querySelectorAll('comparison-article')]
      .map((el) => [el.innerHTML, el.hasAttribute('aria-busy')])), [['', false], ['<p>The comparison is loading.</p>', false]]);
    assert.ok(problems.every((p) => /TrustedHTML|trusted-types|Trusted Type/i.test(p)), problems.join('\n'));
  } finally {
    await strict.close();
  }
});
