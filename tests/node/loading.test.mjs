// Loading the module when the .wasm is missing, wrong or elsewhere: createComparisonRenderer()
// rejects within seconds with a message naming the URL and the cause (never hangs, never hides
// it), and a later load still works. tests/browser/loading.test.mjs does the same in Chromium.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { create, dist } from './helpers/module.mjs';

const wasmPath = path.join(dist, 'comparison-renderer.wasm');
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'cr-loading-'));
after(() => fs.rmSync(scratch, { recursive: true, force: true }));

// The factory's promise, settled within `ms` or reported as hanging.
function settles(promise, ms = 10000) {
  let timer;
  const hang = new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(`still pending after ${ms} ms`)), ms); });
  return Promise.race([promise, hang]).finally(() => clearTimeout(timer));
}

async function rejection(overrides) {
  try {
    await settles(create(overrides));
  } catch (e) {
    assert.doesNotMatch(e.message, /still pending/, 'the factory hung');
    return e;
  }
  assert.fail('the factory resolved');
}

const seedWorks = async (r) => assert.equal(r.renderMarkdown('*a*').html, '<p><em>a</em></p>\n');

test('a missing .wasm rejects with its URL', async () => {
  const url = pathToFileURL(path.join(scratch, 'missing.wasm')).href;
  const e = await rejection({ locateFile: () => url });
  assert.match(e.message, new RegExp(`from ${url.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: no such file`));
  assert.match(e.message, /locateFile, wasmBinary or wasmModule/);
});

test('a file that is not WebAssembly (a 404 page) rejects, saying what it starts with', async () => {
  const file = path.join(scratch, 'not-found.wasm');
  fs.writeFileSync(file, 'not found');
  const e = await rejection({ locateFile: () => pathToFileURL(file).href });
  assert.match(e.message, /not-found\.wasm: the file is not WebAssembly \(it starts with 6e 6f 74 20, not 00 61 73 6d\)/);
});

test('a locateFile that throws rejects saying so, with its error as the cause', async () => {
  const thrown = new Error('no idea where it is');
  const e = await rejection({ locateFile: () => { throw thrown; } });
  assert.equal(e.message, 'comparison-renderer could not locate its WebAssembly: ' +
    "locateFile('comparison-renderer.wasm') threw: no idea where it is");
  assert.equal(e.cause, thrown);
});

test('an instantiateWasm that throws rejects saying so, with its error as the cause; the next load works', async () => {
  // Emscripten 3.1.6 logs such a throw and waits for an instance that never comes.
  const thrown = new Error('no instance for you');
  const e = await rejection({ instantiateWasm: () => { throw thrown; } });
  assert.equal(e.message, 'comparison-renderer: the instantiateWasm it was given threw: no instance for you');
  assert.equal(e.cause, thrown);
  // One that does its job is used as given.
  const bytes = fs.readFileSync(wasmPath);
  let called = 0;
  const own = await settles(create({
    instantiateWasm: (imports, receive) => {
      called++;
      WebAssembly.instantiate(bytes, imports).then(({ instance, module }) => receive(instance, module));
      return {};
    },
  }));
  assert.equal(called, 1);
  await seedWorks(own);
});

test('WebAssembly of another build (a stale .wasm beside a new .mjs) rejects saying so, naming where it came from', async () => {
  // Two valid modules that are not this build's: one with no exports, one importing what this
  // build's JavaScript does not provide.
  const empty = Uint8Array.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]);
  const importing = Uint8Array.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0, 1, 4, 1, 0x60, 0, 0, 2, 8, 1, 1, 0x61, 2, 0x7a, 0x7a, 0, 0]);
  const mismatch = /it is not the \.wasm this comparison-renderer\.mjs was built with; serve the two files of one build together \(.+\)$/;
  let e = await rejection({ wasmBinary: empty });
  assert.match(e.message, /^comparison-renderer could not use its WebAssembly \(given as wasmBinary\): /);
  assert.match(e.message, mismatch);
  assert.ok(e.cause instanceof TypeError);
  const file = path.join(scratch, 'stale.wasm');
  fs.writeFileSync(file, importing);
  const url = pathToFileURL(file).href;
  e = await rejection({ locateFile: () => url });
  assert.equal(e.message.startsWith(`comparison-renderer could not use its WebAssembly (from ${url}): `), true, e.message);
  assert.match(e.message, mismatch);
  assert.ok(e.cause instanceof WebAssembly.LinkError);
  e = await rejection({ wasmModule: await WebAssembly.compile(importing) });
  assert.match(e.message, /^comparison-renderer could not use its WebAssembly: it is not the \.wasm/);
  await seedWorks(await settles(create()));
});

