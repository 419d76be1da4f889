// comparison-renderer: Nuxt comparison payloads rendered to an accessible article, in WebAssembly.
// The contract behind these types: README.md ("API") and src/wire.hpp.

/** Every error code the renderer returns (`error.code`). */
export type ErrorCode =
  | 'json_syntax' // the payload text is not JSON
  | 'bad_payload' // a malformed devalue structure (a Map key without a value, a boxed object...)
  | 'bad_reference' // a devalue reference that points nowhere
  | 'unknown_type' // a devalue tag no reviver knows
  | 'bad_value' // a tagged value its type refuses (BigInt, URL, RegExp, ...)
  | 'circular_reference' // a reviver wrapper that wraps itself
  | 'forbidden_key' // a __proto__ key
  | 'no_payload_script' // an HTML page without a __NUXT_DATA__ script
  | 'payload_external' // the page's data lives in an external _payload.json (named in the message)
  | 'fetch_failed' // the page has no data because its fetch failed
  | 'error_page' // the payload is a Nuxt error page
  | 'not_a_comparison' // decoded fine, but holds no comparison
  | 'missing_field' // a required field is absent
  | 'wrong_type' // a field has the wrong type
  | 'too_large' // input, node count or output over its limit
  | 'too_deep' // nesting over its limit
  | 'bad_option' // an option with a wrong type or value
  | 'internal'; // a bug, reported instead of crashing

export interface RenderError {
  code: ErrorCode;
  /** One sentence naming the problem (plain text: it may quote the input, so escape it). */
  message: string;
  /** JSON Pointer into the revived payload ("/feature_matrix/3/winner"), or "" for the whole input. */
  path: string;
  /** For syntax and nesting errors: where in the input string (a UTF-16 index, as JS strings count). */
  offset?: number;
}

export interface Failure {
  ok: false;
  error: RenderError;
}

export type RawHtmlMode = 'escape' | 'sanitize' | 'drop' | 'trust';

/** Bounds on untrusted input; raise them only for input you trust. */
export interface Limits {
  /** Payload text (renderComparison, decodePayload) in UTF-8 bytes. Default 33554432 (32 MiB). */
  maxInputBytes?: number;
  /** Nesting of JSON arrays/objects. Default 512. */
  maxDepth?: number;
  /** JSON values in the payload, or values decoded. Default 4000000. */
  maxNodes?: number;
  /** HTML (or decoded value) produced by one call, in bytes. Default 67108864 (64 MiB). */
  maxOutputBytes?: number;
  /** Markdown of one comparison, or renderMarkdown's input, in bytes. Default 16777216 (16 MiB). */
  maxMarkdownBytes?: number;
}

/** Words the renderer adds to an article; defaults follow the article's language. */
export type LabelKey =
  | 'featureComparison'
  | 'caption'
  | 'feature'
  | 'winner'
  | 'tie'
  | 'noVerdict'
  | 'notStated'
  | 'published'
  | 'updated'
  | 'emptyMatrix'
  | 'table'
  | 'code'
  | 'codeLanguage'
  | 'taskDone'
  | 'taskOpen'
  | 'optionA'
  | 'optionB'
  | 'summarySeparator'
  | 'summaryEnd'
  | 'date'
  | `month.${1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12}`
  | 'digits'
  // how a day of the month is written when not as its number (French "1er")
  | `day.${
      | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13 | 14 | 15 | 16
      | 17 | 18 | 19 | 20 | 21 | 22 | 23 | 24 | 25 | 26 | 27 | 28 | 29 | 30 | 31}`
  | `${'summaryLead' | 'summaryLeadAlone' | 'summaryEven' | 'summaryNone' | 'summaryTies' | 'summaryNoVerdict'}.${
      | 'zero'
      | 'one'
      | 'two'
      | 'few'
      | 'many'
      | 'other'}`;

