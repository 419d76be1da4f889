// The floor under each scenario: what any render of a payload given as text must do, measured
// part by part in the runtime that renders it (Node, or a Chromium page), warm:
//   text in   the payload's text written into wasm memory as UTF-8 (encodeInto, as the facade)
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
    stack.push(...(v instanceof Map ? v.values() : Object.values(v)));
  }
  return '';
}

// Every part's input, written once into the floor module's memory.
function prepare(floor, renderer, texts) {
  const encoder = new TextEncoder();
  const pieces = texts.map((text) => {
    const html = renderer.renderComparison(text);
    if (!html.ok) throw new Error(`floor: the module refused a corpus: ${html.error.message}`);
    const units = Uint16Array.from(html.html, (c) => c.charCodeAt(0));  // one per unit: no pair is ever split
    return { text, payload: encoder.encode(text), md: encoder.encode(markdownOf(renderer, text)), out: encoder.encode(html.html),
      out16: new Uint8Array(units.buffer) };
  });
  const inCapacity = 3 * Math.max(...texts.map((t) => t.length));
  const inAt = floor._floor_alloc(inCapacity);
  const place = (bytes) => { const at = floor._floor_alloc(Math.max(1, bytes.length)); return [at, bytes]; };
  const placed = pieces.map((p) => ({ text: p.text, payload: place(p.payload), md: place(p.md), out: place(p.out),
    out16: place(p.out16), ascii: p.out.every((b) => b < 0x80) }));
  const heap = floor.HEAPU8;  // after the last allocation: memory may have grown before it
  for (const p of placed) for (const [at, bytes] of [p.payload, p.md, p.out, p.out16]) heap.set(bytes, at);
  const span = ([at, bytes]) => [at, at + bytes.length];
  return { heap, into: heap.subarray(inAt, inAt + inCapacity),
    list: placed.map((p) => ({ text: p.text, payload: [p.payload[0], p.payload[1].length], md: [p.md[0], p.md[1].length],
      out: span(p.out), out16: span(p.out16), ascii: p.ascii })) };
}

// A string from memory [start, end) in pieces of at most `piece` bytes, cut where `cut` allows.
function inPieces(decode, start, end, piece, cut) {
  if (end - start <= piece) return decode(start, end);
  let text = '';
  for (let at = start; at < end;) {
    const stop = Math.min(end, cut(at + piece));
    text += decode(at, stop);
    at = stop;
  }
  return text;
}

// Medians per part and their sum, per payload: { 'text in', scan, md4c, 'text out', floor }.
export function measureFloor(floor, renderer, input, { samples }) {
  const { heap, into, list } = prepare(floor, renderer, Array.isArray(input) ? input : [input]);
  const encoder = new TextEncoder();
  const decoder = new TextDecoder();
  const decoder16 = new TextDecoder('utf-16le');
  const nodeBuffer = typeof Buffer === 'function' ? Buffer.from(heap.buffer) : null;
  const utf8 = nodeBuffer ? (x) => (a, b) => nodeBuffer.toString(x.ascii ? 'latin1' : 'utf8', a, b)
    : () => (a, b) => decoder.decode(heap.subarray(a, b));
  const utf16 = nodeBuffer ? (a, b) => nodeBuffer.toString('utf16le', a, b) : (a, b) => decoder16.decode(heap.subarray(a, b));
  const notInSequence = (at) => { while ((heap[at] & 0xc0) === 0x80) at--; return at; };
  const notInPair = (at) => (at % 2 === 0 && heap[at - 1] >= 0xd8 && heap[at - 1] <= 0xdb ? at - 2 : at);
  const result = { length: 0 };  // measure() sums each call's .length
  const parts = {
    'text in': (x) => { result.length = encoder.encodeInto(x.text, into).written; return result; },
    scan: (x) => { result.length = floor._floor_scan(...x.payload); return result; },
    md4c: (x) => { result.length = floor._floor_md4c(...x.md); return result; },
    'text out (UTF-8)': (x) => inPieces(utf8(x), ...x.out, 32768, notInSequence),
    'text out (UTF-16)': (x) => inPieces(utf16, ...x.out16, 32768, notInPair),
  };
  for (const x of list) {
    if (parts.scan(x).length < 0 || parts.md4c(x).length < 0) throw new Error('floor: a part refused its input');
    if (parts['text out (UTF-8)'](x) !== parts['text out (UTF-16)'](x)) throw new Error('floor: the two ways out differ');
  }
  const ascii = list.every((x) => x.ascii);
  if (ascii) delete parts['text out (UTF-16)'];
  const m = measure(parts, list, { samples });
  const out = ascii ? m['text out (UTF-8)'] : Math.min(m['text out (UTF-8)'], m['text out (UTF-16)']);
  const floorParts = { 'text in': m['text in'], scan: m.scan, md4c: m.md4c, 'text out': out };
  return { ...floorParts, floor: Object.values(floorParts).reduce((a, b) => a + b, 0) };
}
