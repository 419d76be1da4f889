// The package in the bundlers people use, as a new user would meet it: `npm pack` of this
// repository, installed into a tiny app per bundler (Vite, webpack 5, esbuild), built with the
// README's recipe, served under the strict CSP and opened in Chromium. Each must render the seed
// with the stylesheet applied, with no console error and no build warning that names the package.
//
//   node tests/bundlers/run.mjs            (after scripts/build.sh wasm; ~15 s)
//
// ./test runs it as its "bundlers" suite; it installs the bundlers itself, from
// tests/bundlers/package-lock.json. Exit status 0 when every bundler passes.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const bin = (name) => path.join(here, 'node_modules/.bin', name);
const quiet = ['--no-audit', '--no-fund', '--no-update-notifier'];

function run(cmd, args, options = {}) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', timeout: 300000, ...options });
  if (r.error) throw r.error;
  return r;
}

// The bundlers, as the lockfile says (installed here, not by the set-up: ./demo never needs them).
const installed = path.join(here, 'node_modules/.package-lock.json');
if (!fs.existsSync(bin('vite')) || !fs.existsSync(installed) ||
    fs.statSync(path.join(here, 'package-lock.json')).mtimeMs > fs.statSync(installed).mtimeMs) {
  const r = run('npm', ['ci', ...quiet], { cwd: here, stdio: 'inherit' });
  if (r.status !== 0) process.exit(1);
}
const { chromium } = await import(path.join(root, 'node_modules/playwright-core/index.mjs'));
const { startServer } = await import(path.join(root, 'scripts/serve.mjs'));

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cr-bundlers-'));
const packed = run('npm', ['pack', '--json', '--pack-destination', tmp, ...quiet], { cwd: root });
if (packed.status !== 0) throw new Error(packed.stderr);
const tarball = path.join(tmp, JSON.parse(packed.stdout)[0].filename);
const seed = fs.readFileSync(path.join(root, 'web/examples/rust-vs-go.payload.json'));

// The app: what README's "Use it in a page" shows, through the package's own names.
// And the same render through comparison-renderer/worker: the worker's file must be shipped too.
const MAIN = `import createComparisonRenderer from 'comparison-renderer';
import createComparisonWorker from 'comparison-renderer/worker';
import 'comparison-renderer/comparison.css';

const payload = await (await fetch(new URL('rust-vs-go.payload.json', document.baseURI))).text();
const renderer = await createComparisonRenderer();
const result = renderer.renderComparison(payload);
document.querySelector('main').innerHTML = result.ok ? result.html : result.error.message;
try {
  const pool = await createComparisonWorker();
  const viaWorker = await pool.renderComparison(payload);
  document.body.dataset.worker = String(viaWorker.ok && viaWorker.html === result.html);
} catch (e) {
  document.body.dataset.worker = e.message;
}
document.body.dataset.ready = String(result.ok);
`;
const page = (script, stylesheet) => `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Bundled</title><link rel="icon" href="data:,">
${stylesheet ? `<link rel="stylesheet" href="${stylesheet}">\n` : ''}<script type="module" src="${script}"></script></head>
<body><main></main></body></html>
`;

