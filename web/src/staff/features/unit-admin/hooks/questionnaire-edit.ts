import type { Question, Questionnaire } from '../../../../shared/contracts.ts';

export type QuestionKind = Question['kind'];
export const questionKinds: readonly QuestionKind[] = ['yes_no', 'single_choice', 'multiple_choice', 'free_text'];
type Choice = Extract<Question, { kind: 'single_choice' | 'multiple_choice' }>;
type ChoiceOption = Choice['options'][number];

const empty = () => ({ sv: '', en: '' });

/** A key not yet used among `taken`: q1, q2, … (answers are stored by these keys). */
export function freeKey(prefix: string, taken: readonly string[]): string {
  let n = 1;
  while (taken.includes(`${prefix}${n}`)) n += 1;
  return `${prefix}${n}`;
}

export function newOption(taken: readonly ChoiceOption[]): ChoiceOption {
  return { id: freeKey('o', taken.map((o) => o.id)), text: empty(), stops: false };
}

export function newQuestion(questionnaire: Questionnaire): Question {
  return { id: freeKey('q', questionnaire.map((q) => q.id)), kind: 'yes_no', text: empty(), showIf: null, stopsOn: null, stopAdvice: null };
}

/** The question as another kind, keeping what still applies: its key, text, condition, options and advice. */
export function withKind(question: Question, kind: QuestionKind): Question {
  const { id, text, showIf } = question;
  const advice = 'stopAdvice' in question ? question.stopAdvice : null;
  switch (kind) {
    case 'yes_no':
      return { id, kind, text, showIf, stopsOn: null, stopAdvice: advice };
    case 'single_choice':
    case 'multiple_choice': {
      const first = newOption([]);
      const options = 'options' in question ? question.options : [first, newOption([first])];
      return { id, kind, text, showIf, options, stopAdvice: advice };
    }
    case 'free_text':
      return { id, kind, text, showIf, maxLength: 500 };
  }
}

/** An answer to an earlier question that a later question can be shown after. */
export interface ConditionChoice {
  questionId: string;
  /** The earlier question's place, from 1. */
  number: number;
  equals: string;
  /** The chosen option; null for a yes/no answer. */
  option: ChoiceOption | null;
}

/** The answers an earlier question can be given that a later one can depend on: yes/no, or one choice. */
export function conditionChoices(questionnaire: Questionnaire, before: number): ConditionChoice[] {
  return questionnaire.slice(0, before).flatMap((q, index): ConditionChoice[] => {
    if (q.kind === 'yes_no') return (['yes', 'no'] as const).map((equals) => ({ questionId: q.id, number: index + 1, equals, option: null }));
    if (q.kind === 'single_choice') return q.options.map((option) => ({ questionId: q.id, number: index + 1, equals: option.id, option }));
    return [];
  });
}

/** Removes a question, and the conditions of later questions that depended on it. */
export function withoutQuestion(questionnaire: Questionnaire, index: number): Questionnaire {
  const removed = questionnaire[index];
  return questionnaire.filter((_, i) => i !== index).map((q) => (removed && q.showIf?.questionId === removed.id ? { ...q, showIf: null } : q));
}

export type QuestionnaireError = 'text' | 'optionText' | 'advice' | 'maxLength' | 'showIf';

/** Whether the resident is stopped by some answer, so advice must be written for them. */
export function stopsSomewhere(question: Question): boolean {
  if (question.kind === 'yes_no') return question.stopsOn !== null;
  if (question.kind === 'free_text') return false;
  return question.options.some((o) => o.stops);
}

/**
 * What must be fixed before saving, by path inside the questionnaire (`2.text.sv`, the API's
 * field paths). Swedish is required; English may be left empty and then shows the Swedish text.
 */
export function questionnaireErrors(questionnaire: Questionnaire): Record<string, QuestionnaireError> {
  const errors: Record<string, QuestionnaireError> = {};
  questionnaire.forEach((q, i) => {
    if (!q.text.sv.trim()) errors[`${i}.text.sv`] = 'text';
    if (q.kind === 'single_choice' || q.kind === 'multiple_choice') {
      q.options.forEach((o, j) => {
        if (!o.text.sv.trim()) errors[`${i}.options.${j}.text.sv`] = 'optionText';
      });
    }
    if ('stopAdvice' in q && stopsSomewhere(q) && !q.stopAdvice?.sv.trim()) errors[`${i}.stopAdvice.sv`] = 'advice';
    if (q.kind === 'free_text' && !(Number.isInteger(q.maxLength) && q.maxLength >= 10 && q.maxLength <= 2000)) errors[`${i}.maxLength`] = 'maxLength';
    if (q.showIf && !conditionChoices(questionnaire, i).some((c) => c.questionId === q.showIf?.questionId && c.equals === q.showIf.equals)) errors[`${i}.showIf`] = 'showIf';
  });
  return errors;
}
