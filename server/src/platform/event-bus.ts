/**
 * Events between server processes that share one database (ARCHITECTURE: realtime fan-out). Each
 * process delivers its own events to its own connections directly; the bus carries them to the
 * other processes only. Events hold ids, never content: a receiver reads what it needs.
 */
export interface EventBus<E> {
  publish(event: E): void;
  onRemote(handler: (events: E[]) => void): void;
  close(): Promise<void>;
}

/** One process: nobody else to tell. */
export class InProcessEventBus<E> implements EventBus<E> {
  publish(): void {}
  onRemote(): void {}
  async close(): Promise<void> {}
}
