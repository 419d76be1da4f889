// The documentation against the code: README's error-code table lists exactly the ErrorCode
// union of web/comparison-renderer.d.ts, which lists exactly the C++ code table (kNames in
// src/core/error_code.cpp, in the order of the ErrorCode enum in src/core/result.hpp). README's
// limits table states the defaults of src/core/limits.hpp. Every code the table names is one a
// render can really return for some input (checked where a small input reaches it).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { root, renderer } from './helpers/module.mjs';

const read = (f) => fs.readFileSync(path.join(root, f), 'utf8');
const readme = read('README.md');

function section(markdown, heading) {
  const start = markdown.indexOf(`\n## ${heading}\n`);
  assert.ok(start >= 0, `README has a "## ${heading}" section`);
  const rest = markdown.slice(start + heading.length + 5);
  const end = rest.search(/\n## /);
  return end < 0 ? rest : rest.slice(0, end);
}

// The first markdown table of a section: rows of cells (header and separator dropped).
function tableRows(text) {
  const lines = text.split('\n').filter((l) => l.startsWith('|'));
  assert.ok(lines.length >= 3, 'a table');
  assert.match(lines[1], /^\|\s*-+/);
  return lines.slice(2).map((l) => l.slice(1, -1).split(' | ').map((c) => c.trim()));
}

function readmeCodes() {
  return tableRows(section(readme, 'Error codes')).map(([code, sentence]) => {
    const m = code.match(/^`([a-z_]+)`$/);
    assert.ok(m, `a code cell: ${code}`);
    assert.match(sentence, /^[A-Z`].{15,}\.$/, `one sentence for ${m[1]}`);
    return m[1];
  });
}

function dtsCodes() {
  const dts = read('web/comparison-renderer.d.ts');
  const union = dts.match(/export type ErrorCode =([\s\S]*?);/);
  assert.ok(union, 'the .d.ts has an ErrorCode union');
  const body = union[1].replace(/\/\/.*$/gm, '');
  return [...body.matchAll(/'([a-z_]+)'/g)].map((m) => m[1]);
}

function cppCodes() {
  const source = read('src/core/error_code.cpp');
  const table = source.match(/kNames\s*\[[^\]]*\]\s*=\s*\{([\s\S]*?)\};/);
  assert.ok(table, 'error_code.cpp has the kNames table');
  return [...table[1].matchAll(/"([a-z_]+)"/g)].map((m) => m[1]);
}

function cppEnum() {
  const source = read('src/core/result.hpp');
  const body = source.match(/enum class ErrorCode[^{]*\{([\s\S]*?)\};/);
  assert.ok(body, 'result.hpp has the ErrorCode enum');
  return body[1].replace(/\/\/.*$/gm, '').split(',').map((s) => s.trim()).filter(Boolean);
}

test('the C++ code table, the enum and the .d.ts union agree', () => {
  const cpp = cppCodes();
  assert.ok(cpp.length >= 18, `${cpp.length} codes in kNames`);
  assert.equal(new Set(cpp).size, cpp.length, 'no code twice');
  assert.deepEqual(cppEnum(), cpp, 'kNames follows the enum, in order');
  assert.deepEqual(dtsCodes(), cpp, 'the .d.ts ErrorCode union lists the C++ codes (same order)');
});

test("README's error table lists exactly the ErrorCode union", () => {
  const documented = readmeCodes();
  assert.equal(new Set(documented).size, documented.length, 'no code twice in the table');
  assert.deepEqual([...documented].sort(), [...dtsCodes()].sort());
});

test('codes that small inputs reach come back from the renderer as documented', () => {
  const documented = new Set(readmeCodes());
  const seen = new Set();
  const cases = [
    ['{', 'json_syntax'],
    ['[{"a":5}]', 'bad_reference'],
    ['[["NoSuchType",1],1]', 'unknown_type'],
    ['<!DOCTYPE html><html><body><p>no data</p></body></html>', 'no_payload_script'],
    ['{"hello":"world"}', 'not_a_comparison'],
    ['{"title":"A vs B","feature_matrix":[{"feature":"x","optionA":"a","winner":"A"}]}', 'missing_field'],
    ['{"title":"A vs B","content_md":"x","feature_matrix":"none"}', 'wrong_type'],
    ['['.repeat(600) + ']'.repeat(600), 'too_deep'],
  ];
  for (const [payload, code] of cases) {
    const r = renderer.renderComparison(payload);
    assert.equal(r.ok, false, payload.slice(0, 40));
    assert.equal(r.error.code, code, `${payload.slice(0, 40)}: ${r.error.message}`);
    seen.add(r.error.code);
  }
  for (const [payload, code] of [['[["Map",1],"key"]', 'bad_payload'], ['[{"__proto__":1},2]', 'forbidden_key']]) {
    const r = renderer.decodePayload(payload);
    assert.equal(r.ok, false, payload);
    assert.equal(r.error.code, code, `${payload}: ${r.error.message}`);
    seen.add(r.error.code);
  }
  const big = renderer.renderComparison('{"title":"A vs B"}', { limits: { maxInputBytes: 4 } });
  assert.equal(big.error.code, 'too_large');
  seen.add(big.error.code);
  const option = renderer.renderComparison('{}', { rawHtml: 'unsafe' });
  assert.deepEqual([option.error.code, option.error.path], ['bad_option', '/rawHtml']);
  seen.add(option.error.code);
  for (const code of seen) assert.ok(documented.has(code), `${code} is documented`);
});

test("README's limits table states the defaults of src/core/limits.hpp", () => {
  const hpp = read('src/core/limits.hpp');
  const value = (name) => {
    const m = hpp.match(new RegExp(`${name}\\s*=\\s*([^;]+);`));
    assert.ok(m, `${name} in limits.hpp`);
    // The forms the header uses: 32u << 20, 4'000'000, 512.
    const expr = m[1].replace(/'/g, '').replace(/u\b/g, '');
    const shift = expr.match(/^(\d+)\s*<<\s*(\d+)$/);
    return shift ? Number(shift[1]) * 2 ** Number(shift[2]) : Number(expr);
  };
  const expected = {
    maxInputBytes: value('max_input_bytes'),
    maxDepth: value('max_depth'),
    maxNodes: value('max_nodes'),
    maxOutputBytes: value('max_output_bytes'),
    maxMarkdownBytes: value('max_markdown_bytes'),
  };
  assert.deepEqual(expected, { maxInputBytes: 32 << 20, maxDepth: 512, maxNodes: 4e6, maxOutputBytes: 64 << 20, maxMarkdownBytes: 16 << 20 });
  const rows = tableRows(section(readme, 'Limits'));
  const documented = Object.fromEntries(rows.map(([name, def]) => [name.replace(/`/g, ''), Number(def.split(' ')[0].replace(/,/g, ''))]));
  assert.deepEqual(documented, expected);
  // And the .d.ts comments say the same.
  const dts = read('web/comparison-renderer.d.ts');
  for (const [name, v] of Object.entries(expected)) {
    assert.match(dts, new RegExp(`Default ${v}\\b[^\\n]*\\n\\s*${name}\\?`), `the .d.ts documents ${name}'s default`);
  }
});

test('README keeps its sections, and the Performance placeholder points at bench/run', () => {
  for (const heading of ['Install', 'Use it from Node', 'Use it in a page', 'The `<comparison-article>` element',
    'The command line: `comparison-render`', 'Options', 'Error codes', 'Limits', 'Performance', 'Security model']) {
    section(readme, heading);
  }
  assert.match(section(readme, 'Performance'), /bench\/run/);
  assert.match(section(readme, 'Security model'), /script-src 'self' 'wasm-unsafe-eval'/);
  assert.ok(fs.existsSync(path.join(root, 'CONTRIBUTING.md')));
});
