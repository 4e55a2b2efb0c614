import { randomBytes, randomUUID } from 'node:crypto';
import { type QrVerification, verifyBankIdQrData } from '../../adapters/bankid/bankid-qr.ts';
import type { Clock } from '../../platform/clock.ts';
import type { DemoIdentity } from '../../seed/demo-people.ts';

/** BankID gives the user about three minutes; an order still pending then fails with expiredTransaction. */
const ORDER_LIFETIME_MS = 3 * 60_000;
/** An ended order's result can be collected again for a while, as with BankID; then the order is forgotten. */
const RETENTION_MS = 10 * 60_000;

export type OrderState =
  | { status: 'pending'; hintCode: 'outstandingTransaction' | 'userSign' }
  | { status: 'failed'; hintCode: 'userCancel' | 'cancelled' | 'expiredTransaction' | 'startFailed' }
  | { status: 'complete'; identity: DemoIdentity; deviceIp: string; completedAt: Date };

export interface SimOrder {
  orderRef: string;
  autoStartToken: string;
  qrStartToken: string;
  qrStartSecret: string;
  /** What the test app's forms carry: it names the order without revealing any of BankID's tokens. */
  appRef: string;
  endUserIp: string;
  /** With requirement.personalNumber only that person can answer, as in BankID. */
  requiredPersonalNumber?: string;
  requireMrtd: boolean;
  /** userVisibleData decoded from base64, shown in the test app. */
  userVisibleText?: string;
  createdAt: Date;
  state: OrderState;
}

export interface NewOrder {
  endUserIp: string;
  personalNumber?: string;
  mrtd?: boolean;
  userVisibleText?: string;
}

export type QrLookup = { ok: true; order: SimOrder } | Extract<QrVerification, { ok: false }>;

/** The simulator's orders, in memory: they live minutes, and a restart is like BankID forgetting them. */
export class SimulatorStore {
  private readonly orders = new Map<string, SimOrder>();

  constructor(private readonly clock: Clock) {}

  /** BankID's rule: a second order for the same person cancels the first, and is itself refused. */
  create(input: NewOrder): SimOrder | 'alreadyInProgress' {
    const live = this.live();
    if (input.personalNumber) {
      const running = live.find((o) => o.state.status === 'pending' && o.requiredPersonalNumber === input.personalNumber);
      if (running) {
        running.state = { status: 'failed', hintCode: 'cancelled' };
        return 'alreadyInProgress';
      }
    }
    const order: SimOrder = {
      orderRef: randomUUID(),
      autoStartToken: randomUUID(),
      qrStartToken: randomUUID(),
      qrStartSecret: randomBytes(16).toString('hex'),
      appRef: randomUUID(),
      endUserIp: input.endUserIp,
      requiredPersonalNumber: input.personalNumber,
      requireMrtd: input.mrtd ?? false,
      userVisibleText: input.userVisibleText,
      createdAt: this.clock.now(),
      state: { status: 'pending', hintCode: 'outstandingTransaction' },
    };
    this.orders.set(order.orderRef, order);
    return order;
  }

  byOrderRef(orderRef: string): SimOrder | undefined {
    return this.live().find((o) => o.orderRef === orderRef);
  }

  byAutoStartToken(token: string): SimOrder | undefined {
    return this.live().find((o) => o.autoStartToken === token);
  }

  byAppRef(appRef: string): SimOrder | undefined {
    return this.live().find((o) => o.appRef === appRef);
  }

  byQrData(data: string): QrLookup {
    const live = this.live();
    const now = this.clock.now().getTime();
    const find = (token: string) => live.find((o) => o.qrStartToken === token);
    const result = verifyBankIdQrData(data, (token) => {
      const order = find(token);
      return order && { qrStartSecret: order.qrStartSecret, secondsSinceOrder: Math.floor((now - order.createdAt.getTime()) / 1000) };
    });
    if (!result.ok) return result;
    const order = find(result.qrStartToken);
    return order ? { ok: true, order } : { ok: false, reason: 'unknownToken' };
  }

  /** The RP withdrew the order: BankID forgets it, so a later collect is refused. */
  cancel(orderRef: string): boolean {
    const order = this.byOrderRef(orderRef);
    return order !== undefined && this.orders.delete(order.orderRef);
  }

  /** The app has fetched the order and waits for the user. False once the order has ended. */
  open(order: SimOrder): boolean {
    if (order.state.status !== 'pending') return false;
    order.state = { status: 'pending', hintCode: 'userSign' };
    return true;
  }

  complete(order: SimOrder, identity: DemoIdentity, deviceIp: string): boolean {
    if (order.state.status !== 'pending') return false;
    order.state = { status: 'complete', identity, deviceIp, completedAt: this.clock.now() };
    return true;
  }

  fail(order: SimOrder, hintCode: 'userCancel' | 'startFailed'): boolean {
    if (order.state.status !== 'pending') return false;
    order.state = { status: 'failed', hintCode };
    return true;
  }

  /** Forgets old orders and expires unanswered ones, so every lookup sees the state as of now. */
  private live(): SimOrder[] {
    const now = this.clock.now().getTime();
    for (const order of this.orders.values()) {
      const age = now - order.createdAt.getTime();
      if (age >= RETENTION_MS) this.orders.delete(order.orderRef);
      else if (age >= ORDER_LIFETIME_MS && order.state.status === 'pending') order.state = { status: 'failed', hintCode: 'expiredTransaction' };
    }
    return [...this.orders.values()];
  }
}
