// bench/element-src.mjs's page: one <comparison-article src>; records how long after the payload's
// last byte arrived the article was in (the comparison-rendered event).
document.addEventListener('comparison-rendered', () => {
  const done = performance.now();
  const payload = performance.getEntriesByType('resource').find((e) => e.name.endsWith('/rust-vs-go.payload.json'));
  window.__result = { afterPayload: done - payload.responseEnd };
});
await import('/dist/comparison-article.mjs');
