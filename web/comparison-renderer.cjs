// The CommonJS entry: `const create = require('comparison-renderer')` (also `.default`), on every
// Node release the package supports. The module is an ES module; the first call loads it.
'use strict';

function createComparisonRenderer(overrides) {
  return import('./comparison-renderer.mjs').then((m) => m.default(overrides));
}

module.exports = createComparisonRenderer;
module.exports.default = createComparisonRenderer;
