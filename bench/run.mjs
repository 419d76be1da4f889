// The benchmark: the module against the JavaScript pipelines a site would use instead
// (devalue + markdown-it, devalue + marked, devalue + md4w), side by side in one run, in Node 20
// and in headless Chromium. Prints medians and the ratio module / fastest peer per scenario,
// cold start, gzip -9 sizes, peak RSS, and the growth for 1x, 4x, 16x the large article.
//   node bench/run.mjs [--samples N] [--no-browser]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parse as devalueParse } from 'devalue';
import MarkdownIt from 'markdown-it';
import { Marked } from 'marked';
import * as md4w from 'md4w';
import create from '../dist/comparison-renderer.mjs';
import { buildCorpora, scaled } from './corpora.mjs';
import { pipelines, measure } from './pipelines.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const out = path.join(here, 'out');
fs.mkdirSync(out, { recursive: true });
const arg = (name, fallback) => { const i = process.argv.indexOf(name); return i > 0 ? process.argv[i + 1] : fallback; };
const samples = Number(arg('--samples', 21));
const withBrowser = !process.argv.includes('--no-browser');

const fmt = (ms) => (ms < 1 ? `${(ms * 1000).toFixed(1)} µs` : `${ms.toFixed(2)} ms`);
const median = (a) => { const s = [...a].sort((x, y) => x - y); return s[Math.floor(s.length / 2)]; };

console.log(`# comparison-renderer benchmark — ${new Date().toISOString()}`);
console.log(`machine: ${os.cpus()[0].model.trim()}, ${os.cpus().length} cores, load ${os.loadavg().map((x) => x.toFixed(2)).join(' ')}; Node ${process.version}`);

// ---- corpora ----
const corpora = buildCorpora();
fs.writeFileSync(path.join(out, 'seed.json'), corpora.seed);
fs.writeFileSync(path.join(out, 'large.json'), corpora.large);
fs.writeFileSync(path.join(out, 'wide.json'), corpora.wide);
fs.writeFileSync(path.join(out, 'many.json'), JSON.stringify(corpora.many));
const sizes = { seed: corpora.seed.length, large: corpora.large.length, wide: corpora.wide.length,
  many: median(corpora.many.map((x) => x.length)) };
console.log(`corpora: seed ${sizes.seed} B, large ${(sizes.large / 1e6).toFixed(2)} MB (markdown ${(corpora.largeMd.length / 1e6).toFixed(2)} MB), wide ${(sizes.wide / 1e3).toFixed(0)} KB, many 1000 × ~${(sizes.many / 1e3).toFixed(1)} KB`);

await md4w.init('fast');
const renderer = await create();
const impls = pipelines({ devalueParse, MarkdownIt, Marked, md4w, renderer });
// Sanity: every pipeline renders every scenario.
for (const [name, fn] of Object.entries(impls)) {
  for (const s of ['seed', 'large', 'wide']) if (!fn(corpora[s]).includes('</article>')) throw new Error(`${name} failed on ${s}`);
}

function report(title, results) {
  const peers = Object.keys(results.seed).filter((n) => n !== 'module');
  console.log(`\n## ${title} (median per payload; ratio = module / fastest peer)\n`);
  console.log(`| scenario | module | ${peers.join(' | ')} | ratio |`);
  console.log(`|---|---|${peers.map(() => '---').join('|')}|---|`);
  const ratios = {};
  for (const [scenario, r] of Object.entries(results)) {
    const fastest = Math.min(...peers.map((p) => r[p]));
    ratios[scenario] = r.module / fastest;
    console.log(`| ${scenario} | ${fmt(r.module)} | ${peers.map((p) => fmt(r[p])).join(' | ')} | **${ratios[scenario].toFixed(2)}** |`);
  }
  return ratios;
}

// ---- Node ----
const nodeResults = {};
for (const s of ['seed', 'large', 'wide', 'many']) nodeResults[s] = measure(impls, corpora[s], { samples });
const nodeRatios = report('Node ' + process.version, nodeResults);

