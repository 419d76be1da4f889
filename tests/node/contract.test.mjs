// The contract's shapes, through dist/ only: the three inputs, the result fields, the golden
// article for the seed, bad input of every kind, and recovery after errors.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { renderer, root, create } from './helpers/module.mjs';
import { utf8Mixes } from '../fixtures/utf8-mixes.mjs';

const seedPath = path.join(root, 'tests', 'fixtures', 'seed', 'rust-vs-go.payload.json');
const seed = fs.readFileSync(seedPath, 'utf8');
const golden = fs.readFileSync(path.join(root, 'tests/fixtures/golden/rust-vs-go.html'), 'utf8');
const seedValue = JSON.parse(seed);
const comparison = JSON.parse(JSON.stringify(renderer.decodePayload(seed).value.data['comparison-rust-vs-go']));

test('the module loads and exposes the contract', async () => {
  assert.equal(typeof create, 'function');
  assert.equal(renderer.version, '0.1.0');
  for (const fn of ['renderComparison', 'decodePayload', 'renderMarkdown']) assert.equal(typeof renderer[fn], 'function');
  const second = await create();
  assert.equal(second.renderComparison(seed).html, golden, 'a second instance renders the same');
});

test('renderComparison on the seed matches the golden article', () => {
  const r = renderer.renderComparison(seed);
  assert.equal(r.ok, true);
  assert.equal(r.html, golden);
  assert.deepEqual(Object.keys(r).sort(), ['description', 'dir', 'format', 'html', 'lang', 'metaDescription', 'metaTitle',
    'ok', 'slug', 'title', 'toc', 'warnings']);
  assert.equal(r.format, 'devalue');
  assert.equal(r.title, 'Rust vs Go for Backend Development');
  assert.equal(r.lang, 'en');
  assert.equal(r.dir, 'ltr');
  assert.equal(r.slug, 'rust-vs-go');
  assert.equal(r.metaTitle, 'Rust vs Go: Backend Language Comparison 2026');
  assert.match(r.metaDescription, /^In-depth comparison of Rust and Go/);
  assert.deepEqual(r.warnings, []);
  assert.deepEqual(r.toc[0], { level: 2, id: 'cr-introduction', text: 'Introduction' });
  assert.equal(r.toc.length, 8);
});

test('the golden article has the structure the contract promises', () => {
  assert.match(golden, /^<article class="cr-article" lang="en" dir="ltr"/);
  assert.equal(golden.match(/<article/g).length, 1);
  assert.equal(golden.match(/<h1/g).length, 1);
  assert.equal(golden.match(/<th scope="row">/g).length, 8);
  assert.match(golden, /<caption id="cr-matrix-caption">Rust vs Go: feature by feature<\/caption>/);
  assert.match(golden, /<th scope="col">Feature<\/th><th scope="col">Rust<\/th><th scope="col">Go<\/th><th scope="col">Winner<\/th>/);
  assert.match(golden, /Go leads in 5 of 8 features, Rust in 3\./);
  assert.match(golden, /<div class="cr-matrix-scroll" role="region" aria-labelledby="cr-matrix-caption" tabindex="0">/);
  assert.match(golden, /<time datetime="2026-01-22T10:00:00Z">22 January 2026<\/time>/);
  assert.doesNotMatch(golden, /<script|style=|\son\w+=/i);
});

test('the same comparison as a plain JSON object and inside an HTML page renders the same article', () => {
  const plain = renderer.renderComparison(JSON.stringify(comparison));
  assert.equal(plain.ok, true);
  assert.equal(plain.html, golden);
  const page = `<!DOCTYPE html><html><head><title>x</title></head><body><div id="__nuxt"></div>
<script type="application/json" data-nuxt-data="nuxt-app" data-ssr="true" id="__NUXT_DATA__">${seed}</script></body></html>`;
  const fromPage = renderer.renderComparison(page);
  assert.equal(fromPage.ok, true);
  assert.equal(fromPage.html, golden);
  assert.equal(renderer.renderComparison(JSON.stringify([comparison])).html, golden, 'a plain array of comparisons');
});

