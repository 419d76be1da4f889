// Seeded random JavaScript values covering every form devalue 6.0.x writes, wrapped now and then
// in Nuxt-like reactive markers, plus the revivers the contract decodes them with and a deep
// comparison that also checks object identity. Used by decode-differential.test.mjs.
import util from 'node:util';

// ---- a small, fast, seedable generator (mulberry32) ----

export function createRng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n) => Math.floor(next() * n), // 0 .. n-1
    range: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)), // lo .. hi
    chance: (p) => next() < p,
    pick: (list) => list[Math.floor(next() * list.length)],
  };
}

// ---- Nuxt's payload reducers and the contract's revivers ----
// Marker classes stand for Vue's reactive objects and refs; the reducers below follow Nuxt's
// revive-payload.server.ts (same tags, same order, same rules), with isRef/isReactive replaced
// by instanceof checks.

export class ShallowReactive { constructor(target) { this.target = target; } }
export class Reactive { constructor(target) { this.target = target; } }
export class Ref { constructor(value) { this.value = value; } }
export class ShallowRef { constructor(value) { this.value = value; } }
export class NuxtError { constructor(data) { this.data = data; } }

const emptyRefText = (value) => (typeof value === 'bigint' ? '0n' : JSON.stringify(value) || '_');

export const nuxtReducers = {
  NuxtError: (x) => x instanceof NuxtError && x.data,
  EmptyShallowRef: (x) => x instanceof ShallowRef && !x.value && emptyRefText(x.value),
  EmptyRef: (x) => (x instanceof Ref || x instanceof ShallowRef) && !x.value && emptyRefText(x.value),
  ShallowRef: (x) => x instanceof ShallowRef && x.value,
  ShallowReactive: (x) => x instanceof ShallowReactive && x.target,
  Ref: (x) => x instanceof Ref && x.value,
  Reactive: (x) => x instanceof Reactive && x.target,
};

// The contract's nuxtRevivers: wrappers give their inner value itself, EmptyRef/EmptyShallowRef
// Nuxt's decode, NuxtError/Island the carried object.
export function nuxtDecode(data) {
  if (data === '_') return undefined;
  if (data === '0n') return 0n;
  try {
    return JSON.parse(data);
  } catch {
    return data;
  }
}
const identity = (v) => v;
export const nuxtRevivers = {
  NuxtError: identity,
  Island: identity,
  EmptyShallowRef: nuxtDecode,
  EmptyRef: nuxtDecode,
  ShallowRef: identity,
  ShallowReactive: identity,
  Ref: identity,
  Reactive: identity,
};

// ---- primitives ----

const NUMBERS = [
  0, -0, 1, -1, 2, 7, 10, 42, 255, 256, 65535, 0.5, -0.5, 0.1, 1 / 3, Math.PI, -Math.E, 1e21, 1e-7, 123.456,
  2 ** 31, -(2 ** 31), 2 ** 32, 2 ** 53, 2 ** 53 + 2, -(2 ** 53), Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER,
  Number.MAX_VALUE, -Number.MAX_VALUE, Number.MIN_VALUE, -Number.MIN_VALUE, 2.2250738585072014e-308,
  NaN, Infinity, -Infinity, 1e308, 5e-324, 4294967295, 4294967294,
];
const BIGINTS = [0n, 1n, -1n, 7n, 255n, 2n ** 63n - 1n, -(2n ** 63n), 2n ** 64n, -(2n ** 100n), 10n ** 40n + 3n];

// Pieces strings are made of: every character class devalue and JSON treat specially.
const STRING_PIECES = [
  'a', 'b', 'Z', '0', '9', ' ', 'hello', 'Rust vs Go', '-', '_', '.', ',', ':', '{', '}', '[', ']',
  '"', '\\', '/', '</script>', '<', '>', '&', "'", '`', '$', '\u2028', '\u2029', '\u0000', '\b', '\f',
  '\n', '\r', '\t', '\u0001', '\u001f', '\u007f', '\u0080', '\u00a0', 'é', 'ß', 'ñ', '\u0301', 'Ж', 'ש', 'ع',
  '中', '文', '\u3000', '\ufeff', '\ufffd', '\uffff', '😀', '🦀', '𝕏', '\u{10ffff}', '\u{1f468}\u200d\u{1f469}',
  // lone surrogates, often: high, low, reversed pair, high at the end
  '\ud800', '\udbff', '\udc00', '\udfff', '\ud83e', '\udd80', '\udd80\ud83e', '\ud800\ud800', 'x\ud800',
  '\\u0041', '\\ud800', '_', '0n', 'null', 'true', '"q"', '[1]', '{"a":1}',
];

