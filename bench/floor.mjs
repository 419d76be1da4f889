// The floor under each scenario: what any render of a payload given as text must do, measured
// part by part in the runtime that renders it (Node, or a Chromium page), warm:
//   text in   the payload's text written into wasm memory as UTF-8 (encodeInto, as the facade
//             does for ASCII in Node and above 64 K units in Chromium; below, Chromium takes
//             ASCII as Latin-1 bytes up to 8 K units and as UTF-16 code units above, and a text
//             outside ASCII goes in as its code units, through Buffer or the String Builtins:
//             those ways can beat this part)
//   scan      one validating pass over the payload (the module's tape: bench/floor/floor_parts.cpp)
//   md4c      md4c's parse of the article's markdown, with callbacks that write nothing
//   text out  the module's result (the article's HTML) read out of wasm memory as a string, in
//             32 KB pieces as the facade does (one string over 128 KB costs V8 ~3 ns a byte): from
//             UTF-8 (Node: Buffer, Latin-1 when ASCII; browsers: TextDecoder) or, outside ASCII,
//             from UTF-16 where that is quicker. Chromium's String Builtins, which the facade
//             uses for UTF-16, are not in it: there the module's own way out can beat this part.
// Their sum is a floor, not a target: a render also reads the comparison, writes the HTML and
// the table, and escapes. bench/run.mjs prints it next to the module and the fastest peer.
import { measure } from './pipelines.mjs';

// The article's markdown in a payload: decodePayload's value, walked (iteratively: payloads may
// hold cycles) to the first object with a string `content_md`.
function markdownOf(renderer, text) {
  const decoded = renderer.decodePayload(text);
  if (!decoded.ok) throw new Error(`floor: decodePayload failed: ${decoded.error.message}`);
  const seen = new Set();
  const stack = [decoded.value];
  while (stack.length) {
    const v = stack.pop();
    if (v === null || typeof v !== 'object' || seen.has(v)) continue;
    seen.add(v);
    if (typeof v.content_md === 'string') return v.content_md;
    for (const child of v instanceof Map ? v.values() : Object.values(v)) stack.push(child);
  }
  return '';
}

function utf16Bytes(text) {
  const units = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) units[i] = text.charCodeAt(i);
  return new Uint8Array(units.buffer);
}

// Each part's input, written once into the floor module's memory: [address, bytes] per input.
function place(floor, renderer, texts) {
  const encoder = new TextEncoder();
  const addresses = [];
  const put = (bytes) => {
    const at = floor._floor_alloc(Math.max(1, bytes.length));
    addresses.push(at);
    floor.HEAPU8.set(bytes, at);  // the view of now: an allocation may have grown the memory
    return [at, bytes.length];
  };
  const list = texts.map((text) => {
    const result = renderer.renderComparison(text);
    if (!result.ok) throw new Error(`floor: the module refused a corpus: ${result.error.message}`);
    const out = encoder.encode(result.html);
    return { text, payload: put(encoder.encode(text)), md: put(encoder.encode(markdownOf(renderer, text))),
      out: put(out), out16: put(utf16Bytes(result.html)), ascii: out.every((b) => b < 0x80) };
  });
  const inBytes = 3 * Math.max(...texts.map((t) => t.length));  // the facade's worst case
  const into = [floor._floor_alloc(inBytes), inBytes];
  addresses.push(into[0]);
  return { list, into, addresses };
}

// A string of memory [start, end) in pieces of at most `piece` bytes, each cut where `cut` moves it.
function inPieces(decode, start, end, piece, cut) {
  if (end - start <= piece) return decode(start, end);
  let text = '';
  for (let at = start; at < end;) {
    const stop = at + piece >= end ? end : cut(at + piece);
    text += decode(at, stop);
    at = stop;
  }
  return text;
}

// Medians per part and their sum, per payload: { 'text in', scan, md4c, 'text out', floor }.
export function measureFloor(floor, renderer, input, { samples }) {
  const { list, into, addresses } = place(floor, renderer, Array.isArray(input) ? input : [input]);
  for (const x of list) {  // once each first: the tape's memory is taken before the views below
    if (floor._floor_scan(...x.payload) < 0 || floor._floor_md4c(...x.md) < 0) throw new Error('floor: a part refused its input');
  }
  const heap = floor.HEAPU8;
  const target = heap.subarray(into[0], into[0] + into[1]);
  const encoder = new TextEncoder();
  const decoder = new TextDecoder();
  const decoder16 = new TextDecoder('utf-16le');
  const nodeBuffer = typeof Buffer === 'function' ? Buffer.from(heap.buffer) : null;
  for (const x of list) {
    x.utf8 = nodeBuffer ? (a, b) => nodeBuffer.toString(x.ascii ? 'latin1' : 'utf8', a, b) : (a, b) => decoder.decode(heap.subarray(a, b));
  }
  const utf16 = nodeBuffer ? (a, b) => nodeBuffer.toString('utf16le', a, b) : (a, b) => decoder16.decode(heap.subarray(a, b));
  const notInSequence = (at) => { while ((heap[at] & 0xc0) === 0x80) at--; return at; };
  const notInPair = (at) => (heap[at - 1] >= 0xd8 && heap[at - 1] <= 0xdb ? at - 2 : at);
  const result = { length: 0 };  // measure() sums each call's .length
  const parts = {
    'text in': (x) => { result.length = encoder.encodeInto(x.text, target).written; return result; },
    scan: (x) => { result.length = floor._floor_scan(...x.payload); return result; },
    md4c: (x) => { result.length = floor._floor_md4c(...x.md); return result; },
    'text out (UTF-8)': (x) => inPieces(x.utf8, x.out[0], x.out[0] + x.out[1], 32768, notInSequence),
    'text out (UTF-16)': (x) => inPieces(utf16, x.out16[0], x.out16[0] + x.out16[1], 32768, notInPair),
  };
  const ascii = list.every((x) => x.ascii);
  if (ascii) delete parts['text out (UTF-16)'];
  const m = measure(parts, list, { samples });
  // Every part must still have read and written the memory it was given (not a detached view).
  for (const x of list) {
    const text = parts['text out (UTF-8)'](x);
    if (heap.buffer !== floor.HEAPU8.buffer || encoder.encodeInto(x.text, target).written !== x.payload[1] ||
        text.length === 0 || (!ascii && parts['text out (UTF-16)'](x) !== text)) {
      throw new Error('floor: a part did not do its work');
    }
  }
  for (const at of addresses) floor._floor_free(at);
  const out = ascii ? m['text out (UTF-8)'] : Math.min(m['text out (UTF-8)'], m['text out (UTF-16)']);
  const floorParts = { 'text in': m['text in'], scan: m.scan, md4c: m.md4c, 'text out': out };
  return { ...floorParts, floor: Object.values(floorParts).reduce((a, b) => a + b, 0) };
}
