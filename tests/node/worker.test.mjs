// comparison-renderer/worker in Node (worker_threads): the same results as the synchronous
// renderer, as Promises — decodePayload's values equal on random devalue graphs of every form
// (Maps, Sets, cycles, BigInt, Dates, typed arrays, -0, holes, URLs, null prototypes) — calls
// spread over the pool, a trap answered "internal" and the worker replaced, wrong arguments
// rejected as the synchronous renderer throws, and an idle pool never keeps Node running.
// tests/browser/worker.test.mjs runs it as a Web Worker under the strict CSP.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as devalue from 'devalue';
import { renderer, root, dist } from './helpers/module.mjs';
import { createRng, ValueGenerator, nuxtReducers, sameValue } from './helpers/random-values.mjs';

const workerUrl = pathToFileURL(path.join(dist, 'comparison-worker.mjs')).href;
const { default: createComparisonWorker } = await import(workerUrl);
const seed = fs.readFileSync(path.join(root, 'tests/fixtures/seed/rust-vs-go.payload.json'), 'utf8');

let pool;
before(async () => { pool = await createComparisonWorker({ workers: 2, testHooks: true }); });
after(async () => { await pool?.terminate(); });

test('renderComparison and renderMarkdown give what the synchronous renderer gives', async () => {
  assert.equal(pool.workers, 2);
  // Options structured clone cannot carry (a symbol, a function inside) get the renderer's own
  // answer, with its path, as without a worker.
  for (const options of [undefined, { idPrefix: 'w-', rawHtml: 'escape' }, { slug: 3 }, 'slug', [], () => {},
    { slug: Symbol('s') }, { labels: { winner: () => 'W' } }]) {
    assert.deepEqual(await pool.renderComparison(seed, options), renderer.renderComparison(seed, options));
  }
  assert.deepEqual(await pool.renderComparison('[{"a":'), renderer.renderComparison('[{"a":'));
  assert.deepEqual(await pool.renderMarkdown('# T\n\n- [x] done', { headingIds: true }),
    renderer.renderMarkdown('# T\n\n- [x] done', { headingIds: true }));
  // Options structured clone cannot carry are answered as the renderer answers them: undefined is
  // "not given", a function is refused (bad_option at its path).
  assert.deepEqual(await pool.renderComparison(seed, { slug: undefined }), renderer.renderComparison(seed));
  const withFunction = { slug: undefined, onDone: () => 1 };
  assert.deepEqual(await pool.renderComparison(seed, withFunction), renderer.renderComparison(seed, withFunction));
  assert.equal((await pool.renderComparison(seed, withFunction)).error.path, '/onDone');
  // Options are read once: a getter that fails only the first time is the renderer's bad_option.
  let reads = 0;
  const flaky = { get idPrefix() { if (reads++ === 0) throw new Error('not yet'); return 'p-'; } };
  assert.deepEqual(await pool.renderComparison(seed, flaky),
    { ok: false, error: { code: 'bad_option', message: 'The options cannot be read as JSON: not yet.', path: '' } });
  assert.equal(reads, 1);
  assert.deepEqual(await pool.renderComparison(seed, { toJSON: () => undefined }), renderer.renderComparison(seed, { toJSON: () => undefined }));
  await assert.rejects(pool.renderMarkdown(42), { name: 'TypeError', message: 'renderMarkdown: expected a string or UTF-8 bytes (an ArrayBuffer or a Uint8Array), got a number' });
  // A payload of the wrong type is the synchronous renderer's TypeError, even one structured clone
  // could not send (a Promise, a function, a Response).
  for (const wrong of [Promise.resolve(seed), () => seed, new Response(seed), [1], null]) {
    let thrown;
    try { renderer.renderComparison(wrong); } catch (e) { thrown = e; }
    await assert.rejects(pool.renderComparison(wrong), { name: 'TypeError', message: thrown.message });
  }
  // The caller's bytes travel to the worker as they are.
  const seedBytes = new TextEncoder().encode(seed);
  assert.deepEqual(await pool.renderComparison(seedBytes), renderer.renderComparison(seed));
  assert.deepEqual(seedBytes.length, new TextEncoder().encode(seed).length, 'the caller keeps its bytes');
  // With options structured clone cannot carry, and as a part of a larger buffer.
  assert.deepEqual(await pool.renderComparison(seedBytes, { onDone: () => 1 }), renderer.renderComparison(seed, { onDone: () => 1 }));
  const padded = new Uint8Array(seedBytes.length + 10);
  padded.set(seedBytes, 5);
  assert.deepEqual(await pool.renderComparison(padded.subarray(5, 5 + seedBytes.length)), renderer.renderComparison(seed));
  assert.deepEqual(await pool.renderMarkdown(new Uint8Array(0)), renderer.renderMarkdown(''));
  // Bytes already transferred away get the renderer's own answer, not a failure to send them.
  const detached = () => {
    const buffer = new TextEncoder().encode(seed).buffer;
    const views = [buffer, new Uint8Array(buffer), new DataView(buffer)];
    structuredClone(buffer, { transfer: [buffer] });
    return views;
  };
  for (const [i, bytes] of detached().entries()) {
    const r = await pool.renderComparison(bytes);
    assert.deepEqual(r, renderer.renderComparison(detached()[i]));
    assert.match(r.error.message, /detached/);
  }
});

