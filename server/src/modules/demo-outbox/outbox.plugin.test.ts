import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalMailbox } from '../../adapters/mailbox/local-mailbox.adapter.ts';
import { TestContext } from '../../testing/test-context.ts';

let demo: TestContext;
let production: TestContext;
beforeAll(async () => {
  demo = await TestContext.create({ BANKID_SIMULATOR_ENABLED: 'true' });
  production = await TestContext.create();
});
afterAll(async () => {
  await demo?.close();
  await production?.close();
});

describe('the demo outbox shows what the embedded SMS gateway and push service would have delivered', () => {
  it('lists sent SMS and pushes newest first, as text that can run nothing', async () => {
    await demo.sms.send({ to: '+46701234567', text: 'Påminnelse <script>alert(1)</script>' });
    await demo.push.send({ endpoint: 'https://push.example.test/1', keys: { p256dh: 'a', auth: 'b' } }, { title: 'Vårdkontakten', body: 'Du har ett nytt meddelande.', url: '/meddelanden' });
    const page = await demo.browser().get('/demo/utkorg/');
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.body).toContain('+46701234567');
    expect(page.body).toContain('Påminnelse &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(page.body).not.toContain('<script>');
    expect(page.body).toContain('Du har ett nytt meddelande.');
    expect((await demo.browser().get('/demo/utkorg/outbox.css')).headers['content-type']).toMatch(/^text\/css/);
  });

  it('is not served outside demo mode', async () => {
    expect((await production.browser().get('/demo/utkorg/')).statusCode).toBe(404);
    expect((await production.browser().get('/demo/brevlada/')).statusCode).toBe(404);
  });
});

describe('R-DC-4: the demo mailbox page shows what reached the embedded mailbox service', () => {
  it('lists deliveries as text that can run nothing, and serves their PDFs', async () => {
    const mailbox = demo.mailbox as LocalMailbox;
    const [status] = await mailbox.isReachable(['199205771737']);
    const pdf = new Uint8Array(Buffer.from('%PDF-1.7 demo'));
    const result = await mailbox.deliverSecure(status!.serviceSupplier!, {
      header: { sender: { id: '232100-0198', name: 'Region Gotland' }, recipient: '199205771737', reference: 'ref-1', correlationId: 'ref-1' },
      message: { header: { id: 'ref-1', subject: 'Kallelse <script>alert(1)</script>', supportinfo: { text: 'Ring oss', phone: '0498' }, language: 'svSE' }, body: { contentType: 'text/plain', body: 'Se PDF' }, attachments: [{ contentType: 'application/pdf', filename: 'kallelse.pdf', body: pdf, checksum: 'x' }] },
    });
    const page = await demo.browser().get('/demo/brevlada/');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Kallelse &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(page.body).not.toContain('<script>');
    const file = await demo.browser().get(`/demo/brevlada/${result.transId}/0`);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(file.body).toBe('%PDF-1.7 demo');
    expect((await demo.browser().get(`/demo/brevlada/${result.transId}/7`)).statusCode).toBe(404);
  });
});
