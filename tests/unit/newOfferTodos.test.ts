// Every field an official still has to fill in a new offer carries a TODO, so `npm run check:content`
// lists it; the lines that need nothing carry none. The lists below are the fields a new offer leaves open.
import { describe, expect, it } from 'vitest';
import { newFactsYaml } from '../../src/lib/scaffold/newOffer.ts';
import { GOOD_FIXTURE, TODAY, check } from './helpers.ts';

const { tree } = check(GOOD_FIXTURE);
const todoKeys = (kind: string) =>
  newFactsYaml({ kind, district: 'karkaraly', id: `karkaraly-new-${kind}`, title: `A new ${kind}`, today: TODAY }, tree)
    .split('\n')
    .filter((line) => line.includes('TODO'))
    .map((line) => line.trim().split(/:\s/)[0]);

const COMMON_START = [
  '# Created by `npm run new-offer`. Fill in every line marked TODO (the guide',
  'status',
  'place',
  '# namedLocation',
  'location',
  'areaHa',
  'category',
  '# cadastralNumber',
  'targetPurpose',
  'right',
  'acquisition',
  'price',
];
const COMMON_END = ['utilities', 'segments', 'audit', 'contact'];

describe('the TODOs of a new offer', () => {
  it('marks every open field of a land plot, and the draft line', () => {
    expect(todoKeys('land-plot')).toEqual([...COMMON_START, ...COMMON_END, 'draft']);
  });

  it('adds the object type, owner, what is offered and its details for infrastructure', () => {
    expect(todoKeys('infrastructure')).toEqual([...COMMON_START, ...COMMON_END, 'type', 'owner', 'offered', '# TODO', 'draft']);
  });

  it('adds the investment, the phases and the partners sought for a large project', () => {
    expect(todoKeys('large-project')).toEqual([
      ...COMMON_START,
      'investmentKzt',
      ...COMMON_END,
      'phases',
      '- { name',
      'partnersSought',
      '# TODO',
      'draft',
    ]);
  });
});
