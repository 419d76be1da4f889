// The comparison-render command line (bin/comparison-render.mjs) as a user runs it: files, a
// folder, a broken file among good ones, usage errors, slug clashes, the generated page's head,
// CSP and language, progress on a terminal, valid HTML, and 1,000 payloads in one run (timed).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { renderer, root, dist } from './helpers/module.mjs';

const seed = fs.readFileSync(path.join(root, 'web/examples/rust-vs-go.payload.json'), 'utf8');
const arabic = path.join(root, 'web/examples/python-vs-javascript.ar.payload.json');
const broken = path.join(root, 'web/examples/bun-vs-node.broken.payload.json');
const listing = path.join(root, 'web/examples/latest-comparisons.html');
const CSP_META = `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'self'; img-src 'self' https: data:">`;

let tmp;
let bin;
before(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cr-cli-'));
  bin = path.join(root, 'bin/comparison-render.mjs');
  if (path.resolve(dist) !== path.join(root, 'dist')) {
    // The bin imports ../dist/: run a copy next to the dist/ under test.
    const stage = path.join(tmp, 'stage');
    fs.cpSync(path.join(root, 'bin'), path.join(stage, 'bin'), { recursive: true });
    fs.copyFileSync(path.join(root, 'package.json'), path.join(stage, 'package.json'));
    fs.symlinkSync(path.resolve(dist), path.join(stage, 'dist'), 'dir');
    bin = path.join(stage, 'bin/comparison-render.mjs');
  }
});
after(() => { if (tmp) fs.rmSync(tmp, { recursive: true, force: true }); });

