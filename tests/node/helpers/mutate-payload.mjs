// Hand-made payload forms no devalue.stringify writes: random edits of a real payload's slots
// (references to other slots or sentinels, numbers spelled differently, repeated and
// integer-like keys, other tags, extra or missing tag arguments...). devalue.parse accepts many
// of them; decodePayload must then agree with it (decode-differential.test.mjs).

// Numbers spelled differently and repeated keys need their own JSON writer.
export class RawNumber { constructor(text) { this.text = text; } }
export class Pairs { constructor(pairs) { this.pairs = pairs; } } // an object with repeatable keys

export function toText(v) {
  if (v instanceof RawNumber) return v.text;
  if (v instanceof Pairs) return '{' + v.pairs.map(([k, x]) => JSON.stringify(k) + ':' + toText(x)).join(',') + '}';
  if (Array.isArray(v)) return '[' + v.map(toText).join(',') + ']';
  if (v !== null && typeof v === 'object') return '{' + Object.entries(v).map(([k, x]) => JSON.stringify(k) + ':' + toText(x)).join(',') + '}';
  return JSON.stringify(v);
}

const TAGS = ['Date', 'RegExp', 'BigInt', 'Object', 'null', 'Set', 'Map', 'ArrayBuffer', 'Uint8Array', 'Int16Array',
  'Float64Array', 'DataView', 'URL', 'URLSearchParams', 'ShallowReactive', 'Reactive', 'Ref', 'ShallowRef', 'EmptyRef',
  'EmptyShallowRef', 'NuxtError', 'Island', 'Foo'];

function spell(rng, n) {
  if (!Number.isInteger(n) || Math.abs(n) > 1e15) return n;
  const forms = [`${n}.0`, `${n}e0`, `${n}0e-1`, `${n}.000`, `${n}E+0`];
  if (n === 0) forms.push('-0', '0.0e5');
  return new RawNumber(rng.pick(forms));
}

function reference(rng, count) {
  const r = rng.next();
  if (r < 0.5) return rng.int(count);
  if (r < 0.75) return rng.pick([-1, -3, -4, -5, -6]);
  if (r < 0.85) return rng.pick([-2, -7, -8, 0.5, 1.5, -0.5]);
  if (r < 0.92) return spell(rng, rng.int(count));
  return rng.pick([count, count + 1, new RawNumber('1e400'), '1', null, true, [0], {}]);
}

// One random edit of `slots` (an array of parsed slots), in place.
function mutateOnce(rng, slots) {
  const i = rng.int(slots.length);
  const s = slots[i];
  const count = slots.length;
  const r = rng.next();
  if (r < 0.1) {
    slots[i] = rng.pick([[rng.pick(TAGS), reference(rng, count)], [rng.pick(TAGS)], [rng.pick(TAGS), reference(rng, count), reference(rng, count)],
      ['Ref', rng.pick(['abc', [0], [1, 1], { a: 0 }, ['Date', ''], null])], [-7, rng.pick([0, 3, 10, 4294967295]), 0, reference(rng, count)],
      [reference(rng, count), -2, reference(rng, count)]]);
    return;
  }
  if (s instanceof RawNumber) {
    slots[i] = reference(rng, count);
    return;
  }
  if (s === null || typeof s !== 'object') {
    if (typeof s === 'number') slots[i] = spell(rng, s);
    else slots.push(reference(rng, count)); // a new unreachable slot (devalue never reads it)
    return;
  }
  if (Array.isArray(s)) {
    if (s.length === 0) { s.push(reference(rng, count)); return; }
    const k = rng.int(s.length);
    if (typeof s[0] === 'string' && k === 0) {
      if (rng.chance(0.5)) s[0] = rng.pick(TAGS);
      else s.push(reference(rng, count));
      return;
    }
    if (rng.chance(0.15)) { s.splice(k, 1); return; }
    s[k] = typeof s[k] === 'number' && rng.chance(0.3) ? spell(rng, s[k]) : reference(rng, count);
    return;
  }
  // An object: repeated keys, integer-like keys, a new value or a respelled reference.
  const pairs = s instanceof Pairs ? s.pairs : Object.entries(s);
  const p = rng.next();
  if (p < 0.3 && pairs.length) pairs.push([rng.pick(pairs)[0], reference(rng, count)]);
  else if (p < 0.55) pairs.push([rng.pick(['0', '1', '7', '10', '01', '4294967294', '4294967295', '-1', 'z', '']), reference(rng, count)]);
  else if (p < 0.7 && pairs.length) pairs.splice(rng.int(pairs.length), 1);
  else if (pairs.length) {
    const j = rng.int(pairs.length);
    pairs[j] = [pairs[j][0], typeof pairs[j][1] === 'number' && rng.chance(0.4) ? spell(rng, pairs[j][1]) : reference(rng, count)];
  }
  slots[i] = new Pairs(pairs);
}

// True when slots make a plain JSON comparison list (the contract's form 2, decoded as JSON, not
// by devalue): slot 0 is an object with a member (repeats included) that is not a number.
function isPlainForm(slots) {
  if (slots.length === 0) return true;
  const first = slots[0];
  if (first === null || typeof first !== 'object' || Array.isArray(first) || first instanceof RawNumber) return false;
  const values = first instanceof Pairs ? first.pairs.map(([, x]) => x) : Object.values(first);
  return values.some((x) => typeof x !== 'number' && !(x instanceof RawNumber));
}

// Nuxt's EmptyRef reviver runs JSON.parse on what it carries, which turns an array into a string
// first. decodePayload follows that for arrays of one element that is no array; it passes other
// arrays through, which is devalue's answer for them too except for a sparse array of length 1
// and an array of one array (say [[5]] -> 5): a documented difference, left out here. (Turning an
// array that holds a sparse array of length 2^32 - 1 into a string takes devalue minutes.)
const isRef = (x) => typeof x === 'number' || x instanceof RawNumber;
const slotOf = (slots, x) => (x instanceof RawNumber ? slots[Number(x.text)] : slots[x]);
function isSparse(v) {
  return Array.isArray(v) && (v[0] === -7 || (v[0] instanceof RawNumber && Number(v[0].text) === -7));
}
function emptyRefOfUnhandledArray(slots) {
  const hugeSparse = slots.some((s) => isSparse(s) && !(Number(s[1] instanceof RawNumber ? s[1].text : s[1]) < 1e5));
  return slots.some((s) => {
    if (!Array.isArray(s) || (s[0] !== 'EmptyRef' && s[0] !== 'EmptyShallowRef')) return false;
    const target = isRef(s[1]) ? slotOf(slots, s[1]) : s[1];
    if (!Array.isArray(target) || typeof target[0] === 'string') return false;
    if (isSparse(target) || hugeSparse) return true;
    return target.some((x) => isRef(x) && Array.isArray(slotOf(slots, x)) && typeof slotOf(slots, x)[0] !== 'string');
  });
}

// A mutated copy of payload `text` (a devalue array), or null when it is not one or when the
// copy reads as plain JSON instead (the contract decodes that as JSON, not by devalue).
export function mutatePayload(rng, text) {
  let slots;
  try {
    slots = JSON.parse(text);
  } catch {
    return null;
  }
  if (!Array.isArray(slots)) return null;
  const n = rng.range(1, 3);
  for (let k = 0; k < n; k++) mutateOnce(rng, slots);
  return isPlainForm(slots) || emptyRefOfUnhandledArray(slots) ? null : toText(slots);
}