test('decodePayload values arrive equal to the synchronous result (300 random devalue graphs)', async () => {
  const rng = createRng(20261205);
  const texts = [];
  for (let i = 0; i < 300; i++) {
    const gen = new ValueGenerator(rng, { maxDepth: 1 + (i % 4), maxNodes: [8, 30, 80][i % 3] });
    texts.push(devalue.stringify(gen.root(), nuxtReducers));
  }
  texts.push(seed, '{"plain":[1,2,{"x":null}]}', '[{"a":"1"},2]', '[[1,,3]]');
  const answers = await Promise.all(texts.map((t) => pool.decodePayload(t)));
  answers.forEach((got, i) => {
    const expected = renderer.decodePayload(texts[i]);
    assert.equal(got.ok, expected.ok, texts[i]);
    if (!got.ok) return assert.deepEqual(got, expected);
    assert.equal(got.format, expected.format);
    const difference = sameValue(got.value, expected.value);
    assert.equal(difference, null, `${texts[i]}: ${difference}`);
  });
  // The forms structured clone would change: a null prototype, URL objects, -0, holes.
  const special = devalue.stringify([Object.create(null), new URL('https://a.test/?q=1'), new URLSearchParams('a=1'), -0, [1, , 3]]);
  const [nullProto, url, params, minusZero, holes] = (await pool.decodePayload(special)).value;
  assert.equal(Object.getPrototypeOf(nullProto), null);
  assert.ok(url instanceof URL && params instanceof URLSearchParams);
  assert.ok(Object.is(minusZero, -0));
  assert.equal(1 in holes, false);
});

test('a trap comes back "internal" and the pool replaces that worker', async () => {
  const trapped = await pool.trapForTests();
  assert.equal(trapped.ok, false);
  assert.equal(trapped.error.code, 'internal');
  // Every worker of the pool answers again (both, by asking more calls than there are workers).
  const again = await Promise.all(Array.from({ length: 6 }, () => pool.renderMarkdown('*ok*')));
  for (const r of again) assert.deepEqual(r, { ok: true, html: '<p><em>ok</em></p>\n' });
});

test('calls issued together spread over the pool; those waiting behind a trap go to its replacement', async () => {
  // Issued in one go: the trap and nine renders, spread over the two workers. The trap alone
  // comes back "internal": the renders queued behind it are answered by the worker that replaces it.
  const calls = [pool.trapForTests(), ...Array.from({ length: 9 }, () => pool.renderComparison(seed))];
  const settled = await Promise.race([Promise.all(calls), new Promise((r) => setTimeout(() => r('hung'), 20000))]);
  assert.notEqual(settled, 'hung');
  const [trap, ...renders] = settled;
  assert.equal(trap.error.code, 'internal');
  for (const r of renders) assert.equal(r.html, renderer.renderComparison(seed).html);
  assert.deepEqual(await pool.renderMarkdown('*ok*'), { ok: true, html: '<p><em>ok</em></p>\n' });
});

test('a call reads its arguments when it is made, as the synchronous renderer does', async () => {
  const encode = (t) => new TextEncoder().encode(t);
  // Bytes changed, and options changed, right after the call: the call has what it was given.
  const bytes = encode('# first');
  const first = pool.renderMarkdown(bytes);
  bytes.set(encode('# SECON'));
  const options = { headingOffset: 0 };
  const offset = pool.renderMarkdown('# t', options);
  options.headingOffset = 3;
  // Bytes transferred away right after the call: still the bytes of the call.
  const moved = encode('# moved');
  const transferred = pool.renderMarkdown(moved);
  structuredClone(moved.buffer, { transfer: [moved.buffer] });
  assert.deepEqual([(await first).html, (await offset).html, (await transferred).html],
    ['<h1>first</h1>\n', '<h1>t</h1>\n', '<h1>moved</h1>\n']);
  // Options read as JSON reads them, a class's toJSON included: the renderer's own answer.
  class Options { constructor() { this.slug = 'nope'; } toJSON() { return { headingOffset: 9 }; } }
  assert.deepEqual(await pool.renderComparison(seed, new Options()), renderer.renderComparison(seed, new Options()));
  assert.equal((await pool.renderComparison(seed, new Options())).error.path, '/headingOffset');
});

