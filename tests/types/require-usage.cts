// How a CommonJS user's TypeScript meets dist/comparison-renderer.d.cts (`require`, module node16
// or nodenext, skipLibCheck off): the factory and its results are typed, not `any`.
import createComparisonRenderer = require('../../dist/comparison-renderer.cjs');

async function main(): Promise<void> {
  const renderer = await createComparisonRenderer({ locateFile: (file: string) => file });
  const result = renderer.renderComparison('{}', { rawHtml: 'drop' });
  const html: string = result.ok ? result.html : result.error.code;
  void html;
  const viaDefault = await createComparisonRenderer.default();
  void viaDefault.version;
  // @ts-expect-error -- the factory takes an options object, not a path
  await createComparisonRenderer('/dist/comparison-renderer.wasm');
  // @ts-expect-error -- rawHtml is one of four modes
  renderer.renderComparison('{}', { rawHtml: 'allow' });
}
void main;