function cli(args, options = {}) {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', cwd: tmp, timeout: 300000, ...options });
  if (r.error) throw r.error;
  return r;
}
let dirs = 0;
function dir(name = 'd') {
  const d = path.join(tmp, `${name}-${++dirs}`);
  fs.mkdirSync(d, { recursive: true });
  return d;
}
function write(folder, name, text) {
  const file = path.join(folder, name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  return file;
}
// The seed with another slug and title (devalue slots 5, 6 and 47: title, slug, meta_title).
function variant(slug, title = `Rust vs Go, variant ${slug}`) {
  const v = JSON.parse(seed);
  v[5] = title;
  v[6] = slug;
  v[47] = `${title} (meta)`;
  return JSON.stringify(v);
}
function plain(fields) {
  return JSON.stringify({
    title: 'Tabs vs Spaces', slug: 'tabs-vs-spaces', locale: 'en', description: 'The eternal one.',
    content_md: 'Some *markdown*.\n', feature_matrix: [{ feature: 'Width', optionA: 'One', optionB: 'Four', winner: 'A' }],
    created_at: '2026-04-01', ...fields,
  });
}
function nuxtPage(payload) {
  return `<!DOCTYPE html><html><head><title>saved</title></head><body><div id="__nuxt"></div>\n` +
    `<script type="application/json" data-nuxt-data="nuxt-app" data-ssr="true" id="__NUXT_DATA__">${payload}</script></body></html>`;
}
const pages = (out) => fs.readdirSync(out).filter((f) => f.endsWith('.html')).sort();

test('--help and --version', () => {
  const help = cli(['--help']);
  assert.equal(help.status, 0);
  assert.match(help.stdout, /^Usage: comparison-render INPUT\.\.\. --out DIR \[--slug S\] \[--raw-html MODE\]/);
  assert.match(help.stdout, /recursively|subfolders/);
  assert.equal(help.stderr, '');
  const version = cli(['--version']);
  assert.equal(version.status, 0);
  assert.equal(version.stdout, `comparison-render ${JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).version}\n`);
  assert.equal(cli(['-V']).stdout, version.stdout);
});

test('usage errors exit 2 and write nothing', () => {
  const input = write(dir(), 'seed.json', seed);
  const cases = [
    [[], /no INPUT given/],
    [[input], /--out DIR is required/],
    [[input, '--out'], /--out/],
    [[input, '--out', 'x', '--bogus'], /^comparison-render: unknown option --bogus \(a file whose name starts with "-" goes after "--", after the options\)$/m],
    [[input, '-', '-', '--out', 'x'], /standard input \(-\) can be read only once/],
    [[input, '--out', 'x', '--raw-html', 'unsafe'], /--raw-html must be one of sanitize, escape, drop, trust, not "unsafe"/],
    [[input, '--out', 'x', '--slug', ''], /--slug needs a value/],
  ];
  for (const [args, message] of cases) {
    const r = cli(args);
    assert.equal(r.status, 2, `${args.join(' ')}: ${r.stderr}`);
    assert.match(r.stderr, message);
    assert.match(r.stderr, /Try 'comparison-render --help'\./);
    assert.equal(r.stdout, '');
  }
  assert.equal(fs.existsSync(path.join(tmp, 'x')), false, 'no output folder made');
});

test('good files of all three kinds render to standalone pages', () => {
  const inputs = dir('in');
  const files = [
    write(inputs, 'rust-vs-go/_payload.json', seed),
    write(inputs, 'tabs.json', plain({})),
    write(inputs, 'saved/index.html', nuxtPage(variant('saved-vs-page', 'Saved vs Page'))),
    arabic,
  ];
  const out = path.join(dir(), 'site');
  const r = cli([...files, '--out', out]);
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual(pages(out), ['python-vs-javascript.html', 'rust-vs-go.html', 'saved-vs-page.html', 'tabs-vs-spaces.html']);
  assert.equal(fs.readFileSync(path.join(out, 'comparison.css'), 'utf8'), fs.readFileSync(path.join(dist, 'comparison.css'), 'utf8'));
  // Not a terminal: one plain line per page on stdout, the summary on stderr.
  assert.deepEqual(r.stdout.trim().split('\n'), [
    `${files[0]} -> ${path.join(out, 'rust-vs-go.html')}`,
    `${files[1]} -> ${path.join(out, 'tabs-vs-spaces.html')}`,
    `${files[2]} -> ${path.join(out, 'saved-vs-page.html')}`,
    `${files[3]} -> ${path.join(out, 'python-vs-javascript.html')}`,
  ]);
  assert.doesNotMatch(r.stdout + r.stderr, /\r/);
  assert.match(r.stderr, /^4 rendered, 0 failed in \d+\.\d\d s\n$/m);

  const expected = renderer.renderComparison(seed);
  const html = fs.readFileSync(path.join(out, 'rust-vs-go.html'), 'utf8');
  assert.equal(html, '<!DOCTYPE html>\n' +
    '<html class="cr-page" lang="en" dir="ltr">\n<head>\n<meta charset="utf-8">\n' +
    `<meta name="generator" content="comparison-renderer ${renderer.version}">\n` + CSP_META + '\n' +
    '<meta name="viewport" content="width=device-width, initial-scale=1">\n' +
    `<title>${expected.metaTitle}</title>\n` +
    `<meta name="description" content="${expected.metaDescription}">\n` +
    '<link rel="stylesheet" href="comparison.css">\n</head>\n<body>\n<main>\n' + expected.html +
    (expected.html.endsWith('\n') ? '' : '\n') + '</main>\n</body>\n</html>\n');
  assert.doesNotMatch(html, /<script|\sstyle=/i);

  const ar = fs.readFileSync(path.join(out, 'python-vs-javascript.html'), 'utf8');
  assert.match(ar, /^<!DOCTYPE html>\n<html class="cr-page" lang="ar" dir="rtl">\n/);
  const arResult = renderer.renderComparison(fs.readFileSync(arabic, 'utf8'));
  assert.ok(ar.includes(`<title>${arResult.metaTitle}</title>`));
  assert.ok(ar.includes(arResult.html));
  // A plain comparison without meta fields: the title and description stand in.
  const tabs = fs.readFileSync(path.join(out, 'tabs-vs-spaces.html'), 'utf8');
  assert.match(tabs, /<title>Tabs vs Spaces<\/title>\n<meta name="description" content="The eternal one.">/);
});

test('- reads a payload from standard input, with one thread or several', () => {
  for (const jobs of ['1', '2']) {
    const out = path.join(dir(), 'site');
    const r = cli(['-', '--out', out, '--jobs', jobs], { input: seed });
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(pages(out), ['rust-vs-go.html']);
    assert.ok(fs.readFileSync(path.join(out, 'rust-vs-go.html'), 'utf8').includes(renderer.renderComparison(seed).html));
    assert.equal(r.stdout.trim(), `- -> ${path.join(out, 'rust-vs-go.html')}`);
  }
  // Not a payload on standard input: reported as any bad file is, exit 1.
  const bad = cli(['-', '--out', path.join(dir(), 'site')], { input: 'not json' });
  assert.equal(bad.status, 1);
  assert.match(bad.stderr, /^-: json_syntax: /m);
});

test('files are read as TextDecoder reads bytes: a byte order mark dropped, invalid UTF-8 as U+FFFD', () => {
  const inputs = dir('in');
  const bom = write(inputs, 'bom.json', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(plain({}))]));
  const latin1 = write(inputs, 'latin1.json', Buffer.from(plain({ title: 'Caf\u00e9 vs Bar', slug: 'cafe-vs-bar' }), 'latin1'));
  const out = path.join(dir(), 'site');
  const r = cli([bom, latin1, '--out', out]);
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual(pages(out), ['cafe-vs-bar.html', 'tabs-vs-spaces.html']);
  assert.match(fs.readFileSync(path.join(out, 'cafe-vs-bar.html'), 'utf8'), /<title>Caf\ufffd vs Bar<\/title>/);
  // ./demo --render FILE (scripts/render-file.mjs) reads them the same way.
  for (const file of [bom, latin1]) {
    const demo = spawnSync(process.execPath, [path.join(root, 'scripts/render-file.mjs'), file], { encoding: 'utf8' });
    assert.equal(demo.status, 0, demo.stderr);
    assert.equal(demo.stdout, renderer.renderComparison(new TextDecoder().decode(fs.readFileSync(file))).html);
  }
});

