// The benchmark: the module against the JavaScript pipelines a site would use instead
// (devalue + md4w, commonmark, markdown-it, marked, micromark; bench/pipelines.mjs), side by side
// in one run, in Node 20 and in headless Chromium, over every scenario of bench/corpora.mjs.
// Prints markdown tables:
//   warm medians per scenario and the ratio module / fastest peer (target: <= 0.8 everywhere);
//   the floor under each scenario (bench/floor.mjs: text in, one scan, md4c, text out), by part;
//   the same from the payload's bytes (a fetched _payload.json: the peers decode them first);
//   the first call of each scenario in a fresh process / fresh browser context, next to them;
//   cold start: import + init + first seed render (target: <= 1.5 x md4w-small's);
//   download (gzip -9 of dist/comparison-renderer.wasm + .mjs; target <= 100 KB) and what it is
//   made of (bench/size.mjs, from the profiling build);
//   peak RSS of 10 large renders (target: <= devalue+md4w's); growth with the article (1x, 4x, 16x).
//
//   bench/run                                   set-up, builds, then this (from a fresh clone)
//   node bench/run.mjs [--samples N] [--no-browser] [--only seed,short,...] [--first-samples N]
// Results also go to bench/out/results.json. Not part of ./test: it takes 25-30 minutes.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import create from '../dist/comparison-renderer.mjs';
import { buildCorpora, writeCorpora, scaled, SCENARIOS } from './corpora.mjs';
import { pipelines, measure, nodeLibraries, forScenario, samplesFor, fromBytes, bytesOf } from './pipelines.mjs';
import { COLD_IMPLS } from './first-call.mjs';
import { sizeBreakdown, printBreakdown } from './size.mjs';
import { measureFloor } from './floor.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const out = path.join(here, 'out');
const arg = (name, fallback) => { const i = process.argv.indexOf(name); return i > 0 ? process.argv[i + 1] : fallback; };
const samples = Number(arg('--samples', 21));
const firstSamples = Number(arg('--first-samples', 5));
const withBrowser = !process.argv.includes('--no-browser');
const only = arg('--only', SCENARIOS.join(',')).split(',');
const scenarios = SCENARIOS.filter((s) => only.includes(s));

const fmt = (ms) => (ms === undefined ? '–' : ms < 1 ? `${(ms * 1000).toFixed(1)} µs` : `${ms.toFixed(2)} ms`);
const median = (a) => { const s = [...a].sort((x, y) => x - y); return s[Math.floor(s.length / 2)]; };

console.log(`# comparison-renderer benchmark — ${new Date().toISOString()}`);
console.log(`machine: ${os.cpus()[0].model.trim()}, ${os.cpus().length} cores, load ${os.loadavg().map((x) => x.toFixed(2)).join(' ')}; Node ${process.version}`);

// ---- corpora, and the peers bundled for the browser ----
const corpora = buildCorpora();
writeCorpora(corpora, out);
await build({ entryPoints: [path.join(here, 'peer-libs.mjs')], bundle: true, format: 'esm', minify: true,
  outfile: path.join(out, 'peer-libs.mjs'), logLevel: 'warning' });
console.log(`corpora: ${SCENARIOS.filter((s) => s !== 'many').map((s) => `${s} ${(corpora[s].length / 1e3).toFixed(1)} K chars`).join(', ')}, ` +
  `many 1000 × ~${(median(corpora.many.map((x) => x.length)) / 1e3).toFixed(1)} K chars`);

const floorFile = path.join(out, 'floor.mjs');
if (!fs.existsSync(floorFile)) throw new Error('bench/out/floor.mjs is missing: scripts/build.sh floor (bench/run does it)');
const floor = await (await import(floorFile)).default({ wasmBinary: fs.readFileSync(path.join(out, 'floor.wasm')) });
const libs = await nodeLibraries();
await libs.md4w.init('fast');
const renderer = await create();
const impls = pipelines({ ...libs, renderer });
const input = (s) => (s === 'many' ? corpora.many : corpora[s]);
for (const s of scenarios) {  // every pipeline renders every scenario
  for (const [name, fn] of Object.entries(forScenario(impls, s))) {
    if (!fn(s === 'many' ? corpora.many[0] : corpora[s]).includes('</article>')) throw new Error(`${name} failed on ${s}`);
  }
  const one = s === 'many' ? corpora.many[0] : corpora[s];
  if (renderer.renderComparison(bytesOf(one)).html !== renderer.renderComparison(one).html) throw new Error(`bytes differ on ${s}`);
}

