// In browsers, a text with no character above U+00FF that looks ASCII goes into the module as
// Latin-1 bytes (btoa and setFromBase64), and the module rewrites the bytes from 0x80 as UTF-8 in
// place (utf8::from_latin1); Node renders such text as fast through encodeInto and keeps it. The
// test hook makes the facade hand every text over as Latin-1 (through Buffer here; a text with
// another character goes as code units), so the module's path is checked in Node too, against
// the UTF-8 TextEncoder writes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { create } from './helpers/module.mjs';
import { seed, seedWith } from './helpers/big-inputs.mjs';

const renderer = await create({ testHooks: true });

// The call's result as Latin-1 and as UTF-8, which must be the same; and the facade's own choice.
function same(call, what) {
  renderer.textWayForTests('latin1');
  const latin1 = JSON.stringify(call());
  renderer.textWayForTests('utf8');
  const utf8 = JSON.stringify(call());
  renderer.textWayForTests(undefined);
  assert.equal(latin1, utf8, what);
  assert.equal(JSON.stringify(call()), utf8, `${what} (the facade's choice)`);
  return JSON.parse(utf8);
}

test('every character up to U+00FF, at every position of a step, reads as from UTF-8', () => {
  let all = '';
  for (let c = 1; c < 256; c++) all += String.fromCharCode(c);
  assert.equal(same(() => renderer.renderMarkdown(`\`${all.replace(/`/g, '')}\``), 'all').ok, true);
  for (const c of ['é', 'ÿ', '×', '\u00a0']) {
    for (let at = 0; at < 40; at++) {
      const text = `x${'a'.repeat(at)}${c}${'b'.repeat(39 - at)}${c}`;
      assert.equal(same(() => renderer.renderMarkdown(text), `${c} ${at}`).html, `<p>${text}</p>\n`);
    }
  }
});

test('payloads, options, errors with their offsets and decodePayload are the same from Latin-1', () => {
  const latin = seedWith({ markdown: `# Über den Vergleich\n\n${'Größe, Straße, déjà vu, año. '.repeat(300)}` });
  for (const payload of [seed, latin]) {
    same(() => renderer.renderComparison(payload), 'render');
    same(() => renderer.renderComparison(payload, { labels: { tie: 'Égalité' }, headingOffset: 1 }), 'options');
    same(() => renderer.decodePayload(payload), 'decode');
  }
  const error = same(() => renderer.renderComparison('{"title": "déjà vu", x}'), 'error');
  assert.equal(error.error.code, 'json_syntax');
  assert.equal(error.error.offset, 21);  // the x, in UTF-16 units
  // A text with a character above U+00FF cannot go as Latin-1: it goes as code units instead.
  same(() => renderer.renderMarkdown('a dash — and a check ✓, and é'), 'wide');
});

test('the input limit is the same from Latin-1: the UTF-8 bytes counted', () => {
  const text = `{"title": "${'é'.repeat(1000)}", "slug": "x"}`;  // 2,026 bytes of UTF-8
  const limit = (maxInputBytes) => ({ limits: { maxInputBytes } });
  assert.equal(same(() => renderer.renderComparison(text, limit(2026))).ok, true);
  assert.equal(same(() => renderer.renderComparison(text, limit(2025))).error.code, 'too_large');
});
