import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { serve } from './scripts/serve.mjs';
mkdirSync('reports/screens', { recursive: true });
const { server, url } = await serve({ dir: 'dist', host: '127.0.0.1', port: 0 });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'] });
for (const width of [1280, 360]) {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  await context.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.fulfill({ status: 204, body: '' }));
  const page = await context.newPage();
  for (const lang of ['en', 'ru', 'kk']) for (const id of ['balkhash-shubartubek-beach-plot-1', 'karkaraly-all-season-mountain-resort']) {
    await page.goto(`${url}/${lang}/offers/${id}/`, { waitUntil: 'networkidle' });
    const el = page.locator('section.prose');
    await el.scrollIntoViewIfNeeded();
    await page.evaluate(() => Promise.all([...document.querySelectorAll('section.prose img')].map((i) => (i.loading = 'eager', i.complete ? 0 : new Promise((r) => (i.onload = i.onerror = r))))));
    await el.screenshot({ path: `reports/screens/mdx-${id.split('-')[0]}-${lang}-${width}.png` });
  }
}
await browser.close(); server.close();
