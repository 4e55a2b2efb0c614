import { describe, expect, it } from 'vitest';
import { inboxParams, inboxQueryFrom } from './inbox-params.ts';

describe('inbox address', () => {
  it('starts on the new conversations with no filters', () => {
    expect(inboxQueryFrom(new URLSearchParams(''))).toEqual({ view: 'new' });
    expect(inboxParams({ view: 'new' }).toString()).toBe('');
  });

  it('reads back what it writes', () => {
    const query = { view: 'mine', errand: 'prescription', mode: 'live', waitingOverMinutes: 60 } as const;
    expect(inboxQueryFrom(inboxParams(query))).toEqual(query);
  });

  it('drops values it does not know instead of sending them on', () => {
    expect(inboxQueryFrom(new URLSearchParams('vy=alla&arende=x&form=video&vantat=7'))).toEqual({ view: 'new' });
  });
});
