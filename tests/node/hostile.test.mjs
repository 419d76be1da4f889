// Hostile sizes: a 64 MB payload, a 20 MB markdown field, a million levels of nesting, a million
// matrix rows, 1 MB single lines of markdown and of JSON, thousands of identical headings. Each
// must answer (a result or a clear error code, never `internal`) in bounded time, and the
// renderer must work afterwards. Where the default limits refuse, the same input runs again
// with the limits raised, to show the module still answers when a caller trusts the input.
// Times are printed (console.log); bench/hostile.mjs shows how they grow with size.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderer } from './helpers/module.mjs';
import {
  seed, seedMarkdown, paddedPayload, markdownOfSize, comparisonWithMarkdown, matrixPayload, deepArrays, deepObjects,
  singleLines, sameHeadings, superlinear,
} from './helpers/big-inputs.mjs';

const MiB = 1024 * 1024;
const BOUND_MS = 60_000;  // generous: every case here takes well under a few seconds
const golden = renderer.renderComparison(seed).html;

// Runs one call, prints its time, checks it answered in bounded time without `internal`, and
// that the renderer still renders the seed byte for byte.
function answer(label, call, { boundMs = BOUND_MS } = {}) {
  const t0 = performance.now();
  const r = call();
  const ms = performance.now() - t0;
  const what = r.ok ? 'ok' : `${r.error.code}${r.error.path ? ` at ${r.error.path}` : ''}`;
  console.log(`${label}: ${what} in ${ms.toFixed(0)} ms`);
  assert.ok(r.ok || r.error.code !== 'internal', `${label}: ${r.error?.message}`);
  assert.ok(ms < boundMs, `${label} took ${ms.toFixed(0)} ms (bound ${boundMs} ms)`);
  assert.equal(renderer.renderComparison(seed).html, golden, `the renderer after ${label}`);
  return r;
}

function assertError(r, code, path) {
  assert.equal(r.ok, false, `expected ${code}`);
  assert.equal(r.error.code, code, r.error.message);
  if (path !== undefined) assert.equal(r.error.path, path);
}

test('a 64 MB payload', () => {
  const payload = paddedPayload(64 * MiB);  // the seed with a 64 MB unused content_html
  assert.equal(payload.length, 64 * MiB);
  assertError(answer('64 MB payload, default limits', () => renderer.renderComparison(payload)), 'too_large', '');
  assertError(answer('64 MB payload, decode, default limits', () => renderer.decodePayload(payload)), 'too_large');
  const raised = { limits: { maxInputBytes: 128 * MiB } };
  const r = answer('64 MB payload, maxInputBytes 128 MiB', () => renderer.renderComparison(payload, raised));
  assert.equal(r.html, golden, 'the unused content_html changes nothing');
  const d = answer('64 MB payload, decode, maxInputBytes 128 MiB', () => renderer.decodePayload(payload, raised));
  assert.equal(d.value.data['comparison-rust-vs-go'].content_html.length, 64 * MiB - paddedPayload(0).length);
});

test('a 20 MB markdown field, and 20 MB through renderMarkdown', () => {
  const md = markdownOfSize(20e6);
  const payload = comparisonWithMarkdown(md);
  assertError(answer('20 MB content_md, default limits', () => renderer.renderComparison(payload)), 'too_large', '/content_md');
  assertError(answer('20 MB markdown, default limits', () => renderer.renderMarkdown(md)), 'too_large', '');
  const raised = { limits: { maxMarkdownBytes: 32 * MiB } };
  const r = answer('20 MB content_md, maxMarkdownBytes 32 MiB', () => renderer.renderComparison(payload, raised));
  assert.ok(r.html.length > 20e6);
  assert.ok(r.toc.length > 40000, `${r.toc.length} headings in the table of contents`);
  const m = answer('20 MB markdown, maxMarkdownBytes 32 MiB', () => renderer.renderMarkdown(md, raised));
  assert.ok(m.html.length > 20e6);
});

