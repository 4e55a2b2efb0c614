/** A socket may send this many frames at once (a video call's candidates, a tab's subscriptions on reconnect)… */
export const FRAME_BURST = 200;
/** …and this many a second after that, well above what a person's tab sends (typing is sent every few seconds). */
export const FRAMES_PER_SECOND = 50;
/** A socket may be refused this many frames, and one more a second; past that it ignores the refusals and is closed. */
export const REFUSALS_BURST = 100;
export const REFUSALS_PER_SECOND = 1;

/**
 * How many frames one socket may send: a token bucket that holds `burst` and refills `perSecond`.
 * Every frame costs the server a parse and most a database round trip, so one signed-in tab must
 * not be able to keep a process busy on its own.
 */
export class FrameBudget {
  private tokens: number;
  private at: number;

  constructor(
    private readonly burst: number,
    private readonly perSecond: number,
    now: number,
  ) {
    this.tokens = burst;
    this.at = now;
  }

  /** Spends one frame's worth if there is one; false when the socket has sent too many. */
  take(now: number): boolean {
    // A clock that steps back refills nothing (and takes nothing back).
    if (now > this.at) {
      this.tokens = Math.min(this.burst, this.tokens + ((now - this.at) * this.perSecond) / 1000);
      this.at = now;
    }
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}

/** The client id a frame names, read before it is validated, so that even a refusal can name it. */
export function clientIdOf(data: string): string | null {
  try {
    const id = (JSON.parse(data) as { clientId?: unknown }).clientId;
    return typeof id === 'string' && /^[0-9a-f-]{36}$/i.test(id) ? id : null;
  } catch {
    return null;
  }
}
