// The editor at /admin/ (Decap CMS) in its local mode, served from the built site with the local proxy writing
// into a COPY of content/ in a temp folder: what an official does in the form must land in the content files
// as the content layout has them, change nothing else, and bad values must be refused in words they understand.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { serveAdmin } from '../../scripts/admin.ts';
import { PATH_LABEL } from '../../src/lib/cms/decapConfig.ts';
import { loadContent } from '../../src/lib/validation/loadContent.ts';
import { pdfBytes } from '../unit/pdfFixture.ts';
import { browserForFile, newPage } from './browser.ts';

const handle = browserForFile({ viewport: { width: 1280, height: 900 }, locale: 'ru-RU' });

/** The editor served from dist/ with its proxy writing into a fresh copy of content/ in a temp folder. */
interface EditorSite {
  root: string;
  origin: string;
  server?: Server;
}

/** An editor on its own copy of content/ for one describe block: the blocks do not see each other's saves. */
function editorOnCopy(): EditorSite {
  const site: EditorSite = { root: '', origin: '' };
  beforeAll(async () => {
    site.root = mkdtempSync(join(tmpdir(), 'cms-content-'));
    cpSync('content', join(site.root, 'content'), { recursive: true });
    const { server, url } = await serveAdmin({ dir: 'dist', root: site.root, port: 0 });
    Object.assign(site, { server, origin: url });
  });
  afterAll(() => {
    site.server?.close();
    if (site.root) rmSync(site.root, { recursive: true, force: true });
  });
  return site;
}

const FACTS = 'content/offers/balkhash-city-beach/facts.yaml';
const readIn = (site: EditorSite, path: string) => readFileSync(join(site.root, path), 'utf8');

/** Signs in to the local backend unless the editor remembers an earlier sign-in in this browser context. */
async function signInIfAsked(page: Page): Promise<void> {
  const button = page.getByRole('button', { name: 'Войти' });
  const collections = page.getByRole('link', { name: /Предложения: факты/ }).first();
  await button.or(collections).first().waitFor();
  if (await button.isVisible()) await button.click();
}

/** Opens the editor, signs in to the local backend and opens one offer's facts. */
async function openOffer(page: Page, site: EditorSite, id: string): Promise<void> {
  await page.goto(`${site.origin}/admin/`);
  await signInIfAsked(page);
  await page
    .getByRole('link', { name: /Предложения: факты/ })
    .first()
    .waitFor();
  await page.goto(`${site.origin}/admin/#/collections/offers/entries/${id}/facts`);
  await page.getByLabel('Площадь, га (areaHa)').waitFor();
}

/** Opens the editor, signs in to the local backend and opens one list file of Справочники by its entry's label. */
async function openList(page: Page, site: EditorSite, label: string): Promise<void> {
  await page.goto(`${site.origin}/admin/`);
  await signInIfAsked(page);
  await page
    .getByRole('link', { name: /Справочники/ })
    .first()
    .click();
  await page.getByText(label).click();
}

/**
 * Opens the Karkaraly land officer in an open contacts list. Each officer is one collapsed row, named by id and
 * name: the arrow at the row's top (its first button) opens it. Closed rows keep their fields in the page, hidden.
 */
async function openLandOfficer(page: Page): Promise<void> {
  await page
    .getByText(/^karkaraly-land-officer — /)
    .locator('xpath=..')
    .getByRole('button')
    .first()
    .click();
}

async function publish(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Опубликовать' }).click();
  await page.getByText('Опубликовать сейчас').click();
}