test('decodePayload on the seed gives the revived value', () => {
  const d = renderer.decodePayload(seed);
  assert.equal(d.ok, true);
  assert.deepEqual(Object.keys(d.value), ['data', 'prerenderedAt']);
  assert.equal(d.value.prerenderedAt, undefined, '-1 is devalue\'s undefined');
  const c = d.value.data['comparison-rust-vs-go'];
  assert.equal(c.title, seedValue[5]);
  assert.equal(c.feature_matrix.length, 8);
  assert.equal(c.feature_matrix[0].winner, 'A');
  assert.equal(c.created_at, c.updated_at);
  assert.equal(renderer.decodePayload(JSON.stringify(comparison)).value.title, comparison.title, 'plain JSON passes through');
});

test('decodePayload says which reading it made, and the format option chooses it', () => {
  assert.equal(renderer.decodePayload(seed).format, 'devalue');
  assert.equal(renderer.decodePayload(seed, { format: 'devalue' }).format, 'devalue');
  const asJson = renderer.decodePayload(seed, { format: 'json' });
  assert.deepEqual(asJson, { ok: true, value: seedValue, format: 'json' }, 'json: JSON.parse of the text');
  // JSON that devalue refuses: "auto" and "json" give it as itself, "devalue" gives devalue's error.
  for (const [input, code, path] of [
    ['[{"a":"1"},2]', 'bad_reference', '/a'],
    ['[{"0":1,"toString":"push"},"hello"]', 'bad_reference', '/toString'],
    ['[]', 'bad_payload', ''],
    ['true', 'bad_payload', ''],
    ['"hello"', 'bad_payload', ''],
  ]) {
    for (const format of [undefined, 'auto', 'json']) {
      assert.deepEqual(renderer.decodePayload(input, format && { format }), { ok: true, value: JSON.parse(input), format: 'json' }, `${input} ${format}`);
    }
    const refused = renderer.decodePayload(input, { format: 'devalue' });
    assert.equal(refused.ok, false, input);
    assert.equal(refused.error.code, code, input);
    assert.equal(refused.error.path, path, input);
  }
  const page = `<!doctype html><script type="application/json" id="__NUXT_DATA__">${seed}</script>`;
  assert.equal(renderer.decodePayload(page).format, 'devalue');
  assert.deepEqual(renderer.decodePayload(page, { format: 'json' }).value, seedValue, 'json reads the page\'s script as plain JSON');
  const bad = renderer.decodePayload(seed, { format: 'yaml' });
  assert.equal(bad.error.code, 'bad_option');
  assert.equal(bad.error.path, '/format');
});

test('renderComparison says which reading gave the comparison', () => {
  assert.equal(renderer.renderComparison(seed).format, 'devalue');
  assert.equal(renderer.renderComparison(JSON.stringify(comparison)).format, 'json');
});

test('renderMarkdown on the seed markdown', () => {
  const md = seedValue[8];
  const r = renderer.renderMarkdown(md);
  assert.equal(r.ok, true);
  assert.deepEqual(Object.keys(r).sort(), ['html', 'ok']);
  assert.match(r.html, /^<h1>Rust vs Go for Backend Development<\/h1>\n<h2>Introduction<\/h2>/);
  assert.match(renderer.renderMarkdown('# A', { headingIds: true, idPrefix: 'x-', headingOffset: 1 }).html, /^<h2 id="x-a">A<\/h2>/);
});

const badInputs = [
  ['empty text', '', 'json_syntax'],
  ['truncated JSON', seed.slice(0, 100), 'json_syntax'],
  ['not JSON at all', 'hello', 'json_syntax'],
  ['a JSON string', '"x"', 'not_a_comparison'],
  ['an empty object', '{}', 'not_a_comparison'],
  ['a reference past the end', '[{"data":99}]', 'bad_reference'],
  ['an unknown tag', '[["Whatever",1],2]', 'unknown_type'],
  ['a page without a payload', '<html><body>nothing</body></html>', 'no_payload_script'],
  ['a comparison without a title', '{"feature_matrix":[]}', 'missing_field'],
  ['a row of the wrong type', '{"title":"A vs B","feature_matrix":[3]}', 'wrong_type'],
  ['nesting a million deep', '['.repeat(1e6), 'too_deep'],
];

for (const [name, input, code] of badInputs) {
  test(`bad input: ${name} -> ${code}`, () => {
    const r = renderer.renderComparison(input);
    assert.equal(r.ok, false);
    assert.equal(r.error.code, code);
    assert.equal(typeof r.error.message, 'string');
    assert.ok(r.error.message.length > 10);
    assert.equal(typeof r.error.path, 'string');
  });
}

