// A page with scripts that read globals (window.config || defaults) and an article whose headings
// are named like them. It records what `typeof window[name]` was before and after the article
// went in, builds a table of contents from result.toc, and exposes a render with idPrefix "".
import createComparisonRenderer from '/dist/comparison-renderer.mjs';

export const GLOBALS = ['config', 'alert', 'name', 'open', 'settings', 'defaults', 'user', 'app'];
const markdown = GLOBALS.map((g) => `## ${g}\n\nSee [the ${g} section](#${g}) and [the first](#${GLOBALS[0]}).\n\n` +
  'Filler text so that every heading sits further down the page than the viewport reaches.\n\n'.repeat(12)).join('');
const comparison = JSON.stringify({ title: 'Config vs Defaults', slug: 'config-vs-defaults', content_md: markdown,
  feature_matrix: [{ feature: 'Speed', optionA: 'Fast', optionB: 'Slow', winner: 'A' }] });

const typesOf = () => Object.fromEntries(GLOBALS.map((g) => [g, typeof window[g]]));
window.__before = typesOf();
const renderer = await createComparisonRenderer();
const result = renderer.renderComparison(comparison);
document.getElementById('article').innerHTML = result.html;
for (const entry of result.toc) {
  const item = document.createElement('li');
  item.append(Object.assign(document.createElement('a'), { href: `#${entry.id}`, textContent: entry.text }));
  document.getElementById('toc').append(item);
}
window.__after = typesOf();
window.__renderUnprefixed = () => {
  document.getElementById('unprefixed').innerHTML = renderer.renderComparison(comparison, { idPrefix: '' }).html;
  return typesOf();
};
window.__globals = GLOBALS;
document.body.dataset.ready = 'true';