// A table of medians with the ratio module / fastest peer per scenario.
function report(title, results, unit = 'median per payload') {
  const peers = [...new Set(Object.values(results).flatMap((r) => Object.keys(r)))].filter((n) => n !== 'module');
  console.log(`\n## ${title} (${unit}; ratio = module / fastest peer)\n`);
  console.log(`| scenario | module | ${peers.join(' | ')} | ratio |`);
  console.log(`|---|---|${peers.map(() => '---').join('|')}|---|`);
  const ratios = {};
  for (const [scenario, r] of Object.entries(results)) {
    const fastest = Math.min(...peers.filter((p) => r[p] !== undefined).map((p) => r[p]));
    ratios[scenario] = r.module / fastest;
    console.log(`| ${scenario} | ${fmt(r.module)} | ${peers.map((p) => fmt(r[p])).join(' | ')} | **${ratios[scenario].toFixed(2)}** |`);
  }
  return ratios;
}

// The floor per scenario next to the module and the fastest peer of `results`.
function reportFloor(title, floors, results) {
  const parts = ['text in', 'scan', 'md4c', 'text out'];
  console.log(`\n## ${title}: the floor (bench/floor.mjs; median per payload, warm)\n`);
  console.log(`| scenario | ${parts.join(' | ')} | floor | module | module ÷ floor | fastest peer | floor ÷ fastest peer |`);
  console.log(`|---|${parts.map(() => '---').join('|')}|---|---|---|---|---|`);
  for (const [scenario, f] of Object.entries(floors)) {
    const r = results[scenario];
    const fastest = Math.min(...Object.entries(r).filter(([k]) => k !== 'module').map(([, v]) => v));
    console.log(`| ${scenario} | ${parts.map((p) => fmt(f[p])).join(' | ')} | ${fmt(f.floor)} | ${fmt(r.module)} | ` +
      `${(r.module / f.floor).toFixed(2)} | ${fmt(fastest)} | ${(f.floor / fastest).toFixed(2)} |`);
  }
}

// ---- warm medians, Node ----
const nodeResults = {};
for (const s of scenarios) nodeResults[s] = measure(forScenario(impls, s), input(s), { samples: samplesFor(s, samples) });
const nodeRatios = report(`Node ${process.version}, warm`, nodeResults);
const nodeFloor = {};
for (const s of scenarios) nodeFloor[s] = measureFloor(floor, renderer, input(s), { samples: samplesFor(s, samples) });
reportFloor(`Node ${process.version}`, nodeFloor, nodeResults);
// The same from the payload's bytes (a fetched _payload.json): the module reads them as they are,
// the peers decode them first.
const nodeFromBytes = {};
for (const s of scenarios) {
  nodeFromBytes[s] = measure(fromBytes(forScenario(impls, s), renderer), bytesOf(input(s)), { samples: samplesFor(s, samples) });
}
const nodeFromBytesRatios = report(`Node ${process.version}, warm, from the payload's bytes`, nodeFromBytes);

// ---- Chromium: warm medians in one page, first calls in fresh contexts ----
let browserResults = null, browserRatios = null, browserFirst = null, browserVersion = '';
let browserFromBytes = null, browserFromBytesRatios = null, browserFloor = null;
const FIRST_IMPLS = ['module', 'md4w-fast', 'commonmark', 'markdown-it', 'marked'];
if (withBrowser) {
  const { launch, CHROMIUM, CHROMIUM_ARGS } = await import('../tests/browser/helpers/browser.mjs');
  const { chromium } = await import('playwright-core');
  const browser = await launch({ csp: '', extraMounts: [['/bench/', here], ['/node_modules/', path.join(root, 'node_modules')]] });
  try {
    const page = await browser.context.newPage();
    await page.goto(`${browser.url}bench/page/bench.html?samples=${samples}&only=${scenarios.join(',')}`);
    await page.waitForFunction(() => window.__results, null, { timeout: 1800000, polling: 500 });
    browserResults = await page.evaluate(() => window.__results);
    browserVersion = await page.evaluate(() => navigator.userAgent.match(/Chrome\/[\d.]+/)?.[0]);
    browserRatios = report(`Chromium (${browserVersion}), warm`, browserResults);
    browserFloor = await page.evaluate(() => window.__floor);
    reportFloor(`Chromium (${browserVersion})`, browserFloor, browserResults);
    browserFromBytes = await page.evaluate(() => window.__resultsFromBytes);
    browserFromBytesRatios = report(`Chromium (${browserVersion}), warm, from the payload's bytes`, browserFromBytes);
    await page.close();
    // Fresh contexts: an empty cache and nothing compiled, per sample.
    const cold = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
    const run = async (impl, scenario) => {
      const context = await cold.newContext();
      const p = await context.newPage();
      await p.goto(`${browser.url}bench/page/first-call.html?impl=${impl}&scenario=${scenario}`);
      await p.waitForFunction(() => window.__cold, null, { timeout: 120000 });
      const r = await p.evaluate(() => window.__cold);
      await context.close();
      if (r.error) throw new Error(`${impl} on ${scenario} in Chromium: ${r.error}`);
      return r;
    };
    browserFirst = await firstCalls(run, Math.max(3, firstSamples - 2));
    await cold.close();
  } finally {
    await browser.close();
  }
}