// ---- Chromium ----
let browserResults = null, browserRatios = null, browserCold = null;
if (withBrowser) {
  const { launch } = await import('../tests/browser/helpers/browser.mjs');
  const browser = await launch({ csp: '', extraMounts: [['/bench/', here], ['/node_modules/', path.join(root, 'node_modules')]] });
  try {
    const page = await browser.context.newPage();
    await page.goto(`${browser.url}bench/page/bench.html?samples=${samples}`);
    await page.waitForFunction(() => window.__results, null, { timeout: 600000, polling: 500 });
    browserResults = await page.evaluate(() => window.__results);
    const version = await page.evaluate(() => navigator.userAgent.match(/Chrome\/[\d.]+/)?.[0]);
    browserRatios = report(`Chromium (${version})`, browserResults);
    await page.close();
    // Cold start: a fresh browser context (empty cache, nothing compiled) per sample.
    const { chromium } = await import('playwright-core');
    const { CHROMIUM, CHROMIUM_ARGS } = await import('../tests/browser/helpers/browser.mjs');
    const cold = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
    browserCold = {};
    for (const impl of ['module', 'md4w-small', 'md4w-fast', 'markdown-it', 'marked']) {
      const times = [];
      for (let i = 0; i < 7; i++) {
        const context = await cold.newContext();
        const p = await context.newPage();
        await p.goto(`${browser.url}bench/page/cold.html?impl=${impl}&n=${i}`);
        await p.waitForFunction(() => window.__cold, null, { timeout: 60000 });
        times.push(await p.evaluate(() => window.__cold));
        await context.close();
      }
      browserCold[impl] = median(times);
    }
    await cold.close();
  } finally {
    await browser.close();
  }
}

// ---- cold start in Node: a fresh process each time ----
const coldScript = path.join(out, 'cold-node.mjs');
fs.writeFileSync(coldScript, `
const t0 = performance.now();
const which = process.argv[2];
const seed = (await import('node:fs')).readFileSync(${JSON.stringify(path.join(out, 'seed.json'))}, 'utf8');
if (which === 'module') {
  const { default: create } = await import(${JSON.stringify(path.join(root, 'dist/comparison-renderer.mjs'))});
  (await create()).renderComparison(seed);
} else {
  const { parse } = await import('devalue');
  const { makePeer } = await import(${JSON.stringify(path.join(here, 'pipelines.mjs'))});
  let render;
  if (which === 'markdown-it') { const { default: M } = await import('markdown-it'); const m = new M(); render = (s) => m.render(s); }
  else if (which === 'marked') { const { Marked } = await import('marked'); const m = new Marked(); render = (s) => m.parse(s); }
  else { const md4w = await import('md4w'); await md4w.init(which === 'md4w-small' ? 'small' : 'fast'); render = (s) => md4w.mdToHtml(s); }
  makePeer(parse, render)(seed);
}
console.log(performance.now() - t0);
`);
const nodeCold = {};
for (const impl of ['module', 'md4w-small', 'md4w-fast', 'markdown-it', 'marked']) {
  const times = [];
  for (let i = 0; i < 9; i++) times.push(Number(execFileSync(process.execPath, [coldScript, impl], { cwd: root, encoding: 'utf8' })));
  nodeCold[impl] = median(times);
}
console.log('\n## Cold start (import + init + first seed render; median of 9 Node processes, 7 Chromium contexts)\n');
console.log('| impl | Node | Chromium |\n|---|---|---|');
for (const impl of Object.keys(nodeCold)) console.log(`| ${impl} | ${fmt(nodeCold[impl])} | ${browserCold ? fmt(browserCold[impl]) : '–'} |`);

// ---- sizes: what a page downloads, gzip -9 ----
const gz = (files) => {
  const buf = Buffer.concat(files.map((f) => fs.readFileSync(path.join(root, f))));
  return { raw: buf.length, gz: zlib.gzipSync(buf, { level: 9 }).length };
};
const devalueFiles = ['parse.js', 'base64.js', 'constants.js', 'operations.js', 'utils.js'].map((f) => `node_modules/devalue/src/${f}`);
const sizeRows = {
  'module (mjs + wasm)': gz(['dist/comparison-renderer.mjs', 'dist/comparison-renderer.wasm']),
  'module wasm': gz(['dist/comparison-renderer.wasm']),
  'module mjs': gz(['dist/comparison-renderer.mjs']),
  'module css': gz(['dist/comparison.css']),
  'devalue (parse)': gz(devalueFiles),
  'markdown-it (esm.min)': gz(['node_modules/markdown-it/dist/browser/markdown-it.esm.min.mjs']),
  'marked (esm)': gz(['node_modules/marked/lib/marked.esm.js']),
  'md4w js + small wasm': gz(['node_modules/md4w/js/md4w.js', 'node_modules/md4w/js/index.js', 'node_modules/md4w/js/md4w-small.wasm']),
  'md4w js + fast wasm': gz(['node_modules/md4w/js/md4w.js', 'node_modules/md4w/js/index.js', 'node_modules/md4w/js/md4w-fast.wasm']),
};
console.log('\n## Sizes (gzip -9; peers unminified where the package ships no minified build)\n');
console.log('| artifact | raw | gzip -9 |\n|---|---|---|');
for (const [k, v] of Object.entries(sizeRows)) console.log(`| ${k} | ${(v.raw / 1024).toFixed(1)} KiB | ${(v.gz / 1024).toFixed(1)} KiB |`);

