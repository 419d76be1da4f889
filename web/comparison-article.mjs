// <comparison-article>: a custom element that renders a Nuxt comparison payload into itself.
//
//   <link rel="stylesheet" href="/node_modules/comparison-renderer/dist/comparison.css">
//   <script type="module" src="/node_modules/comparison-renderer/dist/comparison-article.mjs"></script>
//   <comparison-article src="/compare/rust-vs-go/_payload.json"></comparison-article>
//
// Attributes (and the properties of the same meaning): src, slug, option-a (optionA),
// option-b (optionB), heading-offset (headingOffset: 1 makes the title an h2), render ("auto" |
// "worker" | "main": where the renderer runs; auto, the
// default, takes a worker for payloads over 256 KB and the main thread otherwise). Property only: payload (the payload text or
// its bytes; when set it wins over src), options (further RenderOptions: labelLanguage, headingOffset, labels, limits, rawHtml...).
// The article goes into the element's light DOM, so the page's comparison.css styles it; nothing
// here sets a style or runs inline script, so a strict Content-Security-Policy holds.
// Events (bubbling): "comparison-rendered" (detail: the result without html) and
// "comparison-error" (detail: { code, message, path }; besides the renderer's codes,
// "src_fetch_failed" when src cannot be fetched and "renderer_unavailable" when the
// WebAssembly module cannot be loaded). On an error the element shows its fallback content
// (whatever the page put inside it) instead of an article.
// All elements on a page share one renderer, loaded when the first element is connected (and one
// worker, started when first needed). A long article goes into the page in pieces, a section at a
// time with a yield between them (the heading first, aria-busy="true" until the last piece), so
// the page keeps scrolling and answering input; the events fire once, at the end.
// Importing this module in Node (no DOM) defines nothing and throws nothing.
import createComparisonRenderer from './comparison-renderer.mjs';

const TAG = 'comparison-article';
const ATTRIBUTES = ['src', 'slug', 'option-a', 'option-b', 'heading-offset', 'render'];
const WORKER_ABOVE = 256 * 1024;  // render="auto": payloads of more characters (or bytes) render in a worker
const PIECES_ABOVE = 64 * 1024;   // articles of more characters go into the page in pieces
const PIECE_BUDGET_MS = 16;       // time for pieces (parsed and laid out) before yielding to the page
const FRAME_MS = 16;              // a frame's own time: the budget grows with what a frame takes beyond it
const BUDGET_CAP_MS = 200;        // up to this
const PIECE_CHARS = 32 * 1024;    // characters parsed at a time: a longer section goes in runs of elements
const ELEMENTS_PER_STEP = 256;    // and a run has at most this many elements
const LAYOUT_GROWTH = 0.2;        // a layout waits for new elements numbering this share of the children it passes over

let workerPromise = null;
/** The one worker every element shares (started on first use; retried after a failure). */
function sharedWorker() {
  if (!workerPromise) {
    workerPromise = import('./comparison-worker.mjs').then((m) => m.default());
    workerPromise.catch(() => { workerPromise = null; });
  }
  return workerPromise;
}

// Lets the page lay out and paint what came in, and handle input, before the next pieces: after
// the next frame (a task queued from requestAnimationFrame runs once that frame is drawn). A
// yield that skipped frames would leave all the layout to one long task at the end. Resolves to
// the time the frame took to draw (from its animation callbacks to that task), or null when no
// frame came: in a hidden tab there are none, and a timer goes on instead.
const yieldToPage = () => new Promise((resolve) => {
  const timer = setTimeout(() => resolve(null), 100);
  requestAnimationFrame(() => {
    const frameStart = performance.now();
    setTimeout(() => { clearTimeout(timer); resolve(performance.now() - frameStart); }, 0);
  });
});

