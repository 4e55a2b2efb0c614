/** Text messages to residents' mobile phones (reminders; never medical content). */
export interface SmsMessage {
  /** E.164, e.g. +46701234567. */
  to: string;
  text: string;
}

export interface SmsPort {
  /** Sends one message; resolves with the gateway's id, rejects when the gateway refuses. */
  send(message: SmsMessage): Promise<{ id: string }>;
}
