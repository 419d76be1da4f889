// A payload given as bytes: what a page fetched (`await response.arrayBuffer()`), without making
// a string of it first. Every function reads bytes exactly as it reads the text TextDecoder makes
// of them: invalid sequences become U+FFFD (one per maximal subpart), a leading byte order mark is
// dropped, errors' offsets count in that text, and the input limit counts its UTF-8 bytes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { create } from './helpers/module.mjs';
import { seed, seedMarkdown, largePayload } from './helpers/big-inputs.mjs';

const renderer = await create({ testHooks: true });
const encode = (text) => new TextEncoder().encode(text);
const decoded = (bytes) => new TextDecoder().decode(bytes);
const same = (a, b, what) => assert.equal(JSON.stringify(a), JSON.stringify(b), what);

test('bytes render as the text they decode to, from every kind of buffer', () => {
  const japanese = seed.replace('Rust vs Go', '日本語の比較 😀 مقارنة');
  for (const text of [seed, japanese, largePayload()]) {
    const bytes = encode(text);
    const expected = renderer.renderComparison(text);
    assert.equal(expected.ok, true);
    same(renderer.renderComparison(bytes), expected, 'a Uint8Array');
    same(renderer.renderComparison(bytes.buffer), expected, 'an ArrayBuffer');
    const padded = new Uint8Array(bytes.length + 11);
    padded.set(bytes, 7);
    same(renderer.renderComparison(padded.subarray(7, 7 + bytes.length)), expected, 'a view into a larger buffer');
    same(renderer.renderComparison(new DataView(padded.buffer, 7, bytes.length)), expected, 'a DataView');
    same(renderer.renderComparison(Buffer.from(bytes)), expected, "a Node Buffer");
  }
  same(renderer.decodePayload(encode(seed)), renderer.decodePayload(seed), 'decodePayload');
  same(renderer.renderMarkdown(encode(seedMarkdown), { headingIds: true }),
    renderer.renderMarkdown(seedMarkdown, { headingIds: true }), 'renderMarkdown');
  const shared = new SharedArrayBuffer(encode(seed).length);
  new Uint8Array(shared).set(encode(seed));
  same(renderer.renderComparison(shared), renderer.renderComparison(seed), 'a SharedArrayBuffer');
});

test('invalid UTF-8 becomes U+FFFD as TextDecoder makes it, and a byte order mark is dropped', () => {
  const cases = [
    Buffer.from('[{"title":"A\xff\xfeB\xc0\xafC\xed\xa0\x80D\xf4\x90\x80\x80E\xe2\x82","feature_matrix":[]}]', 'latin1'),
    Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), encode('{"title":"BOM","feature_matrix":[]}')]),
    Buffer.from('{"title":"cut short \xf0\x9f\x98', 'latin1'),
  ];
  for (const bytes of cases) same(renderer.renderComparison(bytes), renderer.renderComparison(decoded(bytes)));
  assert.equal(renderer.renderComparison(cases[0]).title, 'A\ufffd\ufffdB\ufffd\ufffdC\ufffd\ufffd\ufffdD\ufffd\ufffd\ufffd\ufffdE\ufffd');
  assert.equal(renderer.renderComparison(cases[1]).title, 'BOM');
  const markdown = Buffer.from('# T\xe9te\n\n*caf\xe9* \xf0\x28\x8c\x28', 'latin1');
  same(renderer.renderMarkdown(markdown), renderer.renderMarkdown(decoded(markdown)));
  same(renderer.decodePayload(cases[0]), renderer.decodePayload(decoded(cases[0])));
});

test('a string that starts with a byte order mark reads as the text after it, as its bytes do', () => {
  // fs.readFileSync(file, 'utf8') keeps the mark that an editor wrote; TextDecoder drops it.
  const bom = '\ufeff';
  same(renderer.renderComparison(bom + seed), renderer.renderComparison(seed), 'renderComparison');
  same(renderer.decodePayload(bom + seed), renderer.decodePayload(seed), 'decodePayload');
  same(renderer.renderMarkdown(bom + '# Title\n\ntext'), renderer.renderMarkdown('# Title\n\ntext'), 'renderMarkdown');
  assert.match(renderer.renderMarkdown(bom + '# Title').html, /^<h1>Title<\/h1>/);
  same(renderer.renderComparison(bom + seed), renderer.renderComparison(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), encode(seed)])));
  // Only the first: a second is text (here, not JSON).
  assert.equal(renderer.renderComparison(bom + bom + seed).error.code, 'json_syntax');
  // An error's offset is an index into the string as given, mark included.
  const text = bom + '{"title": x}';
  const r = renderer.renderComparison(text);
  assert.equal(r.error.code, 'json_syntax');
  assert.equal(r.error.offset, text.indexOf('x'));
  const lone = renderer.decodePayload(bom + '["\ud800", x]');
  assert.equal(lone.error.offset, (bom + '["\ud800", x]').indexOf('x'));
});

test('errors point where they do in the decoded text, past invalid bytes too', () => {
  const bad = Buffer.concat([Buffer.from('{"t":"\xff\xff\xe2\x82 日本", ', 'latin1'), encode('x}')]);
  const r = renderer.renderComparison(bad);
  assert.equal(r.error.code, 'json_syntax');
  same(r, renderer.renderComparison(decoded(bad)));
  assert.equal(r.error.offset, decoded(bad).indexOf('x}'));
});

