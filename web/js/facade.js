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

function crMakeRenderer(m, testHooks) {
  function call(name, text, options) {
    if (typeof text !== 'string') throw new TypeError(`${name}: expected a string, got ${text === null ? 'null' : typeof text}`);
    const opts = crOptionsJson(name, options);
    if (opts === null) {
      return { ok: false, error: { code: 'bad_option', message: 'The options cannot be read as JSON (a BigInt or a cycle?).', path: '' } };
    }
    if (name !== 'renderMarkdown') text = crWellFormedJson(text);
    const sp = m.stackSave();
    try {
      if (name === 'trapForTests') m.trapForTests();
      const view = m.begin(KIND[name], text.length, opts);
      const written = view.length ? crEncoder.encodeInto(text, view).written : 0;
      const out = m.finish(written);
      const nul = out.lastIndexOf(0);  // body, NUL, header (src/wire.hpp)
      const header = JSON.parse(crDecoder.decode(out.subarray(nul + 1)));
      if (!header.ok) return header;
      if (name === 'decodePayload') {
        const blobLength = header.blob;
        const body = crDecoder.decode(out.subarray(0, nul - blobLength));
        if (header.plain) return { ok: true, value: JSON.parse(body) };
        const blob = out.subarray(nul - blobLength, nul);  // read before the next call reuses it
        return crBuildValue(JSON.parse(body), blob);
      }
      header.html = crDecoder.decode(out.subarray(0, nul));
      return header;
    } catch (e) {
      // A trap (a bug, or memory exhausted): the module stays usable once its stack is restored.
      m.stackRestore(sp);
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
