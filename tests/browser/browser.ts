// Launches Debian's Chromium through playwright-core with the flags this closed network needs,
// and collects console errors so every test can assert there are none.
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { chromiumLaunchOptions } from '../../scripts/quality/chromium.ts';
import { afterAll, beforeAll, inject } from 'vitest';

export const siteUrl = () => inject('siteUrl');
export const secondOrigin = () => inject('secondOrigin');

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch(chromiumLaunchOptions());
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

/**
 * One isolated Chromium for a whole test file: opened before its first test, closed after its last.
 * Read `.context` inside tests (it is set once `beforeAll` has run).
 */
export function browserForFile(options: BrowserContextOptions = {}): { browser?: Browser; context: BrowserContext } {
  const handle = {} as { browser?: Browser; context: BrowserContext };
  beforeAll(async () => {
    Object.assign(handle, await openIsolatedBrowser(options));
  });
  afterAll(async () => {
    await handle.browser?.close();
  });
  return handle;
}
