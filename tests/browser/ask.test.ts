// "Ask about this offer": on an offer page in each language, plain links (they work without
// JavaScript) write to the offer's contact with the offer id in the subject, call them, and open
// WhatsApp where the contact lists it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { LANGS } from '../../src/schemas/common.ts';
import { launchBrowser, isolateNetwork, siteUrl } from './browser.ts';

// Its contact, balkhash-land-officer, lists email, phone and WhatsApp in content/contacts.yaml.
const OFFER = 'balkhash-city-shore-plot';

let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  // No JavaScript: the links must be there in the HTML itself.
  context = await browser.newContext({ javaScriptEnabled: false });
  await isolateNetwork(context);
  page = await context.newPage();
});
afterAll(async () => {
  await browser?.close();
});

describe('ask about this offer', () => {
  for (const lang of LANGS) {
    it(`writes, calls and messages the contact about the offer in ${lang}`, async () => {
      await page.goto(`${siteUrl()}/${lang}/offers/${OFFER}/`);
      const ask = page.locator(`[data-ask-offer="${OFFER}"]`);
      expect(await ask.isVisible()).toBe(true);
      const href = (channel: string) => ask.locator(`a[data-ask="${channel}"]`).getAttribute('href');

      const mail = new URL((await href('email'))!);
      expect(mail.protocol).toBe('mailto:');
      expect(mail.pathname).toBe('balkhash.land@example.kz');
      const subject = decodeURIComponent(/[?&]subject=([^&]*)/.exec(mail.search)![1]!);
      expect(subject).toContain(OFFER);
      const body = decodeURIComponent(/[?&]body=([^&]*)/.exec(mail.search)![1]!);
      expect(body).toContain(`/${lang}/offers/${OFFER}/`);
      expect(body).toMatch(/^https?:\/\//m);

      expect(await href('phone')).toBe('tel:+77000000001');
      const whatsapp = new URL((await href('whatsapp'))!);
      expect(whatsapp.origin + whatsapp.pathname).toBe('https://wa.me/77000000011');
      expect(whatsapp.searchParams.get('text')).toBe(body);
      // This contact lists no Telegram username, so there is no Telegram link.
      expect(await ask.locator('a[data-ask="telegram"]').count()).toBe(0);
    });
  }

  it('names the page language’s greeting in the email body', async () => {
    const greetings = { en: 'Hello,', ru: 'Здравствуйте!', kk: 'Сәлеметсіз бе!' } as const;
    for (const lang of LANGS) {
      await page.goto(`${siteUrl()}/${lang}/offers/${OFFER}/`);
      const mail = (await page.locator('a[data-ask="email"]').getAttribute('href'))!;
      const body = decodeURIComponent(/[?&]body=([^&]*)/.exec(mail)![1]!);
      expect(body.startsWith(greetings[lang])).toBe(true);
    }
  });
});
