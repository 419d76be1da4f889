// The malformed-payload table (tests/fixtures/malformed-payloads.json) through dist/:
// decodePayload refuses each entry with its code (and path, where given), renderComparison
// refuses it too (with the entry's "render" code where it names one), devalue itself refuses
// it unless the entry says why devalue accepts it, and the renderer stays usable afterwards.
//
// Entry fields: name; payload (or "generate": a large input built below); code: decodePayload's
// error code, or null when it decodes; path; render / renderPath: renderComparison's; stage:
// "js" when the refusal comes from JavaScript building the value (the native decoder accepts);
// devalue: why devalue.parse accepts what we refuse (otherwise it must throw).
// tests/native/test_malformed.cpp reads the same table.
import test from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import * as devalue from 'devalue';
import { renderer, root } from './helpers/module.mjs';
import { nuxtRevivers } from './helpers/random-values.mjs';

const table = JSON.parse(fs.readFileSync(path.join(root, 'tests/fixtures/malformed-payloads.json'), 'utf8'));
const CODES = new Set(['json_syntax', 'bad_payload', 'bad_reference', 'unknown_type', 'bad_value', 'circular_reference',
  'forbidden_key', 'no_payload_script', 'payload_external', 'fetch_failed', 'error_page', 'not_a_comparison',
  'missing_field', 'wrong_type', 'too_large', 'too_deep', 'bad_option', 'internal']);

// The inputs too large to store (test_malformed.cpp builds the same).
const DEEP = 1_000_000;
const GENERATORS = {
  'deep-array': () => '['.repeat(DEEP) + ']'.repeat(DEEP),
  'deep-object': () => '[' + '{"a":'.repeat(DEEP) + '1' + '}'.repeat(DEEP) + ']',
  'deep-unreachable': () => '[1,' + '['.repeat(DEEP) + ']'.repeat(DEEP) + ']',
  'many-values': () => '[' + '0,'.repeat(4_000_000) + '0]',
};
const payloadOf = (entry) => (entry.generate ? GENERATORS[entry.generate]() : entry.payload);

const SEED = fs.readFileSync(path.join(root, 'tests/fixtures/seed/rust-vs-go.payload.json'), 'utf8');

function isFailure(r) {
  return r && r.ok === false && typeof r.error === 'object' && CODES.has(r.error.code) &&
    typeof r.error.message === 'string' && r.error.message.length > 0 && typeof r.error.path === 'string';
}

test('the table is well formed', () => {
  assert.ok(table.length >= 40, `only ${table.length} cases`);
  const names = new Set();
  for (const e of table) {
    assert.ok(!names.has(e.name), `duplicate name ${e.name}`);
    names.add(e.name);
    assert.ok(typeof e.payload === 'string' || GENERATORS[e.generate], `${e.name}: no payload`);
    assert.ok(e.code === null || CODES.has(e.code), `${e.name}: unknown code ${e.code}`);
    assert.ok(e.render === undefined || CODES.has(e.render), `${e.name}: unknown render code ${e.render}`);
    assert.ok(e.code !== null || e.render, `${e.name}: expects nothing to fail`);
  }
});

for (const entry of table) {
  test(`malformed: ${entry.name}`, () => {
    const payload = payloadOf(entry);
    const decoded = renderer.decodePayload(payload);
    if (entry.code === null) {
      assert.equal(decoded.ok, true, `decodePayload refused it: ${JSON.stringify(decoded.error)}`);
    } else {
      assert.ok(isFailure(decoded), `decodePayload gave ${decoded.ok ? 'a value' : JSON.stringify(decoded)}`);
      assert.equal(decoded.error.code, entry.code, decoded.error.message);
      if (entry.path !== undefined) assert.equal(decoded.error.path, entry.path, decoded.error.message);
    }

    const rendered = renderer.renderComparison(payload);
    if (entry.render) {
      assert.ok(isFailure(rendered), `renderComparison gave ${rendered.ok ? 'an article' : JSON.stringify(rendered)}`);
      assert.equal(rendered.error.code, entry.render, rendered.error.message);
      if (entry.renderPath !== undefined) assert.equal(rendered.error.path, entry.renderPath, rendered.error.message);
    } else if (entry.code !== null) {
      assert.ok(isFailure(rendered), `renderComparison gave ${rendered.ok ? 'an article' : JSON.stringify(rendered)}`);
    }

    if (entry.generate !== 'many-values' && !payload.trimStart().startsWith('<')) {
      let accepted = true;
      try {
        devalue.parse(payload, nuxtRevivers);
      } catch {
        accepted = false;
      }
      if (entry.devalue) assert.equal(accepted, true, `devalue now refuses it (the entry says: ${entry.devalue})`);
      else if (entry.code !== null) assert.equal(accepted, false, 'devalue accepts it, and the entry does not say why');
    }

    // A refused payload leaves the renderer usable.
    const after = renderer.decodePayload(SEED);
    assert.equal(after.ok, true);
  });
}

