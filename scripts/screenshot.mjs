// Takes full-page screenshots of built pages so a person can look at them.
// Usage: node scripts/screenshot.mjs [--width 1280] [--out reports/screens] /en/ /ru/offers/ ...
import { mkdirSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from './quality/chromium.ts';
import { serve } from './serve.mjs';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { width: { type: 'string' }, out: { type: 'string' }, top: { type: 'boolean' }, selector: { type: 'string' } },
});
const out = values.out ?? 'reports/screens';
mkdirSync(out, { recursive: true });
const { server, url } = await serve({ dir: 'dist', host: '127.0.0.1', port: 0 });
const browser = await chromium.launch(chromiumLaunchOptions());
const width = Number(values.width ?? 1280);
const context = await browser.newContext({ viewport: { width, height: 900 } });
await context.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.fulfill({ status: 204, body: '' }));
const page = await context.newPage();
for (const path of positionals) {
  await page.goto(url + path, { waitUntil: 'networkidle' });
  const file = `${out}/${path.replace(/^\/|\/$/g, '').replace(/[/?=&]/g, '_') || 'root'}-${width}.png`;
  if (values.selector) {
    const target = page.locator(values.selector).first();
    await target.scrollIntoViewIfNeeded();
    await page.waitForTimeout(1500); // lazy maps and their tiles settle
    await target.screenshot({ path: file });
  } else await page.screenshot({ path: file, fullPage: !values.top });
  console.log(file);
}
await browser.close();
server.close();
