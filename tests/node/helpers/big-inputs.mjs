// Large and hostile inputs, generated rather than stored. Shared by memory.test.mjs,
// hostile.test.mjs and bench/hostile.mjs, so the bench times the shapes the tests check.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const seedPath = path.join(root, 'tests', 'fixtures', 'seed', 'rust-vs-go.payload.json');
export const seed = fs.readFileSync(seedPath, 'utf8');
const seedSlots = JSON.parse(seed);  // a devalue payload: slot 8 is content_md, 9 content_html
export const seedMarkdown = seedSlots[8];

const join = (count, make) => Array.from({ length: count }, (_, i) => make(i)).join('');

// The seed's markdown repeated to at least `bytes` (ASCII-sized) bytes. Every copy's headings get
// the copy's number, so heading ids stay distinct (what is measured is size, not id clashes).
export function markdownOfSize(bytes) {
  const copies = Math.max(1, Math.ceil(bytes / (seedMarkdown.length + 2)));
  return join(copies, (i) => seedMarkdown.replace(/^(#{1,6} .*)$/gm, `$1 (${i + 1})`) + '\n\n');
}

// The seed payload with its markdown and its (unused) content_html replaced: a devalue payload
// of about markdownBytes + htmlBytes, like a long article as Nuxt ships it.
export function seedWith({ markdown = seedMarkdown, html = seedSlots[9] } = {}) {
  const slots = seedSlots.slice();
  slots[8] = markdown;
  slots[9] = html;
  return JSON.stringify(slots);
}

// ~3 MB: 1 MB of markdown and 2 MB of content_html (bench/corpora.mjs's "large" has this shape).
export function largePayload() {
  const html = seedSlots[9];
  return seedWith({ markdown: markdownOfSize(1_000_000), html: html.repeat(Math.ceil(2_000_000 / html.length)) });
}

// The seed padded to `bytes` bytes with an unused content_html of ASCII text.
export function paddedPayload(bytes) {
  const base = seedWith({ html: '' }).length;
  return seedWith({ html: 'x'.repeat(Math.max(0, bytes - base)) });
}

// A plain JSON comparison with `rows` matrix rows (9 JSON values per row).
export function matrixPayload(rows) {
  const winners = ['A', 'B', 'tie', ''];
  return '{"title":"Rust vs Go","slug":"rust-vs-go","feature_matrix":[' +
    Array.from({ length: rows }, (_, i) =>
      `{"feature":"Feature ${i}","optionA":"a${i % 97}","optionB":"b${i % 89}","winner":"${winners[i % 4]}"}`).join(',') +
    ']}';
}

export const deepArrays = (levels) => '['.repeat(levels) + ']'.repeat(levels);
export const deepObjects = (levels) => '{"a":'.repeat(levels) + '1' + '}'.repeat(levels);

// A plain comparison whose markdown is `md` (JSON-escaped).
export const comparisonWithMarkdown = (md) =>
  JSON.stringify({ title: 'Rust vs Go', slug: 'rust-vs-go', content_md: md, feature_matrix: [] });

// One line of markdown, about `bytes` long, in a few shapes md4c has to work at.
export const singleLines = {
  words: (bytes) => 'memory safety without a garbage collector '.repeat(Math.ceil(bytes / 42)).slice(0, bytes),
  emphasis: (bytes) => '*a* _b_ **c** '.repeat(Math.ceil(bytes / 14)).slice(0, bytes),
  openBrackets: (bytes) => '['.repeat(bytes),
  emphasisOpeners: (bytes) => '*a'.repeat(Math.ceil(bytes / 2)).slice(0, bytes),
  imageOpeners: (bytes) => '![a'.repeat(Math.ceil(bytes / 3)).slice(0, bytes),
  backticks: (bytes) => '`a'.repeat(Math.ceil(bytes / 2)).slice(0, bytes),
  links: (bytes) => '[a](https://example.com/x) '.repeat(Math.ceil(bytes / 27)).slice(0, bytes),
  entities: (bytes) => '&amp;&#169;&unknown; '.repeat(Math.ceil(bytes / 21)).slice(0, bytes),
  rawHtml: (bytes) => '<b onclick="x">a</b> '.repeat(Math.ceil(bytes / 21)).slice(0, bytes),
};

// `count` headings with the same text: every id after the first needs a suffix.
export const sameHeadings = (count) => '## Same heading\n\n'.repeat(count);

// Shapes an adversarial review found quadratic or worse (each n units; see hostile.test.mjs).
export const superlinear = {
  // Headings that each hold a link to a fragment: each heading moved every link noted before it.
  headingLinks: (n) => '# [a](#a)\n'.repeat(n),
  // A link address of n '&': each "&amp;" was replaced in place, moving the rest each time.
  ampersandUrl: (n) => `[x](${'&'.repeat(n)})\n`,
  // A page whose first tag has an attribute of n '&' before the payload's script.
  pageWithAmpersands: (n) => `<div id="${'&'.repeat(n)}"></div><script id="__NUXT_DATA__" type="application/json">` +
    `${JSON.stringify([{ title: 1, feature_matrix: 2 }, 'T', []])}</script>`,
  // A title of n words and a slug whose left side is n words: the names were sought cubically.
  longNamedTitle: (n) => JSON.stringify({ title: 'a '.repeat(n), slug: `${'a-'.repeat(n)}b-vs-c`, feature_matrix: [] }),
  // n matrix rows, each the head of one chain of n Ref wrappers.
  rowsOverWrapperChain: (n) => {
    const v = [{ title: 1, feature_matrix: 2 }, 'T', new Array(n).fill(3)];
    for (let i = 0; i < n; i++) v.push(['Ref', 4 + i]);
    v.push({ feature: 1, optionA: 1, optionB: 1 });
    return JSON.stringify(v);
  },
  // n matrix rows that are one shared row, its cells one n-byte string: n² bytes of table.
  sharedRows: (n) => JSON.stringify([{ title: 1, feature_matrix: 2 }, 'T', new Array(n).fill(3),
    { feature: 4, optionA: 4, optionB: 4 }, 'x'.repeat(n)]),
  // The same with an n-byte winner no one knows: a warning per row, each quoting it.
  sharedUnknownWinner: (n) => JSON.stringify([{ title: 1, feature_matrix: 2 }, 'T vs U', new Array(n).fill(3),
    { feature: 1, optionA: 1, optionB: 1, winner: 4 }, 'w'.repeat(n)]),
  // For decodePayload: n BigInts at the bottom of a chain of n Ref wrappers (each record's path
  // walked every frame of the chain).
  bigIntsUnderWrappers: (n) => {
    const v = [];
    for (let i = 0; i < n; i++) v.push(['Ref', i + 1]);
    v.push(Array.from({ length: n }, (_, i) => n + 1 + i));
    for (let i = 0; i < n; i++) v.push(['BigInt', String(i)]);
    return JSON.stringify(v);
  },
  // A paragraph of n lines, each a link's "](" (md4c 0.5.2 walked from the paragraph's first line
  // to find each one's line; patches/md4c has the fix).
  linkOpenersOnEveryLine: (n) => '](['.concat('\n').repeat(n),
  // An article whose one n-letter heading labels n/8 tables (each names the heading's id twice):
  // past the output limit the parse went on, to an out-of-memory trap.
  tablesUnderLongHeading: (n) => JSON.stringify({ title: 'T', feature_matrix: [],
    content_md: `# ${'h'.repeat(n)}\n\n${'a|b\n-|-\n\n'.repeat(n / 8 | 0)}` }),
};