test('a million levels of nesting: arrays, objects, unclosed', () => {
  const inputs = [['arrays', deepArrays(1e6)], ['objects', deepObjects(1e6)], ['unclosed arrays', '['.repeat(1e6)],
    ['unclosed objects', '{"a":'.repeat(1e6)]];
  for (const [name, input] of inputs) {
    assertError(answer(`1e6 nested ${name}, render`, () => renderer.renderComparison(input)), 'too_deep', '');
    assertError(answer(`1e6 nested ${name}, decode`, () => renderer.decodePayload(input)), 'too_deep', '');
  }
  // Trusted, with the depth limit raised past the input: the scanner reads it all (it has no
  // recursion on depth), and the answer is what the input is.
  const raised = { limits: { maxDepth: 2e6 } };
  for (const [name, input] of inputs) {
    const r = answer(`1e6 nested ${name}, render, maxDepth 2e6`, () => renderer.renderComparison(input, raised));
    assert.equal(r.ok, false);
    assert.notEqual(r.error.code, 'too_deep');
    answer(`1e6 nested ${name}, decode, maxDepth 2e6`, () => renderer.decodePayload(input, raised));
  }
});

test('a million matrix rows', () => {
  const payload = matrixPayload(1e6);  // ~74 MB, 9 million JSON values
  assertError(answer('1e6 rows, default limits', () => renderer.renderComparison(payload)), 'too_large', '');
  // Under the input limit, the node limit answers.
  assertError(answer('1e6 rows, maxInputBytes raised', () =>
    renderer.renderComparison(payload, { limits: { maxInputBytes: 128 * MiB } })), 'too_large', '');
  const raised = { limits: { maxInputBytes: 128 * MiB, maxNodes: 16e6, maxOutputBytes: 512 * MiB } };
  const r = answer('1e6 rows, limits raised', () => renderer.renderComparison(payload, raised));
  assert.ok(r.html.includes('>Feature 999999<'));
  assert.ok(r.html.length > 1e8);
});

test('1 MB single lines of markdown', () => {
  for (const [shape, make] of Object.entries(singleLines)) {
    const line = make(MiB);
    assert.ok(!line.includes('\n'));
    const r = answer(`1 MB line of markdown (${shape})`, () => renderer.renderMarkdown(line));
    assert.equal(r.ok, true);
  }
  const r = answer('1 MB line as content_md', () => renderer.renderComparison(comparisonWithMarkdown(singleLines.emphasis(MiB))));
  assert.ok(r.html.length > MiB);
});

test('1 MB single-line JSON strings', () => {
  const base = { title: 'Rust vs Go', slug: 'rust-vs-go', feature_matrix: [] };
  const long = 'x'.repeat(MiB);
  const r = answer('1 MB description', () => renderer.renderComparison(JSON.stringify({ ...base, description: long })));
  assert.ok(r.html.includes(long));
  assert.equal(r.description.length, MiB);
  const escaped = JSON.stringify({ ...base, description: 'é\n'.repeat(MiB / 8) }).replace(/é/g, '\\u00e9');
  assert.ok(escaped.length > MiB);
  const e = answer('1 MB description of escapes', () => renderer.renderComparison(escaped));
  assert.equal(e.description, 'é\n'.repeat(MiB / 8));
  const d = answer('1 MB description, decode', () => renderer.decodePayload(JSON.stringify({ ...base, description: long })));
  assert.equal(d.value.description, long);

  // Errors far along one line: positions are UTF-16 indexes into the input string.
  const unclosed = '{"title":"' + 'x'.repeat(MiB);
  const u = answer('1 MB unclosed string', () => renderer.renderComparison(unclosed));
  assertError(u, 'json_syntax');
  assert.equal(u.error.offset, 9, 'the string that is not closed');
  const late = '{"title":"' + 'é😀'.repeat(MiB / 4) + '" x}';
  const l = answer('1 MB line with an error at its end', () => renderer.renderComparison(late));
  assertError(l, 'json_syntax');
  assert.equal(l.error.offset, late.indexOf(' x}') + 1);
  assert.match(l.error.message, new RegExp(`line 1, column ${late.indexOf(' x}') + 2}`));
});

