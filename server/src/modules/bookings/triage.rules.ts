import type { Answers, Question, Questionnaire } from '../../../../contracts/questionnaire.ts';

type LocalizedText = { sv: string; en: string };

export type TriageOutcome =
  | { result: 'pass'; answers: Answers }
  | { result: 'stop'; questionId: string; advice: LocalizedText | null }
  | { result: 'invalid'; questionId: string; problem: 'missing' | 'not_an_option' | 'too_long' | 'not_asked' };

export const isShown = (q: Question, given: Answers): boolean => {
  if (!q.showIf) return true;
  const earlier = given[q.showIf.questionId];
  return Array.isArray(earlier) ? earlier.includes(q.showIf.equals) : earlier === q.showIf.equals;
};

/** What to tell the resident about an answer `checkTriage` found invalid. */
export const triageProblemText = { missing: 'Answer this question', not_an_option: 'Choose one of the answers', too_long: 'The answer is too long', not_asked: 'This question was not asked' } as const;

/**
 * R-BK-4 / R-MS-4: checks a resident's answers to a triage form, in order. Every question shown must
 * be answered with one of its options; an answer to a question not shown is refused; the first
 * answer that stops ends it with that question's advice. The answers kept are exactly those shown.
 */
export function checkTriage(form: Questionnaire, given: Answers): TriageOutcome {
  const kept: Answers = {};
  for (const q of form) {
    if (!isShown(q, kept)) continue;
    const answer = given[q.id];
    if (answer === undefined || (typeof answer === 'string' && answer.trim() === '' && q.kind !== 'free_text')) return { result: 'invalid', questionId: q.id, problem: 'missing' };
    switch (q.kind) {
      case 'yes_no':
        if (answer !== 'yes' && answer !== 'no') return { result: 'invalid', questionId: q.id, problem: 'not_an_option' };
        if (q.stopsOn === answer) return { result: 'stop', questionId: q.id, advice: q.stopAdvice };
        break;
      case 'single_choice': {
        const chosen = typeof answer === 'string' ? q.options.find((o) => o.id === answer) : undefined;
        if (!chosen) return { result: 'invalid', questionId: q.id, problem: 'not_an_option' };
        if (chosen.stops) return { result: 'stop', questionId: q.id, advice: q.stopAdvice };
        break;
      }
      case 'multiple_choice': {
        const ids = Array.isArray(answer) ? answer : [];
        const chosen = ids.map((id) => q.options.find((o) => o.id === id));
        if (!Array.isArray(answer) || chosen.some((o) => !o) || new Set(ids).size !== ids.length) return { result: 'invalid', questionId: q.id, problem: 'not_an_option' };
        if (chosen.some((o) => o!.stops)) return { result: 'stop', questionId: q.id, advice: q.stopAdvice };
        break;
      }
      case 'free_text':
        if (typeof answer !== 'string') return { result: 'invalid', questionId: q.id, problem: 'not_an_option' };
        if (answer.length > q.maxLength) return { result: 'invalid', questionId: q.id, problem: 'too_long' };
        break;
    }
    kept[q.id] = answer;
  }
  const extra = Object.keys(given).find((id) => !(id in kept));
  if (extra) return { result: 'invalid', questionId: extra, problem: 'not_asked' };
  return { result: 'pass', answers: kept };
}
