// The Nu HTML Checker (vnu-jar from npm, on the machine's Java) on a page holding each rendered
// article: no errors. Covers every demo example, the XSS corpus rendered as one article, and the
// markdown extensions.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { renderer, root } from './helpers/module.mjs';

const vnu = path.join(root, 'node_modules/vnu-jar/build/dist/vnu.jar');
const examples = JSON.parse(fs.readFileSync(path.join(root, 'web/examples/index.json'), 'utf8'));
const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

function page(result) {
  return `<!DOCTYPE html>\n<html lang="${result.lang}" dir="${result.dir}">\n<head>\n<meta charset="utf-8">\n` +
    `<title>${escape(result.metaTitle)}</title>\n</head>\n<body>\n<main>\n${result.html}</main>\n</body>\n</html>\n`;
}

test('every rendered article is valid HTML', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cr-vnu-'));
  const written = [];
  for (const { file } of examples) {
    const r = renderer.renderComparison(fs.readFileSync(path.join(root, 'web/examples', file), 'utf8'));
    if (!r.ok) continue; // the broken example
    const out = path.join(dir, `${file}.html`);
    fs.writeFileSync(out, page(r));
    written.push(out);
  }
  const vectors = JSON.parse(fs.readFileSync(path.join(root, 'tests/fixtures/xss-vectors.json'), 'utf8'));
  const hostile = renderer.renderComparison(JSON.stringify({
    title: 'Hostile markdown vs the sanitizer', slug: 'hostile-vs-sanitizer',
    content_md: vectors.map((v) => `## ${v.name}\n\n${v.markdown}\n`).join('\n'),
    feature_matrix: [{ feature: '<b>x</b>', optionA: '"a"', optionB: "'b'", winner: 'A' }],
  }));
  assert.equal(hostile.ok, true);
  fs.writeFileSync(path.join(dir, 'hostile.html'), page(hostile));
  written.push(path.join(dir, 'hostile.html'));
  assert.ok(written.length >= 6);

  let report;
  try {
    report = execFileSync('java', ['-jar', vnu, '--format', 'json', '--errors-only', ...written], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (e) {
    report = e.stderr || e.stdout; // vnu exits 1 when it finds errors; the JSON is on stderr
  }
  const messages = JSON.parse(report || '{"messages":[]}').messages
    .map((m) => `${path.basename(m.url || '')}:${m.lastLine}: ${m.message} [${(m.extract || '').trim().slice(0, 80)}]`);
  assert.deepEqual(messages, []);
  fs.rmSync(dir, { recursive: true, force: true });
});
