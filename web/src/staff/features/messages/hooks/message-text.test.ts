import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Message } from '../../../../shared/contracts.ts';
import { en } from '../../../../shared/i18n/en.ts';
import { sv } from '../../../../shared/i18n/sv.ts';
import { authorText, eventText, fileFacts, messageTime } from './message-text.ts';
import { durationText } from './waiting-time.ts';

let t: TFunction;
beforeAll(async () => {
  const instance = i18next.createInstance();
  await instance.init({ resources: { sv: { translation: sv }, en: { translation: en } }, lng: 'sv', interpolation: { escapeValue: false } });
  t = instance.t;
});

const message = (change: Partial<Message>): Message => ({
  id: crypto.randomUUID(),
  seq: 1,
  clientId: null,
  author: 'care',
  authorName: 'Johan Holm',
  authorProfession: 'nurse',
  kind: 'text',
  body: 'Hej',
  triage: null,
  event: null,
  links: [],
  attachments: [],
  createdAt: '2025-03-14T09:12:00Z',
  ...change,
});

describe('message texts', () => {
  it('says events in plain Swedish', () => {
    expect(eventText(t, { type: 'taken', staffName: 'Johan Holm', profession: 'nurse' }, 'sv')).toBe('Johan Holm tog ärendet');
    expect(eventText(t, { type: 'handed_over', toQueue: null, toStaffName: 'Maria Ek', toStaffProfession: 'physician' }, 'sv')).toBe('Samtalet lämnades över till Maria Ek');
    expect(eventText(t, { type: 'handed_over', toQueue: 'physician', toStaffName: null, toStaffProfession: null }, 'sv')).toBe('Samtalet lämnades över till kön för läkare');
    expect(eventText(t, { type: 'closed' }, 'sv')).toBe('Samtalet avslutades');
  });

  it('names the author: staff with profession, a proxy for the resident, or the service', () => {
    expect(authorText(t, message({}), 'Jonas Weber', 'sv')).toBe('Johan Holm, sjuksköterska');
    expect(authorText(t, message({ author: 'resident', authorName: null, authorProfession: null }), 'Jonas Weber', 'sv')).toBe('Jonas Weber');
    expect(authorText(t, message({ author: 'resident', authorName: 'Anna Lindqvist', authorProfession: null }), 'Elsa Lindqvist', 'sv')).toBe('Anna Lindqvist för Elsa Lindqvist');
    expect(authorText(t, message({ author: 'system', authorName: null, authorProfession: null }), 'Jonas Weber', 'sv')).toBe('Vårdkontakten');
  });

  it('shows only the time today and the date on other days, in Swedish time', () => {
    expect(messageTime('2025-03-14T09:12:00Z', 'sv', Date.parse('2025-03-14T15:00:00Z'))).toBe('10:12');
    expect(messageTime('2025-03-13T09:12:00Z', 'sv', Date.parse('2025-03-14T15:00:00Z'))).toMatch(/^13 mars 2025 10:12$/);
  });

  it('describes a file by its kind and rounded size', () => {
    expect(fileFacts('application/pdf', 123_456, 'sv')).toBe('PDF, 123 kB');
    expect(fileFacts('image/jpeg', 2_345_678, 'en')).toBe('JPEG, 2.3 MB');
    expect(fileFacts('image/png', 20, 'sv')).toBe('PNG, 1 kB');
  });

  it('counts the wait in minutes, hours and days', () => {
    const from = '2025-03-14T08:00:00Z';
    expect(durationText(t, from, Date.parse('2025-03-14T08:05:30Z'))).toBe('5 min');
    expect(durationText(t, from, Date.parse('2025-03-14T10:10:00Z'))).toBe('2 h 10 min');
    expect(durationText(t, from, Date.parse('2025-03-16T12:00:00Z'))).toBe('2 d 4 h');
    expect(durationText(t, from, Date.parse('2025-03-14T07:00:00Z'))).toBe('0 min');
  });
});
