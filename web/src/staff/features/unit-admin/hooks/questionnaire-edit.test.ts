import { describe, expect, it } from 'vitest';
import { questionnaire as questionnaireSchema, type Questionnaire } from '../../../../shared/contracts.ts';
import { conditionChoices, freeKey, newQuestion, questionnaireErrors, withKind, withoutQuestion } from './questionnaire-edit.ts';

const text = (sv: string) => ({ sv, en: '' });
const form: Questionnaire = [
  { id: 'emergency', kind: 'yes_no', text: text('Har du svårt att andas?'), showIf: null, stopsOn: 'yes', stopAdvice: text('Ring 112.') },
  {
    id: 'area',
    kind: 'single_choice',
    text: text('Vad gäller det?'),
    showIf: null,
    options: [
      { id: 'skin', text: text('Hud'), stops: false },
      { id: 'other', text: text('Annat'), stops: false },
    ],
    stopAdvice: null,
  },
  { id: 'what', kind: 'free_text', text: text('Beskriv'), showIf: { questionId: 'area', equals: 'other' }, maxLength: 300 },
];

describe('questionnaire editing', () => {
  it('gives new questions and options keys that are not taken', () => {
    expect(freeKey('q', ['q1', 'q3'])).toBe('q2');
    expect(newQuestion([...form, { ...form[0]!, id: 'q1' }]).id).toBe('q2');
  });

  it('keeps key, text and condition when the kind changes, and yields what the contract accepts', () => {
    const asChoice = withKind(form[2]!, 'multiple_choice');
    expect(asChoice).toMatchObject({ id: 'what', kind: 'multiple_choice', showIf: { questionId: 'area', equals: 'other' } });
    expect(asChoice.kind === 'multiple_choice' && asChoice.options).toHaveLength(2);
    const back = withKind(withKind(form[1]!, 'free_text'), 'single_choice');
    expect(back.kind === 'single_choice' && back.options.map((o) => o.id)).toEqual(['o1', 'o2']);
    expect(withKind(form[0]!, 'single_choice')).toMatchObject({ stopAdvice: text('Ring 112.') });
    expect(questionnaireSchema.safeParse([withKind(form[0]!, 'free_text'), withKind(form[2]!, 'yes_no')]).success).toBe(true);
  });

  it('offers the answers of earlier yes/no and single-choice questions as conditions', () => {
    expect(conditionChoices(form, 2).map((c) => `${c.questionId}=${c.equals}`)).toEqual(['emergency=yes', 'emergency=no', 'area=skin', 'area=other']);
    expect(conditionChoices(form, 0)).toEqual([]);
  });

  it('drops conditions on a question that is removed', () => {
    const left = withoutQuestion(form, 1);
    expect(left.map((q) => q.id)).toEqual(['emergency', 'what']);
    expect(left[1]?.showIf).toBeNull();
  });

  it('finds no errors in a complete form', () => {
    expect(questionnaireErrors(form)).toEqual({});
  });

  it('asks for Swedish texts, advice where an answer stops, a sensible length and a valid condition', () => {
    const broken: Questionnaire = [
      { ...form[0]!, text: text(' '), stopAdvice: null } as Questionnaire[number],
      { ...form[1]!, options: [{ id: 'a', text: text(''), stops: true }, { id: 'b', text: text('B'), stops: false }] } as Questionnaire[number],
      { ...form[2]!, maxLength: 5, showIf: { questionId: 'area', equals: 'gone' } } as Questionnaire[number],
    ];
    expect(questionnaireErrors(broken)).toEqual({
      '0.text.sv': 'text',
      '0.stopAdvice.sv': 'advice',
      '1.options.0.text.sv': 'optionText',
      '1.stopAdvice.sv': 'advice',
      '2.maxLength': 'maxLength',
      '2.showIf': 'showIf',
    });
  });
});
