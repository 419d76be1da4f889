#!/usr/bin/env node
// comparison-render INPUT... --out DIR [--slug S] [--raw-html MODE] [--jobs N] [--quiet]
//
// Renders each payload file to DIR/<slug>.html, a standalone page that links DIR/comparison.css
// and carries a strict Content-Security-Policy (no script needed). An INPUT that is a folder
// means every .json, .html and .htm file under it, recursively (hidden folders and node_modules
// skipped), in sorted order; "-" is standard input. Rendering runs on N worker threads (default: one per core, one
// in-process renderer with --jobs 1); files are read and pages written here, in input order,
// so the files and the output are the same whatever N is.
//
// Exit status: 0 all rendered, 1 any input failed (the others are still written), 2 usage error.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import createComparisonRenderer from '../dist/comparison-renderer.mjs';
import { Worker } from 'node:worker_threads';
import { GENERATOR_META, STYLESHEET, describeFsError, renderFile } from './render-file.mjs';

const PROGRAM = 'comparison-render';
const RAW_HTML_MODES = ['sanitize', 'escape', 'drop', 'trust'];
const INPUT_EXTENSIONS = new Set(['.json', '.html', '.htm']);
const SKIPPED_FOLDERS = new Set(['node_modules']);

const MAX_JOBS = 64;
const USAGE = `Usage: ${PROGRAM} INPUT... --out DIR [--slug S] [--raw-html MODE] [--jobs N] [--quiet]

Renders each comparison payload to DIR/<slug>.html, a standalone page, and copies
the stylesheet to DIR/${STYLESHEET}.

  INPUT               a Nuxt _payload.json, a saved Nuxt HTML page, a plain JSON
                      comparison, or a folder: every .json/.html/.htm file in it and
                      in its subfolders (hidden folders and node_modules skipped);
                      - reads one from standard input
  -o, --out DIR       where the pages go (created if missing)
  --slug S            which comparison, when a payload holds several
  --raw-html MODE     raw HTML in the markdown: sanitize (default), escape, drop, trust
  -j, --jobs N        render on N threads (default: the number of cores); the
                      pages are the same whatever N is
  -q, --quiet         only problems: no progress line, no per-page lines, no summary
  -h, --help          this help
  -V, --version       the version

Two inputs with the same slug never overwrite each other: the second page gets a
suffix (rust-vs-go-2.html). No input, and no file in DIR that this command did not
write, is ever written over. A bad input is reported as "FILE: code: message (at
path)" on stderr and the others still render; so is a folder with no payload in it.
Exit status: 0 all rendered, 1 some input failed, 2 usage error.
`;

function usageError(message) {
  process.stderr.write(`${PROGRAM}: ${message}\nTry '${PROGRAM} --help'.\n`);
  process.exit(2);
}

function readVersion() {
  try {
    return JSON.parse(fs.readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version;
  } catch {
    return 'unknown';
  }
}

let args;
try {
  args = parseArgs({
    allowPositionals: true,
    options: {
      out: { type: 'string', short: 'o' },
      slug: { type: 'string' },
      'raw-html': { type: 'string' },
      jobs: { type: 'string', short: 'j' },
      quiet: { type: 'boolean', short: 'q' },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'V' },
    },
  });
} catch (e) {
  // Node's own wording for an unknown option ends in an unbalanced quote: said plainly here.
  const unknown = e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && /Unknown option '([^']+)'/.exec(e.message);
  usageError(unknown ? `unknown option ${unknown[1]} (a file whose name starts with "-" goes after "--", after the options)` : e.message);
}
const { values, positionals } = args;
if (values.help) {
  process.stdout.write(USAGE);
  process.exit(0);
}
if (values.version) {
  process.stdout.write(`${PROGRAM} ${readVersion()}\n`);
  process.exit(0);
}
if (positionals.length === 0) usageError('no INPUT given');
if (values.out === undefined || values.out === '') usageError('--out DIR is required');
if (values['raw-html'] !== undefined && !RAW_HTML_MODES.includes(values['raw-html'])) {
  usageError(`--raw-html must be one of ${RAW_HTML_MODES.join(', ')}, not "${values['raw-html']}"`);
}
if (values.slug !== undefined && values.slug === '') usageError('--slug needs a value');
if (positionals.filter((p) => p === '-').length > 1) usageError('standard input (-) can be read only once');

let jobs = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
if (values.jobs !== undefined) {
  jobs = Number(values.jobs);
  if (!/^\d+$/.test(values.jobs) || jobs < 1 || jobs > MAX_JOBS) usageError(`--jobs must be a whole number from 1 to ${MAX_JOBS}, not "${values.jobs}"`);
}
jobs = Math.max(1, Math.min(jobs, MAX_JOBS));
const quiet = values.quiet === true;
const outDir = path.resolve(values.out);