test('wrong wasmBinary bytes reject, saying so in words', async () => {
  const e = await rejection({ wasmBinary: new TextEncoder().encode('<!DOCTYPE html>') });
  assert.equal(e.message, 'comparison-renderer could not use the wasmBinary it was given: ' +
    'it is not WebAssembly (it starts with 3c 21 44 4f, not 00 61 73 6d; "<" begins an HTML page, as a server sends ' +
    'for a file it does not have).');
  const cut = fs.readFileSync(wasmPath).subarray(0, 1000);  // WebAssembly, cut short
  const broken = await rejection({ wasmBinary: cut });
  assert.match(broken.message, /^comparison-renderer could not use the wasmBinary it was given: it does not compile \(.+\)\.$/);
  assert.doesNotMatch(broken.message, /ASSERTIONS|Aborted/);
  // An onAbort that throws does not keep the factory from rejecting.
  const heard = [];
  const despite = await rejection({ wasmBinary: cut, onAbort: (e) => { heard.push(e); throw new Error('onAbort failed'); } });
  assert.match(despite.message, /could not use the wasmBinary it was given/);
  assert.equal(heard.length, 1);
});

test('overrides of the wrong type reject with a TypeError that says what was given; null means none', async () => {
  seedWorks(await settles(create(null)));
  const cases = [
    ['/dist/', /^createComparisonRenderer: its options must be an object, not a string$/],
    [['x'], /^createComparisonRenderer: its options must be an object, not an array/],
    [{ locateFile: '/dist/comparison-renderer.wasm' }, /^createComparisonRenderer: locateFile must be a function, not a string$/],
    [{ printErr: 42 }, /^createComparisonRenderer: printErr must be a function, not a number$/],
    [{ wasmBinary: 'x' }, /^createComparisonRenderer: wasmBinary must be the \.wasm file's bytes \(an ArrayBuffer or a Uint8Array\), not a string$/],
    [{ wasmBinary: fs.promises.readFile(wasmPath) }, /wasmBinary must be .+, not a Promise \(a missing await\?\)$/],
    [{ wasmModule: {} }, /^createComparisonRenderer: wasmModule must be a WebAssembly\.Module, not an object/],
  ];
  for (const [overrides, message] of cases) {
    const e = await rejection(overrides);
    assert.ok(e instanceof TypeError, `${e}`);
    assert.match(e.message, message);
  }
  // The worker's factory checks the same overrides.
  const { default: createComparisonWorker } = await import(pathToFileURL(path.join(dist, 'comparison-worker.mjs')).href);
  await assert.rejects(settles(createComparisonWorker({ locateFile: 'x.wasm' })),
    { name: 'TypeError', message: 'createComparisonWorker: locateFile must be a function, not a string' });
});

test('over HTTP: a 404 names the URL and the status; application/octet-stream costs no second fetch', async () => {
  const requests = [];
  const server = http.createServer((req, res) => {
    requests.push(req.url);
    if (req.url === '/octet.wasm') {
      res.writeHead(200, { 'content-type': 'application/octet-stream' });
      res.end(fs.readFileSync(wasmPath));
    } else if (req.url === '/html.wasm') {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<!DOCTYPE html><title>App</title>');
    } else {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${server.address().port}`;
  try {
    let e = await rejection({ locateFile: () => `${base}/missing.wasm` });
    assert.match(e.message, new RegExp(`from ${base}/missing\\.wasm: the server answered 404 Not Found`));
    e = await rejection({ locateFile: () => `${base}/html.wasm` });
    assert.match(e.message, /html\.wasm: the file is not WebAssembly \(it starts with 3c 21 44 4f/);
    requests.length = 0;
    await seedWorks(await settles(create({ locateFile: () => `${base}/octet.wasm` })));
    assert.deepEqual(requests, ['/octet.wasm'], 'one request');
  } finally {
    server.close();
  }
});

test('after failed loads, the default load and a precompiled wasmModule both work', async () => {
  await seedWorks(await settles(create()));
  const wasmModule = await WebAssembly.compile(fs.readFileSync(wasmPath));
  await seedWorks(await settles(create({ wasmModule })));
});
