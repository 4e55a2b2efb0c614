import { errand as errandSchema, type ChatSettings, type Errand, type Profession, type Questionnaire } from '../../../../shared/contracts.ts';
import { questionnaireErrors, type QuestionnaireError } from './questionnaire-edit.ts';

export interface HoursDraft {
  key: string;
  weekday: number;
  opens: string;
  closes: string;
}

export interface ErrandDraft {
  on: boolean;
  /** '' is the unit's common queue. */
  queue: Profession | '';
  questionnaire: Questionnaire;
}

/** The chat settings as the form edits them: every errand is there, switched on or off, so its questions survive a switch. */
export interface ChatSettingsDraft {
  hours: HoursDraft[];
  errands: Record<Errand, ErrandDraft>;
}

export const errands: readonly Errand[] = errandSchema.options;
export const weekdays = [1, 2, 3, 4, 5, 6, 7] as const;

export function toChatDraft(settings: ChatSettings, newKey: () => string): ChatSettingsDraft {
  const byErrand = new Map(settings.errands.map((e) => [e.errand, e]));
  return {
    hours: settings.openingHours.map((h) => ({ key: newKey(), ...h })),
    errands: Object.fromEntries(
      errands.map((name) => {
        const setting = byErrand.get(name);
        return [name, { on: Boolean(setting), queue: setting?.queue ?? '', questionnaire: setting?.questionnaire ?? [] }];
      }),
    ) as Record<Errand, ErrandDraft>,
  };
}

/** Errands switched on, in the contract's order: the index of each in `errands` of the request. */
export function errandsOn(draft: ChatSettingsDraft): Errand[] {
  return errands.filter((name) => draft.errands[name].on);
}

export function fromChatDraft(draft: ChatSettingsDraft): ChatSettings {
  return {
    openingHours: draft.hours.map(({ weekday, opens, closes }) => ({ weekday, opens, closes })),
    errands: errandsOn(draft).map((name) => {
      const e = draft.errands[name];
      return { errand: name, queue: e.queue || null, questionnaire: e.questionnaire };
    }),
  };
}

export type ChatSettingsError = 'time' | 'closesAfterOpens' | QuestionnaireError;
const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;

/** What must be fixed, by the request's field paths (`openingHours.2.closes`, `errands.0.questionnaire.1.text.sv`). */
export function chatSettingsErrors(draft: ChatSettingsDraft): Record<string, ChatSettingsError> {
  const found: Record<string, ChatSettingsError> = {};
  draft.hours.forEach((h, i) => {
    if (!HHMM.test(h.opens)) found[`openingHours.${i}.opens`] = 'time';
    if (!HHMM.test(h.closes)) found[`openingHours.${i}.closes`] = 'time';
    else if (HHMM.test(h.opens) && h.opens >= h.closes) found[`openingHours.${i}.closes`] = 'closesAfterOpens';
  });
  errandsOn(draft).forEach((name, i) => {
    for (const [path, error] of Object.entries(questionnaireErrors(draft.errands[name].questionnaire))) found[`errands.${i}.questionnaire.${path}`] = error;
  });
  return found;
}
