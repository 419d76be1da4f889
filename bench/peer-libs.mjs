// The peers' libraries for the browser, bundled into bench/out/peer-libs.mjs by bench/run.mjs
// (esbuild) because micromark and its GFM extension import dozens of bare specifiers a page
// cannot resolve. md4w is not bundled: it fetches its .wasm next to its own module.
export { parse as devalueParse } from 'devalue';
export { default as MarkdownIt } from 'markdown-it';
export { Marked } from 'marked';
export * as commonmark from 'commonmark';
import { micromark as micromarkFunction } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
export const micromark = { micromark: micromarkFunction, gfm, gfmHtml };
