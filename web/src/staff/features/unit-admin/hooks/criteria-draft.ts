import { icd10, type CriteriaGroup, type CriteriaScope, type Criterion } from '../../../../shared/contracts.ts';

/**
 * The criteria editor works on a draft: the tree as the form holds it (numbers and lists as typed
 * text, a stable key per node for React and focus). It becomes a CriteriaGroup only when sent.
 */
export type CriterionType = Criterion['type'];
export const criterionTypes: readonly CriterionType[] = ['age', 'county', 'listed_at_unit', 'care_contact', 'diagnosis', 'earlier_visit', 'coming_visit'];

export interface DraftCriterion {
  key: string;
  type: CriterionType;
  min: string;
  max: string;
  counties: string;
  codes: string;
  withinMonths: string;
}
export interface DraftGroup {
  key: string;
  op: CriteriaGroup['op'];
  items: DraftNode[];
}
export type DraftNode = DraftCriterion | DraftGroup;

/** The scope being edited and its unsaved draft; shared by the editor and the preview. */
export interface CriteriaEditing {
  scope: CriteriaScope;
  draft: DraftGroup;
}

export const isDraftGroup = (node: DraftNode): node is DraftGroup => 'op' in node;

let nextKey = 0;
const newKey = () => `c${++nextKey}`;

export function newCriterion(type: CriterionType = 'age'): DraftCriterion {
  return { key: newKey(), type, min: '', max: '', counties: '', codes: '', withinMonths: '' };
}

export function newGroup(): DraftGroup {
  return { key: newKey(), op: 'any', items: [newCriterion()] };
}

export function toDraft(group: CriteriaGroup): DraftGroup {
  return {
    key: newKey(),
    op: group.op,
    items: group.items.map((item) => {
      if ('op' in item) return toDraft(item);
      const draft = newCriterion(item.type);
      if (item.type === 'age') return { ...draft, min: item.min?.toString() ?? '', max: item.max?.toString() ?? '' };
      if (item.type === 'county') return { ...draft, counties: item.counties.join('\n') };
      if (item.type === 'diagnosis') return { ...draft, codes: item.codes.join(', ') };
      if (item.type === 'earlier_visit') return { ...draft, withinMonths: String(item.withinMonths) };
      return draft;
    }),
  };
}

const wholeNumber = (text: string): number | null => (/^\d+$/.test(text.trim()) ? Number(text.trim()) : null);
export const splitCodes = (text: string): string[] =>
  text
    .split(/[,;\s]+/)
    .map((code) => code.trim().toUpperCase())
    .filter(Boolean);
const splitLines = (text: string): string[] =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

function toCriterion(d: DraftCriterion): Criterion {
  switch (d.type) {
    case 'age':
      return { type: 'age', min: wholeNumber(d.min), max: wholeNumber(d.max) };
    case 'county':
      return { type: 'county', counties: splitLines(d.counties) };
    case 'diagnosis':
      return { type: 'diagnosis', codes: splitCodes(d.codes) };
    case 'earlier_visit':
      return { type: 'earlier_visit', withinMonths: wholeNumber(d.withinMonths) ?? 0 };
    default:
      return { type: d.type };
  }
}

export function fromDraft(group: DraftGroup): CriteriaGroup {
  return { op: group.op, items: group.items.map((node) => (isDraftGroup(node) ? fromDraft(node) : toCriterion(node))) };
}

/** Replaces the node with `key` anywhere in the tree (or removes it when `replacement` is null). */
export function replaceNode(group: DraftGroup, key: string, replacement: DraftNode | null): DraftGroup {
  const items: DraftNode[] = [];
  for (const node of group.items) {
    if (node.key === key) {
      if (replacement) items.push(replacement);
    } else {
      items.push(isDraftGroup(node) ? replaceNode(node, key, replacement) : node);
    }
  }
  return { ...group, items };
}

/** Message keys under staff.criteria.editor.errors. */
export type DraftErrorKey = 'ageMissing' | 'ageInvalid' | 'ageOrder' | 'countiesMissing' | 'codesMissing' | 'codesInvalid' | 'monthsInvalid' | 'groupEmpty';
/** Errors by the API's field path, e.g. `criteria.items.0.max`; a group's own error is at its path. */
export type DraftErrors = Record<string, DraftErrorKey>;

function checkCriterion(d: DraftCriterion, path: string, errors: DraftErrors): void {
  if (d.type === 'age') {
    const min = wholeNumber(d.min);
    const max = wholeNumber(d.max);
    if (!d.min.trim() && !d.max.trim()) errors[`${path}.min`] = 'ageMissing';
    else if (d.min.trim() && (min === null || min > 130)) errors[`${path}.min`] = 'ageInvalid';
    else if (d.max.trim() && (max === null || max > 130)) errors[`${path}.max`] = 'ageInvalid';
    else if (min !== null && max !== null && min > max) errors[`${path}.max`] = 'ageOrder';
  }
  if (d.type === 'county' && splitLines(d.counties).length === 0) errors[`${path}.counties`] = 'countiesMissing';
  if (d.type === 'diagnosis') {
    const codes = splitCodes(d.codes);
    if (codes.length === 0) errors[`${path}.codes`] = 'codesMissing';
    else if (!codes.every((code) => icd10.safeParse(code).success)) errors[`${path}.codes`] = 'codesInvalid';
  }
  if (d.type === 'earlier_visit') {
    const months = wholeNumber(d.withinMonths);
    if (months === null || months < 1 || months > 120) errors[`${path}.withinMonths`] = 'monthsInvalid';
  }
}

/**
 * The checks a person gets told about before saving: empty or malformed fields. The server checks
 * the same again and is the authority; its field paths use the same `criteria.items.N…` form.
 */
export function validateDraft(group: DraftGroup, path = 'criteria'): DraftErrors {
  const errors: DraftErrors = {};
  // The top group may be empty (it admits everyone); an empty nested group is almost always a slip.
  if (path !== 'criteria' && group.items.length === 0) errors[path] = 'groupEmpty';
  group.items.forEach((node, index) => {
    const at = `${path}.items.${index}`;
    if (isDraftGroup(node)) Object.assign(errors, validateDraft(node, at));
    else checkCriterion(node, at, errors);
  });
  return errors;
}

/** The inputs a criterion of each type has, by the field name the API uses. */
const inputsOf: Record<CriterionType, readonly string[]> = {
  age: ['min', 'max'],
  county: ['counties'],
  diagnosis: ['codes'],
  earlier_visit: ['withinMonths'],
  listed_at_unit: [],
  care_contact: [],
  coming_visit: [],
};

/**
 * Where to show a field the server refused: at that input, or else at the nearest criterion or group
 * that holds it (a path such as `criteria.items.0` for a criterion the server could not read at all).
 */
export function placeFieldPath(group: DraftGroup, field: string): string | null {
  const known = new Set<string>();
  const walk = (g: DraftGroup, path: string) => {
    known.add(path);
    g.items.forEach((node, index) => {
      const at = `${path}.items.${index}`;
      if (isDraftGroup(node)) return walk(node, at);
      known.add(at);
      for (const input of inputsOf[node.type]) known.add(`${at}.${input}`);
    });
  };
  walk(group, 'criteria');
  const parts = field.split('.');
  for (; parts.length > 0; parts.pop()) {
    const path = parts.join('.');
    if (known.has(path)) return path;
  }
  return null;
}
