// The benchmark in Chromium: the same pipelines and measuring loop as Node (bench/pipelines.mjs).
import create from '/dist/comparison-renderer.mjs';
import { parse as devalueParse } from '/node_modules/devalue/src/parse.js';
import MarkdownIt from '/node_modules/markdown-it/dist/browser/markdown-it.esm.min.mjs';
import { Marked } from '/node_modules/marked/lib/marked.esm.js';
import * as md4w from '/node_modules/md4w/js/index.js';
import { pipelines, measure } from '/bench/pipelines.mjs';

const params = new URLSearchParams(location.search);
const samples = Number(params.get('samples') || 21);
await md4w.init('fast');
const renderer = await create();
const impls = pipelines({ devalueParse, MarkdownIt, Marked, md4w, renderer });
const load = async (name) => (await fetch(`/bench/out/${name}`)).text();
const corpora = { seed: await load('seed.json'), large: await load('large.json'), wide: await load('wide.json'),
  many: JSON.parse(await load('many.json')) };
const results = {};
for (const [name, input] of Object.entries(corpora)) {
  document.getElementById('status').textContent = `running ${name}…`;
  results[name] = measure(impls, input, { samples });
}
window.__results = results;
document.getElementById('status').textContent = 'done';
