// How a user's TypeScript meets dist/comparison-article.d.mts (the `comparison-renderer/element`
// export). Correct uses must type-check; each `@ts-expect-error` line is a misuse to refuse.
import ComparisonArticleDefault, { ComparisonArticle } from '../../dist/comparison-article.mjs';
import type {
  ComparisonArticleError, ComparisonArticleOptions, ComparisonRenderedDetail, ElementErrorCode,
} from '../../dist/comparison-article.mjs';
import type { ErrorCode } from '../../dist/comparison-renderer.mjs';

const Same: typeof ComparisonArticle = ComparisonArticleDefault;
void Same;

// The tag name maps to the class.
const el: ComparisonArticle = document.createElement('comparison-article');
const found: ComparisonArticle | null = document.querySelector('comparison-article');
void found;
const attributes: readonly string[] = ComparisonArticle.observedAttributes;
void attributes;

el.src = '/compare/rust-vs-go/_payload.json';
el.slug = 'rust-vs-go';
el.optionA = 'Rust';
el.optionB = null;
el.payload = '[{"data":1}]';
el.payload = null;
el.payload = new Uint8Array(0);  // or its bytes, as fetched
const src: string | null = el.src;
void src;
el.options = { labelLanguage: 'de', headingOffset: 1, rawHtml: 'escape', labels: { winner: 'Sieger' } };
el.options = null;
// @ts-expect-error -- the payload is text or bytes, not the parsed object
el.payload = { title: 'Rust vs Go' };
// @ts-expect-error -- src is a string
el.src = new URL('https://example.com/');
el.options = { slug: 'x', optionA: 'A' };  // applied where the attribute is not set
// @ts-expect-error -- a typo in a label key
el.options = { labels: { captoin: 'x' } };
// @ts-expect-error -- result is read-only
el.result = null;

el.addEventListener('comparison-rendered', (event) => {
  const detail: ComparisonRenderedDetail = event.detail;
  const title: string = detail.title;
  const dir: 'ltr' | 'rtl' = detail.dir;
  void [title, dir, detail.toc[0]?.id];
  // @ts-expect-error -- the event's detail carries no html
  void detail.html;
});
el.addEventListener('comparison-error', (event) => {
  const code: ErrorCode | ElementErrorCode = event.detail.code;
  const error: ComparisonArticleError = event.detail;
  void [code, error.message, error.path];
  // @ts-expect-error -- not a code
  if (event.detail.code === 'http_404') void 0;
});
// Events bubble: a listener on any element is typed too.
document.body.addEventListener('comparison-error', (event) => void event.detail.code);
document.addEventListener('comparison-error', (event) => void event.detail.path);
window.addEventListener('comparison-rendered', (event) => void event.detail.title);
el.addEventListener('click', (event: MouseEvent) => void event.button);

const fetchFailed: ElementErrorCode = 'src_fetch_failed';
const unavailable: ElementErrorCode = 'renderer_unavailable';
// @ts-expect-error -- renderer codes are not element codes
const notElement: ElementErrorCode = 'json_syntax';
void [fetchFailed, unavailable, notElement];

const opts: ComparisonArticleOptions = { idPrefix: 'x-' };
void opts;
const rendered: ComparisonRenderedDetail | null = el.result;
const failed: ComparisonArticleError | null = el.error;
void [rendered, failed];
