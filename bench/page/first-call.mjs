// A cold run in a fresh Chromium context (bench/run.mjs opens one per sample): the same as
// bench/first-call-node.mjs, in the page. ?impl=IMPL&scenario=SCENARIO; the result lands in
// window.__cold = {load, first}.
import { coldRun, peerRender } from '/bench/first-call.mjs';

const params = new URLSearchParams(location.search);
const impl = params.get('impl');
const scenario = params.get('scenario');
const text = await (await fetch(`/bench/out/${scenario}.json`)).text();
const input = scenario === 'many' ? JSON.parse(text)[0] : text;

async function load(which) {
  if (which === 'module') {
    const { default: create } = await import('/dist/comparison-renderer.mjs');
    const renderer = await create();
    return (s) => renderer.renderComparison(s).html;
  }
  const libs = await import('/bench/out/peer-libs.mjs');
  if (which.startsWith('md4w')) {
    const md4w = await import('/node_modules/md4w/js/index.js');
    await md4w.init(which === 'md4w-small' ? 'small' : 'fast');
    return peerRender(which, { ...libs, md4w });
  }
  return peerRender(which, libs);
}

try {
  window.__cold = await coldRun(impl, input, load);
} catch (e) {
  window.__cold = { error: String(e && e.stack || e) };
}
