// Every built-in language on the same comparison (golden files), and the labels options.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { renderer, root } from './helpers/module.mjs';
import { LANGUAGES, comparisonIn } from '../fixtures/i18n-comparison.mjs';

const golden = (lang) => fs.readFileSync(path.join(root, 'tests/fixtures/golden/i18n', `${lang}.html`), 'utf8');
const summaryOf = (html) => html.match(/<p id="[^"]*matrix-summary"[^>]*>(.*?)<\/p>/)[1].replace(/<\/?bdi>/g, '');

for (const lang of LANGUAGES) {
  test(`${lang}: the article matches its golden file`, () => {
    const r = renderer.renderComparison(comparisonIn(lang));
    assert.equal(r.ok, true);
    assert.equal(r.lang, lang);
    assert.equal(r.dir, lang === 'ar' || lang === 'he' ? 'rtl' : 'ltr');
    assert.equal(r.html, golden(lang));
    if (lang !== 'en') assert.doesNotMatch(r.html, /without a verdict|No verdict|Feature comparison|Published/, 'no English words');
  });
}

test('the summary sentence in every built-in language', () => {
  const sentences = Object.fromEntries(LANGUAGES.map((l) => [l, summaryOf(golden(l))]));
  assert.equal(sentences.en, 'Go leads in 5 of 10 features, Rust in 3; 1 tie; 1 without a verdict.');
  assert.equal(sentences.de, 'Go liegt bei 5 von 10 Merkmalen vorn, Rust bei 3; 1-mal unentschieden; 1 ohne Urteil.');
  assert.equal(sentences.ja, '10項目中、Goが5項目、Rustが3項目で優位、引き分け1項目、判定なし1項目。');
  assert.equal(sentences.ar, 'يتفوق Go في ٥ من أصل ١٠ ميزات، وRust في ٣؛ تعادل واحد؛ ميزة واحدة بلا حكم.');
  assert.equal(new Set(Object.values(sentences)).size, LANGUAGES.length, 'twelve different sentences');
});

test('in a right-to-left article, left-to-right names are isolated', () => {
  const html = golden('ar');
  assert.match(html, /<caption id="cr-matrix-caption"><bdi>Rust<\/bdi> مقابل <bdi>Go<\/bdi>/);
  assert.match(html, /<th scope="row"><bdi>Tooling<\/bdi><\/th>/);
  // ...and in a left-to-right article, right-to-left names are.
  const c = JSON.parse(comparisonIn('en'));
  c.feature_matrix[0].feature = 'الأداء';
  const r = renderer.renderComparison(JSON.stringify(c), { optionA: 'רסט' });
  assert.match(r.html, /<th scope="row"><bdi>الأداء<\/bdi><\/th>/);
  assert.match(r.html, /<bdi>רסט<\/bdi> vs Go/);
  assert.match(r.html, /<th scope="row">Memory Safety<\/th>/, 'no isolation where the direction is the same');
});

test('the labels option overrides any word, through dist/', () => {
  const r = renderer.renderComparison(comparisonIn('en'), {
    labels: { tie: 'Draw', winner: 'Best', 'summaryTies.one': '{count} draw', featureComparison: 'Head to head' },
  });
  assert.equal(r.ok, true);
  assert.match(r.html, /<th scope="col">Best<\/th>/);
  assert.match(r.html, />Draw<\/td>/);
  assert.match(r.html, /; 1 draw;/);
  assert.match(r.html, /class="cr-matrix-heading">Head to head<\/h2>/);
  assert.deepEqual(r.warnings, []);
  const unknown = renderer.renderComparison(comparisonIn('en'), { labels: { nonsense: 'x' } });
  assert.match(unknown.warnings.join(' '), /"nonsense" is not one the renderer uses/);
  assert.equal(renderer.renderComparison(comparisonIn('en'), { labels: { tie: 5 } }).error.code, 'bad_option');
});

