import { z } from 'zod';
import { localizedText } from './resident.ts';

const key = z.string().regex(/^[a-z0-9_-]{1,40}$/, 'Use a short key of lower-case letters, digits, - or _');

/** Show a question only when an earlier one was answered so (a follow-up). */
const showIf = z.object({ questionId: key, equals: z.string() }).nullable();
const option = z.object({ id: key, text: localizedText, stops: z.boolean() });

/**
 * R-BK-4, R-MS-4: a question of a triage form. Some answers stop the resident with advice (e.g. to
 * call the unit instead). A yes/no answer is "yes" or "no"; a choice answer is the option's id.
 */
export const question = z.discriminatedUnion('kind', [
  z.object({ id: key, kind: z.literal('yes_no'), text: localizedText, showIf, stopsOn: z.enum(['yes', 'no']).nullable(), stopAdvice: localizedText.nullable() }),
  z.object({ id: key, kind: z.literal('single_choice'), text: localizedText, showIf, options: z.array(option).min(2).max(12), stopAdvice: localizedText.nullable() }),
  z.object({ id: key, kind: z.literal('multiple_choice'), text: localizedText, showIf, options: z.array(option).min(2).max(12), stopAdvice: localizedText.nullable() }),
  z.object({ id: key, kind: z.literal('free_text'), text: localizedText, showIf, maxLength: z.number().int().min(10).max(2000) }),
]);
export type Question = z.infer<typeof question>;

export const questionnaire = z.array(question).max(30);
export type Questionnaire = z.infer<typeof questionnaire>;

/** The resident's answers by question id. */
export const answers = z.record(key, z.union([z.string().max(2000), z.array(key).max(12)]));
export type Answers = z.infer<typeof answers>;
