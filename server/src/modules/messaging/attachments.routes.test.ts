import { randomUUID } from 'node:crypto';
import { count, isNotNull } from 'drizzle-orm';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EICAR_TEST_FILE } from '../../adapters/virus-scanner/eicar.ts';
import { messageAttachments } from '../../db/schema/index.ts';
import type { TestBrowser } from '../../testing/test-browser.ts';
import { TestContext } from '../../testing/test-context.ts';
import { upload } from '../../testing/multipart.ts';

let ctx: TestContext;
let jonas: TestBrowser;
let johan: TestBrowser;
let conversationId: string;
let png: Buffer;
beforeAll(async () => {
  ctx = await TestContext.create();
  jonas = await ctx.residentBrowser('jonas');
  johan = await ctx.staffBrowser('johan-holm', 'Visby vårdcentral');
  const visby = ((await jonas.get('/api/me/chat/start-options')).json() as { units: { unitId: string; unitName: string }[] }).units.find((u) => u.unitName === 'Visby vårdcentral')!.unitId;
  conversationId = (await jonas.post('/api/me/conversations', { unitId: visby, errand: 'administrative', mode: 'async', answers: {}, bookingId: null, message: 'Se bild', clientId: randomUUID() })).json().conversationId;
  png = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#c33' } }).png().toBuffer();
});
afterAll(async () => ctx?.close());

const stored = async () => (await ctx.database.db.select({ n: count() }).from(messageAttachments))[0]!.n;

describe('R-MS-11: residents attach photos and documents; staff attach documents', () => {
  it('R-MS-11: a photo is checked, stored rebuilt, sent with a message and downloaded by both sides as an attachment that can run nothing', async () => {
    const res = await upload(jonas, `/api/me/conversations/${conversationId}/attachments`, 'utslag.png', png);
    expect(res.statusCode, res.body).toBe(201);
    const file = res.json();
    expect(file).toMatchObject({ name: 'utslag.png', contentType: 'image/png' });
    const sent = await jonas.post(`/api/me/conversations/${conversationId}/messages`, { clientId: randomUUID(), body: 'Här är bilden', attachmentIds: [file.id] });
    expect(sent.statusCode, sent.body).toBe(201);
    expect(sent.json().message.attachments).toEqual([file]);
    for (const [browser, path] of [
      [jonas, `/api/me/attachments/${file.id}`],
      [johan, `/api/staff/attachments/${file.id}`],
    ] as const) {
      const download = await browser.get(path);
      expect(download.statusCode).toBe(200);
      expect(download.headers['content-type']).toBe('image/png');
      expect(download.headers['content-disposition']).toMatch(/^attachment; filename="utslag.png"/);
      expect(download.headers['content-security-policy']).toBe("sandbox; default-src 'none'");
      expect(download.headers['x-content-type-options']).toBe('nosniff');
      expect((await sharp(download.rawPayload).metadata()).width).toBe(40);
    }
  });

  it('R-MS-11: hostile and mislabelled files are refused with a reason naming the field, and nothing is stored', async () => {
    const before = await stored();
    const html = Buffer.from('<html><script>alert(1)</script></html>');
    const refused = await upload(jonas, `/api/me/conversations/${conversationId}/attachments`, 'foto.png', html);
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error).toMatchObject({ code: 'attachment_type_not_allowed', field: 'file' });
    const infected = await upload(jonas, `/api/me/conversations/${conversationId}/attachments`, 'eicar.pdf', Buffer.concat([Buffer.from('%PDF-1.4\n'), EICAR_TEST_FILE]));
    expect(infected.statusCode).toBe(422);
    const big = await upload(jonas, `/api/me/conversations/${conversationId}/attachments`, 'stor.png', Buffer.concat([png, Buffer.alloc(10 * 1024 * 1024)]));
    expect(big.statusCode).toBe(413);
    expect(big.json().error).toMatchObject({ code: 'attachment_too_large', field: 'file' });
    const wrongField = await upload(jonas, `/api/me/conversations/${conversationId}/attachments`, 'a.png', png, 'photo');
    expect(wrongField.json().error.field).toBe('file');
    const notMultipart = await jonas.post(`/api/me/conversations/${conversationId}/attachments`, { file: 'x' });
    expect(notMultipart.statusCode).toBe(400);
    expect(await stored()).toBe(before);
  });

  it('someone else’s file cannot be fetched or sent, and a resident never fetches the file of an internal note', async () => {
    const anna = await ctx.residentBrowser('anna');
    const mine = (await upload(jonas, `/api/me/conversations/${conversationId}/attachments`, 'a.png', png)).json();
    expect((await anna.get(`/api/me/attachments/${mine.id}`)).statusCode).toBe(404);
    expect((await upload(anna, `/api/me/conversations/${conversationId}/attachments`, 'a.png', png)).statusCode).toBe(404);
    const staffFile = (await upload(johan, `/api/staff/conversations/${conversationId}/attachments`, 'remiss.png', png)).json();
    const stolen = await jonas.post(`/api/me/conversations/${conversationId}/messages`, { clientId: randomUUID(), body: 'tar din fil', attachmentIds: [staffFile.id] });
    expect(stolen.statusCode).toBe(400);
    expect(stolen.json().error.field).toBe('attachmentIds');
    const note = await johan.post(`/api/staff/conversations/${conversationId}/messages`, { clientId: randomUUID(), body: 'Intern bild', kind: 'note', attachmentIds: [staffFile.id] });
    expect(note.statusCode, note.body).toBe(201);
    expect((await jonas.get(`/api/me/attachments/${staffFile.id}`)).statusCode).toBe(404);
    expect((await johan.get(`/api/staff/attachments/${staffFile.id}`)).statusCode).toBe(200);
    const hemse = await ctx.staffBrowser('ahmed-hassan', 'Hemse vårdcentral');
    expect((await hemse.get(`/api/staff/attachments/${staffFile.id}`)).statusCode).toBe(404);
  });

  it('files never sent are removed after a day; sent ones stay', async () => {
    const before = await stored();
    const sent = async () => (await ctx.database.db.select({ n: count() }).from(messageAttachments).where(isNotNull(messageAttachments.messageId)))[0]!.n;
    const sentBefore = await sent();
    const forgotten = await upload(jonas, `/api/me/conversations/${conversationId}/attachments`, 'glomd.png', png);
    expect(forgotten.statusCode, forgotten.body).toBe(201);
    expect(await stored()).toBe(before + 1);
    ctx.clock.advance(25 * 3_600_000);
    expect(await ctx.services.chat.attachments.removeUnsent()).toBeGreaterThanOrEqual(1);
    expect(await stored()).toBe(sentBefore);
    expect(await sent()).toBe(sentBefore);
  });
});
