// Writes the demo page's example payloads into web/examples/ (run by hand after editing them:
// `node scripts/make-examples.mjs`; the output is committed). Nuxt payloads are encoded with the
// real devalue and Nuxt's reducers, as a Nuxt site ships them.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify } from 'devalue';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'web/examples');

class ShallowReactive { constructor(value) { this.value = value; } }
const reducers = { ShallowReactive: (v) => v instanceof ShallowReactive && v.value };
// Nuxt >= 4.4 escapes every "/" in the payload text.
const nuxt = (payload) => stringify(payload, reducers).replaceAll('/', '\\u002F');
const payloadFile = (key, comparison) => nuxt({ data: new ShallowReactive({ [key]: comparison }), prerenderedAt: -1 });

const row = (feature, optionA, optionB, winner) => ({ feature, optionA, optionB, winner });

const arabic = {
  id: 'ar-0001', slug: 'python-vs-javascript', locale: 'ar', published: true,
  title: 'Python مقابل JavaScript: أيهما تختار لتطوير الويب؟',
  description: 'مقارنة عملية بين Python وJavaScript لبناء تطبيقات الويب والخدمات الخلفية.',
  content_md: [
    '## مقدمة', '',
    'تُعد **Python** و**JavaScript** من أكثر لغات البرمجة استخدامًا اليوم. تناقش هذه المقالة نقاط القوة في كل منهما لتطوير الويب.', '',
    '## الأداء', '',
    'يعمل محرك V8 على تشغيل JavaScript بسرعة كبيرة، بينما تعتمد Python غالبًا على مكتبات مكتوبة بلغة C.', '',
    '## بيئة العمل', '',
    '- إطار Django للغة Python', '- إطار Express للغة JavaScript', '',
    '> اختر اللغة التي يعرفها فريقك جيدًا.',
  ].join('\n'),
  feature_matrix: [
    row('الأداء', 'جيد', 'ممتاز (V8)', 'B'),
    row('سهولة التعلم', 'سهلة جدًا', 'متوسطة', 'A'),
    row('علم البيانات', 'NumPy وpandas', 'محدود', 'A'),
    row('الواجهات الأمامية', 'غير مناسبة', 'React وVue', 'B'),
    row('بيئة الحزم', 'PyPI', 'npm', 'tie'),
  ],
  meta_title: 'Python مقابل JavaScript لتطوير الويب',
  meta_description: 'مقارنة بين Python وJavaScript في الأداء وسهولة التعلم وبيئة العمل.',
  created_at: '2026-03-05T09:00:00Z', updated_at: '2026-04-12T16:30:00Z',
};

const japanese = {
  id: 'ja-0001', slug: 'rust-vs-go', locale: 'ja', published: true,
  title: 'Rust 対 Go：バックエンド開発ならどちらを選ぶか',
  description: 'バックエンドサービスを作るときの Rust と Go の違いを、性能・安全性・生産性から比較します。',
  content_md: [
    '## はじめに', '',
    'Rust と Go はどちらもクラウド時代に人気のある言語です。この記事では、**性能**、**安全性**、**開発のしやすさ**を比べます。', '',
    '## 性能', '',
    'Rust は C や C++ に近い性能を出せます。Go はガベージコレクションを持ちますが、多くのサービスでは十分に高速です。', '',
    '## 並行処理', '',
    '- Go：ゴルーチンとチャネル', '- Rust：所有権による安全な並行処理', '',
    '| 項目 | Rust | Go |', '|:--|:--|:--|', '| ビルド | 遅め | 速い |', '| バイナリ | 小さい | 小さい |',
  ].join('\n'),
  feature_matrix: [
    row('性能', 'C/C++ 並み', 'とても良い', 'A'),
    row('メモリ安全性', 'コンパイル時に保証', 'ガベージコレクション', 'A'),
    row('学習コスト', '高い', '低い', 'B'),
    row('ビルド速度', '遅い', 'とても速い', 'B'),
    row('エコシステム', '成長中', '成熟', 'tie'),
  ],
  meta_title: 'Rust 対 Go：バックエンド言語の比較',
  meta_description: 'Rust と Go をバックエンド開発の観点で比較します。',
  created_at: '2026-02-10T03:00:00Z', updated_at: '2026-02-10T03:00:00Z',
};

