// The renderer's own CLDR data (src/render/labels.cpp, label_tables.cpp) against Node's Intl
// (ICU's CLDR), black-box through dist/: the plural form each count of the summary sentence
// picks, in every built-in language, the long date written for every month, and the direction
// (dir) of every language and region CLDR names a script for.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderer } from './helpers/module.mjs';
import { LANGUAGES } from '../fixtures/i18n-comparison.mjs';

// The built-in words follow CLDR 48 (Node 20.20's ICU 78). Another CLDR may name a month or a
// region's order otherwise without the module being wrong: the tests that compare text with
// Intl's word for word run only against the CLDR the tables were taken from.
const SAME_CLDR = (process.versions.cldr ?? '').split('.')[0] === '48';
const TEXT = { skip: !SAME_CLDR && `Intl has CLDR ${process.versions.cldr}; the built-in words follow CLDR 48` };

// ---- Plural categories ----------------------------------------------------------------------

// The counted phrases, the placeholders each template fills, and which count picks the form:
// the matrix's rows (total) for the four openings, the ties and the rows without a verdict for
// the two tails (src/render/matrix_table.cpp).
const PHRASES = {
  summaryLead: '{leader} {count}/{total} {other} {otherCount}',
  summaryLeadAlone: '{leader} {count}/{total}',
  summaryEven: '{a} {b} {count}/{total}',
  summaryNone: '{total}',
  summaryTies: '{count}',
  summaryNoVerdict: '{count}',
};
const FORMS = ['zero', 'one', 'two', 'few', 'many', 'other'];

// Every form of every phrase defined, each marked with its name, so the form the renderer picks
// is the language's category and never a fallback. ASCII digits (Arabic has its own) so the
// counts can be read back.
const LABELS = { summarySeparator: ' ', summaryEnd: '', digits: '' };
for (const [phrase, args] of Object.entries(PHRASES)) {
  for (const form of FORMS) LABELS[`${phrase}.${form}`] = `[${phrase}.${form} ${args}]`;
}
const OPTIONS = { labels: LABELS };

// A plain comparison in `lang` whose matrix has `a` rows won by Rust, `b` by Go, `t` ties and
// `v` rows without a verdict.
const ROW = (winner) => `{"feature":"f","optionA":"x","optionB":"y","winner":"${winner}"}`;
function matrix(lang, a, b, t, v) {
  const rows = [...Array(a).fill(ROW('a')), ...Array(b).fill(ROW('b')), ...Array(t).fill(ROW('tie')), ...Array(v).fill(ROW(''))];
  return `{"title":"Rust vs Go","locale":"${lang}","feature_matrix":[${rows.join(',')}]}`;
}
// The forms the summary sentence used, in order: [phrase, form, the count that picked it].
function formsOf(payload, options = OPTIONS) {
  const r = renderer.renderComparison(payload, options);
  assert.equal(r.ok, true, r.error?.message);
  const summary = r.html.match(/<p id="[^"]*matrix-summary"[^>]*>(.*?)<\/p>/)[1].replace(/<\/?bdi[^>]*>/g, '');
  return [...summary.matchAll(/\[(\w+)\.(\w+) ([^\]]*)\]/g)].map(([, phrase, form, args]) => {
    // The count that picks the form: the total for the openings, {count} for the tails.
    const count = PHRASES[phrase] === '{count}' ? args : args.match(/(\d+)\/(\d+)/)?.[2] ?? args;
    return [phrase, form, Number(count)];
  });
}

// Each (phrase, n) the renderer can be made to say, with the matrix that makes it say it.
function* cases(lang, n) {
  yield [matrix(lang, n, 0, 0, 0), ['summaryLeadAlone']];
  yield [matrix(lang, 0, 0, n, 0), ['summaryNone', 'summaryTies']];
  yield [matrix(lang, 0, 0, 0, n), ['summaryNone', 'summaryNoVerdict']];
  if (n >= 2) yield [matrix(lang, n >> 1, n >> 1, 0, n & 1), ['summaryEven']];  // odd: one more row without a verdict
  if (n >= 3) yield [matrix(lang, n - 1, 1, 0, 0), ['summaryLead']];
}

// 1..130 covers every rule that looks at n % 10 and n % 100 (Arabic's few and many end at 99);
// then the hundreds and thousands where those rules restart.
const SMALL = Array.from({ length: 130 }, (_, i) => i + 1);
const LARGER = [200, 201, 202, 203, 210, 211, 299, 1000, 1001, 1002, 1003, 1011, 1012, 1100];
const rules = (lang) => new Intl.PluralRules(lang);

