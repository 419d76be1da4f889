// One cold run, the same in Node (bench/first-call-node.mjs, a fresh process each time) and in
// Chromium (bench/page/first-call.mjs, a fresh browser context each time): the time to import and
// initialise an implementation, then the time of its first render of the input.
//   load(impl) -> { render(text) }  imports and initialises one implementation (module or peer)
// The cold start of the issue is import + init + the first render of the seed.
import { makePeer, MD4W_FLAGS, escapeHtml } from './pipelines.mjs';

export const COLD_IMPLS = ['module', 'md4w-small', 'md4w-fast', 'commonmark', 'markdown-it', 'marked', 'micromark'];

// Builds an implementation's render function from the loaded libraries.
export function peerRender(impl, libs) {
  if (impl === 'md4w-small' || impl === 'md4w-fast') {
    return makePeer(libs.devalueParse, (md) => libs.md4w.mdToHtml(md, { parseFlags: MD4W_FLAGS }));
  }
  if (impl === 'commonmark') {
    const reader = new libs.commonmark.Parser();
    const writer = new libs.commonmark.HtmlRenderer({ safe: true });
    return makePeer(libs.devalueParse, (md) => writer.render(reader.parse(md)));
  }
  if (impl === 'markdown-it') {
    const m = new libs.MarkdownIt({ html: false, linkify: true });
    return makePeer(libs.devalueParse, (md) => m.render(md));
  }
  if (impl === 'marked') {
    const m = new libs.Marked({ gfm: true, renderer: { html: ({ text }) => escapeHtml(text) } });
    return makePeer(libs.devalueParse, (md) => m.parse(md));
  }
  const options = { extensions: [libs.micromark.gfm()], htmlExtensions: [libs.micromark.gfmHtml()] };
  return makePeer(libs.devalueParse, (md) => libs.micromark.micromark(md, options));
}

// Times a cold run: { load: import + init in ms, first: the first render in ms }.
export async function coldRun(impl, input, load) {
  const t0 = performance.now();
  const render = await load(impl);
  const t1 = performance.now();
  const html = render(input);
  const t2 = performance.now();
  if (!html.includes('</article>')) throw new Error(`${impl}: no article`);
  return { load: t1 - t0, first: t2 - t1 };
}
