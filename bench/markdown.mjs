// Markdown alone: throughput of renderMarkdown (the module, in Node) next to the same md4c and
// writer built natively (build-native/cr_native_render), on the benchmark's ~1 MB article; and
// linear time on md4c's pathological shapes (1x, 4x, 16x).
//   node bench/markdown.mjs        (after scripts/build.sh native wasm)
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import create from '../dist/comparison-renderer.mjs';
import { buildCorpora } from './corpora.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const native = path.join(root, 'build-native/cr_native_render');
const median = (a) => [...a].sort((x, y) => x - y)[a.length >> 1];
const renderer = await create();

function timeModule(md, options, samples = 9) {
  renderer.renderMarkdown(md, options);
  const t = [];
  for (let i = 0; i < samples; i++) {
    const t0 = performance.now();
    const r = renderer.renderMarkdown(md, options);
    t.push(performance.now() - t0);
    if (!r.ok) throw new Error(r.error.message);
  }
  return median(t);
}
const { largeMd } = buildCorpora();
const mb = Buffer.byteLength(largeMd) / 1e6;
const moduleMs = timeModule(largeMd, {});
// native_render prints "N us per call" on stderr when repeating
const mdFile = path.join(here, 'out', 'large.md');
fs.mkdirSync(path.dirname(mdFile), { recursive: true });
fs.writeFileSync(mdFile, largeMd);
const nativeOut = execFileSync('sh', ['-c', `${JSON.stringify(native)} markdown ${JSON.stringify(mdFile)} '{}' 9 2>&1 >/dev/null`], { encoding: 'utf8' });
const nativeMs = Number(nativeOut.match(/([\d.]+) us per call/)[1]) / 1000;
console.log(`# markdown throughput (${mb.toFixed(2)} MB of markdown, github dialect, sanitize)`);
console.log(`module (wasm, Node ${process.version}): ${moduleMs.toFixed(2)} ms = ${(mb / moduleMs * 1000).toFixed(0)} MB/s`);
console.log(`native (same md4c + writer, g++ -O2): ${nativeMs.toFixed(2)} ms = ${(mb / nativeMs * 1000).toFixed(0)} MB/s`);
console.log(`wasm / native: ${(moduleMs / nativeMs).toFixed(2)}`);

// md4c's pathological shapes (test/pathological-tests.py), at 1x, 4x and 16x.
const shapes = {
  'nested blockquotes': (n) => '>'.repeat(n) + ' a\n',
  'nested lists': (n) => '- '.repeat(n) + 'a',
  'many brackets': (n) => '['.repeat(n) + 'a' + ']'.repeat(n),
  'unclosed brackets': (n) => '[a'.repeat(n),
  'emphasis runs': (n) => '*a **a '.repeat(n),
  'unclosed emphasis': (n) => '*_'.repeat(n) + 'a',
  'many links': (n) => '[a](b) '.repeat(n),
  'many references': (n) => Array.from({ length: n }, (_, i) => `[l${i}]: /u${i}\n`).join('') + '[l1]',
  'backticks': (n) => Array.from({ length: n }, (_, i) => '`'.repeat(i % 50 + 1) + 'a').join(' '),
  'nested inline html': (n) => '<a>'.repeat(n) + 'x',
};
console.log('\n# pathological inputs: ms at 1x, 4x, 16x (linear if the last ratio stays near 16)');
console.log('| shape | 1x | 4x | 16x | 16x / 1x |\n|---|---|---|---|---|');
for (const [name, make] of Object.entries(shapes)) {
  const base = 2000;
  const t = [1, 4, 16].map((k) => timeModule(make(base * k), {}, 5));
  console.log(`| ${name} | ${t[0].toFixed(2)} | ${t[1].toFixed(2)} | ${t[2].toFixed(2)} | ${(t[2] / t[0]).toFixed(1)} |`);
}
