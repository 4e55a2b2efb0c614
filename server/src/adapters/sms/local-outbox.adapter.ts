import { randomUUID } from 'node:crypto';
import type { SmsMessage, SmsPort } from './sms.port.ts';

/**
 * The embedded SMS gateway: messages are kept in this process, newest first, so a demo or a test can
 * see exactly what a resident's phone would have received. Nothing leaves the machine.
 */
export class LocalSmsOutbox implements SmsPort {
  private readonly messages: (SmsMessage & { id: string; at: Date })[] = [];

  constructor(private readonly keep = 200) {}

  async send(message: SmsMessage): Promise<{ id: string }> {
    const id = randomUUID();
    this.messages.unshift({ ...message, id, at: new Date() });
    this.messages.length = Math.min(this.messages.length, this.keep);
    return { id };
  }

  sentTo(number: string): SmsMessage[] {
    return this.messages.filter((m) => m.to === number);
  }

  all(): readonly (SmsMessage & { id: string; at: Date })[] {
    return this.messages;
  }
}
