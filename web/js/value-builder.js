// value-builder: turns decodePayload's value tape (src/payload/revive.hpp has the format) into
// JavaScript values, in two flat passes: create every record, then fill the containers. No
// recursion, so reference depth never becomes stack depth; shared references and cycles come
// out as the same objects because children are record numbers.
// A constructor refusing its argument (a bad RegExp, URL, BigInt...) returns a bad_value error.

// Nuxt's client reviver for EmptyRef / EmptyShallowRef (revive-payload.client.ts).
function crNuxtDecode(data) {
  if (data === '_') return undefined;
  if (data === '0n') return 0n;
  try {
    return JSON.parse(data);
  } catch {
    return data;
  }
}

// Very long strings arrive as UTF-16LE code units in the blob (record 30). Node's Buffer decodes
// them several times faster than TextDecoder; neither drops a leading U+FEFF (ignoreBOM).
const crUtf16 =
  typeof Buffer === 'function' && typeof Buffer.from === 'function'
    ? (blob, offset, units) => Buffer.from(blob.buffer, blob.byteOffset + offset, 2 * units).toString('utf16le')
    : (() => {
        const decoder = new TextDecoder('utf-16le', { ignoreBOM: true });
        return (blob, offset, units) => decoder.decode(blob.subarray(offset, offset + 2 * units));
      })();

function crBuildValue(tape, blob) {
  const n = tape.length - 1;
  const v = new Array(n);
  const at = (ref) => (typeof ref === 'number' ? v[ref] : ref);
  let i = 0;
  try {
    for (; i < n; i++) {
      const r = tape[i + 1];
      switch (r[0]) {
        case 0: v[i] = r[1]; break;
        case 1: v[i] = undefined; break;
        case 2: v[i] = NaN; break;
        case 3: v[i] = Infinity; break;
        case 4: v[i] = -Infinity; break;
        case 5: v[i] = -0; break;
        case 6: v[i] = BigInt(r[2]); break;
        case 7: v[i] = new Date(r[1]); break;
        case 8: v[i] = new RegExp(r[2], r[3]); break;
        case 9: v[i] = new URL(r[2]); break;
        case 10: v[i] = new URLSearchParams(r[1]); break;
        case 11: v[i] = blob.slice(r[1], r[1] + r[2]).buffer; break;
        case 12: {
          const View = globalThis[r[2]];
          if (typeof View !== 'function') throw new TypeError(`${r[2]} is not supported here`);
          v[i] = r.length > 4 ? new View(v[r[3]], r[4], r[5]) : new View(v[r[3]]);
          break;
        }
        case 13: v[i] = Object(at(r[1])); break;
        case 14: {
          const T = globalThis.Temporal;
          if (!T) throw new TypeError(`${r[2]} is not supported here (no Temporal)`);
          v[i] = T[r[2].slice(9)].from(r[3]);
          break;
        }
        case 20: v[i] = {}; break;
        case 21: v[i] = Object.create(null); break;
        case 22: v[i] = new Array(r.length - 1); break;
        case 23: {
          const a = [];
          a[4294967294] = undefined; // dictionary mode first: a huge length allocates nothing
          delete a[4294967294];
          a.length = r[1];
          v[i] = a;
          break;
        }
        case 24: v[i] = new Map(); break;
        case 25: v[i] = new Set(); break;
        case 26: v[i] = r[1]; break;
        case 27: v[i] = JSON.parse(r[1]); break;
        case 30: v[i] = crUtf16(blob, r[1], r[2]); break;
        case 28: v[i] = crNuxtDecode(at(r[1])); break;
        case 29: {
          // JSON.parse(array) of a one-element array parses String(element), else keeps the array.
          const e = at(r[2]);
          try {
            v[i] = JSON.parse(e === undefined || e === null ? '' : String(e));
          } catch {
            v[i] = v[r[1]];
          }
          break;
        }
      }
    }
  } catch (e) {
    const r = tape[i + 1];
    // Records 6, 8, 9, 12 and 14 carry the value's path; the others (a Date or URLSearchParams
    // given an object that refuses conversion) report the whole input.
    const path = r[0] === 6 || r[0] === 8 || r[0] === 9 || r[0] === 12 || r[0] === 14 ? r[1] : '';
    return { ok: false, error: { code: 'bad_value', message: `The payload has a value JavaScript refuses: ${String(e.message).replace(/\.?$/, '.')}`, path } };
  }
  for (i = 0; i < n; i++) {
    const r = tape[i + 1];
    const o = v[i];
    switch (r[0]) {
      case 20:
      case 21:
        for (let k = 1; k < r.length; k += 2) {
          if (r[k] === '__proto__') Object.defineProperty(o, '__proto__', { value: at(r[k + 1]), writable: true, enumerable: true, configurable: true });
          else o[r[k]] = at(r[k + 1]);
        }
        break;
      case 22:
        for (let k = 1; k < r.length; k++) {
          const c = r[k];
          if (typeof c !== 'object' || c === null) o[k - 1] = at(c); // {} is a hole
        }
        break;
      case 23:
        for (let k = 2; k < r.length; k += 2) o[r[k]] = at(r[k + 1]);
        break;
      case 24:
        for (let k = 1; k < r.length; k += 2) o.set(at(r[k]), at(r[k + 1]));
        break;
      case 25:
        for (let k = 1; k < r.length; k++) o.add(at(r[k]));
        break;
    }
  }
  return { ok: true, value: at(tape[0]) };
}
