import type { SlotsResponse } from '../../../../shared/contracts.ts';
import { stockholmDay } from '../../../../shared/i18n/format.ts';

export type FreeSlot = SlotsResponse['slots'][number];

export interface SlotDay {
  /** The Swedish calendar day, YYYY-MM-DD. */
  day: string;
  slots: FreeSlot[];
}

/** Free times grouped by the day they fall on in Sweden, in the order given (earliest first). */
export function groupByDay(slots: FreeSlot[]): SlotDay[] {
  const days: SlotDay[] = [];
  for (const slot of slots) {
    const day = stockholmDay(slot.startsAt);
    const last = days.at(-1);
    if (last?.day === day) last.slots.push(slot);
    else days.push({ day, slots: [slot] });
  }
  return days;
}

/** Shown at a time with room for only one more person. */
export const FEW_PLACES_LEFT = 1;