test('./demo --render FILE reads a relative FILE from where it was given, and names a missing one', () => {
  const inputs = dir('in');
  write(inputs, 'tabs.json', plain({}));
  const demo = (args) => spawnSync(path.join(root, 'demo'), ['--render', ...args], { cwd: inputs, encoding: 'utf8' });
  const r = demo(['tabs.json']);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout, renderer.renderComparison(plain({})).html);
  const missing = demo(['nothing-here.json']);
  assert.equal(missing.status, 2);
  assert.ok(missing.stderr.startsWith(`${path.join(inputs, 'nothing-here.json')}: ENOENT`), missing.stderr);
});

test('hostile metadata: titles and descriptions escaped in the head, slugs made safe file names', () => {
  const inputs = dir('in');
  const out0 = dir('out');
  const cases = [['../../escape', 'escape.html'], ['a/b\\c d', 'a-b-c-d.html'], ['.hidden', 'hidden.html'], ['con', 'con-page.html'],
    ['Ünïcödé-比較', 'Ünïcödé-比較.html'], ['x'.repeat(300), `${'x'.repeat(120)}.html`]];
  const files = cases.map(([slug], i) => write(inputs, `slug-${i}.json`, plain({ slug })));
  const r0 = cli([...files, '--out', out0]);
  assert.equal(r0.status, 0, r0.stderr);
  assert.deepEqual(pages(out0), cases.map(([, name]) => name).sort());
  assert.deepEqual(fs.readdirSync(path.dirname(out0)).filter((f) => f.startsWith('escape')), [], 'nothing written outside --out');

  const file = write(inputs, 'hostile.json', plain({
    slug: 'hostile', meta_title: '</title><script>alert(1)</script> & "q"', meta_description: '"><script>x</script>',
  }));
  const out = dir('out');
  const r = cli([file, '--out', out]);
  assert.equal(r.status, 0, r.stderr);
  const html = fs.readFileSync(path.join(out, 'hostile.html'), 'utf8');
  assert.ok(html.includes('<title>&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;q&quot;</title>'));
  assert.ok(html.includes('<meta name="description" content="&quot;&gt;&lt;script&gt;x&lt;/script&gt;">'));
  assert.doesNotMatch(html, /<script/i);
});

