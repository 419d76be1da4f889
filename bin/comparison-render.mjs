#!/usr/bin/env node
// comparison-render INPUT... --out DIR [--slug S] [--raw-html MODE]
//
// Renders each payload file to DIR/<slug>.html, a standalone page that links DIR/comparison.css
// and carries a strict Content-Security-Policy (no script needed). An INPUT that is a folder
// means every .json, .html and .htm file under it, recursively (hidden folders and node_modules
// skipped), in sorted order. One renderer instance for the whole run; files are read, rendered
// and written one at a time.
//
// Exit status: 0 all rendered, 1 any input failed (the others are still written), 2 usage error.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import createComparisonRenderer from '../dist/comparison-renderer.mjs';

const PROGRAM = 'comparison-render';
const RAW_HTML_MODES = ['sanitize', 'escape', 'drop', 'trust'];
const INPUT_EXTENSIONS = new Set(['.json', '.html', '.htm']);
const SKIPPED_FOLDERS = new Set(['node_modules']);
const STYLESHEET = 'comparison.css';
const CSP = "default-src 'none'; style-src 'self'; img-src 'self' https: data:";

const USAGE = `Usage: ${PROGRAM} INPUT... --out DIR [--slug S] [--raw-html MODE]

Renders each comparison payload to DIR/<slug>.html, a standalone page, and copies
the stylesheet to DIR/${STYLESHEET}.

  INPUT               a Nuxt _payload.json, a saved Nuxt HTML page, a plain JSON
                      comparison, or a folder: every .json/.html/.htm file in it and
                      in its subfolders (hidden folders and node_modules skipped)
  -o, --out DIR       where the pages go (created if missing)
  --slug S            which comparison, when a payload holds several
  --raw-html MODE     raw HTML in the markdown: sanitize (default), escape, drop, trust
  -h, --help          this help
  -V, --version       the version

Two inputs with the same slug never overwrite each other: the second page gets a
suffix (rust-vs-go-2.html). A bad input is reported as "FILE: code: message (at
path)" on stderr and the others still render.
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
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'V' },
    },
  });
} catch (e) {
  usageError(e.message);
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

const outDir = path.resolve(values.out);
const renderOptions = {};
if (values.slug !== undefined) renderOptions.slug = values.slug;
if (values['raw-html'] !== undefined) renderOptions.rawHtml = values['raw-html'];

// ---- output: progress on a terminal, plain lines otherwise ----
const interactive = Boolean(process.stderr.isTTY);
let progressShown = false;
let lastProgress = 0;

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
  let line = `[${done}/${total}] ${file}`;
  if (line.length > width) line = `${line.slice(0, width - 1)}…`;
  process.stderr.write(`\r\x1b[2K${line}`);
  progressShown = true;
}
function report(stream, line) {
  clearProgress();
  stream.write(`${line}\n`);
}

// ---- inputs: in the order given; folders walked (sorted, without recursion on their depth) ----
// Each entry is { file } or, when it cannot even be listed, { file, problem }.
function listInputs(inputs) {
  const entries = [];
  for (const input of inputs) {
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
          if (!child.name.startsWith('.') && !SKIPPED_FOLDERS.has(child.name)) folders.push(full);
        } else if ((child.isFile() || child.isSymbolicLink()) && INPUT_EXTENSIONS.has(path.extname(child.name).toLowerCase())) {
          if (child.isSymbolicLink()) {
            try {
              if (!fs.statSync(full).isFile()) continue; // links to folders are not followed
            } catch {
              continue; // a dangling link
            }
          }
          found.push({ file: full });
        }
      }
    }
    found.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
    entries.push(...found);
  }
  return entries;
}

function describeFsError(e) {
  if (e && e.code === 'ENOENT') return 'No such file or folder.';
  if (e && e.code === 'EACCES') return 'Permission denied.';
  if (e && e.code === 'EISDIR') return 'Is a folder.';
  return `${e && e.message ? e.message : String(e)}`.replace(/\.?$/, '.');
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
function uniqueName(base, file) {
  let name = base;
  for (let n = 2; taken.has(`${name}.html`.toLowerCase()); n++) name = `${base}-${n}`;
  const key = `${name}.html`.toLowerCase();
  const clash = name !== base ? taken.get(`${base}.html`.toLowerCase()) : null;
  taken.set(key, file);
  return { name: `${name}.html`, base, clash };
}

// ---- the page ----
const escapeHtml = (s) => String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

function page(result, version) {
  const title = result.metaTitle || result.title;
  const description = result.metaDescription || result.description;
  return '<!DOCTYPE html>\n' +
    `<html lang="${escapeHtml(result.lang)}" dir="${escapeHtml(result.dir)}">\n` +
    '<head>\n' +
    '<meta charset="utf-8">\n' +
    `<meta http-equiv="Content-Security-Policy" content="${CSP}">\n` + // a constant: nothing to escape
    '<meta name="viewport" content="width=device-width, initial-scale=1">\n' +
    `<title>${escapeHtml(title)}</title>\n` +
    (description ? `<meta name="description" content="${escapeHtml(description)}">\n` : '') +
    `<meta name="generator" content="comparison-renderer ${escapeHtml(version)}">\n` +
    `<link rel="stylesheet" href="${STYLESHEET}">\n` +
    '</head>\n' +
    '<body>\n' +
    '<main>\n' +
    result.html + (result.html.endsWith('\n') ? '' : '\n') +
    '</main>\n' +
    '</body>\n' +
    '</html>\n';
}

// ---- the run ----
const started = process.hrtime.bigint();
const entries = listInputs(positionals);
let failed = 0;
let rendered = 0;

try {
  fs.mkdirSync(outDir, { recursive: true });
  fs.copyFileSync(new URL(`../dist/${STYLESHEET}`, import.meta.url), path.join(outDir, STYLESHEET));
} catch (e) {
  process.stderr.write(`${PROGRAM}: cannot write to ${outDir}: ${describeFsError(e)}\n`);
  process.exit(1);
}

const renderer = await createComparisonRenderer();
const total = entries.length;
for (let i = 0; i < total; i++) {
  const { file, problem } = entries[i];
  progress(i, total, file);
  if (problem) {
    report(process.stderr, `${file}: read_failed: ${problem}`);
    failed++;
    continue;
  }
  let text;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    report(process.stderr, `${file}: read_failed: ${describeFsError(e)}`);
    failed++;
    continue;
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1); // a byte order mark some editors add
  const result = renderer.renderComparison(text, renderOptions);
  text = null;
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
  try {
    fs.writeFileSync(target, page(result, renderer.version));
  } catch (e) {
    report(process.stderr, `${file}: write_failed: ${target}: ${describeFsError(e)}`);
    failed++;
    continue;
  }
  rendered++;
  if (!interactive) process.stdout.write(`${file} -> ${path.join(values.out, name)}\n`);  // as --out was given
}
progress(total, total, '', true);
clearProgress();
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
process.stderr.write(`${rendered} rendered, ${failed} failed in ${seconds.toFixed(2)} s\n`);
process.exitCode = failed > 0 ? 1 : 0;
