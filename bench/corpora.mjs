// The benchmark's corpora, generated deterministically (a seeded PRNG), encoded like a Nuxt
// site ships them: devalue.stringify with Nuxt's ShallowReactive reducer, "/" escaped.
//   seed        the real rust-vs-go payload (7 KB)
//   large       ~1 MB of realistic markdown in a ~3 MB payload whose unused content_html is most of it
//   wide        a 5,000-row matrix whose cells all need escaping ("<fast>", "& good"), a 2 KB article
//   wide-plain  a 5,000-row matrix of plain ASCII cells (nothing to escape), a 2 KB article, no HTML
//   huge        a 20,000-row matrix of plain ASCII cells, a small article
//   short       a ~500-byte article and a 5-row matrix (the per-call cost, nearly alone)
//   typographic the same with typographic punctuation: “quotes”, an em dash, an ellipsis (text
//               outside Latin-1 however little, which engines keep two bytes a character)
//   japanese    a ~25 KB Japanese article, Japanese matrix cells, locale ja
//   arabic      a ~25 KB Arabic article, Arabic matrix cells, locale ar
//   many        1,000 small distinct payloads (~10 KB each), one render each
//   dense       a ~100 KB article thick with inline markup (emphasis, strong, code spans, links,
//               strikethrough, entities, bare URLs in every sentence), no HTML: md4c's inline passes
//   tables      a ~110 KB article of GitHub tables (200 tables of 10 rows, aligned columns), no HTML
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

// A function that picks an element of an array with `rand`.
const picker = (rand) => (a) => a[Math.floor(rand() * a.length)];
// The winners a matrix row is given: A or B (each twice as often), a tie, or none.
const WINNERS = ['A', 'B', 'B', 'A', 'tie', ''];

const WORDS = ('latency throughput memory safety ownership borrow checker garbage collector goroutine channel ' +
  'scheduler runtime compiler toolchain package module interface generic trait closure iterator async await future ' +
  'thread lock mutex atomic allocation heap stack pointer reference lifetime deployment container service cluster ' +
  'request response handler middleware database query index cache benchmark profile release build test coverage')
  .split(' ');

function article(rand, targetBytes) {
  const pick = picker(rand);
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
  const pick = picker(rand);
  return Array.from({ length: n }, (_, i) =>
    row(`Feature ${i + 1}: ${WORDS[i % WORDS.length]}`, `${WORDS[(i * 7) % WORDS.length]} <fast>`,
      `${WORDS[(i * 11) % WORDS.length]} & good`, pick(WINNERS)));
}

function plainRows(rand, n) {
  const pick = picker(rand);
  return Array.from({ length: n }, (_, i) =>
    row(`Feature ${i + 1} ${WORDS[i % WORDS.length]}`, `${WORDS[(i * 7) % WORDS.length]} ${WORDS[(i * 3) % WORDS.length]}`,
      `${WORDS[(i * 11) % WORDS.length]} ${WORDS[(i * 5) % WORDS.length]}`, pick(WINNERS)));
}

// Every sentence marked up, as a reference page or a changelog is: md4c's inline analysis (its
// marks, their passes, link destinations, entities) is most of such a render.
function denseArticle(rand, targetBytes) {
  const pick = picker(rand);
  const marked = (word) => {
    const r = rand();
    if (r < 0.12) return `*${word}*`;
    if (r < 0.24) return `**${word}**`;
    if (r < 0.34) return `\`${word}()\``;
    if (r < 0.44) return `[${word}](https://example.com/docs/${word})`;
    if (r < 0.48) return `&mdash; ${word} &amp;`;
    if (r < 0.53) return `~~${word}~~`;
    if (r < 0.56) return `https://www.example.com/${word}`;
    if (r < 0.59) return `_${word}_`;
    return word;
  };
  const parts = [];
  let size = 0;
  while (size < targetBytes) {
    const block = Array.from({ length: 3 }, () => {
      const w = Array.from({ length: 10 + Math.floor(rand() * 8) }, () => marked(pick(WORDS)));
      return w.join(' ') + '.';
    }).join(' ');
    parts.push(rand() < 0.1 ? `## ${pick(WORDS)} *and* ${pick(WORDS)}` : block);
    size += block.length + 2;
  }
  return parts.join('\n\n') + '\n';
}

// An article that is mostly tables (a benchmark report, a pricing page): md4c reads each row's
// cells with its inline analysis, and the module writes each table in its own scroll region.
function tablesArticle(rand, tables) {
  const pick = picker(rand);
  return Array.from({ length: tables }, (_, t) => {
    const rows = Array.from({ length: 10 }, () => `| ${pick(WORDS)} | **${pick(WORDS)}** | ${Math.floor(rand() * 1000)} ms | ${pick(WORDS)} |`);
    return `### Run ${t + 1}\n\n| Case | Winner | Time | Notes |\n|:-----|:------:|-----:|-------|\n${rows.join('\n')}`;
  }).join('\n\n') + '\n';
}

