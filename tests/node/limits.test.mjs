// Every limit of src/core/limits.hpp at its edge, through dist/: just under passes, just over
// gives the limit's code with a message naming the numbers (and a path where there is one).
// Small limits through the `limits` option make the edges cheap; each limit is also tested at its
// default. Then: raising a limit lets trusted input through, and bad limit values are
// bad_option errors whose path names the limit. tests/native/test_limits.cpp does the same in C++.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderer } from './helpers/module.mjs';
import { seed, seedMarkdown, paddedPayload, deepArrays } from './helpers/big-inputs.mjs';

const MiB = 1024 * 1024;
const bytes = (s) => Buffer.byteLength(s, 'utf8');
const limits = (name, value) => ({ limits: { [name]: value } });

function assertError(r, code, { message, path } = {}) {
  assert.equal(r.ok, false, `expected ${code}, got a result`);
  assert.equal(r.error.code, code, r.error.message);
  if (message instanceof RegExp) assert.match(r.error.message, message);
  else if (message !== undefined) assert.equal(r.error.message, message);
  if (path !== undefined) assert.equal(r.error.path, path);
}

// A plain comparison; `extra` members are added after the matrix.
const plain = (extra = '') =>
  '{"title":"Rust vs Go","slug":"rust-vs-go","feature_matrix":[' +
  '{"feature":"Speed","optionA":"fast","optionB":"fast too","winner":"tie"}]' + extra + '}';

// JSON values in a JSON text, counted as the scanner counts them (object keys included).
function valueCount(json) {
  let n = 0;
  const stack = [JSON.parse(json)];
  while (stack.length) {
    const v = stack.pop();
    n++;
    if (Array.isArray(v)) stack.push(...v);
    else if (v && typeof v === 'object') for (const [, x] of Object.entries(v)) { n++; stack.push(x); }
  }
  return n;
}

const golden = renderer.renderComparison(seed).html;

// ---- input bytes -> too_large ----

test('input bytes: the edge, for renderComparison and decodePayload', () => {
  const n = bytes(seed);
  const at = renderer.renderComparison(seed, limits('maxInputBytes', n));
  assert.equal(at.ok, true);
  assert.equal(at.html, golden);
  assert.equal(renderer.decodePayload(seed, limits('maxInputBytes', n)).ok, true);
  const message = `The payload is ${n} bytes, over the limit of ${n - 1} bytes (limits.maxInputBytes).`;
  assertError(renderer.renderComparison(seed, limits('maxInputBytes', n - 1)), 'too_large', { message, path: '' });
  assertError(renderer.decodePayload(seed, limits('maxInputBytes', n - 1)), 'too_large', { message, path: '' });
});

test('input bytes are UTF-8 bytes, not UTF-16 code units', () => {
  const input = plain(`,"note":"${'é'.repeat(50)}${'😀'.repeat(10)}"`);
  const n = bytes(input);
  assert.equal(n, input.length + 50 + 20);
  assert.equal(renderer.renderComparison(input, limits('maxInputBytes', n)).ok, true);
  assertError(renderer.renderComparison(input, limits('maxInputBytes', n - 1)), 'too_large',
    { message: `The payload is ${n} bytes, over the limit of ${n - 1} bytes (limits.maxInputBytes).` });
});

test('input bytes: an HTML page counts whole', () => {
  const page = `<!DOCTYPE html><html><body><script type="application/json" id="__NUXT_DATA__" data-ssr="true">${seed}</script></body></html>`;
  assert.equal(renderer.renderComparison(page, limits('maxInputBytes', bytes(page))).html, golden);
  assertError(renderer.renderComparison(page, limits('maxInputBytes', bytes(page) - 1)), 'too_large');
});

test('input bytes: at the default of 32 MiB', () => {
  const at = paddedPayload(32 * MiB);
  assert.equal(bytes(at), 32 * MiB);
  const r = renderer.renderComparison(at);
  assert.equal(r.ok, true, r.error?.message);
  assert.equal(r.html, golden);
  const over = at + ' ';
  assertError(renderer.renderComparison(over), 'too_large',
    { message: 'The payload is 33554433 bytes, over the limit of 33554432 bytes (limits.maxInputBytes).', path: '' });
  assertError(renderer.decodePayload(over), 'too_large');
  assert.equal(renderer.renderComparison(seed).html, golden);
});

