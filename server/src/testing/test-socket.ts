import type { FastifyInstance } from 'fastify';
import type { WebSocket } from 'ws';
import type { TestBrowser } from './test-browser.ts';

export interface OpenSocket {
  socket: WebSocket;
  messages: unknown[];
  /** Resolves with the close code when the server closes the socket. */
  closed: Promise<number>;
}

/** Opens the app's WebSocket with a browser's cookies, through the same request pipeline as HTTP. */
export async function openSocket(app: FastifyInstance, browser: TestBrowser, origin = 'http://localhost:3000'): Promise<OpenSocket> {
  const cookie = [...browser.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  const messages: unknown[] = [];
  let closed!: Promise<number>;
  // Listen from the start: the server greets during the handshake, before injectWS resolves.
  const socket = await app.injectWS('/api/ws', { headers: { cookie, origin } }, {
    onInit: (ws) => {
      ws.on('message', (data) => messages.push(JSON.parse(String(data))));
      closed = new Promise<number>((resolve) => ws.on('close', (code) => resolve(code)));
    },
  });
  return { socket, messages, closed };
}

export function within<T>(promise: Promise<T>, ms: number): Promise<T> {
  return Promise.race([promise, new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`not within ${ms} ms`)), ms))]);
}

export type Frame = { type: string; [key: string]: unknown };

/** Waits until a frame matching `match` has arrived on the socket, and returns it. */
export async function frame(s: OpenSocket, match: (f: Frame) => boolean, ms = 5000): Promise<Frame> {
  const deadline = Date.now() + ms;
  for (;;) {
    const found = (s.messages as Frame[]).find(match);
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`no matching frame; got ${JSON.stringify(s.messages)}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}