for (const lang of LANGUAGES) {
  test(`${lang}: every counted phrase takes Intl's plural category for n = 1..130`, () => {
    const pr = rules(lang);
    const mismatches = [];
    for (const n of SMALL) {
      for (const [payload, phrases] of cases(lang, n)) {
        // Even's odd n adds one row without a verdict: that NoVerdict(1) is not this case's.
        const forms = formsOf(payload).filter(([phrase, , count]) => count === n && phrases.includes(phrase));
        assert.deepEqual(forms.map(([p]) => p), phrases, `n=${n}: the summary says ${phrases.join(' and ')} of ${n}`);
        for (const [phrase, form] of forms) {
          if (form !== pr.select(n)) mismatches.push(`${phrase} n=${n}: ours ${form}, Intl ${pr.select(n)}`);
        }
      }
    }
    assert.deepEqual(mismatches, []);
  });

  test(`${lang}: the plural category of larger counts (hundreds, thousands)`, () => {
    const pr = rules(lang);
    const mismatches = [];
    for (const n of LARGER) {
      const forms = formsOf(matrix(lang, 0, 0, n, 0));
      assert.deepEqual(forms.map(([p, , c]) => [p, c]), [['summaryNone', n], ['summaryTies', n]]);
      for (const [phrase, form] of forms) {
        if (form !== pr.select(n)) mismatches.push(`${phrase} n=${n}: ours ${form}, Intl ${pr.select(n)}`);
      }
    }
    assert.deepEqual(mismatches, []);
  });
}

// CLDR's "many" of French, Spanish, Italian and Portuguese is for whole millions (1,000,000 but
// not 1,000,001): a matrix that large takes ~0.5 s and 85 MB of HTML to render, so those counts are
// checked natively (tests/native/test_render.cpp, Labels.PluralCategories), against Intl's answers.

test('a count of 0 never reaches a phrase: an empty matrix has no summary (Arabic .zero is unused)', () => {
  const r = renderer.renderComparison(matrix('ar', 0, 0, 0, 0), OPTIONS);
  assert.equal(r.ok, true);
  assert.doesNotMatch(r.html, /matrix-summary|\[summary/);
  assert.match(r.html, /class="cr-matrix-empty"/);
});

test('without an override, a form the built-in table lacks falls back to .other of the same language', () => {
  // Italian's built-in summaryNoVerdict has only .other: one row without a verdict is still Italian.
  const it = renderer.renderComparison(matrix('it', 2, 0, 0, 1)).html;
  assert.match(it, /; 1 senza verdetto\./);
  // An override of .other alone is used for every count, over the built-in forms.
  const ru = renderer.renderComparison(matrix('ru', 0, 0, 3, 0), { labels: { 'summaryTies.other': 'T{count}' } }).html;
  assert.match(ru, /; T3\./);
});

// ---- Long dates -----------------------------------------------------------------------------

// Where the renderer deliberately writes a date otherwise than Intl's default for the bare
// language (each checked in the tests below, not folded away):
// - en: day month year ("1 January 2026", as en-GB), not en-US's "January 1, 2026";
// - fr: "1er" for the first of the month (French typography), where CLDR writes "1";
// - ru: a no-break space before "г." where CLDR has a plain space;
// - ar: Arabic-Indic digits (CLDR's ar defaults to Latin digits since CLDR 42: "ar-u-nu-arab").
const INTL_LOCALE = { en: 'en-GB', ar: 'ar-u-nu-arab' };
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const DATES = [];
for (let m = 1; m <= 12; m++) {
  for (const d of [1, 2, 21, 31]) if (d <= DAYS_IN_MONTH[m - 1]) DATES.push([m, d, `2026-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`]);
}

const publishedDate = (lang, iso) => {
  const r = renderer.renderComparison(JSON.stringify({ title: 'Rust vs Go', locale: lang, created_at: iso, feature_matrix: [{ feature: "f", optionA: "x", optionB: "y", winner: "tie" }] }));
  assert.equal(r.ok, true);
  assert.deepEqual(r.warnings, []);
  return r.html.match(new RegExp(`<time datetime="${iso}">(.*?)</time>`))[1];
};
const intlDate = (locale, iso) => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
// The month as a long date writes it, with the mark after it where the month is a number ("3月").
const intlMonth = (locale, iso) => {
  const parts = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).formatToParts(new Date(`${iso}T00:00:00Z`));
  const at = parts.findIndex((p) => p.type === 'month');
  return /^\d+$/.test(parts[at].value) ? parts[at].value + parts[at + 1].value.trim() : parts[at].value;
};

