// How a user's TypeScript meets dist/comparison-renderer.d.mts. Correct uses must type-check;
// every `@ts-expect-error` line is a misuse the declarations must refuse (tsc reports an
// unused @ts-expect-error as an error, so a declaration that got too loose fails the test).
import createComparisonRenderer from '../../dist/comparison-renderer.mjs';
import type {
  DecodeOptions, DecodeResult, ErrorCode, Failure, LabelKey, Limits, MarkdownOptions, MarkdownResult,
  ModuleOverrides, RawHtmlMode, RenderError, RenderOptions, RenderResult, RenderedComparison, Renderer, TocEntry,
} from '../../dist/comparison-renderer.mjs';

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends (<T>() => T extends B ? 1 : 2) ? true : false;
function assertType<T extends true>(): T | undefined { return undefined; }

// ---- loading ----
const overrides: ModuleOverrides = {
  locateFile: (file, prefix) => `${prefix}assets/${file}`,
  printErr: (text) => void text,
  onAbort: (reason) => void reason,
  wasmBinary: new Uint8Array(8),
};
const loading: Promise<Renderer> = createComparisonRenderer(overrides);
const renderer: Renderer = await createComparisonRenderer();
void loading;
// @ts-expect-error -- the factory takes an options object, not a path
await createComparisonRenderer('/dist/comparison-renderer.wasm');
// @ts-expect-error -- locateFile returns a string
await createComparisonRenderer({ locateFile: () => 42 });

const version: string = renderer.version;
// @ts-expect-error -- version is read-only
renderer.version = '2.0.0';
void version;

// ---- renderComparison ----
const payload = '[{"data":1}]';
const options: RenderOptions = {
  slug: 'rust-vs-go',
  optionA: 'Rust',
  optionB: 'Go',
  headingOffset: 1,
  rawHtml: 'escape',
  idPrefix: 'cmp-',
  labels: { caption: '{a} versus {b}', 'month.1': 'Jan', 'day.1': '1st', 'day.31': '31st', 'summaryLead.other': '{leader} leads', digits: '0123456789' },
  labelLanguage: 'de',
  limits: { maxInputBytes: 64 << 20, maxDepth: 1024, maxNodes: 1e7, maxOutputBytes: 1 << 27, maxMarkdownBytes: 1 << 25 },
};
const result: RenderResult = renderer.renderComparison(payload, options);
renderer.renderComparison(payload);
renderer.renderComparison(payload, {});
// The payload's bytes, as fetched, are input too.
renderer.renderComparison(new TextEncoder().encode(payload));
renderer.renderComparison(new ArrayBuffer(0), options);
renderer.decodePayload(new DataView(new ArrayBuffer(0)));
// @ts-expect-error -- an array of numbers is not bytes
renderer.renderMarkdown([35, 32, 120]);

if (result.ok) {
  const html: string = result.html;
  const dir: 'ltr' | 'rtl' = result.dir;
  const toc: TocEntry[] = result.toc;
  const first: { level: number; id: string; text: string } | undefined = toc[0];
  const words: string[] = result.warnings;
  const meta: [string, string, string, string, string, string] =
    [result.title, result.lang, result.slug, result.description, result.metaTitle, result.metaDescription];
  void [html, dir, first, words, meta];
  assertType<Equal<typeof result, RenderedComparison>>();
  // @ts-expect-error -- a success has no error
  void result.error;
} else {
  const error: RenderError = result.error;
  const code: ErrorCode = error.code;
  const where: string = error.path;
  const at: number | undefined = error.offset;
  void [code, where, at, error.message];
  assertType<Equal<typeof result, Failure>>();
  // @ts-expect-error -- a failure has no html
  void result.html;
  // Exhaustive over the codes: a new code the README and this switch must learn about.
  switch (code) {
    case 'json_syntax': case 'bad_payload': case 'bad_reference': case 'unknown_type': case 'bad_value':
    case 'circular_reference': case 'forbidden_key': case 'no_payload_script': case 'payload_external':
    case 'fetch_failed': case 'error_page': case 'not_a_comparison': case 'missing_field': case 'wrong_type':
    case 'too_large': case 'too_deep': case 'bad_option': case 'internal':
      break;
    default: {
      const never: never = code;
      void never;
    }
  }
  // @ts-expect-error -- not one of the codes
  if (code === 'syntax_error') void 0;
}

