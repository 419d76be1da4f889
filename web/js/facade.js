// The public module: `import create from './comparison-renderer.mjs'`.
// Appended after Emscripten's factory (crModuleFactory) by --extern-post-js, so the whole
// module is one file that loads in Node 20 and in browsers (under a CSP of
// script-src 'self' 'wasm-unsafe-eval'). It loads the .wasm next to itself, checks argument
// types and moves strings in and out; defaults, validation and HTML are the C++ side's.

const crIsNode = typeof process === 'object' && process.versions != null && process.versions.node != null;
let crCompiled = null; // one compiled WebAssembly.Module per page or process
// The module's own address, in a variable: bundlers rewrite `new URL(<literal>, import.meta.url)`
// into an asset (wanted, for the .wasm) and would turn a computed one into an empty context module.
const crBase = import.meta.url;

const CR_WHERE = 'Serve comparison-renderer.wasm next to comparison-renderer.mjs (with a bundler: let it copy ' +
  'the file, see the README), or pass locateFile, wasmBinary or wasmModule to createComparisonRenderer().';
// A page's Content-Security-Policy stops a compile with an error that names 'unsafe-eval'
// (Chromium) or CSP (Firefox); the keyword it needs is the narrower 'wasm-unsafe-eval'.
const CR_CSP_COMPILE = /unsafe-eval|Content.Security.Policy|\bCSP\b/i;
function crLoadError(url, why, advice = CR_WHERE) {
  return new Error(`comparison-renderer could not load its WebAssembly from ${url}: ${why}. ${advice}`);
}
function crCompileError(e, fail) {
  if (!CR_CSP_COMPILE.test(e.message)) return fail(`does not compile (${e.message})`);
  return fail(`was not compiled: the page's Content-Security-Policy does not allow WebAssembly (${e.message})`,
    "Add 'wasm-unsafe-eval' to the policy's script-src ('unsafe-eval' is not needed).");
}

// The bytes must be WebAssembly: a 404 page or an HTML fallback says so here, with where they
// came from (`fail` makes the error from the reason: "is not WebAssembly (...)").
async function crCompileBytes(bytes, fail) {
  const head = new Uint8Array(bytes.buffer || bytes, bytes.byteOffset || 0, Math.min(4, bytes.byteLength));
  if (head.length < 4 || head[0] !== 0 || head[1] !== 0x61 || head[2] !== 0x73 || head[3] !== 0x6d) {
    const shown = Array.from(head, (b) => b.toString(16).padStart(2, '0')).join(' ') || 'nothing';
    const html = head[0] === 0x3c ? '; "<" begins an HTML page, as a server sends for a file it does not have' : '';
    throw fail(`is not WebAssembly (it starts with ${shown}, not 00 61 73 6d${html})`);
  }
  try {
    return await WebAssembly.compile(bytes);
  } catch (e) {
    throw crCompileError(e, fail);
  }
}

// Where each compiled module came from, for an error that names it.
const crSources = new WeakMap();
async function crCompile(url) {
  const module = await crCompileUrl(url);
  crSources.set(module, `from ${url}`);
  return module;
}

// Node reads a file: URL from disk (process.getBuiltinModule: Node 20.16+), so the module never
// imports `node:` and a browser bundle never meets it; everything else is fetched, once.
async function crCompileUrl(url) {
  const fileError = (why, advice) => crLoadError(url, `the file ${why}`, advice);
  if (crIsNode && url.startsWith('file:')) {
    const fs = typeof process.getBuiltinModule === 'function' ? process.getBuiltinModule('node:fs/promises') : null;
    if (!fs) throw crLoadError(url, 'this Node.js is older than 20.16 (no process.getBuiltinModule); pass wasmBinary');
    let bytes;
    try {
      bytes = await fs.readFile(new URL(url));
    } catch (e) {
      throw crLoadError(url, e.code === 'ENOENT' ? 'no such file' : e.message);
    }
    return crCompileBytes(bytes, fileError);
  }
  let response;
  try {
    response = await fetch(url, { credentials: 'same-origin' });
  } catch (e) {
    throw crLoadError(url, `the request failed (${e.message}; a Content-Security-Policy whose connect-src ` +
      'leaves the file out fails it this way too)');
  }
  if (!response.ok) throw crLoadError(url, `the server answered ${response.status} ${response.statusText}`.trim());
  const type = (response.headers.get('content-type') || '').split(';')[0].trim().toLowerCase();
  if (type === 'application/wasm' && typeof WebAssembly.compileStreaming === 'function') {
    try {
      return await WebAssembly.compileStreaming(response);
    } catch (e) {
      throw crCompileError(e, fileError);
    }
  }
  return crCompileBytes(await response.arrayBuffer(), fileError);
}

