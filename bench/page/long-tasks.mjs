// One run of bench/long-tasks.mjs in a fresh page: ?mode=plain (create the renderer, render,
// innerHTML, force layout: what a page without the element does) or ?mode=main|worker|auto (the
// element with that render attribute). Reports the long tasks from the start of the work, when
// the heading was first in the page and when the whole article was.
const mode = new URLSearchParams(location.search).get('mode');
const corpus = new URLSearchParams(location.search).get('corpus') || 'large';
const payload = await (await fetch(`/bench/out/${corpus}.json`)).text();
const tasks = [];
new PerformanceObserver((list) => { for (const e of list.getEntries()) tasks.push({ start: e.startTime, duration: e.duration }); })
  .observe({ type: 'longtask', buffered: true });
const main = document.querySelector('main');
let headingAt = null;
new MutationObserver(() => {
  if (headingAt === null && main.querySelector('h1')) headingAt = performance.now();
}).observe(main, { childList: true, subtree: true });
const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
await frame();

const t0 = performance.now();
if (mode === 'plain') {
  const { default: create } = await import('/dist/comparison-renderer.mjs');
  const renderer = await create();
  main.innerHTML = renderer.renderComparison(payload).html;
  void main.offsetHeight;  // style and layout, now
} else {
  await import('/dist/comparison-article.mjs');
  const el = document.createElement('comparison-article');
  el.setAttribute('render', mode);
  const done = new Promise((r) => el.addEventListener('comparison-rendered', r, { once: true }));
  el.payload = payload;
  main.append(el);
  await done;
  void main.offsetHeight;
}
const allIn = performance.now();
await frame();
await new Promise((r) => setTimeout(r, 300));  // the last long task is reported
const mine = tasks.filter((t) => t.start + t.duration >= t0);
window.__result = {
  heading: headingAt - t0,
  all: allIn - t0,
  tasks: mine.length,
  longest: Math.max(0, ...mine.map((t) => t.duration)),
  tbt: mine.reduce((s, t) => s + Math.max(0, t.duration - 50), 0),
  list: mine.map((t) => [Math.round(t.start - t0), Math.round(t.duration)]),
};
