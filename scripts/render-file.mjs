// ./demo --render FILE: the article HTML on stdout (exit 0), or "code: message (at path)" on
// stderr (exit 1).
import fs from 'node:fs';
import create from '../dist/comparison-renderer.mjs';

const file = process.argv[2];
let bytes;  // given as they are: the renderer reads them as TextDecoder would (a byte order mark dropped)
try {
  bytes = fs.readFileSync(file);
} catch (e) {
  process.stderr.write(`${file}: ${e.message}\n`);
  process.exit(2);
}
const renderer = await create();
const result = renderer.renderComparison(bytes);
if (!result.ok) {
  const { code, message, path } = result.error;
  process.stderr.write(`${code}: ${message}${path ? ` (at ${path})` : ''}\n`);
  process.exit(1);
}
for (const w of result.warnings) process.stderr.write(`warning: ${w}\n`);
process.stdout.write(result.html);
