// ./demo --render FILE: the article HTML on stdout (exit 0), or "code: message (at path)" on
// stderr (exit 1).
import fs from 'node:fs';
import create from '../dist/comparison-renderer.mjs';

const file = process.argv[2];
let text;
try {
  text = fs.readFileSync(file, 'utf8');
} catch (e) {
  process.stderr.write(`${file}: ${e.message}\n`);
  process.exit(2);
}
const renderer = await create();
const result = renderer.renderComparison(text);
if (!result.ok) {
  const { code, message, path } = result.error;
  process.stderr.write(`${code}: ${message}${path ? ` (at ${path})` : ''}\n`);
  process.exit(1);
}
for (const w of result.warnings) process.stderr.write(`warning: ${w}\n`);
process.stdout.write(result.html);