const crEncoder = new TextEncoder();
const crDecoder = new TextDecoder();
const crDecoder16 = new TextDecoder('utf-16le', { ignoreBOM: true });
// Node reads UTF-8 (and, faster still, ASCII as Latin-1) out of wasm memory faster with Buffer
// than with TextDecoder; browsers have only TextDecoder.
const crNodeBuffer = crIsNode && typeof Buffer === 'function' ? Buffer : null;
// V8 allocates a string over 128 KB as a "large object", at about 3 ns a byte (measured in Node
// 20: 2.3 ms for 770 KB); 32 KB pieces joined with + cost a tenth of that and read the same.
// A piece of UTF-16 is CR_PIECE / 2 units at most, all that crStringBuiltins takes.
const CR_PIECE = 32768;

// The text of UTF-16 code units [start, end) at `address`, as one string or a rope of pieces (a
// piece never ends between the two halves of a surrogate pair). `builtins` is
// crStringBuiltins' helper, or null.
function crDecode16(bytes, buffer, builtins, address, start, end) {
  const piece = buffer ? (a, b) => buffer.toString('utf16le', address + 2 * a, address + 2 * b)
    : builtins ? (a, b) => builtins.text(address + 2 * a, b - a)
    : (a, b) => crDecoder16.decode(bytes.subarray(address + 2 * a, address + 2 * b));
  if (end - start <= CR_PIECE / 2) return piece(start, end);
  let text = '';
  for (let at = start; at < end;) {
    let stop = Math.min(end, at + CR_PIECE / 2);
    const last = bytes[address + 2 * stop - 1];  // the high byte of the piece's last unit
    if (stop < end && last >= 0xd8 && last <= 0xdb) stop--;
    text += piece(at, stop);
    at = stop;
  }
  return text;
}

// Whether eight units spread over `text` are all ASCII (a wrong guess costs only time).
function crLooksAscii(text) {
  for (let k = 1; k < 16; k += 2) {
    if (text.charCodeAt(Math.floor(k * text.length / 16)) >= 0x80) return false;
  }
  return true;
}
// A character above U+00FF. V8 keeps a string without one a byte a character and answers this
// for it at once (0.03-0.06 µs at any length, measured in Node 20); in a string of two bytes a
// character the search stops at the first such character.
const CR_WIDE = /[^\x00-\xff]/;

// The text of bytes [start, end) of the memory, as one string or a rope of pieces.
function crDecode(bytes, buffer, start, end, ascii) {
  const piece = buffer
    ? (a, b) => buffer.toString(ascii ? 'latin1' : 'utf8', a, b)
    : (a, b) => crDecoder.decode(bytes.subarray(a, b));
  if (end - start <= CR_PIECE) return piece(start, end);
  let text = '';
  for (let at = start; at < end;) {
    let stop = Math.min(end, at + CR_PIECE);
    while (stop < end && (bytes[stop] & 0xc0) === 0x80) stop--;  // never split a UTF-8 sequence
    text += piece(at, stop);
    at = stop;
  }
  return text;
}
// trapForTests' ways to fail (bindings/embind.cpp trap_for_tests).
const CR_TRAPS = ['abort', 'damage', 'stack-overflow'];
const KIND = { renderComparison: 0, decodePayload: 1, renderMarkdown: 2 };
// Added to a kind: how the input came (bindings/embind.cpp). A text as UTF-8 (encodeInto), as
// Latin-1 bytes or as its UTF-16 code units; the caller's own bytes.
const CR_FROM = { utf8: 0, bytes: 4, units: 8, latin1: 32 };
// Added to a kind in browsers: a result outside ASCII comes as UTF-16 only when more than a
// quarter of its bytes are (the same). Measured in Chromium 156: TextDecoder makes a string of
// mostly-ASCII UTF-8 at ~0.6 ns a byte, against ~1 ns a unit for the module's UTF-16 copy and
// the String Builtins (a render with ten dashes in 2.4 K: 0.94-0.97x; one accent in ten words:
// 0.92x); of Japanese or Arabic, at 1.2-1.4 ns a byte, no faster than UTF-16.
const CR_UTF8_WHEN_SPARSE = 16;
// How a text goes in (wayIn). Outside ASCII its UTF-16 code units are faster in both runtimes:
// TextEncoder.encodeInto (and Node's UTF-8 write) take ~1-1.5 ns a unit of a script's text and,
// on a string V8 keeps two bytes a character (any string with one curly quote or dash in it),
// ~0.9 ns a unit (Node) to ~2 (Chromium) even of its ASCII, where the units cost ~0.05 (Node's
// Buffer) or ~0.75 (the String Builtins) and the module's UTF-8 from them ~0.07 on ASCII, ~0.5 on
// a script. In browsers, a text with no character above U+00FF that looks ASCII goes in fastest
// as Latin-1 bytes: Chromium's btoa and Uint8Array.prototype.setFromBase64 take 0.65-0.75 the time
// of encodeInto from 2 K to 256 K units (1.9 times it at 2.5 M: the base64 string is then a large
// object); the module then rewrites any byte outside ASCII as UTF-8 in place (one at a time: text
// with an accent in one word of ten is faster as code units). In Node, Latin-1 through Buffer
// renders no faster than encodeInto (short and seed within 1 %), which an ASCII text keeps.
// Where the builtins are but Latin-1 is not to be had, a text of up to this many units goes in
// as code units even when it is ASCII. Measured in Chromium 156, against encodeInto: ASCII
// payloads of 2.4 K to 65 K units -5 % to +1.5 % a render; above, an ASCII text loses ~10 % that
// way (428 K). (The same payloads with one em dash: 17.9 -> 13.7 µs at 2.4 K, 117 -> 84 at 20 K,
// 600 -> 450 at 65 K.)
// Latin-1 stops at 8 K units: its base64 string is garbage, 4/3 of the text a call. Alone in a
// page that cost nothing ("many", 15.5 K units, 0.98x), but in a page whose heap is busy (the
// benchmark's, every peer loaded) "many" took 89-93 µs against 79-80 as code units, which make
// none. Up to 8 K units (the seed, 7.2 K: 0.95x) the garbage is small.
const CR_UNITS_MAX_ASCII = 65536;
const CR_LATIN1_MAX_UNITS = 8 * 1024;
// Whether a text can go in as Latin-1 (writeLatin1): Node's Buffer, or btoa and setFromBase64.
const crCanWriteLatin1 = crNodeBuffer !== null || (typeof btoa === 'function' && typeof Uint8Array.prototype.setFromBase64 === 'function');

