// Memory over many calls in one process: 100,000 renders of the seed, 100,000 errors of every
// kind, 100,000 decodes, and a ~3 MB payload 50 times. After a warm-up, neither the wasm memory,
// nor the allocator's high-water mark inside it, nor the process RSS may grow by more than a
// little. Not a timing test: times are printed, not checked.
//
// What is measured (tests/node/helpers/wasm-memory.mjs):
//   heap  the wasm memory's size. It only ever grows, in steps of megabytes.
//   used  the highest byte of wasm memory ever written: a leak pushes it up byte for byte, long
//         before the memory grows. 100,000 calls make a leak of 10 bytes per call 1 MB.
//   rss   the process's resident memory after a full GC (V8's own heap settles within a few MB).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { create, dist } from './helpers/module.mjs';
import { createWithMemory, processMemory, mb, MiB } from './helpers/wasm-memory.mjs';
import { seed, seedMarkdown, largePayload } from './helpers/big-inputs.mjs';

const CALLS = 100_000;
const WARM_UP = 2_000;
const { renderer, heapBytes, usedBytes } = await createWithMemory();
const golden = renderer.renderComparison(seed).html;

function snapshot() {
  const p = processMemory();
  return { heap: heapBytes(), used: usedBytes(), rss: p.rss, jsHeap: p.jsHeap };
}

function report(label, calls, seconds, before, after) {
  console.log(`${label}: ${calls} calls in ${seconds.toFixed(1)} s (${(seconds / calls * 1e6).toFixed(0)} µs each); ` +
    `wasm heap ${mb(before.heap)} -> ${mb(after.heap)}, used ${mb(before.used)} -> ${mb(after.used)} ` +
    `(${after.used - before.used >= 0 ? '+' : ''}${after.used - before.used} B), ` +
    `RSS ${mb(before.rss)} -> ${mb(after.rss)}, JS heap ${mb(before.jsHeap)} -> ${mb(after.jsHeap)}`);
}

// The process's RSS also holds what the C allocator keeps after V8 and Node free their own
// blocks, and V8's young generation, which doubles once under a heavy load (16 -> 32 MB). Both
// step up and stay: glibc's main arena kept 4-30 MB more in 8 of 30 runs of the large rounds
// below, at any time in them, with either md4c build, and never with a fixed mmap threshold
// (MALLOC_MMAP_THRESHOLD_; docs/decisions.md §12, 2026-12-07 21:00). A leak rises in every
// batch: when the RSS rose by more than the slack, the same calls run again (`again`), up to
// three times, and one of those batches must leave it within the slack.
const RSS_BATCHES = 3;
function assertFlat(label, before, after, { rssSlack = 16 * MiB, again } = {}) {
  assert.ok(after.heap - before.heap <= 2 * MiB, `${label}: the wasm memory grew from ${mb(before.heap)} to ${mb(after.heap)}`);
  assert.ok(after.used - before.used <= 1 * MiB,
    `${label}: the wasm heap's high-water mark rose by ${after.used - before.used} bytes (a leak?)`);
  assert.ok(after.jsHeap - before.jsHeap <= 4 * MiB, `${label}: the JS heap grew from ${mb(before.jsHeap)} to ${mb(after.jsHeap)}`);
  if (after.rss - before.rss <= rssSlack) return;
  assert.ok(again, `${label}: RSS grew from ${mb(before.rss)} to ${mb(after.rss)}`);
  const steps = [before.rss, after.rss];
  for (let batch = 1; batch <= RSS_BATCHES; batch++) {
    again();
    steps.push(snapshot().rss);
    const rise = steps.at(-1) - steps.at(-2);
    if (rise <= rssSlack) {
      console.log(`${label}: RSS ${steps.map(mb).join(' -> ')} (the same calls again, ${batch} time(s))`);
      return;
    }
  }
  assert.fail(`${label}: RSS rose by more than ${mb(rssSlack)} in every batch: ${steps.map(mb).join(' -> ')}`);
}

// Runs call(i) WARM_UP times, measures, runs it `calls` times, measures again.
function plateau(label, calls, call) {
  for (let i = 0; i < WARM_UP; i++) call(i);
  const before = snapshot();
  const t0 = performance.now();
  for (let i = 0; i < calls; i++) call(i);
  const seconds = (performance.now() - t0) / 1000;
  const after = snapshot();
  report(label, calls, seconds, before, after);
  assertFlat(label, before, after, { again: () => { for (let i = 0; i < calls; i++) call(i); } });
}

test(`${CALLS} renders of the seed`, () => {
  plateau('renderComparison(seed)', CALLS, (i) => {
    const r = renderer.renderComparison(seed);
    if (r.html !== golden) assert.fail(`render ${i} differs from the first`);
  });
});