// ---- peak RSS: 10 renders of the large payload in a fresh process ----
const rssScript = path.join(out, 'rss-node.mjs');
fs.writeFileSync(rssScript, `
const which = process.argv[2];
const large = (await import('node:fs')).readFileSync(${JSON.stringify(path.join(out, 'large.json'))}, 'utf8');
const { parse } = await import('devalue');
const MarkdownIt = (await import('markdown-it')).default;
const { Marked } = await import('marked');
const md4w = await import('md4w');
await md4w.init('fast');
const { default: create } = await import(${JSON.stringify(path.join(root, 'dist/comparison-renderer.mjs'))});
const { pipelines } = await import(${JSON.stringify(path.join(here, 'pipelines.mjs'))});
const before = process.memoryUsage().rss;
const impls = pipelines({ devalueParse: parse, MarkdownIt, Marked, md4w, renderer: await create() });
for (let i = 0; i < 10; i++) impls[which](large);
console.log(JSON.stringify({ peak: process.resourceUsage().maxRSS / 1024, before: before / 1048576 }));
`);
const rss = {};
for (const impl of Object.keys(impls)) rss[impl] = JSON.parse(execFileSync(process.execPath, [rssScript, impl], { cwd: root, encoding: 'utf8' }));
console.log('\n## Peak RSS for 10 large renders (fresh Node process; every library loaded, baseline shown)\n');
console.log('| impl | peak RSS | baseline |\n|---|---|---|');
for (const [k, v] of Object.entries(rss)) console.log(`| ${k} | ${v.peak.toFixed(0)} MB | ${v.before.toFixed(0)} MB |`);

// ---- linear growth ----
console.log('\n## Growth with the article (module and devalue+md4w; markdown 1x, 4x, 16x the large article)\n');
console.log('| size | module | ms per MB | devalue+md4w | ms per MB |\n|---|---|---|---|---|');
const growth = {};
for (const k of [1, 4, 16]) {
  const text = scaled(corpora.largeMd, k);
  const r = measure({ module: impls.module, 'devalue+md4w': impls['devalue+md4w'] }, text, { samples: 7, warmup: 1, minBatchMs: 1 });
  const mb = (corpora.largeMd.length * k) / 1e6;
  growth[k] = r;
  console.log(`| ${k}x (${mb.toFixed(1)} MB) | ${fmt(r.module)} | ${(r.module / mb).toFixed(2)} | ${fmt(r['devalue+md4w'])} | ${(r['devalue+md4w'] / mb).toFixed(2)} |`);
}

// ---- targets ----
const targets = [
  ['seed ≤ 0.5', (r) => r.seed <= 0.5], ['large ≤ 0.5', (r) => r.large <= 0.5], ['many ≤ 0.5', (r) => r.many <= 0.5],
  ['wide ≤ 0.7', (r) => r.wide <= 0.7],
];
console.log('\n## Targets\n');
for (const [name, ok] of targets) {
  console.log(`- ${name}: Node ${nodeRatios[name.split(' ')[0]].toFixed(2)} ${ok(nodeRatios) ? 'holds' : 'MISSED'}` +
    (browserRatios ? `; Chromium ${browserRatios[name.split(' ')[0]].toFixed(2)} ${ok(browserRatios) ? 'holds' : 'MISSED'}` : ''));
}
const size = sizeRows['module (mjs + wasm)'].gz / 1024;
console.log(`- wasm + JS ≤ 80 KB gzipped: ${size.toFixed(1)} KiB ${size <= 80 ? 'holds' : 'MISSED'}`);
console.log(`- cold start ≤ md4w small: Node ${fmt(nodeCold.module)} vs ${fmt(nodeCold['md4w-small'])} ${nodeCold.module <= nodeCold['md4w-small'] ? 'holds' : 'MISSED'}` +
  (browserCold ? `; Chromium ${fmt(browserCold.module)} vs ${fmt(browserCold['md4w-small'])} ${browserCold.module <= browserCold['md4w-small'] ? 'holds' : 'MISSED'}` : ''));
console.log(`- peak RSS ≤ 90 MB: ${rss.module.peak.toFixed(0)} MB ${rss.module.peak <= 90 ? 'holds' : 'MISSED'}`);
const lin = growth[16].module / growth[1].module / 16;
console.log(`- linear growth: 16x the article takes ${(growth[16].module / growth[1].module).toFixed(1)}x the time (${lin <= 1.3 ? 'linear' : 'NOT linear'})`);

fs.writeFileSync(path.join(out, 'results.json'), JSON.stringify({ date: new Date().toISOString(), node: nodeResults, nodeRatios,
  browser: browserResults, browserRatios, nodeCold, browserCold, sizes: sizeRows, rss, growth }, null, 1));
