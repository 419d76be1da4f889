// The public module: `import create from './comparison-renderer.mjs'`.
// Appended after Emscripten's factory (crModuleFactory) by --extern-post-js, so the whole
// module is one file that loads in Node 20 and in browsers (under a CSP of
// script-src 'self' 'wasm-unsafe-eval'). It loads the .wasm next to itself, checks argument
// types and moves strings in and out; defaults, validation and HTML are the C++ side's.

const crIsNode = typeof process === 'object' && process.versions != null && process.versions.node != null;
let crCompiled = null; // one compiled WebAssembly.Module per page or process

function crCompile(url) {
  if (crIsNode) {
    return import('node:fs/promises')
      .then((fs) => fs.readFile(new URL(url)))
      .then((bytes) => WebAssembly.compile(bytes));
  }
  if (typeof WebAssembly.compileStreaming === 'function') {
    return WebAssembly.compileStreaming(fetch(url, { credentials: 'same-origin' })).catch(() =>
      fetch(url, { credentials: 'same-origin' }).then((r) => r.arrayBuffer()).then((b) => WebAssembly.compile(b)));
  }
  return fetch(url, { credentials: 'same-origin' }).then((r) => r.arrayBuffer()).then((b) => WebAssembly.compile(b));
}

const crEncoder = new TextEncoder();
const crDecoder = new TextDecoder();
const KIND = { renderComparison: 0, decodePayload: 1, renderMarkdown: 2 };
const RESULT_FIELDS = ['title', 'lang', 'dir', 'slug', 'description', 'metaTitle', 'metaDescription', 'format'];

// The options as JSON for the C++ side, which validates them; null when JSON cannot hold them
// (a BigInt, a cycle), which is a bad_option like any other.
function crOptionsJson(name, options) {
  if (options === undefined || options === null) return '';
  if (typeof options !== 'object' || Array.isArray(options)) throw new TypeError(`${name}: options must be an object`);
  try {
    return JSON.stringify(options);
  } catch (e) {
    return null;
  }
}

// JSON text cannot carry a lone surrogate through UTF-8; as an escape (\udXXX) inside a JSON
// string it means the same. Right after an escaping backslash it would change the meaning
// ("\\" + "udXXX"), so there it becomes a control character: invalid, as the original was.
function crWellFormedJson(text) {
  const ok = typeof text.isWellFormed === 'function' ? text.isWellFormed() : !/\p{Surrogate}/u.test(text);
  if (ok) return text;
  return text.replace(/\p{Surrogate}/gu, (c, at, s) => {
    let slashes = 0;
    while (at - slashes - 1 >= 0 && s.charCodeAt(at - slashes - 1) === 92) slashes++;
    return slashes % 2 ? '\u0001' : '\\u' + c.charCodeAt(0).toString(16);
  });
}

