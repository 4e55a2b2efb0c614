import { describe, expect, it } from 'vitest';
import type { Questionnaire } from '../../../../shared/contracts.ts';
import { answersToSend, unanswered, visibleQuestions } from './triage-form.ts';

const text = (sv: string) => ({ sv, en: sv });
const form: Questionnaire = [
  { id: 'fever', kind: 'yes_no', text: text('Feber?'), showIf: null, stopsOn: 'yes', stopAdvice: text('Vänta') },
  { id: 'meds', kind: 'yes_no', text: text('Blodförtunnande?'), showIf: null, stopsOn: null, stopAdvice: null },
  { id: 'meds_name', kind: 'free_text', text: text('Vilket?'), showIf: { questionId: 'meds', equals: 'yes' }, maxLength: 200 },
  {
    id: 'symptoms',
    kind: 'multiple_choice',
    text: text('Symtom?'),
    showIf: null,
    options: [
      { id: 'cough', text: text('Hosta'), stops: false },
      { id: 'rash', text: text('Utslag'), stops: true },
    ],
    stopAdvice: null,
  },
  { id: 'rash_where', kind: 'single_choice', text: text('Var?'), showIf: { questionId: 'symptoms', equals: 'rash' }, options: [{ id: 'arm', text: text('Arm'), stops: false }, { id: 'leg', text: text('Ben'), stops: false }], stopAdvice: null },
  { id: 'rash_since', kind: 'free_text', text: text('Sedan när?'), showIf: { questionId: 'rash_where', equals: 'arm' }, maxLength: 50 },
];
const ids = (answers: Record<string, string | string[]>) => visibleQuestions(form, answers).map((q) => q.id);

describe('triage form', () => {
  it('shows a follow-up only while its condition holds', () => {
    expect(ids({})).toEqual(['fever', 'meds', 'symptoms']);
    expect(ids({ meds: 'yes' })).toEqual(['fever', 'meds', 'meds_name', 'symptoms']);
    expect(ids({ meds: 'no', meds_name: 'Waran' })).toEqual(['fever', 'meds', 'symptoms']);
  });

  it('reads a multiple choice condition as "includes"', () => {
    expect(ids({ symptoms: ['cough', 'rash'] })).toContain('rash_where');
    expect(ids({ symptoms: ['cough'] })).not.toContain('rash_where');
  });

  it('hides the follow-up of a hidden follow-up, even with an old answer kept', () => {
    expect(ids({ symptoms: ['rash'], rash_where: 'arm' })).toContain('rash_since');
    expect(ids({ symptoms: [], rash_where: 'arm' })).not.toContain('rash_since');
  });

  it('asks for the unanswered yes/no and single choices only', () => {
    expect(unanswered(form, {})).toEqual(['fever', 'meds']);
    expect(unanswered(form, { fever: 'no', meds: 'yes', symptoms: ['cough'] })).toEqual([]);
  });

  it('needs nothing after an answer that stops, as the server stops there too', () => {
    expect(unanswered(form, { fever: 'yes' })).toEqual([]);
    expect(unanswered(form, { fever: 'no' })).toEqual(['meds']);
    expect(unanswered(form, { fever: 'no', meds: 'no', symptoms: ['rash'] })).toEqual([]);
  });

  it('sends exactly the visible answers, an untouched multiple choice as none', () => {
    expect(answersToSend(form, { fever: 'no', meds: 'no', meds_name: 'Waran' })).toEqual({ fever: 'no', meds: 'no', symptoms: [] });
    expect(answersToSend(form, { fever: 'no', meds: 'yes', meds_name: '  Waran ' })).toEqual({ fever: 'no', meds: 'yes', meds_name: 'Waran', symptoms: [] });
  });
});