test('thousands of identical headings stay linear', () => {
  // Every heading after the first needs a suffix ("same-heading-1", "-2", ...). Finding it must
  // not scan the suffixes already given: 10,000 headings take ~50 ms when it does not, tens of
  // seconds when it does (quadratic), so the bound here is tight.
  const md = sameHeadings(10000);
  const r = answer('10,000 identical headings in an article', () => renderer.renderComparison(comparisonWithMarkdown(md)),
    { boundMs: 3000 });
  assert.equal(r.toc.length, 10000);
  assert.equal(r.toc[9999].id, 'cr-same-heading-9999');
  const m = answer('10,000 identical headings, renderMarkdown with ids', () => renderer.renderMarkdown(md, { headingIds: true }),
    { boundMs: 3000 });
  assert.ok(m.html.includes('id="cr-same-heading-9999"'));
});

test('raw HTML spread over thousands of lines, nested deep or with thousands of attributes stays linear', () => {
  // md4c hands raw HTML over a line at a time; the sanitizer used to parse an unfinished tag
  // again from its start with each line (and check each attribute against all before it): a
  // 5 KB tag over 1,000 lines took 1.7 s, these 4,000-line ones would take minutes. Unmatched
  // end tags searched every open element: 40,000 took ~10 s. Each case below takes milliseconds
  // when the work is linear (found by an adversarial review).
  const names = (n, sep) => Array.from({ length: n }, (_, i) => `a${i}`).join(sep);
  const block = answer('a start tag over 4,000 lines in an HTML block',
    () => renderer.renderMarkdown(`<div>\n<a ${names(4000, '\n')}>x</a>\n</div>`), { boundMs: 3000 });
  assert.equal(block.html, '<div>\n<a>x</a>\n</div>\n');
  const inline = answer('an inline tag over 4,000 lines',
    () => renderer.renderMarkdown(`x <em ${names(4000, '\n')}>y</em> z`), { boundMs: 3000 });
  assert.equal(inline.html, '<p>x <em>y</em> z</p>\n');
  // Elements nest at most 512 deep (Chromium's parser flattens there too); deeper tags go, their
  // text stays, and everything is closed.
  const deep = answer('40,000 nested <b> and 40,000 unmatched </i>',
    () => renderer.renderMarkdown(`<div>\n${'<b>'.repeat(40000)}x${'</i>'.repeat(40000)}\n</div>`), { boundMs: 3000 });
  assert.equal(deep.html, `<div>\n${'<b>'.repeat(511)}x\n${'</b>'.repeat(511)}</div>\n`);
  // A tag keeps its first 256 attributes; an allowed one after them goes too.
  const many = answer('a tag with 60,000 attributes',
    () => renderer.renderMarkdown(`<div>\n<a ${names(60000, ' ')} href="https://example.com/" title="t">x</a>\n</div>`), { boundMs: 3000 });
  assert.equal(many.html, '<div>\n<a>x</a>\n</div>\n');
  const few = renderer.renderMarkdown(`<div>\n<a ${names(254, ' ')} href="https://example.com/" title="t" rel="r">x</a>\n</div>`);
  assert.equal(few.html, '<div>\n<a href="https://example.com/" title="t">x</a>\n</div>\n');
});

