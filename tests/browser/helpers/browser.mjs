// Browser test support: the demo server on a free port and Debian's Chromium through
// playwright-core (never `npx playwright install`: the machine has no internet).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { startServer } from '../../../scripts/serve.mjs';

export const artifacts = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../../test-results/browser');
fs.mkdirSync(artifacts, { recursive: true });

export const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
// Without the background-networking flags Chromium keeps trying (and failing) to reach Google.
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-features=Translate,MediaRouter'];

// Chromium in a fresh profile. A start that fails (seen once on a loaded CI machine) is said on
// stderr and tried once more, in another fresh profile.
async function startChromium() {
  for (let attempt = 1; ; attempt++) {
    const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'cr-chromium-'));
    try {
      const context = await chromium.launchPersistentContext(profile, {
        executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS, timeout: 90000,
      });
      return { context, profile };
    } catch (e) {
      fs.rmSync(profile, { recursive: true, force: true });
      if (attempt === 2) throw e;
      console.error(`# Chromium did not start (${e.message.split('\n')[0]}); trying once more`);
    }
  }
}

export async function launch({ csp, extraMounts } = {}) {
  const { server, url } = await startServer({ port: 0, ...(csp !== undefined ? { csp } : {}), extraMounts });
  const { context, profile } = await startChromium();
  return {
    url,
    context,
    async close() {
      await context.close();
      await new Promise((r) => server.close(r));
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

// The server with the test pages (tests/browser/pages/ at /test-pages/, tests/fixtures/ at
// /fixtures/) and, when $CR_DIST names a build elsewhere, that build at /dist/. `csp`: as for
// launch (default: the strict one).
export async function launchWithTestPages({ csp } = {}) {
  const here = path.dirname(new URL(import.meta.url).pathname);
  const extraMounts = [['/test-pages/', path.resolve(here, '../pages')], ['/fixtures/', path.resolve(here, '../../fixtures')]];
  if (process.env.CR_DIST) extraMounts.push(['/dist/', path.resolve(process.env.CR_DIST)]);
  return launch({ csp, extraMounts });
}

// A page that records console errors, page errors and CSP violations.
export async function openPage(context, url, { viewport = { width: 1280, height: 900 }, colorScheme = 'light' } = {}) {
  const page = await context.newPage();
  await page.setViewportSize(viewport);
  await page.emulateMedia({ colorScheme });
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI}`);
    });
  });
  await page.goto(url);
  return { page, problems };
}

// The demo page has loaded its example and rendered it. On a timeout the error says what the page showed.
export async function waitForDemo(page) {
  try {
    await page.waitForSelector('body[data-ready="true"]', { timeout: 60000 });
  } catch (e) {
    const status = await page.locator('#status').textContent().catch(() => '(unreadable)');
    throw new Error(`the demo page did not get ready; its status says: ${status}\n${e.message}`);
  }
}
