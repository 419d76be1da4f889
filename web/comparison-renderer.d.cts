// Types of the CommonJS entry (dist/comparison-renderer.cjs): the same factory as the ES module's,
// and the same named types (`import type { Renderer } from 'comparison-renderer'` in a .cts file).
// They come from the ES module's declarations; a CommonJS file must say so (TypeScript 5.3+).
import type * as Esm from './comparison-renderer.mjs' with { 'resolution-mode': 'import' };

declare function createComparisonRenderer(overrides?: Esm.ModuleOverrides | null): Promise<Esm.Renderer>;
declare namespace createComparisonRenderer {
  export { createComparisonRenderer as default };
  export type ErrorCode = Esm.ErrorCode;
  export type RenderError = Esm.RenderError;
  export type Failure = Esm.Failure;
  export type RawHtmlMode = Esm.RawHtmlMode;
  export type Limits = Esm.Limits;
  export type LabelKey = Esm.LabelKey;
  export type RenderOptions = Esm.RenderOptions;
  export type MarkdownOptions = Esm.MarkdownOptions;
  export type PayloadFormat = Esm.PayloadFormat;
  export type DecodeOptions = Esm.DecodeOptions;
  export type TocEntry = Esm.TocEntry;
  export type RenderedComparison = Esm.RenderedComparison;
  export type RenderedMarkdown = Esm.RenderedMarkdown;
  export type DecodedPayload = Esm.DecodedPayload;
  export type RenderResult = Esm.RenderResult;
  export type MarkdownResult = Esm.MarkdownResult;
  export type DecodeResult = Esm.DecodeResult;
  export type TextOrBytes = Esm.TextOrBytes;
  export type Renderer = Esm.Renderer;
  export type ModuleOverrides = Esm.ModuleOverrides;
  export type CompiledModule = Esm.CompiledModule;
}
export = createComparisonRenderer;