// The article cut where the renderer's markup allows (src/markdown/options.hpp, "sections"): the
// shell (the header and an empty body), the body's sections, and the matrix with its rows in runs.
// Returns null when the article is one piece. Each piece is whole elements, parsed on its own.
const SECTION = '<section class="cr-section">';
const MATRIX = '<section class="cr-matrix-section">';
function articlePieces(html) {
  const matrixAt = html.lastIndexOf(MATRIX);
  const end = html.lastIndexOf('</article>');
  if (matrixAt < 0 || end < matrixAt) return null;
  const bodyEnd = html.startsWith('</div>\n', matrixAt - 7) ? matrixAt - 7 : matrixAt;
  let first = html.indexOf(SECTION);
  if (first < 0 || first > bodyEnd) first = bodyEnd;
  const body = [];
  for (let at = first; at < bodyEnd;) {
    const next = html.indexOf(SECTION, at + SECTION.length);
    const stop = next < 0 || next > bodyEnd ? bodyEnd : next;
    body.push(html.slice(at, stop));
    at = stop;
  }
  // The matrix: its start with the first run of rows, then the other runs (rows are one per line).
  const matrix = html.slice(matrixAt, end);
  const rowsAt = matrix.indexOf('<tbody>\n') + 8, rowsEnd = matrix.lastIndexOf('</tbody>');
  const rows = [];
  if (rowsAt >= 8 && rowsEnd > rowsAt) {
    for (let at = rowsAt; at < rowsEnd;) {
      let stop = at + PIECE_CHARS < rowsEnd ? matrix.indexOf('\n<tr>', at + PIECE_CHARS) + 1 : rowsEnd;
      if (stop <= 0 || stop > rowsEnd) stop = rowsEnd;
      rows.push(matrix.slice(at, stop));
      at = stop;
    }
  }
  return {
    shell: html.slice(0, first) + html.slice(bodyEnd, matrixAt) + html.slice(end),
    body,
    matrix: rows.length ? matrix.slice(0, rowsAt) + rows[0] + matrix.slice(rowsEnd) : matrix,
    rows: rows.slice(1),
  };
}

// A step puts a piece into the page: `html`, appended to the container `into`, adds `children`
// children holding `elements` elements.
const step = (into, children, elements, html) => ({ into, children, elements, html });

// Elements and rows in a piece of the renderer's markup (a start tag is '<' and a letter).
function countTags(html) {
  let elements = 0, rows = 0;
  for (let at = html.indexOf('<'); at >= 0; at = html.indexOf('<', at + 1)) {
    const next = html.charCodeAt(at + 1);
    if (next >= 97 && next <= 122) {  // a-z
      elements++;
      if (next === 116 && html.startsWith('tr', at + 1) && (html[at + 3] === '>' || html[at + 3] === ' ')) rows++;
    }
  }
  return { elements, rows };
}

// The elements of the renderer's markup in `html` (every element closed but the void ones; '<'
// escaped in text and in attribute values), in document order: where element k starts, where
// its start tag ends, where its end tag starts and ends, how many elements it holds with itself
// (so its next sibling is k + size[k]), and its name. Null when the markup is not so, or nests deeper than
// STEPPED_DEPTH (the parser flattens past 512 levels, counted from where each parse starts).
const STEPPED_DEPTH = 256;
const VOID_ELEMENTS = new Set(['br', 'hr', 'img', 'wbr', 'col', 'area', 'base', 'embed', 'input', 'link', 'meta',
  'param', 'source', 'track']);
function elementTree(html) {
  const start = [], openEnd = [], close = [], end = [], size = [], names = [], open = [];
  for (let at = html.indexOf('<'); at >= 0; at = html.indexOf('<', at + 1)) {
    const next = html.charCodeAt(at + 1);
    if (next === 47) {  // '/': an end tag, which must close the last element opened
      const k = open.pop();
      if (k === undefined || !html.startsWith(`${names[k]}>`, at + 2)) return null;
      close[k] = at;
      end[k] = at + names[k].length + 3;
      size[k] = start.length - k;
    } else if (next >= 97 && next <= 122) {  // a-z: a start tag
      const tagStart = at;
      let nameEnd = at + 2;
      while (nameEnd < html.length && !' >\n'.includes(html[nameEnd])) nameEnd++;
      const name = html.slice(at + 1, nameEnd), k = start.length;
      at = html.indexOf('>', nameEnd);
      if (at < 0) return null;
      start.push(tagStart);
      openEnd.push(at + 1);
      names.push(name);
      close.push(at + 1);
      end.push(at + 1);
      size.push(1);
      if (!VOID_ELEMENTS.has(name) && open.push(k) > STEPPED_DEPTH) return null;
    }
  }
  return open.length ? null : { start, openEnd, close, end, size, names };
}

