import { isApiError } from '../../../../shared/api/client.ts';
import type { ChatMode, ChatStartOptionsResponse, Errand } from '../../../../shared/contracts.ts';

export type ChatStartOption = ChatStartOptionsResponse['units'][number];
export type NewChatStep = 'unit' | 'errand' | 'questions' | 'booking' | 'mode' | 'message';

/**
 * The steps of writing to care, in order: the errand's questions only when it has some (R-MS-4),
 * a booking only when asking to change one (R-BK-7), live or not only where the unit has chat
 * hours (R-MS-5). Before a unit is chosen, the count assumes it has them.
 */
export function newChatSteps(unit: ChatStartOption | null, errand: Errand | null): NewChatStep[] {
  const questionnaire = unit?.errands.find((e) => e.errand === errand)?.questionnaire ?? [];
  const steps: NewChatStep[] = ['unit', 'errand'];
  if (questionnaire.length > 0) steps.push('questions');
  if (errand === 'booking_change') steps.push('booking');
  if (!unit || unit.openingHours.length > 0) steps.push('mode');
  steps.push('message');
  return steps;
}

/**
 * Live only when the unit's chat is open now and live was chosen; a unit without chat hours, or
 * closed now, takes a message. Null: the resident has yet to choose.
 */
export function effectiveMode(unit: ChatStartOption | null, chosen: ChatMode | null): ChatMode | null {
  if (!unit) return null;
  if (!unit.liveOpenNow) return 'async';
  return chosen;
}

/** The step where a refusal of the whole request belongs, so its message stands at the right field. */
export function stepOfRefusal(error: unknown): NewChatStep | null {
  if (!isApiError(error)) return null;
  if (error.code === 'not_listed_here' || error.code === 'unit_not_offered') return 'unit';
  const field = error.field ?? '';
  if (field === 'unitId') return 'unit';
  if (field === 'errand') return 'errand';
  if (field === 'answers' || field.startsWith('answers.')) return 'questions';
  if (field === 'bookingId') return 'booking';
  if (field === 'mode') return 'mode';
  return null;
}
