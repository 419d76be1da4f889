// Differential property test: decodePayload(text).value against devalue.parse(text, nuxtRevivers)
// (devalue 6.0.3, the contract's reference) on seeded random values of every devalue form,
// compared with util.isDeepStrictEqual plus an object-identity walk (helpers/random-values.mjs).
//
//   node --test tests/node/decode-differential.test.mjs                 default: fixed seed, 10000 cases
//   CR_DIFF_CASES=100000 CR_DIFF_SEED=7 node --test tests/node/decode-differential.test.mjs
//   CR_DIFF_SEED=7 CR_DIFF_CASE=1234 node --test ...                    just that case (from a failure)
//
// A failure prints the seed, the case number and a shrunk payload text that still fails.
import test from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import * as devalue from 'devalue';
import { renderer, root } from './helpers/module.mjs';
import { createRng, ValueGenerator, nuxtReducers, nuxtRevivers, sameValue } from './helpers/random-values.mjs';
import { mutatePayload } from './helpers/mutate-payload.mjs';

const CASES = Number(process.env.CR_DIFF_CASES || 10000);
const MUTATIONS = Number(process.env.CR_DIFF_MUTATIONS || 5000);
const SEED = Number(process.env.CR_DIFF_SEED || 20260301);
const ONLY = process.env.CR_DIFF_CASE === undefined ? null : Number(process.env.CR_DIFF_CASE);
const MAX_FAILURES = 5;

const caseSeed = (seed, i) => (Math.imul(seed ^ 0x5bd1e995, 0x9e3779b1) ^ Math.imul(i + 1, 0x85ebca77)) >>> 0;

// What devalue's errors mean in the contract's codes (where the mapping is fixed).
const EXPECTED_CODES = new Map([
  ['Invalid circular reference', ['circular_reference']],
  ['Maximum call stack size exceeded', ['too_deep']],
]);

// Where the contract lets decodePayload refuse what devalue accepts: a reference devalue reads as
// undefined (an unknown negative or fractional index), and base64 that Node's Buffer decoder
// skips over (host-dependent: hosts with Uint8Array.fromBase64 refuse it too).
function allowedRefusal(error) {
  return (error.code === 'bad_reference' && /neither a slot index nor a devalue constant/.test(error.message)) ||
    (error.code === 'bad_value' && /not valid base64/.test(error.message));
}

// null when decodePayload agrees with devalue on `text`, else why not. `loose`: hand-made
// payloads, where the contract's allowed refusals count as agreement.
export function disagreement(text, loose = false) {
  let expected, expectedError;
  try {
    expected = devalue.parse(text, nuxtRevivers);
  } catch (e) {
    expectedError = e;
  }
  const got = renderer.decodePayload(text);
  if (expectedError) {
    if (got.ok) return `devalue throws "${expectedError.message}" but decodePayload succeeds`;
    if (loose && allowedRefusal(got.error)) return null; // refused earlier, for a reason of its own
    const codes = EXPECTED_CODES.get(expectedError.message);
    if (codes && !codes.includes(got.error.code)) {
      return `devalue throws "${expectedError.message}"; decodePayload says ${got.error.code}, expected ${codes.join(' or ')}`;
    }
    return null;
  }
  if (!got.ok) {
    if (loose && allowedRefusal(got.error)) return null;
    return `decodePayload fails (${got.error.code}: ${got.error.message} at "${got.error.path}") where devalue succeeds`;
  }
  return sameValue(got.value, expected);
}

// ---- shrinking: smaller payloads that still disagree ----

const WRAPPERS = new Set(['ShallowReactive', 'Reactive', 'Ref', 'ShallowRef', 'EmptyRef', 'EmptyShallowRef', 'NuxtError', 'Island']);
const VIEWS = new Set(['Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array', 'Uint16Array', 'Float16Array', 'Int32Array',
  'Uint32Array', 'Float32Array', 'Float64Array', 'BigInt64Array', 'BigUint64Array', 'DataView']);