test('no bytes, as the first call of a fresh renderer, read as the empty text', async () => {
  // A fresh instance has no input buffer yet: nothing to copy must still get one.
  for (const [call, empty] of [['renderMarkdown', new Uint8Array(0)], ['renderComparison', new ArrayBuffer(0)],
    ['decodePayload', Uint8Array.from([0xef, 0xbb, 0xbf])]]) {
    const fresh = await create({ testHooks: true });
    same(fresh[call](empty), fresh[call](''), call);
    same(fresh[call](empty), fresh[call](''), `${call}, again`);
  }
});

test('bytes transferred away are said to be detached, whatever views them', () => {
  const buffer = encode(seed).buffer;
  const view = new Uint8Array(buffer);
  const dataView = new DataView(buffer, 2);
  structuredClone(buffer, { transfer: [buffer] });
  for (const [call, bytes] of [['decodePayload', view], ['renderComparison', buffer], ['renderMarkdown', dataView]]) {
    const r = renderer[call](bytes);
    assert.equal(r.ok, false, call);
    assert.deepEqual(r.error, { code: 'json_syntax', message: 'The bytes given are detached: their ArrayBuffer was transferred (to a worker, say), so there is nothing to read.', path: '', offset: 0 }, call);
  }
  // An empty buffer is still an empty text, and the renderer goes on.
  same(renderer.renderComparison(new Uint8Array(new ArrayBuffer(8), 8)), renderer.renderComparison(''));
  same(renderer.renderComparison(encode(seed)), renderer.renderComparison(seed), 'and the renderer goes on');
});

test('the input limit counts the bytes; an empty buffer is an empty payload', () => {
  const bytes = encode(seed);
  assert.equal(renderer.renderComparison(bytes, { limits: { maxInputBytes: bytes.length } }).ok, true);
  const over = renderer.renderComparison(bytes, { limits: { maxInputBytes: bytes.length - 1 } });
  same(over, renderer.renderComparison(seed, { limits: { maxInputBytes: bytes.length - 1 } }));
  assert.equal(over.error.code, 'too_large');
  same(renderer.renderComparison(new Uint8Array(0)), renderer.renderComparison(''));
  // Outside ASCII the size said is the bytes', whichever way the text came.
  const accents = 'é'.repeat(100);
  const tight = { limits: { maxMarkdownBytes: 99 } };
  same(renderer.renderMarkdown(encode(accents), tight), renderer.renderMarkdown(accents, tight));
  assert.match(renderer.renderMarkdown(accents, tight).error.message, /is 200 bytes/);
  same(renderer.renderMarkdown(new ArrayBuffer(0)), renderer.renderMarkdown(''));
  // And the renderer goes on as before.
  same(renderer.renderComparison(bytes), renderer.renderComparison(seed));
});

test('what is neither text nor bytes is a TypeError that says what is accepted', () => {
  for (const wrong of [42, null, undefined, [123, 125], { byteLength: 2 }]) {
    assert.throws(() => renderer.renderComparison(wrong), {
      name: 'TypeError', message: /^renderComparison: expected a string or UTF-8 bytes \(an ArrayBuffer or a Uint8Array\), got /,
    });
  }
});

test('the module judges UTF-8 as TextDecoder does, sixteen bytes at a time (every short sequence at every offset)', () => {
  // The module's check reads sixteen bytes a step, so each sequence is tried at every position
  // across a step's edge; its verdict must be TextDecoder's (fatal) verdict.
  const fatal = new TextDecoder('utf-8', { fatal: true });
  const valid = (b) => { try { fatal.decode(b); return true; } catch { return false; } };
  const edges = [0x00, 0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0, 0xc1, 0xc2, 0xdf, 0xe0, 0xe1, 0xec, 0xed, 0xee,
    0xef, 0xf0, 0xf1, 0xf3, 0xf4, 0xf5, 0xff];
  let cases = 0;
  const check = (bytes) => {
    cases++;
    if (renderer.utf8IsValidForTests(bytes) !== valid(bytes)) {
      assert.fail(`${Buffer.from(bytes).toString('hex')}: the module says ${!valid(bytes)}, TextDecoder ${valid(bytes)}`);
    }
  };
  const fourth = [0x61, 0x80, 0xbf, 0xc2, 0xf0];
  for (const pad of [0, 13, 14, 15, 17]) {
    const before = new Array(pad).fill(0x61);
    for (let a = 0; a < 256; a++) {
      check(Uint8Array.from([...before, a]));
      for (let b = 0x70; b < 256; b++) check(Uint8Array.from([...before, a, b]));
    }
    for (const a of edges) for (const b of edges) for (const c of edges) {
      check(Uint8Array.from([...before, a, b, c]));
      for (const d of fourth) check(Uint8Array.from([...before, a, b, c, d]));
      check(Uint8Array.from([...before, a, b, c, 0xe6, 0x97, 0xa5, 0x61]));
    }
  }
  console.log(`${cases} byte sequences judged as TextDecoder judges them`);
});