test('syntax errors carry the offset as a UTF-16 index into the input', () => {
  const r = renderer.decodePayload('["😀é", x]');
  assert.equal(r.ok, false);
  assert.equal(r.error.code, 'json_syntax');
  assert.equal(r.error.offset, '["😀é", x]'.indexOf('x'));
  // Lone surrogates (kept for the value as \udXXX escapes) count as the one unit each they are.
  for (const text of ['["\ud800", x]', '["\ud800\ud800😀", x]', '["a",\n "\udc00\\\\\ud801", x]']) {
    const e = renderer.decodePayload(text).error;
    assert.equal(e.offset, text.indexOf('x'), JSON.stringify(text));
    assert.match(e.message, new RegExp(`column ${text.indexOf('x') - text.lastIndexOf('\n', text.indexOf('x'))}\\.$`));
  }
  // After an escaping backslash a lone surrogate is an invalid escape, found at the backslash.
  const odd = '["\ud800", "\\\udc00"]';
  assert.equal(renderer.decodePayload(odd).error.offset, odd.lastIndexOf('\\'));
});

test('a payload refused only by JavaScript names the value that refused', () => {
  const r = renderer.decodePayload('[{"when":1,"re":2},["BigInt","0x1f"],["RegExp","(","u"]]');
  assert.equal(r.ok, false);
  assert.equal(r.error.code, 'bad_value');
  assert.equal(r.error.path, '/re');
  assert.match(r.error.message, /^The payload has a value JavaScript refuses: .*regular expression.*\.$/i);
});

test('a chain of Nuxt wrappers of any length decodes: each wrapper is a frame, not a call', () => {
  // Hand-made (devalue.stringify itself overflows first): each wrapper's target is the next one.
  for (const tag of ['ShallowReactive', 'Ref', 'EmptyRef']) {
    const links = 100_000;
    const slots = Array.from({ length: links }, (_, i) => `["${tag}",${i + 1}]`);
    const payload = `[${slots.join(',')},"end"]`;
    const r = renderer.decodePayload(payload);
    assert.equal(r.ok, true, `${tag}: ${JSON.stringify(r.error)}`);
    assert.equal(r.value, 'end');
  }
  const object = renderer.decodePayload(`[${Array.from({ length: 5000 }, (_, i) => `["Reactive",${i + 1}]`).join(',')},{"a":5001},1]`);
  assert.deepEqual(object.value, { a: 1 });
  // A wrapper whose chain comes back to itself is still refused, as devalue refuses it.
  assert.equal(renderer.decodePayload('[["Ref",1],["Reactive",2],["ShallowRef",1]]').error.code, 'circular_reference');
});

test('a reference chain of a million links decodes, where devalue.parse overflows its stack', () => {
  const links = 1_000_000;
  const slots = new Array(links + 1);
  for (let i = 0; i < links; i++) slots[i] = `{"next":${i + 1}}`;
  slots[links] = '"end"';
  const payload = `[${slots.join(',')}]`;
  assert.throws(() => devalue.parse(payload), RangeError, 'devalue recurses once per link');
  const r = renderer.decodePayload(payload);
  assert.equal(r.ok, true, JSON.stringify(r.error));
  assert.equal(r.format, 'devalue');
  let node = r.value, depth = 0;
  while (typeof node === 'object') { node = node.next; depth++; }
  assert.equal(depth, links);
  assert.equal(node, 'end');
});