// @ts-expect-error -- reading html without checking ok
void renderer.renderComparison(payload).html;
// @ts-expect-error -- ok is a literal: a success cannot be built with ok: false
const notASuccess: RenderedComparison = { ...({} as RenderedComparison), ok: false };
void notASuccess;

// @ts-expect-error -- a number is not a payload
renderer.renderComparison(42);
// @ts-expect-error -- nor is the decoded object
renderer.renderComparison({ title: 'Rust vs Go' });
// @ts-expect-error -- no such rawHtml mode
renderer.renderComparison(payload, { rawHtml: 'unsafe' });
// @ts-expect-error -- a typo in a labels key
renderer.renderComparison(payload, { labels: { captoin: 'x' } });
// @ts-expect-error -- a plural category that does not exist
renderer.renderComparison(payload, { labels: { 'summaryLead.several': 'x' } });
// @ts-expect-error -- label values are strings
renderer.renderComparison(payload, { labels: { caption: 1 } });
// @ts-expect-error -- a typo in an option name
renderer.renderComparison(payload, { optionC: 'Zig' });
// @ts-expect-error -- a typo in a limit name
renderer.renderComparison(payload, { limits: { maxBytes: 1 } });
// @ts-expect-error -- headingOffset is a number
renderer.renderComparison(payload, { headingOffset: '1' });
// @ts-expect-error -- dialect belongs to renderMarkdown
renderer.renderComparison(payload, { dialect: 'commonmark' });

const modes: RawHtmlMode[] = ['escape', 'sanitize', 'drop', 'trust'];
// @ts-expect-error -- not a mode
const badMode: RawHtmlMode = 'strip';
void [modes, badMode];
const key: LabelKey = 'summaryNoVerdict.many';
// @ts-expect-error -- month 13
const badKey: LabelKey = 'month.13';
// @ts-expect-error -- day 32
const badDay: LabelKey = 'day.32';
void [key, badKey, badDay];
const limits: Limits = {};
void limits;

// ---- renderMarkdown ----
const md: MarkdownOptions = { dialect: 'commonmark', rawHtml: 'trust', headingIds: true, headingOffset: 0, idPrefix: 'md-', limits: { maxMarkdownBytes: 1 } };
const rendered: MarkdownResult = renderer.renderMarkdown('# Hi', md);
if (rendered.ok) {
  const html: string = rendered.html;
  void html;
} else {
  const code: ErrorCode = rendered.error.code;
  void code;
}
// @ts-expect-error -- no such dialect
renderer.renderMarkdown('# Hi', { dialect: 'gfm' });
// @ts-expect-error -- headingIds is a boolean
renderer.renderMarkdown('# Hi', { headingIds: 'yes' });
// @ts-expect-error -- slug is for comparisons
renderer.renderMarkdown('# Hi', { slug: 'x' });
// @ts-expect-error -- markdown is a string
renderer.renderMarkdown(['# Hi']);

// ---- decodePayload ----
const decodeOptions: DecodeOptions = { limits: { maxNodes: 10 } };
const decoded: DecodeResult = renderer.decodePayload(payload, decodeOptions);
if (decoded.ok) {
  const value: unknown = decoded.value;
  // @ts-expect-error -- the value is unknown: narrow it before use
  void value.data;
} else {
  void decoded.error.path;
}
// @ts-expect-error -- decode takes only limits
renderer.decodePayload(payload, { rawHtml: 'drop' });

// ---- test hooks ----
const trapped: Failure | undefined = renderer.trapForTests?.();
void trapped;
for (const how of [true, false, 'abort', 'damage', 'stack-overflow'] as const) void renderer.trapForTests?.(how);
// @ts-expect-error -- not one of the ways it traps
renderer.trapForTests?.('segfault');