const WELL_FORMED_PIECES = STRING_PIECES.filter((p) => p.isWellFormed());

function randomString(rng) {
  const r = rng.next();
  if (r < 0.08) return '';
  let target;
  if (r < 0.6) target = rng.range(1, 6);
  else if (r < 0.9) target = rng.range(7, 40);
  else if (r < 0.99) target = rng.range(33, 300); // over 32 bytes: a record of its own in the C++ side
  else target = rng.range(1400, 6000); // over 4 KB: UTF-16 in the blob unless it holds a lone surrogate
  const wellFormed = target > 1000 && rng.chance(0.7);
  const pieces = wellFormed ? WELL_FORMED_PIECES : STRING_PIECES;
  let s = '';
  while (s.length < target) {
    const p = rng.next();
    if (p < 0.35) s += String.fromCharCode(97 + rng.int(26));
    else if (p < 0.93 || wellFormed) s += rng.pick(pieces);
    else s += String.fromCharCode(rng.int(0x10000)); // any UTF-16 unit, surrogates included
  }
  return s;
}

function randomNumber(rng) {
  const r = rng.next();
  if (r < 0.55) return rng.pick(NUMBERS);
  if (r < 0.75) return rng.range(-1000, 1000);
  if (r < 0.9) return (rng.next() - 0.5) * 10 ** rng.range(-10, 30);
  // arbitrary bit patterns
  const view = new DataView(new ArrayBuffer(8));
  view.setUint32(0, Math.floor(rng.next() * 2 ** 32));
  view.setUint32(4, Math.floor(rng.next() * 2 ** 32));
  return view.getFloat64(0);
}

function randomBigInt(rng) {
  if (rng.chance(0.6)) return rng.pick(BIGINTS);
  let digits = String(rng.range(1, 9));
  const n = rng.range(0, 40);
  for (let i = 0; i < n; i++) digits += rng.int(10);
  return (rng.chance(0.3) ? -1n : 1n) * BigInt(digits);
}

function randomPrimitive(rng) {
  const r = rng.next();
  if (r < 0.06) return undefined;
  if (r < 0.11) return null;
  if (r < 0.16) return rng.chance(0.5);
  if (r < 0.45) return randomNumber(rng);
  if (r < 0.9) return randomString(rng);
  return randomBigInt(rng);
}

// ---- keys ----

const AWKWARD_KEYS = [
  '', '0', '1', '2', '10', '01', '-1', '-0', '1.5', '1e3', '4294967294', '4294967295', '9007199254740993',
  'constructor', 'toString', 'valueOf', 'hasOwnProperty', 'prototype', '__proto_', '_proto__', '__defineGetter__',
  'length', 'size', 'then', 'a', 'b', 'title', 'data', 'state', 'key with space', 'a"b', 'a\\b', '<script>',
  '\u2028', '\u0000', '😀', '🦀 crab', '\ud800', '\udc00x', 'é', 'ключ', '$f1234567890', '$sKey', 'NaN', 'undefined',
];
function randomKey(rng) {
  return rng.chance(0.6) ? rng.pick(AWKWARD_KEYS) : randomString(rng);
}

// ---- the value generator ----

const TYPED_ARRAYS = [
  'Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array', 'Uint16Array', 'Int32Array', 'Uint32Array',
  'Float32Array', 'Float64Array', 'BigInt64Array', 'BigUint64Array',
].concat(typeof globalThis.Float16Array === 'function' ? ['Float16Array'] : []);