test('errors carry a JSON Pointer path and syntax errors an offset', () => {
  const broken = JSON.stringify({ ...comparison, feature_matrix: comparison.feature_matrix.map((row, i) => (i === 3 ? { ...row, winner: 7n.toString() === '7' ? {} : 0 } : row)) });
  const r = renderer.renderComparison(broken);
  assert.equal(r.error.code, 'wrong_type');
  assert.equal(r.error.path, '/feature_matrix/3/winner');
  const s = renderer.renderComparison('{"title": "é", x}');
  assert.equal(s.error.code, 'json_syntax');
  assert.equal(s.error.offset, 15, 'a UTF-16 index into the input string');
});

test('lone surrogates: U+FFFD in the article, offsets count them as one unit, decodePayload keeps them', () => {
  const text = JSON.stringify({ ...comparison, title: 'Rust \uD800 vs Go\uDC00' }).replace(/\\u(d[89a-f][0-9a-f]{2})/g,
    (_, hex) => String.fromCharCode(parseInt(hex, 16)));
  assert.equal(text.isWellFormed(), false);
  const r = renderer.renderComparison(text);
  assert.equal(r.ok, true);
  assert.equal(r.title, 'Rust \uFFFD vs Go\uFFFD');
  assert.match(r.html, /<h1[^>]*>Rust \uFFFD vs Go\uFFFD<\/h1>/);
  const bad = '{"title": "\uD800\uDC00\uD800", x}';  // a pair and a lone one before the error
  assert.equal(renderer.renderComparison(bad).error.offset, bad.indexOf('x'));
  assert.equal(renderer.decodePayload('["\uD800 kept"]').value, '\uD800 kept');  // raw, not escaped
});


test('text in every UTF-8 length comes back unchanged, wherever a run of it starts or ends', () => {
  // The result crosses as UTF-16, converted sixteen bytes at a time for ASCII and for runs of
  // two-byte characters: mixes of 1-, 2-, 3- and 4-byte characters at every offset (the ends of
  // each length that HTML allows: C1 controls and noncharacters become U+FFFD, on purpose).
  for (const text of utf8Mixes(7, 3000, 48)) {
    assert.equal(renderer.renderMarkdown(text).html, `<p>${text.replace(/ +$/, "")}</p>\n`, JSON.stringify(text));
  }
});
test('an escape in a string is found at every position of every length', () => {
  // The string decoder looks for backslashes sixteen bytes at a time (the module's own memchr),
  // with an overlapping last step: an escape in each place of titles up to 70 bytes long, one
  // and three at a time, and none at all.
  const titled = (title) => renderer.renderComparison(JSON.stringify({ ...comparison, title })).title;
  for (let n = 0; n <= 70; n++) {
    const plain = 'é'.repeat(n % 3) + 'a'.repeat(n + 1);
    assert.equal(titled(plain), plain);
    for (let at = 0; at <= n; at++) {
      for (const text of [`x${'a'.repeat(at)}\n${'b'.repeat(n - at)}`, `${'a'.repeat(at)}"\\${'日'.repeat(n - at)}\t`]) {
        assert.equal(titled(text), text, JSON.stringify(text));
      }
    }
  }
});

test('text is escaped with a special character at every position of every length', () => {
  // The escaper classifies sixteen bytes at a time (by their two nibbles) and the rest one at a
  // time: each kind of byte it must act on, and characters that only share a lead byte with one,
  // in each place of descriptions up to 40 bytes long.
  const described = (description) => renderer.renderComparison(JSON.stringify({ ...comparison, description }))
    .html.match(/<p class="cr-description">([^]*?)<\/p>/)[1];
  const expected = (text) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c])
    .replace(/[\x00-\x08\x0b\x0e-\x1f\x7f\x80-\x9f\ufdd0-\ufdef\ufffe\uffff]/g, '\ufffd');
  const specials = ['&', '<', '>', '"', '\x01', '\x08', '\x0b', '\x0e', '\x1f', '\x7f', '\x80', '\x9f', '\ufdd0', '\ufdef',
    '\ufffe', '\uffff', '\t', '\f', '\r', '\xa0', '\xe9', '\ufdcf', '\ufeff', '\u2713', '\'', '=', '\\'];
  for (let n = 0; n <= 40; n++) {
    for (let at = 0; at <= n; at++) {
      for (const c of specials) {
        const text = `${'a'.repeat(at)}${c}${'b'.repeat(n - at)}`;
        assert.equal(described(text), expected(text), JSON.stringify(text));
      }
    }
  }
});

