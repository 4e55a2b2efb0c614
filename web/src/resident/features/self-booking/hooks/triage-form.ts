import type { Answers, Question, Questionnaire } from '../../../../shared/contracts.ts';

/** A follow-up is shown when the earlier answer equals its value (or, for a multiple choice, includes it). */
function isShown(question: Question, answers: Answers): boolean {
  if (!question.showIf) return true;
  const earlier = answers[question.showIf.questionId];
  return Array.isArray(earlier) ? earlier.includes(question.showIf.equals) : earlier === question.showIf.equals;
}

/**
 * The questions to show for the answers so far, in order. A follow-up of a hidden question is hidden
 * too, as the server reads it (it only counts answers of questions it showed).
 */
export function visibleQuestions(form: Questionnaire, answers: Answers): Question[] {
  const shown: Question[] = [];
  const counted: Answers = {};
  for (const question of form) {
    if (!isShown(question, counted)) continue;
    shown.push(question);
    const answer = answers[question.id];
    if (answer !== undefined) counted[question.id] = answer;
  }
  return shown;
}

/** Whether this answer ends the form with the question's advice. */
function stops(question: Question, answer: Answers[string] | undefined): boolean {
  switch (question.kind) {
    case 'yes_no':
      return question.stopsOn !== null && answer === question.stopsOn;
    case 'single_choice':
      return question.options.some((o) => o.stops && o.id === answer);
    case 'multiple_choice':
      return Array.isArray(answer) && question.options.some((o) => o.stops && answer.includes(o.id));
    case 'free_text':
      return false;
  }
}

/**
 * Visible questions that need an answer and have none (a multiple choice may be left empty, free
 * text too). Like the server, it reads in order and stops at an answer that stops the form: the
 * resident then sees the advice without answering the rest first.
 */
export function unanswered(form: Questionnaire, answers: Answers): string[] {
  const missing: string[] = [];
  for (const question of visibleQuestions(form, answers)) {
    const answer = answers[question.id];
    if (stops(question, answer)) break;
    if ((question.kind === 'yes_no' || question.kind === 'single_choice') && typeof answer !== 'string') missing.push(question.id);
  }
  return missing;
}

/**
 * What is sent: exactly the visible questions' answers (the server refuses answers to questions it
 * did not show), an untouched multiple choice as "none of these", free text trimmed.
 */
export function answersToSend(form: Questionnaire, answers: Answers): Answers {
  const sent: Answers = {};
  for (const question of visibleQuestions(form, answers)) {
    const answer = answers[question.id];
    if (question.kind === 'multiple_choice') sent[question.id] = Array.isArray(answer) ? answer : [];
    else if (question.kind === 'free_text') sent[question.id] = typeof answer === 'string' ? answer.trim() : '';
    else if (typeof answer === 'string') sent[question.id] = answer;
  }
  return sent;
}