// Positions in slot `s` that hold references: [container, key] pairs.
function referencesOf(s) {
  const out = [];
  if (s === null || typeof s !== 'object') return out;
  if (!Array.isArray(s)) {
    for (const k of Object.keys(s)) out.push([s, k]);
    return out;
  }
  if (typeof s[0] === 'string') {
    const tag = s[0];
    if (tag === 'Set' || tag === 'Map') for (let i = 1; i < s.length; i++) out.push([s, i]);
    else if (tag === 'null') for (let i = 2; i < s.length; i += 2) out.push([s, i]);
    else if ((WRAPPERS.has(tag) || VIEWS.has(tag) || tag === 'Object') && typeof s[1] === 'number') out.push([s, 1]);
    return out;
  }
  if (s[0] === -7) {
    for (let i = 3; i < s.length; i += 2) out.push([s, i]);
    return out;
  }
  for (let i = 0; i < s.length; i++) if (s[i] !== -2) out.push([s, i]);
  return out;
}

// Drops slots the root cannot reach and renumbers the rest.
function compact(slots) {
  const reach = new Map([[0, 0]]);
  const order = [0];
  for (let i = 0; i < order.length; i++) {
    for (const [c, k] of referencesOf(slots[order[i]])) {
      const r = c[k];
      if (Number.isInteger(r) && r >= 0 && r < slots.length && !reach.has(r)) {
        reach.set(r, order.length);
        order.push(r);
      }
    }
  }
  const out = order.map((i) => structuredClone(slots[i]));
  for (const s of out) {
    for (const [c, k] of referencesOf(s)) {
      const r = c[k];
      if (Number.isInteger(r) && r >= 0) c[k] = reach.has(r) ? reach.get(r) : r;
    }
  }
  return out;
}

function* candidates(slots) {
  if (slots.length > 1) yield compact(slots);
  for (let i = slots.length - 1; i >= 0; i--) {
    const s = slots[i];
    const withSlot = (v) => slots.map((x, j) => (j === i ? v : x));
    if (typeof s === 'string' && s.length > 1) {
      yield withSlot(s.slice(0, s.length >> 1));
      yield withSlot(s.slice(s.length >> 1));
      for (let k = 0; k < s.length && k < 24; k++) yield withSlot(s.slice(0, k) + s.slice(k + 1));
    }
    if (s !== null && typeof s === 'object') {
      if (i > 0) yield withSlot(0);
      if (Array.isArray(s)) {
        const first = typeof s[0] === 'string' || s[0] === -7 ? (s[0] === -7 ? 2 : 1) : 0;
        for (let k = s.length - 1; k >= first; k--) {
          yield withSlot(s.filter((_, j) => j !== k));
          if (s[0] === -7 && k >= 2) yield withSlot(s.filter((_, j) => j !== k && j !== k + 1));
        }
      } else {
        for (const key of Object.keys(s)) {
          const copy = { ...s };
          delete copy[key];
          yield withSlot(copy);
        }
      }
    } else if (typeof s === 'number' && s !== 0 && i > 0) {
      yield withSlot(0);
    }
  }
}

function shrink(text, loose = false) {
  let slots;
  try {
    slots = JSON.parse(text);
  } catch {
    return text;
  }
  if (!Array.isArray(slots)) return text;
  let best = text;
  let budget = 3000;
  let progress = true;
  while (progress && budget > 0) {
    progress = false;
    for (const candidate of candidates(slots)) {
      if (--budget <= 0) break;
      const t = JSON.stringify(candidate);
      if (t.length >= best.length) continue;
      if (disagreement(t, loose)) {
        slots = candidate;
        best = t;
        progress = true;
        break;
      }
    }
  }
  return best;
}

// ---- the runs ----

function generateCase(seed, i) {
  const rng = createRng(caseSeed(seed, i));
  const gen = new ValueGenerator(rng, { maxDepth: rng.range(1, 5), maxNodes: rng.pick([8, 30, 80]) });
  return gen.root();
}