test('labelLanguage picks another built-in set and marks it with its language', () => {
  const r = renderer.renderComparison(comparisonIn('en'), { labelLanguage: 'de' });
  assert.match(r.html, /<h2 id="cr-feature-comparison" class="cr-matrix-heading" lang="de">Funktionsvergleich<\/h2>/);
  assert.match(r.html, /<th scope="col" lang="de">Merkmal<\/th>/);
  const ar = renderer.renderComparison(comparisonIn('en'), { labelLanguage: 'ar' });
  assert.match(ar.html, /class="cr-matrix-summary" lang="ar" dir="rtl">يتفوق/);
  // Words of the renderer's inside the article's own elements are marked too: a task's state,
  // an empty cell.
  const withTasks = JSON.parse(comparisonIn('ar'));
  withTasks.content_md += '\n\n- [x] done\n- [ ] open\n';
  withTasks.feature_matrix[0].optionB = '';
  const en = renderer.renderComparison(JSON.stringify(withTasks), { labelLanguage: 'en' }).html;
  assert.match(en, /<span class="cr-visually-hidden" lang="en" dir="ltr">Done: <\/span>done/);
  assert.match(en, /<span class="cr-visually-hidden" lang="en" dir="ltr">To do: <\/span>open/);
  assert.match(en, /<td><span lang="en" dir="ltr">Not stated<\/span><\/td>/);
  const own = renderer.renderComparison(JSON.stringify(withTasks)).html;  // the article's own words: no marks
  assert.match(own, /<span class="cr-visually-hidden">[^<]+<\/span>done/);
  assert.match(own, /<td>[^<]+<\/td><td class="cr-verdict/);
  assert.equal(renderer.renderComparison(comparisonIn('en'), { labelLanguage: 'not a tag' }).error.code, 'bad_option');
  assert.equal(renderer.renderComparison(comparisonIn('en'), { labelLanguage: 'de-' }).error.code, 'bad_option');
  // A language tag without built-in words: English ones, said in a warning (the caller asked).
  const tlh = renderer.renderComparison(comparisonIn('ja'), { labelLanguage: 'tlh' });
  assert.match(tlh.html, /<th scope="col" lang="en">Feature<\/th>/);
  assert.deepEqual(tlh.warnings, ['There are no built-in words for the label language "tlh"; English ones are used where labels gives none.']);
  assert.deepEqual(renderer.renderComparison(comparisonIn('en'), { labelLanguage: 'de-AT' }).warnings, []);
  // A locale with an empty or overlong subtag is not a tag: English, said in a warning.
  for (const locale of ['de-', 'de--DE', 'de-DE-abcdefghi']) {
    const r = renderer.renderComparison(comparisonIn(locale));
    assert.equal(r.lang, 'en', locale);
    assert.match(r.warnings.join(' '), new RegExp(`The locale "${locale}" is not a language tag`), locale);
  }
  assert.equal(renderer.renderComparison(comparisonIn('sr_latn_RS')).lang, 'sr-Latn-RS');
  // A language without built-in words gets English ones, marked as English.
  const sv = renderer.renderComparison(comparisonIn('sv'));
  assert.equal(sv.lang, 'sv');
  assert.match(sv.html, /class="cr-matrix-summary" lang="en"><bdi lang="sv">Go<\/bdi> leads/);
  // The built-in Chinese words are Simplified: in a Traditional Chinese article they say so.
  for (const locale of ['zh-Hant', 'zh-Hant-TW', 'zh-TW', 'zh-HK']) {
    const zh = renderer.renderComparison(comparisonIn(locale));
    assert.equal(zh.lang, locale);
    assert.match(zh.html, /class="cr-matrix-heading" lang="zh-Hans">功能比较<\/h2>/, locale);
    assert.match(zh.html, /<p class="cr-dates" lang="zh-Hans">/, locale);
  }
  for (const locale of ['zh', 'zh-CN', 'zh-Hans-HK']) {
    const zh = renderer.renderComparison(comparisonIn(locale));
    assert.doesNotMatch(zh.html, /lang="zh-Hans"/, locale);
  }
});

test('names in the labels\' sentences keep the article\'s language; the labels\' own names keep theirs', () => {
  // A screen reader reads an element in its lang's voice: a Japanese name inside an English
  // sentence is marked as Japanese, and English "Option A" in a Japanese cell as English.
  const ja = JSON.parse(comparisonIn('ja'));
  const named = renderer.renderComparison(JSON.stringify({ ...ja, title: 'ラスト vs ゴー', slug: '' }), { labelLanguage: 'en' });
  assert.equal(named.ok, true);
  assert.match(named.html, /<caption id="cr-matrix-caption" lang="en"><bdi lang="ja">ラスト<\/bdi> vs <bdi lang="ja">ゴー<\/bdi>: feature by feature<\/caption>/);
  assert.match(named.html, /class="cr-matrix-summary" lang="en"><bdi lang="ja">ゴー<\/bdi> leads in 5 of 10 features, <bdi lang="ja">ラスト<\/bdi> in 3;/);
  assert.match(named.html, /<th scope="col">ラスト<\/th><th scope="col">ゴー<\/th>/, 'in the article\'s own cells, unmarked');
  assert.match(named.html, /<td class="cr-verdict-a">ラスト<\/td>/);

  const unnamed = renderer.renderComparison(JSON.stringify({ ...ja, title: '比較', slug: '' }), { labelLanguage: 'en' });
  assert.equal(unnamed.ok, true);
  assert.match(unnamed.html, /<th scope="col" lang="en">Option A<\/th><th scope="col" lang="en">Option B<\/th>/);
  assert.match(unnamed.html, /<td class="cr-verdict-b" lang="en">Option B<\/td>/);
  assert.match(unnamed.html, /<caption id="cr-matrix-caption" lang="en">Option A vs Option B: feature by feature<\/caption>/,
    'the labels\' words among their own: no marks');
  // Right to left: an Arabic article with English words marks the sentence left to right; each
  // name takes its direction from its own letters (a <bdi> without dir), so that a Latin name in a
  // Persian article ("C++", which has no built-in words) is not laid out as "++C".
  const ar = renderer.renderComparison(JSON.stringify({ ...JSON.parse(comparisonIn('ar')), title: 'راست ضد غو', slug: '' }), { labelLanguage: 'en' });
  assert.match(ar.html, /<caption id="cr-matrix-caption" lang="en" dir="ltr"><bdi lang="ar">راست<\/bdi> vs <bdi lang="ar">غو<\/bdi>:/);
  const fa = renderer.renderComparison(JSON.stringify({ ...JSON.parse(comparisonIn('ar')), locale: 'fa', title: 'C++ vs C#', slug: '' }));
  assert.match(fa.html, /<caption id="cr-matrix-caption" lang="en" dir="ltr"><bdi lang="fa">C\+\+<\/bdi> vs <bdi lang="fa">C#<\/bdi>:/);
  // The article's own words: nothing marked, as before.
  const own = renderer.renderComparison(JSON.stringify({ ...ja, title: '比較', slug: '' })).html;
  assert.deepEqual(own.match(/ lang="[^"]*"/g), [' lang="ja"'], 'the article\'s own lang alone');
});

test('dates: datetime stays ISO 8601, the text is in the article\'s language; a bad date warns', () => {
  const ja = renderer.renderComparison(comparisonIn('ja'));
  assert.match(ja.html, /<time datetime="2026-01-22T10:00:00Z">2026年1月22日<\/time>/);
  const c = JSON.parse(comparisonIn('fr'));
  c.created_at = 'le premier mars';
  const fr = renderer.renderComparison(JSON.stringify(c));
  assert.match(fr.html, /<span class="cr-date">Publié le le premier mars<\/span>/);
  assert.match(fr.warnings.join(' '), /"created_at".*not an ISO 8601 date/);
  assert.match(fr.html, /<time datetime="2026-03-01T08:00:00Z">1er mars 2026<\/time>/);
});
