// The body of a comparison-worker.mjs worker (a Web Worker, or a Node worker thread): one
// renderer, created from the compiled module the pool sends, answering calls in order.
//   in:  { type: 'init', wasmModule, testHooks }, then { id, method, args } (args: the payload and
//        the options' JSON, as the pool read them when the call was made; trapForTests: its own)
//   out: { type: 'ready', version } or { type: 'failed', message }, then { id, result } | { id, parts }
//        | { id, thrown: { name, message } }
import createComparisonRenderer from './comparison-renderer.mjs';

const DECODE_PARTS = Symbol.for('comparison-renderer.decodeParts');
const port = typeof self === 'object' && typeof self.postMessage === 'function'
  ? self
  : process.getBuiltinModule('node:worker_threads').parentPort;

let ready = null;

async function answer({ id, method, args }) {
  const renderer = await ready;
  if (method !== 'trapForTests') args = [args[0], args[1] === '' ? undefined : JSON.parse(args[1])];
  try {
    if (method === 'decodePayload') {
      const r = renderer[DECODE_PARTS](...args);
      if (r.ok) {
        port.postMessage({ id, parts: r.parts }, [r.parts.blob.buffer]);
        return;
      }
      port.postMessage({ id, result: r });
      return;
    }
    port.postMessage({ id, result: renderer[method](...args) });
  } catch (e) {  // a TypeError for a wrong argument, as the synchronous renderer throws it
    port.postMessage({ id, thrown: { name: e && e.name, message: e && e.message } });
  }
}

port.addEventListener('message', (event) => {
  const message = event.data;
  if (message.type === 'init') {
    ready = createComparisonRenderer({ wasmModule: message.wasmModule, testHooks: message.testHooks === true });
    ready.then((renderer) => port.postMessage({ type: 'ready', version: renderer.version }),
      (e) => port.postMessage({ type: 'failed', message: String(e && e.message) }));
    return;
  }
  answer(message);
});
if (typeof port.start === 'function') port.start();  // a Node MessagePort delivers once started
