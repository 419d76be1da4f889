// What the module's download is made of: code and data per component, raw and gzipped.
//   node bench/size.mjs [BUILD_DIR]     (default build-wasm-profile: scripts/build.sh profile)
// Code: every function of the profiling build (same flags as dist/, plus --profiling-funcs),
// by its name. Data: the link map of that build (the link is re-run with -Wl,--print-map), by
// symbol; the merged string literals ("<internal>") are one line. A component's share of the
// gzip is what the .wasm's gzip loses when its code and data are taken out (gzip shares one
// window across the file, so a part gzipped alone says little about what it adds); the shares
// add up to about the whole. Prints a markdown table; `sizeBreakdown(dir)` returns the rows for
// bench/run.mjs.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { execSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');

// Component rules, first match wins: [component, test on a function or data symbol name].
const RULES = [
  ['md4c', (n) => /^md_|^MD_|md4c/.test(n)],
  ['entities', (n) => /kEntity|entit/i.test(n)],
  ['labels', (n) => /Label|label_|kEnglish|kGerman|kFrench|kSpanish|kPortuguese|kItalian|kRussian|kJapanese|kChinese|kKorean|kArabic|kHebrew|plural/.test(n)],
  ['payload: decodePayload reviver', (n) => /Reviver|revive|unknown_type_message|decode_base64|is_array_index/.test(n)],
  ['payload: scanner, graph, page', (n) => /cr::payload::/.test(n)],
  ['model', (n) => /cr::model::/.test(n)],
  ['markdown writer', (n) => /cr::markdown::/.test(n)],
  ['sanitizer', (n) => /Sanitizer|sanitize/.test(n)],
  ['url policy', (n) => /url_policy|is_allowed_url|scheme|browser_view|normalise|plainly_safe|allowed_attribute|parent_allows/.test(n)],
  ['html escape', (n) => /cr::html::/.test(n)],
  ['render', (n) => /cr::render::/.test(n)],
  ['api, wire, options, bindings', (n) => /cr::wire|cr::parse_|cr::\{anon\}::|cr::render_comparison|cr::decode_payload|cr::render_markdown|cr::input_limit|^\{anon\}::|embind|emscripten|EMSCRIPTEN|cr_js_|number_platform/.test(n)],
  ['core', (n) => /cr::/.test(n)],
  ['libc, libc++, malloc', () => true],
];
// A function's own qualified name (its parameter types would match other components' rules).
const ownName = (name) => name.replaceAll('(anonymous namespace)', '{anon}').split('(')[0];
const componentOf = (name) => RULES.find(([, test]) => test(ownName(name)))[0];
const gz = (buf) => zlib.gzipSync(buf, { level: 9 }).length;

// A wasm module with its name section: its function bodies ([{ name, bytes }]), data segments
// ([{ address, offset, length }]) and custom sections ([[from, to]] in the file).
function functions(wasm) {
  let p = 8;
  const u = () => { let r = 0, s = 0, b; do { b = wasm[p++]; r |= (b & 0x7f) << s; s += 7; } while (b & 0x80); return r >>> 0; };
  let imported = 0;
  const bodies = [], names = new Map(), segments = [], custom = [];
  while (p < wasm.length) {
    const at = p, id = wasm[p++], size = u(), start = p;
    if (id === 2) {
      for (let n = u(), i = 0; i < n; i++) {
        let l = u(); p += l; l = u(); p += l;
        const kind = wasm[p++];
        if (kind === 0) { u(); imported++; } else if (kind === 1) { p++; const f = u(); u(); if (f & 1) u(); }
        else if (kind === 2) { const f = u(); u(); if (f & 1) u(); } else { p += 2; }
      }
    } else if (id === 10) {
      for (let n = u(), i = 0; i < n; i++) { const s = u(); bodies.push(wasm.subarray(p, p + s)); p += s; }
    } else if (id === 11) {
      for (let n = u(), i = 0; i < n; i++) {  // active segments at an i32.const address
        const flags = u();
        if (flags !== 0 || wasm[p++] !== 0x41) throw new Error('a data segment this reader does not know');
        let address = 0, shift = 0, b;
        do { b = wasm[p++]; address |= (b & 0x7f) << shift; shift += 7; } while (b & 0x80);
        p++; // end
        const length = u();
        segments.push({ address, offset: p, length });
        p += length;
      }
    } else if (id === 0) {
      custom.push([at, start + size]); // the name section (and any other): not in dist/'s .wasm
      const l = u(); const name = wasm.toString('utf8', p, p + l); p += l;
      if (name === 'name') {
        while (p < start + size) {
          const sub = wasm[p++], len = u(), end = p + len;
          if (sub === 1) for (let n = u(), i = 0; i < n; i++) { const idx = u(); const l2 = u(); names.set(idx, wasm.toString('utf8', p, p + l2)); p += l2; }
          p = end;
        }
      }
    }
    p = start + size;
  }
  return { code: bodies.map((bytes, i) => ({ name: names.get(i + imported) || `f${i}`, bytes })), segments, custom };
}

