// comparison-renderer/worker in a page: the pool's answers next to the synchronous renderer's,
// recorded in window.__results for tests/browser/worker.test.mjs.
import createComparisonRenderer from '/dist/comparison-renderer.mjs';
import createComparisonWorker from '/dist/comparison-worker.mjs';

const results = {};
try {
  const seed = await (await fetch('/examples/rust-vs-go.payload.json')).text();
  const sync = await createComparisonRenderer();
  const pool = await createComparisonWorker({ workers: 2, testHooks: true });
  const viaWorker = await pool.renderComparison(seed);
  results.sameArticle = JSON.stringify(viaWorker) === JSON.stringify(sync.renderComparison(seed));
  results.title = viaWorker.title;
  // devalue's forms (Map, Set, cycle, BigInt, Date, typed array, -0, hole, URL, null prototype).
  // devalue.stringify of that value, with itself as "self".
  const graph = '[{"map":1,"set":4,"big":6,"date":7,"bytes":8,"zero":-6,"holes":10,"url":12,"bare":13,"self":0},' +
    '["Map",2,3],"k","v",["Set",5],"s",["BigInt","12345678901234567890"],["Date","2026-12-05T00:00:00.000Z"],' +
    '["Uint8Array",9],["ArrayBuffer","AQID"],[-2,11],3,["URL","https://a.test/x?y=1"],["null"]]';
  const [a, b] = [(await pool.decodePayload(graph)).value, sync.decodePayload(graph).value];
  results.decoded = {
    map: a.map instanceof Map && a.map.get('k') === b.map.get('k'),
    set: a.set instanceof Set && a.set.has('s'),
    cycle: a.self === a,
    big: a.big === b.big,
    date: a.date instanceof Date && a.date.getTime() === b.date.getTime(),
    bytes: a.bytes instanceof Uint8Array && a.bytes.join() === b.bytes.join(),
    zero: Object.is(a.zero, -0),
    holes: a.holes.length === 2 && !(0 in a.holes) && a.holes[1] === 3,
    url: a.url instanceof URL && a.url.href === b.url.href,
    bare: Object.getPrototypeOf(a.bare) === null,
  };
  results.trap = (await pool.trapForTests()).error.code;
  results.afterTrap = (await Promise.all([1, 2, 3, 4].map(() => pool.renderMarkdown('*ok*')))).map((r) => r.html);
  await pool.terminate();
} catch (e) {
  results.error = String(e && e.stack || e);
}
window.__results = results;
document.body.dataset.ready = 'true';
