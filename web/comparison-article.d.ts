// <comparison-article>: the custom element of `comparison-renderer/element`
// (dist/comparison-article.mjs). Importing the module defines the element in a browser; in Node
// (no customElements) it defines nothing and throws nothing.
import type { ErrorCode, RenderError, RenderOptions, RenderedComparison, TextOrBytes } from './comparison-renderer.mjs';

/**
 * Error codes only the element gives, besides the renderer's own:
 * - "src_fetch_failed": the `src` URL could not be fetched (network error, CSP, or a status
 *   other than 2xx; the message says which), or is not a URL;
 * - "renderer_unavailable": the WebAssembly module could not be loaded (for instance a
 *   Content-Security-Policy without 'wasm-unsafe-eval', or the .wasm not served next to the .mjs);
 * - "insert_failed": the page refused the article's HTML (Trusted Types enforced without allowing
 *   the policy "comparison-article").
 */
export type ElementErrorCode = 'src_fetch_failed' | 'renderer_unavailable' | 'insert_failed';

/** The detail of a `comparison-error` event. */
export interface ComparisonArticleError extends Omit<RenderError, 'code'> {
  code: ErrorCode | ElementErrorCode;
}

/** The detail of a `comparison-rendered` event: the render result without its html. */
export type ComparisonRenderedDetail = Omit<RenderedComparison, 'html'>;

/**
 * What the `options` property may carry: renderComparison's options. `slug`, `optionA`,
 * `optionB` and `headingOffset` given here apply only where the element's attribute of that name
 * is not set.
 */
export type ComparisonArticleOptions = RenderOptions;

export interface ComparisonArticleEventMap extends HTMLElementEventMap {
  'comparison-rendered': CustomEvent<ComparisonRenderedDetail>;
  'comparison-error': CustomEvent<ComparisonArticleError>;
}

/**
 * `<comparison-article src="/compare/rust-vs-go/_payload.json" slug="rust-vs-go"
 * option-a="Rust" option-b="Go">`: fetches (or takes from `payload`) a comparison payload and
 * renders the article into its own light DOM. Re-renders when any attribute or property
 * changes; several changes in one task give one render.
 */
export declare class ComparisonArticle extends HTMLElement {
  static readonly observedAttributes: readonly ['src', 'slug', 'option-a', 'option-b', 'heading-offset', 'render'];
  /** The `src` attribute: URL of a payload to fetch (relative to the document). */
  get src(): string | null;
  set src(value: string | null);
  /** The `slug` attribute: which comparison, when the payload holds several. */
  get slug(): string | null;
  set slug(value: string | null);
  /** The `option-a` attribute: column name for option A. */
  get optionA(): string | null;
  set optionA(value: string | null);
  /** The `option-b` attribute: column name for option B. */
  get optionB(): string | null;
  set optionB(value: string | null);
  /**
   * The `heading-offset` attribute: how many levels the article's headings go down (0 to 5; 1
   * makes the title an h2, for a page with its own h1). It wins over `options.headingOffset`.
   * null when the attribute is not set; a value the renderer refuses is a comparison-error.
   */
  get headingOffset(): number | string | null;
  set headingOffset(value: number | null);
  /**
   * The `render` attribute: where the renderer runs. "auto" (the default; also for a missing or
   * unknown value) takes a worker for payloads over 256 KB, "worker" always, "main" never.
   */
  get render(): 'auto' | 'worker' | 'main';
  set render(value: 'auto' | 'worker' | 'main' | null);
  /**
   * The payload itself, as text or as its UTF-8 bytes (read when the element renders: leave them
   * unchanged until then); it wins over `src`. null (the default) means "use src".
   */
  get payload(): TextOrBytes | null;
  set payload(value: TextOrBytes | null);
  /**
   * Further render options. The element gives every instance its own `idPrefix`
   * ("comparison-article-N-", N counting instances from 1); one given here wins.
   */
  get options(): ComparisonArticleOptions | null;
  set options(value: ComparisonArticleOptions | null);
  /** The last successful render (without html), or null. */
  readonly result: ComparisonRenderedDetail | null;
  /** The last error, or null after a successful render. */
  readonly error: ComparisonArticleError | null;

  addEventListener<K extends keyof ComparisonArticleEventMap>(
    type: K,
    listener: (this: ComparisonArticle, ev: ComparisonArticleEventMap[K]) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
  removeEventListener<K extends keyof ComparisonArticleEventMap>(
    type: K,
    listener: (this: ComparisonArticle, ev: ComparisonArticleEventMap[K]) => unknown,
    options?: boolean | EventListenerOptions,
  ): void;
  removeEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions): void;
}

export default ComparisonArticle;

declare global {
  interface HTMLElementTagNameMap {
    'comparison-article': ComparisonArticle;
  }
  // Both events bubble and are composed: to any ancestor, out of a shadow root, to the document and the window.
  interface HTMLElementEventMap {
    'comparison-rendered': CustomEvent<ComparisonRenderedDetail>;
    'comparison-error': CustomEvent<ComparisonArticleError>;
  }
  interface DocumentEventMap {
    'comparison-rendered': CustomEvent<ComparisonRenderedDetail>;
    'comparison-error': CustomEvent<ComparisonArticleError>;
  }
  interface WindowEventMap {
    'comparison-rendered': CustomEvent<ComparisonRenderedDetail>;
    'comparison-error': CustomEvent<ComparisonArticleError>;
  }
}