test('a line ends where it ends, at every position of every length', () => {
  // md4c finds each line's end with the module's strcspn, sixteen aligned bytes at a time: lines
  // of every length up to 40 after a prefix that moves them across the alignment, with each line
  // ending and a NUL (which md4c turns into U+FFFD) inside, and the document's last line with and
  // without a line ending.
  for (let lead = 0; lead < 16; lead++) {
    for (let n = 0; n <= 40; n++) {
      for (const eol of ['\n', '\r\n', '\r']) {
        const words = 'x'.repeat(n), nul = `${'y'.repeat(n >> 1)}\0${'z'.repeat(n - (n >> 1))}`;
        const md = `${'p'.repeat(lead)}${eol}${eol}${words}q${eol}# h${eol}${nul}`;
        const html = `<p>${'p'.repeat(lead)}</p>\n<p>${words}q</p>\n<h1>h</h1>\n<p>${nul.replace('\0', '\ufffd')}</p>\n`;
        // With and without a final line ending (the renderer adds one for md4c when it is missing).
        for (const text of [md, md + eol]) assert.equal(renderer.renderMarkdown(text).html, html.replace('<p></p>\n', ''), JSON.stringify(text));
      }
    }
  }
});

test('headingOffset moves the whole article\'s outline down, never skipping a level', () => {
  const article = (md, options) => renderer.renderComparison(JSON.stringify({ ...comparison, content_md: md }), options);
  const levels = (r) => r.html.match(/<h\d/g).map((h) => Number(h[2]));
  // title, markdown headings (wherever the markdown starts; raw HTML ones too), the matrix's
  for (const md of ['## Intro\n\n### Sub\n\n<h2>Raw</h2>', '# Intro\n\n## Sub\n\n<h1>Raw</h1>']) {
    assert.deepEqual(levels(article(md)), [1, 2, 3, 2, 2]);
    assert.deepEqual(levels(article(md, { headingOffset: 0 })), [1, 2, 3, 2, 2]);
    assert.deepEqual(levels(article(md, { headingOffset: 2 })), [3, 4, 5, 4, 4]);
    assert.deepEqual(levels(article(md, { headingOffset: 5 })), [6, 6, 6, 6, 6]);  // h6 is the deepest there is
  }
  // Raw HTML headings take their places in the same outline: one level below the heading
  // before them at most, and counted from the markdown's first heading.
  assert.deepEqual(levels(article('## H\n\ntext\n\n<h5>Raw</h5>\n\n<h6>Deeper</h6>')), [1, 2, 3, 4, 2]);
  assert.deepEqual(levels(article('### A\n\n<h3>B</h3>\n\n<h4>C</h4>')), [1, 2, 2, 3, 2]);
  assert.deepEqual(levels(article('<h4>First</h4>\n\n#### Second')), [1, 2, 2, 2]);
  assert.match(article('## H\n\n<h5>x</h5>y</h4>z').html, /<h3>x<\/h3>y/);  // any heading's end tag closes it
  const r = article('# Intro\n\n## Sub', { headingOffset: 1 });
  assert.deepEqual(r.toc.map((t) => t.level), [3, 4]);
  assert.match(r.html, /<h2 class="cr-title" id="cr-title">/);
  assert.match(r.html, /<h3 id="cr-feature-comparison" class="cr-matrix-heading">/);
});

