// Whole Nuxt pages (tests/fixtures/pages/*.html, built by make-pages.mjs from the documented
// format and the seed comparison) through renderComparison and decodePayload.
import test from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import * as devalue from 'devalue';
import { renderer, root } from './helpers/module.mjs';
import { nuxtRevivers, sameValue } from './helpers/random-values.mjs';
import { pages } from '../fixtures/pages/make-pages.mjs';

const dir = path.join(root, 'tests/fixtures/pages');
const built = pages();
const read = (name) => fs.readFileSync(path.join(dir, name), 'utf8');
const seed = fs.readFileSync(path.join(root, 'tests/fixtures/seed/rust-vs-go.payload.json'), 'utf8');
const key = 'comparison-rust-vs-go';

test('the page fixtures are current (node tests/fixtures/pages/make-pages.mjs rewrites them)', () => {
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.html')).sort();
  assert.deepEqual(files, Object.keys(built).sort());
  for (const [name, page] of Object.entries(built)) assert.equal(read(name), page.html, name);
});

for (const name of Object.keys(built)) {
  test(`${name}: decodePayload of the page is devalue.parse of its __NUXT_DATA__ script`, () => {
    const html = read(name);
    const decoded = renderer.decodePayload(html);
    assert.equal(decoded.ok, true, JSON.stringify(decoded.error));
    const expected = devalue.parse(built[name].payload, nuxtRevivers);
    assert.equal(sameValue(decoded.value, expected), null);
    // The page and its script alone decode the same.
    const alone = renderer.decodePayload(built[name].payload);
    assert.equal(alone.ok, true);
    assert.equal(sameValue(alone.value, devalue.parse(built[name].payload, nuxtRevivers)), null);
  });
}

test('inline-full.html: the real script wins over decoys in a comment, a script and a textarea', () => {
  const r = renderer.renderComparison(read('inline-full.html'));
  assert.equal(r.ok, true, JSON.stringify(r.error));
  assert.equal(r.title, 'Rust vs Go for Backend Development');
  assert.equal(r.slug, 'rust-vs-go');
  assert.equal(r.lang, 'en');
  assert.doesNotMatch(r.html, /Decoy/);
  // The same comparison as the seed's _payload.json renders the same article.
  const fromSeed = renderer.renderComparison(seed);
  assert.equal(r.html, fromSeed.html);
  const value = renderer.decodePayload(read('inline-full.html')).value;
  assert.equal(value.path, '/compare/rust-vs-go'); // written as \u002F in the page
  assert.equal(value.serverRendered, true);
  assert.deepEqual([...value.once], ['$analytics']);
  assert.equal(value.state.$sconsent, false); // EmptyRef "false"
  assert.ok(key in value._errors && value._errors[key] === undefined);
});

test('inline-nuxt3.html (Nuxt 3.4-3.11: reactive root, no data-nuxt-data) renders the seed comparison', () => {
  const r = renderer.renderComparison(read('inline-nuxt3.html'));
  assert.equal(r.ok, true, JSON.stringify(r.error));
  assert.equal(r.html, renderer.renderComparison(seed).html);
  assert.equal(renderer.decodePayload(read('inline-nuxt3.html')).value._errors[key], null);
});

test('split.html: renderComparison names the external _payload.json; rendering that works', () => {
  const r = renderer.renderComparison(read('split.html'));
  assert.equal(r.ok, false);
  assert.equal(r.error.code, 'payload_external');
  assert.ok(r.error.message.includes(built['split.html'].dataSrc), r.error.message);
  const value = renderer.decodePayload(read('split.html')).value;
  assert.equal(value.data, undefined);
  assert.equal(value.prerenderedAt, 1767225600000);
  assert.equal(Object.getPrototypeOf(value), Object.prototype);
  // The external payload (the seed is one) renders.
  assert.equal(renderer.renderComparison(seed).ok, true);
});

test('error.html: renderComparison says error_page; decodePayload gives the NuxtError as a plain object', () => {
  const r = renderer.renderComparison(read('error.html'));
  assert.equal(r.ok, false);
  assert.equal(r.error.code, 'error_page');
  assert.equal(r.error.path, '/error');
  assert.match(r.error.message, /404/);
  const { error } = renderer.decodePayload(read('error.html')).value;
  assert.equal(Object.getPrototypeOf(error), Object.prototype);
  assert.equal(error.status, 404);
  assert.equal(error.message, 'Page not found: /compare/rust-vs-cobol');
});