function shortArticle(rand) {
  const pick = picker(rand);
  const sentence = () => {
    const w = Array.from({ length: 8 + Math.floor(rand() * 6) }, () => pick(WORDS));
    w[0] = w[0][0].toUpperCase() + w[0].slice(1);
    return w.join(' ') + '.';
  };
  return `## Overview\n\n${sentence()} ${sentence()}\n\n${sentence()} **${WORDS[3]}** and \`${WORDS[5]}()\`.\n\n` +
    `- ${sentence()}\n- ${sentence()}\n- ${sentence()}\n`;
}

// Articles in other scripts: sentences from a phrase list, with headings, lists, a table, code
// and links, as real localised comparisons have.
const SCRIPTS = {
  japanese: {
    locale: 'ja', title: 'RustとGoの比較：バックエンド開発', a: 'Rust', b: 'Go', stop: '。', comma: '、',
    heading: ['性能', '安全性', '並行処理', 'エコシステム', '開発体験', '運用'],
    phrases: ['メモリ安全性', 'ガベージコレクション', 'ゴルーチン', '所有権システム', 'コンパイル時間', '型システム',
      '標準ライブラリ', '非同期処理', 'ビルドツール', 'パッケージ管理', 'エラー処理', 'クラウドネイティブ',
      'マイクロサービス', 'レイテンシ', 'スループット', '学習曲線', 'コミュニティ', '本番環境'],
    verbs: ['が重要です', 'に優れています', 'を提供します', 'が改善されました', 'を重視しています', 'が求められます'],
    cells: ['非常に速い', '速い', '安全', '簡単', '難しい', '成熟している', '成長中', '優れている'],
  },
  arabic: {
    locale: 'ar', title: 'مقارنة بين Rust و Go لتطوير الخوادم', a: 'Rust', b: 'Go', stop: '.', comma: '،',
    heading: ['الأداء', 'الأمان', 'التزامن', 'النظام البيئي', 'تجربة المطور', 'التشغيل'],
    phrases: ['أمان الذاكرة', 'جمع البيانات المهملة', 'الخيوط الخفيفة', 'نظام الملكية', 'وقت الترجمة', 'نظام الأنواع',
      'المكتبة القياسية', 'البرمجة غير المتزامنة', 'أدوات البناء', 'إدارة الحزم', 'معالجة الأخطاء', 'الحوسبة السحابية',
      'الخدمات المصغرة', 'زمن الاستجابة', 'الإنتاجية', 'منحنى التعلم', 'المجتمع', 'بيئة الإنتاج'],
    verbs: ['مهم جدا', 'يتفوق بوضوح', 'يوفر مزايا كبيرة', 'تحسن كثيرا', 'يحظى باهتمام', 'مطلوب دائما'],
    cells: ['سريع جدا', 'سريع', 'آمن', 'سهل', 'صعب', 'ناضج', 'في نمو', 'ممتاز'],
  },
};

function scriptArticle(rand, lang, targetBytes) {
  const L = SCRIPTS[lang];
  const pick = picker(rand);
  const sentence = () => {
    const parts = Array.from({ length: 2 + Math.floor(rand() * 3) }, () => `${pick(L.phrases)}${lang === 'ja' ? 'は' : ' '}${pick(L.verbs)}`);
    let text = parts.join(L.comma + (lang === 'ja' ? '' : ' ')) + L.stop;
    if (rand() < 0.15) text = text.replace(L.stop, ` [${pick(L.phrases)}](https://example.com/${lang}/docs)${L.stop}`);
    if (rand() < 0.1) text = `**${pick(L.phrases)}**${lang === 'ja' ? '' : ' '}` + text;
    return text;
  };
  const parts = [];
  let size = 0, section = 0;
  while (size < targetBytes) {
    const r = rand();
    let block;
    if (r < 0.1) block = `## ${pick(L.heading)} ${++section}`;
    else if (r < 0.2) block = Array.from({ length: 3 + Math.floor(rand() * 3) }, () => `- ${sentence()}`).join('\n');
    else if (r < 0.25) block = '```go\nfunc main() {\n    fmt.Println("' + pick(L.phrases) + '")\n}\n```';
    else if (r < 0.3) {
      const rows = Array.from({ length: 3 + Math.floor(rand() * 3) }, () => `| ${pick(L.phrases)} | ${pick(L.cells)} | ${pick(L.cells)} |`);
      block = `| | ${L.a} | ${L.b} |\n|---|---|---|\n` + rows.join('\n');
    } else block = Array.from({ length: 2 + Math.floor(rand() * 3) }, sentence).join(' ');
    parts.push(block);
    size += Buffer.byteLength(block) + 2;
  }
  return parts.join('\n\n') + '\n';
}