// Each bundler: the app's files, the build, and the folder to serve.
const BUNDLERS = {
  vite: {
    files: { 'index.html': page('/main.js'), 'main.js': MAIN },
    build: (dir) => run(process.execPath, [bin('vite'), 'build', '--logLevel', 'warn'], { cwd: dir }),
    out: 'dist',
    publicFiles: 'public',
  },
  'vite dev server': {
    files: { 'index.html': page('/main.js'), 'main.js': MAIN },
    publicFiles: 'public',
    serve: async (dir, log) => {
      const { createServer } = await import(path.join(here, 'node_modules/vite/dist/node/index.js'));
      const server = await createServer({ root: dir, configFile: false, logLevel: 'warn',
        customLogger: { ...console, info() {}, warn: (m) => log.push(m), warnOnce: (m) => log.push(m), error: (m) => log.push(m),
          clearScreen() {}, hasErrorLogged: () => false, hasWarned: false },
        server: { port: 0, host: '127.0.0.1' } });
      await server.listen();
      return { url: server.resolvedUrls.local[0], close: () => server.close() };
    },
  },
  webpack: {
    files: {
      'src/index.js': MAIN,
      // The README's recipe: webpack 5's own CSS support, an ES module output.
      'webpack.config.mjs': `export default {
  mode: 'production', entry: './src/index.js', target: 'web',
  experiments: { css: true, outputModule: true },
  output: { module: true, filename: 'main.js', path: new URL('./out', import.meta.url).pathname, clean: true },
  // The .wasm is 280 KB before compression (~100 KB as served): above webpack's 244 KB hint.
  performance: { assetFilter: (file) => !file.endsWith('.wasm') },
};
`,
    },
    build: (dir) => run(process.execPath, [bin('webpack'), '--no-color'], { cwd: dir }),
    out: 'out',
    page: page('main.js', 'main.css'),
  },
  esbuild: {
    files: { 'main.js': MAIN },
    // esbuild leaves new URL(…, import.meta.url) alone: the recipe copies the .wasm beside the bundle.
    build: (dir) => {
      const r = run(bin('esbuild'), ['main.js', '--bundle', '--format=esm', '--platform=browser', '--outdir=out', '--log-level=warning'], { cwd: dir });
      // …and, for the worker, its two files (README).
      for (const file of r.status === 0 ? ['comparison-renderer.wasm', 'comparison-worker-thread.mjs', 'comparison-renderer.mjs'] : []) {
        fs.copyFileSync(path.join(dir, 'node_modules/comparison-renderer/dist', file), path.join(dir, 'out', file));
      }
      return r;
    },
    out: 'out',
    page: page('main.js', 'main.css'),
  },
};

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update'] });
const failures = [];
for (const [name, b] of Object.entries(BUNDLERS)) {
  const dir = path.join(tmp, name);
  const problems = [];
  try {
    for (const [file, text] of Object.entries(b.files)) {
      fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      fs.writeFileSync(path.join(dir, file), text);
    }
    fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: `app-${name}`, private: true, type: 'module' }));
    const installed = run('npm', ['install', '--offline', ...quiet, tarball], { cwd: dir });
    if (installed.status !== 0) throw new Error(`npm install: ${installed.stderr}`);
    if (b.publicFiles) {  // Vite copies public/ into its output
      fs.mkdirSync(path.join(dir, b.publicFiles), { recursive: true });
      fs.writeFileSync(path.join(dir, b.publicFiles, 'rust-vs-go.payload.json'), seed);
    }
    let url, close, emitted = [];
    const log = [];
    if (b.serve) {
      ({ url, close } = await b.serve(dir, log));
    } else {
      const built = b.build(dir);
      log.push(built.stdout, built.stderr);
      if (built.status !== 0) throw new Error(`build failed:\n${log.join('\n')}`);
      const out = path.join(dir, b.out);
      if (b.page) fs.writeFileSync(path.join(out, 'index.html'), b.page);
      if (!fs.existsSync(path.join(out, 'rust-vs-go.payload.json'))) fs.writeFileSync(path.join(out, 'rust-vs-go.payload.json'), seed);
      emitted = fs.readdirSync(out, { recursive: true }).filter((f) => String(f).endsWith('.wasm'));
      if (emitted.length !== 1) problems.push(`${emitted.length} .wasm files emitted`);
      const { server, url: served } = await startServer({ port: 0, extraMounts: [['/', out]] });
      url = served;
      close = () => new Promise((r) => server.close(r));
    }
    const context = await browser.newContext();
    const tab = await context.newPage();
    tab.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') problems.push(`console: ${m.text()}`); });
    tab.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    await tab.goto(url);
    await tab.waitForSelector('body[data-ready]', { timeout: 30000 });
    const state = await tab.evaluate(() => ({
      ready: document.body.dataset.ready,
      worker: document.body.dataset.worker,
      title: document.querySelector('h1.cr-title')?.textContent,
      styled: document.querySelector('.cr-matrix-scroll') && getComputedStyle(document.querySelector('.cr-matrix-scroll')).overflowX,
    }));
    await context.close();
    await close();
    // No warning at all: the app is nothing but the package.
    for (const line of log.join('\n').split('\n')) {
      if (/warn|error|externaliz|unhandled/i.test(line)) problems.push(`build: ${line.trim()}`);
    }
    if (state.ready !== 'true' || state.title !== 'Rust vs Go for Backend Development') problems.push(`not rendered: ${JSON.stringify(state)}`);
    if (state.worker !== 'true') problems.push(`not the same article through the worker: ${state.worker}`);
    if (state.styled !== 'auto') problems.push(`comparison.css not applied (overflow-x: ${state.styled})`);
    console.log(`${problems.length ? 'not ok' : 'ok'} - ${name}: ${emitted.join(', ')}`);
  } catch (e) {
    problems.push(String(e.stack || e));
    console.log(`not ok - ${name}`);
  }
  for (const p of problems) console.log(`  ${p}`);
  if (problems.length) failures.push(name);
}
await browser.close();
fs.rmSync(tmp, { recursive: true, force: true });
console.log(failures.length ? `failed: ${failures.join(', ')}` : 'every bundler renders the seed');
// The summary scripts/run-tests.sh counts, as node --test prints it.
console.log(`# pass ${Object.keys(BUNDLERS).length - failures.length}\n# fail ${failures.length}`);
process.exit(failures.length ? 1 : 0);
