import type { TFunction } from 'i18next';
import type { CriteriaGroup, Criterion } from '../../../../shared/contracts.ts';
import type { Language } from '../../../../shared/i18n/index.ts';

type Item = Criterion | CriteriaGroup;

const locale = (language: Language) => (language === 'en' ? 'en-GB' : 'sv-SE');
const isGroup = (item: Item): item is CriteriaGroup => 'op' in item;

/** "a, b och c" / "a, b eller c" in the current language. */
function joinList(parts: string[], op: CriteriaGroup['op'], language: Language): string {
  return new Intl.ListFormat(locale(language), { type: op === 'all' ? 'conjunction' : 'disjunction' }).format(parts);
}

/** A group of one item says the same as that item; unwrapping keeps the sentence free of brackets. */
function unwrap(item: Item): Item {
  return isGroup(item) && item.items.length === 1 && item.items[0] ? unwrap(item.items[0]) : item;
}

/** What a resident must be or have, as the end of "Invånare som …": "är högst 17 år". */
function predicate(c: Criterion, t: TFunction, language: Language): string {
  switch (c.type) {
    case 'age':
      // The contract requires at least one limit.
      if (c.max === null) return t('staff.criteria.summary.ageMin', { min: c.min ?? 0 });
      if (c.min === null) return t('staff.criteria.summary.ageMax', { max: c.max });
      return t('staff.criteria.summary.ageBetween', { min: c.min, max: c.max });
    case 'county':
      return t('staff.criteria.summary.county', { counties: joinList(c.counties, 'any', language) });
    case 'diagnosis':
      return t('staff.criteria.summary.diagnosis', { codes: joinList(c.codes, 'any', language) });
    case 'earlier_visit':
      return t('staff.criteria.summary.earlier_visit', { count: c.withinMonths });
    case 'listed_at_unit':
    case 'care_contact':
    case 'coming_visit':
      return t(`staff.criteria.summary.${c.type}`);
  }
}

function itemPredicate(raw: Item, t: TFunction, language: Language): string {
  const item = unwrap(raw);
  if (!isGroup(item)) return predicate(item, t, language);
  if (item.items.length === 0) return t(item.op === 'all' ? 'staff.criteria.summary.emptyAll' : 'staff.criteria.summary.emptyAny');
  // Nested groups are bracketed and joined with semicolons so the reader can tell the levels apart.
  const conditions = item.items.map((inner) => itemPredicate(inner, t, language)).join('; ');
  return t(item.op === 'all' ? 'staff.criteria.summary.allOf' : 'staff.criteria.summary.anyOf', { conditions });
}

/**
 * R-UN-2: a scope's criteria as one plain sentence in the current language, e.g. "Invånare som är
 * högst 17 år och är listade på enheten". An empty `all` admits everyone, an empty `any` no one.
 */
export function criteriaSummary(group: CriteriaGroup, t: TFunction, language: Language): string {
  const top = unwrap(group);
  if (!isGroup(top)) return t('staff.criteria.summary.residentsWho', { conditions: predicate(top, t, language) });
  if (top.items.length === 0) return t(top.op === 'all' ? 'staff.criteria.summary.everyone' : 'staff.criteria.summary.noOne');
  const conditions = joinList(
    top.items.map((item) => itemPredicate(item, t, language)),
    top.op,
    language,
  );
  return t('staff.criteria.summary.residentsWho', { conditions });
}

/** One criterion as a short label, for the preview's explained tree: "Högst 17 år". */
export function describeCriterion(c: Criterion, t: TFunction, language: Language): string {
  switch (c.type) {
    case 'age':
      // The contract requires at least one limit.
      if (c.max === null) return t('staff.criteria.describe.ageMin', { min: c.min ?? 0 });
      if (c.min === null) return t('staff.criteria.describe.ageMax', { max: c.max });
      return t('staff.criteria.describe.ageBetween', { min: c.min, max: c.max });
    case 'county':
      return t('staff.criteria.describe.county', { counties: joinList(c.counties, 'any', language) });
    case 'diagnosis':
      return t('staff.criteria.describe.diagnosis', { codes: joinList(c.codes, 'any', language) });
    case 'earlier_visit':
      return t('staff.criteria.describe.earlier_visit', { count: c.withinMonths });
    case 'listed_at_unit':
    case 'care_contact':
    case 'coming_visit':
      return t(`staff.criteria.describe.${c.type}`);
  }
}
