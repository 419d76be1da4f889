// md4c's own specs of the extensions our default dialect turns on (github = md4c's
// MD_DIALECT_GITHUB: tables, strikethrough, task lists, permissive URL/www/e-mail autolinks),
// from the md4c source we build (third_party/md4c/test/spec-*.txt), through
// renderMarkdown(md, {rawHtml: 'trust'}) with the default dialect.
//
// Each example in those files is "```...``` example", markdown, ".", expected HTML, ".", the
// md2html flags it was written for (one a line), "```...```" (md4c's run-testsuite.py reads them
// the same way; "→" stands for a tab). We run every example with all of the github dialect's
// flags, not only its own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { renderer, root } from './helpers/module.mjs';
import { normalizeHtml } from './helpers/normalize-html.mjs';

const SPEC_DIR = path.join(root, 'third_party/md4c/test');
// File and number of examples in it (so a parsing slip cannot quietly drop examples).
const FILES = {
  'spec-tables.txt': 12,
  'spec-strikethrough.txt': 5,
  'spec-tasklists.txt': 5,
  'spec-permissive-autolinks.txt': 15,
};
// md2html's flags that MD_DIALECT_GITHUB includes. An example written for any other flag would
// not be testing what our github dialect does, so the test refuses it.
const GITHUB_FLAGS = new Set([
  '--ftables', '--fstrikethrough', '--ftasklists',
  '--fpermissive-url-autolinks', '--fpermissive-www-autolinks', '--fpermissive-email-autolinks',
  '--github',
]);

// Examples whose expected HTML holds only with the example's own flags, and what the github
// dialect (all its extensions at once) correctly gives instead, with the reason. Keyed
// "file#number". md4c 0.5.2's files have none: every example gives the same HTML under
// md2html --github as under its own flags (checked with md2html built from third_party/md4c).
// (md4c 0.4.8's files had two: a table cell with "] http://x.x" that permissive URL autolinks
// turn into a link, and "ssh://root@example.com" where the e-mail flag links root@example.com.)
const GITHUB_DIALECT_EXPECTATIONS = new Map([
  // ['spec-<name>.txt#<n>', { reason: 'why the github dialect differs', html: 'its correct HTML' }],
]);

function parseSpec(text) {
  const examples = [];
  let state = 0; // 0 prose, 1 markdown, 2 html, 3 flags
  let markdown = [], html = [], flags = [], section = '';
  for (const line of text.split(/(?<=\n)/)) {
    const l = line.trim();
    if (state === 0 && /^`{32} example\b/.test(l)) {
      state = 1;
    } else if (state >= 2 && l === '`'.repeat(32)) {
      examples.push({
        number: examples.length + 1,
        section,
        markdown: markdown.join('').replace(/→/g, '\t'),
        html: html.join('').replace(/→/g, '\t'),
        flags: flags.map((f) => f.trim()).filter(Boolean),
      });
      state = 0;
      markdown = []; html = []; flags = [];
    } else if (state > 0 && l === '.') {
      state++;
    } else if (state === 1) {
      markdown.push(line);
    } else if (state === 2) {
      html.push(line);
    } else if (state === 3) {
      flags.push(line);
    } else if (state === 0 && /^#+ /.test(line)) {
      section = line.replace(/^#+ /, '').trim();
    }
  }
  assert.equal(state, 0, 'the spec file ends inside an example');
  return examples;
}

// Our tables say how a column is aligned with a class, not with md4c-html's align="...": align
// is obsolete in HTML5, and a style attribute would be blocked by the strict CSP the page runs
// under (comparison.css styles .cr-align-*). This is the only change made to md4c's expected
// HTML; everything else is compared as it is (after normalisation).
const ourAlignment = (html) => html.replace(/ align="(left|center|right)"/g, ' class="cr-align-$1"');

for (const [file, expectedCount] of Object.entries(FILES)) {
  const examples = parseSpec(fs.readFileSync(path.join(SPEC_DIR, file), 'utf8'));

  test(`${file}: ${expectedCount} examples, all for flags of the github dialect`, () => {
    assert.equal(examples.length, expectedCount);
    for (const ex of examples) {
      for (const flag of ex.flags) assert.ok(GITHUB_FLAGS.has(flag), `${file}#${ex.number} needs ${flag}`);
    }
  });

  test(`${file} through the github dialect`, (t) => {
    const failed = [];
    for (const ex of examples) {
      const key = `${file}#${ex.number}`;
      const special = GITHUB_DIALECT_EXPECTATIONS.get(key);
      const expected = ourAlignment(special ? special.html : ex.html);
      const r = renderer.renderMarkdown(ex.markdown, { rawHtml: 'trust' });
      assert.equal(r.ok, true, `${key}: ${JSON.stringify(r.error)}`);
      if (normalizeHtml(r.html) !== normalizeHtml(expected)) {
        failed.push(`\n${key} (${ex.section}; flags ${ex.flags.join(' ') || 'none'})` +
          `${special ? ` [github dialect: ${special.reason}]` : ''}` +
          `\n  markdown: ${JSON.stringify(ex.markdown)}\n  expected: ${JSON.stringify(expected)}\n  actual:   ${JSON.stringify(r.html)}`);
      }
    }
    const passed = examples.length - failed.length;
    t.diagnostic(`${file}: ${passed}/${examples.length} examples pass`);
    assert.equal(failed.length, 0, `failing examples:${failed.join('')}`);
  });
}

test('every listed github-dialect exception names an existing example', () => {
  for (const key of GITHUB_DIALECT_EXPECTATIONS.keys()) {
    const [file, number] = key.split('#');
    assert.ok(file in FILES && +number >= 1 && +number <= FILES[file], key);
  }
});

// The one place our table markup differs from md4c-html's, checked without the mapping above.
test('table alignment is a class, never an align or style attribute', () => {
  const { html } = renderer.renderMarkdown('| a | b | c | d |\n|---|:--|:-:|--:|\n| 1 | 2 | 3 | 4 |\n', { rawHtml: 'trust' });
  assert.doesNotMatch(html, /\balign=|\bstyle=/);
  assert.match(html, /<th class="cr-align-left">b<\/th>\n<th class="cr-align-center">c<\/th>\n<th class="cr-align-right">d<\/th>/);
  assert.match(html, /<td>1<\/td>/);
});