// The renderer over one instance. A call: the text and options are encoded straight into the
// module's input buffer, `run` renders, and the reply (bindings/embind.cpp) says where the result
// is; the facade decodes it once and cuts the fields off its end (src/wire.hpp).
function crMakeRenderer(m, testHooks) {
  const memory = Object.values(m.asm).find((v) => v instanceof WebAssembly.Memory);
  let words = null, bytes = null;  // views of the memory; new ones after it grows
  let inputAddress = 0, inputBytes = 0;
  const refresh = () => {
    if (!words || words.buffer !== memory.buffer) {
      words = new Uint32Array(memory.buffer);
      bytes = new Uint8Array(memory.buffer);
    }
  };
  const reply = (address) => {
    refresh();
    const w = address >>> 2;
    inputAddress = words[w + 4];
    inputBytes = words[w + 5];
    return w;
  };

  function result(name, w) {
    const out = words[w], outBytes = words[w + 1], meta = words[w + 2] >>> 2;
    const ok = words[meta] === 1, body = words[meta + 1], count = words[meta + 2];
    if (ok && name === 'decodePayload') {
      const blobBytes = words[meta + 3], plain = words[meta + 4] === 1;
      const tape = crDecoder.decode(bytes.subarray(out, out + body - blobBytes));
      if (plain) return { ok: true, value: JSON.parse(tape) };
      // The blob is read before the next call reuses the memory.
      return crBuildValue(JSON.parse(tape), bytes.subarray(out + body - blobBytes, out + body));
    }
    const text = crDecoder.decode(bytes.subarray(out, out + outBytes));
    let at = text.length;
    for (let i = 0; i < count; i++) at -= words[meta + 3 + i];
    const fields = new Array(count);
    for (let i = 0, start = at; i < count; i++) {
      const end = start + words[meta + 3 + i];
      fields[i] = text.slice(start, end);
      start = end;
    }
    const numbers = meta + 3 + count;
    if (!ok) {
      const error = { code: fields[0], message: fields[1], path: fields[2] };
      if (words[numbers] > 0) error.offset = words[numbers] - 1;
      return { ok: false, error };
    }
    const html = at === text.length ? text : text.slice(0, at);
    if (name === 'renderMarkdown') return { ok: true, html };
    const r = { ok: true, html };
    for (let i = 0; i < RESULT_FIELDS.length; i++) r[RESULT_FIELDS[i]] = fields[i];
    const warningCount = words[numbers], tocCount = words[numbers + 1];
    r.warnings = fields.slice(8, 8 + warningCount);
    r.toc = new Array(tocCount);
    for (let i = 0, f = 8 + warningCount; i < tocCount; i++, f += 2) {
      r.toc[i] = { level: words[numbers + 2 + i], id: fields[f], text: fields[f + 1] };
    }
    return r;
  }

  function call(name, text, options) {
    if (typeof text !== 'string') throw new TypeError(`${name}: expected a string, got ${text === null ? 'null' : typeof text}`);
    const opts = crOptionsJson(name, options);
    if (opts === null) {
      return { ok: false, error: { code: 'bad_option', message: 'The options cannot be read as JSON (a BigInt or a cycle?).', path: '' } };
    }
    if (name !== 'renderMarkdown') text = crWellFormedJson(text);
    const kind = KIND[name];
    const sp = m.stackSave();
    try {
      if (name === 'trapForTests') m.trapForTests();
      // Room for the worst case, three UTF-8 bytes per UTF-16 unit (asked for only when the
      // buffer is too small: reserve() refuses a text over the input limit without allocating).
      const need = 3 * (text.length + opts.length);
      if (need > inputBytes) reply(m.reserve(kind, text.length, opts.length, opts));
      let written = -1, optionBytes = 0;
      if (need <= inputBytes) {
        refresh();  // reserve() may have grown the memory
        const view = bytes.subarray(inputAddress, inputAddress + inputBytes);
        written = text.length ? crEncoder.encodeInto(text, view).written : 0;
        if (opts) optionBytes = crEncoder.encodeInto(opts, view.subarray(written)).written;
      }
      return result(name, reply(m.run(kind, written, optionBytes, text.length)));
    } catch (e) {
      // A trap (a bug, or memory exhausted): the module stays usable once its stack is restored.
      m.stackRestore(sp);
      inputBytes = 0;
      const message = e && e.message ? e.message : String(e);
      return { ok: false, error: { code: 'internal', message: `The renderer failed unexpectedly: ${message}`, path: '' } };
    }
  }
  const renderer = {
    renderComparison: (payload, options) => call('renderComparison', payload, options),
    decodePayload: (payload, options) => call('decodePayload', payload, options),
    renderMarkdown: (markdown, options) => call('renderMarkdown', markdown, options),
    version: m.version(),
  };
  // Tests only: make the module trap (abort) inside a call, to prove the renderer recovers.
  if (testHooks) renderer.trapForTests = () => call('trapForTests', '');
  return Object.freeze(renderer);
}

export default async function createComparisonRenderer(overrides = {}) {
  const moduleArg = Object.assign({}, overrides);
  delete moduleArg.testHooks;
  // Emscripten would print "Aborted()" for a trapped call; the call returns that as an error.
  if (!moduleArg.printErr) moduleArg.printErr = () => {};
  let readyFailed;
  const failed = new Promise((_, reject) => { readyFailed = reject; });
  // Written literally so bundlers (Vite, webpack) see the asset and ship it next to the module.
  const wasmUrl = () => new URL('comparison-renderer.wasm', import.meta.url).href;
  const locate = (file) =>
    moduleArg.locateFile ? new URL(moduleArg.locateFile(file, ''), import.meta.url).href : wasmUrl();
  if (!moduleArg.wasmBinary && !moduleArg.instantiateWasm) {
    moduleArg.instantiateWasm = (imports, receive) => {
      const compiling = crCompiled || crCompile(locate('comparison-renderer.wasm'));
      if (!overrides.locateFile) crCompiled = compiling;
      compiling.catch(() => { if (crCompiled === compiling) crCompiled = null; });  // retry next time
      compiling
        .then((module) => WebAssembly.instantiate(module, imports).then((instance) => receive(instance, module)))
        .catch((e) => {
          if (overrides.onAbort) overrides.onAbort(e);
          readyFailed(e);
        });
      return {};
    };
  }
  const m = await Promise.race([crModuleFactory(moduleArg), failed]);
  return crMakeRenderer(m, overrides.testHooks === true);
}
