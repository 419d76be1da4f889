// A large comparison (400 sections, a 6,000-row matrix: ~1.4 MB of HTML, a 900 KB payload), or
// one of two long blocks, through <comparison-article> with render = "main" | "worker" | "auto".
// window.__renderWith(mode, 'sections' | 'blocks') resolves to what happened: the order the
// heading and the last row arrived in, aria-busy while the pieces went in, how many list items
// each task had put in, the events, and whether the DOM is the renderer's article.
import createComparisonRenderer from '/dist/comparison-renderer.mjs';
import '/dist/comparison-article.mjs';
import { longBlocks } from '/fixtures/long-blocks.mjs';

const words = 'Throughput latency memory safety ergonomics tooling ecosystem. ';
export const comparison = JSON.stringify({
  title: 'Large vs Small', slug: 'large-vs-small', description: 'A long article.',
  content_md: Array.from({ length: 400 }, (_, i) =>
    `## Section ${i}\n\n${words.repeat(12)}\n\n- point *${i}*\n- point **${i + 1}**\n`).join('\n'),
  feature_matrix: Array.from({ length: 6000 }, (_, i) =>
    ({ feature: `Feature ${i}`, optionA: `a${i}`, optionB: `b${i}`, winner: i % 3 ? 'A' : 'B' })),
});
// A 15,000-item list, then a 3,000-row markdown table (~1.3 MB of HTML), with a one-row matrix;
// "blocks-twice" has twice the items and rows.
export const blocks = longBlocks(15000, 1);
// A list whose items each hold a list of 130 items (over 256 elements: each goes in as an empty
// item, its list after it); "nested-twice" has twice the outer items.
const nestedOf = (items) => JSON.stringify({
  title: 'Nested lists', slug: 'nested-lists', description: 'Lists in a list.',
  content_md: `## Items\n\n${Array.from({ length: items }, (_, i) =>
    `- item ${i}\n${Array.from({ length: 130 }, (_, j) => `  - sub *${j}*`).join('\n')}`).join('\n')}\n`,
  feature_matrix: [{ feature: 'Depth', optionA: 'one', optionB: 'two', winner: 'B' }],
});
// Blocks longer than a section: a list of 3,000 items, every 100th holding raw HTML whose div
// the parser moves out of its paragraph, and one with headings in headings (whose end tags would
// close the list); a quote of lists, with raw tables between them that hold text or a no-break
// space where the parser moves it out of the table, two of them of 1,000 rows; a 3,000-row table.
const rows = '<tr><td>1</td></tr>'.repeat(1000);
const rawTables = { 1000: `<table><tbody><tr>x<td>0</td></tr>${rows}</tbody></table>`, 2000: `<table>&nbsp;<tbody>${rows}</tbody></table>` };
const longSection = JSON.stringify({
  title: 'Long blocks with raw HTML', slug: 'long-raw', description: 'Raw HTML inside long blocks.',
  content_md: `## All of it\n\n${Array.from({ length: 3000 }, (_, i) => (i === 5 ? `- item 5\n\n  <h2><ul><li><h3><h4></h4></h3></li></ul></h2>\n` :
    i % 100 ? `- item *${i}*` : `- item ${i}\n\n  <div><p>raw ${i}<div>inner</div></p></div>\n`)).join('\n')}\n\n` +
    `${Array.from({ length: 3000 }, (_, i) => (rawTables[i] ? `>\n> ${rawTables[i]}\n>\n> - quoted ${i}` : i % 500 ? `> - quoted ${i}` :
      `>\n> <table>x${i}<tr><td>${i}</td></tr></table>\n>\n> - quoted ${i}`)).join('\n')}\n\n` +
    `| n | square |\n|---|---|\n${Array.from({ length: 3000 }, (_, i) => `| ${i} | ${i * i} |`).join('\n')}\n`,
  feature_matrix: [{ feature: 'Length', optionA: 'long', optionB: 'longer', winner: 'B' }],
});
const options = { idPrefix: 'big-' };
const renderer = await createComparisonRenderer();
const payloads = { sections: comparison, blocks, 'blocks-twice': longBlocks(30000, 1), nested: nestedOf(100),
  'nested-twice': nestedOf(200), 'long-section': longSection };
