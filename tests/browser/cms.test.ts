// The editor at /admin/ (Decap CMS) in its local mode, served from the built site with the local proxy writing
// into a COPY of content/ in a temp folder: what an official does in the form must land in the content files
// as the content layout has them, change nothing else, and bad values must be refused in words they understand.
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveAdmin } from '../../scripts/admin.ts';
import { loadContent } from '../../src/lib/validation/loadContent.ts';
import { browserForFile, newPage } from './browser.ts';

const handle = browserForFile({ viewport: { width: 1280, height: 900 }, locale: 'ru-RU' });
let root: string;
let server: Server;
let origin: string;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'cms-content-'));
  cpSync('content', join(root, 'content'), { recursive: true });
  ({ server, url: origin } = await serveAdmin({ dir: 'dist', root, port: 0 }));
});
afterAll(() => {
  server?.close();
  if (root) rmSync(root, { recursive: true, force: true });
});

const FACTS = 'content/offers/balkhash-city-beach/facts.yaml';
const onDisk = (path: string) => readFileSync(join(root, path), 'utf8');

/** Signs in to the local backend unless the editor remembers an earlier sign-in in this browser context. */
async function signInIfAsked(page: Page): Promise<void> {
  const button = page.getByRole('button', { name: 'Войти' });
  const collections = page.getByRole('link', { name: /Предложения: факты/ }).first();
  await button.or(collections).first().waitFor();
  if (await button.isVisible()) await button.click();
}

/** Opens the editor, signs in to the local backend and opens one offer's facts. */
async function openOffer(page: Page, id: string): Promise<void> {
  await page.goto(`${origin}/admin/`);
  await signInIfAsked(page);
  await page
    .getByRole('link', { name: /Предложения: факты/ })
    .first()
    .waitFor();
  await page.goto(`${origin}/admin/#/collections/offers/entries/${id}/facts`);
  await page.getByLabel('Площадь, га (areaHa)').waitFor();
}

async function publish(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Опубликовать' }).click();
  await page.getByText('Опубликовать сейчас').click();
}

describe('the editor at /admin/, local mode', () => {
  it('lists the offers in Russian, one per content folder', async () => {
    const { page, errors } = await newPage(handle.context);
    await page.goto(`${origin}/admin/`);
    await signInIfAsked(page);
    await page
      .getByRole('link', { name: /Предложения: факты/ })
      .first()
      .click();
    await expect.poll(() => page.getByText('balkhash-city-beach', { exact: true }).count()).toBeGreaterThan(0);
    await expect.poll(() => page.getByText('karkaraly-town-guest-house', { exact: true }).count()).toBeGreaterThan(0);
    expect(errors.filter((e) => !e.includes('404'))).toEqual([]);
    await page.close();
  });

  it('saves one changed fact as a one-line change: comments, flow style and quotes stay', async () => {
    const before = onDisk(FACTS);
    const { page } = await newPage(handle.context);
    await openOffer(page, 'balkhash-city-beach');
    await page.getByLabel('Площадь, га (areaHa)').fill('1.75');
    await publish(page);
    await expect.poll(() => onDisk(FACTS)).not.toBe(before);
    expect(onDisk(FACTS)).toBe(before.replace('  areaHa: 1.6\n', '  areaHa: 1.75\n'));
    await page.close();
  });

  it('refuses a negative area with a message and writes nothing', async () => {
    const before = onDisk(FACTS);
    const { page } = await newPage(handle.context);
    await openOffer(page, 'balkhash-city-beach');
    await page.getByLabel('Площадь, га (areaHa)').fill('-3');
    await page.getByRole('button', { name: 'Опубликовать' }).click();
    await page.getByText('Опубликовать сейчас').click();
    // Decap's own Russian message for a number below the field's minimum (min: 0 from the schema).
    await expect.poll(() => page.getByText(/Площадь, га \(areaHa\) должно быть не менее 0/i).count()).toBeGreaterThan(0);
    expect(onDisk(FACTS)).toBe(before);
    await page.close();
  });

  it('lets a point in Lake Balkhash be saved, and the content check then refuses it on its file and line', async () => {
    const { page } = await newPage(handle.context);
    await openOffer(page, 'balkhash-city-beach');
    await page.getByLabel('Широта, десятичные градусы, WGS 84 (lat)').fill('46.6');
    await page.getByLabel('Долгота, десятичные градусы, WGS 84 (lon)').fill('74.9');
    await publish(page);
    await expect.poll(() => onDisk(FACTS)).toContain('location: { lat: 46.6, lon: 74.9 }');
    const { problems } = loadContent(join(root, 'content'), { root });
    const lake = problems.find((p) => p.message.includes('Lake Balkhash'));
    expect(lake).toMatchObject({
      severity: 'error',
      file: expect.stringContaining('offers/balkhash-city-beach/facts.yaml'),
      line: 6,
      message: 'the point 46.6, 74.9 is in the water of Lake Balkhash',
    });
    await page.close();
  });
});