// Containers a long section is put in a part at a time: each run of their children is parsed
// with the container, already in the page, as its context. That gives the nodes one parse of the
// whole would when the parser's state at the end of a run does not depend on what comes after it
// and on the ancestors a run's parse does not see, which the renderer's markup ensures: elements
// closed in order, and no heading inside a heading (src/html/sanitize.hpp). Table parts only when
// they hold nothing but their usual children and white space, down to the cells: in a table's
// context the parser moves anything else out of the table, which a run's parse cannot do.
const STEPPED_CONTAINERS = new Set(['section', 'div', 'blockquote', 'ul', 'ol', 'li', 'table', 'thead', 'tbody', 'tfoot']);
const TABLE_CHILDREN = {
  table: new Set(['caption', 'colgroup', 'thead', 'tbody', 'tfoot']), thead: new Set(['tr']), tbody: new Set(['tr']),
  tfoot: new Set(['tr']), tr: new Set(['td', 'th']), colgroup: new Set(['col']),
};
const HTML_WHITE_SPACE = /^[\t\n\f\r ]*$/;
function steppable(html, tree, k) {
  const { size, names } = tree;
  return size[k] > 1 && STEPPED_CONTAINERS.has(names[k]) && (!TABLE_CHILDREN[names[k]] || plainTablePart(html, tree, k));
}
// Whether table part k holds only its usual children, each the same way (cells may hold anything),
// with white space between them. Tables nest three parts deep at most (table, tbody, tr).
function plainTablePart(html, tree, k) {
  const { start, openEnd, close, end, size, names } = tree;
  const allowed = TABLE_CHILDREN[names[k]];
  let at = openEnd[k];
  for (let c = k + 1; c < k + size[k]; at = end[c], c += size[c]) {
    if (!allowed.has(names[c]) || !HTML_WHITE_SPACE.test(html.slice(at, start[c]))) return false;
    if (TABLE_CHILDREN[names[c]] && !plainTablePart(html, tree, c)) return false;
  }
  return HTML_WHITE_SPACE.test(html.slice(at, close[k]));
}

// Steps that put `html` (whole elements, and text between them) into `into` a run of elements at
// a time, parsed run by run: at most ELEMENTS_PER_STEP elements and PIECE_CHARS characters each,
// unless one element alone is more. A container with more goes in empty, and its children follow
// it the same way. A stack, not recursion, follows the nesting.
function* insertsInSteps(html, into) {
  const tree = elementTree(html);
  if (!tree) {  // not markup the steps can cut: whole
    yield step(into, 1, countTags(html).elements, html);
    return;
  }
  const { openEnd, close, end, size } = tree;
  // A level: the elements [next, stop) of a container, and its text from `at` to `textEnd`.
  const levels = [{ next: 0, stop: size.length, at: 0, textEnd: html.length, into }];
  while (levels.length) {
    const level = levels[levels.length - 1], container = level.into, k = level.next;
    if (k >= level.stop) {  // the text after the last element
      const text = html.slice(level.at, level.textEnd);
      if (text) yield step(container, 0, 0, text);
      levels.pop();
      continue;
    }
    if ((size[k] > ELEMENTS_PER_STEP || end[k] - level.at > PIECE_CHARS) && steppable(html, tree, k)) {
      const shell = html.slice(level.at, openEnd[k]) + html.slice(close[k], end[k]);
      level.next = k + size[k];
      level.at = end[k];
      yield step(container, 1, 1, shell);
      levels.push({ next: k + 1, stop: k + size[k], at: openEnd[k], textEnd: close[k], into: container.lastElementChild });
      continue;
    }
    let last = k, elements = size[k], children = 1;
    for (let c = k + size[k]; c < level.stop && elements + size[c] <= ELEMENTS_PER_STEP && end[c] - level.at <= PIECE_CHARS; c += size[c]) {
      last = c;
      elements += size[c];
      children++;
    }
    level.next = last + size[last];
    const runEnd = level.next >= level.stop ? level.textEnd : end[last];
    const run = html.slice(level.at, runEnd);
    level.at = runEnd;
    yield step(container, children, elements, run);
  }
}

let rendererPromise = null;
/** The one renderer every element shares (created on first use; retried after a failure). */
function sharedRenderer() {
  if (!rendererPromise) {
    rendererPromise = createComparisonRenderer();
    rendererPromise.catch(() => { rendererPromise = null; });
  }
  return rendererPromise;
}