const ties = {
  title: 'PostgreSQL vs MySQL for a Growing Startup', slug: 'postgresql-vs-mysql', locale: 'en-US',
  description: 'Two mature databases, several draws, and a few questions nobody could settle.',
  content_md: 'Both databases serve startups well. Where the verdict is open, the table says so in words.\n',
  feature_matrix: [
    row('Reliability', 'Excellent', 'Excellent', 'tie'),
    row('JSON support', 'jsonb with indexes', 'JSON type', 'A'),
    row('Replication', 'Logical and physical', 'Mature, simple', 'Draw'),
    row('Hosting cost', 'Similar', 'Similar', ''),
    row('Community mood', 'Enthusiastic', '', null),
    row('Licensing', 'PostgreSQL License', 'GPL or commercial', 'maybe'),
    row('Read-heavy workloads', 'Good', 'Very good', 'b'),
  ],
  created_at: '2026-02-01', updated_at: '2026-02-20',
};

const longMarkdown = {
  title: 'Vim vs Emacs: The Long Read', slug: 'vim-vs-emacs', locale: 'en',
  description: 'Everything markdown can do, in one article: tables, code, lists, quotes, images and long lines.',
  content_md: `# History

Vim descends from **vi** (1976); Emacs from *TECO macros* (1976). Both are older than most of their users.

## Editing model

| Aspect | Vim | Emacs |
|:-------|:---:|------:|
| Model | Modal | Modeless |
| Extension language | Vimscript, Lua | Emacs Lisp |
| Startup | Instant | Fast with a daemon |

### Keys, in code

\`\`\`vim
" Save all buffers and quit when nothing is left to do — a line long enough to need its own scroll bar on a phone
nnoremap <leader>q :wqa<CR>
\`\`\`

\`\`\`elisp
(global-set-key (kbd "C-c q") #'save-buffers-kill-terminal)
\`\`\`

## Checklist for choosing

- [x] Try both for a week
- [x] Count the plugins you really need
- [ ] Decide, and stop reading comparisons

1. Install the editor
2. Read the tutorial (\`vimtutor\` or \`C-h t\`)
   - Vim: about 30 minutes
   - Emacs: about an hour

> "Emacs is a great operating system, lacking only a decent editor."
> — an old joke, told by both sides

A very long address that must wrap on a narrow screen: https://example.com/a/very/long/path/that/goes/on/and/on/without/any/spaces/to/break/it/comparison-renderer/demo/long-markdown

Supercalifragilisticexpialidociousandthenquiteabitmoretomakeitawordthatcannotfitonanyphonescreen.

![A small green square](data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAgAAAAICAIAAABLbSncAAAAEklEQVR4nGNgaGAgD48aDQQAyrgL8eawWP4AAAAASUVORK5CYII=)

<details><summary>Raw HTML, sanitised</summary>
Allowed tags stay; <span onclick="alert(1)">event handlers</span> and <script>alert(1)</script> scripts do not.
</details>

~~Strikethrough~~ and autolinks: www.gnu.org and https://www.vim.org.
`,
  feature_matrix: [
    row('Learning curve', 'Steep, then flat', 'Long and gentle', 'tie'),
    row('Speed on a remote box', 'Always installed', 'Often missing', 'A'),
    row('Extensibility', 'Good (Lua)', 'Unlimited (Lisp)', 'B'),
    row('Org-mode', 'Plugins', 'Built in', 'B'),
  ],
  created_at: '2026-05-10T08:00:00Z', updated_at: '2026-05-10T08:00:00Z',
};

const empty = {
  title: 'Tabs vs Spaces', slug: 'tabs-vs-spaces', locale: 'en',
  description: 'The comparison nobody finished.',
  content_md: 'We tried to fill in the table. We are still arguing.\n',
  feature_matrix: [],
  created_at: '2026-04-01',
};

const listing = [
  { title: 'Svelte vs React', slug: 'svelte-vs-react', description: 'Compiler or runtime?', locale: 'en',
    content_md: 'Svelte compiles components away; React keeps a runtime.\n',
    feature_matrix: [row('Bundle size', 'Tiny', 'Larger', 'A'), row('Ecosystem', 'Growing', 'Huge', 'B'), row('Learning', 'Easy', 'Moderate', 'A')],
    created_at: '2026-06-01' },
  { title: 'Deno vs Node.js', slug: 'deno-vs-node-js', description: 'Two runtimes by the same author.', locale: 'en',
    content_md: 'Deno ships TypeScript and permissions; Node.js ships compatibility.\n',
    feature_matrix: [row('Security model', 'Permissions', 'Open by default', 'A'), row('npm packages', 'Supported', 'Native', 'B')],
    created_at: '2026-06-02' },
  { title: 'Kotlin vs Java', slug: 'kotlin-vs-java', description: 'The JVM, two ways.', locale: 'en',
    content_md: 'Kotlin is concise; Java is everywhere.\n',
    feature_matrix: [row('Null safety', 'In the type system', 'Optional', 'A'), row('Hiring', 'Good', 'Excellent', 'B'), row('Tooling', 'Excellent', 'Excellent', 'tie')],
    created_at: '2026-06-03' },
];
const listingPayload = stringify({ data: new ShallowReactive({ 'comparisons-latest': listing }), state: {},
  _errors: new ShallowReactive({ 'comparisons-latest': undefined }), serverRendered: true, path: '/compare' }, reducers);
