// A large comparison (400 sections, a 6,000-row matrix: ~1.4 MB of HTML, a 900 KB payload)
// through <comparison-article> with render = "main" | "worker" | "auto". window.__renderWith(mode)
// resolves to what happened: the order the heading and the last row arrived in, aria-busy while
// the pieces went in, the events, and whether the DOM is the renderer's article.
import createComparisonRenderer from '/dist/comparison-renderer.mjs';
import '/dist/comparison-article.mjs';

const words = 'Throughput latency memory safety ergonomics tooling ecosystem. ';
export const comparison = JSON.stringify({
  title: 'Large vs Small', slug: 'large-vs-small', description: 'A long article.',
  content_md: Array.from({ length: 400 }, (_, i) =>
    `## Section ${i}\n\n${words.repeat(12)}\n\n- point *${i}*\n- point **${i + 1}**\n`).join('\n'),
  feature_matrix: Array.from({ length: 6000 }, (_, i) =>
    ({ feature: `Feature ${i}`, optionA: `a${i}`, optionB: `b${i}`, winner: i % 3 ? 'A' : 'B' })),
});
const options = { idPrefix: 'big-' };
const renderer = await createComparisonRenderer();
const expected = renderer.renderComparison(comparison, options).html;

window.__renderWith = (mode) => new Promise((resolve) => {
  const log = { busySeen: false, headingBeforeLastRow: null, events: [] };
  const el = document.createElement('comparison-article');
  el.setAttribute('render', mode);
  let headingAt = -1, lastRowAt = -1, step = 0;
  const observer = new MutationObserver(() => {
    step++;
    if (el.getAttribute('aria-busy') === 'true' && el.querySelector('h1')) log.busySeen = true;
    if (headingAt < 0 && el.querySelector('h1.cr-title')) headingAt = step;
    if (lastRowAt < 0 && el.querySelector('#big-matrix-caption') && el.querySelectorAll('tbody tr').length === 6000) lastRowAt = step;
  });
  observer.observe(el, { childList: true, subtree: true, attributes: true, attributeFilter: ['aria-busy'] });
  for (const type of ['comparison-rendered', 'comparison-error']) el.addEventListener(type, (e) => log.events.push(type));
  el.addEventListener('comparison-rendered', () => {
    // Anything still queued would show up before this timer.
    setTimeout(() => {
      observer.disconnect();
      log.headingBeforeLastRow = headingAt >= 0 && headingAt < lastRowAt;
      log.steps = step;
      log.busyAtEnd = el.getAttribute('aria-busy');
      log.same = el.innerHTML === expected;
      el.id = `article-${mode}`;
      resolve(log);
    }, 200);
  });
  el.options = options;
  el.payload = comparison;
  document.querySelector('main').replaceChildren(el);
});
document.body.dataset.ready = 'true';
