// The benchmark in Chromium: the same pipelines and measuring loop as Node (bench/pipelines.mjs),
// over the scenarios named in ?only= (default: all), and the floor under each (bench/floor.mjs).
// Results land in window.__results (and __resultsFromBytes, __floor).
import create from '/dist/comparison-renderer.mjs';
import * as md4w from '/node_modules/md4w/js/index.js';
import * as libs from '/bench/out/peer-libs.mjs';
import { pipelines, measure, forScenario, samplesFor, fromBytes, bytesOf } from '/bench/pipelines.mjs';
import { measureFloor } from '/bench/floor.mjs';
import createFloor from '/bench/out/floor.mjs';

const params = new URLSearchParams(location.search);
const samples = Number(params.get('samples') || 21);
const scenarios = params.get('only').split(',');
await md4w.init('fast');
const renderer = await create();
const floor = await createFloor({ wasmBinary: await (await fetch('/bench/out/floor.wasm')).arrayBuffer() });
const impls = pipelines({ ...libs, md4w, renderer });
const results = {}, fromTheBytes = {}, floors = {};
for (const name of scenarios) {
  document.getElementById('status').textContent = `running ${name}…`;
  const text = await (await fetch(`/bench/out/${name}.json`)).text();
  const input = name === 'many' ? JSON.parse(text) : text;
  results[name] = measure(forScenario(impls, name), input, { samples: samplesFor(name, samples) });
  fromTheBytes[name] = measure(fromBytes(forScenario(impls, name), renderer), bytesOf(input), { samples: samplesFor(name, samples) });
  floors[name] = measureFloor(floor, renderer, input, { samples: samplesFor(name, samples) });
}
window.__floor = floors;
window.__resultsFromBytes = fromTheBytes;
window.__results = results;
document.getElementById('status').textContent = 'done';
