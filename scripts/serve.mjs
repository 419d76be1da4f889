// The demo page's static server, on 127.0.0.1 only. Serves web/ at / and dist/ at /dist/,
// with the strict Content-Security-Policy the module promises to work under.
// `node scripts/serve.mjs --port 8080`, or import { startServer } from tests.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export const CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data: https:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

// URL path -> file, confined to web/ and dist/ (and extra roots tests may add).
function resolve(urlPath, mounts) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0]);
  } catch {
    return null;
  }
  if (decoded === '/') decoded = '/index.html';
  for (const [prefix, dir] of mounts) {
    if (!decoded.startsWith(prefix)) continue;
    const file = path.resolve(dir, '.' + decoded.slice(prefix.length - 1));
    if (file.startsWith(dir + path.sep) || file === dir) return file;
  }
  return null;
}

export function startServer({ port = 8080, host = '127.0.0.1', csp = CSP, extraMounts = [] } = {}) {
  const mounts = [...extraMounts, ['/dist/', path.join(root, 'dist')], ['/', path.join(root, 'web')]];
  const server = http.createServer((req, res) => {
    const file = resolve(req.url, mounts);
    if (!file || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('not found\n');
      return;
    }
    const headers = {
      'content-type': TYPES[path.extname(file)] || 'application/octet-stream',
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-cache',
    };
    if (csp) headers['content-security-policy'] = csp;
    res.writeHead(200, headers);
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolvePromise({ server, url: `http://${host}:${server.address().port}/` }));
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const i = process.argv.indexOf('--port');
  const port = i > 0 ? Number(process.argv[i + 1]) : 8080;
  const { url } = await startServer({ port });
  console.log(`comparison-renderer demo: ${url}  (Ctrl+C stops it)`);
}