// ---- nesting depth -> too_deep ----

test('depth: the edge, arrays and objects, render and decode', () => {
  // The comparison object is level 1; "x" adds 7 levels: 8 in all.
  const at = plain(`,"x":${deepArrays(7)}`);
  assert.equal(renderer.renderComparison(at, limits('maxDepth', 8)).ok, true);
  assert.equal(renderer.decodePayload(at, limits('maxDepth', 8)).ok, true);
  const over = plain(`,"x":${deepArrays(8)}`);
  const r = renderer.renderComparison(over, limits('maxDepth', 8));
  assertError(r, 'too_deep', { message: 'The payload nests arrays and objects more than 8 levels deep (limits.maxDepth).', path: '' });
  assert.equal(r.error.offset, over.indexOf('"x":') + 4 + 7, 'the offset is the bracket that opens level 9');
  assertError(renderer.decodePayload(over, limits('maxDepth', 8)), 'too_deep');
  // A limit of one is said in the singular.
  assertError(renderer.renderComparison('[[1]]', limits('maxDepth', 1)), 'too_deep',
    { message: 'The payload nests arrays and objects more than 1 level deep (limits.maxDepth).' });
  assertError(renderer.renderComparison('{}', limits('maxInputBytes', 1)), 'too_large',
    { message: 'The payload is 2 bytes, over the limit of 1 byte (limits.maxInputBytes).' });

  const objects = plain(',"x":{"a":{"b":{"c":{"d":{"e":{"f":{}}}}}}}');  // 8 levels
  assert.equal(renderer.renderComparison(objects, limits('maxDepth', 8)).ok, true);
  assertError(renderer.renderComparison(objects, limits('maxDepth', 7)), 'too_deep');
});

test('depth: at the default of 512', () => {
  assert.equal(renderer.renderComparison(plain(`,"x":${deepArrays(511)}`)).ok, true);
  assert.equal(renderer.decodePayload(plain(`,"x":${deepArrays(511)}`)).ok, true);
  const r = renderer.renderComparison(plain(`,"x":${deepArrays(512)}`));
  assertError(r, 'too_deep', { message: /more than 512 levels/ });
  assertError(renderer.decodePayload(plain(`,"x":${deepArrays(512)}`)), 'too_deep');
});

// ---- node count -> too_large ----

test('nodes: the edge, for renderComparison and decodePayload', () => {
  const n = valueCount(seed);
  assert.equal(renderer.renderComparison(seed, limits('maxNodes', n)).html, golden);
  assert.equal(renderer.decodePayload(seed, limits('maxNodes', n)).ok, true);
  const message = `The payload holds more than ${n - 1} JSON values (limits.maxNodes).`;
  assertError(renderer.renderComparison(seed, limits('maxNodes', n - 1)), 'too_large', { message, path: '' });
  assertError(renderer.decodePayload(seed, limits('maxNodes', n - 1)), 'too_large', { message });
  assert.equal(valueCount('{"a":[1,2]}'), 5, 'keys are values too');
});

test('nodes: a sparse matrix cannot declare more rows than the node limit', () => {
  const sparse = (length) => `[{"data":1},{"c":2},{"title":3,"feature_matrix":4},"A vs B",[-7,${length}]]`;
  assertError(renderer.renderComparison(sparse(100), limits('maxNodes', 100)), 'missing_field',
    { path: '/data/c/feature_matrix/0' });
  assertError(renderer.renderComparison(sparse(101), limits('maxNodes', 100)), 'too_large',
    { path: '/data/c/feature_matrix', message: /101/ });
  assertError(renderer.renderComparison(sparse(4_000_001)), 'too_large', { path: '/data/c/feature_matrix' });
});

test('nodes: at the default of 4,000,000', () => {
  const base = valueCount(plain(',"x":[]'));
  const zeros = (k) => plain(`,"x":[${'0,'.repeat(k - 1)}0]`);
  const at = zeros(4_000_000 - base);
  const r = renderer.renderComparison(at);
  assert.equal(r.ok, true, r.error?.message);
  assert.equal(renderer.decodePayload(at).ok, true);
  const over = zeros(4_000_000 - base + 1);
  assertError(renderer.renderComparison(over), 'too_large',
    { message: 'The payload holds more than 4000000 JSON values (limits.maxNodes).' });
  assertError(renderer.decodePayload(over), 'too_large');
});

