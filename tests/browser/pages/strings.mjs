// Renders text outside ASCII and reports what came back: in Chromium the facade makes these
// strings through the JS String Builtins (web/js/string-builtins.js), not TextDecoder.
// With ?builtins=off the page plays an engine without them (one that ignores the compile option,
// as engines do with options they do not know): the facade must then decode with TextDecoder.
import create from '/dist/comparison-renderer.mjs';
import { utf8Mixes } from '/fixtures/utf8-mixes.mjs';

if (new URLSearchParams(location.search).get('builtins') === 'off') {
  const Module = WebAssembly.Module;
  WebAssembly.Module = new Proxy(Module, { construct: (target, [bytes]) => new target(bytes) });
}
const renderer = await create({ testHooks: true });

// Paragraphs of tests/fixtures/utf8-mixes.mjs's text, and what each must render to.
const paragraphs = (seed, count, longest) => utf8Mixes(seed, count, longest).map((text) => {
  const markdown = text.replace(/ +$/, '');
  return { markdown, html: `<p>${markdown}</p>\n` };
});

// Each case's html against the expected; the first few that differ.
function check(cases) {
  const wrong = [];
  for (const c of cases) {
    const html = renderer.renderMarkdown(c.markdown).html;
    if (html !== c.html && wrong.length < 3) wrong.push({ markdown: c.markdown.slice(0, 80), got: String(html).slice(0, 80) });
  }
  return wrong;
}

