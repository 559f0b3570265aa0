// What an investor reads about a building and about a large project, from the rich fixture, with every
// label and value written out by hand from its facts.yaml.
import { describe, expect, it } from 'vitest';
import { toOfferView } from '../../src/lib/catalog/toOfferView.ts';
import { RICH_FIXTURE, fixtureCatalog } from './helpers.ts';

const catalog = fixtureCatalog(RICH_FIXTURE);
const model = (id: string) => catalog.offers.find((o) => o.id === id)!;
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('the facts of a building', () => {
  it('lists type, owner, use, floor area, years, season and beach frontage of the city beach', () => {
    const view = toOfferView(model('balkhash-city-beach'), 'en', catalog);
    const facts = Object.fromEntries(view.objectFacts.map((f) => [f.label, plain(f.value)]));
    expect(facts).toMatchObject({
      'Object type': 'City beach with facilities',
      'Current owner': 'Communal property of Balkhash city',
      'Offered for': 'Trust management, Operator wanted',
      'Floor area': '420 m²',
      'Year built': '2016',
      'Last renovated': '2022',
      'Operating months': 'June–August',
      'Beach frontage': '350 m',
    });
    expect(view.objectFacts.map((f) => f.label).slice(0, 3)).toEqual(['Object type', 'Current owner', 'Offered for']);
  });

  it('has no building facts and no project for a land plot', () => {
    const view = toOfferView(model('karkaraly-kent-camping'), 'en', catalog);
    expect(view.objectFacts).toEqual([]);
    expect(view.project).toBeUndefined();
  });
});

describe('a large project', () => {
  it('gives the return, the payback, each phase with its years and investment, and the partners sought', () => {
    const view = toOfferView(model('karkaraly-all-season-mountain-resort'), 'ru', catalog);
    expect(view.project).toBeDefined();
    const project = view.project!;
    expect(plain(project.irrLabel!)).toBe('14,5 %');
    expect(project.paybackLabel).toBe('11 лет');
    expect(project.phases.map((p) => [p.years, plain(p.investment)])).toEqual([
      ['2027–2029', '12 000 000 000 ₸'],
      ['2029–2032', '18 000 000 000 ₸'],
      ['2032–2034', '8 000 000 000 ₸'],
    ]);
    expect(project.phases[0]!.name).toBe('Подъездная дорога, инженерные сети, первая кресельная канатная дорога и трассы');
    expect(project.partners).toEqual([
      'Стратегический инвестор или девелопер курортов (основной капитал)',
      'Поставщик канатных дорог и оборудования для искусственного оснежения',
      'Гостиничный оператор',
      'Банки или институты развития (заёмное финансирование)',
    ]);
    const en = toOfferView(model('karkaraly-all-season-mountain-resort'), 'en', catalog).project!;
    expect(en.irrLabel).toBe('14.5%');
    expect(en.paybackLabel).toBe('11 years');
  });
});
