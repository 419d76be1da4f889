// Types of the CommonJS entry (dist/comparison-renderer.cjs): the same factory as the ES module's.
// The types come from the ES module's declarations; a CommonJS file must say so (TypeScript 5.3+).
import type { ModuleOverrides, Renderer } from './comparison-renderer.mjs' with { 'resolution-mode': 'import' };

declare function createComparisonRenderer(overrides?: ModuleOverrides): Promise<Renderer>;
declare namespace createComparisonRenderer {
  export { createComparisonRenderer as default };
}
export = createComparisonRenderer;
