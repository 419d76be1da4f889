// The npm package as a user gets it: `npm pack`, then `npm install --offline` of the tarball into
// a fresh project (no network: the package has no dependencies), then everything through the
// package's own names: `comparison-renderer` renders the seed, `comparison-renderer/element`
// imports in Node without a DOM, `comparison-renderer/comparison.css` resolves, the
// `comparison-render` bin writes a page, and TypeScript finds the types through `exports`.
// Prints the packed file list and sizes (for release notes).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { root, dist } from './helpers/module.mjs';

const seedPath = path.join(root, 'web/examples/rust-vs-go.payload.json');
const EXPECTED_FILES = [
  'LICENSE', 'README.md', 'package.json', 'bin/comparison-render.mjs', 'bin/render-file.mjs', 'bin/render-worker.mjs',
  'dist/comparison-article.d.mts', 'dist/comparison-article.d.ts', 'dist/comparison-article.mjs',
  'dist/comparison-renderer.d.mts', 'dist/comparison-renderer.d.ts', 'dist/comparison-renderer.mjs',
  'dist/comparison-renderer.wasm', 'dist/comparison.css', 'dist/comparison-renderer.cjs', 'dist/comparison-renderer.d.cts',
  'dist/comparison.css.d.ts', 'dist/comparison-worker.mjs', 'dist/comparison-worker-thread.mjs',
  'dist/comparison-worker.d.ts', 'dist/comparison-worker.d.mts',
];
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const quiet = ['--no-audit', '--no-fund', '--no-update-notifier', '--ignore-scripts'];

let tmp;
let pack; // npm pack --json's entry
let project; // the project the tarball is installed into
let cache;

function run(cmd, args, options = {}) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', timeout: 180000, ...options });
  if (r.error) throw r.error;
  return r;
}

before(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cr-package-'));
  cache = path.join(tmp, 'npm-cache');
  // Pack the repository itself; when the module under test was built elsewhere ($CR_DIST), pack a
  // staged copy of the repository's package files with that dist/ instead.
  let packDir = root;
  if (path.resolve(dist) !== path.join(root, 'dist')) {
    packDir = path.join(tmp, 'stage');
    fs.mkdirSync(packDir);
    for (const f of ['package.json', 'README.md', 'LICENSE']) fs.copyFileSync(path.join(root, f), path.join(packDir, f));
    fs.cpSync(path.join(root, 'bin'), path.join(packDir, 'bin'), { recursive: true });
    fs.cpSync(dist, path.join(packDir, 'dist'), { recursive: true, dereference: true });
  }
  const packed = run(npm, ['pack', '--json', '--pack-destination', tmp, '--cache', cache, ...quiet], { cwd: packDir });
  assert.equal(packed.status, 0, packed.stderr);
  pack = JSON.parse(packed.stdout)[0];

  project = path.join(tmp, 'project');
  fs.mkdirSync(project);
  fs.writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'cr-install-check', version: '1.0.0', private: true, type: 'module' }, null, 2));
  const installed = run(npm, ['install', '--offline', '--cache', cache, ...quiet, path.join(tmp, pack.filename)], { cwd: project });
  assert.equal(installed.status, 0, `npm install --offline failed:\n${installed.stdout}\n${installed.stderr}`);
});