test('a folder means every .json/.html/.htm file under it, recursively, hidden folders and node_modules skipped', () => {
  const inputs = dir('folder');
  write(inputs, 'a.json', variant('alpha'));
  write(inputs, 'nested/deeper/b.payload.json', variant('beta'));
  write(inputs, 'nested/c.htm', nuxtPage(variant('gamma')));
  write(inputs, 'nested/d.HTML', nuxtPage(variant('delta')));
  write(inputs, 'notes.txt', variant('not-a-json-name'));
  write(inputs, '.cache/e.json', variant('hidden'));
  write(inputs, 'node_modules/pkg/f.json', variant('dependency'));
  const out = dir('out');
  const r = cli([inputs, '--out', out]);
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual(pages(out), ['alpha.html', 'beta.html', 'delta.html', 'gamma.html']);
  // Sorted by path, so runs are repeatable.
  assert.deepEqual(r.stdout.trim().split('\n').map((l) => path.relative(inputs, l.split(' -> ')[0])),
    ['a.json', 'nested/c.htm', 'nested/d.HTML', 'nested/deeper/b.payload.json']);
});

test('a folder with no payload in it fails the run (no_payload) instead of rendering nothing; other inputs still render', () => {
  const empty = dir('empty');
  write(empty, 'notes.txt', variant('not-a-json-name'));
  write(empty, '.cache/e.json', variant('hidden'));
  const good = write(dir('one-good'), 'a.json', variant('alpha'));
  const out = dir('out');
  const r = cli([empty, good, '--out', out]);
  assert.equal(r.status, 1);
  assert.deepEqual(pages(out), ['alpha.html']);
  const errors = r.stderr.trim().split('\n');
  assert.deepEqual(errors.slice(0, -1), [
    `${empty}: no_payload: No .json, .html or .htm file in this folder or its subfolders (hidden folders and node_modules are skipped).`,
  ]);
  assert.match(errors.at(-1), /^1 rendered, 1 failed in \d+\.\d\d s$/);
  // Alone, too.
  const alone = cli([empty, '--out', dir('out-alone')]);
  assert.equal(alone.status, 1);
  assert.match(alone.stderr, /no_payload: No \.json, \.html or \.htm file/);
});

test('--out inside or equal to an input folder: its pages are not inputs, and no input is written over', () => {
  const inputs = dir('inplace');
  write(inputs, 'alpha.json', variant('alpha'));
  const saved = nuxtPage(variant('beta'));
  write(inputs, 'beta.html', saved);  // a saved page named as its own slug's page would be
  // Into a folder inside the input folder, twice: the second run does not read the first's pages.
  for (let run = 0; run < 2; run++) {
    const r = cli([inputs, '--out', path.join(inputs, 'site')]);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stderr, /^2 rendered, 0 failed/m);
  }
  assert.deepEqual(pages(path.join(inputs, 'site')), ['alpha.html', 'beta.html']);
  // Into the input folder itself: beta.html would replace the saved page it was made from.
  for (let run = 0; run < 2; run++) {
    const r = cli([inputs, '--out', inputs]);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /beta\.html: write_failed: .*beta\.html: that is one of the inputs \(choose another --out\)/);
    assert.match(r.stderr, /^1 rendered, 1 failed/m);  // alpha.html, written again; its page is skipped as an input
  }
  assert.equal(fs.readFileSync(path.join(inputs, 'beta.html'), 'utf8'), saved);
  assert.match(fs.readFileSync(path.join(inputs, 'alpha.html'), 'utf8'), /<meta name="generator"/);
});