// Data symbols from the link map: [{ name, address, size }] (re-links the build with -Wl,--print-map).
function dataSymbols(buildDir) {
  const link = fs.readFileSync(path.join(buildDir, 'CMakeFiles/comparison_renderer.dir/link.txt'), 'utf8').trim();
  const tmp = fs.mkdtempSync(path.join(buildDir, 'map-'));
  try {
    const cmd = link.replace(' -o comparison-renderer.js', ` -o ${tmp}/m.js -Wl,--print-map`);
    const map = execSync(`. "${root}/emsdk-env.sh" >/dev/null 2>&1; ${cmd}`, { cwd: buildDir, shell: '/bin/bash',
      maxBuffer: 64 << 20, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    const lines = map.slice(map.indexOf(' DATA\n')).split('\n');
    const out = [];
    for (const line of lines) {
      const m = line.match(/^\s+([0-9a-f]+)\s+[0-9a-f]+\s+([0-9a-f]+)\s+(\S.*)$/);
      if (!m || m[3].startsWith('lto.tmp:') || m[3].startsWith('.')) continue;
      out.push({ name: m[3] === '<internal>:(.rodata)' ? 'merged string literals' : m[3], address: parseInt(m[1], 16), size: parseInt(m[2], 16) });
    }
    return out;
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

export function sizeBreakdown(buildDir = path.join(root, 'build-wasm-profile')) {
  const wasm = fs.readFileSync(path.join(buildDir, 'dist', 'comparison-renderer.wasm'));
  const { code, segments, custom } = functions(wasm);
  const rows = new Map();
  const row = (k) => rows.get(k) ?? rows.set(k, { code: [], data: 0, spans: [] }).get(k);
  for (const f of code) {  // spans: where the component's bytes are in the file
    const r = row(componentOf(f.name));
    r.code.push(f.bytes);
    r.spans.push([f.bytes.byteOffset - wasm.byteOffset, f.bytes.byteOffset - wasm.byteOffset + f.bytes.length]);
  }
  for (const d of dataSymbols(buildDir)) {
    const r = row(d.name === 'merged string literals' ? 'strings (messages, markup, keys)' : componentOf(d.name));
    const segment = segments.find((g) => d.address >= g.address && d.address < g.address + g.length);
    if (!segment) continue; // zeroed memory: not in the download
    r.data += d.size;
    r.spans.push([segment.offset + d.address - segment.address, segment.offset + d.address - segment.address + d.size]);
  }
  // The .wasm without the given spans (and without the name section, which dist/ does not carry).
  const without = (spans) => {
    const keep = new Uint8Array(wasm.length).fill(1);
    for (const [from, to] of [...custom, ...spans]) keep.fill(0, from, to);
    return wasm.filter((_, i) => keep[i]);
  };
  const whole = gz(without([]));
  const mjs = fs.readFileSync(path.join(root, 'dist', 'comparison-renderer.mjs'));
  const result = [...rows.entries()].map(([component, r]) => {
    const bytes = Buffer.concat(r.code);
    return { component, code: bytes.length, data: r.data, share: whole - gz(without(r.spans)) };
  });
  result.sort((a, b) => b.share - a.share);
  result.push({ component: 'JS glue (Emscripten + Embind runtime, facade)', code: mjs.length, data: 0, share: gz(mjs) });
  return result;
}

export function printBreakdown(rows) {
  console.log('| component | code | data | share of the gzip |\n|---|---|---|---|');
  const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;
  for (const r of rows) console.log(`| ${r.component} | ${kb(r.code)} | ${r.data ? kb(r.data) : '–'} | ${kb(r.share)} |`);
  const total = rows.reduce((t, r) => ({ code: t.code + r.code, data: t.data + r.data, share: t.share + r.share }), { code: 0, data: 0, share: 0 });
  console.log(`| **total** | ${kb(total.code)} | ${kb(total.data)} | ${kb(total.share)} |`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  printBreakdown(sizeBreakdown(process.argv[2] ? path.resolve(process.argv[2]) : undefined));
}