export interface RenderOptions {
  /** Which comparison, when the payload holds several (default: the first). */
  slug?: string;
  /** Column name for option A (default: from the slug and title, "Rust" for "rust-vs-go"; else the slug's words, "Vim" for "vim-vs-emacs"). */
  optionA?: string;
  optionB?: string;
  /**
   * Move the article's whole outline down (0..5), for an article placed under the page's own
   * headings: the title becomes an h(1 + n), the markdown's first heading and the matrix's an
   * h(2 + n). Default 0: the title is the h1, the first markdown heading an h2 whatever level it
   * has in the markdown. Levels are never skipped and stop at h6.
   */
  headingOffset?: number;
  /** What raw HTML in the markdown becomes. Default "sanitize". "trust" is only for content you wrote. */
  rawHtml?: RawHtmlMode;
  /**
   * Prefix for every id the output carries (two articles on one page need different ones).
   * Default "cr-", so a heading "config" never becomes window.config; "" only if you ask for it.
   * Links to "#slug" of a heading of the article follow the prefix.
   */
  idPrefix?: string;
  /** Override any word the renderer adds. */
  labels?: Partial<Record<LabelKey, string>>;
  /**
   * Use the built-in words of this language instead of the article's own ("de", "ja", ...;
   * built in: en, de, fr, es, pt, it, ru, ja, zh, ko, ar, he). Those words are then marked
   * with their own lang (and dir). Another language tag gives English words and a warning.
   */
  labelLanguage?: string;
  limits?: Limits;
}

export interface MarkdownOptions {
  /** Added to every heading's level, markdown and raw HTML alike (0..5; the result stops at h6). */
  headingOffset?: number;
  rawHtml?: RawHtmlMode;
  /** Prefix for heading ids (with headingIds). Default "cr-"; "" only if you ask for it. */
  idPrefix?: string;
  /** "github" (default): tables, strikethrough, task lists, autolinks. "commonmark": none. */
  dialect?: 'github' | 'commonmark';
  /** Give headings GitHub-style ids. Default false (renderComparison always does). */
  headingIds?: boolean;
  limits?: Limits;
}

/**
 * How decodePayload reads its input: "auto" (default) reads a devalue graph as devalue and any
 * other JSON as plain JSON, by its shape (a number, or a non-empty array whose first element is
 * not an object with a non-number member, is read as devalue: "[[1,2]]" is, and fails);
 * "devalue" refuses what is not a devalue graph with the error devalue itself would give
 * (bad_payload, bad_reference... with the path of the offending slot); "json" never reads it as
 * devalue (the value is JSON.parse of the text, or of a page's payload script).
 */
export type PayloadFormat = 'auto' | 'devalue' | 'json';

export interface DecodeOptions {
  format?: PayloadFormat;
  limits?: Limits;
}

export interface TocEntry {
  level: number;
  id: string;
  text: string;
}

/**
 * A rendered comparison. Only `html` is HTML. Every other string (title, description, metaTitle,
 * metaDescription, slug, warnings, toc[].text, toc[].id...) is plain text taken from the payload:
 * escape it, or set it with textContent / setAttribute, before it goes into a page.
 */
export interface RenderedComparison {
  ok: true;
  /** One <article> element, safe for innerHTML unless rawHtml is "trust". */
  html: string;
  title: string;
  /** BCP 47 tag from the payload's locale ("en-US"). */
  lang: string;
  dir: 'ltr' | 'rtl';
  slug: string;
  description: string;
  metaTitle: string;
  metaDescription: string;
  /** Oddities the renderer lived with (an unknown winner value, an unpublished comparison...). */
  warnings: string[];
  /** The headings of the article body, in order. */
  toc: TocEntry[];
  /** Which reading gave the comparison: a devalue graph (a Nuxt payload or page) or plain JSON. */
  format: 'devalue' | 'json';
}

export interface RenderedMarkdown {
  ok: true;
  html: string;
}

export interface DecodedPayload {
  ok: true;
  value: unknown;
  /** Which reading gave the value: a devalue graph or plain JSON. */
  format: 'devalue' | 'json';
}

/** What each function returns: check `ok` before reading the rest. */
export type RenderResult = RenderedComparison | Failure;
export type MarkdownResult = RenderedMarkdown | Failure;
export type DecodeResult = DecodedPayload | Failure;

/**
 * The input of every function: text, or its UTF-8 bytes as they came (`await
 * response.arrayBuffer()`: faster than making a string of them first). Bytes are read as the
 * text TextDecoder makes of them: invalid sequences become U+FFFD, a byte order mark is dropped,
 * and errors' offsets count in that text.
 */
export type TextOrBytes = string | ArrayBuffer | SharedArrayBuffer | ArrayBufferView;

