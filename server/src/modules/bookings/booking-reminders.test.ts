import fc from 'fast-check';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { demoResidents } from '../../seed/demo-people.ts';
import { TEST_START, TestContext } from '../../testing/test-context.ts';
import { reminderText, swedishMobileE164 } from './reminder.rules.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await TestContext.create();
});
afterAll(async () => ctx?.close());
beforeEach(() => ctx.clock.set(TEST_START));

const mobileOf = (key: string) => swedishMobileE164(demoResidents.find((r) => r.key === key)!.mobile)!;
const HOUR = 3_600_000;

describe('reminders before a visit', () => {
  it('a resident with an account and consent gets one SMS and one push within 24 hours of the visit, with no medical content', async () => {
    const jonas = await ctx.residentBrowser('jonas');
    const endpoint = 'https://push.example.test/jonas-phone';
    await jonas.post('/api/push/subscriptions', { endpoint, keys: { p256dh: 'BPub', auth: 'secret' } });
    // Jonas's phone call with Visby vårdcentral is two days after the test start at 12:00 UTC.
    ctx.clock.set(new Date(TEST_START.getTime() + 2 * 24 * HOUR - 20 * HOUR));
    await ctx.services.bookingReminders.sendDue();
    expect(ctx.push.sentTo(endpoint)).toEqual([{ title: 'Vårdkontakten', body: 'Du har en bokad tid snart.', url: '/bokade-tider' }]);
    const messages = ctx.sms.sentTo(mobileOf('jonas'));
    expect(messages).toHaveLength(1);
    expect(messages[0]!.text).toContain('kl. 13:00');
    expect(messages[0]!.text).not.toMatch(/vårdcentral|Telefonsamtal|Visby|Jonas/i);
    await ctx.services.bookingReminders.sendDue();
    expect(ctx.sms.sentTo(mobileOf('jonas'))).toHaveLength(1);
    expect(ctx.push.sentTo(endpoint)).toHaveLength(1);
  });

  it('no reminder for a hidden appointment type, a protected identity, a blocked account or a person without an account', async () => {
    for (let h = 0; h < 24 * 11; h += 6) {
      ctx.clock.set(new Date(TEST_START.getTime() + h * HOUR));
      await ctx.services.bookingReminders.sendDue();
    }
    const texts = ctx.sms.all().map((m) => m.to);
    // Anna has an account: her visits are reminded, the hidden type (day 5) is not among them.
    expect(ctx.sms.sentTo(mobileOf('anna')).length).toBe(2);
    expect(texts).not.toContain(swedishMobileE164('070-345 67 89')); // Lars: blocked
    expect(texts).not.toContain(mobileOf('oskar')); // Oskar: no account of his own
  });

  it('Swedish mobile numbers become E.164; anything else is not a mobile number', () => {
    expect(swedishMobileE164('070-123 45 67')).toBe('+46701234567');
    expect(swedishMobileE164('+46 70 123 45 67')).toBe('+46701234567');
    expect(swedishMobileE164('0498-26 80 00')).toBeNull();
    expect(swedishMobileE164(null)).toBeNull();
    fc.assert(
      fc.property(fc.stringMatching(/^07\d{8}$/), (n) => {
        expect(swedishMobileE164(n)).toBe(`+46${n.slice(1)}`);
      }),
    );
  });

  it('the reminder names only the time', () => {
    expect(reminderText(new Date('2026-12-01T12:00:00Z'))).toBe('Påminnelse från Vårdkontakten: du har en bokad tid tisdag 1 december kl. 13:00. Logga in i Vårdkontakten för att se var och hur du förbereder dig.');
  });
});