const listingPage = `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Latest comparisons</title></head>
<body><div id="__nuxt"><h1>Latest comparisons</h1><ul><li>Svelte vs React</li><li>Deno vs Node.js</li><li>Kotlin vs Java</li></ul></div>
<script type="application/json" data-nuxt-data="nuxt-app" data-ssr="true" id="__NUXT_DATA__">${listingPayload}</script>
<script>window.__NUXT__={};window.__NUXT__.config={public:{},app:{baseURL:"/",buildId:"demo",buildAssetsDir:"/_nuxt/",cdnURL:""}}</script>
</body>
</html>
`;

const broken = payloadFile('comparison-bun-vs-node', {
  title: 'Bun vs Node.js', slug: 'bun-vs-node', locale: 'en', content_md: 'A payload with a mistake in row 2.\n',
  feature_matrix: [row('Speed', 'Very fast', 'Fast', 'A'), row('Stability', 'Young', 'Proven', 'B'), { feature: 'Windows support', optionA: 'Good', winner: 'B' }],
});

const databases = ['SQLite', 'DuckDB'];
const aspects = ['Storage', 'Queries', 'Transactions', 'Concurrency', 'Tooling', 'Deployment', 'Ecosystem'];
const details = ['Size on disk', 'Speed', 'Limits', 'Defaults', 'Docs', 'Extensions', 'Bindings', 'Testing', 'Support', 'Licence'];
const manyRows = {
  title: `${databases[0]} vs ${databases[1]}: 70 features, side by side`, slug: 'sqlite-vs-duckdb', locale: 'en',
  description: 'A long matrix: it scrolls inside its own region and keeps its column headers in view.',
  content_md: 'Two embedded databases, one for transactions and one for analytics. The table below is long on purpose.\n',
  feature_matrix: aspects.flatMap((a, i) => details.map((d, j) => row(`${a}: ${d}`,
    `${databases[0]} ${['row store', 'tiny', 'mature', 'ubiquitous', 'simple'][(i + j) % 5]}`,
    `${databases[1]} ${['column store', 'vectorised', 'young', 'fast-moving', 'parallel'][(i * 3 + j) % 5]}`,
    ['A', 'B', 'B', 'tie', 'A', 'B', ''][(i * 7 + j) % 7]))),
  created_at: '2026-07-01',
};

const seed = fs.readFileSync(path.join(root, 'tests', 'fixtures', 'seed', 'rust-vs-go.payload.json'), 'utf8');
const files = [
  ['rust-vs-go.payload.json', seed, 'Rust vs Go (the seed: a Nuxt _payload.json)'],
  ['python-vs-javascript.ar.payload.json', payloadFile('comparison-python-vs-javascript', arabic), 'Arabic, right to left'],
  ['rust-vs-go.ja.payload.json', payloadFile('comparison-rust-vs-go', japanese), 'Japanese'],
  ['postgresql-vs-mysql.json', JSON.stringify(ties, null, 2) + '\n', 'Ties and missing verdicts (plain JSON)'],
  ['vim-vs-emacs.payload.json', payloadFile('comparison-vim-vs-emacs', longMarkdown), 'Long markdown: tables, code, lists'],
  ['tabs-vs-spaces.json', JSON.stringify(empty, null, 2) + '\n', 'An empty matrix (plain JSON)'],
  ['sqlite-vs-duckdb.json', JSON.stringify(manyRows) + '\n', 'A long matrix (70 rows)'],
  ['latest-comparisons.html', listingPage, 'A saved page with several comparisons'],
  ['bun-vs-node.broken.payload.json', broken, 'A broken payload (a row misses optionB)'],
];
fs.mkdirSync(out, { recursive: true });
for (const [file, text] of files) fs.writeFileSync(path.join(out, file), text);
fs.writeFileSync(path.join(out, 'index.json'),
  JSON.stringify(files.map(([file, , label]) => ({ file, label })), null, 2) + '\n');
console.log(`wrote ${files.length} examples to ${path.relative(root, out)}/`);