// ---- first calls and cold start in fresh Node processes ----
function nodeRun(impl, scenario) {
  return JSON.parse(execFileSync(process.execPath, [path.join(here, 'first-call-node.mjs'), impl, scenario], { cwd: root, encoding: 'utf8' }));
}
async function firstCalls(run, n) {
  const first = {};
  for (const s of scenarios) {
    first[s] = {};
    for (const impl of FIRST_IMPLS) {
      const times = [];
      for (let i = 0; i < n; i++) times.push((await run(impl, s)).first);
      first[s][impl] = median(times);
    }
  }
  // Cold start: import + init + first seed render, every implementation.
  const coldStart = {};
  for (const impl of COLD_IMPLS) {
    const times = [];
    for (let i = 0; i < n + 4; i++) { const r = await run(impl, 'seed'); times.push(r.load + r.first); }
    coldStart[impl] = median(times);
  }
  return { first, coldStart };
}
const nodeFirst = await firstCalls(async (impl, s) => nodeRun(impl, s), firstSamples);

const firstTable = (title, f) => {
  const renamed = Object.fromEntries(Object.entries(f.first).map(([s, r]) => [s, Object.fromEntries(
    Object.entries(r).map(([k, v]) => [k === 'module' ? k : `devalue+${k}`, v]))]));
  return report(title, renamed, 'first render after import and init, median');
};
const nodeFirstRatios = firstTable(`Node ${process.version}, first call in a fresh process`, nodeFirst);
const browserFirstRatios = browserFirst ? firstTable(`Chromium (${browserVersion}), first call in a fresh context`, browserFirst) : null;

console.log('\n## Cold start (import + init + first seed render; fresh Node process / fresh Chromium context with an empty cache)\n');
console.log('| impl | Node | Chromium |\n|---|---|---|');
for (const impl of COLD_IMPLS) {
  console.log(`| ${impl} | ${fmt(nodeFirst.coldStart[impl])} | ${browserFirst ? fmt(browserFirst.coldStart[impl]) : '–'} |`);
}

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
  'commonmark (min)': gz(['node_modules/commonmark/dist/commonmark.min.js']),
  'md4w js + small wasm': gz(['node_modules/md4w/js/md4w.js', 'node_modules/md4w/js/index.js', 'node_modules/md4w/js/md4w-small.wasm']),
  'md4w js + fast wasm': gz(['node_modules/md4w/js/md4w.js', 'node_modules/md4w/js/index.js', 'node_modules/md4w/js/md4w-fast.wasm']),
};
console.log('\n## Download (gzip -9; peers unminified where the package ships no minified build)\n');
console.log('| artifact | raw | gzip -9 |\n|---|---|---|');
for (const [k, v] of Object.entries(sizeRows)) console.log(`| ${k} | ${(v.raw / 1024).toFixed(1)} KiB | ${(v.gz / 1024).toFixed(1)} KiB |`);
let breakdown = null;
if (fs.existsSync(path.join(root, 'build-wasm-profile', 'dist', 'comparison-renderer.wasm'))) {
  console.log('\n## What the module is made of (bench/size.mjs; the profiling build, same flags plus names)\n');
  breakdown = sizeBreakdown();
  printBreakdown(breakdown);
}

