import { z } from 'zod';

/** ICD-10 code or prefix: a letter, two digits, optionally a dot and more characters (E11, E11.9). */
export const icd10 = z.string().regex(/^[A-Z]\d{2}(\.[0-9A-Z]{1,4})?$/, 'ICD-10 code, e.g. E11 or E11.9');

/** R-UN-2: one condition a resident must meet to use a unit's function. */
export const criterion = z.discriminatedUnion('type', [
  z.object({ type: z.literal('county'), counties: z.array(z.string().min(1)).min(1) }),
  z.object({ type: z.literal('listed_at_unit') }),
  z.object({ type: z.literal('diagnosis'), codes: z.array(icd10).min(1) }),
  z.object({ type: z.literal('care_contact') }),
  z
    .object({ type: z.literal('age'), min: z.number().int().min(0).max(130).nullable(), max: z.number().int().min(0).max(130).nullable() })
    .refine((a) => a.min !== null || a.max !== null, 'Give a lowest or a highest age')
    .refine((a) => a.min === null || a.max === null || a.min <= a.max, 'The lowest age must not be above the highest'),
  z.object({ type: z.literal('earlier_visit'), withinMonths: z.number().int().min(1).max(120) }),
  z.object({ type: z.literal('coming_visit') }),
]);
export type Criterion = z.infer<typeof criterion>;

/** Criteria combine with AND (`all`) and OR (`any`), nested. An empty `all` admits everyone. */
export type CriteriaGroup = { op: 'all' | 'any'; items: (Criterion | CriteriaGroup)[] };
// Registered by id: a recursive schema can only be written into the OpenAPI document as a named component.
export const criteriaGroup: z.ZodType<CriteriaGroup> = z
  .lazy(() => z.object({ op: z.enum(['all', 'any']), items: z.array(z.union([criterion, criteriaGroup])).max(50) }))
  .meta({ id: 'CriteriaGroup' });