test('what is in --out already: an input reached through a link, files of someone else\'s, a folder that cannot be', () => {
  // --out a link to the input folder: still the input folder.
  const inputs = dir('linked');
  const saved = nuxtPage(variant('beta'));
  write(inputs, 'beta.html', saved);
  const link = path.join(dir('links'), 'site');
  fs.symlinkSync(inputs, link, 'dir');
  let r = cli([inputs, '--out', link]);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /beta\.html: write_failed: .*beta\.html: that is one of the inputs \(choose another --out\)/);
  assert.equal(fs.readFileSync(path.join(inputs, 'beta.html'), 'utf8'), saved);
  // A page or a stylesheet this command did not write is left as it is.
  const input = write(dir('in'), 'tabs.json', plain({}));
  const out = dir('own');
  write(out, 'tabs-vs-spaces.html', '<p>mine</p>');
  r = cli([input, '--out', out]);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /tabs\.json: write_failed: .*tabs-vs-spaces\.html: a file this command did not write is there; it was left as it is/);
  assert.equal(fs.readFileSync(path.join(out, 'tabs-vs-spaces.html'), 'utf8'), '<p>mine</p>');
  assert.deepEqual(fs.readdirSync(out), ['tabs-vs-spaces.html'], 'no temporary file left, nor the stylesheet of a run that wrote no page');
  const styled = dir('own-css');
  write(styled, 'comparison.css', 'body { color: red }');
  r = cli([input, '--out', styled]);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /cannot write to .*: .*comparison\.css is not comparison-renderer's stylesheet: it was left as it is/);
  assert.equal(fs.readFileSync(path.join(styled, 'comparison.css'), 'utf8'), 'body { color: red }');
  // The same input twice, or in a folder given too: read once.
  const twice = dir('twice');
  r = cli([input, input, path.dirname(input), '--out', twice]);
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual(pages(twice), ['tabs-vs-spaces.html']);
  assert.match(r.stderr, /^1 rendered, 0 failed/m);
  // A file as --out, and a folder the kernel refuses (Node's recursive mkdir loops there).
  r = cli([input, '--out', input]);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /cannot write to .*tabs\.json: Not a folder\.$/m);
  r = cli([input, '--out', '/proc/comparison-render-test/site'], { timeout: 30000 });
  assert.equal(r.status, 1);
  assert.match(r.stderr, /^comparison-render: cannot write to \/proc\/comparison-render-test\/site: /m);
});

