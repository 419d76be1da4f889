// Heading ids are GitHub's slugs: lower case in every script, as JavaScript's toLowerCase()
// writes it (src/core/lowercase_table.inc, made by scripts/make-lowercase-table.mjs), and an
// in-article link written in lower case finds a heading written in capitals.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderer } from './helpers/module.mjs';

const idsOf = (markdown) => [...renderer.renderMarkdown(markdown, { headingIds: true, idPrefix: 'x-' }).html.matchAll(/<h\d id="x-([^"]*)"/g)]
  .map((m) => m[1]);

test('every capital letter in a heading\'s id is the letter toLowerCase() gives', () => {
  const capitals = [];
  for (let cp = 0x80; cp <= 0x10ffff; cp++) {
    if (cp >= 0xd800 && cp <= 0xdfff) continue;
    const c = String.fromCodePoint(cp);
    if (c.toLowerCase() !== c) capitals.push(c);
  }
  const ids = idsOf(capitals.map((c, i) => `# a${i}${c}b`).join('\n\n'));  // each its own (Ǆ and ǅ are both ǆ)
  assert.equal(ids.length, capitals.length);
  const wrong = [], dropped = [];
  capitals.forEach((c, i) => {
    if (ids[i] === `a${i}b`) dropped.push(c);  // a symbol, dropped as punctuation is (Ⓐ, Ⅻ)
    else if (ids[i] !== `a${i}${c.toLowerCase()}b`) wrong.push(`U+${c.codePointAt(0).toString(16)} ${c}: ${ids[i]}`);
  });
  assert.deepEqual(wrong, []);
  assert.ok(capitals.length > 1400 && dropped.length < 100, `${capitals.length} capitals, ${dropped.length} dropped`);
  assert.ok(dropped.every((c) => c.codePointAt(0) >= 0x2000 && c.codePointAt(0) <= 0x2bff), dropped.join(' '));
});

test('a heading in capitals takes a link written in lower case, in any script', () => {
  const { html } = renderer.renderMarkdown('## Über uns\n\n## Преимущества\n\n[a](#über-uns) [b](#преимущества) [c](#%C3%BCber-uns)',
    { headingIds: true, idPrefix: 'x-' });
  assert.match(html, /<h2 id="x-über-uns">Über uns<\/h2>/);
  // Addresses are written percent-encoded; each names the heading's id.
  const hrefs = [...html.matchAll(/<a href="#([^"]*)">/g)].map((m) => decodeURIComponent(m[1]));
  assert.deepEqual(hrefs, ['x-über-uns', 'x-преимущества', 'x-über-uns']);
});

test('Greek\'s final sigma and the dotted capital I come out as toLowerCase() writes them', () => {
  // The slug of toLowerCase()'s text: letters, marks, digits, _ and - kept, spaces as -.
  const slug = (text) => [...text.toLowerCase()].filter((c) => /[\p{L}\p{M}\p{N}_ -]/u.test(c)).join('').replace(/ /g, '-');
  const texts = ['ΣΟΦΟΣ', 'ΣΟΦΟΣ ΚΑΙ ΑΣ', 'Σ', 'İstanbul', 'ΑΣ.', 'Α.Ε.Σ.', 'ΟΔΟΣ\u0301', 'ΟΔΟΣ\u0301Α', "ΑΣ'Α", '中Σ', 'ΑΣ1',
    'ΑΣ-Β', 'ΑΣ\u00adΒ', 'AΣ', 'ΣΑ', 'ΑΣΑ ΣΣ'];
  for (const text of texts) assert.deepEqual(idsOf(`# ${text}`), [slug(text)], text);
});
