// A trap (abort: a bug, or memory exhausted) inside a call must come back as an `internal`
// error, leave the module as it was, and print nothing. createComparisonRenderer's `testHooks`
// option adds trapForTests(), which aborts inside the module as such a failure would: under
// frames on the wasm stack. The facade restores the stack pointer after a trap; without that,
// each trap would leave the 1 MiB stack lower, and after a thousand or so the module would
// overflow it. 5,000 traps interleaved with every kind of call prove it does not, and the
// stack's low-water mark (read from the wasm memory) shows it directly, every 250 traps.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import path from 'node:path';
import { create, dist } from './helpers/module.mjs';
import { createWithMemory, mb } from './helpers/wasm-memory.mjs';
import { seed, seedPath, seedMarkdown, largePayload } from './helpers/big-inputs.mjs';

const TRAPS = 5000;

function assertTrapResult(r) {
  assert.equal(r.ok, false);
  assert.deepEqual(Object.keys(r), ['ok', 'error']);
  assert.deepEqual(Object.keys(r.error).sort(), ['code', 'message', 'path']);
  assert.equal(r.error.code, 'internal');
  assert.equal(r.error.path, '');
  assert.match(r.error.message, /^The renderer failed unexpectedly: /);
  assert.doesNotMatch(r.error.message, /ASSERTIONS/, 'no advice to rebuild the module');
}

test('trapForTests exists only with testHooks', async () => {
  const plain = await create();
  assert.equal(plain.trapForTests, undefined);
  assert.equal((await create({ testHooks: false })).trapForTests, undefined);
  assert.equal(typeof (await create({ testHooks: true })).trapForTests, 'function');
});

test('a trap happens under a frame of wasm stack, as a real failure deep in a call would', async () => {
  // Otherwise the stack pointer is back where the call started when the trap unwinds, and the
  // drift test below passes whether or not the facade restores the stack. A render writes a
  // few hundred bytes of stack; a test trap should hold at least that much when it aborts.
  const { renderer, stackBytesWrittenBy } = await createWithMemory({ testHooks: true });
  renderer.renderComparison(seed);
  const render = stackBytesWrittenBy(() => renderer.renderMarkdown('# x'));
  const trap = stackBytesWrittenBy(() => assertTrapResult(renderer.trapForTests()));
  console.log(`stack bytes written: ${render} by a small renderMarkdown, ${trap} by a trap`);
  assert.ok(trap >= 512, `a trap writes ${trap} bytes of wasm stack before it aborts: it holds no frame, so the ` +
    'drift test cannot tell whether the facade restores the stack (bindings/embind.cpp trap_for_tests: abort from ' +
    'under a frame whose memory lives on the wasm stack)');
});

test(`${TRAPS} traps interleaved with real calls: each an internal error, every call after unchanged, no stack drift`, async () => {
  const { renderer, heapBytes, usedBytes, stackLowWater } = await createWithMemory({ testHooks: true });
  const large = largePayload();
  // Every kind of call, with what it answers before any trap.
  const calls = [
    ['render the seed', () => renderer.renderComparison(seed)],
    ['render with options', () => renderer.renderComparison(seed, { idPrefix: 'x-', labelLanguage: 'de', rawHtml: 'escape' })],
    ['decode the seed', () => renderer.decodePayload(seed)],
    ['render markdown', () => renderer.renderMarkdown(seedMarkdown, { headingIds: true })],
    ['bad JSON', () => renderer.renderComparison('{"title":')],
    ['too deep', () => renderer.renderComparison('['.repeat(10000))],
    ['a bad option', () => renderer.renderMarkdown('x', { limits: { maxDepth: 0 } })],
    ['a missing field', () => renderer.decodePayload('[{"a":9}]')],
  ];
  const snapshot = (r) => JSON.stringify(r);
  const expected = calls.map(([, call]) => snapshot(call()));
  const expectedLarge = renderer.renderComparison(large).html;
  // Every path warm before measuring, traps and the large render included: the allocator's
  // layout settles in the first round (one-time fragmentation is not a leak; a leak would grow
  // with every trap after it).
  for (const [, call] of calls) {
    call();
    assertTrapResult(renderer.trapForTests());
  }
  renderer.renderComparison(large);
  assertTrapResult(renderer.trapForTests());
  for (const [, call] of calls) call();
  const before = { heap: heapBytes(), used: usedBytes(), stack: stackLowWater() };

  const t0 = performance.now();
  for (let i = 0; i < TRAPS; i++) {
    assertTrapResult(renderer.trapForTests());
    const k = i % calls.length;
    const got = snapshot(calls[k][1]());
    if (got !== expected[k]) assert.fail(`after trap ${i + 1}, "${calls[k][0]}" answered differently:\n${got.slice(0, 300)}`);
    if (i % 250 === 249) {
      const drift = before.stack - stackLowWater();
      if (drift > 1024) assert.fail(`after ${i + 1} traps the stack reaches ${drift} bytes lower than before them`);
    }
    if (i % 1000 === 999) {
      assert.equal(renderer.renderComparison(large).html, expectedLarge, `the large payload after trap ${i + 1}`);
      assertTrapResult(renderer.trapForTests());  // a trap right after a large call
    }
  }
  // Traps back to back, then everything again.
  for (let i = 0; i < 100; i++) assertTrapResult(renderer.trapForTests());
  calls.forEach(([name, call], k) => assert.equal(snapshot(call()), expected[k], name));
  const ms = performance.now() - t0;

  const after = { heap: heapBytes(), used: usedBytes(), stack: stackLowWater() };
  console.log(`${TRAPS + TRAPS / 1000 + 100} traps and ${TRAPS + 13} calls in ${(ms / 1000).toFixed(1)} s; ` +
    `stack low-water ${before.stack} -> ${after.stack}; heap ${mb(before.heap)} -> ${mb(after.heap)}, ` +
    `used ${mb(before.used)} -> ${mb(after.used)}`);
  // The stack reaches no lower than before the traps: nothing left it lowered.
  assert.ok(after.stack >= before.stack - 1024, `the stack drifted down by ${before.stack - after.stack} bytes`);
  // And the traps leaked nothing to speak of (each leaves at most the call's own allocations).
  assert.equal(after.heap, before.heap, 'the wasm memory grew');
  assert.ok(after.used - before.used <= 256 * 1024, `the heap's high-water mark rose by ${after.used - before.used} bytes`);
});

