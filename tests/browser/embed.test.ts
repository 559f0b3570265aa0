import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '../../scripts/serve.mjs';
import { loadContent } from '../../src/lib/validation/loadContent.ts';
import { siteConfig } from '../../src/site.config.ts';
import { isolateNetwork, newPage, secondOrigin, siteUrl, openIsolatedBrowser } from './browser.ts';

// Expectations come straight from content/, not from the site's own code.
const { tree } = loadContent('content', { root: '.' });
const newestFirst = [...tree.offers].sort((a, b) => b.facts.published.localeCompare(a.facts.published) || a.id.localeCompare(b.id));
const open = newestFirst.filter((o) => o.facts.status !== 'closed');
const titleOf = (id: string, lang: 'en' | 'ru' | 'kk') => tree.offers.find((o) => o.id === id)!.texts[lang]!.data.title;

// A plain stand-in thumbnail for the tests that measure frame heights, so they do not depend on the real pictures.
const THUMBNAIL = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 320 180"><rect width="320" height="180" fill="#dde"/></svg>';

let browser: Browser;
let context: BrowserContext;
// Partner pages are real files served on the second loopback address (127.0.0.2), from a temp
// folder. A response made up with context.route would have no address, and Chromium's local
// network access checks would then treat the partner as a public site and block 127.0.0.1.
const hostDir = mkdtempSync(join(tmpdir(), 'embed-host-'));
let host: { server: Server; url: string };

/** Writes a partner page and returns its address, on an origin different from the catalog's. */
function hostAt(name: string, html: string): string {
  writeFileSync(join(hostDir, `${name}.html`), html);
  return `${host.url}/${name}.html`;
}

