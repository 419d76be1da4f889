// comparison-renderer/worker: the renderer off the main thread, in a Web Worker (browsers) or a
// worker thread (Node), from the files next to this one (worker-src 'self' is all it needs).
//
//   import createComparisonWorker from 'comparison-renderer/worker';
//   const renderer = await createComparisonWorker({ workers: 2 });
//   const result = await renderer.renderComparison(payload);   // the same result, as a Promise
//   renderer.terminate();
//
// The pool compiles the .wasm once and hands the compiled module to each worker. A call goes to
// the worker with the fewest calls waiting; its arguments are read when it is made, as the
// synchronous renderer reads them. A worker that traps (the call comes back "internal") is
// replaced, and the calls waiting behind that one go to its replacement; a worker that dies is
// replaced, and its waiting calls come back "internal". In Node an idle pool does not keep the
// process alive.
import createComparisonRenderer from './comparison-renderer.mjs';

const internals = createComparisonRenderer[Symbol.for('comparison-renderer.internals')];
// Node's worker threads where there is no Web Worker (a test environment's `window` in Node too).
const isNode = typeof Worker !== 'function' && typeof process === 'object' && process.versions != null &&
  process.versions.node != null;
const METHODS = ['renderComparison', 'decodePayload', 'renderMarkdown'];
const MAX_WORKERS = 64;

const internalError = (message) => ({ ok: false, error: { code: 'internal', message, path: '' } });
// This file's address in a variable: a `new URL` of it is not rewritten by bundlers.
const moduleUrl = import.meta.url;

// Pages that enforce Trusted Types refuse a plain URL for a worker's script: this policy (the
// page allows it with `trusted-types comparison-worker`) vouches for one URL only, the worker
// file next to this one.
let scriptUrlPolicy;
function trustedWorkerUrl() {
  const url = new URL('./comparison-worker-thread.mjs', moduleUrl).href;
  try {
    scriptUrlPolicy ??= globalThis.trustedTypes.createPolicy('comparison-worker', {
      createScriptURL: (s) => {
        if (s !== url) throw new TypeError(`comparison-worker: refusing a worker script at ${s}`);
        return s;
      },
    });
  } catch (e) {
    throw new TypeError('comparison-worker: this page enforces Trusted Types and does not allow the policy ' +
      `"comparison-worker": add it to the trusted-types directive of the page's Content-Security-Policy (${e.message})`);
  }
  return scriptUrlPolicy.createScriptURL(url);
}

// One worker, whatever the platform: post(message, transfer), onMessage/onFailure, ref/unref.
function startThread(onMessage, onFailure) {
  // Written literally, so bundlers that know the pattern (webpack, Vite) ship the worker file.
  if (!isNode) {
    let worker;
    if (!scriptUrlPolicy) {
      try {
        // The options too: Vite reads them, and refuses anything but a literal.
        worker = new Worker(new URL('./comparison-worker-thread.mjs', import.meta.url), { type: 'module', name: 'comparison-renderer' });
      } catch (e) {
        // Trusted Types enforced (the page gets one violation report, the first time): the same
        // file through the policy from now on; throws if the page does not allow it.
        if (!(e instanceof TypeError && globalThis.trustedTypes)) throw e;
      }
    }
    worker ??= new Worker(trustedWorkerUrl(), { type: 'module', name: 'comparison-renderer' });
    worker.addEventListener('message', (e) => onMessage(e.data));
    worker.addEventListener('error', (e) => {
      e.preventDefault();
      onFailure(e.message || 'the worker script could not run (is it served next to comparison-worker.mjs, and is worker-src \'self\' allowed?)');
    });
    worker.addEventListener('messageerror', () => onFailure('a message from the worker could not be read'));
    return { post: (m, t) => worker.postMessage(m, t), terminate: () => worker.terminate(), ref() {}, unref() {} };
  }
  const { Worker: NodeWorker } = process.getBuiltinModule('node:worker_threads');
  // Node's own flags only: one for the main script (--input-type, --eval's) would stop the worker.
  const execArgv = process.execArgv.filter((a) => !/^--(input-type|eval|print|test|watch)/.test(a) && a !== '-e' && a !== '-p');
  const url = new URL('./comparison-worker-thread.mjs', import.meta.url);
  let worker;
  try {
    worker = new NodeWorker(url, { execArgv });
  } catch (e) {
    // A per-process flag (--max-old-space-size, --expose-gc, …) is refused in a worker's flags:
    // without any, then (the worker shares the process's heap limits anyway).
    if (!e || e.code !== 'ERR_WORKER_INVALID_EXEC_ARGV') throw e;
    worker = new NodeWorker(url, { execArgv: [] });
  }
  let ended = false;
  worker.on('message', onMessage);
  worker.on('error', (e) => onFailure(e && e.message ? e.message : String(e)));
  worker.on('exit', (code) => { if (!ended) onFailure(`the worker exited (code ${code})`); });
  return {
    post: (m, t) => worker.postMessage(m, t),
    terminate: () => { ended = true; return worker.terminate(); },
    ref: () => worker.ref(),
    unref: () => worker.unref(),
  };
}

