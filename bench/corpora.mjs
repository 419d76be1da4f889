// The benchmark's corpora, generated deterministically (a seeded PRNG), encoded like a Nuxt
// site ships them: devalue.stringify with Nuxt's ShallowReactive reducer, "/" escaped.
//   seed  the real rust-vs-go payload (7 KB)
//   large ~1 MB of realistic markdown in a ~3 MB payload whose unused content_html is most of it
//   wide  a 5,000-row feature matrix
//   many  1,000 small distinct payloads (~10 KB each)
// `node bench/corpora.mjs` writes them to bench/out/ (the browser run reads them from there).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify } from 'devalue';
import MarkdownIt from 'markdown-it';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');

class ShallowReactive { constructor(value) { this.value = value; } }
const reducers = { ShallowReactive: (v) => v instanceof ShallowReactive && v.value };
const encode = (key, c) =>
  stringify({ data: new ShallowReactive({ [key]: c }), prerenderedAt: -1 }, reducers).replaceAll('/', '\\u002F');

function prng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = ('latency throughput memory safety ownership borrow checker garbage collector goroutine channel ' +
  'scheduler runtime compiler toolchain package module interface generic trait closure iterator async await future ' +
  'thread lock mutex atomic allocation heap stack pointer reference lifetime deployment container service cluster ' +
  'request response handler middleware database query index cache benchmark profile release build test coverage')
  .split(' ');

function article(rand, targetBytes) {
  const pick = (a) => a[Math.floor(rand() * a.length)];
  const sentence = () => {
    const n = 8 + Math.floor(rand() * 14);
    const w = [];
    for (let i = 0; i < n; i++) {
      let word = pick(WORDS);
      const r = rand();
      if (r < 0.04) word = `*${word}*`;
      else if (r < 0.07) word = `**${word}**`;
      else if (r < 0.1) word = `\`${word}()\``;
      else if (r < 0.12) word = `[${word}](https://example.com/docs/${word}?ref=bench)`;
      w.push(word);
    }
    w[0] = w[0][0].toUpperCase() + w[0].slice(1);
    return w.join(' ') + '.';
  };
  const paragraph = () => Array.from({ length: 3 + Math.floor(rand() * 4) }, sentence).join(' ');
  const parts = ['# Benchmark article\n'];
  let size = 0;
  let section = 0;
  while (size < targetBytes) {
    let block;
    const r = rand();
    if (r < 0.08) block = `## Section ${++section}: ${pick(WORDS)} and ${pick(WORDS)}`;
    else if (r < 0.12) block = `### ${pick(WORDS)} in practice`;
    else if (r < 0.2) block = Array.from({ length: 3 + Math.floor(rand() * 4) }, () => `- ${sentence()}`).join('\n');
    else if (r < 0.25) block = Array.from({ length: 3 + Math.floor(rand() * 3) }, (_, i) => `${i + 1}. ${sentence()}`).join('\n');
    else if (r < 0.31) {
      const lines = Array.from({ length: 4 + Math.floor(rand() * 8) }, () => `    let ${pick(WORDS)} = ${pick(WORDS)}(${Math.floor(rand() * 100)});`);
      block = '```rust\nfn main() {\n' + lines.join('\n') + '\n}\n```';
    } else if (r < 0.35) {
      const rows = Array.from({ length: 3 + Math.floor(rand() * 5) }, () => `| ${pick(WORDS)} | ${Math.floor(rand() * 1000)} ms | ${pick(WORDS)} |`);
      block = '| Case | Time | Notes |\n|:-----|-----:|:-----:|\n' + rows.join('\n');
    } else if (r < 0.38) block = `> ${sentence()} ${sentence()}`;
    else block = paragraph();
    parts.push(block);
    size += block.length + 2;
  }
  return parts.join('\n\n') + '\n';
}

const row = (feature, optionA, optionB, winner) => ({ feature, optionA, optionB, winner });

function comparison(rand, { slug, title, md, html, rows }) {
  return {
    id: `bench-${slug}`, title, slug, description: `A benchmark comparison: ${title}.`, content_md: md,
    content_html: html, feature_matrix: rows, locale: 'en', published: true, meta_title: title,
    meta_description: `Benchmark: ${title}`, focus_keyword: slug.replaceAll('-', ' '),
    created_at: '2026-01-22T10:00:00Z', updated_at: '2026-01-22T10:00:00Z',
  };
}

function rowsFor(rand, n) {
  const winners = ['A', 'B', 'B', 'A', 'tie', ''];
  return Array.from({ length: n }, (_, i) =>
    row(`Feature ${i + 1}: ${WORDS[i % WORDS.length]}`, `${WORDS[(i * 7) % WORDS.length]} <fast>`,
      `${WORDS[(i * 11) % WORDS.length]} & good`, winners[Math.floor(rand() * winners.length)]));
}

export function buildCorpora() {
  const md = new MarkdownIt();
  const seed = fs.readFileSync(path.join(root, 'tests', 'fixtures', 'seed', 'rust-vs-go.payload.json'), 'utf8');

  const rand = prng(42);
  const largeMd = article(rand, 1_000_000);
  const largeHtml = md.render(largeMd);
  const large = encode('comparison-rust-vs-go', comparison(rand, { slug: 'rust-vs-go', title: 'Rust vs Go: the long version',
    md: largeMd, html: largeHtml, rows: rowsFor(rand, 8) }));

  const wide = encode('comparison-rust-vs-go', comparison(rand, { slug: 'rust-vs-go', title: 'Rust vs Go: every feature',
    md: article(rand, 2000), html: '', rows: rowsFor(rand, 5000) }));

  const many = [];
  for (let i = 0; i < 1000; i++) {
    const r = prng(1000 + i);
    const a = WORDS[i % WORDS.length], b = WORDS[(i * 13 + 5) % WORDS.length];
    const text = article(r, 3500 + Math.floor(r() * 3000));
    many.push(encode(`comparison-${a}-vs-${b}`, comparison(r, { slug: `${a}-vs-${b}`, title: `${a} vs ${b} (${i})`,
      md: text, html: md.render(text), rows: rowsFor(r, 6 + Math.floor(r() * 10)) })));
  }
  return { seed, large, largeMd, wide, many };
}

// The large article's markdown repeated k times, as a payload (for the linear-growth check).
export function scaled(largeMd, k) {
  return encode('comparison-rust-vs-go', comparison(prng(7), { slug: 'rust-vs-go', title: `Rust vs Go ×${k}`,
    md: Array(k).fill(largeMd).join('\n'), html: '', rows: rowsFor(prng(8), 8) }));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const c = buildCorpora();
  const out = path.join(here, 'out');
  fs.mkdirSync(out, { recursive: true });
  fs.writeFileSync(path.join(out, 'seed.json'), c.seed);
  fs.writeFileSync(path.join(out, 'large.json'), c.large);
  fs.writeFileSync(path.join(out, 'wide.json'), c.wide);
  fs.writeFileSync(path.join(out, 'many.json'), JSON.stringify(c.many));
  for (const [k, v] of Object.entries({ seed: c.seed, large: c.large, wide: c.wide })) console.log(k, v.length, 'chars');
  console.log('many', c.many.length, 'payloads, median', c.many.map((x) => x.length).sort((a, b) => a - b)[500], 'chars');
}