const loaderTag = () => `<script src="${siteUrl()}/embed.js" async></script>`;
const page = (body: string, head = '') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Partner</title>${head}</head><body>${body}</body></html>`;

beforeAll(async () => {
  host = await serve({ dir: hostDir, host: new URL(secondOrigin()).hostname, port: 0 });
  expect(new URL(host.url).origin).not.toBe(new URL(siteUrl()).origin);
  ({ browser, context } = await openIsolatedBrowser({ viewport: { width: 1100, height: 900 } }));
});
afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => host?.server.close(resolve));
  rmSync(hostDir, { recursive: true, force: true });
});

/** The widget frame inside a placeholder (the loader puts it in an open shadow root, which locators pierce). */
async function widgetFrame(p: Page, selector: string): Promise<Frame> {
  const handle = await p.locator(`${selector} iframe`).elementHandle();
  const frame = await handle!.contentFrame();
  await frame!.waitForSelector('body[data-ready], embed-offer-list[data-shown], embed-offer-card[data-ready]', { state: 'attached' });
  return frame!;
}

const shownIds = (frame: Frame) =>
  frame.$$eval('li[data-offer-item]:not([hidden]) [data-offer-id]', (els) => els.map((e) => e.getAttribute('data-offer-id')!));

/** The iframe's height on the host and its content's height inside, once the loader has applied a message. */
async function heights(p: Page, selector: string, frame: Frame) {
  const outer = await p.locator(`${selector} iframe`).evaluate((el) => el.getBoundingClientRect().height);
  const inner = await frame.evaluate(() => ({
    body: document.body.getBoundingClientRect().height,
    scroll: document.documentElement.scrollHeight,
    client: document.documentElement.clientHeight,
  }));
  return { outer, ...inner };
}

async function expectFitted(p: Page, selector: string, frame: Frame) {
  await expect
    .poll(async () => {
      const h = await heights(p, selector, frame);
      return Math.abs(h.outer - Math.ceil(h.body));
    })
    .toBeLessThanOrEqual(1);
  const h = await heights(p, selector, frame);
  expect(h.scroll, 'no scrollbar inside the widget').toBeLessThanOrEqual(h.client + 1);
  expect(h.outer).toBeGreaterThan(100);
}

describe('widgets on a partner page from another origin, through the loader', () => {
  it('shows the offers the placeholder asks for, in its language, and fits the frame to them', async () => {
    const { page: p, errors } = await newPage(context);
    await p.goto(
      hostAt(
        'list',
        page(
          `<h1>Partner</h1><div id="w" data-tic-offers data-tic-lang="ru" data-tic-district="karkaraly" data-tic-limit="4"><a href="#">fallback</a></div>${loaderTag()}`,
        ),
      ),
    );
    const frame = await widgetFrame(p, '#w');
    const expected = open
      .filter((o) => o.facts.district === 'karkaraly')
      .slice(0, 4)
      .map((o) => o.id);
    expect(expected).toHaveLength(4);
    expect(await shownIds(frame)).toEqual(expected);
    expect(await frame.getAttribute('html', 'lang')).toBe('ru');
    const titles = await frame.$$eval('li:not([hidden]) .title a', (els) => els.map((e) => e.textContent!.trim()));
    expect(titles).toEqual(expected.map((id) => titleOf(id, 'ru')));
    expect(new URL(frame.url()).origin).toBe(siteUrl());
    await expectFitted(p, '#w', frame);
    expect(await p.locator('#w > a').isVisible()).toBe(false);
    expect(errors).toEqual([]);
    await p.close();
  });

  it('shows one offer card with its title, kind, area, price, status, a thumbnail and a link that opens in a new tab', async () => {
    const { page: p, errors } = await newPage(context);
    const offer = newestFirst.find((o) => o.facts.price.amountKzt !== undefined)!;
    await p.goto(hostAt('card', page(`<div id="c" data-tic-offer="${offer.id}" data-tic-lang="kk"></div>${loaderTag()}`)));
    const frame = await widgetFrame(p, '#c');
    expect(await frame.textContent('h1')).toBe(titleOf(offer.id, 'kk'));
    const link = frame.locator('h1 a');
    expect(await link.getAttribute('href')).toBe(`/kk/offers/${offer.id}/`);
    expect(await link.getAttribute('target')).toBe('_blank');
    expect(await link.getAttribute('rel')).toBe('noopener');
    const img = frame.locator('img[data-thumbnail]');
    expect(await img.getAttribute('src')).toBe(`/maps/offers/${offer.id}.kk.svg`);
    expect((await img.getAttribute('alt'))!.length).toBeGreaterThan(5);
    const card = frame.locator('[data-offer-id]');
    expect(await card.getAttribute('data-kind')).toBe(offer.facts.kind);
    expect(await card.getAttribute('data-status')).toBe(offer.facts.status);
    const text = (await card.textContent())!.replace(/\s+/g, ' ');
    const number = (n: number) => new Intl.NumberFormat('kk-KZ', { maximumFractionDigits: 2 }).format(n).replace(/\s/g, ' ');
    expect(text.replace(/\s/g, ' ')).toContain(number(offer.facts.land.areaHa));
    expect(await frame.locator('.facts dd').count()).toBe(2);
    await expectFitted(p, '#c', frame);
    expect(errors).toEqual([]);
    await p.close();
  });

  it('refits the frame when a narrow screen stacks the cards', async () => {
    const narrow = await browser.newContext({ viewport: { width: 360, height: 740 } });
    await isolateNetwork(narrow);
    await narrow.route(/\/maps\/offers\/[\w.-]+\.svg$/, (route) =>
      route.fulfill({ status: 200, contentType: 'image/svg+xml', body: THUMBNAIL }),
    );
    const { page: p, errors } = await newPage(narrow);
    await p.goto(hostAt('narrow', page(`<div id="w" data-tic-offers data-tic-limit="3"></div>${loaderTag()}`)));
    const frame = await widgetFrame(p, '#w');
    expect(await shownIds(frame)).toEqual(open.slice(0, 3).map((o) => o.id));
    expect(await frame.getAttribute('html', 'lang')).toBe('en');
    await expectFitted(p, '#w', frame);
    expect(errors).toEqual([]);
    await narrow.close();
  });

  it('applies a valid accent colour to the cards', async () => {
    const { page: p } = await newPage(context);
    await p.goto(hostAt('accent', page(`<div id="w" data-tic-offers data-tic-limit="2" data-tic-accent="#c0392b"></div>${loaderTag()}`)));
    const frame = await widgetFrame(p, '#w');
    const stripe = await frame
      .locator('li:not([hidden]) [data-offer-id]')
      .first()
      .evaluate((el) => getComputedStyle(el).borderTopColor);
    expect(stripe).toBe('rgb(192, 57, 43)');
    await p.close();
  });
});

describe('widgets as a plain iframe, without the loader', () => {
  it('filters the list from URL parameters and keeps the height the partner gave it', async () => {
    const { page: p, errors } = await newPage(context);
    await p.goto(
      hostAt(
        'raw',
        page(
          `<iframe id="raw" src="${siteUrl()}/en/embed/offers/?kind=land-plot&status=available,at-auction&limit=5" height="640" style="width:100%"></iframe>`,
        ),
      ),
    );
    const frame = (await (await p.$('#raw'))!.contentFrame())!;
    await frame.waitForSelector('embed-offer-list[data-shown]', { state: 'attached' });
    const expected = newestFirst
      .filter((o) => o.facts.kind === 'land-plot' && ['available', 'at-auction'].includes(o.facts.status))
      .slice(0, 5)
      .map((o) => o.id);
    expect(expected.length).toBeGreaterThan(0);
    expect(await shownIds(frame)).toEqual(expected);
    expect(await p.locator('#raw').evaluate((el) => el.clientHeight)).toBe(640);
    expect(errors).toEqual([]);
    await p.close();
  });

  it('shows more offers than its page holds, fetching the missing cards, in order and complete', async () => {
    const { page: p, errors } = await newPage(context);
    await p.goto(
      hostAt('raw-more', page(`<iframe id="raw" src="${siteUrl()}/kk/embed/offers/?limit=12" height="900" style="width:100%"></iframe>`)),
    );
    const frame = (await (await p.$('#raw'))!.contentFrame())!;
    await frame.waitForSelector('embed-offer-list[data-shown]', { state: 'attached' });
    const expected = open.slice(0, 12).map((o) => o.id);
    expect(expected).toHaveLength(12);
    expect(await shownIds(frame)).toEqual(expected);
    // Cards 7 to 12 came from their fragments: each reads like the six the page held.
    const cards = await frame.$$eval('li[data-offer-item]:not([hidden]) article.embed-card', (els) =>
      els.map((el) => ({
        title: el.querySelector('.title a')?.textContent?.trim(),
        href: el.querySelector('.title a')?.getAttribute('href'),
        target: el.querySelector('.title a')?.getAttribute('target'),
        facts: el.querySelectorAll('dd').length,
        styled: getComputedStyle(el).borderTopStyle !== 'none',
      })),
    );
    expect(cards.map((c) => c.title)).toEqual(expected.map((id) => titleOf(id, 'kk')));
    expect(cards.every((c) => c.target === '_blank' && c.facts === cards[0]!.facts && c.styled)).toBe(true);
    expect(cards.map((c) => new URL(c.href!, siteUrl()).pathname)).toEqual(expected.map((id) => `/kk/offers/${id}/`));
    expect(await frame.isHidden('[data-embed-failed]')).toBe(true);
    expect(errors).toEqual([]);
    await p.close();
  });

  it('says the offers could not be loaded when its index cannot be fetched, instead of showing a wrong selection', async () => {
    const { page: p } = await newPage(context);
    await p.route('**/embed/offers.json', (route) => route.abort());
    await p.goto(
      hostAt(
        'raw-offline',
        page(`<iframe id="raw" src="${siteUrl()}/ru/embed/offers/?district=balkhash" height="600" style="width:100%"></iframe>`),
      ),
    );
    const frame = (await (await p.$('#raw'))!.contentFrame())!;
    await frame.waitForSelector('embed-offer-list[data-shown]', { state: 'attached' });
    expect(await shownIds(frame)).toEqual([]);
    expect((await frame.textContent('[data-embed-failed]'))?.trim()).toBe(
      'Часть запрошенных предложений не удалось загрузить. Все предложения есть в каталоге.',
    );
    expect(await frame.isVisible('[data-embed-failed]')).toBe(true);
    expect(await frame.isHidden('[data-embed-empty]')).toBe(true);
    await p.close();
  });

  it('shows a single card in a plain iframe', async () => {
    const { page: p, errors } = await newPage(context);
    const id = newestFirst[2]!.id;
    await p.goto(hostAt('raw-card', page(`<iframe id="raw" src="${siteUrl()}/en/embed/offers/${id}/" height="500"></iframe>`)));
    const frame = (await (await p.$('#raw'))!.contentFrame())!;
    await frame.waitForSelector('h1');
    expect(await frame.textContent('h1')).toBe(titleOf(id, 'en'));
    expect(errors).toEqual([]);
    await p.close();
  });

  it('ignores a malformed accent and unknown filter values instead of reflecting them', async () => {
    const { page: p } = await newPage(context);
    const evil = encodeURIComponent('"><img src=x onerror=alert(1)>');
    await p.goto(`${siteUrl()}/en/embed/offers/?district=${evil}&accent=${evil}&limit=${evil}`);
    await p.waitForSelector('embed-offer-list[data-shown]', { state: 'attached' });
    expect(await shownIds(p.mainFrame())).toEqual(open.slice(0, 6).map((o) => o.id));
    expect(await p.locator('img[src="x"]').count()).toBe(0);
    expect(await p.content()).not.toContain('onerror=alert');
    const stripe = await p
      .locator('li:not([hidden]) [data-offer-id]')
      .first()
      .evaluate((el) => getComputedStyle(el).borderTopColor);
    expect(stripe).toBe('rgb(11, 92, 122)');
    await p.close();
  });
});

describe('the widget frame sandbox', () => {
  it('lets the widget run its scripts and open offers in a new tab, and nothing else', async () => {
    const { page: p } = await newPage(context);
    await p.goto(hostAt('sandbox', page(`<div id="w" data-tic-offers data-tic-limit="2"></div>${loaderTag()}`)));
    const frame = await widgetFrame(p, '#w');
    const tokens = await p.locator('#w iframe').evaluate((el) => [...(el as HTMLIFrameElement).sandbox].sort());
    expect(tokens).toEqual(['allow-popups', 'allow-popups-to-escape-sandbox', 'allow-same-origin', 'allow-scripts']);
    // Its scripts ran: the frame reported its height, so the loader fitted it.
    await expectFitted(p, '#w', frame);
    // A card link opens the offer page in a new tab.
    const [popup] = await Promise.all([p.waitForEvent('popup'), frame.click('li[data-offer-item] a[href*="/offers/"]')]);
    await popup.waitForLoadState();
    expect(new URL(popup.url()).pathname).toMatch(/^\/en\/offers\/[^/]+\/$/);
    await popup.close();
    // The frame cannot move the partner's page elsewhere.
    const partner = p.url();
    const elsewhere = hostAt('elsewhere', page('<p>moved</p>'));
    await frame.evaluate((to) => {
      try {
        window.top!.location.href = to;
      } catch {
        /* blocked, as it should be */
      }
    }, elsewhere);
    await p.waitForTimeout(500);
    expect(p.url()).toBe(partner);
    await p.close();
  });

  it('hands partners a plain iframe snippet with the same sandbox', async () => {
    const { page: p } = await newPage(context);
    await p.goto(`${siteUrl()}/en/embed/`);
    expect(await p.textContent('code[data-snippet="iframe"]')).toContain(
      'sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox"',
    );
    expect(await p.getAttribute('iframe[data-preview]', 'sandbox')).toBe(
      'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox',
    );
    await p.close();
  });
});

describe('the loader on a hostile page', () => {
  const hostile = `<style>* { all: unset !important; } iframe { display: none !important; visibility: hidden !important; height: 0 !important; } h1 { color: rgb(1, 2, 3) !important; font-size: 40px !important; }</style>`;
  const body = (withLoader: boolean) =>
    `<h1 id="title">Partner news</h1><p id="para" class="x">Text</p><div id="w" data-tic-offers data-tic-limit="2"></div>${withLoader ? loaderTag() : ''}`;

  it('still shows the widget, and leaves the host page styles and globals as they were', async () => {
    const snapshot = async (p: Page) =>
      p.evaluate(() => {
        const pick = (el: Element) => {
          const s = getComputedStyle(el);
          return [s.color, s.fontSize, s.display, s.margin, s.fontFamily, s.background].join('|');
        };
        return {
          styles: ['html', 'body', '#title', '#para', '#w'].map((sel) => pick(document.querySelector(sel)!)),
          sheets: document.styleSheets.length,
          htmlStyle: document.documentElement.getAttribute('style'),
          bodyStyle: document.body.getAttribute('style'),
          headChildren: document.head.children.length,
          globals: Object.keys(window).sort(),
          bodyAttrs: [...document.body.attributes].map((a) => a.name),
        };
      });
    const { page: before } = await newPage(context);
    await before.goto(hostAt('hostile-plain', page(body(false), hostile)));
    const plain = await snapshot(before);
    await before.close();

    const { page: p, errors } = await newPage(context);
    await p.goto(hostAt('hostile', page(body(true), hostile)));
    const frame = await widgetFrame(p, '#w');
    expect(await shownIds(frame)).toEqual(open.slice(0, 2).map((o) => o.id));
    const box = await p.locator('#w iframe').boundingBox();
    expect(box!.height).toBeGreaterThan(100);
    expect(box!.width).toBeGreaterThan(300);
    await expectFitted(p, '#w', frame);
    const after = await snapshot(p);
    // The script element itself is the host's, so head/body counts match; the loader adds one global.
    expect({ ...after, globals: after.globals.filter((g) => g !== 'TicEmbed') }).toEqual(plain);
    expect(after.globals).toContain('TicEmbed');
    expect(errors).toEqual([]);
    await p.close();
  });

  it('ignores height messages from another origin, and from frames that are not its own', async () => {
    const { page: p, errors } = await newPage(context);
    await p.goto(
      hostAt(
        'forged',
        page(
          `<div id="w" data-tic-offers data-tic-limit="3"></div><iframe id="other" src="${siteUrl()}/en/embed/offers/?limit=1" height="300"></iframe>${loaderTag()}`,
        ),
      ),
    );
    const frame = await widgetFrame(p, '#w');
    await expectFitted(p, '#w', frame);
    const height = () => p.locator('#w iframe').evaluate((el) => el.getBoundingClientRect().height);
    const fitted = await height();
    const frameId = new URL(frame.url()).searchParams.get('frame')!;
    expect(frameId).toMatch(/^tic-/);
    const forged = { type: 'tic:height', version: 1, id: frameId, height: 7 };

    // Listeners run in the order they were added, so when this late one hears the forged message, the loader already has.
    const listen = () =>
      p.evaluate(
        () =>
          new Promise<void>((resolve) =>
            addEventListener('message', function heard(e) {
              if ((e.data as { height?: number })?.height === 7) {
                removeEventListener('message', heard);
                resolve();
              }
            }),
          ),
      );

    // 1. From the host page itself (origin 127.0.0.2).
    let heard = listen();
    await p.evaluate((m) => postMessage(m, '*'), forged);
    await heard;
    expect(await height()).toBe(fitted);

    // 2. From a frame of our own origin that the loader did not create.
    const other = (await (await p.$('#other'))!.contentFrame())!;
    await other.waitForSelector('embed-offer-list[data-shown]', { state: 'attached' });
    heard = listen();
    await other.evaluate((m) => parent.postMessage(m, '*'), forged);
    await heard;
    expect(await height()).toBe(fitted);

    // 3. From the loader's own frame, but malformed (an extra key).
    heard = listen();
    await frame.evaluate((m) => parent.postMessage({ ...m, extra: 1 }, '*'), forged);
    await heard;
    expect(await height()).toBe(fitted);
    expect(errors).toEqual([]);
    await p.close();
  });
});

describe('the partner page', () => {
  it('shows a working default snippet and preview without JavaScript', async () => {
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    await isolateNetwork(noJs);
    const p = await noJs.newPage();
    await p.goto(`${siteUrl()}/ru/embed/`);
    const snippet = (await p.textContent('code[data-snippet="loader"]'))!;
    expect(snippet).toContain('<div data-tic-offers data-tic-lang="ru" data-tic-limit="6">');
    expect(snippet).toMatch(/<script src="https?:\/\/[^"]+\/embed\.js" async><\/script>/);
    expect(await p.textContent('code[data-snippet="iframe"]')).toContain('/ru/embed/offers/?limit=6');
    expect(await p.getAttribute('iframe[data-preview]', 'src')).toBe('/ru/embed/offers/?limit=6&frame=preview');
    expect(await p.locator('form[data-choices]').isVisible()).toBe(false);
    expect(await p.locator('button[data-copy]:visible').count()).toBe(0);
    await noJs.close();
  });

  it('builds the snippet from the choices, previews it, copies it, and the copied code works on a partner page', async () => {
    const withClipboard = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await withClipboard.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: siteUrl() });
    await isolateNetwork(withClipboard);
    await withClipboard.route(/\/maps\/offers\/[\w.-]+\.svg$/, (route) =>
      route.fulfill({ status: 200, contentType: 'image/svg+xml', body: THUMBNAIL }),
    );
    const { page: p, errors } = await newPage(withClipboard);
    await p.goto(`${siteUrl()}/en/embed/`);
    await p.selectOption('select[name="lang"]', 'kk');
    await p.selectOption('select[name="district"]', 'balkhash');
    await p.selectOption('select[name="kind"]', 'land-plot');
    await p.fill('input[name="limit"]', '3');
    await p.locator('input[name="accent"]').evaluate((el: HTMLInputElement) => {
      el.value = '#c0392b';
      el.dispatchEvent(new Event('input', { bubbles: true }));
    });
    const expected = open
      .filter((o) => o.facts.district === 'balkhash' && o.facts.kind === 'land-plot')
      .slice(0, 3)
      .map((o) => o.id);
    expect(expected.length).toBeGreaterThan(0);

    const snippet = (await p.textContent('code[data-snippet="loader"]'))!;
    expect(snippet).toContain(
      'data-tic-offers data-tic-lang="kk" data-tic-district="balkhash" data-tic-kind="land-plot" data-tic-limit="3" data-tic-accent="#c0392b"',
    );
    await expect
      .poll(() => p.getAttribute('iframe[data-preview]', 'src'))
      .toBe('/kk/embed/offers/?district=balkhash&kind=land-plot&limit=3&accent=c0392b&frame=preview');
    const preview = (await (await p.$('iframe[data-preview]'))!.contentFrame())!;
    // A filtered list reads the offer index and fetches its cards first: give it more than poll's default second.
    await expect
      .poll(async () => (await preview.$('embed-offer-list[data-shown]')) !== null && new URL(preview.url()).searchParams.get('district'), {
        timeout: 15_000,
      })
      .toBe('balkhash');
    expect(await shownIds(preview)).toEqual(expected);
    await expect
      .poll(async () => {
        const outer = await p.locator('iframe[data-preview]').evaluate((el) => el.clientHeight);
        const inner = await preview.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
        return Math.abs(outer - inner);
      })
      .toBeLessThanOrEqual(1);

    await p.click('button[data-copy="loader"]');
    await expect.poll(() => p.textContent('[data-copy-status="loader"]')).not.toBe('');
    expect(await p.evaluate(() => navigator.clipboard.readText())).toBe(snippet);

    // The snippet names the public site; point it at the test server and use it as a partner would.
    const published = new URL(/src="([^"]+\/embed\.js)"/.exec(snippet)![1]!).origin;
    const partner = await p.context().newPage();
    await partner.goto(hostAt('from-snippet', page(`<main>${snippet.replaceAll(published, siteUrl())}</main>`)));
    const frame = await widgetFrame(partner, '[data-tic-offers]');
    expect(await shownIds(frame)).toEqual(expected);
    expect(await frame.getAttribute('html', 'lang')).toBe('kk');
    expect(errors).toEqual([]);
    await withClipboard.close();
  });
});

describe("the partner page's one-offer widget", () => {
  it('lists every offer by its title in the page language once the partner picks it, and embeds the chosen one', async () => {
    const { page: p, errors } = await newPage(context);
    await p.goto(`${siteUrl()}/ru/embed/`);
    // The page does not carry the titles: they come from /ru/embed/choices.json when the widget is picked.
    expect(await p.locator('select[name="offer"] option').count()).toBe(1);
    const choicesRequest = p.waitForRequest((r) => r.url().endsWith('/ru/embed/choices.json'));
    await p.check('input[name="widget"][value="card"]');
    await choicesRequest;
    await expect.poll(() => p.locator('select[name="offer"]').isEnabled(), { timeout: 10_000 }).toBe(true);
    const options = await p.$$eval('select[name="offer"] option', (els) => els.map((o) => [o.getAttribute('value'), o.textContent]));
    expect(options).toEqual(newestFirst.map((o) => [o.id, titleOf(o.id, 'ru')]));
    const chosen = newestFirst[4]!.id;
    await p.selectOption('select[name="offer"]', { label: titleOf(chosen, 'ru') });
    await expect.poll(() => p.getAttribute('iframe[data-preview]', 'src')).toBe(`/ru/embed/offers/${chosen}/?frame=preview`);
    expect(await p.textContent('code[data-snippet="loader"]')).toContain(`data-tic-offer="${chosen}"`);
    const preview = (await (await p.$('iframe[data-preview]'))!.contentFrame())!;
    await preview.waitForSelector('embed-offer-card[data-ready]', { state: 'attached' });
    expect((await preview.textContent('h1'))?.trim()).toBe(titleOf(chosen, 'ru'));
    // The iframe snippet's height is the card's, not the taller list's shown before it.
    await expect
      .poll(async () => {
        const snippetHeight = Number(/height="(\d+)"/.exec((await p.textContent('code[data-snippet="iframe"]'))!)?.[1]);
        const cardHeight = await preview.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
        return Math.abs(snippetHeight - cardHeight);
      })
      .toBeLessThanOrEqual(2);
    expect(errors).toEqual([]);
    await p.close();
  });

  it('says so when the offers cannot be loaded, and keeps the last working snippet', async () => {
    const { page: p } = await newPage(context);
    await p.route('**/embed/choices.json', (route) => route.abort());
    await p.goto(`${siteUrl()}/kk/embed/`);
    const before = await p.textContent('code[data-snippet="loader"]');
    await p.check('input[name="widget"][value="card"]');
    await expect
      .poll(() => p.textContent('[data-offer-status]'), { timeout: 10_000 })
      .toBe('Ұсыныстар тізімі жүктелмеді. Қайталап көру үшін бетті жаңартыңыз.');
    expect(await p.locator('select[name="offer"]').isDisabled()).toBe(true);
    expect(await p.textContent('code[data-snippet="loader"]')).toBe(before);
    expect(await p.getAttribute('iframe[data-preview]', 'src')).toBe('/kk/embed/offers/?limit=6&frame=preview');
    await p.close();
  });
});

describe('the embed pages themselves', () => {
  it('have no site header or footer, ask search engines not to index them and stay out of the search index', async () => {
    const { page: p } = await newPage(context);
    for (const path of ['/en/embed/offers/', `/ru/embed/offers/${newestFirst[0]!.id}/`]) {
      await p.goto(`${siteUrl()}${path}`);
      expect(await p.getAttribute('meta[name="robots"]', 'content'), path).toBe('noindex');
      expect(await p.locator('header.site-header, footer.site-footer, [data-pagefind-body]').count(), path).toBe(0);
      expect(await p.locator('script:not([src]):not([type="application/json"])').count(), `${path}: no inline scripts`).toBe(0);
      expect(await p.locator('[onclick], [onload], [onerror]').count()).toBe(0);
    }
    await p.goto(`${siteUrl()}/en/`);
    // The site's CSP blocks injected inline scripts; a string keeps Vitest from rewriting the import.
    await p.evaluate("import('/pagefind/pagefind.js').then((pf) => { window.pf = pf; })");
    await p.waitForFunction(() => 'pf' in window);
    const title = titleOf(newestFirst[0]!.id, 'en');
    const urls = await p.evaluate(async (q) => {
      const pf = (
        window as unknown as { pf: { search: (q: string) => Promise<{ results: Array<{ data: () => Promise<{ url: string }> }> }> } }
      ).pf;
      const found = await pf.search(q);
      return Promise.all(found.results.slice(0, 20).map(async (r) => (await r.data()).url));
    }, title);
    expect(urls.length).toBeGreaterThan(0);
    expect(urls.filter((u) => u.includes('/embed/'))).toEqual([]);
    await p.close();
  });

  it('leave the sitemap, which lists the partner page instead', async () => {
    const sitemap = await (await fetch(`${siteUrl()}/sitemap-0.xml`)).text();
    expect(sitemap).not.toContain('/embed/offers/');
    for (const lang of ['en', 'ru', 'kk']) expect(sitemap).toMatch(new RegExp(`<loc>[^<]+/${lang}/embed/</loc>`));
  });

  it('shows the illustrative-data line while the site is in demonstration mode', async () => {
    const { page: p } = await newPage(context);
    await p.goto(`${siteUrl()}/kk/embed/offers/`);
    expect(await p.locator('.illustrative').count()).toBe(siteConfig.illustrativeData ? 1 : 0);
    await p.close();
  });
});
