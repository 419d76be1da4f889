// CommonMark 0.31.2 conformance of renderMarkdown in its spec mode
// ({dialect: 'commonmark', rawHtml: 'trust'}): every example of the spec, from the npm package
// commonmark-spec, compared with the expected HTML the way the CommonMark test runner compares
// (helpers/normalize-html.mjs), and once more byte-for-byte up to our formatting choices.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import spec from 'commonmark-spec';
import { renderer } from './helpers/module.mjs';
import { normalizeHtml } from './helpers/normalize-html.mjs';

const SPEC_VERSION = '0.31.2';
const EXAMPLES = 652;
const OPTIONS = { dialect: 'commonmark', rawHtml: 'trust' };

// The spec writes tabs as "→" (its own runner, spec_tests.py, replaces them the same way).
const tabs = (s) => s.replace(/→/g, '\t');

// Differences that are only how the HTML is laid out, not what it says: void elements without
// " /" (`<hr>`, `<br>`, `<img ...>`), and no line break after `<li>` or before a block nested in
// a tight list item (md4c's writer style). Everything else must be identical, whitespace
// included, so this catches what the normaliser forgives (e.g. spaces inside <code>).
const layoutOnly = (s) =>
  s.replace(/<((?:hr|br|img)\b[^>]*?) ?\/>/g, '<$1>')
    .replace(/<li>\n/g, '<li>')
    .replace(/([^>\n])\n(<(?:ul|ol|blockquote|pre|h[1-6]|hr|p|div|table)[ >])/g, '$1$2');

const results = spec.tests.map((ex) => {
  const markdown = tabs(ex.markdown);
  const expected = tabs(ex.html);
  const r = renderer.renderMarkdown(markdown, OPTIONS);
  const actual = r.ok ? r.html : `(error ${r.error?.code}: ${r.error?.message})`;
  return {
    ...ex, markdown, expected, actual, ok: r.ok === true,
    passed: r.ok === true && normalizeHtml(actual) === normalizeHtml(expected),
    identical: r.ok === true && layoutOnly(actual) === layoutOnly(expected),
  };
});

function report(failed, limit = 8) {
  const shown = failed.slice(0, limit).map((f) =>
    `\n#${f.number} (${f.section})\n  markdown: ${JSON.stringify(f.markdown)}\n  expected: ${JSON.stringify(f.expected)}\n  actual:   ${JSON.stringify(f.actual)}`);
  return `failing examples: ${failed.map((f) => f.number).join(', ')}${shown.join('')}${failed.length > limit ? '\n  ...' : ''}`;
}

test(`the spec is CommonMark ${SPEC_VERSION} with ${EXAMPLES} examples`, () => {
  const require = createRequire(import.meta.url);
  assert.equal(require('commonmark-spec/package.json').version, SPEC_VERSION);
  assert.equal(spec.tests.length, EXAMPLES);
  assert.deepEqual(spec.tests.map((ex) => ex.number), Array.from({ length: EXAMPLES }, (_, i) => i + 1));
});

test(`CommonMark ${SPEC_VERSION}: ${EXAMPLES} of ${EXAMPLES} examples pass`, (t) => {
  const passed = results.filter((r) => r.passed).length;
  t.diagnostic(`CommonMark ${SPEC_VERSION}: ${passed}/${EXAMPLES} examples pass`);
  assert.ok(results.every((r) => r.ok), report(results.filter((r) => !r.ok)));
  assert.equal(passed, EXAMPLES, report(results.filter((r) => !r.passed)));
});

// One test per section, so a failure shows where it is.
const sections = [...new Set(results.map((r) => r.section))];
for (const section of sections) {
  const own = results.filter((r) => r.section === section);
  test(`section "${section}" (${own.length} examples)`, () => {
    const failed = own.filter((r) => !r.passed);
    assert.equal(failed.length, 0, report(failed));
  });
}

test('every example is identical to the spec up to layout (void tags, line breaks around list items)', (t) => {
  const identical = results.filter((r) => r.identical).length;
  t.diagnostic(`identical up to layout: ${identical}/${EXAMPLES}`);
  assert.equal(identical, EXAMPLES, report(results.filter((r) => !r.identical)));
});