// The article as one parse of the renderer's HTML gives it (raw HTML may parse into other nodes
// than its text says).
const parsed = (html) => {
  const template = document.createElement('template');
  template.innerHTML = html;
  return template.innerHTML;
};
const expected = Object.fromEntries(Object.entries(payloads).map(([k, v]) => [k, parsed(renderer.renderComparison(v, options).html)]));

// The longest text the browser is given to parse at once while the element renders (through
// insertAdjacentHTML or innerHTML, on any element: a template too).
let parsing = null;
const insertAdjacentHTML = Element.prototype.insertAdjacentHTML;
Element.prototype.insertAdjacentHTML = function (where, html) {
  if (parsing) parsing.longest = Math.max(parsing.longest, String(html).length);
  return insertAdjacentHTML.call(this, where, html);
};
const innerHTML = Object.getOwnPropertyDescriptor(Element.prototype, 'innerHTML');
Object.defineProperty(Element.prototype, 'innerHTML', {
  configurable: true,
  get() { return innerHTML.get.call(this); },
  set(html) {
    if (parsing) parsing.longest = Math.max(parsing.longest, String(html).length);
    innerHTML.set.call(this, html);
  },
});

// Each layout the element forces (it reads offsetHeight) passes over the children of every
// element from the ones that changed up to the article: the log counts the layouts and adds up
// the children each one passed over.
const offsetHeight = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'offsetHeight');
let layouts = null;
Object.defineProperty(HTMLElement.prototype, 'offsetHeight', {
  configurable: true,
  get() {
    if (layouts && layouts.element.contains(this)) {
      layouts.count++;
      const passed = new Set();
      for (const record of layouts.changes.takeRecords()) {
        for (let node = record.target; node && node !== layouts.element && !passed.has(node); node = node.parentNode) {
          passed.add(node);
          layouts.passedOver += node.childNodes.length;
        }
      }
    }
    return offsetHeight.get.call(this);
  },
});

window.__renderWith = (mode, which = 'sections') => new Promise((resolve) => {
  const log = { busySeen: false, headingBeforeLastRow: null, events: [] };
  const el = document.createElement('comparison-article');
  layouts = { element: el, count: 0, passedOver: 0, changes: new MutationObserver(() => {}) };
  parsing = { element: el, longest: 0 };
  layouts.changes.observe(el, { childList: true, subtree: true });
  el.setAttribute('render', mode);
  let headingAt = -1, lastRowAt = -1, step = 0;
  log.itemsSeen = [];
  const observer = new MutationObserver(() => {
    step++;
    const items = el.getElementsByTagName('li').length;
    if (items !== log.itemsSeen.at(-1)) log.itemsSeen.push(items);
    if (el.getAttribute('aria-busy') === 'true' && el.querySelector('h1')) log.busySeen = true;
    if (headingAt < 0 && el.querySelector('h1.cr-title')) headingAt = step;
    if (lastRowAt < 0 && el.querySelector('#big-matrix-caption') &&
        el.querySelectorAll('.cr-matrix tbody tr').length === (which === 'sections' ? 6000 : 1)) lastRowAt = step;
  });
  observer.observe(el, { childList: true, subtree: true, attributes: true, attributeFilter: ['aria-busy'] });
  for (const type of ['comparison-rendered', 'comparison-error']) el.addEventListener(type, (e) => log.events.push(type));
  el.addEventListener('comparison-rendered', () => {
    // Anything still queued would show up before this timer.
    setTimeout(() => {
      observer.disconnect();
      log.headingBeforeLastRow = headingAt >= 0 && headingAt < lastRowAt;
      log.steps = step;
      log.busyAtEnd = el.getAttribute('aria-busy');
      log.same = el.innerHTML === expected[which];
      log.layouts = layouts.count;
      log.passedOverPerElement = layouts.passedOver / el.getElementsByTagName('*').length;
      log.longestParse = parsing.longest;
      parsing = null;
      layouts.changes.disconnect();
      layouts = null;
      el.id = `article-${mode}`;
      resolve(log);
    }, 200);
  });
  el.options = options;
  el.payload = payloads[which];
  document.querySelector('main').replaceChildren(el);
});
document.body.dataset.ready = 'true';
