import { z } from 'zod';
import { type Criterion, criteriaGroup, criterion, icd10 } from './criteria.ts';
import { documentKind, residentFunction, unitFunction, unitKind } from './enums.ts';
import { localizedText } from './resident.ts';

/** HSA-ID of a care unit: the organisation number with SE in front, a dash and the unit's own part. */
export const hsaId = z
  .string()
  .trim()
  .regex(/^SE\d{10}-[0-9A-Za-z]{1,31}$/, 'Enter an HSA-ID, e.g. SE2321000198-E010');

/** Criteria are kept for the whole unit and for each function; a function needs both to be met. */
export const criteriaScope = z.enum(['unit', ...unitFunction.options]);
export type CriteriaScope = z.infer<typeof criteriaScope>;

export const adminUnitSummary = z.object({
  id: z.uuid(),
  hsaId: z.string(),
  name: z.string(),
  kind: unitKind,
  city: z.string(),
  functions: z.array(unitFunction),
  connectedAt: z.iso.datetime({ offset: true }),
});
export type AdminUnitSummary = z.infer<typeof adminUnitSummary>;

export const adminUnitsResponse = z.object({
  units: z.array(adminUnitSummary),
  /** Whether the signed-in administrator may connect new units. */
  mayConnect: z.boolean(),
});
export type AdminUnitsResponse = z.infer<typeof adminUnitsResponse>;

const uniqueFunctions = z
  .array(unitFunction)
  .max(unitFunction.options.length)
  .refine((list) => new Set(list).size === list.length, 'Each function only once');

export const connectUnitRequest = z.object({
  hsaId,
  name: z.string().trim().min(2, 'Enter the unit’s name').max(120),
  kind: unitKind,
  streetAddress: z.string().trim().min(2, 'Enter the street address').max(120),
  postalCode: z.string().trim().regex(/^\d{3} ?\d{2}$/, 'Enter a postal code with five digits, e.g. 621 84'),
  city: z.string().trim().min(2, 'Enter the city').max(60),
  phone: z.string().trim().regex(/^[0-9+][0-9 -]{5,19}$/, 'Enter a telephone number, e.g. 0498-26 80 00'),
  functions: uniqueFunctions,
});
export type ConnectUnitRequest = z.infer<typeof connectUnitRequest>;
export const connectUnitResponse = z.object({ id: z.uuid() });

export const updateFunctionsRequest = z.object({ functions: uniqueFunctions });
export type UpdateFunctionsRequest = z.infer<typeof updateFunctionsRequest>;

export const unitCriteria = z.object({
  scope: criteriaScope,
  criteria: criteriaGroup,
  updatedAt: z.iso.datetime({ offset: true }).nullable(),
});
export type UnitCriteria = z.infer<typeof unitCriteria>;

export const putCriteriaRequest = z.object({ criteria: criteriaGroup });

/** R-DC-5: a local exception: documents of this kind (optionally for one appointment type) never go electronically. */
export const documentException = z.object({
  id: z.uuid(),
  documentKind,
  appointmentType: z.object({ id: z.uuid(), name: localizedText }).nullable(),
  reason: z.string(),
  createdAt: z.iso.datetime({ offset: true }),
});
export type DocumentException = z.infer<typeof documentException>;

export const addDocumentExceptionRequest = z.object({
  documentKind,
  appointmentTypeId: z.uuid().nullable(),
  reason: z.string().trim().min(3, 'Say why these documents go on paper').max(300),
});
export type AddDocumentExceptionRequest = z.infer<typeof addDocumentExceptionRequest>;

export const adminUnitDetail = adminUnitSummary.extend({
  streetAddress: z.string(),
  postalCode: z.string(),
  phone: z.string(),
  /** One entry per scope: `unit` first, then every function (enabled or not); an empty `all` admits everyone. */
  criteria: z.array(unitCriteria),
  documentExceptions: z.array(documentException),
  appointmentTypes: z.array(z.object({ id: z.uuid(), name: localizedText })),
});
export type AdminUnitDetail = z.infer<typeof adminUnitDetail>;

/** A made-up resident to try criteria against; no real person's data is needed to check a rule. */
export const sampleResident = z.object({
  birthDate: z.iso.date(),
  county: z.string().trim().max(60).nullable(),
  listedAtUnit: z.boolean(),
  diagnosisCodes: z.array(icd10).max(20),
  careContact: z.boolean(),
  /** Months since the last visit at the unit; null when there was none. */
  lastVisitMonthsAgo: z.number().int().min(0).max(240).nullable(),
  hasComingVisit: z.boolean(),
});
export type SampleResident = z.infer<typeof sampleResident>;

export const criteriaPreviewRequest = z.object({
  scope: criteriaScope,
  /** The criteria being edited; the saved ones of the scope when left out. */
  criteria: criteriaGroup.optional(),
  resident: sampleResident,
});
export type CriteriaPreviewRequest = z.infer<typeof criteriaPreviewRequest>;

/** The evaluator's answer, criterion by criterion, so the portal can say which one failed. */
export type ExplainedGroup = { op: 'all' | 'any'; met: boolean; items: (ExplainedGroup | { criterion: Criterion; met: boolean })[] };
// Recursive, so registered by id to be written into the OpenAPI document as a named component.
export const explainedGroup: z.ZodType<ExplainedGroup> = z
  .lazy(() =>
    z.object({
      op: z.enum(['all', 'any']),
      met: z.boolean(),
      items: z.array(z.union([explainedGroup, z.object({ criterion, met: z.boolean() })])),
    }),
  )
  .meta({ id: 'ExplainedCriteriaGroup' });

export const criteriaPreviewResponse = z.object({
  meets: z.boolean(),
  /** The unit-wide criteria and, for a function, that function's own: both must be met. */
  parts: z.array(z.object({ scope: criteriaScope, result: explainedGroup })),
});
export type CriteriaPreviewResponse = z.infer<typeof criteriaPreviewResponse>;

/** A unit as a resident (or a proxy for them) sees it: what they may start there themselves. */
export const residentCareUnit = z.object({
  id: z.uuid(),
  name: z.string(),
  kind: unitKind,
  streetAddress: z.string(),
  postalCode: z.string(),
  city: z.string(),
  phone: z.string(),
  listedHere: z.boolean(),
  functions: z.array(residentFunction),
});
export type ResidentCareUnit = z.infer<typeof residentCareUnit>;

export const myCareUnitsResponse = z.object({
  units: z.array(residentCareUnit),
  /** The primary-care centre the person acted for is listed at (R-MS-10); other centres are not offered. */
  listingUnitName: z.string().nullable(),
});
export type MyCareUnitsResponse = z.infer<typeof myCareUnitsResponse>;