window.__strings = {
  usesBuiltins: () => renderer.stringsFromMemoryForTests(),
  // The payload as fetched, as bytes, against the text TextDecoder makes of it: the same result.
  // And the module's UTF-8 check, sixteen bytes a step, against TextDecoder's, across a step's edge.
  fromBytes: async () => {
    const bytes = new Uint8Array(await (await fetch('/fixtures/seed/rust-vs-go.payload.json')).arrayBuffer());
    const mixed = new TextEncoder().encode(utf8Mixes(5, 50, 60).join('\n'));
    const broken = Uint8Array.from([0x23, 0x20, 0xe6, 0x97, 0xa5, 0xff, 0xc0, 0xaf, 0xed, 0xa0, 0x80, 0xf0, 0x9f, 0x98]);
    const differ = [];
    const same = (what, a, b) => { if (JSON.stringify(a) !== JSON.stringify(b)) differ.push(what); };
    same('seed', renderer.renderComparison(bytes.buffer), renderer.renderComparison(new TextDecoder().decode(bytes)));
    same('mixed', renderer.renderMarkdown(mixed), renderer.renderMarkdown(new TextDecoder().decode(mixed)));
    same('broken', renderer.renderMarkdown(broken), renderer.renderMarkdown(new TextDecoder().decode(broken)));
    const fatal = new TextDecoder('utf-8', { fatal: true });
    const valid = (b) => { try { fatal.decode(b); return true; } catch { return false; } };
    let judged = 0;
    for (const pad of [0, 14, 15]) {
      for (let a = 0x80; a < 256; a++) {
        for (let b = 0x70; b < 256; b++) {
          for (const c of [0x41, 0x80, 0xbf]) {
            const seq = new Uint8Array(pad + 3).fill(0x61);
            seq.set([a, b, c], pad);
            judged++;
            if (renderer.utf8IsValidForTests(seq) !== valid(seq) && differ.length < 5) differ.push(Array.from(seq.subarray(pad)).join(' '));
          }
        }
      }
    }
    return { judged, differ };
  },
  shortMixes: (seed) => check(paragraphs(seed, 3000, 48)),
  // Long results cross as pieces of at most 16,384 units: one astral character after another
  // from every offset near the piece ends, so that some pair straddles each end.
  longResults: () => {
    const cases = [];
    for (let shift = 0; shift < 6; shift++) {
      for (const length of [16380, 32760, 50000]) {
        const text = 'x' + 'é'.repeat(shift) + '😀日'.repeat(length / 3 | 0);
        cases.push({ markdown: text, html: `<p>${text}</p>\n` });
      }
    }
    // Mostly ASCII (a browser reads such a result from its UTF-8, in pieces of 32 KB that never
    // cut a character): a dash, a check mark or an emoji every ~50 characters, across the pieces' ends.
    for (let shift = 0; shift < 4; shift++) {
      for (const length of [2000, 32760, 70000]) {
        const word = ['a plain sentence of words — ', 'another one, with a ✓ mark ', 'and an emoji 😀 in it here '];
        let text = 'x'.repeat(shift);
        for (let k = 0; text.length < length; k++) text += word[k % 3];
        cases.push({ markdown: text, html: `<p>${text.trimEnd()}</p>\n` });
      }
    }
    return check(cases);
  },
  // Texts outside ASCII go in as their UTF-16 code units, copied out in pieces of 16,384 (the
  // module writes their UTF-8): the same results as through TextEncoder, which the hook forces.
  // Lone surrogates at every offset of a step; pairs across the pieces' ends.
  textsInAsUnits: async () => {
    const texts = utf8Mixes(3, 300, 200);
    for (const lone of ['\ud800', '\udc00']) {
      for (let at = 0; at < 40; at++) texts.push(`x${'日'.repeat(at)}${lone}${'é'.repeat(39 - at)}`);
    }
    for (let shift = 0; shift < 3; shift++) texts.push('x' + 'é'.repeat(shift) + '😀日'.repeat(12000));
    const payload = await (await fetch('/fixtures/seed/rust-vs-go.payload.json')).text();
    const slots = JSON.parse(payload);
    slots[8] = `# 日本語\n\n${'مرحبا بالعالم \ud800 日本語の文章です。'.repeat(900)}`;
    const calls = [...texts.map((text) => () => renderer.renderMarkdown(text)),
      () => renderer.renderComparison(JSON.stringify(slots)), () => renderer.decodePayload(JSON.stringify(slots))];
    const differ = [];
    for (const call of calls) {
      const asUnits = JSON.stringify(call());
      renderer.textAsUnitsForTests(false);
      const asUtf8 = JSON.stringify(call());
      renderer.textAsUnitsForTests(undefined);
      if (asUnits !== asUtf8 && differ.length < 3) differ.push(asUtf8.slice(0, 80));
    }
    return { calls: calls.length, differ };
  },
  // Texts with no character above U+00FF that look ASCII go in as Latin-1 bytes, through btoa and
  // setFromBase64 (the module writes the UTF-8 of any byte from 0x80); a text with another
  // character (a dash, a lone surrogate) as code units: whichever way, the same results as
  // through TextEncoder, which the hook forces.
  textsInAsLatin1: async () => {
    const payload = await (await fetch('/fixtures/seed/rust-vs-go.payload.json')).text();
    const slots = JSON.parse(payload);
    slots[8] = `# Über den Vergleich\n\n${'Größe, Straße, déjà vu, año. '.repeat(300)}`;
    const texts = ['', 'plain', 'é', ...utf8Mixes(17, 200, 120)];
    for (const c of ['é', 'ÿ', '×', '—', '✓', '😀', '\ud800']) {
      for (let at = 0; at < 40; at += 3) texts.push(`x${'a'.repeat(at)}${c}${'b'.repeat(39 - at)}`);
    }
    const calls = [...texts.map((text) => () => renderer.renderMarkdown(text)),
      () => renderer.renderComparison(payload), () => renderer.renderComparison(JSON.stringify(slots), { labels: { tie: 'Égalité' } }),
      () => renderer.decodePayload(JSON.stringify(slots)), () => renderer.renderComparison('{"title": "déjà", x}')];
    const differ = [];
    for (const call of calls) {
      const chosen = JSON.stringify(call());
      renderer.textWayForTests('latin1');
      const asLatin1 = JSON.stringify(call());
      renderer.textWayForTests('utf8');
      const asUtf8 = JSON.stringify(call());
      renderer.textWayForTests(undefined);
      if ((chosen !== asUtf8 || asLatin1 !== asUtf8) && differ.length < 3) differ.push(asUtf8.slice(0, 80));
    }
    return { latin1: renderer.latin1ForTests(), calls: calls.length, differ };
  },
  // After a trap the facade swaps in a fresh instance, with its own memory; the strings must
  // then come from that memory.
  // (The facade instantiates the helper once for each instance: that says the swap is done.)
  afterReplacement: async () => {
    let helpers = 0;
    const Instance = WebAssembly.Instance;
    WebAssembly.Instance = new Proxy(Instance, { construct: (target, args) => { helpers++; return new target(...args); } });
    try {
      renderer.trapForTests(true);
      const deadline = Date.now() + 30000;
      while (helpers === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
    } finally {
      WebAssembly.Instance = Instance;
    }
    return { helpers, wrong: check(paragraphs(99, 300, 200)) };
  },
};
document.body.dataset.ready = 'true';