test('a reader that stops early, and a disk that fills: no stack trace, no temporary file left', () => {
  const inputs = dir('many');
  for (let i = 0; i < 200; i++) write(inputs, `${i}.json`, plain({ slug: `page-${i}` }));
  const out = dir('out');
  const quote = (t) => `'${t.replace(/'/g, `'\\''`)}'`;
  const command = [process.execPath, bin, inputs, '--out', out, '--jobs', '1'].map(quote).join(' ');
  let r = spawnSync('bash', ['-c', `${command} | head -1; echo "status \${PIPESTATUS[0]}" >&2`], { encoding: 'utf8', timeout: 120000 });
  assert.match(r.stdout, /^.*0\.json -> .*page-0\.html\n$/);
  assert.match(r.stderr, /^200 rendered, 0 failed in .*\nstatus 0\n$/);
  assert.equal(pages(out).length, 200);
  // A page larger than the file size limit: write_failed, and its temporary file removed.
  const big = write(dir('big'), 'big.json', plain({ slug: 'big', content_md: 'Words and more words. '.repeat(5000) }));
  const small = write(dir('small'), 'small.json', plain({ slug: 'small' }));
  const full = dir('full');
  const limited = [process.execPath, bin, big, small, '--out', full].map(quote).join(' ');
  r = spawnSync('bash', ['-c', `trap '' XFSZ; ulimit -f 64; exec ${limited}`], { encoding: 'utf8', timeout: 120000 });
  assert.equal(r.status, 1, r.stderr);
  assert.match(r.stderr, /big\.json: write_failed: .*big\.html: EFBIG/);
  assert.deepEqual(fs.readdirSync(full).sort(), ['comparison.css', 'small.html']);
});

test('a broken file among good ones: reported as FILE: code: message (at path), the others written, exit 1', () => {
  const inputs = dir('mixed');
  const good1 = write(inputs, '1.json', variant('one'));
  const bad = write(inputs, '2.json', '[{"data":1},');
  const good2 = write(inputs, '3.json', variant('three'));
  const missing = path.join(inputs, 'missing.json');
  const out = dir('out');
  const r = cli([good1, bad, broken, missing, good2, '--out', out]);
  assert.equal(r.status, 1);
  assert.deepEqual(pages(out), ['one.html', 'three.html']);
  const errors = r.stderr.trim().split('\n');
  const expectedBroken = renderer.renderComparison(fs.readFileSync(broken, 'utf8')).error;
  const expectedBad = renderer.renderComparison('[{"data":1},').error;
  assert.equal(expectedBroken.code, 'missing_field');
  assert.deepEqual(errors, [
    `${bad}: ${expectedBad.code}: ${expectedBad.message}${expectedBad.path ? ` (at ${expectedBad.path})` : ''}`,
    `${broken}: missing_field: ${expectedBroken.message} (at ${expectedBroken.path})`,
    `${missing}: read_failed: No such file or folder.`,
    errors.at(-1),
  ]);
  assert.match(errors.at(-1), /^2 rendered, 3 failed in \d+\.\d\d s$/);
  assert.equal(r.stdout.trim().split('\n').length, 2);
});

test('a run that writes no page leaves no --out behind: the folders it made and the stylesheet it copied go', () => {
  const bad = write(dir('all-bad'), 'bad.json', '[{"data":1},');
  const parent = dir('fresh-parent');
  const out = path.join(parent, 'a', 'b');
  const r = cli([bad, '--out', out]);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /^0 rendered, 1 failed in \d+\.\d\d s$/m);
  assert.deepEqual(fs.readdirSync(parent), []);
  // A folder that was there stays, without the stylesheet this run put in it; one from an
  // earlier run that wrote pages stays, pages and stylesheet.
  const there = dir('there');
  write(there, 'notes.txt', 'mine');
  assert.equal(cli([bad, '--out', there]).status, 1);
  assert.deepEqual(fs.readdirSync(there), ['notes.txt']);
  const earlier = dir('earlier');
  assert.equal(cli([write(dir('good'), 'g.json', variant('gamma')), '--out', earlier]).status, 0);
  assert.equal(cli([bad, '--out', earlier]).status, 1);
  assert.deepEqual(fs.readdirSync(earlier).sort(), ['comparison.css', 'gamma.html']);
  // From standard input too.
  const piped = path.join(dir('piped-parent'), 'new');
  assert.equal(cli(['-', '--out', piped], { input: '[{"data":1},' }).status, 1);
  assert.equal(fs.existsSync(piped), false);
});

test('slug clashes get a suffix instead of overwriting; a second run rewrites the same names', () => {
  const inputs = dir('clash');
  const first = write(inputs, 'a.json', variant('same', 'First'));
  const second = write(inputs, 'b.json', variant('same', 'Second'));
  const third = write(inputs, 'c.json', variant('SAME', 'Third')); // case-insensitive file systems
  const fourth = write(inputs, 'd.json', variant('same-2', 'Fourth'));
  const out = dir('out');
  for (let run = 0; run < 2; run++) {
    const r = cli([first, second, third, fourth, '--out', out]);
    assert.equal(r.status, 0, r.stderr);
    // Case is kept; names compare case-insensitively (macOS, Windows). A slug that is itself
    // taken by a suffixed name gets its own suffix.
    assert.deepEqual(pages(out), ['SAME-3.html', 'same-2-2.html', 'same-2.html', 'same.html']);
    const titleOf = (f) => fs.readFileSync(path.join(out, f), 'utf8').match(/<h1[^>]*>([^<]*)</)[1];
    assert.equal(titleOf('same.html'), 'First');
    assert.equal(titleOf('same-2.html'), 'Second');
    assert.equal(titleOf('SAME-3.html'), 'Third');
    assert.equal(titleOf('same-2-2.html'), 'Fourth');
    assert.match(r.stderr, new RegExp(`${second.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: warning: same\\.html is already taken by .*a\\.json; writing same-2\\.html`));
  }
});

test('--slug picks a comparison and --raw-html reaches the renderer', () => {
  const out = dir('out');
  const r = cli([listing, '--out', out, '--slug', 'deno-vs-node-js']);
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual(pages(out), ['deno-vs-node-js.html']);
  const raw = write(dir('raw'), 'raw.json', plain({ slug: 'raw', content_md: 'Hello <b>bold</b> world.\n' }));
  const escaped = dir('out');
  assert.equal(cli([raw, '--out', escaped, '--raw-html', 'escape']).status, 0);
  assert.match(fs.readFileSync(path.join(escaped, 'raw.html'), 'utf8'), /Hello &lt;b&gt;bold&lt;\/b&gt; world\./);
  const sanitized = dir('out');
  assert.equal(cli([raw, '--out', sanitized]).status, 0);
  assert.match(fs.readFileSync(path.join(sanitized, 'raw.html'), 'utf8'), /Hello <b>bold<\/b> world\./);
  const none = dir('out');
  const unknown = cli([raw, '--out', none, '--slug', 'nope']);
  assert.equal(unknown.status, 1);
  assert.match(unknown.stderr, /raw\.json: \w+: /);
});

test('on a terminal: a progress line updated with \\r instead of one line per file', (t) => {
  const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;
  if (!hasScript) { t.skip('util-linux script(1) is not installed'); return; }
  const inputs = dir('tty');
  for (let i = 0; i < 5; i++) write(inputs, `${i}.json`, variant(`tty-${i}`));
  write(inputs, 'bad.json', '{');
  const out = dir('out');
  const quote = (s) => `'${s.replace(/'/g, `'\\''`)}'`;
  const r = spawnSync('script', ['-qec', [process.execPath, bin, inputs, '--out', out].map(quote).join(' '), '/dev/null'],
    { encoding: 'utf8', timeout: 60000 });
  assert.equal(r.status, 1, r.stdout);
  assert.match(r.stdout, /\r\x1b\[2K\[\d+\/6\] /, 'a progress line');
  assert.match(r.stdout, /bad\.json: json_syntax: /);
  assert.match(r.stdout, /5 rendered, 1 failed in \d+\.\d\d s/);
  assert.doesNotMatch(r.stdout, / -> /, 'no per-file lines on a terminal');
  assert.equal(pages(out).length, 5);
});

