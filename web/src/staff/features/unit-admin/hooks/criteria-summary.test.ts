import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CriteriaGroup } from '../../../../shared/contracts.ts';
import { en } from '../../../../shared/i18n/en.ts';
import { sv } from '../../../../shared/i18n/sv.ts';
import { criteriaSummary, describeCriterion } from './criteria-summary.ts';

let tSv: TFunction;
let tEn: TFunction;

beforeAll(async () => {
  const init = async (lng: 'sv' | 'en') => {
    const instance = i18next.createInstance();
    await instance.init({ resources: { sv: { translation: sv }, en: { translation: en } }, lng, interpolation: { escapeValue: false } });
    return instance.t;
  };
  tSv = await init('sv');
  tEn = await init('en');
});

const sum = (group: CriteriaGroup) => criteriaSummary(group, tSv, 'sv');

describe('criteriaSummary', () => {
  it('says everyone for an empty all and no one for an empty any', () => {
    expect(sum({ op: 'all', items: [] })).toBe('Alla invånare');
    expect(sum({ op: 'any', items: [] })).toBe('Ingen invånare');
    expect(criteriaSummary({ op: 'all', items: [] }, tEn, 'en')).toBe('All residents');
  });

  it('joins the criteria of an all group with "och"', () => {
    expect(sum({ op: 'all', items: [{ type: 'age', min: null, max: 17 }, { type: 'listed_at_unit' }] })).toBe('Invånare som är högst 17 år och är listade på enheten');
  });

  it('joins the criteria of an any group with "eller"', () => {
    expect(sum({ op: 'any', items: [{ type: 'care_contact' }, { type: 'coming_visit' }, { type: 'age', min: 65, max: null }] })).toBe(
      'Invånare som har en vårdkontakt på enheten, har ett kommande besök på enheten eller är minst 65 år',
    );
  });

  it('brackets a nested group with "minst ett av"', () => {
    const group: CriteriaGroup = { op: 'all', items: [{ type: 'age', min: 13, max: 17 }, { op: 'any', items: [{ type: 'listed_at_unit' }, { type: 'diagnosis', codes: ['F90', 'F84.0'] }] }] };
    expect(sum(group)).toBe('Invånare som är 13–17 år och uppfyller minst ett av: (är listade på enheten; har diagnos F90 eller F84.0)');
  });

  it('reads a group of one item as that item, at any depth', () => {
    expect(sum({ op: 'any', items: [{ op: 'all', items: [{ type: 'county', counties: ['Gotlands län'] }] }] })).toBe('Invånare som är folkbokförda i Gotlands län');
  });

  it('counts months with plural forms and lists counties', () => {
    expect(sum({ op: 'all', items: [{ type: 'earlier_visit', withinMonths: 1 }] })).toBe('Invånare som har besökt enheten den senaste månaden');
    expect(sum({ op: 'all', items: [{ type: 'earlier_visit', withinMonths: 18 }, { type: 'county', counties: ['Gotlands län', 'Stockholms län'] }] })).toBe(
      'Invånare som har besökt enheten de senaste 18 månaderna och är folkbokförda i Gotlands län eller Stockholms län',
    );
  });

  it('says what an empty nested group means', () => {
    expect(sum({ op: 'all', items: [{ type: 'listed_at_unit' }, { op: 'any', items: [] }] })).toBe('Invånare som är listade på enheten och uppfyller en tom grupp (aldrig uppfylld)');
  });

  it('speaks English in English', () => {
    expect(criteriaSummary({ op: 'all', items: [{ type: 'age', min: null, max: 17 }, { type: 'listed_at_unit' }] }, tEn, 'en')).toBe('Residents who are at most 17 years old and are listed at the unit');
  });
});

describe('describeCriterion', () => {
  it('labels each criterion shortly', () => {
    expect(describeCriterion({ type: 'age', min: null, max: 17 }, tSv, 'sv')).toBe('Högst 17 år');
    expect(describeCriterion({ type: 'age', min: 18, max: 25 }, tSv, 'sv')).toBe('Ålder 18–25 år');
    expect(describeCriterion({ type: 'diagnosis', codes: ['E11'] }, tEn, 'en')).toBe('Diagnosis E11');
    expect(describeCriterion({ type: 'earlier_visit', withinMonths: 6 }, tSv, 'sv')).toBe('Besök på enheten de senaste 6 månaderna');
  });
});