// ---- output bytes -> too_large ----

test('output bytes: the edge for an article and for renderMarkdown (UTF-8 bytes)', () => {
  const n = bytes(golden);
  assert.equal(renderer.renderComparison(seed, limits('maxOutputBytes', n)).html, golden);
  assertError(renderer.renderComparison(seed, limits('maxOutputBytes', n - 1)), 'too_large',
    { message: `The rendered article would be larger than ${n - 1} bytes (limits.maxOutputBytes).`, path: '' });
  // Stopped early, inside the markdown body.
  assertError(renderer.renderComparison(seed, limits('maxOutputBytes', 2000)), 'too_large', { message: /2000 bytes/ });

  const md = `${seedMarkdown}\n\nÉtat de l’art — 😀\n`;
  const html = renderer.renderMarkdown(md).html;
  assert.ok(bytes(html) > html.length);
  assert.equal(renderer.renderMarkdown(md, limits('maxOutputBytes', bytes(html))).html, html);
  assertError(renderer.renderMarkdown(md, limits('maxOutputBytes', bytes(html) - 1)), 'too_large',
    { message: /\(limits\.maxOutputBytes\)/ });
});

test('output bytes: decodePayload refuses a value over the limit', () => {
  // The decoded value's size is not visible from JavaScript; natively the edge is exact
  // (LimitsOutputBytes.EdgeForDecode). Here: a limit under it refuses, one over it passes.
  assert.equal(renderer.decodePayload(seed, limits('maxOutputBytes', 2 * bytes(seed))).ok, true);
  assertError(renderer.decodePayload(seed, limits('maxOutputBytes', 1000)), 'too_large', { message: /bytes \(limits\.maxOutputBytes\)\.$/ });
});

test('output bytes: at the default of 64 MiB', () => {
  // '&' renders as "&amp;": a paragraph of 1000 is 5008 bytes of HTML, one of k letters k + 8.
  const limit = 64 * MiB;
  const lines = Math.floor((limit - 10000) / 5008);
  const body = ('&'.repeat(1000) + '\n\n').repeat(lines);
  const k = limit - lines * 5008 - 8;
  assert.equal(bytes(renderer.renderMarkdown('&'.repeat(1000) + '\n\n' + 'xyz\n').html), 5008 + 3 + 8);
  const r = renderer.renderMarkdown(body + 'x'.repeat(k) + '\n');
  assert.equal(r.ok, true, r.error?.message);
  assert.equal(r.html.length, limit);
  assertError(renderer.renderMarkdown(body + 'x'.repeat(k + 1) + '\n'), 'too_large',
    { message: 'The rendered HTML would be larger than 67108864 bytes (limits.maxOutputBytes).' });
});

// ---- markdown bytes -> too_large ----

test('markdown bytes: the edge for a comparison (decoded bytes) and for renderMarkdown', () => {
  const n = bytes(seedMarkdown);
  assert.equal(renderer.renderComparison(seed, limits('maxMarkdownBytes', n)).html, golden);
  assertError(renderer.renderComparison(seed, limits('maxMarkdownBytes', n - 1)), 'too_large', {
    message: `The comparison's markdown is ${n} bytes, over the limit of ${n - 1} bytes (limits.maxMarkdownBytes).`,
    path: '/data/comparison-rust-vs-go/content_md',
  });
  // decodePayload renders no markdown: the limit does not concern it.
  assert.equal(renderer.decodePayload(seed, limits('maxMarkdownBytes', 1)).ok, true);

  const md = '# Titre\n\nUn résumé.\n';
  assert.equal(bytes(md), md.length + 2);
  assert.equal(renderer.renderMarkdown(md, limits('maxMarkdownBytes', bytes(md))).ok, true);
  assertError(renderer.renderMarkdown(md, limits('maxMarkdownBytes', bytes(md) - 1)), 'too_large',
    { message: `The markdown is ${bytes(md)} bytes, over the limit of ${bytes(md) - 1} bytes (limits.maxMarkdownBytes).`, path: '' });
});

