// How a CommonJS user's TypeScript meets dist/comparison-renderer.d.cts (`require`, module node16
// or nodenext, skipLibCheck off): the factory and its results are typed, not `any`, and the named
// types are there as in the ES module.
import createComparisonRenderer = require('../../dist/comparison-renderer.cjs');
import type { Renderer, RenderOptions, RenderResult, ErrorCode } from '../../dist/comparison-renderer.cjs';

async function main(): Promise<void> {
  const renderer: Renderer = await createComparisonRenderer({ locateFile: (file: string) => file });
  const options: RenderOptions = { rawHtml: 'drop', labelLanguage: 'de' };
  const result: RenderResult = renderer.renderComparison('{}', options);
  const html: string = result.ok ? result.html : result.error.code;
  const code: ErrorCode | undefined = result.ok ? undefined : result.error.code;
  void code;
  void html;
  const viaDefault = await createComparisonRenderer.default();
  void viaDefault.version;
  // @ts-expect-error -- the factory takes an options object, not a path
  await createComparisonRenderer('/dist/comparison-renderer.wasm');
  // @ts-expect-error -- rawHtml is one of four modes
  renderer.renderComparison('{}', { rawHtml: 'allow' });
  // @ts-expect-error -- a named type the package does not have
  const nothing: import('../../dist/comparison-renderer.cjs').NoSuchType = 1;
  void nothing;
}
void main;