/** Publishes and waits for the editor's "saved" notice (the proxy has written the files by then). */
async function publishAndWait(page: Page): Promise<void> {
  // Notices of earlier saves may still be on screen: mark them, so only this save's notice counts.
  const notices = page.getByText('Запись сохранена');
  await notices.evaluateAll((els) => {
    for (const el of els) el.setAttribute('data-earlier-notice', '');
  });
  await publish(page);
  await notices.and(page.locator(':not([data-earlier-notice])')).first().waitFor({ timeout: 30_000 });
  // A new entry's page then moves from …/new to …/entries/<path>: let it, or it would undo the next page.goto.
  await page.waitForURL(/\/entries\//);
}

/** The offer an official creates in the test: its folder name and what they type, by hand. */
const NEW_ID = 'karkaraly-cms-roadside-plot';
const NEW_TEXTS = {
  en: {
    title: 'Roadside plot near Karkaraly entered in the editor',
    summary: 'A demonstration plot beside the road into Karkaraly, entered through the browser editor to show how a new offer is made.',
    body: 'The plot lies beside the asphalt road into the town.',
  },
  ru: {
    title: 'Придорожный участок у Каркаралинска, внесённый в редакторе',
    summary:
      'Демонстрационный участок у дороги в Каркаралинск, внесённый через редактор в браузере, чтобы показать, как создаётся новое предложение.',
    body: 'Участок расположен у асфальтированной дороги в город.',
  },
  kk: {
    title: 'Редакторда енгізілген Қарқаралы маңындағы жол бойындағы учаске',
    summary:
      'Жаңа ұсыныстың қалай жасалатынын көрсету үшін браузердегі редактор арқылы енгізілген Қарқаралыға баратын жол бойындағы демонстрациялық учаске.',
    body: 'Учаске қалаға баратын асфальт жолдың бойында орналасқан.',
  },
} as const;

/** Picks one option of a select field (Decap's drop-down): type its value, press Enter. */
async function choose(page: Page, label: string, option: string): Promise<void> {
  const input = page.getByLabel(label, { exact: true });
  await input.fill(option);
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** Fills the facts form of a new land plot as an official would, field by field. */
async function fillNewPlotFacts(page: Page): Promise<void> {
  await page.getByLabel(PATH_LABEL, { exact: true }).fill(NEW_ID);
  await choose(page, 'Вид предложения (kind)', 'land-plot');
  await choose(page, 'Статус предложения (status)', 'available');
  await page.getByLabel('Id территории: `balkhash` или `karkaraly` (district)', { exact: true }).fill('karkaraly');
  await page.getByLabel('Ближайший населённый пункт: id из places.yaml (place)').fill('karkaraly');
  await page.getByLabel('Широта, десятичные градусы, WGS 84 (lat)').fill('49.4610');
  await page.getByLabel('Долгота, десятичные градусы, WGS 84 (lon)').fill('75.3610');
  await page.getByLabel('Площадь, га (areaHa)').fill('0.8');
  await choose(page, 'Категория земель по Земельному кодексу (category)', 'industry-transport');
  // targetPurpose, then the auditor: each a group of three languages.
  await page.getByLabel('English', { exact: true }).nth(0).fill('For building a roadside café and parking');
  await page.getByLabel('Русский', { exact: true }).nth(0).fill('Для строительства придорожного кафе и стоянки');
  await page.getByLabel('Қазақша', { exact: true }).nth(0).fill('Жол бойындағы дәмхана мен тұрақ салу үшін');
  await choose(page, 'Право, которое получит инвестор (type)', 'ownership');
  await page.getByLabel('Доступно юрлицам с иностранным участием (foreignOwnedEligible)').click();
  await choose(page, 'Кто предоставляет право (grantor)', 'akimat-land');
  await choose(page, 'Способ приобретения (route)', 'auction');
  await choose(page, 'Что означает сумма, или `on-request` (по запросу) (basis)', 'start-price');
  await page.getByLabel('Сумма в тенге; не указывается, только если basis — on-request (amountKzt) (необязательный)').fill('2700000');
  // Utilities: power, water, sewage, heat, gas and internet stay "not available"; the road is there.
  await page.getByLabel('Есть, можно подключиться (available)').nth(6).click();
  await page.getByLabel('Расстояние до ближайшей точки подключения, м (0 — на участке) (distanceM) (необязательный)').nth(6).fill('0');
  await choose(page, 'Покрытие последнего участка дороги (surface)', 'asphalt');
  await page.getByLabel('true, если дорога проезжая круглый год, включая зиму (allSeason)', { exact: true }).click();
  await choose(page, 'Туристские сегменты, для которых подходит (хотя бы один) (segments)', 'roadside-service');
  await page.getByLabel('Дата выезда на место (date)').fill('2026-10-14');
  await page.getByLabel('English', { exact: true }).nth(1).fill('Karkaraly district land commission (illustrative)');
  await page.getByLabel('Русский', { exact: true }).nth(1).fill('Земельная комиссия Каркаралинского района (условно)');
  await page.getByLabel('Қазақша', { exact: true }).nth(1).fill('Қарқаралы ауданының жер комиссиясы (шартты)');
  await choose(page, 'Техническое состояние зданий (condition)', 'no-buildings');
  await page.getByLabel('Id ответственного сотрудника из contacts.yaml (contact)').fill('karkaraly-land-officer');
  await page.getByLabel('Дата первой публикации (published)').fill('2026-11-20');
  await page.getByLabel('Дата последнего изменения или подтверждения сведений (updated)').fill('2026-11-20');
}

/** Fills and publishes one language text of the new offer. */
async function createText(page: Page, site: EditorSite, lang: keyof typeof NEW_TEXTS): Promise<void> {
  const text = NEW_TEXTS[lang];
  await page.goto(`${site.origin}/admin/#/collections/offer-texts-${lang}/new`);
  // The same page changes its form in place: wait for this form's own field before typing into the folder name.
  const title = page.getByLabel('Заголовок предложения на этом языке, до 90 знаков (title)');
  await title.waitFor();
  await page.getByLabel(PATH_LABEL, { exact: true }).fill(NEW_ID);
  await title.fill(text.title);
  await page.getByLabel('Одно-два предложения для карточек и результатов поиска, до 280 знаков (summary)').fill(text.summary);
  await page.locator('[contenteditable="true"]').first().click();
  await page.keyboard.type(text.body);
  await publishAndWait(page);
}

describe('the editor at /admin/, local mode', () => {
  const site = editorOnCopy();
  const onDisk = (path: string) => readIn(site, path);

  it('lists the offers in Russian, one per content folder', async () => {
    const { page, errors } = await newPage(handle.context);
    await page.goto(`${site.origin}/admin/`);
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
    await openOffer(page, site, 'balkhash-city-beach');
    await page.getByLabel('Площадь, га (areaHa)').fill('1.75');
    await publish(page);
    await expect.poll(() => onDisk(FACTS)).not.toBe(before);
    expect(onDisk(FACTS)).toBe(before.replace('  areaHa: 1.6\n', '  areaHa: 1.75\n'));
    await page.close();
  });

  it('refuses a negative area with a message and writes nothing', async () => {
    const before = onDisk(FACTS);
    const { page } = await newPage(handle.context);
    await openOffer(page, site, 'balkhash-city-beach');
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
    await openOffer(page, site, 'balkhash-city-beach');
    await page.getByLabel('Широта, десятичные градусы, WGS 84 (lat)').fill('46.6');
    await page.getByLabel('Долгота, десятичные градусы, WGS 84 (lon)').fill('74.9');
    await publish(page);
    await expect.poll(() => onDisk(FACTS)).toContain('location: { lat: 46.6, lon: 74.9 }');
    const { problems } = loadContent(join(site.root, 'content'), { root: site.root });
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

describe('a new offer made in the editor', () => {
  const site = editorOnCopy();
  const folder = `content/offers/${NEW_ID}`;

  it('lands as facts.yaml and en/ru/kk.mdx in its own folder, passes the content check and is built into the site', async () => {
    const { page } = await newPage(handle.context);
    await page.goto(`${site.origin}/admin/`);
    await signInIfAsked(page);
    await page.goto(`${site.origin}/admin/#/collections/offers/new`);
    await fillNewPlotFacts(page);
    await publishAndWait(page);
    for (const lang of ['en', 'ru', 'kk'] as const) await createText(page, site, lang);
    await page.close();

    // The folder holds exactly the layout's four files, with what the official typed.
    expect(readdirSync(join(site.root, folder)).sort()).toEqual(['en.mdx', 'facts.yaml', 'kk.mdx', 'ru.mdx']);
    const facts = parse(readIn(site, `${folder}/facts.yaml`));
    expect(facts).toMatchObject({
      kind: 'land-plot',
      status: 'available',
      district: 'karkaraly',
      place: 'karkaraly',
      location: { lat: 49.461, lon: 75.361 },
      land: { areaHa: 0.8, category: 'industry-transport' },
      right: { type: 'ownership', foreignOwnedEligible: true },
      price: { basis: 'start-price', amountKzt: 2700000 },
      utilities: { power: { available: false }, road: { available: true, distanceM: 0, surface: 'asphalt', allSeason: true } },
      segments: ['roadside-service'],
      contact: 'karkaraly-land-officer',
    });
    // Groups of the other offer kinds, left empty in the form, are not written.
    expect(Object.keys(facts)).not.toContain('object');
    expect(Object.keys(facts)).not.toContain('project');
    expect(readIn(site, `${folder}/ru.mdx`)).toBe(
      ['---', `title: ${NEW_TEXTS.ru.title}`, `summary: ${NEW_TEXTS.ru.summary}`, '---', NEW_TEXTS.ru.body, ''].join('\n'),
    );

    // `npm run check:content` on that content passes (it exits 1 on any error).
    const contentDir = join(site.root, 'content');
    const report = execFileSync('npm', ['run', '--silent', 'check:content', '--', contentDir], { encoding: 'utf8' });
    expect(report).toContain('32 offers');

    // And a build of that content publishes the offer's page in each language and lists it in the catalog.
    const outDir = join(site.root, 'dist');
    execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], {
      env: { ...process.env, CATALOG_CONTENT_DIR: contentDir },
      stdio: 'pipe',
    });
    for (const lang of ['en', 'ru', 'kk'] as const) {
      const html = readFileSync(join(outDir, lang, 'offers', NEW_ID, 'index.html'), 'utf8');
      expect(html).toContain(NEW_TEXTS[lang].title);
      // The catalog shows a page of offers at a time: the new one is on exactly one of its built pages.
      const listPages = [
        join(outDir, lang, 'offers', 'index.html'),
        ...readdirSync(join(outDir, lang, 'offers', 'page')).map((n) => join(outDir, lang, 'offers', 'page', n, 'index.html')),
      ];
      const listing = listPages.filter((file) => readFileSync(file, 'utf8').includes(`href="/${lang}/offers/${NEW_ID}/"`));
      expect(listing).toHaveLength(1);
    }
  }, 300_000);
});

describe('the lists of content/ in the editor', () => {
  const site = editorOnCopy();
  const CONTACTS = 'content/contacts.yaml';

  it('changes one contact’s phone as a one-line change of contacts.yaml, and the content check still passes', async () => {
    const before = readIn(site, CONTACTS);
    const { page, errors } = await newPage(handle.context);
    await openList(page, site, 'Ответственные сотрудники (contacts.yaml)');
    await openLandOfficer(page);
    const phone = page
      .getByLabel('Телефон в международном формате, например +7 7212 00 00 00 (phone) (необязательный)', { exact: true })
      .filter({ visible: true });
    await expect.poll(() => phone.count()).toBe(1);
    await expect.poll(() => phone.inputValue()).toBe('+7 700 000 00 03');
    await phone.fill('+7 700 000 00 33');
    await publishAndWait(page);

    const after = readIn(site, CONTACTS);
    expect(after).toBe(before.replace('  phone: +7 700 000 00 03\n', '  phone: +7 700 000 00 33\n'));
    const report = execFileSync('npm', ['run', '--silent', 'check:content', '--', join(site.root, 'content')], { encoding: 'utf8' });
    expect(report).toContain('0 errors');
    expect(errors.filter((e) => !e.includes('404'))).toEqual([]);
    await page.close();
  }, 120_000);

  it('refuses a phone without the + in Russian words, and writes nothing', async () => {
    const before = readIn(site, CONTACTS);
    const { page } = await newPage(handle.context);
    await openList(page, site, 'Ответственные сотрудники (contacts.yaml)');
    await openLandOfficer(page);
    const phone = page
      .getByLabel('Телефон в международном формате, например +7 7212 00 00 00 (phone) (необязательный)', { exact: true })
      .filter({ visible: true });
    await phone.fill('8 700 000 00 03');
    await publish(page);
    // The schema's pattern message, in the Russian the editor is in (RU_PATTERN_MESSAGES), after Decap's own words
    // and followed by its one full stop; not the English message.
    await expect
      .poll(
        () =>
          page.getByText(/не соответствует шаблону: номер в международном формате, начиная с \+, например \+7 7212 00 00 00\.$/).count(),
        {
          timeout: 10_000,
        },
      )
      .toBeGreaterThan(0);
    expect(await page.getByText(/must be an international number/).count()).toBe(0);
    expect(readIn(site, CONTACTS)).toBe(before);
    await page.close();
  }, 120_000);

  it('adds a place at the end of places.yaml: only the new lines are written, and the content check passes', async () => {
    const PLACES = 'content/places.yaml';
    const before = readIn(site, PLACES);
    const { page } = await newPage(handle.context);
    await openList(page, site, 'Места: населённые пункты, аэропорты, озёра (places.yaml)');
    await page.getByRole('button', { name: /Добавить место/ }).click();
    // The new item opens at the end of the list: its fields are the last visible ones of their kind.
    const last = (label: string) => page.getByLabel(label, { exact: true }).filter({ visible: true }).last();
    await last('Id, который предложения указывают в `place:`, например `karkaraly` (id)').fill('demo-priozersk');
    await last('English').fill('Priozersk (demo)');
    await last('Русский').fill('Приозёрск (демо)');
    await last('Қазақша').fill('Приозер (демо)');
    await last('Что это за место (type)').fill('town');
    await page.getByRole('option', { name: 'town', exact: true }).click();
    await last('Широта, десятичные градусы (lat)').fill('46.03');
    await last('Долгота, десятичные градусы (lon)').fill('73.7');
    await publishAndWait(page);
    await page.close();

    const after = readIn(site, PLACES);
    expect(after.startsWith(before)).toBe(true);
    expect(parse(after.slice(before.length))).toEqual([
      {
        id: 'demo-priozersk',
        name: { en: 'Priozersk (demo)', ru: 'Приозёрск (демо)', kk: 'Приозер (демо)' },
        type: 'town',
        lat: 46.03,
        lon: 73.7,
        hub: false,
        approximate: false,
      },
    ]);
    const report = execFileSync('npm', ['run', '--silent', 'check:content', '--', join(site.root, 'content')], { encoding: 'utf8' });
    expect(report).toContain('0 errors');
    expect(report).toContain('15 places');
  }, 120_000);
});

/** A real 2×2 red PNG (made once with Python's zlib), small enough to write here byte by byte. */
const TINY_PNG = Buffer.from(
  '89504e470d0a1a0a0000000d4948445200000002000000020802000000fdd49a73000000104944415478da633861a301440c100a00235e04b18602d1930000000049454e44ae426082',
  'hex',
);

describe('a photo uploaded in the editor', () => {
  const site = editorOnCopy();
  const id = 'balkhash-city-beach';
  const folder = `content/offers/${id}`;

  it("lands in the offer's own folder and is listed under photos: by its bare file name", async () => {
    const before = readIn(site, `${folder}/facts.yaml`);
    const upload = join(site.root, 'pier-at-dawn.png');
    writeFileSync(upload, TINY_PNG);
    const { page } = await newPage(handle.context);
    await openOffer(page, site, id);
    await page.getByRole('button', { name: /Добавить фотографии/ }).click();
    await page.getByRole('button', { name: 'Выберите изображение' }).click();
    await page.locator('input[type=file]').setInputFiles(upload);
    await page.getByRole('button', { name: 'Выбрать помеченные' }).click();
    // The alt text of the new photo: the last language group of the form is the photo's.
    for (const [label, text] of [
      ['English', 'The pier at dawn'],
      ['Русский', 'Пирс на рассвете'],
      ['Қазақша', 'Таң кезіндегі айлақ'],
    ] as const)
      await page.getByLabel(label, { exact: true }).filter({ visible: true }).last().fill(text);
    await publishAndWait(page);
    await page.close();

    expect(readdirSync(join(site.root, folder)).sort()).toEqual(['en.mdx', 'facts.yaml', 'kk.mdx', 'pier-at-dawn.png', 'ru.mdx']);
    expect(readFileSync(join(site.root, folder, 'pier-at-dawn.png'))).toEqual(TINY_PNG);
    // Only the new photo is added; every line the official wrote stays as it was.
    expect(readIn(site, `${folder}/facts.yaml`)).toBe(
      `${before}photos:\n  - file: pier-at-dawn.png\n    alt:\n      en: The pier at dawn\n      ru: Пирс на рассвете\n      kk: Таң кезіндегі айлақ\n`,
    );
    const report = execFileSync('npm', ['run', '--silent', 'check:content', '--', join(site.root, 'content')], { encoding: 'utf8' });
    expect(report).toContain('0 errors');
  }, 120_000);
});

/** The text between the front matter's `<key>: "` and the closing quote of its line, as the official wrote it. */
const frontMatterValue = (text: string, key: string): string => {
  const line = text.split('\n').find((l) => l.startsWith(`${key}: "`));
  if (!line) throw new Error(`no quoted ${key} in the file`);
  return JSON.parse(line.slice(key.length + 2)) as string;
};

describe('an offer text edited with its other languages beside it', () => {
  const site = editorOnCopy();
  const folder = 'content/offers/balkhash-city-beach';

  it('shows the English and Russian summary beside the Kazakh one, and copies one in only when asked', async () => {
    const kkBefore = readIn(site, `${folder}/kk.mdx`);
    const enSummary = frontMatterValue(readIn(site, `${folder}/en.mdx`), 'summary');
    const ruSummary = frontMatterValue(readIn(site, `${folder}/ru.mdx`), 'summary');
    const ruTitle = frontMatterValue(readIn(site, `${folder}/ru.mdx`), 'title');
    const { page } = await newPage(handle.context);
    await page.goto(`${site.origin}/admin/`);
    await signInIfAsked(page);
    await page
      .getByRole('link', { name: /Предложения: факты/ })
      .first()
      .waitFor();
    await page.goto(`${site.origin}/admin/#/collections/offer-texts-kk/entries/balkhash-city-beach/kk`);
    const summaries = page.getByRole('region', { name: 'Другие языки: summary' });
    await expect.poll(() => summaries.textContent(), { timeout: 20_000 }).toContain(ruSummary);
    expect(await summaries.textContent()).toContain(enSummary);
    expect(await page.getByRole('region', { name: 'Другие языки: title' }).textContent()).toContain(ruTitle);

    // The official's own title is not replaced when they answer "no".
    const title = page.getByLabel('Заголовок предложения на этом языке, до 90 знаков (title)');
    const kkTitle = await title.inputValue();
    page.once('dialog', (dialog) => void dialog.dismiss());
    await page.getByRole('button', { name: 'Скопировать Русский в поле title' }).click();
    expect(await title.inputValue()).toBe(kkTitle);

    // Asked first (the field has text), then the Russian summary replaces the Kazakh one.
    let asked = '';
    page.once('dialog', (dialog) => {
      asked = dialog.message();
      void dialog.accept();
    });
    await page.getByRole('button', { name: 'Скопировать Русский в поле summary' }).click();
    expect(asked).toContain('Русский');
    const summary = page.getByLabel('Одно-два предложения для карточек и результатов поиска, до 280 знаков (summary)');
    expect(await summary.inputValue()).toBe(ruSummary);
    await publishAndWait(page);
    await page.close();

    // The save changes the summary line alone.
    const kkSummaryLine = kkBefore.split('\n').find((l) => l.startsWith('summary: '));
    expect(readIn(site, `${folder}/kk.mdx`)).toBe(kkBefore.replace(`${kkSummaryLine}\n`, `summary: ${JSON.stringify(ruSummary)}\n`));
  }, 120_000);

  it('copies a page text into the rich-text editor, and finds a new text’s other languages once its folder is typed', async () => {
    const enBody = readIn(site, `${folder}/en.mdx`).split('---\n')[2] ?? '';
    const firstSentence = enBody.trim().split('. ')[0] ?? '';
    expect(firstSentence.length).toBeGreaterThan(20);
    const { page } = await newPage(handle.context);
    await page.goto(`${site.origin}/admin/`);
    await signInIfAsked(page);
    await page
      .getByRole('link', { name: /Предложения: факты/ })
      .first()
      .waitFor();
    await page.goto(`${site.origin}/admin/#/collections/offer-texts-ru/entries/balkhash-city-beach/ru`);
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'Скопировать English в поле body' }).click();
    await expect.poll(() => page.locator('[contenteditable="true"]').first().textContent()).toContain(firstSentence);

    // A new text: nothing to show until the folder is known, then the other languages of that folder. Leaving
    // the changed form, the editor asks whether to drop the change: yes.
    page.once('dialog', (dialog) => void dialog.accept());
    await page.goto(`${site.origin}/admin/#/collections/offer-texts-kk/new`);
    const titles = page.getByRole('region', { name: 'Другие языки: title' });
    await expect.poll(() => titles.textContent(), { timeout: 20_000 }).toContain('Укажите папку (первое поле формы)');
    await page.getByLabel(PATH_LABEL, { exact: true }).fill('balkhash-city-beach');
    await titles.getByRole('button', { name: 'Показать' }).click();
    await expect
      .poll(() => titles.textContent(), { timeout: 20_000 })
      .toContain(frontMatterValue(readIn(site, `${folder}/en.mdx`), 'title'));
    await page.close();
  }, 120_000);
});

describe('the Kazakh editor at /admin/kk/', () => {
  const site = editorOnCopy();

  it('speaks Kazakh, buttons and labels, and refuses a phone without the + in Kazakh words, writing nothing', async () => {
    const CONTACTS = 'content/contacts.yaml';
    const before = readIn(site, CONTACTS);
    const { page } = await newPage(handle.context);
    await page.goto(`${site.origin}/admin/kk/`);
    // Decap's own buttons in our Kazakh phrases (src/lib/cms/decapKazakh.ts), the collections in the generated words.
    const signIn = page.getByRole('button', { name: 'Кіру' });
    const lists = page.getByRole('link', { name: 'Анықтамалықтар' });
    await signIn.or(lists).first().waitFor();
    if (await signIn.isVisible()) await signIn.click();
    await page.getByRole('link', { name: 'Ұсыныстар: деректер' }).first().waitFor();
    expect(await page.getByText('Жинақтар', { exact: true }).count()).toBeGreaterThan(0);
    await lists.click();
    await page.getByText('Жауапты қызметкерлер (contacts.yaml)').click();
    await openLandOfficer(page);
    const phone = page
      .getByLabel('Халықаралық форматтағы телефон нөмірі, мысалы +7 7212 00 00 00 (phone) (міндетті емес)', { exact: true })
      .filter({ visible: true });
    await phone.fill('8 700 000 00 03');
    await page.getByRole('button', { name: 'Жариялау' }).click();
    await page.getByText('Қазір жариялау').click();
    // Decap's words and then the schema's pattern message, both Kazakh (KK_PATTERN_MESSAGES); no Russian or English.
    await expect
      .poll(
        () =>
          page
            .getByText(
              /өрісінің мәні үлгіге сәйкес келмейді: \+ белгісінен басталатын халықаралық форматтағы нөмір, мысалы \+7 7212 00 00 00\.$/,
            )
            .count(),
        { timeout: 10_000 },
      )
      .toBeGreaterThan(0);
    expect(await page.getByText(/не соответствует шаблону|must be an international number|didn't match the pattern/).count()).toBe(0);
    expect(readIn(site, CONTACTS)).toBe(before);
    await page.close();
  }, 120_000);
});

describe('a PDF document uploaded in the editor', () => {
  const site = editorOnCopy();
  const id = 'balkhash-city-beach';
  const folder = `content/offers/${id}`;
  const pdf = pdfBytes(['Illustrative master plan', 'Uploaded in the editor test']);

  it("lands byte for byte in the offer's own folder, is listed under documents: as a file, and passes the check", async () => {
    const before = readIn(site, `${folder}/facts.yaml`);
    const upload = join(site.root, 'master-plan.pdf');
    writeFileSync(upload, pdf);
    const { page } = await newPage(handle.context);
    await openOffer(page, site, id);
    await page.getByRole('button', { name: /Добавить Документы/i }).click();
    await page.getByRole('button', { name: 'Выберите файл' }).click();
    await page.locator('input[type=file]').setInputFiles(upload);
    await page.getByRole('button', { name: 'Выбрать помеченные' }).click();
    // The document's title: the last language group of the form is the new document's.
    for (const [label, text] of [
      ['English', 'Master plan (illustrative)'],
      ['Русский', 'Мастер-план (условно)'],
      ['Қазақша', 'Бас жоспар (шартты)'],
    ] as const)
      await page.getByLabel(label, { exact: true }).filter({ visible: true }).last().fill(text);
    await choose(page, 'Вид документа (type)', 'master-plan');
    await publishAndWait(page);
    await page.close();

    expect(readdirSync(join(site.root, folder)).sort()).toEqual(['en.mdx', 'facts.yaml', 'kk.mdx', 'master-plan.pdf', 'ru.mdx']);
    expect(readFileSync(join(site.root, folder, 'master-plan.pdf')).equals(Buffer.from(pdf))).toBe(true);
    // Only the document's lines are added (in the order the official filled them: the upload first); the web
    // address stays out, since the file is given.
    expect(readIn(site, `${folder}/facts.yaml`)).toBe(
      `${before}documents:\n  - file: master-plan.pdf\n    title:\n      en: Master plan (illustrative)\n      ru: Мастер-план (условно)\n      kk: Бас жоспар (шартты)\n    type: master-plan\n`,
    );
    const report = execFileSync('npm', ['run', '--silent', 'check:content', '--', join(site.root, 'content')], { encoding: 'utf8' });
    expect(report).toContain('0 errors');
  }, 120_000);
});