// A worker of the pool: starts, says it is ready (or why not), answers calls by id.
class PoolWorker {
  constructor(wasmModule, testHooks, onBroken) {
    this.pending = new Map();  // id -> a call: { id, method, args, resolve, reject, resent }
    this.onBroken = onBroken;
    this.ready = new Promise((resolve, reject) => {
      this.readyResolve = resolve;
      this.readyReject = reject;
    });
    this.ready.catch(() => {});  // awaited by the pool; a later failure must not be "unhandled"
    this.thread = startThread((m) => this.receive(m), (why) => this.fail(why));
    this.thread.post({ type: 'init', wasmModule, testHooks });
  }

  receive(message) {
    if (message.type === 'ready') {
      this.started = true;
      this.version = message.version;
      return this.readyResolve();
    }
    if (message.type === 'failed') return this.fail(message.message);
    const call = this.pending.get(message.id);
    if (!call) return;
    this.pending.delete(message.id);
    if (this.pending.size === 0) this.thread.unref();
    if (message.thrown) {
      const Type = message.thrown.name === 'TypeError' ? TypeError : Error;
      call.reject(new Type(message.thrown.message));
    } else if (message.parts) {
      call.resolve(internals.build(message.parts));
    } else {
      call.resolve(message.result);
      // After a trap the worker's memory cannot be trusted: a fresh one takes its place.
      if (!message.result.ok && message.result.error.code === 'internal') this.broken();
    }
  }

  send(id, method, args) {
    return new Promise((resolve, reject) => this.dispatch({ id, method, args, resolve, reject, resent: false }));
  }

  // Posts a call (the arguments are text, bytes of their own and JSON: they always clone).
  dispatch(call) {
    if (this.isBroken) {
      call.resolve(internalError('The renderer\'s worker could not be started again.'));
      return;
    }
    this.thread.post({ id: call.id, method: call.method, args: call.args });
    this.pending.set(call.id, call);
    this.thread.ref();
  }

  // The worker died (any of its calls may have been the cause): its calls come back "internal".
  fail(why) {
    this.readyReject(new Error(`comparison-renderer: a worker failed: ${why}`));
    for (const call of this.pending.values()) call.resolve(internalError(`The renderer's worker failed: ${why}`));
    this.pending.clear();
    this.broken();
  }

  // The worker trapped on a call (answered "internal"): the calls still waiting on it go to the
  // pool, which gives them to its replacement (they had not run, or their answers are lost). After
  // fail() none are left.
  broken() {
    if (this.isBroken) return;
    this.isBroken = true;
    const waiting = [...this.pending.values()];
    this.pending.clear();
    this.thread.terminate();
    this.onBroken(this, waiting);
  }

  terminate() {
    this.isBroken = true;
    this.readyReject(new Error('comparison-renderer: the worker was terminated'));  // calls waiting for it go on
    for (const call of this.pending.values()) call.reject(new Error('comparison-renderer: the worker was terminated'));
    this.pending.clear();
    return this.thread.terminate();
  }
}

