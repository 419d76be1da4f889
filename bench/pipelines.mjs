// What a site would do without comparison-renderer, next to what it does with it. Every peer
// shares one pipeline: devalue.parse with Nuxt's revivers -> the comparison -> markdown engine
// (raw HTML off) -> the same escaped table -> <article>. Runs in Node and in the browser.
// Engines: markdown-it, marked, md4w (md4c in WebAssembly), commonmark (no tables), micromark
// with its GFM extension.

const revivers = { ShallowReactive: (v) => v, Reactive: (v) => v, Ref: (v) => v, ShallowRef: (v) => v };
const ESC = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
export const escapeHtml = (s) => String(s).replace(/[&<>"]/g, (c) => ESC[c]);

function names(c) {
  const [a = 'Option A', b = 'Option B'] = String(c.slug || '').split('-vs-');
  const cap = (s) => s.charAt(0).toUpperCase() + s.slice(1);
  return [cap(a), cap(b)];
}

// The escaped, accessible table every peer writes (the same markup ideas as the module's).
export function table(c) {
  const [a, b] = names(c);
  const rows = c.feature_matrix || [];
  let wa = 0, wb = 0;
  const body = [];
  for (const r of rows) {
    const w = String(r.winner || '').toLowerCase();
    if (w === 'a') wa++; else if (w === 'b') wb++;
    const verdict = w === 'a' ? a : w === 'b' ? b : w === 'tie' ? 'Tie' : 'No verdict';
    body.push(`<tr><th scope="row">${escapeHtml(r.feature)}</th><td${w === 'a' ? ' class="win"' : ''}>${escapeHtml(r.optionA)}</td>` +
      `<td${w === 'b' ? ' class="win"' : ''}>${escapeHtml(r.optionB)}</td><td>${escapeHtml(verdict)}</td></tr>`);
  }
  const lead = wa >= wb ? `${a} leads in ${wa} of ${rows.length} features, ${b} in ${wb}` : `${b} leads in ${wb} of ${rows.length} features, ${a} in ${wa}`;
  return `<h2>Feature comparison</h2><p id="s">${escapeHtml(lead)}.</p><div role="region" tabindex="0" aria-labelledby="c">` +
    `<table aria-describedby="s"><caption id="c">${escapeHtml(a)} vs ${escapeHtml(b)}</caption><thead><tr><th scope="col">Feature</th>` +
    `<th scope="col">${escapeHtml(a)}</th><th scope="col">${escapeHtml(b)}</th><th scope="col">Winner</th></tr></thead><tbody>` +
    body.join('\n') + '</tbody></table></div>';
}

function findComparison(value) {
  const data = value.data || value;
  for (const k of Object.keys(data)) return data[k];
  return value;
}

export function makePeer(devalueParse, renderMarkdown) {
  return (text) => {
    const c = findComparison(devalueParse(text, revivers));
    return `<article lang="${escapeHtml(c.locale || 'en')}"><h1>${escapeHtml(c.title)}</h1><p>${escapeHtml(c.description || '')}</p>` +
      renderMarkdown(c.content_md || '') + table(c) + '</article>';
  };
}

// md4c flags for md4w: tables, strikethrough, task lists, URL/www/e-mail autolinks, raw HTML off.
// (md4w's own NO_HTML constant is 0x240, which is wrong; 0x60 is md4c's.)
export const MD4W_FLAGS = 0x100 | 0x200 | 0x800 | 0x4 | 0x400 | 0x8 | 0x60;

export function pipelines({ devalueParse, MarkdownIt, Marked, md4w, commonmark, micromark, renderer }) {
  const mdit = new MarkdownIt({ html: false, linkify: true });
  const marked = new Marked({ gfm: true, renderer: { html: ({ text }) => escapeHtml(text) } });
  const cmReader = new commonmark.Parser();
  const cmWriter = new commonmark.HtmlRenderer({ safe: true });
  const mmOptions = { extensions: [micromark.gfm()], htmlExtensions: [micromark.gfmHtml()] };
  return {
    module: (text) => renderer.renderComparison(text).html,
    'devalue+md4w': makePeer(devalueParse, (md) => md4w.mdToHtml(md, { parseFlags: MD4W_FLAGS })),
    'devalue+commonmark': makePeer(devalueParse, (md) => cmWriter.render(cmReader.parse(md))),
    'devalue+markdown-it': makePeer(devalueParse, (md) => mdit.render(md)),
    'devalue+marked': makePeer(devalueParse, (md) => marked.parse(md)),
    'devalue+micromark': makePeer(devalueParse, (md) => micromark.micromark(md, mmOptions)),
  };
}

// The same pipelines from the payload's bytes, as a page holds them after fetching _payload.json
// (`await response.arrayBuffer()`): the module takes the bytes; a peer needs their text first,
// which TextDecoder makes (as response.text() would).
export function fromBytes(impls, renderer) {
  const decoder = new TextDecoder();
  return Object.fromEntries(Object.entries(impls).map(([name, render]) => [name, name === 'module'
    ? (bytes) => renderer.renderComparison(bytes).html
    : (bytes) => render(decoder.decode(bytes))]));
}
export const bytesOf = (input) => (Array.isArray(input) ? input.map(bytesOf) : new TextEncoder().encode(input));

// micromark takes a second or more per call on the largest inputs: left out there (it is never
// the fastest peer, so no ratio changes).
export function forScenario(impls, name) {
  if (name !== 'large' && name !== 'huge') return impls;
  const { 'devalue+micromark': _, ...rest } = impls;
  return rest;
}
// Fewer samples where one call takes tens of milliseconds.
export const samplesFor = (name, n) => (name === 'large' || name === 'huge' ? Math.max(7, Math.ceil(n / 2)) : n);

// The peers' libraries, loaded in Node.
export async function nodeLibraries() {
  const { parse: devalueParse } = await import('devalue');
  const { default: MarkdownIt } = await import('markdown-it');
  const { Marked } = await import('marked');
  const md4w = await import('md4w');
  const commonmark = await import('commonmark');
  const { micromark } = await import('micromark');
  const { gfm, gfmHtml } = await import('micromark-extension-gfm');
  return { devalueParse, MarkdownIt, Marked, md4w, commonmark: commonmark.default ?? commonmark,
    micromark: { micromark, gfm, gfmHtml } };
}

// Interleaved timing: every round runs each implementation once on the scenario (in a rotating
// order), after a warm-up; returns the median time per call in ms for each. The warm-up runs
// each implementation for at least `warmupMs` (and `warmup` calls): V8 compiles WebAssembly in
// tiers, and the module's functions reach optimized code only after ~1,000 seed renders
// (~0.3 s; five calls left the seed's samples measuring the tier-up itself, 2-5x slower). Then it
// goes on until the implementation stops getting faster (settle): on a loaded machine the
// optimizing compiler, on a background thread, can take a second or more, and a page's first
// scenario was measured half on baseline code (Chromium seed 37.6 µs one run, ~21 the next).
// A cold page's first call is measured separately (bench/first-call.mjs).
export function measure(impls, inputs, { warmup = 5, warmupMs = 500, samples = 21, minBatchMs = 20 } = {}) {
  const names = Object.keys(impls);
  const list = Array.isArray(inputs) ? inputs : [inputs];
  const once = (fn) => { let n = 0; for (const x of list) n += fn(x).length; return n; };
  // Batch size per implementation so that one sample takes >= minBatchMs (timer resolution).
  const batch = {};
  for (const n of names) {
    const until = performance.now() + warmupMs;
    for (let i = 0; i < warmup || performance.now() < until; i++) once(impls[n]);
    settle(() => once(impls[n]));
    const t = performance.now();
    once(impls[n]);
    const single = Math.max(performance.now() - t, 0.001);
    batch[n] = Math.max(1, Math.ceil(minBatchMs / single));
  }
  const times = Object.fromEntries(names.map((n) => [n, []]));
  for (let s = 0; s < samples; s++) {
    for (let k = 0; k < names.length; k++) {
      const n = names[(s + k) % names.length];
      const t = performance.now();
      for (let b = 0; b < batch[n]; b++) once(impls[n]);
      times[n].push((performance.now() - t) / batch[n] / list.length);
    }
  }
  const median = (a) => { const s = [...a].sort((x, y) => x - y); return s[Math.floor(s.length / 2)]; };
  return Object.fromEntries(names.map((n) => [n, median(times[n])]));
}

// Runs `call` in windows of >= 100 ms (and >= 2 calls) until two windows in a row are no more
// than 5 % faster than the fastest before them, or for 4 s at most.
function settle(call) {
  const timeWindow = () => {
    const t = performance.now();
    let calls = 0;
    do { call(); calls++; } while (calls < 2 || performance.now() - t < 100);
    return (performance.now() - t) / calls;
  };
  const stop = performance.now() + 4000;
  let best = timeWindow(), steady = 0;
  while (steady < 2 && performance.now() < stop) {
    const t = timeWindow();
    steady = t >= 0.95 * best ? steady + 1 : 0;
    best = Math.min(best, t);
  }
}