test('NULs in code and HTML blocks: one U+FFFD each, in place, in linear time', () => {
  // md4c 0.5.2 sends a NUL in a verbatim block twice (as a NUL callback and again inside the next
  // piece of text): code blocks showed two U+FFFD, and in an HTML block one came out ahead of the
  // unfinished tag around it and split its run of raw HTML, so the sanitizer parsed the tag again
  // at every NUL (64,000 lines with a NUL each: 3.6 s). Found by a review of the raw-HTML change.
  assert.equal(renderer.renderMarkdown('```\na\0b\0\n```\n').html, '<pre><code>a\ufffdb\ufffd\n</code></pre>\n');
  assert.equal(renderer.renderMarkdown('    a\0b\n').html, '<pre><code>a\ufffdb\n</code></pre>\n');
  assert.equal(renderer.renderMarkdown('<div title="x\na\0b\nc">y</div>\n').html, '<div title="x\na\ufffdb\nc">y</div>\n');
  assert.equal(renderer.renderMarkdown('<div>\n<script>\na\0b\n</script>\n</div>\n').html, '<div>\n\n</div>\n');
  assert.equal(renderer.renderMarkdown('a\0b `c\0d`').html, '<p>a\ufffdb <code>c\ufffdd</code></p>\n');
  const md = `<div title="x\n${Array(64000).fill('aaaaaaaaaaaa\0b=c').join('\n')}\n">y</div>\n`;
  const r = answer('a tag over 64,000 lines with a NUL on each', () => renderer.renderMarkdown(md), { boundMs: 3000 });
  assert.equal(r.html.split('\ufffd').length, 64001);
});

test('escaped strings over 1 KB among short ones, rendered again and again', () => {
  // A decoded string over 1 KB gets a memory block of its own. Giving back the unused tail of
  // such a string once moved the shared block's write position into that block, so the strings
  // after it were written past its end: the third render of this payload trapped, and every
  // call after it (found by an adversarial review). Each render must equal the first.
  const cell = '\\u0078'.repeat(300);  // 300 x's written as escapes: 1,800 bytes of JSON
  const payload = `{"title":"T","slug":"\\u0061","content_md":"${'m'.repeat(1100)}\\n","feature_matrix":[${
    Array(20).fill(`{"feature":"${cell}","optionA":"1","optionB":"2","winner":"A"}`).join(',')}]}`;
  const first = answer('escaped 1,800-byte cells, render 1', () => renderer.renderComparison(payload));
  assert.equal(first.ok, true);
  assert.equal(first.html.split('x'.repeat(300)).length, 21);
  for (let i = 2; i <= 6; i++) assert.equal(answer(`render ${i}`, () => renderer.renderComparison(payload)).html, first.html);
});