export default async function createComparisonWorker(options) {
  if (options === undefined || options === null) options = {};  // no options, as for the renderer
  if (typeof options !== 'object' || Array.isArray(options)) {
    throw new TypeError(`createComparisonWorker: its options must be an object, not ${internals.describe(options)}`);
  }
  const { workers: given, ...overrides } = options;
  const workers = given ?? 1;  // null is "not given" too, as for the renderer's options
  const testHooks = options.testHooks === true;
  delete overrides.testHooks;
  if (!Number.isInteger(workers) || workers < 1 || workers > MAX_WORKERS) {
    throw new RangeError(`createComparisonWorker: workers must be an integer from 1 to ${MAX_WORKERS}`);
  }
  const wasmModule = await internals.compile(overrides);  // rejects naming the URL, as the factory does
  const pool = [];
  let nextId = 1;
  let terminated = false;
  const start = () => {
    const worker = new PoolWorker(wasmModule, testHooks, (gone, waiting) => {
      // A worker that ran is replaced; one that never started is not (it would fail again now; a
      // call that finds no worker left starts them again).
      const at = pool.indexOf(gone);
      const fresh = at >= 0 && !terminated && gone.started ? replace(at) : null;
      // The calls that waited behind a trap, once each: to the replacement when it is ready.
      for (const call of waiting) {
        if (terminated) call.reject(new Error('comparison-renderer: the worker was terminated'));
        else if (fresh === null || call.resent) call.resolve(internalError('The renderer\'s worker failed on an earlier call and was replaced.'));
        else {
          call.resent = true;
          fresh.issued++;
          fresh.ready.catch(() => {}).finally(() => {
            fresh.issued--;
            if (terminated) call.reject(new Error('comparison-renderer: the worker was terminated'));
            else fresh.dispatch(call);
          });
        }
      }
    });
    worker.issued = 0;  // calls given to it that have not reached it yet (it may still be starting)
    return worker;
  };
  // A fresh worker in place of pool[at]; idle, it must not keep Node alive (a call refs it while it waits).
  const replace = (at) => {
    const fresh = start();
    pool[at] = fresh;
    fresh.ready.then(() => { if (fresh.pending.size === 0 && fresh.issued === 0) fresh.thread.unref(); }, () => {});
    return fresh;
  };
  for (let i = 0; i < workers; i++) pool.push(start());
  try {
    await Promise.all(pool.map((w) => w.ready));
  } catch (e) {
    terminated = true;
    for (const w of pool) w.terminate();
    throw e;
  }
  for (const w of pool) w.thread.unref();

  const call = (method) => async (...args) => {
    if (terminated) throw new Error('comparison-renderer: the worker was terminated');
    if (method !== 'trapForTests') {
      const [payload, options] = args;
      internals.checkPayload(method, payload);  // a TypeError, as without a worker
      const detached = internals.detachedFailure(payload);  // bytes no longer there cannot be sent
      if (detached) return detached;
      // Read now, as the synchronous renderer reads them, so that changes made after the call do
      // not reach it: the options as the JSON it makes of them (a bad_option here as there), and
      // bytes as a copy of their own (only theirs, not the rest of a larger buffer).
      const json = internals.optionsJson(options);
      if (typeof json !== 'string') return internals.optionsFailure(json);  // the refusal of this read, not of another
      args = [typeof payload === 'string' ? payload : internals.copyBytes(payload), json];
    }
    const load = (w) => w.pending.size + w.issued;
    let worker;
    // A worker replaced while the call waited for it (it failed on an earlier call): its successor.
    for (let tries = 0; tries < 3 && (worker === undefined || !pool.includes(worker) || worker.isBroken); tries++) {
      let usable = pool.filter((w) => !w.isBroken);
      if (usable.length === 0) {  // none started again after failing: try again (the file may be back)
        for (let at = 0; at < pool.length; at++) replace(at);
        usable = pool;
      }
      worker = usable[0];
      for (const w of usable) if (load(w) < load(worker)) worker = w;
      worker.issued++;  // counted now: calls issued in one go spread over the pool
      try {
        await worker.ready.catch(() => {});
      } finally {
        worker.issued--;
      }
      if (terminated) throw new Error('comparison-renderer: the worker was terminated');
    }
    return worker.send(nextId++, method, args);
  };
  const renderer = Object.fromEntries(METHODS.map((m) => [m, call(m)]));
  if (testHooks) renderer.trapForTests = call('trapForTests');
  renderer.workers = workers;
  renderer.version = pool[0].version;
  renderer.terminate = async () => {
    terminated = true;
    await Promise.all(pool.map((w) => w.terminate()));
  };
  return Object.freeze(renderer);
}

export { createComparisonWorker };