// A path as the file system knows it (symbolic links resolved), for a path that need not exist
// yet: its deepest existing folder resolved, the rest as given. Two names of one file (a link to
// the input folder given as --out) compare equal this way.
function realPath(p) {
  const rest = [];
  for (let at = path.resolve(p); ; at = path.dirname(at)) {
    try {
      return path.join(fs.realpathSync(at), ...rest.reverse());
    } catch {
      if (path.dirname(at) === at) return path.resolve(p);
      rest.push(path.basename(at));
    }
  }
}
const outReal = realPath(outDir);
const renderOptions = {};
if (values.slug !== undefined) renderOptions.slug = values.slug;
if (values['raw-html'] !== undefined) renderOptions.rawHtml = values['raw-html'];

// ---- output: progress on a terminal, plain lines otherwise ----
const interactive = Boolean(process.stderr.isTTY) && !quiet;
// A line per page where stdout is not the terminal the progress line is on (a file, a pipe).
const pageLines = !quiet && !(interactive && process.stdout.isTTY);
// A reader that stops early (`| head`) closes stdout: the pages are still written, the lines not.
let stdoutOpen = true;
process.stdout.on('error', (e) => {
  if (e.code !== 'EPIPE') throw e;
  stdoutOpen = false;
});
let progressShown = false;
let lastProgress = 0;
let progressStarted = 0;

function clearProgress() {
  if (progressShown) {
    process.stderr.write('\r\x1b[2K');
    progressShown = false;
  }
}
function progress(done, total, file, force = false) {
  if (!interactive) return;
  const now = Date.now();
  if (!force && now - lastProgress < 50) return;
  lastProgress = now;
  const width = Math.max(20, (process.stderr.columns || 80) - 1);
  // The rate and the time left, once there is something to go by.
  const seconds = (now - progressStarted) / 1000;
  let pace = '';
  if (done > 0 && seconds > 0.2) {
    const rate = done / seconds;
    const left = Math.ceil((total - done) / rate);
    pace = ` ${rate >= 10 ? rate.toFixed(0) : rate.toFixed(1)}/s, ${left >= 60 ? `${Math.floor(left / 60)} min ${left % 60} s` : `${left} s`} left`;
  }
  let line = `[${done}/${total}]${pace} ${file}`;
  if (line.length > width) line = `${line.slice(0, width - 1)}…`;
  process.stderr.write(`\r\x1b[2K${line}`);
  progressShown = true;
}
function report(stream, line) {
  clearProgress();
  stream.write(`${line}\n`);
}

