// The command line on 2,000 payloads (the seed under 2,000 slugs, ~7 KB each): wall time with
// --jobs 1 and --jobs N (default 2, this machine's cores), median of --runs runs, and the speed-up.
// Beside it, the floor: the same number of files of the pages' size written by 1 and N threads
// with no reading or rendering at all — what the file system alone allows.
//   node bench/cli-scaling.mjs [--runs 3] [--jobs 2] [--files 2000]     (not in ./test)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';

if (isMainThread) await main();
else writeFloorFiles(workerData);

async function main() {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' }, jobs: { type: 'string', default: '2' },
    files: { type: 'string', default: '2000' } } });
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cr-cli-bench-'));
  const seed = JSON.parse(fs.readFileSync(path.join(root, 'web/examples/rust-vs-go.payload.json'), 'utf8'));
  const inputs = path.join(tmp, 'in');
  for (let i = 0; i < Number(values.files); i++) {
    seed[6] = `comparison-${i}`;  // the slug (devalue slot 6)
    const file = path.join(inputs, String(i % 50), `${i}.json`);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, JSON.stringify(seed));
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const files = Number(values.files);
  const times = { 1: [], [values.jobs]: [] }, floor = { 1: [], [values.jobs]: [] };
  let pageBytes = 0;
  for (let run = 0; run < Number(values.runs); run++) {
    for (const jobs of Object.keys(times)) {
      const out = path.join(tmp, `out-${jobs}-${run}`);
      const t0 = process.hrtime.bigint();
      const r = spawnSync(process.execPath, [path.join(root, 'bin/comparison-render.mjs'), inputs, '--out', out, '--jobs', jobs, '--quiet']);
      if (r.status !== 0) throw new Error(r.stderr.toString());
      times[jobs].push(Number(process.hrtime.bigint() - t0) / 1e9);
      pageBytes ||= fs.statSync(path.join(out, 'comparison-0.html')).size;
      floor[jobs].push(await writeOnly(path.join(tmp, `floor-${jobs}-${run}`), Number(jobs), files, pageBytes));
    }
  }
  fs.rmSync(tmp, { recursive: true, force: true });
  console.log(`comparison-render on ${files} payloads, ${os.availableParallelism()} cores, median of ${values.runs} runs`);
  console.log(`(floor: ${files} files of ${pageBytes} bytes written by that many threads, nothing read or rendered)\n`);
  console.log('| --jobs | wall time | pages/s | speed-up | floor | floor speed-up |');
  console.log('| --- | --- | --- | --- | --- | --- |');
  const one = median(times[1]), floorOne = median(floor[1]);
  for (const jobs of Object.keys(times)) {
    const t = median(times[jobs]), f = median(floor[jobs]);
    console.log(`| ${jobs} | ${t.toFixed(2)} s | ${(files / t).toFixed(0)} | ${(one / t).toFixed(2)} | ${f.toFixed(2)} s | ${(floorOne / f).toFixed(2)} |`);
  }
}

// A thread of the floor: writes files [from, to) of `bytes` bytes into dir.
function writeFloorFiles({ dir, from, to, bytes }) {
  const text = 'x'.repeat(bytes);
  for (let i = from; i < to; i++) fs.writeFileSync(path.join(dir, `${i}.html`), text);
  parentPort.postMessage('done');
}

// Seconds to write `files` files of `bytes` bytes into a new directory from `threads` threads.
async function writeOnly(dir, threads, files, bytes) {
  fs.mkdirSync(dir);
  const t0 = process.hrtime.bigint();
  await Promise.all(Array.from({ length: threads }, (_, k) => new Promise((resolve, reject) => {
    const from = Math.floor((k * files) / threads), to = Math.floor(((k + 1) * files) / threads);
    const thread = new Worker(new URL(import.meta.url), { workerData: { dir, from, to, bytes } });
    thread.on('message', () => thread.terminate().then(resolve));
    thread.on('error', reject);
  })));
  return Number(process.hrtime.bigint() - t0) / 1e9;
}