after(() => {
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

test('npm pack ships dist/, the bin, README and LICENSE, and nothing else', () => {
  assert.equal(pack.name, 'comparison-renderer');
  assert.equal(pack.filename, `comparison-renderer-${pack.version}.tgz`);
  const files = pack.files.map((f) => f.path).sort();
  assert.deepEqual(files, [...EXPECTED_FILES].sort());
  assert.ok(pack.size < 1024 * 1024, `tarball ${pack.size} bytes`);
  const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
  console.log(`npm pack: ${pack.filename}, ${pack.size} bytes (${kib(pack.size)}) packed, ${pack.unpackedSize} bytes (${kib(pack.unpackedSize)}) unpacked, ${pack.entryCount} files:\n` +
    pack.files.map((f) => `  ${String(f.size).padStart(8)}  ${f.path}`).join('\n'));
});

test('the installed package has the declared shape', () => {
  const dir = path.join(project, 'node_modules/comparison-renderer');
  const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
  assert.equal(manifest.license, 'MIT');
  assert.equal(manifest.type, 'module');
  assert.equal(manifest.engines.node, '>=20.16');  // process.getBuiltinModule reads the .wasm
  // Bundlers keep the stylesheet import (a side effect) and the element's registration.
  assert.deepEqual(manifest.sideEffects, ['./dist/comparison-article.mjs', '*.css']);
  assert.deepEqual(manifest.dependencies ?? {}, {}, 'no runtime dependencies');
  assert.deepEqual(Object.keys(manifest.bin), ['comparison-render']);
  assert.match(fs.readFileSync(path.join(dir, 'LICENSE'), 'utf8'), /^MIT License/);
  assert.match(fs.readFileSync(path.join(dir, manifest.bin['comparison-render']), 'utf8'), /^#!\/usr\/bin\/env node\n/);
  const link = path.join(project, 'node_modules/.bin/comparison-render');
  assert.ok(fs.existsSync(link), 'npm linked the bin');
  if (process.platform !== 'win32') assert.ok(fs.statSync(link).mode & 0o111, 'the bin is executable');
  for (const gone of ['src', 'tests', 'node_modules', 'bindings', 'web', 'CMakeLists.txt']) {
    assert.equal(fs.existsSync(path.join(dir, gone)), false, `${gone} is not shipped`);
  }
});

test('the package works through its exports, in a project of its own', () => {
  const check = path.join(project, 'check.mjs');
  fs.writeFileSync(check, `
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import create from 'comparison-renderer';
import * as element from 'comparison-renderer/element';
const out = {};
const renderer = await create();
out.version = renderer.version;
const r = renderer.renderComparison(fs.readFileSync(process.argv[2], 'utf8'));
out.ok = r.ok; out.slug = r.slug; out.title = r.title; out.htmlStart = r.html.slice(0, 30);
out.elementExports = Object.keys(element).sort();
out.elementIsClass = typeof element.ComparisonArticle === 'function' && element.default === element.ComparisonArticle;
out.customElements = typeof globalThis.customElements;
const cssUrl = import.meta.resolve('comparison-renderer/comparison.css');
out.cssUrl = cssUrl.includes('/node_modules/comparison-renderer/dist/comparison.css');
out.css = fs.readFileSync(fileURLToPath(cssUrl), 'utf8').includes('.cr-article');
out.wasm = fs.statSync(fileURLToPath(import.meta.resolve('comparison-renderer/comparison-renderer.wasm'))).size;
out.pkg = JSON.parse(fs.readFileSync(fileURLToPath(import.meta.resolve('comparison-renderer/package.json')), 'utf8')).name;
try { await import('comparison-renderer/dist/comparison-renderer.mjs'); out.deepImport = 'allowed'; }
catch (e) { out.deepImport = e.code; }
console.log(JSON.stringify(out));
`);
  const r = run(process.execPath, [check, seedPath], { cwd: project });
  assert.equal(r.stderr, '');
  assert.equal(r.status, 0);
  const out = JSON.parse(r.stdout);
  assert.deepEqual(out, {
    version: pack.version, ok: true, slug: 'rust-vs-go', title: 'Rust vs Go for Backend Development',
    htmlStart: '<article class="cr-article" la',
    elementExports: ['ComparisonArticle', 'default'], elementIsClass: true, customElements: 'undefined',
    cssUrl: true, css: true, wasm: out.wasm, pkg: 'comparison-renderer',
    deepImport: 'ERR_PACKAGE_PATH_NOT_EXPORTED',
  });
  assert.ok(out.wasm > 100000);
});

test('the installed comparison-render bin renders a page', () => {
  const bin = path.join(project, 'node_modules/.bin/comparison-render');
  const version = run(bin, ['--version'], { cwd: project });
  assert.equal(version.status, 0);
  assert.equal(version.stdout, `comparison-render ${pack.version}\n`);
  const r = run(bin, [seedPath, '--out', 'site'], { cwd: project });
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout, `${seedPath} -> ${path.join('site', 'rust-vs-go.html')}\n`, 'paths as --out was given');
  assert.match(r.stderr, /^1 rendered, 0 failed in \d+\.\d+ s\n$/);
  const html = fs.readFileSync(path.join(project, 'site/rust-vs-go.html'), 'utf8');
  assert.match(html, /^<!DOCTYPE html>\n<html class="cr-page" lang="en" dir="ltr">/);
  assert.match(html, /<link rel="stylesheet" href="comparison.css">/);
  assert.equal(fs.readFileSync(path.join(project, 'site/comparison.css'), 'utf8'),
    fs.readFileSync(path.join(project, 'node_modules/comparison-renderer/dist/comparison.css'), 'utf8'));
});

test('TypeScript types require() of the package (a CommonJS .cts file)', () => {
  fs.writeFileSync(path.join(project, 'use.cts'), `
import create = require('comparison-renderer');
export async function first(): Promise<string> {
  const renderer = await create(null);
  const r = renderer.renderMarkdown('*a*');
  return r.ok ? r.html : r.error.message;
}
`);
  fs.writeFileSync(path.join(project, 'tsconfig.json'), JSON.stringify({
    compilerOptions: { module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', strict: true, noEmit: true, types: [] },
    files: ['use.cts'],
  }));
  const tsc = path.join(root, 'node_modules/.bin/tsc');
  const r = run(process.execPath, [tsc, '-p', project, '--pretty', 'false'], { cwd: project });
  assert.equal(r.stdout, '');
  assert.equal(r.status, 0);
});

test('TypeScript types compile in a project without the DOM lib (Node alone)', () => {
  fs.writeFileSync(path.join(project, 'node-only.mts'), `
import create, { type ModuleOverrides } from 'comparison-renderer';
import createComparisonWorker from 'comparison-renderer/worker';
const overrides: ModuleOverrides = { locateFile: (file) => file };
const renderer = await create(overrides);
const pool = await createComparisonWorker({ workers: 1 });
const r = await pool.renderComparison('[]');
void [renderer.version, r.ok];
`);
  fs.writeFileSync(path.join(project, 'tsconfig.json'), JSON.stringify({
    compilerOptions: { module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', lib: ['es2022'], strict: true, noEmit: true,
      types: [], skipLibCheck: false },
    files: ['node-only.mts'],
  }));
  const tsc = path.join(root, 'node_modules/.bin/tsc');
  const r = run(process.execPath, [tsc, '-p', project, '--pretty', 'false'], { cwd: project });
  assert.equal(r.stdout, '');
  assert.equal(r.status, 0);
});

test('require() gives the factory, on every Node release the package supports', () => {
  const check = path.join(project, 'check.cjs');
  fs.writeFileSync(check, `
const create = require('comparison-renderer');
if (create.default !== create) throw new Error('no .default');
create().then((renderer) => console.log(renderer.renderMarkdown('*a*').html.trim()));
`);
  const r = run(process.execPath, [check], { cwd: project });
  assert.equal(r.stderr, '');
  assert.equal(r.stdout, '<p><em>a</em></p>\n');
});

test('TypeScript finds the types through exports (nodenext and bundler resolution)', () => {
  fs.writeFileSync(path.join(project, 'use.mts'), `
import 'comparison-renderer/comparison.css';
import create, { type RenderOptions, type ErrorCode } from 'comparison-renderer';
import { ComparisonArticle, type ComparisonRenderedDetail } from 'comparison-renderer/element';
const renderer = await create();
const options: RenderOptions = { rawHtml: 'escape' };
const r = renderer.renderComparison('[]', options);
const code: ErrorCode | null = r.ok ? null : r.error.code;
const el: ComparisonArticle = document.createElement('comparison-article');
el.addEventListener('comparison-rendered', (e) => { const d: ComparisonRenderedDetail = e.detail; void d; });
void [code, el];
// @ts-expect-error -- an unknown mode
renderer.renderComparison('[]', { rawHtml: 'unsafe' });
`);
  const tsc = path.join(root, 'node_modules/.bin/tsc');
  // The old "node" (node10) resolution knows no exports: "types" and typesVersions lead it.
  const declarations = { nodenext: '.d.mts', bundler: '.d.mts', node: '.d.ts' };
  for (const resolution of [['nodenext', 'nodenext'], ['esnext', 'bundler'], ['esnext', 'node']]) {
    fs.writeFileSync(path.join(project, 'tsconfig.json'), JSON.stringify({
      compilerOptions: { module: resolution[0], moduleResolution: resolution[1], target: 'es2022', lib: ['es2022', 'dom'], strict: true,
        noEmit: true, types: [], noUncheckedSideEffectImports: true },
      files: ['use.mts'],
    }));
    const r = run(process.execPath, [tsc, '-p', project, '--pretty', 'false', '--listFiles'], { cwd: project });
    const listed = r.stdout.split('\n').filter((l) => l.startsWith('/'));
    const errors = r.stdout.split('\n').filter((l) => l && !l.startsWith('/'));
    assert.deepEqual(errors, [], `moduleResolution ${resolution[1]}`);
    assert.equal(r.status, 0);
    for (const d of ['comparison-renderer', 'comparison-article'].map((n) => n + declarations[resolution[1]])) {
      assert.ok(listed.some((f) => f.endsWith(`/node_modules/comparison-renderer/dist/${d}`)), `${resolution[1]} reads ${d}`);
    }
  }
});
