// Launches Debian's Chromium through playwright-core with the flags this closed network needs,
// and collects console errors so every test can assert there are none.
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { existsSync } from 'node:fs';
import { inject } from 'vitest';

const CANDIDATES = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean) as string[];

export const siteUrl = () => inject('siteUrl');
export const secondOrigin = () => inject('secondOrigin');

export async function launchBrowser(): Promise<Browser> {
  const executablePath = CANDIDATES.find((p) => existsSync(p));
  if (!executablePath) throw new Error('Chromium is not installed: run `apt-get install -y chromium` (CI does this in .ci/run).');
  return chromium.launch({
    executablePath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** A page that records console errors and failed same-site requests; tiles and other hosts are answered locally. */
export async function newPage(context: BrowserContext): Promise<{ page: Page; errors: string[] }> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
  return { page, errors };
}

/** Never let a test reach the internet: anything not on loopback gets an empty 204. */
export async function isolateNetwork(context: BrowserContext): Promise<void> {
  await context.route(/^https?:\/\/(?!127\.0\.0\.[12][:/]|localhost[:/])/, (route) => route.fulfill({ status: 204, body: '' }));
}

/** Chromium with one context that can reach only the loopback test servers: the start of most test files. */
export async function openIsolatedBrowser(options: BrowserContextOptions = {}): Promise<{ browser: Browser; context: BrowserContext }> {
  const browser = await launchBrowser();
  const context = await browser.newContext(options);
  await isolateNetwork(context);
  return { browser, context };
}