test('markdown bytes: at the default of 16 MiB', () => {
  const paragraph = 'Memory safety without a garbage collector, and a scheduler in the runtime.\n\n';
  let md = paragraph.repeat(Math.floor(16 * MiB / paragraph.length));
  md += 'x'.repeat(16 * MiB - md.length);
  assert.equal(bytes(md), 16 * MiB);
  assert.equal(renderer.renderMarkdown(md).ok, true);
  assertError(renderer.renderMarkdown(md + 'x'), 'too_large',
    { message: 'The markdown is 16777217 bytes, over the limit of 16777216 bytes (limits.maxMarkdownBytes).' });
  const comparison = (text) => JSON.stringify({ title: 'Rust vs Go', content_md: text, feature_matrix: [] });
  assert.equal(renderer.renderComparison(comparison(md)).ok, true);
  assertError(renderer.renderComparison(comparison(md + 'x')), 'too_large', { path: '/content_md' });
});

// ---- the option ----

test('the limits option raises a limit for trusted input, and only that one', () => {
  const deep = plain(`,"x":${deepArrays(600)}`);
  assertError(renderer.renderComparison(deep), 'too_deep');
  assert.equal(renderer.renderComparison(deep, limits('maxDepth', 1000)).ok, true);
  assert.equal(renderer.decodePayload(deep, limits('maxDepth', 1000)).ok, true);
  assertError(renderer.renderComparison(deep, { limits: { maxDepth: 1000, maxNodes: 10 } }), 'too_large');

  const big = paddedPayload(33 * MiB);
  assertError(renderer.renderComparison(big), 'too_large');
  const r = renderer.renderComparison(big, limits('maxInputBytes', 64 * MiB));
  assert.equal(r.html, golden);
  assert.equal(renderer.decodePayload(big, limits('maxInputBytes', 64 * MiB)).value.data['comparison-rust-vs-go'].content_html.length,
    33 * MiB - bytes(paddedPayload(0)));

  const md = 'word '.repeat(4 * MiB);  // 20 MiB
  assertError(renderer.renderMarkdown(md), 'too_large');
  assert.equal(renderer.renderMarkdown(md, limits('maxMarkdownBytes', 32 * MiB)).ok, true);

  // Lowering works the same way.
  assertError(renderer.renderComparison(seed, limits('maxInputBytes', 1)), 'too_large');
  // Limits last for one call.
  assert.equal(renderer.renderComparison(seed).html, golden);
  assertError(renderer.renderComparison(deep), 'too_deep');
});

test('bad limit values are bad_option errors with the limit as path', () => {
  const cases = [
    [{ limits: { maxDepth: 0 } }, '/limits/maxDepth'],
    [{ limits: { maxDepth: -1 } }, '/limits/maxDepth'],
    [{ limits: { maxNodes: 1.5 } }, '/limits/maxNodes'],
    [{ limits: { maxInputBytes: '32MB' } }, '/limits/maxInputBytes'],
    [{ limits: { maxOutputBytes: null } }, '/limits/maxOutputBytes'],
    [{ limits: { maxOutputBytes: true } }, '/limits/maxOutputBytes'],
    [{ limits: { maxMarkdownBytes: 2 ** 31 } }, '/limits/maxMarkdownBytes'],
    [{ limits: { maxNodes: Infinity } }, '/limits/maxNodes'],  // JSON.stringify: null
    [{ limits: { maxDepht: 8 } }, '/limits/maxDepht'],
    [{ limits: { 'a/b': 8 } }, '/limits/a~1b'],
    [{ limits: 5 }, '/limits'],
    [{ limits: [8] }, '/limits'],
    [{ limits: 'none' }, '/limits'],
  ];
  for (const [options, path] of cases) {
    for (const call of [() => renderer.renderComparison(seed, options), () => renderer.decodePayload(seed, options),
      () => renderer.renderMarkdown('# x', options)]) {
      const r = call();
      assert.equal(r.ok, false, JSON.stringify(options));
      assert.equal(r.error.code, 'bad_option', JSON.stringify(options));
      assert.equal(r.error.path, path, `${JSON.stringify(options)}: ${r.error.message}`);
      assert.ok(r.error.message.length > 10);
    }
  }
  // The widest accepted values, and null / {} for "no change".
  for (const options of [{ limits: { maxInputBytes: 2 ** 31 - 1, maxDepth: 2 ** 31 - 1 } }, { limits: null }, { limits: {} }]) {
    assert.equal(renderer.renderComparison(seed, options).html, golden, JSON.stringify(options));
  }
});
