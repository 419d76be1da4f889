// Cold start in Chromium: import + init + first render of the seed, from navigation start.
const which = new URLSearchParams(location.search).get('impl');
const seed = await (await fetch('/bench/out/seed.json')).text();
if (which === 'module') {
  const { default: create } = await import('/dist/comparison-renderer.mjs');
  (await create()).renderComparison(seed);
} else {
  const { parse } = await import('/node_modules/devalue/src/parse.js');
  const { makePeer } = await import('/bench/pipelines.mjs');
  let render;
  if (which === 'markdown-it') {
    const { default: MarkdownIt } = await import('/node_modules/markdown-it/dist/browser/markdown-it.esm.min.mjs');
    const md = new MarkdownIt({ html: false });
    render = (s) => md.render(s);
  } else if (which === 'marked') {
    const { Marked } = await import('/node_modules/marked/lib/marked.esm.js');
    const m = new Marked({ gfm: true });
    render = (s) => m.parse(s);
  } else {
    const md4w = await import('/node_modules/md4w/js/index.js');
    await md4w.init(which === 'md4w-small' ? 'small' : 'fast');
    render = (s) => md4w.mdToHtml(s);
  }
  makePeer(parse, render)(seed);
}
window.__cold = performance.now();
