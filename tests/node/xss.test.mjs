// The XSS corpus (tests/fixtures/xss-vectors.json) through every raw-HTML mode but "trust",
// and through renderComparison as content_md, as a matrix cell and as the title: no script
// element, event handler, style attribute or dangerous URL survives. tests/browser/xss.test.mjs
// runs the same HTML in Chromium.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { renderer, root } from './helpers/module.mjs';
import { unsafeParts } from './helpers/html-safety.mjs';

const vectors = JSON.parse(fs.readFileSync(path.join(root, 'tests/fixtures/xss-vectors.json'), 'utf8'));

test('the corpus is large enough to mean something', () => {
  assert.ok(vectors.length >= 100, `${vectors.length} vectors`);
  assert.ok(new Set(vectors.map((v) => v.family)).size >= 6);
});

for (const mode of ['sanitize', 'escape', 'drop']) {
  test(`renderMarkdown, rawHtml "${mode}": nothing dangerous survives`, () => {
    const failures = [];
    for (const v of vectors) {
      for (const dialect of ['github', 'commonmark']) {
        const r = renderer.renderMarkdown(v.markdown, { rawHtml: mode, dialect });
        assert.equal(r.ok, true, v.name);
        const bad = unsafeParts(r.html);
        if (bad.length) failures.push(`${v.name} (${dialect}): ${bad.join(', ')}\n  in: ${r.html}`);
      }
    }
    assert.deepEqual(failures, []);
  });
}

test('renderComparison: a vector as the markdown, a matrix cell, the title, the names', () => {
  const failures = [];
  for (const v of vectors) {
    const comparison = {
      title: v.markdown, description: v.markdown, slug: 'x-vs-y', content_md: v.markdown,
      feature_matrix: [{ feature: v.markdown, optionA: v.markdown, optionB: 'b', winner: 'A' }],
      created_at: v.markdown,
    };
    for (const options of [{}, { optionA: v.markdown, optionB: v.markdown, idPrefix: 'p-' }]) {
      const r = renderer.renderComparison(JSON.stringify(comparison), options);
      if (!r.ok) { failures.push(`${v.name}: ${r.error.code} ${r.error.message}`); continue; }
      const bad = unsafeParts(r.html);
      if (bad.length) failures.push(`${v.name}: ${bad.join(', ')}`);
      if ((r.html.match(/<article/g) || []).length !== 1 || !r.html.trimEnd().endsWith('</article>')) {
        failures.push(`${v.name}: the article's structure was broken`);
      }
    }
  }
  assert.deepEqual(failures, []);
});

test('"trust" really passes HTML through (it is the mode for content the caller wrote)', () => {
  const r = renderer.renderMarkdown('<b onclick="x()">t</b>', { rawHtml: 'trust' });
  assert.match(r.html, /onclick/);
});