// A page this command wrote (in an earlier run, into a folder it now walks): not an input.
const GENERATOR = Buffer.from(GENERATOR_META);
function isOurPage(file) {
  if (!/\.html?$/i.test(file)) return false;
  let fd;
  try {
    fd = fs.openSync(file, 'r');
    const head = Buffer.alloc(1024);
    return head.subarray(0, fs.readSync(fd, head, 0, head.length, 0)).includes(GENERATOR);
  } catch {
    return false;  // unreadable: listed, and reported when it is read
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

const NO_PAYLOAD = 'No .json, .html or .htm file in this folder or its subfolders (hidden folders and node_modules are skipped).';

// ---- inputs: in the order given; folders walked (sorted, without recursion on their depth) ----
// Each entry is { file } or, when it cannot even be listed, { file, problem } (with a code other
// than read_failed for a folder with no payload in it). A walk skips the output folder and the
// pages this command wrote: re-running into the same place works.
function listInputs(inputs) {
  const entries = [];
  for (const input of inputs) {
    if (input === '-') {  // standard input, read where the file would be
      entries.push({ file: input });
      continue;
    }
    let stat;
    try {
      stat = fs.statSync(input);
    } catch (e) {
      entries.push({ file: input, problem: describeFsError(e) });
      continue;
    }
    if (!stat.isDirectory()) {
      entries.push({ file: input });
      continue;
    }
    const found = [];
    const folders = [input];
    while (folders.length) {
      const folder = folders.pop();
      let children;
      try {
        children = fs.readdirSync(folder, { withFileTypes: true });
      } catch (e) {
        found.push({ file: folder, problem: describeFsError(e) });
        continue;
      }
      for (const child of children) {
        const full = path.join(folder, child.name);
        if (child.isDirectory()) {
          if (!child.name.startsWith('.') && !SKIPPED_FOLDERS.has(child.name) && realPath(full) !== outReal) folders.push(full);
        } else if ((child.isFile() || child.isSymbolicLink()) && INPUT_EXTENSIONS.has(path.extname(child.name).toLowerCase())) {
          if (child.isSymbolicLink()) {
            try {
              if (!fs.statSync(full).isFile()) continue; // links to folders are not followed
            } catch {
              continue; // a dangling link
            }
          }
          if (!isOurPage(full)) found.push({ file: full });
        }
      }
    }
    found.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
    // A folder with nothing to render is a failed input, not a quiet success: a wrong path or an
    // empty checkout in a build script should stop the build.
    if (found.length === 0) found.push({ file: input, code: 'no_payload', problem: NO_PAYLOAD });
    entries.push(...found);
  }
  return entries;
}


// ---- names: the payload's slug, made safe as a file name, unique within this run ----
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;
function baseName(result, file) {
  let name = result.slug;
  if (!name) {
    name = path.basename(file, path.extname(file));
    if (name === '_payload' || name === 'index') name = path.basename(path.dirname(path.resolve(file)));
  }
  name = name.normalize('NFC').replace(/[^\p{L}\p{N}._-]+/gu, '-').replace(/^[-.]+|[-.]+$/g, '');
  name = Array.from(name).slice(0, 120).join('').replace(/[-.]+$/, ''); // whole code points
  if (!name) name = 'comparison';
  if (WINDOWS_RESERVED.test(name)) name = `${name}-page`;
  return name;
}

const taken = new Map(); // lower-cased file name -> input that took it (case-insensitive file systems)
const nextNumber = new Map(); // lower-cased base name -> the next "-n" to try for it
function uniqueName(base, file) {
  let name = base;
  // Each base remembers the last number it gave, so n inputs with one slug cost n probes, not n²/2.
  const lower = base.toLowerCase();
  let n = nextNumber.get(lower) || 2;
  while (taken.has(`${name}.html`.toLowerCase())) name = `${base}-${n++}`;
  nextNumber.set(lower, n);
  const key = `${name}.html`.toLowerCase();
  const clash = name !== base ? taken.get(`${base}.html`.toLowerCase()) : null;
  taken.set(key, file);
  return { name: `${name}.html`, base, clash };
}

// The output folder and the folders it needs, one at a time (Node's recursive mkdir loops for
// ever on a path the kernel refuses, such as one under /proc). Returns the folders it made,
// outermost first.
function makeFolder(folder) {
  const missing = [];
  for (let at = folder; ; at = path.dirname(at)) {
    try {
      if (fs.statSync(at).isDirectory()) break;
      throw Object.assign(new Error('not a folder'), { code: 'ENOTDIR' });
    } catch (e) {
      if (e.code !== 'ENOENT' || path.dirname(at) === at) throw e;
      missing.push(at);
    }
  }
  missing.reverse();
  for (const at of missing) fs.mkdirSync(at);
  return missing;
}

// The stylesheet, unless a file of that name there is someone else's. Returns whether it is new.
const STYLESHEET_START = '/* comparison-renderer: the stylesheet';
function copyStylesheet() {
  const target = path.join(outDir, STYLESHEET);
  const existed = fs.existsSync(target);
  if (existed && !fs.readFileSync(target, 'utf8').startsWith(STYLESHEET_START)) {
    throw new Error(`${target} is not comparison-renderer's stylesheet: it was left as it is (remove it, or choose another --out)`);
  }
  fs.copyFileSync(new URL(`../dist/${STYLESHEET}`, import.meta.url), target);
  return !existed;
}

// A run that wrote no page takes back what it made before it knew: the stylesheet it copied and
// the folders it made (each only if nothing else is in it now).
function undoOutput() {
  try {
    if (stylesheetIsNew) fs.rmSync(path.join(outDir, STYLESHEET), { force: true });
    for (const folder of madeFolders.toReversed()) fs.rmdirSync(folder);
  } catch {
    // not empty (or not ours to remove): left as it is
  }
}

// ---- the run ----
const started = process.hrtime.bigint();
// The inputs' real paths: a file given twice (or in a folder given too) is read once, where it
// first comes, and no page is written over one.
const inputFiles = new Set();
const entries = listInputs(positionals).filter((e) => {
  if (e.file === '-') return true;
  const real = realPath(e.file);
  if (inputFiles.has(real)) return false;
  inputFiles.add(real);
  return true;
});
let failed = 0;
let rendered = 0;

let madeFolders = [];
let stylesheetIsNew = false;
try {
  madeFolders = makeFolder(outDir);
  stylesheetIsNew = copyStylesheet();
} catch (e) {
  process.stderr.write(`${PROGRAM}: cannot write to ${outDir}: ${describeFsError(e)}\n`);
  process.exit(1);
}

// Rendering: files go out in runs of CHUNK (up to 16, fewer when there are few files, so every
// thread gets several runs); run c is done by thread c % jobs, thread 0 being this
// one and the others worker threads (bin/render-worker.mjs) that each read, render and write
// whole files — rendering alone is too short a part of a file's work to share out. Each page is
// written to a temporary file and renamed here, strictly in input order, so names and output
// never depend on timing.
const total = entries.length;
const CHUNK = Math.max(1, Math.min(16, Math.ceil(total / (8 * jobs))));
const temporary = (i) => path.join(outDir, `.comparison-render-${process.pid}-${i}.tmp`);
let renderer;
const threads = [];
const waiting = new Map(); // first index of a run -> resolve of its outcomes
try {
  renderer = await createComparisonRenderer();
  const workers = Math.min(jobs, Math.ceil(total / CHUNK)) - 1;
  if (workers > 0) {
    const wasmModule = await createComparisonRenderer[Symbol.for('comparison-renderer.internals')].compile();
    for (let t = 0; t < workers; t++) {
      const thread = new Worker(new URL('./render-worker.mjs', import.meta.url), { workerData: { wasmModule, options: renderOptions } });
      thread.on('message', (m) => { if (!m.ready) { waiting.get(m.first)(m.outcomes); waiting.delete(m.first); } });
      thread.on('error', (e) => {
        process.stderr.write(`${PROGRAM}: a worker thread failed: ${e && e.message ? e.message : e}\n`);
        process.exit(1);
      });
      threads.push(thread);
    }
  }
} catch (e) {
  process.stderr.write(`${PROGRAM}: the renderer could not be loaded: ${e && e.message ? e.message : e}\n`);
  undoOutput();
  process.exit(1);
}

// The outcomes of run c (or a promise of them): { problem } | { result, written | writeProblem }.
function startRun(c) {
  const first = c * CHUNK, last = Math.min(total, first + CHUNK);
  const jobsOf = [];
  for (let i = first; i < last; i++) jobsOf.push({ file: entries[i].file, problem: entries[i].problem, temporary: temporary(i) });
  const thread = c % (threads.length + 1);
  if (thread === 0) {
    return jobsOf.map((j) => (j.problem ? { problem: j.problem } : renderFile(renderer, j.file, renderOptions, j.temporary)));
  }
  return new Promise((resolve) => {
    waiting.set(first, resolve);
    threads[thread - 1].postMessage({ first, files: jobsOf });
  });
}

const runs = new Map(); // run number -> its outcomes (or a promise of them)
let nextRun = 0;
progressStarted = Date.now();
for (let i = 0; i < total; i++) {
  const c = Math.floor(i / CHUNK);
  while (nextRun * CHUNK < total && nextRun < c + 2 * (threads.length + 1)) {
    runs.set(nextRun, startRun(nextRun));
    nextRun++;
  }
  if (i % CHUNK === 0) runs.set(c, await runs.get(c));
  const { problem, result, written, writeProblem } = runs.get(c)[i % CHUNK];
  if (i % CHUNK === CHUNK - 1) runs.delete(c);
  const { file } = entries[i];
  progress(i, total, file);
  if (problem) {
    report(process.stderr, `${file}: ${entries[i].code || 'read_failed'}: ${problem}`);
    failed++;
    continue;
  }
  if (!result.ok) {
    const { code, message, path: at } = result.error;
    report(process.stderr, `${file}: ${code}: ${message}${at ? ` (at ${at})` : ''}`);
    failed++;
    continue;
  }
  for (const warning of result.warnings) report(process.stderr, `${file}: warning: ${warning}`);
  const { name, base, clash } = uniqueName(baseName(result, file), file);
  if (clash) report(process.stderr, `${file}: warning: ${base}.html is already taken by ${clash}; writing ${name}`);
  const target = path.join(outDir, name);
  let why = writeProblem;
  if (!why && inputFiles.has(path.join(outReal, name))) {  // never write a page over what it was made from
    why = 'that is one of the inputs (choose another --out)';
  } else if (!why && fs.existsSync(target) && !isOurPage(target)) {  // nor over a page of someone else's
    why = 'a file this command did not write is there; it was left as it is (remove it, or choose another --out)';
  }
  if (why && written) fs.rmSync(written, { force: true });
  if (!why) {
    try {
      fs.renameSync(written, target);
    } catch (e) {
      why = describeFsError(e);
      fs.rmSync(written, { force: true });
    }
  }
  if (why) {
    report(process.stderr, `${file}: write_failed: ${target}: ${why}`);
    failed++;
    continue;
  }
  rendered++;
  if (pageLines && stdoutOpen) process.stdout.write(`${file} -> ${path.join(values.out, name)}\n`);  // as --out was given
}
await Promise.all(threads.map((t) => t.terminate()));
if (rendered === 0) undoOutput();
progress(total, total, '', true);
clearProgress();
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
if (!quiet) process.stderr.write(`${rendered} rendered, ${failed} failed in ${seconds.toFixed(2)} s\n`);
process.exitCode = failed > 0 ? 1 : 0;
