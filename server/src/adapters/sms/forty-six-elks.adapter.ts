import { z } from 'zod';
import type { SmsMessage, SmsPort } from './sms.port.ts';

export interface FortySixElksOptions {
  username: string;
  password: string;
  /** Sender shown on the phone: up to 11 letters or a phone number. */
  from: string;
  baseUrl?: string;
}

const sent = z.object({ id: z.string(), status: z.string() });

/** 46elks, a Swedish SMS gateway: POST /a1/sms with basic auth and a form body. */
export class FortySixElksSms implements SmsPort {
  constructor(private readonly options: FortySixElksOptions) {}

  async send(message: SmsMessage): Promise<{ id: string }> {
    const response = await fetch(`${this.options.baseUrl ?? 'https://api.46elks.com'}/a1/sms`, {
      method: 'POST',
      headers: {
        authorization: `Basic ${Buffer.from(`${this.options.username}:${this.options.password}`).toString('base64')}`,
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: new URLSearchParams({ from: this.options.from, to: message.to, message: message.text }),
      signal: AbortSignal.timeout(10_000),
    });
    if (!response.ok) throw new Error(`SMS gateway answered ${response.status}`);
    const body = sent.parse(await response.json());
    if (body.status === 'failed') throw new Error('SMS gateway could not send the message');
    return { id: body.id };
  }
}