const URLS = [
  'https://example.com/', 'https://example.com/a%20b?q=%3Cx%3E#h', 'http://user:pw@[::1]:8080/p/../q?x=1&y=2',
  'https://xn--bcher-kva.example/bücher?ü=ö', 'file:///tmp/a%20b.txt', 'data:text/plain,hello%20world',
  'https://example.com/😀/\u00e9?\u00e9=\u00e9', 'blob:https://example.com/uuid', 'mailto:someone@example.com',
  'https://example.com/compare/rust-vs-go/_payload.json?abc123', 'about:blank', 'ws://example.com:80/socket',
];
const SEARCH_PARAMS = ['', 'a=1', 'a=1&a=2&b=%3C%3E', 'q=rust+vs+go', 'x=%F0%9F%98%80&y=é', '=&=', 'a', 'a=b=c&&d'];
const REGEX_SOURCES = [
  'a', 'a\\/b', '^[a-z]+$', '(?:x|y)*', '\\d{3}-\\d{4}', '.', '\\u{1F600}', '[\\s\\S]', '<\\/script>', '(?<year>\\d{4})',
  '\\\\', '😀+', '\u2028', 'é', '\\bword\\b', 'a\\nb',
];
const DATES = [0, 1, -1, 1e12, 1767225600000, -62198755200000, 253402300799999, 253402300800000, 8.64e15, -8.64e15,
  -62167219200000, -62167219200001, NaN];