// What a caller passed where text was expected, in words, with the likely fix.
function crDescribe(value) {
  if (value === null || value === undefined) return String(value);
  if (typeof value !== 'object') return `a ${typeof value}`;
  if (typeof value.then === 'function') return 'a Promise (a missing await?)';
  const type = Object.prototype.toString.call(value).slice(8, -1);
  if (type === 'Response' || type === 'Blob' || type === 'File') {
    const name = type === 'Response' ? 'response' : 'blob';
    return `a ${type} (pass await ${name}.text() or await ${name}.arrayBuffer())`;
  }
  const parsed = Array.isArray(value) ? 'an array' : type === 'Object' ? 'an object' : '';
  return parsed ? `${parsed} (parsed JSON? pass the text it came from, or JSON.stringify(value))` : `a ${type}`;
}

// Whether `value` is bytes: an ArrayBuffer (shared or not, from any realm) or a view of one.
const crIsBytes = (value) => ArrayBuffer.isView(value) || /^\[object (Shared)?ArrayBuffer\]$/.test(Object.prototype.toString.call(value));

// Bytes as a Uint8Array over the same memory (a view's bytes only).
const crByteView = (value) => (ArrayBuffer.isView(value) ? new Uint8Array(value.buffer, value.byteOffset, value.byteLength) : new Uint8Array(value));

// A payload given as bytes (a fetched _payload.json's ArrayBuffer, a Uint8Array or any other
// view): its bytes, without the byte order mark TextDecoder would drop. Anything else that is not
// a string is a TypeError.
function crBytesOf(name, value) {
  if (!crIsBytes(value)) {
    throw new TypeError(`${name}: expected a string or UTF-8 bytes (an ArrayBuffer or a Uint8Array), got ${crDescribe(value)}`);
  }
  // No bytes: a fresh empty array, since a detached buffer cannot even be viewed or copied from.
  if (crByteCount(value) <= 0) return new Uint8Array(0);
  const bytes = value instanceof Uint8Array ? value : crByteView(value);
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
}

// How many bytes, or -1 when they were transferred away (to a worker, say): a detached view reads
// as none, a detached DataView throws, and a detached buffer cannot be viewed.
function crByteCount(value) {
  try {
    if (value.byteLength > 0) return value.byteLength;
    new Uint8Array(ArrayBuffer.isView(value) ? value.buffer : value);
    return 0;
  } catch {
    return -1;
  }
}

// The answer for bytes that were transferred away, or null: the call reads nothing, and says why.
function crDetachedFailure(value) {
  if (typeof value === 'string' || !crIsBytes(value) || crByteCount(value) >= 0) return null;
  const message = 'The bytes given are detached: their ArrayBuffer was transferred (to a worker, say), so there is nothing to read.';
  return { ok: false, error: { code: 'json_syntax', message, path: '', offset: 0 } };
}

