// The page's main thread while the large article (bench/corpora.mjs: 3 MB payload, 1 MB of
// markdown) goes in, in Chromium with 4× CPU throttling (CDP Emulation.setCPUThrottlingRate, a
// mid-range phone): a plain page (create the renderer, renderComparison, innerHTML, layout) and
// <comparison-article> with render="main" | "worker" | "auto". Per mode, the median of --runs
// fresh pages: long tasks, total blocking time (sum of each long task's time over 50 ms), the
// longest task, when the heading was in the page and when the whole article was.
// --corpus blocks: an article of long blocks instead (a 15,000-item list and a 3,000-row table,
// each one section: the renderer cuts only between blocks; and a 3,000-row matrix), times --scale.
//   node bench/long-tasks.mjs [--runs 5] [--rate 4] [--corpus large|blocks] [--scale 1]
//   (after scripts/build.sh wasm; not in ./test)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildCorpora } from './corpora.mjs';
import { longBlocks } from '../tests/fixtures/long-blocks.mjs';
import { launch } from '../tests/browser/helpers/browser.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' }, rate: { type: 'string', default: '4' },
  corpus: { type: 'string', default: 'large' }, scale: { type: 'string', default: '1' } } });
const runs = Number(values.runs), rate = Number(values.rate), scale = Number(values.scale);
const corpus = values.corpus === 'blocks' && scale !== 1 ? `blocks-x${scale}` : values.corpus;

const out = path.join(here, 'out');
const file = path.join(out, `${corpus}.json`);
if (!fs.existsSync(file)) {
  fs.mkdirSync(out, { recursive: true });
  fs.writeFileSync(file, corpus.startsWith('blocks') ? longBlocks(15000 * scale, 3000 * scale) : buildCorpora().large);
}
const browser = await launch({ extraMounts: [['/bench/', here]] });
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const MODES = ['plain', 'main', 'worker', 'auto'];
const results = {};
for (let run = 0; run < runs; run++) {
  for (const mode of MODES) {  // interleaved: the machine's noise falls on every mode alike
    const page = await browser.context.newPage();
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    await page.goto(`${browser.url}bench/page/long-tasks.html?mode=${mode}&corpus=${corpus}`);
    await page.waitForFunction(() => window.__result, null, { timeout: 180000, polling: 200 });
    (results[mode] ??= []).push(await page.evaluate(() => window.__result));
    await page.close();
  }
}
await browser.close();

const f = (n) => n.toFixed(0);
console.log(`Chromium, ${rate}× CPU throttling, the ${corpus} article (${(fs.statSync(file).size / 1e6).toFixed(1)} MB payload), median of ${runs} fresh pages (ms)\n`);
console.log('| page | long tasks | total blocking time | longest task | heading in | whole article in | TBT ÷ plain |');
console.log('| --- | --- | --- | --- | --- | --- | --- |');
const plainTbt = median(results.plain.map((r) => r.tbt));
for (const mode of MODES) {
  const rs = results[mode];
  const m = (k) => median(rs.map((r) => r[k]));
  const name = mode === 'plain' ? 'plain page (renderComparison + innerHTML)' : `<comparison-article render="${mode}">`;
  console.log(`| ${name} | ${m('tasks')} | ${f(m('tbt'))} | ${f(m('longest'))} | ${f(m('heading'))} | ${f(m('all'))} | ${(m('tbt') / plainTbt).toFixed(2)} |`);
}
