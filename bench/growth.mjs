// Growth with the article: the module and devalue+md4w on the large article's markdown at 1x, 4x
// and 16x, each size measured interleaved, in a fresh Node process. (Run inside bench/run.mjs's
// own process, after every scenario had filled its heap, the 16x timing swung between 10x and
// 30x the 1x one from run to run; alone it is linear.) Prints one JSON line: { "1": { module,
// "devalue+md4w" }, "4": ..., "16": ... }, median ms per render.
//   node bench/growth.mjs
import create from '../dist/comparison-renderer.mjs';
import { buildCorpora, scaled } from './corpora.mjs';
import { pipelines, measure, nodeLibraries } from './pipelines.mjs';

const { largeMd } = buildCorpora();
const libs = await nodeLibraries();
await libs.md4w.init('fast');
const all = pipelines({ ...libs, renderer: await create() });
const impls = { module: all.module, 'devalue+md4w': all['devalue+md4w'] };
const growth = {};
for (const k of [1, 4, 16]) {
  growth[k] = measure(impls, scaled(largeMd, k), { samples: 9, warmup: 2, minBatchMs: 1 });
}
console.log(JSON.stringify(growth));