test('fetch-failed.html: renderComparison says fetch_failed at the _errors entry', () => {
  const r = renderer.renderComparison(read('fetch-failed.html'));
  assert.equal(r.ok, false);
  assert.equal(r.error.code, 'fetch_failed');
  assert.equal(r.error.path, `/_errors/${key}`);
  assert.match(r.error.message, /503/);
  const value = renderer.decodePayload(read('fetch-failed.html')).value;
  assert.equal(value._errors[key].statusCode, 503);
  assert.ok(key in value.data && value.data[key] === undefined);
});

test('listing.html: the first comparison by default, the slug option picks another', () => {
  const html = read('listing.html');
  const first = renderer.renderComparison(html);
  assert.equal(first.ok, true, JSON.stringify(first.error));
  assert.equal(first.slug, 'rust-vs-go');
  const vue = renderer.renderComparison(html, { slug: 'vue-vs-react' });
  assert.equal(vue.ok, true, JSON.stringify(vue.error));
  assert.equal(vue.title, 'Vue vs React');
  assert.equal(vue.slug, 'vue-vs-react');
  const tabs = renderer.renderComparison(html, { slug: 'tabs-vs-spaces' });
  assert.equal(tabs.title, 'Tabs vs Spaces');
  const none = renderer.renderComparison(html, { slug: 'cobol-vs-fortran' });
  assert.equal(none.ok, false);
  assert.equal(none.error.code, 'not_a_comparison');
  for (const slug of ['rust-vs-go', 'vue-vs-react', 'tabs-vs-spaces']) assert.ok(none.error.message.includes(slug), none.error.message);
  const list = renderer.decodePayload(html).value.data.$fQ3kZ8mP1xY;
  assert.deepEqual(list.map((c) => c.slug), ['rust-vs-go', 'vue-vs-react', 'tabs-vs-spaces']);
});

test('multi-keys.html: the comparison among other useFetch keys; shared objects stay shared', () => {
  const html = read('multi-keys.html');
  const r = renderer.renderComparison(html);
  assert.equal(r.ok, true, JSON.stringify(r.error));
  assert.equal(r.slug, 'rust-vs-go');
  assert.equal(renderer.renderComparison(html, { slug: 'rust-vs-go' }).html, r.html);
  const value = renderer.decodePayload(html).value;
  assert.deepEqual(Object.keys(value.data), ['$fNavA1b2C3d4', '$aSiteE5f6G7h8', key, '$fRelatedI9j0K1']);
  assert.equal(value.state.$ssite, value.data.$aSiteE5f6G7h8); // Ref(site): the same object
  assert.equal(value.data.$aSiteE5f6G7h8.nav, value.data.$fNavA1b2C3d4);
  assert.equal(value.state.$sviews, 0); // EmptyRef "0"
  assert.equal(value.path, '/compare/rust-vs-go?ref=home');
});

test('multi-app.html: a script found by data-nuxt-data alone', () => {
  const r = renderer.renderComparison(read('multi-app.html'));
  assert.equal(r.ok, true, JSON.stringify(r.error));
  assert.equal(r.html, renderer.renderComparison(seed).html);
});

test('empty comments ("<!-->", "<!--->") end where a browser ends them', () => {
  for (const comment of ['<!-->', '<!--->']) {
    const page = `<!doctype html>${comment} <script type="application/json" id="__NUXT_DATA__">[{"n":1},7]</script><!-- -->`;
    const r = renderer.decodePayload(page);
    assert.equal(r.ok, true, `${comment}: ${JSON.stringify(r.error)}`);
    assert.deepEqual(r.value, { n: 7 });
  }
});

test('an id given twice is the first one, as HTML keeps it', () => {
  const page = '<script type="application/json" id="other" id="__NUXT_DATA__">[{"n":1},1]</script>'
    + '<script type="application/json" id="__NUXT_DATA__">[{"n":1},2]</script>';
  assert.deepEqual(renderer.decodePayload(page).value, { n: 2 });
  const first = '<script type="application/json" id="__NUXT_DATA__" id="other">[{"n":1},3]</script>';
  assert.deepEqual(renderer.decodePayload(first).value, { n: 3 });
});