for (const lang of LANGUAGES) {
  test(`${lang}: each month's name is CLDR's, in the form a long date uses`, TEXT, () => {
    for (const [m, , iso] of DATES) {
      const ours = publishedDate(lang, iso);
      const month = intlMonth(INTL_LOCALE[lang] ?? lang, iso);  // genitive in Russian; "3月" in ja/zh
      assert.ok(ours.includes(month), `${lang} month ${m}: "${ours}" has Intl's "${month}"`);
    }
  });

  test(`${lang}: the long date matches Intl's, but for the differences listed above`, TEXT, () => {
    for (const [, d, iso] of DATES) {
      let expected = intlDate(INTL_LOCALE[lang] ?? lang, iso);
      if (lang === 'fr' && d === 1) expected = expected.replace(/^1 /, '1er ');
      if (lang === 'ru') expected = expected.replace(/ г\.$/, '\u00A0г.');
      assert.equal(publishedDate(lang, iso), expected, `${lang} ${iso}`);
    }
  });
}

// ---- Digits ---------------------------------------------------------------------------------

// Arabic's digits by region, as Intl's default numbering system for each (Latin in the Maghreb and
// the Emirates, Arabic-Indic elsewhere); plain "ar" keeps Arabic-Indic (CLDR's is Latin since 42).
const ARABIC_REGIONS = ['AE', 'BH', 'DJ', 'DZ', 'EG', 'EH', 'ER', 'IL', 'IQ', 'JO', 'KM', 'KW', 'LB', 'LY', 'MA', 'MR',
  'OM', 'PS', 'QA', 'SA', 'SD', 'SO', 'SS', 'SY', 'TD', 'TN', 'YE'];
const digitsOf = (html) => (/[٠-٩]/.test(html.match(/<time[^>]*>(.*?)<\/time>/)[1]) ? 'arab' : 'latn');
test('an Arabic article of any region writes its dates as Intl does for that region', TEXT, () => {
  // Month names differ in the Levant, Algeria and Tunisia, Morocco and Mauritania; the digits in
  // the Maghreb and the Emirates. Plain "ar" is the one deliberate difference (Arabic-Indic digits).
  const mismatches = [];
  for (const region of ARABIC_REGIONS) {
    const locale = `ar-${region}`;
    for (const [, , iso] of DATES) {
      const ours = publishedDate(locale, iso), intl = intlDate(locale, iso);
      if (ours !== intl) mismatches.push(`${locale} ${iso}: ours ${ours}, Intl ${intl}`);
    }
  }
  assert.deepEqual(mismatches, []);
});

test('an Arabic article writes its numbers in the digits CLDR gives its region', TEXT, () => {
  const mismatches = [];
  for (const region of ARABIC_REGIONS) {
    const locale = `ar-${region}`;
    const intl = new Intl.NumberFormat(locale).resolvedOptions().numberingSystem;
    const ours = digitsOf(renderer.renderComparison(JSON.stringify({ title: 'Rust vs Go', locale, created_at: '2026-03-21', feature_matrix: [] })).html);
    if (ours !== intl) mismatches.push(`${locale}: ours ${ours}, Intl ${intl}`);
  }
  assert.deepEqual(mismatches, []);
  const published = (locale, options) => renderer.renderComparison(JSON.stringify({ title: 'Rust vs Go', locale, created_at: '2026-03-21', feature_matrix: [] }), options).html;
  assert.equal(digitsOf(published('ar')), 'arab');
  // A -u-nu- keyword in the locale is the author's choice, before the region's.
  assert.equal(digitsOf(published('ar-MA-u-nu-arab')), 'arab');
  assert.equal(digitsOf(published('ar-u-nu-latn')), 'latn');
  assert.match(published('ar-MA'), /<time datetime="2026-03-21">21 مارس 2026<\/time>/);
  // The labels option's digits come first.
  assert.equal(digitsOf(published('ar-MA', { labels: { digits: '٠١٢٣٤٥٦٧٨٩' } })), 'arab');
});

