// Types of the CommonJS entry (dist/comparison-renderer.cjs): the same factory as the ES module's.
import type { ModuleOverrides, Renderer } from './comparison-renderer.mjs';

declare function createComparisonRenderer(overrides?: ModuleOverrides): Promise<Renderer>;
declare namespace createComparisonRenderer {
  export { createComparisonRenderer as default };
}
export = createComparisonRenderer;