// While a src is being fetched, the renderer, once loaded, renders a small comparison with the
// usual kinds of markdown and throws it away: V8 compiles each WebAssembly function on its first
// call, and that ~10 ms (desktop; ~4× on a phone) would otherwise come after the payload
// arrives, on the first real render. Once per page, and only while the network is what we wait for.
const WARM_UP = JSON.stringify({
  title: 'A vs B', slug: 'a-vs-b', description: 'd', created_at: '2026-01-01T00:00:00Z', updated_at: '2026-02-01T00:00:00Z',
  content_md: '# A vs B\n\n## Intro\n\nSome *text*, a [link](https://example.com) and `code`.\n\n- a\n- [x] b\n\n' +
    '| a | b |\n|---|---|\n| 1 | 2 |\n\n```js\nx\n```\n\n> q\n',
  feature_matrix: [{ feature: 'x', optionA: '1', optionB: '2', winner: 'A' }, { feature: 'y', optionA: '1', optionB: '2', winner: 'tie' }],
});
let warmedUp = false;
function warmUpWhileFetching(renderer, fetching) {
  if (warmedUp) return;
  warmedUp = true;
  let fetched = false;
  fetching.then(() => { fetched = true; }, () => { fetched = true; });
  renderer.then((r) => { if (!fetched) r.renderComparison(WARM_UP); }, () => {});
}

// The renderer's HTML is sanitized (the element never asks for rawHtml "trust" unless the page's
// own script does, through `options`); pages that enforce Trusted Types allow this policy name.
let htmlPolicy;
function trustedHtml(html) {
  if (htmlPolicy === undefined) {
    htmlPolicy = null;
    try {
      if (globalThis.trustedTypes && typeof globalThis.trustedTypes.createPolicy === 'function') {
        htmlPolicy = globalThis.trustedTypes.createPolicy(TAG, { createHTML: (s) => s });
      }
    } catch {
      htmlPolicy = null; // the page's policy does not list ours: plain strings (fine unless TT is enforced)
    }
  }
  return htmlPolicy ? htmlPolicy.createHTML(html) : html;
}

// The options as the renderer receives them (the JSON the facade sends), to tell an equal object
// from a change; null when they cannot be sent (the renderer then reports them).
const internals = createComparisonRenderer[Symbol.for('comparison-renderer.internals')];
function optionsKey(options) {
  const json = internals.optionsJson(options);
  return typeof json === 'string' ? json : null;
}

// A link into the article (page.html#cr-section) arrives before the article does, so the
// browser found nothing to scroll to: once the article is in, go there, as the browser would
// have — once per page, and only while the reader has not scrolled elsewhere.
let fragmentDone = false;
function scrollToFragment(element) {
  if (fragmentDone || typeof location !== 'object' || location.hash.length < 2) return;
  let id;
  try {
    id = decodeURIComponent(location.hash.slice(1));
  } catch {
    return;
  }
  const target = element.getRootNode().getElementById?.(id);
  if (!target || !element.contains(target)) return;
  fragmentDone = true;
  if (window.scrollY !== 0 || window.scrollX !== 0) return;
  // Not location.replace(location.href): a fragment navigation would also set :target, but it
  // fires a popstate, which a page's router takes for a back or forward navigation.
  target.scrollIntoView();
}

// Where the reader's focus is inside the element: its place among the article's focusable
// elements (links, scroll regions), or -1 for any other place inside; null when it is elsewhere.
const FOCUSABLE = 'a[href], [tabindex]';
// The focused element in the element's tree: its shadow root's, when it is inside one (where the
// document's is the shadow host).
const activeIn = (element) => element.getRootNode().activeElement ?? null;
function focusPlace(element) {
  const active = activeIn(element);
  if (!active || active === element || !element.contains(active)) return null;
  return [...element.querySelectorAll(FOCUSABLE)].indexOf(active);
}
// Gives focus back after the element's content was replaced: to the same place in the new
// article, else to the element itself, so that a keyboard or screen reader user is not sent back
// to the top of the page. Not when the reader has put it somewhere else meanwhile.
function restoreFocus(element, place) {
  if (place === null) return;
  // Null in a shadow root is focus outside it: lost only if the document's is nowhere too.
  const active = activeIn(element) ?? document.activeElement;
  if (active !== null && active !== document.body && active !== element) return;
  const target = place >= 0 ? element.querySelectorAll(FOCUSABLE)[place] : undefined;
  if (target) {
    target.focus({ preventScroll: true });
    return;
  }
  if (!element.hasAttribute('tabindex')) element.setAttribute('tabindex', '-1');
  element.focus({ preventScroll: true });
}