test('on a terminal, a long run shows its rate and the time left', (t) => {
  const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;
  if (!hasScript) { t.skip('util-linux script(1) is not installed'); return; }
  const inputs = dir('tty-long');
  for (let i = 0; i < 40; i++) write(inputs, `${String(i).padStart(2, '0')}.json`, variant(`long-${i}`));
  const quote = (s) => `'${s.replace(/'/g, `'\\''`)}'`;
  // "Long" is measured by the clock: this one moves 100 ms at each reading, however fast the machine.
  const clock = path.join(root, 'tests/node/helpers/fast-clock.mjs');
  const r = spawnSync('script', ['-qec', [process.execPath, '--import', clock, bin, inputs, '--out', dir('out'), '--jobs', '2'].map(quote).join(' '), '/dev/null'],
    { encoding: 'utf8', timeout: 120000 });
  assert.equal(r.status, 0, r.stdout);
  assert.match(r.stdout, /\[\d+\/40\] [\d.]+\/s, \d+ s left /, 'rate and time left');
  // --quiet: nothing but problems, even on a terminal.
  const q = spawnSync('script', ['-qec', [process.execPath, bin, inputs, '--out', dir('out'), '--quiet'].map(quote).join(' '), '/dev/null'],
    { encoding: 'utf8', timeout: 120000 });
  assert.equal(q.status, 0);
  assert.equal(q.stdout, '');
});

test('--jobs N: the same pages byte for byte and the same lines, whatever N is', () => {
  const inputs = dir('jobs');
  for (let i = 0; i < 40; i++) write(inputs, `${String(i).padStart(2, '0')}.json`, variant(i % 7 ? `jobs-${i}` : 'clash'));
  write(inputs, 'bad.json', '{');
  fs.copyFileSync(arabic, path.join(inputs, 'zz-arabic.json'));
  const runs = [1, 2, 5].map((jobs) => {
    const out = dir('out');
    const r = cli([inputs, '--out', out, '--jobs', String(jobs)]);
    assert.equal(r.status, 1, r.stderr);
    const files = Object.fromEntries(pages(out).map((f) => [f, fs.readFileSync(path.join(out, f), 'utf8')]));
    return { files, stdout: r.stdout.split(out).join('OUT'), stderr: r.stderr.replace(/ in \d+\.\d+ s\n$/, '') };
  });
  assert.equal(Object.keys(runs[0].files).length, 41);
  assert.ok(runs[0].files['clash-6.html'], 'clashes numbered in input order');
  for (const run of runs.slice(1)) assert.deepEqual(run, runs[0]);
  assert.equal(cli([inputs, '--out', dir('out'), '--quiet']).stdout, '');
  assert.match(cli([inputs, '--out', dir('out'), '--quiet']).stderr, /bad\.json: json_syntax: [^\n]*\n$/, 'problems only, no summary');
  for (const bad of ['0', '65', 'two', '1.5']) {
    const r = cli([inputs, '--out', dir('out'), '--jobs', bad]);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /--jobs must be a whole number from 1 to 64/);
  }
});

test('the generated pages are valid HTML (Nu HTML Checker)', (t) => {
  const vnu = path.join(root, 'node_modules/vnu-jar/build/dist/vnu.jar');
  if (spawnSync('java', ['-version']).status !== 0 || !fs.existsSync(vnu)) { t.skip('no Java or vnu-jar'); return; }
  const out = dir('out');
  const r = cli([path.join(root, 'web/examples'), '--out', out]);
  assert.equal(r.status, 1, 'the broken example and index.json fail');
  const written = pages(out).map((f) => path.join(out, f));
  assert.ok(written.length >= 6);
  let report;
  try {
    report = execFileSync('java', ['-jar', vnu, '--format', 'json', '--errors-only', ...written], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (e) {
    report = e.stderr || e.stdout;
  }
  const messages = JSON.parse(report || '{"messages":[]}').messages.map((m) => `${path.basename(m.url || '')}:${m.lastLine}: ${m.message}`);
  assert.deepEqual(messages, []);
});

test('1,000 payloads in one run (timed)', () => {
  const inputs = dir('thousand');
  for (let i = 0; i < 1000; i++) {
    const n = String(i).padStart(4, '0');
    write(inputs, `${n.slice(0, 2)}/${n}.json`, variant(`comparison-${n}`, `Comparison number ${i}`));
  }
  const out = dir('out');
  const started = process.hrtime.bigint();
  const r = cli([inputs, '--out', out]);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  assert.equal(r.status, 0, r.stderr.slice(0, 2000));
  const written = pages(out);
  assert.equal(written.length, 1000);
  assert.equal(written[0], 'comparison-0000.html');
  assert.match(fs.readFileSync(path.join(out, 'comparison-0999.html'), 'utf8'), /<title>Comparison number 999 \(meta\)<\/title>/);
  const summary = r.stderr.match(/^1000 rendered, 0 failed in (\d+\.\d\d) s$/m);
  assert.ok(summary, r.stderr.slice(-500));
  console.log(`comparison-render: 1,000 payloads (${(Buffer.byteLength(variant('comparison-0000')) / 1024).toFixed(1)} KiB each) ` +
    `in ${seconds.toFixed(2)} s wall clock including Node start-up; the command's own summary: ${summary[1]} s`);
  assert.ok(seconds < 120, `a sanity bound, not a benchmark: ${seconds} s`);
});