test('shapes that made the work quadratic or worse stay linear or stop at a limit', () => {
  // Found by an adversarial review (each before → after, same machine): every case took seconds
  // to minutes, or trapped out of memory, at these sizes; each takes milliseconds now.
  const s = superlinear;
  // A heading's start tag moved every fragment link noted before it (1.6 MB: ~12 s).
  const links = answer('160,000 headings that link to a fragment',
    () => renderer.renderMarkdown(s.headingLinks(160000), { headingIds: true }), { boundMs: 3000 });
  assert.ok(links.html.endsWith('<h1 id="cr-a-159999"><a href="#cr-a">a</a></h1>\n'), links.html.slice(-80));
  // Each "&amp;" in a link address was replaced in place (640 KB: ~11 s).
  const amp = answer('a link address of 640,000 "&"', () => renderer.renderMarkdown(s.ampersandUrl(640000)), { boundMs: 3000 });
  assert.equal(amp.html, `<p><a href="${'&amp;'.repeat(640000)}">x</a></p>\n`);
  // The page finder looked for a ';' to the end of an attribute at every '&' (800 KB: 19 s).
  const page = answer('a page whose first attribute holds 640,000 "&"',
    () => renderer.renderComparison(s.pageWithAmpersands(640000)), { boundMs: 3000 });
  assert.equal(page.title, 'T');
  // The slug's words were sought in the title cubically (8 KB: 14 s); names longer than sixteen
  // words, or in a slug over 256 bytes, are not sought.
  const named = answer('a 4,000-word title with a 4,000-word slug', () => renderer.renderComparison(s.longNamedTitle(4000)),
    { boundMs: 3000 });
  assert.equal(named.ok, true);
  // Every row walked the whole chain of wrappers it pointed into (16,000 rows: ~8 s). Nuxt
  // writes one or two; past 64 in a row is too_deep.
  assertError(answer('16,000 rows over a chain of 16,000 Ref wrappers',
    () => renderer.renderComparison(s.rowsOverWrapperChain(16000)), { boundMs: 3000 }), 'too_deep', '/feature_matrix/0');
  assert.equal(renderer.renderComparison(s.rowsOverWrapperChain(64)).ok, true);
  assertError(renderer.renderComparison(s.rowsOverWrapperChain(65)), 'too_deep');
  // Shared rows make a table far larger than the payload: the rows stop at the output limit
  // (48 KB of payload trapped out of memory).
  assertError(answer('16,000 shared rows of 16,000-byte cells', () => renderer.renderComparison(s.sharedRows(16000)),
    { boundMs: 3000 }), 'too_large');
  // A warning per row, each quoting the winner: 256 MB of warnings for 48 KB. Ten rows are
  // named, quoting 60 bytes at most; the rest are counted.
  const warned = answer('16,000 shared rows with a 16,000-byte unknown winner',
    () => renderer.renderComparison(s.sharedUnknownWinner(16000)), { boundMs: 3000 });
  assert.equal(warned.warnings.length, 11);
  assert.equal(warned.warnings[0], `Row 0 ("T vs U") has an unknown winner "${'w'.repeat(60)}\u2026" at /feature_matrix/0/winner; it is shown as no verdict.`);
  assert.equal(warned.warnings[10], '15990 more rows have an unknown winner; they are shown as no verdict.');
  assert.equal(renderer.renderComparison(s.sharedUnknownWinner(11)).warnings[10], '1 more row has an unknown winner; it is shown as no verdict.');
  const key = 'comparison-postgresql-vs-mongodb-for-analytics-workloads';  // the path is never cut
  const keyed = renderer.renderComparison(JSON.stringify({ data: { [key]: { title: 'PostgreSQL vs MongoDB',
    feature_matrix: [{ feature: 'f', optionA: 'a', optionB: 'b', winner: 'unclear' }] } } }));
  assert.match(keyed.warnings[0], new RegExp(` at /data/${key}/feature_matrix/0/winner;`));
  // Each BigInt's path walked every frame of the chain of wrappers above it (32,000: ~8 s).
  const big = answer('32,000 BigInts under 32,000 Ref wrappers, decoded', () => renderer.decodePayload(s.bigIntsUnderWrappers(32000)),
    { boundMs: 3000 });
  assert.equal(big.value.length, 32000);
  assert.equal(big.value[31999], 31999n);
  // md4c 0.5.2 walked from a paragraph's first line to each link's "(" (1 MB: ~10 s; patched).
  const opened = answer('256,000 lines of "](["', () => renderer.renderMarkdown(s.linkOpenersOnEveryLine(256000)), { boundMs: 3000 });
  assert.equal(opened.html.length, 1024007);
  // md4c 0.5.2 goes on to the next block when a callback stops it with a positive value: past
  // the output limit the parse ran on, to an out-of-memory trap.
  assertError(answer('a 64,000-letter heading naming 8,000 tables', () => renderer.renderComparison(s.tablesUnderLongHeading(64000)),
    { boundMs: 3000 }), 'too_large');
});

test('the renderer is unchanged after all of it', () => {
  assert.equal(renderer.renderComparison(seed).html, golden);
  assert.equal(renderer.renderMarkdown(seedMarkdown).ok, true);
  assert.equal(renderer.decodePayload(seed).ok, true);
});
