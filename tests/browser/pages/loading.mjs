// Creates the renderer with a .wasm that is missing, not WebAssembly, or located by a throwing
// locateFile, then normally; records how each attempt settled in window.__results.
import createComparisonRenderer from '/dist/comparison-renderer.mjs';

const attempts = {
  missing: { locateFile: () => '/dist/missing.wasm' },
  html: { locateFile: () => '/test-pages/loading.html' },
  throwing: { locateFile: () => { throw new Error('no idea where it is'); } },
  normal: {},
};
const results = {};
for (const [name, overrides] of Object.entries(attempts)) {
  try {
    const renderer = await createComparisonRenderer(overrides);
    results[name] = { ok: true, html: renderer.renderMarkdown('*a*').html };
  } catch (e) {
    results[name] = { ok: false, message: String(e && e.message) };
  }
}
window.__results = results;
document.body.dataset.ready = 'true';
