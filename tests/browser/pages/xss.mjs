// Inserts every rendering of every XSS vector with innerHTML, on a page whose policy would let
// inline script and handlers run (so a sanitizer miss shows up as a call to top.__xss), then
// inspects the DOM the browser built.
import create from '/dist/comparison-renderer.mjs';

const hits = [];
window.__xss = (name) => hits.push(name);
const renderer = await create();
const vectors = await (await fetch('/fixtures/xss-vectors.json')).json();
const out = document.getElementById('out');
const domProblems = [];
const FORBIDDEN = 'script,style,iframe,frame,frameset,object,embed,applet,svg,math,form,button,select,textarea,meta,base,link,template,noscript,video,audio';

function inspect(container, label) {
  for (const el of container.querySelectorAll(FORBIDDEN)) domProblems.push(`${label}: <${el.localName}>`);
  for (const el of container.querySelectorAll('input:not(.task-list-item-checkbox)')) domProblems.push(`${label}: <input>`);
  for (const el of container.querySelectorAll('*')) {
    for (const attr of el.attributes) {
      const name = attr.name.toLowerCase();
      if (name.startsWith('on')) domProblems.push(`${label}: ${name}= on <${el.localName}>`);
      if (name === 'style') domProblems.push(`${label}: style= on <${el.localName}>`);
      if (['href', 'src', 'srcset', 'action', 'formaction', 'poster', 'background', 'xlink:href', 'cite'].includes(name)) {
        let protocol = 'invalid:';
        try { protocol = new URL(attr.value, location.href).protocol; } catch { /* unparsable: harmless */ }
        const ok = ['http:', 'https:', 'mailto:', 'tel:', 'invalid:'].includes(protocol) ||
          (protocol === 'data:' && el.localName === 'img' && /^data:image\/(png|gif|jpe?g|webp|avif|bmp)[;,]/i.test(attr.value.trim()));
        if (!ok) domProblems.push(`${label}: ${name}="${attr.value}" on <${el.localName}>`);
      }
    }
  }
}

let insertions = 0;
function insert(html, label) {
  const box = document.createElement('section');
  box.innerHTML = html;
  out.append(box);
  inspect(box, label);
  insertions++;
  // Interactions a reader might trigger.
  for (const el of box.querySelectorAll('*')) {
    el.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    el.dispatchEvent(new FocusEvent('focus'));
  }
}

for (const v of vectors) {
  for (const mode of ['sanitize', 'escape', 'drop']) {
    const r = renderer.renderMarkdown(v.markdown, { rawHtml: mode });
    if (r.ok) insert(r.html, `${v.name}/${mode}`);
  }
  const comparison = { title: v.markdown, description: v.markdown, slug: 'x-vs-y', content_md: v.markdown,
    feature_matrix: [{ feature: v.markdown, optionA: v.markdown, optionB: 'b', winner: 'A' }] };
  const r = renderer.renderComparison(JSON.stringify(comparison), { optionB: v.markdown });
  if (r.ok) insert(r.html, `${v.name}/comparison`);
}
// Give image errors, autofocus and load events time to fire.
await new Promise((resolve) => setTimeout(resolve, 1500));
window.__result = { vectors: vectors.length, insertions, hits, domProblems };
