// Minifies the built module as a whole (Emscripten minifies its own part, not the facade
// appended to it): node scripts/minify.mjs IN.js OUT.mjs. Called by the wasm build (CMake).
// terser rather than esbuild: it also drops what nothing in the factory's closure reaches, and
// two passes, 0.86 KB less gzipped (docs/decisions.md §12, "2026-12-07, late morning").
// It also drops the CommonJS/AMD export lines Emscripten writes after its factory: the module
// is an ES module whose default export is the facade, and bundlers warn about `module.exports`
// left in one. And it drops Emscripten's own loader: the facade always gives the factory an
// `instantiateWasm` (web/js/facade.js), so the fetch, XHR and ArrayBuffer paths behind
// `instantiateAsync()` never run (-0.4 KB gzipped; 3.1.6 has no setting that leaves them out).
import fs from 'node:fs';
import { minify } from 'terser';

const [input, output] = process.argv.slice(2);
const umd = /if \(typeof exports === 'object' && typeof module === 'object'\)\n\s*module\.exports = crModuleFactory;\nelse if \(typeof define === 'function' && define\['amd'\]\)\n\s*define\(\[\], function\(\) \{ return crModuleFactory; \}\);\nelse if \(typeof exports === 'object'\)\n\s*exports\["crModuleFactory"\] = crModuleFactory;\n/;
const loader = 'instantiateAsync().catch(readyPromiseReject);';
const source = fs.readFileSync(input, 'utf8');
if (!umd.test(source)) throw new Error(`minify: ${input} has no CommonJS export lines where Emscripten 3.1.6 writes them`);
if (source.split(loader).length !== 2) throw new Error(`minify: ${input} does not call "${loader}" once, as Emscripten 3.1.6's createWasm does`);
const { code } = await minify(source.replace(umd, '').replace(loader, ''), { module: true, ecma: 2020, compress: { passes: 2 } });
fs.writeFileSync(output, code);