function randomRegExp(rng) {
  const source = rng.pick(REGEX_SOURCES);
  const unicode = /\\u\{|\(\?</.test(source) || rng.chance(0.3);
  let flags = '';
  for (const f of 'dgimsy') if (rng.chance(0.25)) flags += f;
  if (unicode) flags += rng.chance(0.8) ? 'u' : 'v';
  if (flags.includes('v') && /[[(]/.test(source) && !/^\(\?/.test(source)) flags = flags.replace('v', 'u');
  try {
    return new RegExp(source, flags);
  } catch {
    return new RegExp(source);
  }
}

function randomBytes(rng, n) {
  const b = new Uint8Array(n);
  for (let i = 0; i < n; i++) b[i] = rng.int(256);
  return b.buffer;
}

export class ValueGenerator {
  constructor(rng, { maxDepth = 4, maxNodes = 60, nuxt = true } = {}) {
    this.rng = rng;
    this.maxDepth = maxDepth;
    this.maxNodes = maxNodes;
    this.nuxt = nuxt;
    this.nodes = 0;
    this.pool = []; // objects made so far (also those still being filled: cycles)
    this.buffers = []; // ArrayBuffers views may share
  }

  // A fresh or shared object from the pool.
  shared() {
    return this.pool[this.rng.int(this.pool.length)];
  }

  value(depth = 0) {
    const rng = this.rng;
    this.nodes++;
    if (this.pool.length && rng.chance(0.1)) return this.maybeWrap(this.shared(), depth);
    if (depth >= this.maxDepth || this.nodes >= this.maxNodes || rng.chance(0.4)) {
      return this.maybeWrap(rng.chance(0.85) ? randomPrimitive(rng) : this.leafObject(), depth);
    }
    return this.maybeWrap(this.container(depth), depth);
  }

  // Nuxt's reducers: ShallowReactive/Reactive around objects, Ref/ShallowRef around anything
  // (falsy values become EmptyRef/EmptyShallowRef), sometimes nested, sometimes shared.
  maybeWrap(v, depth) {
    const rng = this.rng;
    if (!this.nuxt || !rng.chance(0.12)) return v;
    let w;
    const isObject = v !== null && typeof v === 'object';
    const r = rng.next();
    if (isObject && r < 0.3) w = new ShallowReactive(v);
    else if (isObject && r < 0.55) w = new Reactive(v);
    else if (r < 0.75) w = new Ref(v);
    else w = new ShallowRef(v);
    this.pool.push(w);
    return rng.chance(0.15) ? this.maybeWrap(w, depth) : w;
  }

  leafObject() {
    const rng = this.rng;
    let v;
    switch (rng.int(10)) {
      case 0: v = new Date(rng.chance(0.8) ? rng.pick(DATES) : Math.floor((rng.next() - 0.3) * 4e12)); break;
      case 1: v = randomRegExp(rng); break;
      case 2: {
        const p = rng.next();
        v = p < 0.3 ? Object(randomNumber(rng)) : p < 0.6 ? Object(randomString(rng)) : p < 0.8 ? Object(rng.chance(0.5)) : Object(randomBigInt(rng));
        break;
      }
      case 3: v = new URL(rng.pick(URLS)); break;
      case 4: v = new URLSearchParams(rng.chance(0.7) ? rng.pick(SEARCH_PARAMS) : randomString(rng)); break;
      case 5: v = this.buffer(); break;
      case 6: case 7: v = this.view(); break;
      case 8: v = new Date(rng.pick(DATES)); break;
      default: v = Object(rng.pick(['', 's', 'long boxed string with more than thirty-two bytes 😀', '\ud800']));
    }
    this.pool.push(v);
    return v;
  }

  buffer() {
    const rng = this.rng;
    if (this.buffers.length && rng.chance(0.5)) return rng.pick(this.buffers);
    const b = randomBytes(rng, rng.pick([0, 1, 2, 3, 4, 7, 8, 16, 24, 33]));
    this.buffers.push(b);
    return b;
  }

  // A typed array or DataView over a (maybe shared) buffer, whole or a sub-view.
  view() {
    const rng = this.rng;
    const name = rng.chance(0.15) ? 'DataView' : rng.pick(TYPED_ARRAYS);
    const size = name === 'DataView' ? 1 : globalThis[name].BYTES_PER_ELEMENT;
    let buffer = this.buffer();
    if (buffer.byteLength % size) {
      buffer = randomBytes(rng, size * rng.range(0, 4));
      this.buffers.push(buffer);
    }
    const elements = buffer.byteLength / size;
    if (rng.chance(0.5) || elements === 0) return new globalThis[name](buffer);
    const start = rng.int(elements);
    const length = rng.int(elements - start + 1);
    return new globalThis[name](buffer, start * size, length);
  }

  // An object or array that holds a chain of reactive markers around itself: one wrapper on the
  // cycle is fine for devalue, two in a row are an "Invalid circular reference" (depending on
  // where hydration enters the cycle).
  wrapperCycle(depth) {
    const rng = this.rng;
    const o = rng.chance(0.6) ? {} : [];
    this.pool.push(o);
    let w = o;
    const n = rng.range(1, 3);
    for (let i = 0; i < n; i++) {
      w = new (rng.pick([ShallowReactive, Reactive, Ref, ShallowRef]))(w);
      this.pool.push(w);
    }
    const slots = rng.range(1, 3);
    for (let i = 0; i < slots; i++) {
      const v = rng.chance(0.6) ? w : this.value(depth + 1);
      if (Array.isArray(o)) o.push(v);
      else o[randomKey(rng)] = v;
    }
    return rng.chance(0.5) ? w : o;
  }

  container(depth) {
    const rng = this.rng;
    if (this.nuxt && rng.chance(0.04)) return this.wrapperCycle(depth);
    const r = rng.next();
    if (r < 0.3) return this.object(depth, false);
    if (r < 0.38) return this.object(depth, true);
    if (r < 0.58) return this.array(depth);
    if (r < 0.64) return this.sparseArray(depth);
    if (r < 0.76) return this.map(depth);
    if (r < 0.86) return this.set(depth);
    return this.leafObject();
  }

  object(depth, nullProto) {
    const rng = this.rng;
    const o = nullProto ? Object.create(null) : {};
    this.pool.push(o);
    const n = rng.pick([0, 1, 2, 3, 4, 5, 8]);
    for (let i = 0; i < n; i++) o[randomKey(rng)] = this.value(depth + 1);
    return o;
  }

  array(depth) {
    const rng = this.rng;
    const n = rng.pick([0, 1, 2, 3, 4, 6, 9]);
    const a = new Array(n);
    this.pool.push(a);
    const holes = rng.chance(0.35);
    for (let i = 0; i < n; i++) {
      if (holes && rng.chance(0.4)) continue; // a hole
      a[i] = this.value(depth + 1);
    }
    if (rng.chance(0.1)) a.length += rng.range(1, 3); // trailing holes
    return a;
  }

  sparseArray(depth) {
    const rng = this.rng;
    const a = [];
    a[4294967294] = 0; // dictionary mode before a huge length
    delete a[4294967294];
    const length = rng.pick([5, 50, 1000, 1e6, 2 ** 31, 4294967295]);
    a.length = length;
    this.pool.push(a);
    const n = rng.range(0, 4);
    for (let i = 0; i < n; i++) {
      const index = rng.chance(0.3) ? length - 1 : rng.int(Math.min(length, 2 ** 31));
      a[index] = this.value(depth + 1);
    }
    return a;
  }

  map(depth) {
    const rng = this.rng;
    const m = new Map();
    this.pool.push(m);
    const n = rng.range(0, 5);
    for (let i = 0; i < n; i++) {
      const key = rng.chance(0.4) ? (this.pool.length && rng.chance(0.5) ? this.shared() : this.container(depth + 1)) : this.value(depth + 1);
      m.set(key, this.value(depth + 1));
    }
    return m;
  }

  set(depth) {
    const rng = this.rng;
    const s = new Set();
    this.pool.push(s);
    const n = rng.range(0, 5);
    for (let i = 0; i < n; i++) s.add(rng.chance(0.3) && this.pool.length ? this.shared() : this.value(depth + 1));
    return s;
  }

  // A Nuxt-like page payload around a generated value.
  nuxtPayload() {
    const rng = this.rng;
    const key = rng.chance(0.5) ? 'comparison-rust-vs-go' : '$f' + randomString(rng);
    const inner = this.value(1);
    const errors = {};
    errors[key] = rng.pick([undefined, null, new NuxtError({ status: 500, statusText: 'Server Error', message: 'x', data: this.value(3) })]);
    const payload = {
      data: new ShallowReactive({ [key]: inner }),
      state: new Reactive({ $sflag: new Ref(rng.chance(0.5)), $scount: new Ref(rng.pick([0, 1, -0, NaN])) }),
      once: new Set(rng.chance(0.5) ? ['a'] : []),
      _errors: new ShallowReactive(errors),
      serverRendered: true,
      path: '/compare/' + randomString(rng),
    };
    if (rng.chance(0.3)) payload.prerenderedAt = 1767225600000;
    return rng.chance(0.7) ? new ShallowReactive(payload) : payload;
  }

  root() {
    const rng = this.rng;
    const r = rng.next();
    if (r < 0.12) return this.nuxtPayload();
    if (r < 0.2) return this.maybeWrap(randomPrimitive(rng), 0);
    return this.value(0);
  }
}

// ---- comparison: deep equality plus the same identity structure ----

const TAG = (v) => Object.prototype.toString.call(v);
const BOXED = new Set(['[object Number]', '[object String]', '[object Boolean]', '[object BigInt]']);

function describe(v) {
  if (typeof v === 'string') return JSON.stringify(v).slice(0, 80);
  if (typeof v === 'bigint') return `${v}n`;
  if (typeof v !== 'object' || v === null) return Object.is(v, -0) ? '-0' : String(v);
  return TAG(v);
}

// Walks both graphs in parallel (iteratively). Returns null when they agree, else a message
// naming the first difference and its path. Agreement means: same types, prototypes, own keys in
// the same order (holes stay holes), same primitive values (Object.is), and a one-to-one
// correspondence of objects: two paths reach the same object on one side exactly when they do
// on the other.
export function compareValues(actual, expected) {
  const a2e = new Map();
  const e2a = new Map();
  const stack = [[actual, expected, '']];
  while (stack.length) {
    const [a, e, path] = stack.pop();
    const at = path || '(root)';
    const ta = typeof a;
    if (ta !== typeof e) return `${at}: got ${describe(a)}, devalue has ${describe(e)}`;
    if (ta !== 'object' || a === null || e === null) {
      if (!Object.is(a, e)) return `${at}: got ${describe(a)}, devalue has ${describe(e)}`;
      continue;
    }
    if (a2e.has(a) || e2a.has(e)) {
      if (a2e.get(a) !== e || e2a.get(e) !== a) return `${at}: object identity differs (shared or cyclic reference not kept the same)`;
      continue;
    }
    a2e.set(a, e);
    e2a.set(e, a);
    if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(e)) return `${at}: prototype differs (${TAG(a)} vs ${TAG(e)})`;
    const tag = TAG(a);
    if (tag !== TAG(e)) return `${at}: got ${tag}, devalue has ${TAG(e)}`;
    if (tag === '[object Date]') {
      if (!Object.is(a.getTime(), e.getTime())) return `${at}: date ${a.getTime()} vs ${e.getTime()}`;
    } else if (tag === '[object RegExp]') {
      if (a.source !== e.source || a.flags !== e.flags || a.lastIndex !== e.lastIndex) return `${at}: regexp /${a.source}/${a.flags} vs /${e.source}/${e.flags}`;
    } else if (BOXED.has(tag)) {
      if (!Object.is(a.valueOf(), e.valueOf())) return `${at}: boxed ${describe(a.valueOf())} vs ${describe(e.valueOf())}`;
    } else if (tag === '[object URL]') {
      if (a.href !== e.href) return `${at}: URL ${a.href} vs ${e.href}`;
    } else if (tag === '[object URLSearchParams]') {
      if (a.toString() !== e.toString()) return `${at}: URLSearchParams ${a} vs ${e}`;
    } else if (tag === '[object ArrayBuffer]') {
      if (a.byteLength !== e.byteLength || Buffer.compare(Buffer.from(a), Buffer.from(e)) !== 0) return `${at}: ArrayBuffer bytes differ`;
    } else if (ArrayBuffer.isView(a)) {
      if (a.constructor !== e.constructor || a.byteOffset !== e.byteOffset || a.byteLength !== e.byteLength) {
        return `${at}: ${a.constructor.name}(${a.byteOffset}, ${a.byteLength}) vs ${e.constructor.name}(${e.byteOffset}, ${e.byteLength})`;
      }
      stack.push([a.buffer, e.buffer, `${path}.buffer`]);
    } else if (tag === '[object Map]') {
      if (a.size !== e.size) return `${at}: Map size ${a.size} vs ${e.size}`;
      const ea = [...a], ee = [...e];
      for (let i = ea.length - 1; i >= 0; i--) {
        stack.push([ea[i][1], ee[i][1], `${path}<map value ${i}>`]);
        stack.push([ea[i][0], ee[i][0], `${path}<map key ${i}>`]);
      }
    } else if (tag === '[object Set]') {
      if (a.size !== e.size) return `${at}: Set size ${a.size} vs ${e.size}`;
      const ea = [...a], ee = [...e];
      for (let i = ea.length - 1; i >= 0; i--) stack.push([ea[i], ee[i], `${path}<set member ${i}>`]);
    }
    // Own properties, in order (array indices included: a hole is a missing key).
    const ka = Reflect.ownKeys(a);
    const ke = Reflect.ownKeys(e);
    if (ka.length !== ke.length || ka.some((k, i) => k !== ke[i])) {
      const show = (keys) => keys.slice(0, 12).map((k) => JSON.stringify(String(k))).join(',');
      return `${at}: own keys [${show(ka)}] vs [${show(ke)}]`;
    }
    if (ArrayBuffer.isView(a)) continue; // elements compared through the buffer
    for (let i = ka.length - 1; i >= 0; i--) {
      const k = ka[i];
      const da = Object.getOwnPropertyDescriptor(a, k);
      const de = Object.getOwnPropertyDescriptor(e, k);
      if (da.enumerable !== de.enumerable || da.writable !== de.writable || da.configurable !== de.configurable) {
        return `${at}/${String(k)}: property attributes differ`;
      }
      stack.push([da.value, de.value, `${path}/${String(k).replace(/~/g, '~0').replace(/\//g, '~1')}`]);
    }
  }
  return null;
}

// isDeepStrictEqual treats two invalid Dates as different (NaN !== NaN); give every invalid Date
// on both sides the same valid time first (compareValues has already checked they correspond).
function neutralizeInvalidDates(root) {
  const seen = new Set();
  const stack = [root];
  while (stack.length) {
    const v = stack.pop();
    if (v === null || typeof v !== 'object' || seen.has(v)) continue;
    seen.add(v);
    if (v instanceof Date) {
      if (Number.isNaN(v.getTime())) v.setTime(-1);
      continue;
    }
    if (v instanceof Map) for (const [k, x] of v) stack.push(k, x);
    else if (v instanceof Set) for (const x of v) stack.push(x);
    if (ArrayBuffer.isView(v)) continue;
    for (const k of Reflect.ownKeys(v)) stack.push(Object.getOwnPropertyDescriptor(v, k).value);
  }
}

// Both checks; null when the decoded value matches devalue's. Mutates invalid Dates in both.
export function sameValue(actual, expected) {
  const difference = compareValues(actual, expected);
  if (difference) return difference;
  neutralizeInvalidDates(actual);
  neutralizeInvalidDates(expected);
  if (!util.isDeepStrictEqual(actual, expected)) return 'util.isDeepStrictEqual says the values differ';
  return null;
}