export interface Renderer {
  /**
   * A Nuxt payload (`__NUXT_DATA__` / `_payload.json`), a plain JSON comparison (or array of
   * them), or a whole HTML page holding a payload script. Never throws for bad input.
   */
  renderComparison(payload: TextOrBytes, options?: RenderOptions): RenderedComparison | Failure;
  /** What devalue.parse(payload, nuxtRevivers) gives, with shared references and cycles kept. */
  decodePayload(payload: TextOrBytes, options?: DecodeOptions): DecodedPayload | Failure;
  renderMarkdown(markdown: TextOrBytes, options?: MarkdownOptions): RenderedMarkdown | Failure;
  /** The module's version ("0.1.0"). */
  readonly version: string;
  /**
   * Only with `testHooks: true`: makes the module trap inside a call, which comes back as an
   * "internal" error: by aborting (no argument, `false` or "abort"); with `true` or "damage",
   * after writing over part of its heap first; with "stack-overflow", by recursing until its
   * stack runs out.
   */
  trapForTests?(how?: boolean | 'abort' | 'damage' | 'stack-overflow'): Failure;
  /** Only with `testHooks: true`: the size of the module's memory now, in bytes. */
  memoryBytesForTests?(): number;
  /** Only with `testHooks: true`: whether the module takes these bytes for valid UTF-8. */
  utf8IsValidForTests?(bytes: ArrayBuffer | ArrayBufferView): boolean;
  /**
   * Only with `testHooks: true`: whether strings move through the engine's JS String Builtins
   * (where it has them, as Chromium 130+ does): texts outside ASCII go in as UTF-16 code units
   * rather than through TextEncoder, and results outside ASCII come out without TextDecoder.
   */
  stringsFromMemoryForTests?(): boolean;
  /**
   * Only with `testHooks: true`: `true`, every text goes in as UTF-16 code units (as texts outside
   * ASCII do where the builtins are; in Node too); `false`, every text goes in as UTF-8 through
   * TextEncoder; `undefined`, as without the hook.
   */
  textAsUnitsForTests?(on: boolean | undefined): void;
  /**
   * Only with `testHooks: true`: the way every text goes in, where the engine and the text allow
   * it: "latin1" (a text with no character above U+00FF, as its Latin-1 bytes), "units" (UTF-16
   * code units), "utf8" (TextEncoder); `undefined`, as without the hook (the facade's own choice).
   */
  textWayForTests?(way: 'latin1' | 'units' | 'utf8' | undefined): void;
  /** Only with `testHooks: true`: whether a text that looks ASCII goes in as Latin-1 by default. */
  latin1ForTests?(): boolean;
}

/**
 * `WebAssembly.Module` where a lib declares it (the DOM's, a worker's); any object in a project
 * whose libs do not (Node alone: `lib: ["es2022"]`), which would otherwise fail to compile.
 */
export type CompiledModule = typeof globalThis extends { WebAssembly: { Module: abstract new (...args: any[]) => infer M } }
  ? M : object;

/** Overrides for loading the module (all optional). */
export interface ModuleOverrides {
  /**
   * Where to find comparison-renderer.wasm: (file, prefix) => a URL, absolute or relative to the
   * module. `prefix` is always "" (Emscripten's argument; a relative answer resolves against the
   * module's own URL). By default the .wasm is read from next to comparison-renderer.mjs.
   */
  locateFile?: (file: string, prefix: string) => string;
  /** The .wasm bytes, if you have them already. */
  wasmBinary?: ArrayBuffer | Uint8Array;
  /** The module compiled already (WebAssembly.compile of the .wasm), e.g. handed to a worker. */
  wasmModule?: CompiledModule;
  /** Called if the module aborts while loading. */
  onAbort?: (reason: unknown) => void;
  /** Where Emscripten's own diagnostics go (default: nowhere; failures come back as errors). */
  printErr?: (text: string) => void;
  /** Where the module's standard output would go (it writes none). */
  print?: (text: string) => void;
  /**
   * For the module's own tests: adds `trapForTests()`, `memoryBytesForTests()`,
   * `utf8IsValidForTests()`, `stringsFromMemoryForTests()`, `textWayForTests()`,
   * `textAsUnitsForTests()` and `latin1ForTests()` to the renderer.
   */
  testHooks?: boolean;
}

/**
 * Loads the module. Rejects (never hangs) when it cannot: the error names the .wasm's URL and
 * why (the server's status, bytes that are not WebAssembly, a throwing locateFile); overrides of
 * the wrong type (a string, a locateFile that is not a function) reject with a TypeError.
 * `null` means no overrides.
 */
export default function createComparisonRenderer(overrides?: ModuleOverrides | null): Promise<Renderer>;