// Every region of a built-in language that Intl has data for: the date as Intl writes it there,
// but for the deliberate differences above (French "1er", the Russian no-break space). The
// zero-padded day of a few regions ("01 January 2026" in en-ZA) is written as Intl writes it.
test('every region of the built-in languages writes its dates as Intl does there', TEXT, () => {
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const isos = DATES.filter(([, d]) => d === 1 || d === 21).map(([, , iso]) => iso);
  const mismatches = [];
  let regions = 0;
  for (const lang of LANGUAGES) {
    for (const a of letters) {
      for (const b of letters) {
        const locale = `${lang}-${a}${b}`;
        if (new Intl.DateTimeFormat(locale).resolvedOptions().locale !== locale) continue;
        regions++;
        for (const iso of isos) {
          let expected = intlDate(locale, iso);
          if (lang === 'fr') expected = expected.replace(/^1 /, '1er ');
          if (lang === 'ru') expected = expected.replace(/ г\.$/, '\u00A0г.');
          const ours = publishedDate(locale, iso);
          if (ours !== expected) mismatches.push(`${locale} ${iso}: ours ${ours}, Intl ${expected}`);
        }
      }
    }
  }
  assert.ok(regions > 200, `${regions} regions`);
  assert.deepEqual(mismatches.slice(0, 20), []);
});

test('the listed differences from Intl are what Intl itself writes for the bare language', TEXT, () => {
  const iso = '2026-01-01';
  assert.equal(intlDate('en', iso), 'January 1, 2026');
  assert.equal(publishedDate('en', iso), '1 January 2026');
  assert.equal(intlDate('fr', iso), '1 janvier 2026');
  assert.equal(publishedDate('fr', iso), '1er janvier 2026');
  assert.equal(intlDate('ru', iso), '1 января 2026 г.');
  assert.equal(publishedDate('ru', iso), '1 января 2026\u00A0г.');
  assert.equal(intlDate('ar', iso), '1 يناير 2026');
  assert.equal(publishedDate('ar', iso), '١ يناير ٢٠٢٦');
});

// ---- Direction ------------------------------------------------------------------------------

// Scripts written right to left (src/render/language.cpp's list), and languages whose likely
// script is another one of those in CLDR but which the module knows as right to left anyway
// (Aramaic: its likely script, Imperial Aramaic, runs right to left too; the list has the scripts
// in use today).
const RTL_SCRIPTS = new Set(['Arab', 'Hebr', 'Thaa', 'Syrc', 'Nkoo', 'Adlm', 'Rohg', 'Mand', 'Samr']);
const ALSO_RTL = new Set(['arc']);

test('every language, and every region that changes its script, gets the direction of CLDR\'s likely script', TEXT, () => {
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  const codes = [];
  for (const a of letters) for (const b of letters) codes.push(a + b);
  const regions = codes.map((c) => c.toUpperCase());
  // Three-letter languages written in Arabic or Hebrew script that CLDR knows.
  const languages = [...codes, 'ckb', 'arc', 'syr', 'nqo', 'prs', 'pnb', 'mzn', 'lrc', 'glk', 'bal', 'azb', 'sdh', 'skr',
    'khw', 'haz', 'hnd', 'bqi', 'luz', 'bgn', 'brh', 'wni', 'zdj', 'fil', 'haw', 'yue'];
  const dirOf = (locale) => renderer.renderComparison(JSON.stringify({ title: 'A vs B', content_md: 'x', locale })).dir;
  const mismatches = [];
  let tags = 0;
  for (const lang of languages) {
    let script;
    try { ({ script } = new Intl.Locale(lang).maximize()); } catch { continue; }
    if (!script) continue;
    const locales = [lang];
    for (const region of regions) {
      let there;
      try { there = new Intl.Locale(`${lang}-${region}`).maximize().script; } catch { continue; }
      if (there !== script) locales.push(`${lang}-${region}`);
    }
    for (const locale of locales) {
      const likely = new Intl.Locale(locale).maximize().script;
      const expected = RTL_SCRIPTS.has(likely) || ALSO_RTL.has(lang) ? 'rtl' : 'ltr';
      tags++;
      if (dirOf(locale) !== expected) mismatches.push(`${locale} (${likely}): ${dirOf(locale)}`);
    }
  }
  assert.ok(tags > 250, `${tags} tags`);
  assert.deepEqual(mismatches, []);
});