// ---- peak RSS: 10 large renders in a fresh process per implementation ----
const rssScript = path.join(out, 'rss-node.mjs');
fs.writeFileSync(rssScript, `
const which = process.argv[2];
const large = (await import('node:fs')).readFileSync(${JSON.stringify(path.join(out, 'large.json'))}, 'utf8');
const { pipelines, nodeLibraries } = await import(${JSON.stringify(path.join(here, 'pipelines.mjs'))});
const libs = await nodeLibraries();
await libs.md4w.init('fast');
const { default: create } = await import(${JSON.stringify(path.join(root, 'dist/comparison-renderer.mjs'))});
const before = process.memoryUsage().rss;
const impls = pipelines({ ...libs, renderer: await create() });
for (let i = 0; i < 10; i++) impls[which](large);
console.log(JSON.stringify({ peak: process.resourceUsage().maxRSS / 1024, before: before / 1048576 }));
`);
const rss = {};
for (const impl of Object.keys(forScenario(impls, 'large'))) {
  rss[impl] = JSON.parse(execFileSync(process.execPath, [rssScript, impl], { cwd: root, encoding: 'utf8' }));
}
console.log('\n## Peak RSS for 10 large renders (fresh Node process; every library loaded, baseline shown)\n');
console.log('| impl | peak RSS | baseline |\n|---|---|---|');
for (const [k, v] of Object.entries(rss)) console.log(`| ${k} | ${v.peak.toFixed(0)} MB | ${v.before.toFixed(0)} MB |`);

// ---- linear growth (in a fresh process: bench/growth.mjs) ----
console.log('\n## Growth with the article (markdown 1x, 4x, 16x the large article)\n');
console.log('| size | module | ms per MB | devalue+md4w | ms per MB |\n|---|---|---|---|---|');
const growth = JSON.parse(execFileSync(process.execPath, [path.join(here, 'growth.mjs')], { cwd: root, encoding: 'utf8' }));
for (const k of [1, 4, 16]) {
  const r = growth[k];
  const mb = (corpora.largeMd.length * k) / 1e6;
  console.log(`| ${k}x (${mb.toFixed(1)} MB) | ${fmt(r.module)} | ${(r.module / mb).toFixed(2)} | ${fmt(r['devalue+md4w'])} | ${(r['devalue+md4w'] / mb).toFixed(2)} |`);
}

// ---- targets ----
console.log('\n## Targets\n');
const verdict = (ok) => (ok ? 'holds' : 'MISSED');
for (const s of scenarios) {
  const b = browserRatios ? `; Chromium ${browserRatios[s].toFixed(2)} ${verdict(browserRatios[s] <= 0.8)}` : '';
  console.log(`- ${s} ≤ 0.8 × fastest peer: Node ${nodeRatios[s].toFixed(2)} ${verdict(nodeRatios[s] <= 0.8)}${b}`);
}
for (const s of scenarios) {
  const b = browserFromBytesRatios ? `; Chromium ${browserFromBytesRatios[s].toFixed(2)}` : '';
  console.log(`- ${s} from the payload's bytes (not a target; the fetched case): Node ${nodeFromBytesRatios[s].toFixed(2)}${b}`);
}
const download = sizeRows['module (mjs + wasm)'].gz / 1024;
console.log(`- download ≤ 100 KB gzipped (goal 80): ${download.toFixed(1)} KiB ${verdict(download <= 100)}`);
const coldLine = (f, name) => `${name} ${fmt(f.coldStart.module)} = ${(f.coldStart.module / f.coldStart['md4w-small']).toFixed(2)} × md4w-small's ${fmt(f.coldStart['md4w-small'])} ${verdict(f.coldStart.module <= 1.5 * f.coldStart['md4w-small'])}`;
console.log(`- cold start ≤ 1.5 × md4w-small: ${coldLine(nodeFirst, 'Node')}${browserFirst ? `; ${coldLine(browserFirst, 'Chromium')}` : ''}`);
if (nodeFirst.first.large) {
  console.log(`- first call of the large article: Node ${fmt(nodeFirst.first.large.module)}` +
    (browserFirst ? `, Chromium ${fmt(browserFirst.first.large.module)} (fresh context)` : ''));
}
console.log(`- peak RSS ≤ devalue+md4w's: ${rss.module.peak.toFixed(0)} MB vs ${rss['devalue+md4w'].peak.toFixed(0)} MB ${verdict(rss.module.peak <= rss['devalue+md4w'].peak)}`);
const lin = growth[16].module / growth[1].module;
console.log(`- linear growth: 16x the article takes ${lin.toFixed(1)}x the time (${lin <= 16 * 1.3 ? 'linear' : 'NOT linear'})`);

fs.writeFileSync(path.join(out, 'results.json'), JSON.stringify({ date: new Date().toISOString(), node: nodeResults, nodeRatios, nodeFloor,
  browser: browserResults, browserRatios, browserFloor, nodeFromBytes, nodeFromBytesRatios, browserFromBytes, browserFromBytesRatios, nodeFirst, nodeFirstRatios, browserFirst, browserFirstRatios,
  sizes: sizeRows, breakdown, rss, growth }, null, 1));