// The options as JSON for the C++ side, which validates them; or { bad: message } when they are
// not an object or JSON cannot hold them (a BigInt, a cycle, a getter that throws): a bad_option
// like any other.
function crOptionsJson(options) {
  if (options === undefined || options === null) return '';
  // JSON would write NaN and ±Infinity as null ("not given"): as text they are refused, as any
  // option that is not a usable number is. It would drop a function or a symbol without a word:
  // those are refused here, with their JSON Pointer.
  const paths = new Map();
  let refused = null;
  try {
    // Inside the try: Array.isArray throws on a revoked Proxy.
    if (typeof options !== 'object' || Array.isArray(options)) {
      return { bad: `The options must be an object, not ${Array.isArray(options) ? 'an array' : `a ${typeof options}`}.` };
    }
    const json = JSON.stringify(options, function (key, value) {
      const path = key === '' ? '' : `${paths.get(this)}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
      if (typeof value === 'function' || typeof value === 'symbol' || typeof value === 'bigint') {
        const type = typeof value === 'bigint' ? 'BigInt' : typeof value;
        // At the top only from the options' own toJSON().
        const what = path ? `The option at ${path} is a ${type}` : `The options' toJSON() returned a ${type}`;
        refused = { bad: `${what}: options are data (strings, numbers, booleans, objects).`, path };
        throw refused;
      }
      if (value !== null && typeof value === 'object') paths.set(value, path);
      return typeof value === 'number' && !Number.isFinite(value) ? String(value) : value;
    });
    // undefined when the options' toJSON() returned it.
    return typeof json === 'string' ? json : { bad: "The options' toJSON() returned undefined: options must be an object." };
  } catch (e) {
    // A cycle, or a getter that throws: the engine's words say which.
    const why = (e && e.message ? e.message : String(e)).replace(/\s+/g, ' ').replace(/[\s.]+$/, '');
    return refused || { bad: `The options cannot be read as JSON: ${why}.` };
  }
}
// The bad_option result for options crOptionsJson refuses, or null.
function crOptionsFailure(opts) {
  return typeof opts === 'string' ? null : { ok: false, error: { code: 'bad_option', message: opts.bad, path: opts.path || '' } };
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

// An error's position in the caller's text, from its position in crWellFormedJson's rewrite of
// it (each rewritten unit became six, or one): the offset, and the line and column in the message.
function crPositionInOriginal(error, original, rewritten) {
  let o = 0;
  for (let r = 0; r < error.offset && o < original.length; o++) {
    r += original.charCodeAt(o) === rewritten.charCodeAt(r) ? 1 : rewritten.charCodeAt(r) === 1 ? 1 : 6;
  }
  const lineStart = original.lastIndexOf('\n', o - 1) + 1;
  error.offset = o;
  error.message = error.message.replace(/, column \d+\b/, `, column ${o - lineStart + 1}`);
  return error;
}

// The renderer over one instance. A call: the text and options are encoded straight into the
// module's input buffer, `run` renders, and the reply (bindings/embind.cpp) says where the result
// is; the facade decodes it once and cuts the fields off its end (src/wire.hpp).
// WebAssembly memory never shrinks: after a call that grew it past this, a fresh instance of the
// same compiled module takes over (~4 ms, between calls) and the old memory goes with the old one.
// A ~3 MB payload takes ~60 MB; a call near the input limits, several hundred. The same after a
// trap: it means a bug, and the instance's memory may no longer be sound (calls made before the
// fresh instance is ready still go to the old one).
const CR_KEEP_MEMORY = 256 * 1024 * 1024;
const crMemoryOf = (m) => Object.values(m.asm).find((v) => v instanceof WebAssembly.Memory);

function crMakeRenderer(m, testHooks, instantiate) {
  let memory = crMemoryOf(m);
  let words = null, bytes = null, buffer = null;  // views of the memory; new ones after it grows
  let builtins = crNodeBuffer ? null : crStringBuiltins(memory);
  const canWriteUnits = () => crNodeBuffer !== null || builtins !== null;  // writeUnits
  const unitsMaxAscii = crNodeBuffer ? 0 : CR_UNITS_MAX_ASCII;
  const latin1MaxUnits = crNodeBuffer || !crCanWriteLatin1 ? 0 : CR_LATIN1_MAX_UNITS;  // for text that looks ASCII
  let textWay;  // tests only: the way every text goes in, where it can (undefined: wayIn decides)
  let inputAddress = 0, inputBytes = 0;
  // The input buffer's view, kept from call to call: in Chromium a new subarray per call (and the
  // garbage it leaves) cost as much as encoding a 2 KB payload into it.
  let input = null;
  // A view of memory that has grown has length 0 (its buffer is detached): a test that needs no
  // call to the memory.buffer getter, whose cost showed in a small render's profile.
  const refresh = () => {
    if (words === null || words.length === 0) {
      words = new Uint32Array(memory.buffer);
      bytes = new Uint8Array(memory.buffer);
      if (crNodeBuffer) buffer = crNodeBuffer.from(memory.buffer);
    }
  };
  const memoryBytes = () => (bytes !== null && bytes.length !== 0 ? bytes.length : memory.buffer.byteLength);
  let replacing = false, replaceFailed = false, trapped = false;
  const replaceIfNeeded = () => {
    if (replacing || replaceFailed || (!trapped && memoryBytes() <= CR_KEEP_MEMORY)) return;
    replacing = true;
    instantiate().then((fresh) => {
      m = fresh;
      trapped = false;
      memory = crMemoryOf(fresh);
      if (builtins) builtins = crStringBuiltins(memory);
      words = bytes = buffer = input = null;
      inputAddress = inputBytes = 0;
    }).catch(() => { replaceFailed = true; })  // the old instance stays, its memory with it
      .finally(() => { replacing = false; });
  };
  const reply = (address) => {
    refresh();
    const w = address >>> 2;
    inputAddress = words[w + 4];
    inputBytes = words[w + 5];
    if (!input || input.buffer !== bytes.buffer || input.byteOffset !== inputAddress || input.length !== inputBytes) {
      input = bytes.subarray(inputAddress, inputAddress + inputBytes);
    }
    return w;
  };

  function result(name, w, parts) {
    const out = words[w], outBytes = words[w + 1], meta = words[w + 2] >>> 2;
    const ok = words[meta] === 1, body = words[meta + 1], count = words[meta + 2];
    if (ok && name === 'decodePayload') {
      const blobBytes = words[meta + 3], plain = words[meta + 4] === 1;
      const tape = crDecode(bytes, buffer, out, out + body - blobBytes, false);
      // For a worker: the value's text and bytes, built into values where they are used.
      if (parts) return { ok: true, parts: { plain, tape, blob: bytes.slice(out + body - blobBytes, out + body) } };
      // The blob is read before the next call reuses the memory.
      return crBuildDecoded(plain, tape, bytes.subarray(out + body - blobBytes, out + body));
    }
    // A small result is decoded once and cut in two (each decode has a fixed cost, and in
    // browsers a new view of the memory); a large one decodes the body and the fields apart,
    // since slicing a rope would flatten it. Text outside ASCII comes as UTF-16 too (words[w + 8]
    // units at words[w + 7]), which makes strings far faster.
    const ascii = words[w + 6] === 1, units = words[w + 8], utf16 = words[w + 7];
    let fieldUnits = 0;
    for (let i = 0; i < count; i++) fieldUnits += words[meta + 3 + i];
    // [a, b) of the result: UTF-16 units of its copy, or bytes of its UTF-8 (units, when ASCII).
    const textOf = (a, b) => (units ? crDecode16(bytes, buffer, builtins, utf16, a, b) : crDecode(bytes, buffer, out + a, out + b, ascii));
    const total = units || outBytes, bodyEnd = units ? units - fieldUnits : body;
    const small = units ? units <= CR_PIECE / 2 : ascii && outBytes <= CR_PIECE;
    const whole = small ? textOf(0, total) : null;
    const text = whole !== null ? whole : textOf(bodyEnd, total);
    const fields = new Array(count);
    for (let i = 0, start = whole !== null ? bodyEnd : 0; i < count; i++) {
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
    const html = whole !== null ? whole.slice(0, bodyEnd) : textOf(0, bodyEnd);
    if (name === 'renderMarkdown') return { ok: true, html };
    const warningCount = words[numbers], tocCount = words[numbers + 1];
    const toc = new Array(tocCount);
    for (let i = 0, f = 8 + warningCount; i < tocCount; i++, f += 2) {
      toc[i] = { level: words[numbers + 2 + i], id: fields[f], text: fields[f + 1] };
    }
    // One literal (the fields in the order of wire.cpp's): V8 makes it from one template, where
    // adding the fields one by one took a map transition each.
    return { ok: true, html, title: fields[0], lang: fields[1], dir: fields[2], slug: fields[3], description: fields[4],
      metaTitle: fields[5], metaDescription: fields[6], format: fields[7], warnings: fields.slice(8, 8 + warningCount), toc };
  }

  let optionBytes = 0;  // what a writer below wrote of the options, after the input

  // Whether the input buffer holds `need` bytes, after asking for room for the text's `units` at
  // `bytesPerUnit` (and the options) when it does not: reserve() refuses a text over the input
  // limit (`run` then says so). A fresh instance has no input buffer yet, even for no bytes.
  function hasRoom(kind, units, opts, bytesPerUnit, need) {
    if (!input || need > inputBytes) reply(m.reserve(kind, units, opts.length, opts, bytesPerUnit));
    return need <= inputBytes;
  }
  // The options' UTF-8 from byte `at` of the input buffer.
  function writeOptions(opts, at) {
    optionBytes = opts ? crEncoder.encodeInto(opts, input.subarray(at)).written : 0;
  }

  // Writes the text and then the options into the input buffer; returns the text's bytes, or -1
  // when they do not fit (refused by reserve(), or even the worst case's room could not be had).
  // Room for them: first a guess (payloads are mostly ASCII), then, if the text did not fit, the
  // worst case, three UTF-8 bytes per UTF-16 unit, for the rest.
  function writeText(kind, text, opts) {
    const units = text.length;
    if (!hasRoom(kind, units, opts, 1.25, units + (units >> 2) + 3 * opts.length + 64)) return -1;
    let { read, written: done } = crEncoder.encodeInto(text, input);
    const roomForOptions = () => inputBytes - done >= 3 * opts.length;
    if ((read < units || !roomForOptions()) && 3 * (units + opts.length) > inputBytes) {
      reply(m.reserve(kind, units, opts.length, opts, 3));  // keeps what is written
      if (read < units && 3 * (units + opts.length) <= inputBytes) {
        done += crEncoder.encodeInto(text.slice(read), input.subarray(done)).written;
        read = units;
      }
    }
    if (read < units || !roomForOptions()) return -1;
    writeOptions(opts, done);
    return done;
  }

  // The same, where the module can be given a text's UTF-16 code units (bindings/embind.cpp:
  // kFromUtf16): room for three bytes a unit, the units from byte units + units % 2 (the module
  // writes their UTF-8 over them, from byte 0), the options' UTF-8 from byte 3 * units + 2.
  // Returns the units written, or -1. Node's Buffer writes the units, or the builtins' helper
  // (CR_PIECE / 2 units a call).
  function writeUnits(kind, text, opts) {
    const units = text.length;
    if (!hasRoom(kind, units, opts, 3, 3 * (units + opts.length) + 64)) return -1;
    const address = inputAddress + units + (units & 1);  // after reserve(), which may move the buffer
    if (crNodeBuffer) {
      refresh();
      buffer.write(text, address, 'utf16le');
    } else if (units <= CR_PIECE / 2) {
      builtins.units(text, address);
    } else {
      for (let i = 0; i < units; i += CR_PIECE / 2) builtins.units(text.slice(i, i + CR_PIECE / 2), address + 2 * i);
    }
    writeOptions(opts, 3 * units + 2);
    return units;
  }

  // The same for a text with no character above U+00FF (bindings/embind.cpp: kFromLatin1): its
  // Latin-1 bytes from byte 0 (the module writes their UTF-8 over them), the options' UTF-8 from
  // byte 2 * units. Returns the units written, or -1.
  function writeLatin1(kind, text, opts) {
    const units = text.length;
    if (!hasRoom(kind, units, opts, 2, 2 * units + 3 * opts.length + 64)) return -1;
    if (crNodeBuffer) {
      refresh();
      buffer.write(text, inputAddress, 'latin1');
    } else {
      input.setFromBase64(btoa(text));
    }
    writeOptions(opts, 2 * units);
    return units;
  }

  // The same for the caller's bytes, copied as they are (the module checks that they are UTF-8).
  function writeBytes(kind, payload, opts) {
    const n = payload.length;
    if (!hasRoom(kind, n, opts, 1.25, n + 3 * opts.length)) return -1;
    input.set(payload);
    writeOptions(opts, n);
    return n;
  }

  // How a text goes in: 'latin1', 'units' or 'utf8' (see CR_UNITS_MAX_ASCII). A way tests ask
  // for (textWay) that the text or the engine does not allow falls back to the next.
  function wayIn(text) {
    let way = textWay;
    if (way === undefined) {
      if (!crLooksAscii(text) || CR_WIDE.test(text)) way = 'units';
      else if (latin1MaxUnits > 0 && text.length <= latin1MaxUnits) way = 'latin1';
      else way = text.length <= unitsMaxAscii ? 'units' : 'utf8';
    } else if (way === 'latin1' && (!crCanWriteLatin1 || CR_WIDE.test(text))) {
      way = 'units';
    }
    return way === 'units' && !canWriteUnits() ? 'utf8' : way;
  }

  function call(name, text, options, parts = false) {
    const payloadBytes = typeof text === 'string' ? null : crBytesOf(name, text);
    if (payloadBytes !== null && payloadBytes.length === 0) {
      const detached = crDetachedFailure(text);
      if (detached) return detached;
    }
    const opts = crOptionsJson(options);
    if (typeof opts !== 'string') return crOptionsFailure(opts);
    // Only decodePayload needs lone surrogates kept (as escapes): in HTML, and in error offsets,
    // the U+FFFD that encodeInto writes for one is what the text means (isWellFormed costs ~0.8 ns
    // a unit on text outside ASCII: a tenth of an Arabic article's render in Node).
    // A leading byte order mark is no character of the text: dropped, as crBytesOf and TextDecoder
    // drop it from bytes (readFileSync(file, 'utf8') keeps it). An error's offset still counts it.
    const bom = payloadBytes === null && text.charCodeAt(0) === 0xfeff;
    if (bom) text = text.slice(1);
    const original = text;
    if (name === 'decodePayload' && !payloadBytes) text = crWellFormedJson(text);
    const kind = KIND[name];
    const sp = m.stackSave();
    try {
      if (name === 'trapForTests') m.trapForTests(CR_TRAPS.indexOf(text));
      optionBytes = 0;
      const way = payloadBytes ? 'bytes' : wayIn(text);
      const written = way === 'bytes' ? writeBytes(kind, payloadBytes, opts) : way === 'latin1' ? writeLatin1(kind, text, opts)
        : way === 'units' ? writeUnits(kind, text, opts) : writeText(kind, text, opts);
      const units = payloadBytes ? payloadBytes.length : text.length;
      const how = CR_FROM[way] + (crNodeBuffer ? 0 : CR_UTF8_WHEN_SPARSE);
      const r = result(name, reply(m.run(kind + how, written, optionBytes, units)), parts);
      if (text !== original && r.error && r.error.offset !== undefined) crPositionInOriginal(r.error, original, text);
      if (bom && r.error && r.error.offset !== undefined) r.error.offset++;
      return r;
    } catch (e) {
      // A trap (a bug, or memory exhausted): the stack is restored at once, and the instance is
      // replaced between calls (replaceIfNeeded), since its memory may no longer be sound.
      m.stackRestore(sp);
      inputBytes = 0;
      trapped = true;
      // Emscripten's advice to rebuild with assertions is for the module's developers, not its users.
      const message = (e && e.message ? e.message : String(e)).replace(' Build with -s ASSERTIONS=1 for more info.', '');
      return { ok: false, error: { code: 'internal', message: `The renderer failed unexpectedly: ${message}`, path: '' } };
    } finally {
      replaceIfNeeded();
    }
  }
  const renderer = {
    renderComparison: (payload, options) => call('renderComparison', payload, options),
    decodePayload: (payload, options) => call('decodePayload', payload, options),
    renderMarkdown: (markdown, options) => call('renderMarkdown', markdown, options),
    version: m.version(),
  };
  // Tests only: make the module trap (abort) inside a call, to prove the renderer recovers.
  if (testHooks) {
    renderer.trapForTests = (how = false) => call('trapForTests', how === true ? 'damage' : how || 'abort');
    renderer.memoryBytesForTests = () => memory.buffer.byteLength;
    renderer.utf8IsValidForTests = (bytes) => m.validUtf8ForTests(writeBytes(0, crBytesOf('utf8IsValidForTests', bytes), ''));
    renderer.stringsFromMemoryForTests = () => builtins !== null;
    // 'latin1', 'units' or 'utf8': every text goes in that way where it can (see wayIn);
    // undefined: as without the hook. textAsUnitsForTests: true for 'units', false for 'utf8'.
    renderer.textWayForTests = (way) => { textWay = way; };
    renderer.textAsUnitsForTests = (on) => { textWay = on === true ? 'units' : on === false ? 'utf8' : undefined; };
    renderer.latin1ForTests = () => latin1MaxUnits > 0;  // whether text that looks ASCII goes as Latin-1
  }
  // comparison-worker: decodePayload's result before its values are built (see crInternals).
  Object.defineProperty(renderer, CR_DECODE_PARTS, { value: (payload, options) => call('decodePayload', payload, options, true) });
  return Object.freeze(renderer);
}

// decodePayload's value from its parts: plain JSON as itself, a devalue graph built from its tape.
function crBuildDecoded(plain, tape, blob) {
  if (plain) return { ok: true, value: JSON.parse(tape), format: 'json' };
  const built = crBuildValue(JSON.parse(tape), blob);
  if (built.ok) built.format = 'devalue';
  return built;
}

// What comparison-worker.mjs needs from this module, kept off the public API: the compiled module
// to hand to its workers, decodePayload in halves (decoded in a worker, built where it is
// used: structured clone would lose null prototypes and cannot carry URL objects), and the
// answer to options that cannot even be sent to a worker.
const CR_DECODE_PARTS = Symbol.for('comparison-renderer.decodeParts');
const crInternals = Object.freeze({
  compile: (overrides) => crCompiledFor(crCheckOverrides(overrides, 'createComparisonWorker')),
  // Throws the TypeError the renderer's own method would for a payload of the wrong type.
  checkPayload: (name, payload) => typeof payload === 'string' || crBytesOf(name, payload),
  detachedFailure: (payload) => crDetachedFailure(payload),
  describe: (value) => crDescribe(value),
  // Whether a value is bytes the renderer takes (an ArrayBuffer, a SharedArrayBuffer, a view; from any realm).
  isBytes: (value) => crIsBytes(value),
  // A copy of such bytes, in a buffer of their own (a view's bytes only).
  copyBytes: (value) => crByteView(value).slice(),
  optionsJson: (options) => crOptionsJson(options),
  build: (parts) => crBuildDecoded(parts.plain, parts.tape, parts.blob),
  // The bad_option result for what optionsJson returned, or null (a string: options it could send).
  optionsFailure: (json) => crOptionsFailure(json),
});

// The compiled module for these overrides: the caller's wasmBinary, or crModuleFor's.
function crCompiledFor(overrides) {
  if (!overrides.wasmBinary) return crModuleFor(overrides);
  return crCompileBytes(overrides.wasmBinary, (why, advice) =>
    new Error(`comparison-renderer could not use the wasmBinary it was given: it ${why}.${advice ? ` ${advice}` : ''}`))
    .then((module) => (crSources.set(module, 'given as wasmBinary'), module));
}

// A module that compiles but is not the one this file was built with (a .wasm of another version
// left on a server or in a cache) fails to link, or lacks an export Emscripten's start-up reads.
function crMismatch(e, module) {
  if (!(e instanceof WebAssembly.LinkError || e instanceof TypeError)) return e;
  const source = crSources.get(module);
  return new Error(`comparison-renderer could not use its WebAssembly${source ? ` (${source})` : ''}: it is not the .wasm this ` +
    `comparison-renderer.mjs was built with; serve the two files of one build together (${e.message})`, { cause: e });
}

// The compiled module to instantiate: the caller's, or the .wasm next to this file (compiled once
// per page or process), or where the caller's locateFile says.
function crModuleFor(overrides) {
  if (overrides.wasmModule) return Promise.resolve(overrides.wasmModule);
  if (overrides.locateFile) {
    let url;
    try {
      url = new URL(overrides.locateFile('comparison-renderer.wasm', ''), crBase).href;
    } catch (e) {
      return Promise.reject(new Error('comparison-renderer could not locate its WebAssembly: ' +
        `locateFile('comparison-renderer.wasm') threw: ${e && e.message ? e.message : e}`, { cause: e }));
    }
    return crCompile(url);
  }
  if (!crCompiled) {
    // Written literally so bundlers (Vite, webpack) see the asset and ship it next to the module.
    crCompiled = crCompile(new URL('./comparison-renderer.wasm', import.meta.url).href);
    crCompiled.catch(() => { crCompiled = null; });  // a failed load is tried again next time
  }
  return crCompiled;
}

// The factory's options, checked before anything loads: a wrong type would otherwise fail deep in
// Emscripten's start-up, in its words, or be swallowed there and leave the promise pending.
function crCheckOverrides(overrides, who) {
  if (overrides === undefined || overrides === null) return {};
  const wrong = (what, value) => new TypeError(`${who}: ${what}, not ${crDescribe(value)}`);
  if (typeof overrides !== 'object' || Array.isArray(overrides)) throw wrong('its options must be an object', overrides);
  for (const hook of ['locateFile', 'instantiateWasm', 'print', 'printErr', 'onAbort']) {
    if (overrides[hook] != null && typeof overrides[hook] !== 'function') throw wrong(`${hook} must be a function`, overrides[hook]);
  }
  const { wasmBinary, wasmModule } = overrides;
  if (wasmBinary != null && !crIsBytes(wasmBinary)) {
    throw wrong('wasmBinary must be the .wasm file\'s bytes (an ArrayBuffer or a Uint8Array)', wasmBinary);
  }
  if (wasmModule != null && Object.prototype.toString.call(wasmModule) !== '[object WebAssembly.Module]') {
    throw wrong('wasmModule must be a WebAssembly.Module', wasmModule);
  }
  return overrides;
}

// Resolves to a renderer, or rejects with the reason whenever loading fails (never hangs).
export default async function createComparisonRenderer(overrides) {
  overrides = crCheckOverrides(overrides, 'createComparisonRenderer');
  let compiled = null;  // the compiled module, once known
  const first = await crInstantiate(overrides, (module) => { compiled = module; });
  // A later instance (see CR_KEEP_MEMORY) is made from the same compiled module, without the
  // caller's loading hooks: they ran once, for the first.
  const again = async () => {
    if (!compiled) compiled = await crCompiledFor(overrides);  // the caller's instantiateWasm did not say
    return crInstantiate({ wasmModule: compiled, print: overrides.print, printErr: overrides.printErr }, () => {});
  };
  return crMakeRenderer(first, overrides.testHooks === true, again);
}

// One instance of the module (Emscripten's Module object); `onModule` hears the compiled module.
async function crInstantiate(overrides, onModule) {
  const moduleArg = Object.assign({}, overrides);
  delete moduleArg.testHooks;
  delete moduleArg.wasmModule;
  // Emscripten would print "Aborted()" for a trapped call; the call returns that as an error.
  if (!moduleArg.printErr) moduleArg.printErr = () => {};
  let readyFailed;
  const failed = new Promise((_, reject) => { readyFailed = reject; });
  if (!moduleArg.instantiateWasm) {
    delete moduleArg.locateFile;  // located here (Emscripten would call it again, for nothing)
    delete moduleArg.wasmBinary;  // compiled here, where a bad one is said in words
    // Emscripten swallows what this throws; every failure is passed on instead.
    moduleArg.instantiateWasm = (imports, receive) => {
      crCompiledFor(overrides)
        .then((module) => {
          onModule(module);
          return WebAssembly.instantiate(module, imports).then((instance) => receive(instance, module))
            .catch((e) => { throw crMismatch(e, module); });
        })
        .catch((e) => {
          try {
            if (overrides.onAbort) overrides.onAbort(e);
          } catch {
            // The caller's onAbort failed; the factory still rejects with the reason (never hangs).
          }
          readyFailed(e);
        });
      return {};
    };
  } else {
    const own = moduleArg.instantiateWasm;
    moduleArg.instantiateWasm = (imports, receive) => {
      try {
        return own(imports, (instance, module) => {
          if (module) onModule(module);
          return receive(instance, module);
        });
      } catch (e) {
        // Emscripten would log this and wait for an instance that never comes.
        readyFailed(new Error(`comparison-renderer: the instantiateWasm it was given threw: ${e && e.message ? e.message : e}`, { cause: e }));
        return {};
      }
    };
  }
  return Promise.race([crModuleFactory(moduleArg), failed]);
}
Object.defineProperty(createComparisonRenderer, Symbol.for('comparison-renderer.internals'), { value: crInternals });