test('every link has a name, every lang a language, every label words', () => {
  const article = (md, options) => renderer.renderComparison(JSON.stringify({ ...comparison, content_md: md }), options);
  // A link whose only content is an image described as decorative is named by its address, for
  // screen readers only; one with words, or an image that has a description, is left as it is.
  assert.match(article('[![](https://e.com/b.svg)](https://e.com/ci)').html,
    /<a href="https:\/\/e.com\/ci"><img src="https:\/\/e.com\/b.svg" alt="" loading="lazy"><span class="cr-visually-hidden">https:\/\/e.com\/ci<\/span><\/a>/);
  assert.match(article('[![Build status](https://e.com/b.svg)](https://e.com/ci)').html, /alt="Build status" loading="lazy"><\/a>/);
  assert.match(article('[see ![](https://e.com/b.svg)](https://e.com/ci)').html, /<a href="https:\/\/e.com\/ci">see <img [^>]*><\/a>/);
  assert.match(article('[](https://e.com/x)').html, /<a href="https:\/\/e.com\/x">https:\/\/e.com\/x<\/a>/);
  // The same for raw HTML: a badge, an empty anchor; inline, where md4c hands the sanitizer each
  // tag alone and the words between them come as markdown text, words still name the link.
  assert.match(article('x <a href="https://e.com/ci"><img src="https://e.com/b.svg"></a> y').html,
    /<a href="https:\/\/e.com\/ci"><img src="https:\/\/e.com\/b.svg" alt="" loading="lazy"><span class="cr-visually-hidden">https:\/\/e.com\/ci<\/span><\/a> y/);
  assert.match(article('## <a href="#intro"></a>Intro').html, /<a href="#intro"><span class="cr-visually-hidden">#intro<\/span><\/a>Intro<\/h2>/);
  for (const md of ['See <a href="https://x.test/">the docs</a> here.', '<a href="https://x.test/"><b>bold</b></a>',
    '*<a href="https://x.test/">*x*</a>*', '<a href="https://x.test/">![logo](https://x.test/l.png)</a>', '## <a href="https://u.test/">Intro</a>', '## [Intro](https://u.test/)',
    '| a |\n| - |\n| <a href="https://x.test/">in a cell</a> |', '<div>\n<a href="https://x.test/">a block</a>\n</div>']) {
    assert.doesNotMatch(article(md).html, /cr-visually-hidden">https:/, md);
  }
  assert.equal(renderer.renderMarkdown('[![](https://e.com/b.svg)](https://e.com/ci)').html,
    '<p><a href="https://e.com/ci"><img src="https://e.com/b.svg" alt=""></a></p>\n');  // CommonMark's output, outside an article
  // Regions differ by their names: a second table under one heading, a second "Code: js".
  const regions = (md) => [...article(md).html.matchAll(/role="region"[^>]* aria-(label|labelledby)="([^"]*)"/g)]
    .map((m) => `${m[1]}=${m[2]}`).filter((n) => !n.includes('matrix'));
  const table = '| a | b |\n| - | - |\n| 1 | 2 |\n';
  assert.deepEqual(regions(`${table}\n${table}\n## Speed\n\n${table}\n${table}\n${table}\n## Size\n\n${table}`),
    ['label=Table', 'label=Table (2)', 'labelledby=cr-speed', 'label=Speed (2)', 'label=Speed (3)', 'labelledby=cr-size']);
  // ... and a table under a second heading of the same words (an id of its own, a name of its own).
  assert.deepEqual(regions(`## Speed\n\n${table}\n## Size\n\n${table}\n## Speed\n\n${table}\n${table}`),
    ['labelledby=cr-speed', 'labelledby=cr-size', 'label=Speed (2)', 'label=Speed (3)']);
  assert.deepEqual(regions('```js\na\n```\n\n```py\nb\n```\n\n```js\nc\n```\n\n```\nd\n```\n\n    e\n'),
    ['label=Code: js', 'label=Code: py', 'label=Code: js (2)', 'label=Code', 'label=Code (2)']);
  // A markdown table's empty header (its corner) names no column: a plain cell, in an article.
  assert.match(article('|  | Rust | Go |\n| - | - | - |\n| Speed | fast | fast |').html,
    /<thead>\n<tr>\n<td><\/td>\n<th scope="col">Rust<\/th>\n<th scope="col">Go<\/th>\n<\/tr>/);
  assert.match(renderer.renderMarkdown('|  | Rust |\n| - | - |\n| a | b |').html, /<tr>\n<th><\/th>\n<th>Rust<\/th>/);
  // Raw HTML keeps a lang only when it is a language tag.
  const langs = article('<p lang="pt-BR">a</p><p lang="zh-Hant-TW">b</p><p lang="">c</p><p lang="english">d</p><p lang="xx-!!">e</p><p lang="e">f</p>').html;
  assert.match(langs, /<p lang="pt-BR">a<\/p><p lang="zh-Hant-TW">b<\/p><p lang="">c<\/p><p>d<\/p><p>e<\/p><p>f<\/p>/);
  // A blank label or option name would leave a heading, caption or column without words: the
  // built-in words stay, and a warning says so. Separators may be empty.
  const blank = article('x', { labels: { winner: '\u00a0\u200b', caption: '', summaryEnd: '' }, optionA: ' \u3000' });
  assert.match(blank.html, /<th scope="col">Winner<\/th><\/tr><\/thead>/);
  assert.match(blank.html, /<caption id="cr-matrix-caption">Rust vs Go: feature by feature<\/caption>/);
  assert.deepEqual(blank.warnings, ['The label "caption" is blank; the built-in words are used instead.',
    'The label "winner" is blank; the built-in words are used instead.', 'The option "optionA" is blank; it was ignored.']);
  assert.match(blank.html, /class="cr-matrix-summary">[^<]*Rust in 3<\/p>/);  // summaryEnd "" is taken: no period
  // Digits that are not ten characters cannot write numbers: the language's own digits stay (as
  // a blank word keeps the built-in one), and a warning says so.
  const digitsWarning = 'The label "digits" is not ten visible characters for 0 to 9; the locale\'s own digits are used instead.';
  const digits = article('x', { labels: { digits: '0123' } });
  assert.deepEqual(digits.warnings, [digitsWarning]);
  assert.match(digits.html, /Go leads in 5 of 8 features, Rust in 3\.<\/p>/);
  assert.deepEqual(article('x', { labels: { digits: ' '.repeat(10) } }).warnings, [digitsWarning]);
  const arabic = renderer.renderComparison(JSON.stringify({ ...comparison, content_md: 'x', locale: 'ar' }), { labels: { digits: '٠١٢' } });
  assert.deepEqual(arabic.warnings, [digitsWarning]);
  // The summary counts "5 of 8" and "3" in Arabic-Indic digits, not ASCII.
  const summary = arabic.html.match(/<p id="cr-matrix-summary"[^>]*>(.*?)<\/p>/)[1].replace(/<[^>]*>/g, '');
  assert.match(summary, /٥[^٠-٩]+٨[^٠-٩]+٣/);
  assert.doesNotMatch(summary, /[0-9]/);
  assert.deepEqual(article('x', { labels: { digits: '٠١٢٣٤٥٦٧٨٩' } }).warnings, []);
  // A title that does not name the options leaves the matrix with "Option A" and "Option B":
  // the author is told (not when there is no matrix to name them in).
  const unnamed = renderer.renderComparison(JSON.stringify({ ...comparison, title: 'Backend languages', slug: 'backend' }));
  assert.match(unnamed.html, /<th scope="col">Option A<\/th>/);
  assert.match(unnamed.warnings[0], /^The title does not name the two options \(as in "A vs B"\)/);
  assert.deepEqual(renderer.renderComparison(JSON.stringify({ title: 'Backend languages', feature_matrix: [] })).warnings,
    ['The feature matrix is empty.']);
  assert.deepEqual(renderer.renderComparison(JSON.stringify({ ...comparison, title: 'Backend languages', slug: 'backend' }),
    { optionA: 'Rust', optionB: 'Go' }).warnings, []);
  // Two options of one name (an optionA that repeats the other, a title "Go vs go") would give two
  // columns and every verdict the same words: "Option A" and "Option B" instead, and a warning.
  for (const [payload, options, name] of [[seed, { optionA: 'Go' }, 'Go'], [JSON.stringify({ ...comparison, title: 'Go vs go' }), {}, 'Go']]) {
    const same = renderer.renderComparison(payload, options);
    assert.match(same.html, /<th scope="col">Option A<\/th>\n?<th scope="col">Option B<\/th>/);
    assert.deepEqual(same.warnings.filter((w) => w.startsWith('Both')), [`Both options are named "${name}": the matrix calls them by ` +
      'the words for "Option A" and "Option B" (the optionA and optionB options can name them).']);
  }
  // An id prefix with a control character would make ids and the links to them differ.
  for (const idPrefix of ['a b', 'a\u0000', 'x\u001f', 'y\u007f']) {
    assert.equal(renderer.renderComparison(seed, { idPrefix }).error.path, '/idPrefix', JSON.stringify(idPrefix));
  }
});

test('options JSON cannot hold are bad_option in words: a BigInt at its path, a cycle, a getter that throws', () => {
  assert.deepEqual(renderer.renderComparison(seed, { headingOffset: 1n }).error,
    { code: 'bad_option', message: 'The option at /headingOffset is a BigInt: options are data (strings, numbers, booleans, objects).', path: '/headingOffset' });
  const cycle = { labels: {} };
  cycle.labels.self = cycle;
  assert.match(renderer.renderComparison(seed, cycle).error.message, /^The options cannot be read as JSON: Converting circular structure to JSON/);
  const getter = { get slug() { throw new Error('no slug today'); } };
  assert.deepEqual(renderer.renderComparison(seed, getter).error,
    { code: 'bad_option', message: 'The options cannot be read as JSON: no slug today.', path: '' });
  assert.equal(renderer.renderComparison(seed).ok, true, 'and the next call works');
});

test('options that are no object in the end are bad_option, never a throw: a toJSON() that gives none, a revoked Proxy', () => {
  assert.deepEqual(renderer.renderComparison(seed, { toJSON: () => undefined }).error,
    { code: 'bad_option', message: "The options' toJSON() returned undefined: options must be an object.", path: '' });
  assert.deepEqual(renderer.renderMarkdown('x', { toJSON() {} }).error.code, 'bad_option');
  assert.deepEqual(renderer.renderComparison(seed, { toJSON: () => () => 1 }).error,
    { code: 'bad_option', message: "The options' toJSON() returned a function: options are data (strings, numbers, booleans, objects).", path: '' });
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  const r = renderer.decodePayload('[1]', proxy);
  assert.equal(r.error.code, 'bad_option');
  assert.match(r.error.message, /^The options cannot be read as JSON: .*revoked/);
  // A toJSON() that gives an object is what the options are.
  assert.deepEqual(renderer.renderComparison(seed, { toJSON: () => ({ idPrefix: 'q-' }) }), renderer.renderComparison(seed, { idPrefix: 'q-' }));
  assert.match(renderer.renderComparison(seed, { toJSON: () => ({ idPrefix: 'q-' }) }).html, / id="q-/);
  assert.equal(renderer.renderComparison(seed).ok, true, 'and the next call works');
});

test('an unknown option is ignored however large or deep its value (a framework\'s props handed over whole)', () => {
  let deep = {};
  for (let i = 0, c = deep; i < 100; i++) c = c.x = {};
  const plain = renderer.renderComparison(seed, { idPrefix: 'p-' });
  assert.equal(plain.ok, true);
  assert.deepEqual(renderer.renderComparison(seed, { idPrefix: 'p-', context: deep }), plain);
  assert.deepEqual(renderer.renderComparison(seed, { idPrefix: 'p-', context: new Array(50000).fill(0) }), plain);
  // Past any real options' bounds, the options say which bound.
  let deeper = {};
  for (let i = 0, c = deeper; i < 600; i++) c = c.x = {};
  assert.deepEqual(renderer.renderMarkdown('x', { context: deeper }).error,
    { code: 'bad_option', message: 'The options nest arrays and objects more than 512 levels deep.', path: '' });
});

test('a matrix value that shows nothing is "Not stated": no empty row header or cell', () => {
  const rows = [{ feature: ' \u00a0', optionA: '\u200b', optionB: '\u3000\t', winner: 'A' }, { feature: 'Speed', optionA: 'fast', optionB: '', winner: 'B' }];
  const { html } = renderer.renderComparison(JSON.stringify({ title: 'A vs B', content_md: 'x', feature_matrix: rows }));
  assert.match(html, /<tr><th scope="row">Not stated<\/th><td class="cr-win">Not stated<\/td><td>Not stated<\/td><td class="cr-verdict-a">A<\/td><\/tr>/);
  assert.match(html, /<tr><th scope="row">Speed<\/th><td>fast<\/td><td class="cr-win">Not stated<\/td>/);
});

test('bad options are errors, wrong argument types are TypeErrors', () => {
  assert.equal(renderer.renderComparison(seed, { rawHtml: 'yes' }).error.code, 'bad_option');
  assert.equal(renderer.renderComparison(seed, { headingOffset: 7 }).error.path, '/headingOffset');
  // The message says what was given; NaN (a number to JavaScript, not to JSON) is named as such.
  assert.equal(renderer.renderComparison(seed, { headingOffset: NaN }).error.message,
    'The option "headingOffset" must be a whole number from 0 to 5, not NaN.');
  assert.equal(renderer.renderComparison(seed, { headingOffset: '2' }).error.message,
    'The option "headingOffset" must be a whole number from 0 to 5, not "2".');
  assert.equal(renderer.renderComparison(seed, { limits: { maxDepth: 0.5 } }).error.message,
    'The option "limits.maxDepth" must be a whole number from 1 to 2147483647, not 0.5.');
  assert.equal(renderer.renderMarkdown('x', { dialect: 'gfm' }).error.code, 'bad_option');
  assert.throws(() => renderer.renderComparison(42), TypeError);
  assert.throws(() => renderer.decodePayload(null), TypeError);
  assert.throws(() => renderer.renderMarkdown([35, 32, 120]), TypeError);  // bytes come as a typed array or ArrayBuffer
  assert.throws(() => renderer.renderComparison({ payload: seed }), TypeError);
  for (const notAnObject of ['slug', 5, true, [], () => {}]) {  // bad options, not a wrong argument type
    const r = renderer.renderComparison(seed, notAnObject);
    assert.deepEqual(r.error, { code: 'bad_option', message: r.error.message, path: '' });
    assert.match(r.error.message, /^The options must be an object, not (a string|a number|a boolean|an array|a function)\.$/);
    assert.equal(renderer.renderMarkdown('x', notAnObject).error.code, 'bad_option');
    assert.equal(renderer.decodePayload('[1]', notAnObject).error.code, 'bad_option');
  }
  for (const bad of [NaN, Infinity, -Infinity]) {  // JSON would make them null, "not given"
    assert.equal(renderer.renderComparison(seed, { headingOffset: bad }).error.path, '/headingOffset');
    assert.equal(renderer.renderMarkdown('x', { limits: { maxDepth: bad } }).error.path, '/limits/maxDepth');
  }
  // JSON would drop a function or a symbol as if it were not given.
  assert.deepEqual(renderer.renderComparison(seed, { labels: () => ({}) }).error, { code: 'bad_option',
    message: 'The option at /labels is a function: options are data (strings, numbers, booleans, objects).', path: '/labels' });
  assert.equal(renderer.renderMarkdown('x', { limits: { 'a/b': Symbol('s') } }).error.path, '/limits/a~1b');
  const cyclic = {};
  cyclic.self = cyclic;
  assert.equal(renderer.renderComparison(seed, cyclic).error.code, 'bad_option');
  assert.equal(renderer.renderMarkdown('x', { headingOffset: 1n }).error.code, 'bad_option');
});

test('a wrong argument type is a TypeError that names what was given and the likely fix', () => {
  const expected = 'renderComparison: expected a string or UTF-8 bytes (an ArrayBuffer or a Uint8Array), got ';
  const cases = [
    [JSON.parse(seed), 'an array (parsed JSON? pass the text it came from, or JSON.stringify(value))'],
    [comparison, 'an object (parsed JSON? pass the text it came from, or JSON.stringify(value))'],
    [Promise.resolve(seed), 'a Promise (a missing await?)'],
    [new Response(seed), 'a Response (pass await response.text() or await response.arrayBuffer())'],
    [new Blob([seed]), 'a Blob (pass await blob.text() or await blob.arrayBuffer())'],
    [new Map(), 'a Map'],
    [undefined, 'undefined'],
    [null, 'null'],
    [42, 'a number'],
  ];
  for (const [value, said] of cases) assert.throws(() => renderer.renderComparison(value), { name: 'TypeError', message: expected + said });
  assert.throws(() => renderer.renderMarkdown(['# A']), { name: 'TypeError', message: /^renderMarkdown: expected .+, got an array \(/ });
});

test('a text that is not JSON from its start says what it looks like', () => {
  const address = ' It looks like an address or a file\'s name: fetch or read it, and pass what it holds.';
  const cases = [
    ['https://example.com/compare/rust-vs-go/_payload.json', 1, address],
    ['/compare/rust-vs-go/_payload.json\n', 1, address],
    ['rust-vs-go.payload.json', 1, address],
    ['# Rust vs Go\n\nSome *markdown*.', 1, ' A payload is JSON or an HTML page; markdown alone is renderMarkdown\'s to render.'],
    [String({}), 2, ' It is a JavaScript object turned into text: pass the payload\'s own text, or JSON.stringify(value).'],
    ['{"title": x}', 11, ''],  // JSON gone wrong later on: no guess
  ];
  for (const [text, column, hint] of cases) {
    for (const r of [renderer.renderComparison(text), renderer.decodePayload(text)]) {
      assert.equal(r.error.code, 'json_syntax');
      assert.equal(r.error.message, `The payload is not valid JSON: unexpected character at line 1, column ${column}.${hint}`);
    }
  }
});

test('the renderer keeps working after every kind of error', () => {
  for (let i = 0; i < 200; i++) {
    const [, input] = badInputs[i % badInputs.length];
    assert.equal(renderer.renderComparison(input).ok, false);
    assert.equal(renderer.decodePayload(input.slice(0, -1) + ',').ok, false);
  }
  assert.equal(renderer.renderComparison(seed).html, golden);
});