// The heading-offset attribute as the renderer's headingOffset: a number when it reads as one,
// else the text, which the renderer refuses in words (bad_option, path /headingOffset).
function headingOffsetOf(value) {
  const text = value.trim();
  return /^-?\d+$/.test(text) ? Number(text) : text;  // not "0x2" or "1e0", which Number() reads
}

let instances = 0;
const Base = typeof HTMLElement === 'function' ? HTMLElement : class {};

export class ComparisonArticle extends Base {
  static get observedAttributes() {
    return ATTRIBUTES;
  }

  #payload = null;
  #options = null;
  #idPrefix = `comparison-article-${++instances}-`; // one per instance: ids never clash between elements
  #generation = 0;
  #queued = false;
  #fetched = null; // { url, input } of the last successful fetch of src (input: its bytes)
  #download = null; // { url, abort, bytes } the fetch of src under way (bytes: a promise of them)
  #fallback = null;
  #result = null;
  #error = null;
  #shown = false; // the article, or its first pieces, is in the element (not the fallback)
  #heldMinHeight = null; // the page's own min-height while the element holds its height, or null
  #rendered = null; // { src, input, options } the article in the element was wholly rendered from
  #pending = null; // { payload, src, options, generation } what the update under way renders

  connectedCallback() {
    // Properties set on the element before this module defined it shadow the accessors: move them.
    // One the setter refuses is reported as the page's error, and the others still move.
    for (const name of ['payload', 'options', 'src', 'slug', 'optionA', 'optionB', 'headingOffset', 'render']) {
      if (Object.prototype.hasOwnProperty.call(this, name)) {
        const value = this[name];
        delete this[name];
        try {
          this[name] = value;
        } catch (e) {
          reportError(e);
        }
      }
    }
    this.#schedule();
  }