// md4c 0.5.2 bugs the writer works around, checked exactly (the normaliser alone would forgive
// the first three: they only differ in whitespace inside <code>).
test('code spans keep a line ending that follows trailing spaces (examples 335, 337, 640)', () => {
  const code = (md) => renderer.renderMarkdown(md, OPTIONS).html;
  assert.equal(code('``\nfoo\nbar  \nbaz\n``\n'), '<p><code>foo bar   baz</code></p>\n');
  assert.equal(code('`foo   bar \nbaz`\n'), '<p><code>foo   bar  baz</code></p>\n');
  assert.equal(code('`code  \nspan`\n'), '<p><code>code   span</code></p>\n');
  // at the end of the span: stripped when the content starts with a space, kept otherwise
  assert.equal(code('` a \n`\n'), '<p><code>a </code></p>\n');
  assert.equal(code('`a  \n`\n'), '<p><code>a   </code></p>\n');
  assert.equal(code('`  \n`\n'), '<p><code>   </code></p>\n');
  // a line ending in a tab is not one md4c trims (it sends the space itself)
  assert.equal(code('`  \t\na`\n'), '<p><code>  \t a</code></p>\n');
  assert.equal(code('> `a  \n> b`\n'), '<blockquote>\n<p><code>a   b</code></p>\n</blockquote>\n');
});

test('an image md4c closes without opening it leaves later images alone', () => {
  // md4c 0.5.2 pairs the "![" inside a link's address with a later "](" and reports the end of an
  // image that never began (upstream fixed it after 0.5.2; it still drops the "]()" text).
  const html = (md, o = {}) => renderer.renderMarkdown(md, { ...OPTIONS, ...o }).html;
  assert.equal(html('[x](![)]() ![i](/i)\n'), '<p><a href="!%5B">x</a> <img src="/i" alt="i"></p>\n');
  for (const rawHtml of ['trust', 'sanitize', 'escape']) {
    assert.equal(html('[x](/p?q=![)](/u) text\n\n# ![alt *x*](/img.png "t") and [l](/u)\n', { rawHtml }),
      '<p><a href="/p?q=!%5B">x</a> text</p>\n<h1><img src="/img.png" alt="alt x" title="t"> and <a href="/u">l</a></h1>\n');
  }
});

test('headings do not keep blanks around their content (examples 10, 82)', () => {
  const html = (md, o = {}) => renderer.renderMarkdown(md, { ...OPTIONS, ...o }).html;
  assert.equal(html('#\tFoo\n'), '<h1>Foo</h1>\n');
  assert.equal(html('  Foo *bar\nbaz*\t\n====\n'), '<h1>Foo <em>bar\nbaz</em></h1>\n');
  assert.equal(html('#\tFoo\t\n', { headingIds: true }), '<h1 id="cr-foo">Foo</h1>\n');
  // a tab from a character reference is content, as in the reference implementation
  assert.equal(html('# Foo&#9;\n'), '<h1>Foo\t</h1>\n');
});

// The normaliser must not be so loose that wrong output passes.
test('the normaliser keeps what matters', () => {
  const same = (a, b) => assert.equal(normalizeHtml(a), normalizeHtml(b), `${a} vs ${b}`);
  const differ = (a, b) => assert.notEqual(normalizeHtml(a), normalizeHtml(b), `${a} vs ${b}`);
  // normalize.py's own cases
  same('<p>a  \t b</p>', '<p>a b</p>');
  same('\n\t<p>\n\t\ta  b\t\t</p>\n\t', '<p>a b</p>');
  same('<br />', '<br>');
  same('<a title="bar" HREF="foo">x</a>', '<a href="foo" title="bar">x</a>');
  same('&forall;&amp;&gt;&lt;&quot;', '\u2200&amp;&gt;&lt;"');
  same('<p>&ouml; &#34;</p>', '<p>ö "</p>');
  same('<img alt="&quot;x&#39;" src="a">', '<img src="a" alt=\'"x&apos;\' />');
  same('<input disabled>', '<input disabled="">');
  // ... and what it must not forgive
  differ('<p>a</p>', '<p>b</p>');
  differ('<p>a b</p>', '<p>ab</p>');
  differ('<em>a</em>', '<strong>a</strong>');
  differ('<p><em>a</em></p>', '<p>a</p>');
  differ('<a href="/f%C3%B6">x</a>', '<a href="/fö">x</a>');
  differ('<a href="a" title="t">x</a>', '<a href="a">x</a>');
  differ('<p>&amp;copy</p>', '<p>&copy;</p>');
  differ('<p>&lt;b&gt;</p>', '<p><b></p>');
  differ('<pre><code>a  b\n</code></pre>', '<pre><code>a b\n</code></pre>');
  differ('<p>a<br>b</p>', '<p>a b</p>');
  differ('<p>a <em>b</em></p>', '<p>a<em>b</em></p>');
  differ('<script>a="&amp;"</script>', '<script>a="&"</script>');
  differ('<!-- a -->', '&lt;!-- a --&gt;');
  differ('<p>a\u00a0b</p>', '<p>a b</p>');
});
