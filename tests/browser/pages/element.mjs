// The <comparison-article> test page: two elements, one by src (in the HTML), one by the payload
// property (set here). Every event is recorded in window.__events for the test to read.
import { ComparisonArticle } from '/dist/comparison-article.mjs';

window.__events = [];
for (const type of ['comparison-rendered', 'comparison-error']) {
  document.addEventListener(type, (event) => {
    window.__events.push({ type, element: event.target.dataset.test, detail: event.detail, bubbles: event.bubbles });
  });
}
window.__ComparisonArticle = ComparisonArticle;
// The element's next comparison-rendered event, for tests that wait on one element.
window.__nextRender = (element) => new Promise((resolve) => element.addEventListener('comparison-rendered', resolve, { once: true }));
const payload = await (await fetch('/examples/vim-vs-emacs.payload.json')).text();
document.querySelector('[data-test="by-payload"]').payload = payload;
document.body.dataset.ready = 'true';
