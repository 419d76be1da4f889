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
