import { describe, expect, it } from 'vitest';
import type { CriteriaGroup } from '../../../../shared/contracts.ts';
import { fromDraft, isDraftGroup, newCriterion, newGroup, placeFieldPath, replaceNode, toDraft, validateDraft, type DraftGroup } from './criteria-draft.ts';

const saved: CriteriaGroup = {
  op: 'all',
  items: [
    { type: 'age', min: null, max: 17 },
    { op: 'any', items: [{ type: 'diagnosis', codes: ['E11', 'E10.9'] }, { type: 'county', counties: ['Gotlands län', 'Stockholms län'] }] },
    { type: 'earlier_visit', withinMonths: 12 },
    { type: 'coming_visit' },
  ],
};

describe('criteria draft', () => {
  it('round-trips saved criteria through the form', () => {
    expect(fromDraft(toDraft(saved))).toEqual(saved);
  });

  it('reads typed text: codes in capitals split on commas, counties per line, empty ages as no limit', () => {
    const draft: DraftGroup = {
      key: 'g',
      op: 'any',
      items: [
        { ...newCriterion('diagnosis'), codes: ' e11 , f90.0,' },
        { ...newCriterion('county'), counties: 'Gotlands län\n\n Stockholms län ' },
        { ...newCriterion('age'), min: '65', max: '' },
      ],
    };
    expect(fromDraft(draft)).toEqual({
      op: 'any',
      items: [
        { type: 'diagnosis', codes: ['E11', 'F90.0'] },
        { type: 'county', counties: ['Gotlands län', 'Stockholms län'] },
        { type: 'age', min: 65, max: null },
      ],
    });
  });

  it('replaces and removes nodes at any depth', () => {
    const draft = toDraft(saved);
    const nested = draft.items[1];
    if (!nested || !isDraftGroup(nested) || !nested.items[0]) throw new Error('fixture');
    const removed = replaceNode(draft, nested.items[0].key, null);
    expect(fromDraft(removed).items[1]).toEqual({ op: 'any', items: [{ type: 'county', counties: ['Gotlands län', 'Stockholms län'] }] });
    const added = replaceNode(draft, nested.key, { ...nested, items: [...nested.items, newCriterion('listed_at_unit')] });
    expect(fromDraft(added).items[1]).toMatchObject({ items: [{}, {}, { type: 'listed_at_unit' }] });
  });

  it('names each problem by the API field path', () => {
    const draft: DraftGroup = {
      key: 'g',
      op: 'all',
      items: [
        newCriterion('age'),
        { ...newCriterion('age'), min: '18', max: '12' },
        { key: 'n', op: 'any', items: [{ ...newCriterion('diagnosis'), codes: 'diabetes' }, newCriterion('county')] },
        { key: 'e', op: 'all', items: [] },
        { ...newCriterion('earlier_visit'), withinMonths: '0' },
      ],
    };
    expect(validateDraft(draft)).toEqual({
      'criteria.items.0.min': 'ageMissing',
      'criteria.items.1.max': 'ageOrder',
      'criteria.items.2.items.0.codes': 'codesInvalid',
      'criteria.items.2.items.1.counties': 'countiesMissing',
      'criteria.items.3': 'groupEmpty',
      'criteria.items.4.withinMonths': 'monthsInvalid',
    });
  });

  it('accepts an empty top group and a new nested group once filled in', () => {
    expect(validateDraft({ key: 'g', op: 'all', items: [] })).toEqual({});
    const group = newGroup();
    const first = group.items[0];
    if (!first || isDraftGroup(first)) throw new Error('fixture');
    expect(validateDraft({ key: 'g', op: 'all', items: [{ ...group, items: [{ ...first, max: '17' }] }] })).toEqual({});
  });

  it('places a refused field at its input, or at the nearest criterion or group holding it', () => {
    const draft = toDraft(saved);
    expect(placeFieldPath(draft, 'criteria.items.0.max')).toBe('criteria.items.0.max');
    expect(placeFieldPath(draft, 'criteria.items.1.items.0.codes.1')).toBe('criteria.items.1.items.0.codes');
    expect(placeFieldPath(draft, 'criteria.items.3.type')).toBe('criteria.items.3');
    expect(placeFieldPath(draft, 'criteria.items.9')).toBe('criteria');
    expect(placeFieldPath(draft, 'scope')).toBeNull();
  });
});
