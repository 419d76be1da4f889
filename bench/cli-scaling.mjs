// The command line on 2,000 payloads (the seed under 2,000 slugs, ~7 KB each): wall time with
// --jobs 1 and --jobs N (default 2, this machine's cores), median of --runs runs, and the speed-up.
//   node bench/cli-scaling.mjs [--runs 3] [--jobs 2] [--files 2000]     (not in ./test)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

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
const times = { 1: [], [values.jobs]: [] };
for (let run = 0; run < Number(values.runs); run++) {
  for (const jobs of Object.keys(times)) {
    const out = path.join(tmp, `out-${jobs}-${run}`);
    const t0 = process.hrtime.bigint();
    const r = spawnSync(process.execPath, [path.join(root, 'bin/comparison-render.mjs'), inputs, '--out', out, '--jobs', jobs, '--quiet']);
    if (r.status !== 0) throw new Error(r.stderr.toString());
    times[jobs].push(Number(process.hrtime.bigint() - t0) / 1e9);
  }
}
fs.rmSync(tmp, { recursive: true, force: true });
const one = median(times[1]), n = median(times[values.jobs]);
console.log(`comparison-render on ${values.files} payloads, ${os.availableParallelism()} cores, median of ${values.runs} runs\n`);
console.log('| --jobs | wall time | pages/s | speed-up |');
console.log('| --- | --- | --- | --- |');
console.log(`| 1 | ${one.toFixed(2)} s | ${(values.files / one).toFixed(0)} | 1.00 |`);
console.log(`| ${values.jobs} | ${n.toFixed(2)} s | ${(values.files / n).toFixed(0)} | ${(one / n).toFixed(2)} |`);
