// Hostile shapes at 1x, 2x, 4x and 8x their size, timed through the module (dist/, or $CR_DIST),
// with the time per unit: flat when the work grows linearly with the input, rising when it
// does not. The same generators as tests/node/hostile.test.mjs.
//   node bench/hostile.mjs [--quick]        (--quick: 1x and 2x only)
import os from 'node:os';
import { renderer } from '../tests/node/helpers/module.mjs';
import {
  markdownOfSize, comparisonWithMarkdown, matrixPayload, deepArrays, singleLines, sameHeadings, superlinear,
} from '../tests/node/helpers/big-inputs.mjs';

const MiB = 1024 * 1024;
const scales = process.argv.includes('--quick') ? [1, 2] : [1, 2, 4, 8];
const raised = { maxInputBytes: 2 ** 31 - 1, maxNodes: 2 ** 31 - 1, maxOutputBytes: 2 ** 31 - 1, maxMarkdownBytes: 2 ** 31 - 1 };

// Each shape: how many units at 1x, what a unit is, the input for n units, and the call.
const shapes = [
  { name: 'matrix rows (article, limits raised)', base: 62_500, unit: 'row',
    input: (n) => matrixPayload(n), call: (s) => renderer.renderComparison(s, { limits: raised }) },
  { name: 'nesting, default limits (too_deep at 513)', base: 125_000, unit: 'level',
    input: (n) => deepArrays(n), call: (s) => renderer.renderComparison(s) },
  { name: 'nesting, maxDepth raised (scanned whole)', base: 125_000, unit: 'level',
    input: (n) => '['.repeat(n), call: (s) => renderer.renderComparison(s, { limits: { maxDepth: 1e7 } }) },
  { name: 'one line of markdown: emphasis', base: 256 * 1024, unit: 'byte',
    input: (n) => singleLines.emphasis(n), call: (s) => renderer.renderMarkdown(s) },
  { name: 'one line of markdown: open brackets', base: 256 * 1024, unit: 'byte',
    input: (n) => singleLines.openBrackets(n), call: (s) => renderer.renderMarkdown(s) },
  { name: 'one line of markdown: image openers', base: 256 * 1024, unit: 'byte',
    input: (n) => singleLines.imageOpeners(n), call: (s) => renderer.renderMarkdown(s) },
  { name: 'one line of markdown: raw HTML (sanitized)', base: 256 * 1024, unit: 'byte',
    input: (n) => singleLines.rawHtml(n), call: (s) => renderer.renderMarkdown(s) },
  { name: 'markdown size: renderMarkdown', base: 2 * MiB, unit: 'byte',
    input: (n) => markdownOfSize(n), call: (s) => renderer.renderMarkdown(s, { limits: raised }) },
  { name: 'markdown size: article (content_md)', base: 2 * MiB, unit: 'byte',
    input: (n) => comparisonWithMarkdown(markdownOfSize(n)), call: (s) => renderer.renderComparison(s, { limits: raised }) },
  { name: 'identical headings (article)', base: 1250, unit: 'heading',
    input: (n) => comparisonWithMarkdown(sameHeadings(n)), call: (s) => renderer.renderComparison(s) },
  // Shapes an adversarial review found quadratic or worse (tests/node/hostile.test.mjs).
  { name: 'headings that link to a fragment', base: 20_000, unit: 'heading',
    input: (n) => superlinear.headingLinks(n), call: (s) => renderer.renderMarkdown(s, { headingIds: true }) },
  { name: 'a link address of "&"', base: 80_000, unit: 'byte',
    input: (n) => superlinear.ampersandUrl(n), call: (s) => renderer.renderMarkdown(s) },
  { name: 'a page attribute of "&" before the payload', base: 80_000, unit: 'byte',
    input: (n) => superlinear.pageWithAmpersands(n), call: (s) => renderer.renderComparison(s) },
  { name: 'a title and a slug of n words', base: 1000, unit: 'word',
    input: (n) => superlinear.longNamedTitle(n), call: (s) => renderer.renderComparison(s) },
  { name: 'shared rows with a long unknown winner', base: 2000, unit: 'row',
    input: (n) => superlinear.sharedUnknownWinner(n), call: (s) => renderer.renderComparison(s) },
  { name: 'lines of "](["', base: 32_000, unit: 'line',
    input: (n) => superlinear.linkOpenersOnEveryLine(n), call: (s) => renderer.renderMarkdown(s) },
  { name: 'BigInts under a chain of wrappers (decode)', base: 4000, unit: 'BigInt',
    input: (n) => superlinear.bigIntsUnderWrappers(n), call: (s) => renderer.decodePayload(s) },
];

const fmtUnit = (ns) => (ns >= 1e6 ? `${(ns / 1e6).toFixed(2)} ms` : ns >= 1000 ? `${(ns / 1000).toFixed(2)} µs` : `${ns.toFixed(1)} ns`);
const fmtMs = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(1)} ms`);

function time(call, input) {
  // The best of a few runs for quick calls, one run for slow ones.
  let best = Infinity, result;
  for (let run = 0; run < 5; run++) {
    const t0 = performance.now();
    result = call(input);
    best = Math.min(best, performance.now() - t0);
    if (best > 300) break;
  }
  return { ms: best, result };
}

console.log(`# hostile shapes — ${new Date().toISOString()}`);
console.log(`machine: ${os.cpus()[0].model.trim()}, ${os.cpus().length} cores, load ${os.loadavg().map((x) => x.toFixed(2)).join(' ')}; Node ${process.version}; module ${renderer.version}\n`);
console.log(`| shape | unit | ${scales.map((k) => `${k}×: time (per unit)`).join(' | ')} | answer | per unit ${scales.at(-1)}× / 1× |`);
console.log(`|---|---|${scales.map(() => '---').join('|')}|---|---|`);
for (const shape of shapes) {
  const cells = [];
  const perUnit = [];
  let answer = '';
  for (const k of scales) {
    const n = shape.base * k;
    const input = shape.input(n);
    const { ms, result } = time(shape.call, input);
    perUnit.push((ms * 1e6) / n);
    cells.push(`${fmtMs(ms)} (${fmtUnit(perUnit.at(-1))})`);
    const a = result.ok ? 'ok' : result.error.code;
    if (!answer.split(', ').includes(a)) answer = answer ? `${answer}, ${a}` : a;
  }
  const base = `${shape.base.toLocaleString('en')} ${shape.unit}s`;
  console.log(`| ${shape.name} | ${base} at 1× | ${cells.join(' | ')} | ${answer} | **${(perUnit.at(-1) / perUnit[0]).toFixed(2)}** |`);
}
console.log(`\nPer unit ${scales.at(-1)}×/1× near 1 is linear; near ${scales.at(-1)} is quadratic.`);
