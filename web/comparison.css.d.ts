// `import 'comparison-renderer/comparison.css'` is a side-effect import (the bundler adds the
// stylesheet); this file lets TypeScript resolve it (noUncheckedSideEffectImports).
export {};
