// The shipped TypeScript declarations (dist/*.d.mts, and the .d.cts of `require`), as a user's code meets them: tests/types/
// must type-check with the pinned typescript (strict, nodenext), and every `@ts-expect-error`
// line there must be refused for its own reason: with the directives taken out, tsc reports an
// error on exactly the lines that follow them and nowhere else.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { root, dist } from './helpers/module.mjs';

const tsc = path.join(root, 'node_modules/.bin/tsc');
const typesDir = path.join(root, 'tests/types');
const sources = fs.readdirSync(typesDir).filter((f) => /\.[mc]ts$/.test(f));

// tests/types/*.mts import ../../dist/...; when the module under test lives elsewhere ($CR_DIST),
// check a copy laid out the same way, with dist/ pointing there.
function layout() {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cr-types-'));
  fs.mkdirSync(path.join(tmp, 'tests'));
  fs.cpSync(typesDir, path.join(tmp, 'tests/types'), { recursive: true });
  fs.symlinkSync(dist, path.join(tmp, 'dist'), 'dir');
  return { dir: path.join(tmp, 'tests/types'), cleanup: () => fs.rmSync(tmp, { recursive: true, force: true }) };
}

function runTsc(project, ...flags) {
  try {
    execFileSync(process.execPath, [tsc, '-p', project, '--pretty', 'false', ...flags], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    return { status: 0, output: '' };
  } catch (e) {
    return { status: e.status, output: `${e.stdout}${e.stderr}` };
  }
}

test('the declarations resolve from dist/ and the usage files type-check', () => {
  const inPlace = path.resolve(dist) === path.join(root, 'dist');
  const { dir, cleanup } = inPlace ? { dir: typesDir, cleanup: () => {} } : layout();
  try {
    const files = execFileSync(process.execPath, [tsc, '-p', dir, '--listFilesOnly'], { encoding: 'utf8' })
      .split('\n').map((f) => path.basename(f.trim()));
    for (const d of ['comparison-renderer.d.mts', 'comparison-article.d.mts', 'comparison-renderer.d.cts']) assert.ok(files.includes(d), `tsc reads ${d}`);
    // nodenext (the tsconfig) and node16, where a CommonJS file's type import of an ES module
    // needs its resolution mode said (TS1541 otherwise).
    for (const flags of [[], ['--module', 'node16', '--moduleResolution', 'node16']]) {
      const { status, output } = runTsc(dir, ...flags);
      assert.equal(output, '', flags.join(' '));
      assert.equal(status, 0);
    }
  } finally {
    cleanup();
  }
});

test('every @ts-expect-error marks a line tsc refuses, and nothing else is refused', () => {
  const { dir, cleanup } = layout();
  try {
    const expected = new Set();
    for (const file of sources) {
      const lines = fs.readFileSync(path.join(dir, file), 'utf8').split('\n');
      lines.forEach((line, i) => {
        if (/^\s*\/\/ @ts-expect-error/.test(line)) expected.add(`${file}:${i + 2}`);
      });
      fs.writeFileSync(path.join(dir, file), lines.map((l) => l.replace('// @ts-expect-error', '// (expected error)')).join('\n'));
    }
    assert.ok(expected.size >= 30, `${expected.size} misuses checked`);
    const { status, output } = runTsc(dir);
    assert.notEqual(status, 0);
    const errors = output.split('\n').filter((l) => /error TS\d+/.test(l));
    const got = new Map();
    for (const e of errors) {
      const m = e.match(/([\w-]+\.[mc]ts)\((\d+),\d+\): error (TS\d+: .*)/);
      assert.ok(m, `an error in a usage file: ${e}`);
      got.set(`${m[1]}:${m[2]}`, m[3]);
    }
    assert.deepEqual([...got.keys()].filter((k) => !expected.has(k)), [], 'errors on lines nobody expected');
    assert.deepEqual([...expected].filter((k) => !got.has(k)), [], 'expected errors tsc did not report');
    console.log(`${expected.size} misuses refused, e.g.\n  ${[...got].slice(0, 6).map(([k, v]) => `${k}: ${v}`).join('\n  ')}`);
  } finally {
    cleanup();
  }
});

test('the CommonJS declarations re-export every named type of the ES module', () => {
  const esm = fs.readFileSync(path.join(dist, 'comparison-renderer.d.mts'), 'utf8');
  const cjs = fs.readFileSync(path.join(dist, 'comparison-renderer.d.cts'), 'utf8');
  const named = [...esm.matchAll(/^export (?:type|interface) (\w+)/gm)].map((m) => m[1]);
  assert.ok(named.length >= 19, `${named.length} named types`);
  assert.deepEqual(named.filter((n) => !cjs.includes(`export type ${n} = Esm.${n};`)), []);
});
