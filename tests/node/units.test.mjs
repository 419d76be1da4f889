// A text given as UTF-16 code units: a text outside ASCII goes into the module as its code units
// (Chromium: the JS String Builtins; Node: Buffer), and the module writes their UTF-8
// (utf8::from_utf16, sixteen or eight units a step). The test hook makes the facade hand every
// text over that way, ASCII too, or none, so the module's own path is checked against the UTF-8
// that TextEncoder writes: the same results, lone surrogates as U+FFFD.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { create } from './helpers/module.mjs';
import { seed, seedWith, markdownOfSize } from './helpers/big-inputs.mjs';
import { utf8Mixes } from '../fixtures/utf8-mixes.mjs';

const renderer = await create({ testHooks: true });

// The call's result with the text as UTF-16 code units and as UTF-8, which must be the same.
function both(call) {
  renderer.textAsUnitsForTests(true);
  const units = call();
  renderer.textAsUnitsForTests(false);
  const utf8 = call();
  renderer.textAsUnitsForTests(undefined);
  return { units, utf8 };
}
const same = (call, what) => {
  const { units, utf8 } = both(call);
  assert.equal(JSON.stringify(units), JSON.stringify(utf8), what);
  return units;
};

test('mixes of 1- to 4-byte characters, runs and single ones, read the same as from UTF-8', () => {
  for (const text of utf8Mixes(11, 400, 300)) same(() => renderer.renderMarkdown(text), text.slice(0, 40));
  // Runs of each length of UTF-8 (and of pairs) meeting at every offset of a step.
  for (const a of ['a', 'é', 'ب', '日', '😀']) {
    for (const b of ['a', 'é', 'ب', '日', '😀']) {
      for (let n = 1; n < 40; n += 3) same(() => renderer.renderMarkdown(`x${a.repeat(n)}${b.repeat(41 - n)}${a}`), `${a} ${b} ${n}`);
    }
  }
});

test('a lone surrogate, at any position, is U+FFFD, as TextEncoder writes it', () => {
  for (const lone of ['\ud800', '\udbff', '\udc00', '\udfff']) {
    for (const around of ['a', '日', 'é']) {
      for (let at = 0; at < 48; at++) {
        const text = `x${around.repeat(at)}${lone}${around.repeat(47 - at)}`;
        const html = same(() => renderer.renderMarkdown(text), `${around} ${at}`).html;
        assert.equal(html, `<p>${text.replace(lone, '\ufffd')}</p>\n`);
      }
    }
  }
  // A high surrogate before a unit that is not a low one, and one at the very end.
  assert.equal(same(() => renderer.renderMarkdown('a\ud83dz \ud83d')).html, '<p>a\ufffdz \ufffd</p>\n');
});

test('payloads, errors with their offsets, options and decodePayload are the same from code units', () => {
  const i18n = seedWith({ markdown: `# 日本語の記事\n\n${'مرحبا بالعالم، هذا نص عربي. '.repeat(200)}\n\n${'日本語の文章です。'.repeat(300)}` });
  for (const payload of [seed, i18n, seedWith({ markdown: markdownOfSize(300000) })]) {
    same(() => renderer.renderComparison(payload), 'render');
    same(() => renderer.renderComparison(payload, { labels: { winner: '勝者' }, headingOffset: 1 }), 'options');
    same(() => renderer.decodePayload(payload), 'decode');
  }
  const error = same(() => renderer.renderComparison('{"title": "日本\ud800", x}'), 'error');
  assert.equal(error.error.code, 'json_syntax');
  same(() => renderer.decodePayload('["\ud800日", {"a": 1}, x]'), 'decode error');
  assert.equal(same(() => renderer.decodePayload('{"a": "\ud800日"}')).value.a, '\ud800日');
});

test('the input limit is the same for code units: the UTF-8 bytes counted', () => {
  const text = `{"title": "${'日'.repeat(1000)}", "slug": "x"}`;  // 3,026 bytes of UTF-8
  const limit = (maxInputBytes) => ({ limits: { maxInputBytes } });
  assert.equal(same(() => renderer.renderComparison(text, limit(3026))).ok, true);
  assert.equal(same(() => renderer.renderComparison(text, limit(3025))).error.code, 'too_large');
});

test("the facade's own choice of way in gives what UTF-8 gives: one wide character anywhere, accents, ASCII", () => {
  // A single character above U+00FF (a dash) makes the engine's string two bytes a character:
  // the facade then sends the code units, wherever the character is; accents alone may go either way.
  const base = seedWith({ markdown: `# Title\n\n${'A sentence of plain words, said twice. '.repeat(120)}` });
  const at = [1, 400, Math.floor(base.length / 2), base.length - 3];
  const texts = [base, base.replace('Title', 'Café crème'), ...at.map((k) => base.slice(0, k) + base.slice(k).replace(' ', ' — '))];
  for (const text of texts) {
    const chosen = renderer.renderComparison(text);
    renderer.textAsUnitsForTests(false);
    const utf8 = renderer.renderComparison(text);
    renderer.textAsUnitsForTests(undefined);
    assert.equal(chosen.ok, true);
    assert.equal(JSON.stringify(chosen), JSON.stringify(utf8));
  }
});