function scriptRows(rand, lang, n) {
  const L = SCRIPTS[lang];
  const pick = picker(rand);
  return Array.from({ length: n }, (_, i) => row(`${L.phrases[i % L.phrases.length]}`, pick(L.cells), pick(L.cells), pick(WINNERS)));
}

function scriptComparison(rand, lang, md) {
  const L = SCRIPTS[lang];
  const c = comparison(rand, { slug: 'rust-vs-go', title: L.title, md, html: md, rows: scriptRows(rand, lang, 12) });
  return { ...c, locale: L.locale, description: L.title + L.stop, meta_description: L.title };
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
  const widePlain = encode('comparison-rust-vs-go', comparison(prng(43), { slug: 'rust-vs-go', title: 'Rust vs Go: every feature',
    md: article(prng(44), 2000), html: '', rows: plainRows(prng(45), 5000) }));
  const huge = encode('comparison-rust-vs-go', comparison(prng(46), { slug: 'rust-vs-go', title: 'Rust vs Go: twenty thousand features',
    md: article(prng(47), 2000), html: '', rows: plainRows(prng(48), 20000) }));
  const shortMd = shortArticle(prng(49));
  const short = encode('comparison-rust-vs-go', comparison(prng(50), { slug: 'rust-vs-go', title: 'Rust vs Go in brief',
    md: shortMd, html: md.render(shortMd), rows: plainRows(prng(51), 5) }));
  // The same kind of article as a CMS writes it: curly quotes, dashes and an ellipsis.
  const typographicMd = shortArticle(prng(54)).replace(/\. /g, ' — ').replace(/\*\*(\w+)\*\*/, '“$1”') + '\nAnd so on…\n';
  const typographic = encode('comparison-rust-vs-go', comparison(prng(55), { slug: 'rust-vs-go', title: 'Rust vs Go in brief',
    md: typographicMd, html: md.render(typographicMd), rows: plainRows(prng(56), 5) }));
  const scripts = {};
  for (const lang of ['japanese', 'arabic']) {
    const r = prng(lang === 'japanese' ? 52 : 53);
    const text = scriptArticle(r, lang, 25000);
    const c = scriptComparison(r, lang, text);
    c.content_html = md.render(text);
    scripts[lang] = encode('comparison-rust-vs-go', c);
  }
  const denseMd = denseArticle(prng(57), 100_000);
  const dense = encode('comparison-rust-vs-go', comparison(prng(58), { slug: 'rust-vs-go', title: 'Rust vs Go: the reference',
    md: denseMd, html: '', rows: plainRows(prng(59), 8) }));
  const tablesMd = tablesArticle(prng(60), 200);
  const tables = encode('comparison-rust-vs-go', comparison(prng(61), { slug: 'rust-vs-go', title: 'Rust vs Go: the measurements',
    md: tablesMd, html: '', rows: plainRows(prng(62), 8) }));
  return { seed, large, largeMd, wide, 'wide-plain': widePlain, huge, short, typographic, japanese: scripts.japanese,
    arabic: scripts.arabic, many, dense, tables };
}

// The scenarios, in the order the tables list them (`many` is an array of payloads).
export const SCENARIOS = ['seed', 'short', 'typographic', 'large', 'wide', 'wide-plain', 'huge', 'japanese', 'arabic', 'many',
  'dense', 'tables'];

// Writes every corpus to `dir` as <scenario>.json (many.json: a JSON array of payloads).
export function writeCorpora(c, dir) {
  fs.mkdirSync(dir, { recursive: true });
  for (const name of SCENARIOS) {
    fs.writeFileSync(path.join(dir, `${name}.json`), name === 'many' ? JSON.stringify(c.many) : c[name]);
  }
}

// The large article's markdown repeated k times, as a payload (for the linear-growth check).
export function scaled(largeMd, k) {
  return encode('comparison-rust-vs-go', comparison(prng(7), { slug: 'rust-vs-go', title: `Rust vs Go ×${k}`,
    md: Array(k).fill(largeMd).join('\n'), html: '', rows: rowsFor(prng(8), 8) }));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const c = buildCorpora();
  writeCorpora(c, path.join(here, 'out'));
  for (const name of SCENARIOS.filter((n) => n !== 'many')) console.log(name, c[name].length, 'chars');
  console.log('many', c.many.length, 'payloads, median', c.many.map((x) => x.length).sort((a, b) => a - b)[500], 'chars');
}