test('a worker that cannot start again is passed over, and started again once it can', async () => {
  // A copy of dist/ whose worker file goes missing after the pool started (a deploy, say).
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'cr-worker-'));
  try {
    fs.cpSync(dist, copy, { recursive: true, dereference: true });
    const { default: create } = await import(pathToFileURL(path.join(copy, 'comparison-worker.mjs')).href);
    const three = await create({ workers: 3, testHooks: true });
    const one = await create({ testHooks: true });
    const thread = path.join(copy, 'comparison-worker-thread.mjs');
    fs.renameSync(thread, `${thread}.gone`);
    assert.equal((await three.trapForTests()).error.code, 'internal');  // its replacement cannot start
    for (let i = 0; i < 5; i++) assert.deepEqual(await three.renderMarkdown('*ok*'), { ok: true, html: '<p><em>ok</em></p>\n' });
    await three.terminate();
    // One worker, whose replacement cannot start: "internal"; with the file back, it starts again.
    await one.trapForTests();
    assert.equal((await one.renderMarkdown('x')).error.code, 'internal');
    fs.renameSync(`${thread}.gone`, thread);
    assert.deepEqual(await one.renderMarkdown('*ok*'), { ok: true, html: '<p><em>ok</em></p>\n' });
    await one.terminate();
  } finally {
    fs.rmSync(copy, { recursive: true, force: true });
  }
});

test('options: null is none, testHooks only when true; a test environment\'s window does not stop Node\'s workers', async () => {
  const plain = await createComparisonWorker(null);
  assert.deepEqual(await plain.renderMarkdown('*x*'), { ok: true, html: '<p><em>x</em></p>\n' });
  await plain.terminate();
  const loose = await createComparisonWorker({ testHooks: 'yes' });
  assert.equal(loose.trapForTests, undefined);
  await loose.terminate();
  const script = `globalThis.window = globalThis;  // as jsdom or happy-dom set up
const { default: create } = await import(${JSON.stringify(workerUrl)});
const pool = await create();
console.log((await pool.renderMarkdown('*x*')).html.trim());
await pool.terminate();`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', timeout: 20000 });
  assert.equal(r.stderr, '');
  assert.equal(r.stdout, '<p><em>x</em></p>\n');
});

test('calls after terminate() reject; a pool that loads nothing rejects with the cause', async () => {
  const small = await createComparisonWorker();
  await small.terminate();
  await assert.rejects(small.renderMarkdown('x'), /terminated/);
  await assert.rejects(createComparisonWorker({ locateFile: () => pathToFileURL('/nonexistent/x.wasm').href }), /\/nonexistent\/x\.wasm: no such file/);
  await assert.rejects(createComparisonWorker({ workers: 0 }), RangeError);
  // Its options as the renderer's own: an object (null and undefined, in it too, are "not given").
  await assert.rejects(createComparisonWorker([]), { name: 'TypeError', message: /^createComparisonWorker: its options must be an object, not an array/ });
  await assert.rejects(createComparisonWorker('x'), { name: 'TypeError', message: 'createComparisonWorker: its options must be an object, not a string' });
  const one = await createComparisonWorker({ workers: null });
  assert.equal(one.workers, 1);
  await one.terminate();
});

test('terminate() settles every call: one issued in the same task, one waiting for a replacement worker', async () => {
  const settled = (promise) => Promise.race([promise.then(() => 'resolved', (e) => e.message),
    new Promise((resolve) => setTimeout(() => resolve('still pending after 10 s'), 10000))]);
  const same = await createComparisonWorker();
  const issued = settled(same.renderComparison(seed));
  const ended = same.terminate();
  assert.equal(await issued, 'comparison-renderer: the worker was terminated');
  await ended;
  // A trap replaces the worker; a call made at once waits for the new one to start.
  const trapped = await createComparisonWorker({ testHooks: true });
  assert.equal((await trapped.trapForTests()).error.code, 'internal');
  const waiting = settled(trapped.renderComparison(seed));
  await trapped.terminate();
  assert.equal(await waiting, 'comparison-renderer: the worker was terminated');
  // And without terminate(), that call is answered by the new worker.
  const replaced = await createComparisonWorker({ testHooks: true });
  await replaced.trapForTests();
  assert.equal((await replaced.renderComparison(seed)).html, renderer.renderComparison(seed).html);
  await replaced.terminate();
});

test('an idle pool does not keep Node running', () => {
  const script = `const { default: create } = await import(${JSON.stringify(workerUrl)});
const pool = await create({ workers: 2 });
console.log((await pool.renderMarkdown('*x*')).html.trim());`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', timeout: 20000 });
  assert.equal(r.signal, null, 'the process ended by itself');
  assert.equal(r.stdout, '<p><em>x</em></p>\n');
  assert.equal(r.status, 0, r.stderr);
  // Nor does the worker that replaced a trapped one; and flags a worker may not take
  // (--max-old-space-size) do not stop the pool from starting.
  const afterTrap = `const { default: create } = await import(${JSON.stringify(workerUrl)});
const pool = await create({ workers: 1, testHooks: true });
console.log((await pool.trapForTests()).error.code);`;
  const t = spawnSync(process.execPath, ['--max-old-space-size=512', '--input-type=module', '-e', afterTrap], { encoding: 'utf8', timeout: 20000 });
  assert.equal(t.signal, null, 'the process ended by itself');
  assert.equal(t.stdout, 'internal\n');
  assert.equal(t.status, 0, t.stderr);
});
