import { describe, expect, it } from 'vitest';
import { chatSettings, type ChatSettings } from '../../../../shared/contracts.ts';
import { chatSettingsErrors, fromChatDraft, toChatDraft } from './chat-settings-draft.ts';

let n = 0;
const key = () => `k${(n += 1)}`;
const settings: ChatSettings = {
  openingHours: [
    { weekday: 1, opens: '08:00', closes: '12:00' },
    { weekday: 1, opens: '13:00', closes: '17:00' },
  ],
  errands: [
    { errand: 'booking_change', queue: 'medical_secretary', questionnaire: [] },
    { errand: 'advice', queue: null, questionnaire: [{ id: 'q1', kind: 'free_text', text: { sv: 'Vad gäller det?', en: '' }, showIf: null, maxLength: 200 }] },
  ],
};

describe('chat settings draft', () => {
  it('reads back the settings, errands in the contract order', () => {
    const back = fromChatDraft(toChatDraft(settings, key));
    expect(back.openingHours).toEqual(settings.openingHours);
    expect(back.errands.map((e) => e.errand)).toEqual(['advice', 'booking_change']);
    expect(back.errands[0]).toEqual(settings.errands[1]);
    expect(chatSettings.safeParse(back).success).toBe(true);
  });

  it('keeps the questions of an errand that is switched off, but does not send it', () => {
    const draft = toChatDraft(settings, key);
    draft.errands.advice.on = false;
    expect(fromChatDraft(draft).errands.map((e) => e.errand)).toEqual(['booking_change']);
    draft.errands.advice.on = true;
    expect(fromChatDraft(draft).errands[0]?.questionnaire).toHaveLength(1);
  });

  it('names bad times and questions by the request paths', () => {
    const draft = toChatDraft(settings, key);
    draft.hours[0]!.opens = '8';
    draft.hours[1]!.closes = '12:00';
    draft.errands.advice.questionnaire = [{ id: 'q1', kind: 'free_text', text: { sv: '', en: '' }, showIf: null, maxLength: 200 }];
    draft.errands.booking_change.on = false;
    expect(chatSettingsErrors(draft)).toEqual({ 'openingHours.0.opens': 'time', 'openingHours.1.closes': 'closesAfterOpens', 'errands.0.questionnaire.0.text.sv': 'text' });
  });
});