test(`decodePayload agrees with devalue.parse on ${ONLY === null ? CASES : 1} random values (seed ${SEED})`, () => {
  const started = Date.now();
  const failures = [];
  let checked = 0, skipped = 0, refused = 0;
  const from = ONLY === null ? 0 : ONLY;
  const to = ONLY === null ? CASES : ONLY + 1;
  for (let i = from; i < to && failures.length < MAX_FAILURES; i++) {
    const value = generateCase(SEED, i);
    let text;
    try {
      text = devalue.stringify(value, nuxtReducers);
    } catch {
      skipped++; // a value devalue cannot write (vanishingly rare)
      continue;
    }
    checked++;
    const why = disagreement(text);
    if (why) {
      const small = shrink(text);
      failures.push(`case ${i} (CR_DIFF_SEED=${SEED} CR_DIFF_CASE=${i}): ${disagreement(small) || why}\n` +
        `  payload:   ${small}\n` + (small !== text ? `  (shrunk from ${text.length} chars: ${text.slice(0, 400)}${text.length > 400 ? '…' : ''})\n` : ''));
      continue;
    }
    if (!renderer.decodePayload(text).ok) refused++;
  }
  const seconds = (Date.now() - started) / 1000;
  process.stderr.write(`# differential: ${checked} payloads checked (${refused} rejected by both), ${skipped} skipped, ${seconds.toFixed(1)} s\n`);
  if (failures.length) assert.fail(`decodePayload disagrees with devalue:\n${failures.join('\n')}`);
});

test(`decodePayload agrees with devalue.parse on ${ONLY === null ? MUTATIONS : 1} hand-made (mutated) payloads (seed ${SEED})`, () => {
  const started = Date.now();
  const failures = [];
  let checked = 0, refusedByBoth = 0;
  const from = ONLY === null ? 0 : ONLY;
  const to = ONLY === null ? MUTATIONS : ONLY + 1;
  for (let i = from; i < to && failures.length < MAX_FAILURES; i++) {
    const rng = createRng(caseSeed(SEED ^ 0x2545f491, i));
    let text;
    try {
      text = devalue.stringify(generateCase(SEED ^ 0x2545f491, i), nuxtReducers);
    } catch {
      continue;
    }
    const mutated = mutatePayload(rng, text);
    if (!mutated) continue;
    checked++;
    const why = disagreement(mutated, true);
    if (why) {
      const small = shrink(mutated, true);
      failures.push(`mutation ${i} (CR_DIFF_SEED=${SEED} CR_DIFF_CASE=${i}): ${disagreement(small, true) || why}\n` +
        `  payload:   ${small}\n` + (small !== mutated ? `  (shrunk from ${mutated.slice(0, 400)}${mutated.length > 400 ? '…' : ''})\n` : ''));
      continue;
    }
    if (!renderer.decodePayload(mutated).ok) refusedByBoth++;
  }
  const seconds = (Date.now() - started) / 1000;
  process.stderr.write(`# differential: ${checked} mutated payloads checked (${refusedByBoth} refused), ${seconds.toFixed(1)} s\n`);
  if (failures.length) assert.fail(`decodePayload disagrees with devalue on hand-made payloads:\n${failures.join('\n')}`);
});

// Payloads behind bugs the differential test found, and hand-made forms no stringify writes:
// each must decode the way devalue does (or be refused where devalue refuses).
const REGRESSIONS = [
  '[["Map",1,2],{},1]', // a Map with an object key (a frame pointer went stale)
  '[["ShallowRef",1],["EmptyRef",2],"_"]', // a wrapper around a wrapper of a leaf (delivered twice)
  '[["ShallowReactive",1],["ShallowReactive",2],["Date","2026-01-01T00:00:00.000Z"]]',
  '[[1,1],["Ref",2],["Reactive",3],{"a":1}]', '[["Ref",1],["Ref",2],["Ref",3],5]',
  '[["Set",1,2],{},[]]',
  '[["Map",1,2,3,4],{"a":0},[0],["Set",0],"v"]',
  '[{"b":1,"0":2,"b":3},"x","y","z"]', // repeated key: its first place, its last value, read once
  '[{"a":1,"0":3},["Ref",2],["Ref",3],{"x":1}]', // devalue reads "0" first: no circular reference
  '[{"a":1,"a":9}, "x"]', // the first value of a repeated key is never read
  '[{"\\u0030":1,"a":2,"0":3},"x","y","z"]',
  '[["Ref","abc"]]', '[["Ref"]]', '[["Ref",[1,1]],"q"]', '[["Ref",[1]],{"a":0}]', '[["Reactive",{"a":1}],"v"]',
  '[["Ref",["Date","2020-01-01T00:00:00.000Z"]]]',
  '[[-2.0,1],"a"]', '[[-7e0,5,1,1],"a"]', '[[1,-2e0],"a"]',
  '[["EmptyRef",1],-0.0]', '[["EmptyRef",-6]]', '[["EmptyRef",1],"{\\"a\\":[1,2]}"]', '[["EmptyRef",1],"not json"]',
  '[["EmptyRef",1],["BigInt","12345678901234567890"]]', '[["EmptyRef",1],["Object",2],"7"]', '[["EmptyShallowRef",1],true]',
  '[["EmptyRef",1],"0n"]', '[["EmptyRef",1],"_"]', '[["EmptyShallowRef",1],"\\"\\""]',
  '[["Ref",0]]', '[["Ref",1],["Ref",0]]', '[["Ref",1],["ShallowReactive",2],{"x":0}]', '[["Reactive",1],{"self":0}]',
  '[[1,2],["Reactive",3],["ShallowReactive",3],{"x":4},"y"]',
  '[["NuxtError",1],{"status":404,"message":2},"Page not found"]',
  '[["Date",{"toString":1}],"x"]', '[["URLSearchParams",[[1]]]]', '[["Date",[1]]]',
];

