// A cold run in a fresh Node process (bench/run.mjs starts one per sample):
//   node bench/first-call-node.mjs IMPL SCENARIO   -> prints {"load": ms, "first": ms}
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { coldRun, peerRender } from './first-call.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const [impl, scenario] = process.argv.slice(2);
const text = fs.readFileSync(path.join(here, 'out', `${scenario}.json`), 'utf8');
const input = scenario === 'many' ? JSON.parse(text)[0] : text;

async function load(which) {
  if (which === 'module') {
    const { default: create } = await import('../dist/comparison-renderer.mjs');
    const renderer = await create();
    return (s) => renderer.renderComparison(s).html;
  }
  // Only what this implementation needs: devalue and its markdown engine.
  const { parse: devalueParse } = await import('devalue');
  const libs = { devalueParse };
  if (which.startsWith('md4w')) {
    libs.md4w = await import('md4w');
    await libs.md4w.init(which === 'md4w-small' ? 'small' : 'fast');
  } else if (which === 'commonmark') {
    const commonmark = await import('commonmark');
    libs.commonmark = commonmark.default ?? commonmark;
  } else if (which === 'markdown-it') {
    libs.MarkdownIt = (await import('markdown-it')).default;
  } else if (which === 'marked') {
    libs.Marked = (await import('marked')).Marked;
  } else {
    const { micromark } = await import('micromark');
    const { gfm, gfmHtml } = await import('micromark-extension-gfm');
    libs.micromark = { micromark, gfm, gfmHtml };
  }
  return peerRender(which, libs);
}

console.log(JSON.stringify(await coldRun(impl, input, load)));
