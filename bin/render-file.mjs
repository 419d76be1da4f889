// One input of comparison-render, start to end except its name: read the file, render it, write
// the standalone page to a temporary file in the output folder. The caller picks the page's name
// (in input order, so names never depend on timing) and renames the file. Used in-process for
// --jobs 1 and by each worker thread (bin/render-worker.mjs) otherwise.
import fs from 'node:fs';

export const STYLESHEET = 'comparison.css';
// The start of the meta every page carries, early in its head: how the command knows its own pages.
export const GENERATOR_META = '<meta name="generator" content="comparison-renderer ';
const CSP = "default-src 'none'; style-src 'self'; img-src 'self' https: data:";

const escapeHtml = (s) => String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

function page(result, version) {
  const title = result.metaTitle || result.title;
  const description = result.metaDescription || result.description;
  return '<!DOCTYPE html>\n' +
    `<html class="cr-page" lang="${escapeHtml(result.lang)}" dir="${escapeHtml(result.dir)}">\n` +
    '<head>\n' +
    '<meta charset="utf-8">\n' +
    // Early, where the command looks for it (its first KB) to know its own pages on a re-run.
    `${GENERATOR_META}${escapeHtml(version)}">\n` +
    `<meta http-equiv="Content-Security-Policy" content="${CSP}">\n` + // a constant: nothing to escape
    '<meta name="viewport" content="width=device-width, initial-scale=1">\n' +
    `<title>${escapeHtml(title)}</title>\n` +
    (description ? `<meta name="description" content="${escapeHtml(description)}">\n` : '') +
    `<link rel="stylesheet" href="${STYLESHEET}">\n` +
    '</head>\n' +
    '<body>\n' +
    '<main>\n' +
    result.html + (result.html.endsWith('\n') ? '' : '\n') +
    '</main>\n' +
    '</body>\n' +
    '</html>\n';
}

export function describeFsError(e) {
  if (e && e.code === 'ENOENT') return 'No such file or folder.';
  if (e && e.code === 'EACCES') return 'Permission denied.';
  if (e && e.code === 'EISDIR') return 'Is a folder.';
  if (e && e.code === 'ENOTDIR') return 'Not a folder.';
  return `${e && e.message ? e.message : String(e)}`.replace(/\.?$/, '.');
}

// -> { problem } (unreadable), { result } (the renderer's error), or { result (without html),
// written } (the page is in `temporary`), or { result, writeProblem }.
export function renderFile(renderer, file, options, temporary) {
  let bytes;  // as they are: the renderer reads them as TextDecoder would, a byte order mark dropped
  try {
    bytes = fs.readFileSync(file === '-' ? 0 : file);  // "-": standard input
  } catch (e) {
    return { problem: describeFsError(e) };
  }
  const rendered = renderer.renderComparison(bytes, options);
  if (!rendered.ok) return { result: rendered };
  const { html, ...result } = rendered;
  try {
    fs.writeFileSync(temporary, page(rendered, renderer.version));
  } catch (e) {
    fs.rmSync(temporary, { force: true });  // what a full disk let through
    return { result, writeProblem: describeFsError(e) };
  }
  return { result, written: temporary };
}