test('after a trap that damaged the heap, a fresh instance takes over between calls', async () => {
  // A trap means a bug, and the bug may have written where it should not (a heap overrun once
  // made every later call trap). The facade then makes a fresh instance of the same compiled
  // module; calls made before it is ready may still fail, later ones answer as before the trap.
  const renderer = await create({ testHooks: true });
  const golden = renderer.renderComparison(seed).html;
  assertTrapResult(renderer.trapForTests(true));
  const deadline = Date.now() + 30000;
  let r;
  do {
    await new Promise((resolve) => setTimeout(resolve, 10));
    r = renderer.renderComparison(seed);
  } while (!r.ok && Date.now() < deadline);
  assert.equal(r.html, golden, 'the renderer did not recover within 30 s');
  for (let i = 0; i < 20; i++) assert.equal(renderer.renderComparison(seed).html, golden);
  assert.equal(renderer.renderMarkdown(seedMarkdown).ok, true);
});

test('a stack overflow traps before it writes over anything: the same instance answers as before', async () => {
  // Unbounded recursion in a bug runs the 1 MiB wasm stack out. Were the static data below the
  // stack, the overflow would write over it silently and the instance would answer wrongly (or
  // trap) from then on. A call in the same task as the trap still reaches the old instance (its
  // replacement is made between calls), so its answers show whether anything was overwritten.
  const { renderer, stackBytesWrittenBy } = await createWithMemory({ testHooks: true });
  const golden = JSON.stringify(renderer.renderComparison(seed));
  const markdown = JSON.stringify(renderer.renderMarkdown(seedMarkdown, { headingIds: true }));
  const plain = renderer.trapForTests().error.message;
  let overflow;
  const written = stackBytesWrittenBy(() => { overflow = renderer.trapForTests('stack-overflow'); });
  assertTrapResult(overflow);
  assert.notEqual(overflow.error.message, plain, 'the overflow ended as the plain trap does, not by running out of stack');
  assert.ok(written > 768 * 1024, `the recursion wrote ${written} bytes of the 1 MiB stack before it trapped`);
  assert.equal(JSON.stringify(renderer.renderComparison(seed)), golden, 'the old instance, right after the overflow');
  assert.equal(JSON.stringify(renderer.renderMarkdown(seedMarkdown, { headingIds: true })), markdown);
  assertTrapResult(renderer.trapForTests('stack-overflow'));
  await new Promise((resolve) => setTimeout(resolve, 50));
  assert.equal(JSON.stringify(renderer.renderComparison(seed)), golden, 'after the second overflow');
});

test('a trap prints nothing to stdout or stderr', () => {
  // A child process, so that anything Emscripten or the facade prints is seen. It reports its
  // findings on fd 3, leaving stdout and stderr to be checked for silence.
  const moduleUrl = pathToFileURL(path.join(dist, 'comparison-renderer.mjs')).href;
  const script = `
    import fs from 'node:fs';
    const { default: create } = await import(${JSON.stringify(moduleUrl)});
    const r = await create({ testHooks: true });
    const seed = fs.readFileSync(${JSON.stringify(seedPath)}, 'utf8');
    const golden = r.renderComparison(seed).html;
    let internal = 0, same = 0;
    for (let i = 0; i < 1000; i++) {
      if (r.trapForTests().error?.code === 'internal') internal++;
      if (r.renderComparison(seed).html === golden) same++;
    }
    fs.writeSync(3, JSON.stringify({ internal, same }));
  `;
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    stdio: ['ignore', 'pipe', 'pipe', 'pipe'], encoding: 'utf8', timeout: 60000,
  });
  assert.equal(child.status, 0, `the child failed: ${child.stderr}`);
  assert.deepEqual(JSON.parse(child.output[3]), { internal: 1000, same: 1000 });
  assert.equal(child.stdout, '', 'nothing on stdout');
  assert.equal(child.stderr, '', 'nothing on stderr');
});

test('a caller\'s own printErr still hears about a trap', async () => {
  // The facade silences Emscripten's "Aborted()" only when the caller did not ask to hear it.
  const heard = [];
  const renderer = await create({ testHooks: true, printErr: (text) => heard.push(text) });
  assertTrapResult(renderer.trapForTests());
  assert.ok(heard.some((line) => /Aborted/.test(line)), JSON.stringify(heard));
  assert.equal(renderer.renderComparison(seed).ok, true);
});
