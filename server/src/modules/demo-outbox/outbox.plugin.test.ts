import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
  });
});
