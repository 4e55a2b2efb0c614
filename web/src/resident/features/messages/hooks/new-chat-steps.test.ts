import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../../shared/api/client.ts';
import { effectiveMode, newChatSteps, stepOfRefusal, type ChatStartOption } from './new-chat-steps.ts';

const text = (sv: string) => ({ sv, en: sv });
const unit: ChatStartOption = {
  unitId: '00000000-0000-4000-8000-000000000001',
  unitName: 'Visby vårdcentral',
  liveOpenNow: true,
  openingHours: [{ weekday: 1, opens: '08:00', closes: '17:00' }],
  errands: [
    { errand: 'advice', questionnaire: [{ id: 'emergency', kind: 'yes_no', text: text('Akut?'), showIf: null, stopsOn: 'yes', stopAdvice: text('Ring 112') }] },
    { errand: 'booking_change', questionnaire: [] },
    { errand: 'administrative', questionnaire: [] },
  ],
};

describe('newChatSteps', () => {
  it('asks the errand’s questions only when it has some', () => {
    expect(newChatSteps(unit, 'advice')).toEqual(['unit', 'errand', 'questions', 'mode', 'message']);
    expect(newChatSteps(unit, 'administrative')).toEqual(['unit', 'errand', 'mode', 'message']);
  });

  it('asks which booking only when the errand is to change one (R-BK-7)', () => {
    expect(newChatSteps(unit, 'booking_change')).toEqual(['unit', 'errand', 'booking', 'mode', 'message']);
  });

  it('offers live chat only where the unit has chat hours', () => {
    expect(newChatSteps({ ...unit, openingHours: [], liveOpenNow: false }, 'administrative')).toEqual(['unit', 'errand', 'message']);
    expect(newChatSteps(null, null)).toEqual(['unit', 'errand', 'mode', 'message']);
  });
});

describe('effectiveMode', () => {
  it('is the choice while live chat is open, and a message when it is closed', () => {
    expect(effectiveMode(unit, null)).toBeNull();
    expect(effectiveMode(unit, 'live')).toBe('live');
    expect(effectiveMode({ ...unit, liveOpenNow: false }, 'live')).toBe('async');
    expect(effectiveMode({ ...unit, liveOpenNow: false }, null)).toBe('async');
    expect(effectiveMode(null, 'live')).toBeNull();
  });
});

describe('stepOfRefusal', () => {
  const refusal = (code: ConstructorParameters<typeof ApiError>[1], field?: string) => new ApiError(409, code, 'refused', field);

  it('puts each refusal at the step of its field', () => {
    expect(stepOfRefusal(refusal('not_listed_here'))).toBe('unit');
    expect(stepOfRefusal(refusal('unit_not_offered'))).toBe('unit');
    expect(stepOfRefusal(refusal('errand_not_offered', 'errand'))).toBe('errand');
    expect(stepOfRefusal(refusal('triage_stopped', 'answers.emergency'))).toBe('questions');
    expect(stepOfRefusal(refusal('validation_failed', 'bookingId'))).toBe('booking');
    expect(stepOfRefusal(refusal('not_found', 'bookingId'))).toBe('booking');
    expect(stepOfRefusal(refusal('live_chat_closed', 'mode'))).toBe('mode');
  });

  it('leaves the rest where the resident is', () => {
    expect(stepOfRefusal(refusal('validation_failed', 'message'))).toBeNull();
    expect(stepOfRefusal(refusal('internal_error'))).toBeNull();
    expect(stepOfRefusal(new Error('boom'))).toBeNull();
  });
});