// Very long strings (4 KB and more travel as UTF-16 in the blob): edges of that path.
const LONG = 'x'.repeat(4100);
REGRESSIONS.push(
  JSON.stringify(['\ufeff' + LONG]), // a leading byte order mark stays
  JSON.stringify([LONG + '😀é\u2028\n\t"\\/' + LONG]),
  `["${'\\ud83d\\ude00'.repeat(700)}"]`, // escaped surrogate pairs
  `["${'\\ud83d'.repeat(700)}"]`, // escaped lone surrogates: JSON text after all
  `[[1,1,2],"${'a\\u0000b\\u00e9'.repeat(400)}",["Ref",1]]`, // shared, and through a wrapper
  JSON.stringify(['y'.repeat(4094)]), JSON.stringify(['y'.repeat(4093)]), // the threshold (in bytes, quotes included)
  `[[1,2,3],["ArrayBuffer","AQID"],"${'z'.repeat(5000)}",["Uint8Array",1]]`, // after an odd-length ArrayBuffer
);

test('payloads behind past bugs and hand-made forms decode as devalue decodes them', () => {
  const failures = REGRESSIONS.map((t) => [t, disagreement(t)]).filter(([, why]) => why);
  assert.deepEqual(failures, []);
});

test('the value builder decodes blob strings without Buffer too (the browser path)', () => {
  // web/js/value-builder.js alone, in a context that has TextDecoder but no Buffer.
  const source = fs.readFileSync(path.join(root, 'web/js/value-builder.js'), 'utf8');
  const context = vm.createContext({ TextDecoder, URL, URLSearchParams });
  const { crBuildValue } = vm.runInContext(`${source}\n({ crBuildValue })`, context);
  const text = '\ufeffa😀é\u2028' + 'x'.repeat(5000);
  const units = new Uint16Array([...text].flatMap((c) => (c.length === 2 ? [c.charCodeAt(0), c.charCodeAt(1)] : [c.charCodeAt(0)])));
  const blob = new Uint8Array(2 + units.byteLength);
  blob.set(new Uint8Array(units.buffer), 2);
  const r = crBuildValue([0, [22, 1, 1], [30, 2, units.length]], blob);
  assert.equal(r.ok, true);
  assert.equal(r.value.length, 2);
  assert.equal(r.value[0], text);
  // And through the module (Buffer) the same text comes back.
  const payload = JSON.stringify([[1, 1], text]);
  const got = renderer.decodePayload(payload);
  assert.equal(got.value[0], text);
});

test('the identity check notices a lost shared reference', () => {
  const shared = { x: 1 };
  assert.match(String(sameValue([shared, { x: 1 }], [shared, shared])), /identity/);
  assert.equal(sameValue([shared, shared], [shared, shared]), null);
  const holes = [1, , 3]; // eslint-disable-line no-sparse-arrays
  assert.match(String(sameValue([1, undefined, 3], holes)), /own keys/);
  assert.match(String(sameValue({ b: 1, a: 2 }, { a: 2, b: 1 })), /own keys/);
});
