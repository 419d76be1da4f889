// What a reader of a page with <comparison-article src> waits for once the payload is there: the
// time from the payload's last byte to the comparison-rendered event, in fresh Chromium pages,
// with the payload answered --delay ms late (a network) and CPU throttling --rate (CDP).
//   node bench/element-src.mjs [--runs 9] [--delay 300] [--rate 1]     (after scripts/build.sh wasm; not in ./test)
import { parseArgs } from 'node:util';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch } from '../tests/browser/helpers/browser.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { values } = parseArgs({ options: { runs: { type: 'string', default: '9' }, delay: { type: 'string', default: '300' },
  rate: { type: 'string', default: '1' } } });
const browser = await launch({ extraMounts: [['/bench/', here]] });
const times = [];
for (let run = 0; run < Number(values.runs); run++) {
  const page = await browser.context.newPage();
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: Number(values.rate) });
  await page.route('**/rust-vs-go.payload.json', async (route) => {
    await new Promise((r) => setTimeout(r, Number(values.delay)));
    await route.continue();
  });
  await page.goto(`${browser.url}bench/page/element-src.html`);
  await page.waitForFunction(() => window.__result, null, { timeout: 60000, polling: 50 });
  times.push((await page.evaluate(() => window.__result)).afterPayload);
  await page.close();
}
await browser.close();
times.sort((a, b) => a - b);
console.log(`<comparison-article src> with the seed, payload ${values.delay} ms late, ${values.rate}× CPU throttling, ` +
  `${times.length} fresh pages: payload in → article in, median ${times[Math.floor(times.length / 2)].toFixed(1)} ms ` +
  `(min ${times[0].toFixed(1)}, max ${times[times.length - 1].toFixed(1)})`);