  disconnectedCallback() {
    this.#generation++;
    // An element moved elsewhere in the page is back before the microtask: its download goes on.
    queueMicrotask(() => { if (!this.isConnected) this.#cancelDownload(); });
  }

  attributeChangedCallback(name, oldValue, newValue) {
    // The same src set again after its fetch failed is a retry.
    const retry = name === 'src' && this.#error !== null && this.#error.code === 'src_fetch_failed';
    if (oldValue === newValue && !retry) return;
    if (name === 'src') this.#fetched = null;
    this.#schedule();
  }

  /** URL of a payload to fetch (the src attribute). */
  get src() { return this.getAttribute('src'); }
  set src(value) { this.#reflect('src', value); }
  /** Which comparison, when the payload holds several (the slug attribute). */
  get slug() { return this.getAttribute('slug'); }
  set slug(value) { this.#reflect('slug', value); }
  /** Column name for option A (the option-a attribute). */
  get optionA() { return this.getAttribute('option-a'); }
  set optionA(value) { this.#reflect('option-a', value); }
  /** Column name for option B (the option-b attribute). */
  get optionB() { return this.getAttribute('option-b'); }
  set optionB(value) { this.#reflect('option-b', value); }
  /**
   * How many levels the article's headings go down (the heading-offset attribute): 1 makes the
   * title an h2, for a page that has its own h1. null when the attribute is not set.
   */
  get headingOffset() {
    const value = this.getAttribute('heading-offset');
    return value === null ? null : headingOffsetOf(value);
  }
  set headingOffset(value) { this.#reflect('heading-offset', value); }
  /** Where the renderer runs: "auto" (the default), "worker" or "main" (the render attribute). */
  get render() {
    const value = (this.getAttribute('render') || '').trim().toLowerCase();
    return value === 'worker' || value === 'main' ? value : 'auto';
  }
  set render(value) { this.#reflect('render', value); }

  /**
   * The payload itself, as text or as its UTF-8 bytes (an ArrayBuffer or a view, read when the
   * element renders); it wins over src. null (the default) means: use src.
   */
  get payload() { return this.#payload; }
  set payload(value) {
    if (value === undefined) value = null;
    if (value !== null && typeof value !== 'string' && !internals.isBytes(value)) {
      throw new TypeError(`<${TAG}>.payload: expected a string, UTF-8 bytes or null, got ${internals.describe(value)}`);
    }
    if (value === this.#payload) return;
    this.#payload = value;
    this.#schedule();
  }

  /** Further render options (labelLanguage, headingOffset, labels, limits, rawHtml, idPrefix). */
  get options() { return this.#options; }
  set options(value) {
    if (value === undefined) value = null;
    if (value !== null && (typeof value !== 'object' || Array.isArray(value))) {
      throw new TypeError(`<${TAG}>.options: expected an object or null`);
    }
    this.#options = value;
    this.#schedule();
  }

  /** The last successful render (the result without html), or null. */
  get result() { return this.#result; }
  /** The last error ({ code, message, path }), or null after a successful render. */
  get error() { return this.#error; }

  #reflect(attribute, value) {
    if (value === null || value === undefined) this.removeAttribute(attribute);
    else this.setAttribute(attribute, String(value));
  }

  // Several changes in one task (attributes parsed, two properties set) give one render.
  #schedule() {
    if (this.#queued) return;
    this.#queued = true;
    queueMicrotask(() => {
      this.#queued = false;
      if (this.isConnected) this.#update();
    });
  }

  async #update() {
    const payload = this.#payload;
    const src = this.getAttribute('src');
    const options = { ...(this.#options || {}) };
    if (options.idPrefix == null) options.idPrefix = this.#idPrefix;  // null is "not given" to the renderer too
    for (const [key, attribute] of [['slug', 'slug'], ['optionA', 'option-a'], ['optionB', 'option-b']]) {
      const value = this.getAttribute(attribute);
      if (value !== null && value.trim() !== '') options[key] = value.trim();
    }
    const headingOffset = this.getAttribute('heading-offset');
    if (headingOffset !== null && headingOffset.trim() !== '') options.headingOffset = headingOffsetOf(headingOffset);
    // An update that asks for what the update under way is rendering (an equal options object,
    // which a framework hands over on every update) lets it finish instead of starting it again.
    const key = { payload, src: payload === null ? src : null, options: optionsKey(options) };
    const pending = this.#pending;
    if (pending !== null && pending.generation === this.#generation && key.options !== null &&
        pending.payload === key.payload && pending.src === key.src && pending.options === key.options) {
      return;
    }
    const generation = ++this.#generation;
    this.#pending = { ...key, generation };
    const current = () => generation === this.#generation && this.isConnected;
    if (payload === null && (src === null || src.trim() === '')) {
      // Nothing to render (yet, or any more): back to the fallback content, without an event.
      this.#cancelDownload();
      const place = focusPlace(this);
      if (this.#shown) this.replaceChildren(...(this.#fallback || []));  // even half an article
      this.#releaseHeight();
      restoreFocus(this, place === null ? null : -1);
      this.#shown = false;
      this.#result = null;
      this.#error = null;
      this.#pending = null;
      this.removeAttribute('aria-busy');
      return;
    }
    this.setAttribute('aria-busy', 'true');

    // The main thread's renderer loads while the payload is fetched (render="worker" never needs it).
    const mode = this.render;
    const renderer = mode === 'worker' ? null : sharedRenderer();
    if (renderer) renderer.catch(() => {}); // handled below; a failed fetch may come first
    let input = payload;
    if (input === null) {
      let url;
      try {
        url = new URL(src, document.baseURI).href;
      } catch {
        this.#fail({ code: 'src_fetch_failed', message: `The src "${src}" is not a valid URL.`, path: '' });
        return;
      }
      if (this.#fetched && this.#fetched.url === url) {
        input = this.#fetched.input;
      } else {
        try {
          input = await this.#fetch(url, renderer);
        } catch (e) {
          if (!current()) return;
          const why = e && e.message ? e.message : String(e);
          this.#fail({ code: 'src_fetch_failed', message: `Fetching ${url} failed: ${why}.`, path: '' });
          return;
        }
        if (!current()) return;
        this.#fetched = { url, input };
      }
    }

    // The same source, input and options as the article shown (a framework handing over an equal
    // options object on every update): nothing to do; the reader keeps focus, selection and scroll.
    // A new src is a new article, and says so with its event, even when its input is the same.
    const asked = { src: key.src, input, options: key.options };
    const shown = this.#rendered;
    if (shown && this.#shown && asked.options !== null && shown.src === asked.src && shown.input === input &&
        shown.options === asked.options) {
      this.#pending = null;
      this.#releaseHeight();
      this.removeAttribute('aria-busy');
      return;
    }
    this.#rendered = null;

    // A worker when asked for, or for a large payload; the main thread when a worker cannot run
    // here (auto only: "worker" means a worker or an error).
    let result = null;
    const size = typeof input === 'string' ? input.length : input.byteLength;  // an ArrayBuffer has no length
    if (mode === 'worker' || (mode === 'auto' && size > WORKER_ABOVE)) {
      try {
        result = await (await sharedWorker()).renderComparison(input, options);
      } catch (e) {
        if (!current()) return;
        if (mode === 'worker') {
          const why = e && e.message ? e.message : String(e);
          this.#fail({ code: 'renderer_unavailable', message: `The renderer's worker could not be started: ${why}`, path: '' });
          return;
        }
      }
      if (!current()) return;
    }
    if (result === null) {
      let instance;
      try {
        instance = await (renderer || sharedRenderer());
      } catch (e) {
        if (!current()) return;
        const why = e && e.message ? e.message : String(e);
        this.#fail({ code: 'renderer_unavailable', message: `The WebAssembly renderer could not be loaded: ${why}`, path: '' });
        return;
      }
      if (!current()) return;
      result = instance.renderComparison(input, options);
    }
    if (!result.ok) {
      this.#fail(result.error);
      return;
    }
    const { html, ...detail } = result;
    try {
      if (!(await this.#insert(html, options.rawHtml === 'trust', current))) return;
    } catch (e) {  // the page refused the HTML: Trusted Types enforced without this element's policy
      if (!current()) return;
      const why = e && e.message ? e.message : String(e);
      this.#fail({ code: 'insert_failed', message: `The article could not be put into the page: ${why} ` +
        `(a page that enforces Trusted Types must allow the policy "${TAG}").`, path: '' });
      return;
    }
    this.#result = detail;
    this.#error = null;
    this.#rendered = asked;
    this.#pending = null;
    this.removeAttribute('aria-busy');
    this.dispatchEvent(new CustomEvent('comparison-rendered', { detail, bubbles: true, composed: true }));
    scrollToFragment(this);
  }

  // Puts the article into the element: at once when it is short (or trusted HTML, whose markup
  // the cuts cannot rely on), else piece by piece with the page getting its turn in between.
  // False when a newer render took over meanwhile.
  async #insert(html, trusted, current) {
    const pieces = html.length > PIECES_ABOVE && !trusted ? articlePieces(html) : null;
    // Focus in the fallback (a link in it) goes to the element, not to a place in the article.
    const place = this.#shown ? focusPlace(this) : focusPlace(this) === null ? null : -1;
    this.#keepFallback();
    if (!pieces) {
      this.innerHTML = trustedHtml(html);
      this.#releaseHeight();
      this.#shown = true;
      restoreFocus(this, place);
      return true;
    }
    this.#holdHeight();
    this.innerHTML = trustedHtml(pieces.shell);  // the title and header first
    // Focus waits on the element itself until the article is all in.
    restoreFocus(this, place === null ? null : -1);
    this.#shown = true;
    const article = this.firstElementChild;
    const body = article.querySelector(':scope > .cr-body');
    const children = new Map();  // container -> the children put into it
    const steps = (function* () {
      for (const piece of pieces.body) {
        if (piece.length <= PIECE_CHARS) {
          yield step(body, 1, countTags(piece).elements, piece);
        } else {
          yield* insertsInSteps(piece, body);
        }
      }
      const matrix = countTags(pieces.matrix);
      yield step(article, 1, matrix.elements, pieces.matrix);
      const tbody = article.querySelector(':scope > .cr-matrix-section tbody');
      children.set(tbody, matrix.rows);
      for (const rows of pieces.rows) {
        const { elements, rows: count } = countTags(rows);
        yield step(tbody, count, elements, rows);
      }
    })();
    // Pieces are laid out inside the budget: layout costs several times the parse, and left to the
    // frame it would make each frame's task several times longer than the budget. But a layout
    // passes over every child of each container from the one a piece went into up to the article
    // (Chromium lays out a list or a table whole), and a frame passes over the whole page, so one
    // of each per few elements would cost the square of a long list. So a layout (and a yield)
    // waits until the elements put in since the last one number LAYOUT_GROWTH of the children it
    // would pass over; and after a frame that took long to draw, the pieces go on for about as long
    // (up to BUDGET_CAP_MS). The layouts and the frames then cost at most a constant times the
    // article (docs/decisions.md §11).
    const passesOver = (into) => {
      let most = 0;
      for (let node = into; node && node !== this; node = node.parentNode) most = Math.max(most, children.get(node) || 0);
      return most;
    };
    let added = 0;  // elements put in since the last layout
    await yieldToPage();
    let started = performance.now(), budget = PIECE_BUDGET_MS;
    for (const next of steps) {
      if (!current()) return false;
      next.into.insertAdjacentHTML('beforeend', trustedHtml(next.html));
      children.set(next.into, (children.get(next.into) || 0) + next.children);
      added += next.elements;
      if (added < LAYOUT_GROWTH * passesOver(next.into)) continue;
      if (added) void article.offsetHeight;
      added = 0;
      if (performance.now() - started > budget) {
        const frame = await yieldToPage();
        if (!current()) return false;
        started = performance.now();
        budget = frame === null ? BUDGET_CAP_MS : Math.min(BUDGET_CAP_MS, Math.max(PIECE_BUDGET_MS, frame - FRAME_MS));
      }
    }
    if (added) void article.offsetHeight;
    this.#releaseHeight();
    restoreFocus(this, place);
    return true;
  }

  // While a long article replaces the one shown, piece by piece, the element keeps that one's
  // height: else the page would shrink to the new article's header, the browser would clamp the
  // reader's scroll to it, and the reader would end up at the top. Given back (the page's own
  // min-height) when the render ends, however it ends.
  #holdHeight() {
    if (!this.#shown || this.#heldMinHeight !== null) return;
    const height = this.getBoundingClientRect().height;
    if (!(height > 0)) return;
    this.#heldMinHeight = this.style.minHeight;
    this.style.minHeight = `${height}px`;
  }

  #releaseHeight() {
    if (this.#heldMinHeight === null) return;
    this.style.minHeight = this.#heldMinHeight;
    this.#heldMinHeight = null;
  }

  // The bytes of `url`: the download under way when it is of the same URL (an update while it
  // runs, a new options object or option-a, must not start it again), else a new one.
  #fetch(url, renderer) {
    if (this.#download !== null && this.#download.url === url) return this.#download.bytes;
    this.#cancelDownload();
    const abort = new AbortController();
    const download = { url, abort, bytes: null };
    download.bytes = (async () => {
      const response = await fetch(url, { credentials: 'same-origin', signal: abort.signal });
      if (!response.ok) throw new Error(`the server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
      // Its bytes, as they came: the renderer reads them as response.text() would decode
      // them, without the string and its encoding back to UTF-8 in between.
      return new Uint8Array(await response.arrayBuffer());
    })();
    const done = () => { if (this.#download === download) this.#download = null; };
    download.bytes.then(done, done);
    this.#download = download;
    if (renderer) warmUpWhileFetching(renderer, download.bytes);
    return download.bytes;
  }

  #cancelDownload() {
    if (this.#download !== null) this.#download.abort.abort();
    this.#download = null;
  }

  // What the page put inside the element, while it shows (children added after it was connected,
  // or by the parser since, included): kept before an article first replaces it.
  #keepFallback() {
    if (!this.#shown) this.#fallback = [...this.childNodes];
  }

  #fail(error) {
    this.removeAttribute('aria-busy');
    this.#releaseHeight();
    if (this.#shown) {  // the fallback, when it shows already, stays as it is (and focus in it)
      const place = focusPlace(this);
      this.replaceChildren(...(this.#fallback || []));
      restoreFocus(this, place === null ? null : -1);
    }
    this.#shown = false;
    this.#pending = null;
    this.#result = null;
    this.#error = error;
    this.dispatchEvent(new CustomEvent('comparison-error', { detail: error, bubbles: true, composed: true }));
  }
}

if (typeof customElements === 'object' && customElements !== null && !customElements.get(TAG)) {
  customElements.define(TAG, ComparisonArticle);
}

export default ComparisonArticle;