test(`${CALLS} errors of every kind`, () => {
  const cases = [
    ['json_syntax', () => renderer.renderComparison('{"title": "Rust vs Go", ')],
    ['missing_field', () => renderer.renderComparison('{"feature_matrix":[]}')],
    ['wrong_type', () => renderer.renderComparison('{"title":"A vs B","feature_matrix":{}}')],
    ['bad_option', () => renderer.renderComparison(seed, { headingOffset: 9 })],
    ['bad_option', () => renderer.renderMarkdown('# x', { limits: { maxDepth: 'deep' } })],
    ['bad_option', () => renderer.decodePayload(seed, { limits: 3 })],
    ['too_deep', () => renderer.renderComparison('['.repeat(600))],
    ['too_large', () => renderer.renderComparison(seed, { limits: { maxNodes: 10 } })],
    ['not_a_comparison', () => renderer.renderComparison('{"data":{"x":1}}')],
    ['bad_reference', () => renderer.decodePayload('[{"data":7}]')],
    ['unknown_type', () => renderer.decodePayload('[["Whatever",1],2]')],
    ['no_payload_script', () => renderer.renderComparison('<html><body>no payload</body></html>')],
    ['too_large', () => renderer.renderMarkdown(seedMarkdown, { limits: { maxOutputBytes: 100 } })],
  ];
  plateau('errors', CALLS, (i) => {
    const [code, call] = cases[i % cases.length];
    const r = call();
    if (r.ok || r.error.code !== code) assert.fail(`call ${i}: expected ${code}, got ${JSON.stringify(r).slice(0, 200)}`);
  });
  assert.equal(renderer.renderComparison(seed).html, golden);
});

test(`${CALLS} decodes of the seed`, () => {
  const title = 'Rust vs Go for Backend Development';
  plateau('decodePayload(seed)', CALLS, (i) => {
    const r = renderer.decodePayload(seed);
    if (!r.ok || r.value.data['comparison-rust-vs-go'].title !== title) assert.fail(`decode ${i} failed`);
  });
});

test('a ~3 MB payload 50 times: memory returns to its plateau', () => {
  const large = largePayload();
  assert.ok(large.length > 2.5e6 && large.length < 3.5e6, `${large.length} characters`);
  for (let i = 0; i < 100; i++) renderer.renderComparison(seed);
  const base = snapshot();
  // One round sets the plateau: the large render (its 9 MB input buffer, 3 bytes per character,
  // is over the 8 MB the module keeps, so the next call releases it), a seed render, and a
  // decode of the large payload (the most memory: input, tape, records and blob at once).
  const round = (i) => {
    const html = renderer.renderComparison(large).html;
    if (renderer.renderComparison(seed).html !== golden) assert.fail(`seed render after large round ${i}`);
    const d = renderer.decodePayload(large);
    if (!d.ok || d.value.data['comparison-rust-vs-go'].content_md.length < 1e6) assert.fail(`large decode ${i}`);
    return html;
  };
  const expected = round(0);
  const first = snapshot();
  const t0 = performance.now();
  for (let i = 1; i <= 50; i++) assert.equal(round(i), expected, `large render ${i}`);
  const seconds = (performance.now() - t0) / 1000;
  const after = snapshot();
  console.log(`large payload (${(large.length / 1e6).toFixed(2)} MB): before it: heap ${mb(base.heap)}, used ${mb(base.used)}, ` +
    `RSS ${mb(base.rss)}; after one round: heap ${mb(first.heap)}, used ${mb(first.used)}, RSS ${mb(first.rss)}`);
  report('large payload: 50 rounds of render, seed render, decode', 150, seconds, first, after);
  assertFlat('large payload', first, after, { again: () => { for (let i = 1; i <= 50; i++) round(i); } });
});

// WebAssembly memory cannot shrink, so one hostile call near the limits (12 MiB of "&": md4c
// marks every one, 530-650 MiB) would pin that much for the life of a server process.
for (const [how, options] of [['the .wasm next to the module', {}], ['wasmBinary', { wasmBinary: fs.readFileSync(path.join(dist, 'comparison-renderer.wasm')) }]]) {
  test(`a call that grows the memory past 256 MiB gives it back: a fresh instance takes over (${how})`, async () => {
    const own = await create({ ...options, testHooks: true });
    const small = own.renderComparison(seed).html;
    const start = own.memoryBytesForTests();
    const r = own.renderMarkdown('&'.repeat(12 * MiB));
    assert.equal(r.ok, true);
    assert.equal(r.html.length, 12 * MiB * 5 + '<p></p>\n'.length);
    const grown = own.memoryBytesForTests();
    const during = processMemory();
    assert.ok(grown > 256 * MiB, `the call grew the memory to ${mb(grown)} only; the test needs more than 256 MiB`);
    // The fresh instance is made between calls: wait for it, however long a loaded machine takes.
    const deadline = Date.now() + 60_000;
    while (own.memoryBytesForTests() > start && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10));
    assert.equal(own.memoryBytesForTests(), start, `the memory is ${mb(own.memoryBytesForTests())}, not back to ${mb(start)}`);
    const after = processMemory();
    console.log(`hostile call (${how}): wasm memory ${mb(start)} -> ${mb(grown)} -> ${mb(own.memoryBytesForTests())}; ` +
      `RSS ${mb(during.rss)} -> ${mb(after.rss)}`);
    assert.ok(after.rss < during.rss - 200 * MiB, `RSS ${mb(during.rss)} -> ${mb(after.rss)}: the old memory was not freed`);
    assert.equal(own.renderComparison(seed).html, small, 'the fresh instance renders as the old one did');
    // Ordinary calls never start one: the seed render above left the memory where it was.
    assert.equal(own.memoryBytesForTests(), start);
  });
}
