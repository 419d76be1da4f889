// Reading the module's memory from outside, for the memory and trap tests. The facade does not
// expose Emscripten's Module, but the build accepts Module.instantiateWasm (one of its
// INCOMING_MODULE_JS_API keys): instantiating the module ourselves hands us its exports, among
// them the WebAssembly.Memory whose size is the wasm heap's high-water mark (it never shrinks).
import fs from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';
import vm from 'node:vm';
import { create, dist } from './module.mjs';

let compiled = null;

// A renderer (createComparisonRenderer(options)) plus heapBytes(): its wasm memory's size now,
// usedBytes(): the allocator's high-water mark inside it, and stackLowWater(): the lowest address
// the wasm stack has reached (both below).
export async function createWithMemory(options = {}) {
  compiled ??= WebAssembly.compile(fs.readFileSync(path.join(dist, 'comparison-renderer.wasm')));
  const module = await compiled;
  let memory = null;
  const renderer = await create({
    ...options,
    instantiateWasm(imports, receive) {
      WebAssembly.instantiate(module, imports).then((instance) => {
        memory = Object.values(instance.exports).find((e) => e instanceof WebAssembly.Memory);
        receive(instance, module);
      });
      return {};
    },
  });
  if (!memory) throw new Error('the module exports no WebAssembly.Memory');
  const stack = stackRange(memory);
  return {
    renderer,
    heapBytes: () => memory.buffer.byteLength,
    usedBytes: () => highWater(memory),
    stackLowWater: () => stackLowWater(memory),
    // How many bytes of the wasm stack `call` wrote (compared before and after).
    stackBytesWrittenBy(call) {
      const before = new Uint8Array(memory.buffer.slice(stack.low, stack.high));
      call();
      const after = new Uint8Array(memory.buffer, stack.low, stack.high - stack.low);
      let n = 0;
      for (let i = 0; i < before.length; i++) if (before[i] !== after[i]) n++;
      return n;
    },
  };
}

// The end of the highest non-zero 8 bytes of wasm memory: how far up the allocator has ever
// written. Freed blocks keep their bytes, so this is a high-water mark that a steady workload
// leaves where it is and a leak pushes up, byte for byte, long before the memory itself grows
// (which it does in steps of megabytes). The stack sits below the heap, so it does not count.
function highWater(memory) {
  const words = new BigUint64Array(memory.buffer);
  let i = words.length - 1;
  while (i >= 0 && words[i] === 0n) i--;
  return (i + 1) * 8;
}

// The wasm stack (TOTAL_STACK, 1 MiB) lies at the start of memory, below the static data and the
// heap (-Wl,--stack-first), and grows down from its top. It is zero until used, so it is the
// first run of at least 512 KiB of zero words from the start of memory (the static data holds no
// such run); the run's end is the lowest address the stack has ever reached. A stack pointer
// left lowered after a trap would push it down with every trap.
const STACK_BYTES = 1 << 20;
function unusedStack(memory) {
  const words = new BigUint64Array(memory.buffer, 0, Math.min(memory.buffer.byteLength, 8 << 20) / 8);
  const minWords = (512 * 1024) / 8;
  let start = -1;
  for (let i = 0; i <= words.length; i++) {
    if (i < words.length && words[i] === 0n) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      if (i - start >= minWords) return { start: start * 8, end: i * 8 };
      start = -1;
    }
  }
  throw new Error('no unused wasm stack found');
}
const stackLowWater = (memory) => unusedStack(memory).end;
function stackRange(memory) {
  const low = unusedStack(memory).start;
  return { low, high: low + STACK_BYTES };
}

// A full garbage collection, without --expose-gc on the command line (node --test passes none).
v8.setFlagsFromString('--expose-gc');
const runGc = vm.runInNewContext('gc');
export function gc() {
  runGc();
  runGc();
}

// Process memory after a full collection, in bytes.
export function processMemory() {
  gc();
  const m = process.memoryUsage();
  return { rss: m.rss, jsHeap: m.heapUsed, external: m.external, arrayBuffers: m.arrayBuffers };
}

export const MiB = 1024 * 1024;
export const mb = (bytes) => `${(bytes / MiB).toFixed(1)} MiB`;
