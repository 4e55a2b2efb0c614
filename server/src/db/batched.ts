import type { Db } from './client.ts';

interface Waiting<K, V> {
  key: K;
  resolve: (value: V | undefined) => void;
  reject: (error: unknown) => void;
}

interface HandleState<K, V> {
  waiting: Waiting<K, V>[];
  inFlight: number;
}

/**
 * Batches per database handle that may run at once; later reads wait and go together in the next
 * one. One: in the booking rush two in flight halved the batches' size and cost a fifth of the
 * throughput (1,300–1,900 against 1,900–2,250 bookings/s), each round trip being the expensive part.
 */
const MAX_IN_FLIGHT = 1;

/**
 * Keys in one statement at most; the rest go in the next. A thousand at once (a closed loop of two
 * thousand chat clients) made statements that took longer per key than small ones, as the planner,
 * expecting few rows, joins the batch with itself in nested loops.
 */
const MAX_BATCH = 200;

/**
 * A database call by key that goes in batches: one statement for every key asked for while the
 * previous batch was on its way. Alone, a call goes at once, so nothing waits when the
 * server is quiet; under load, many requests share one round trip. Each round trip costs the
 * server a system call and a wake-up of PostgreSQL that, on these machines, cost as much as
 * building and parsing the whole request, so the reads every request makes (its session, what
 * the person may do at a unit) and a rush's bookings were what bounded throughput.
 *
 * `loadMany` answers for the keys it is given (each once); a key it leaves out answers undefined.
 * A failed batch fails every call in it.
 */
export function batched<K, V>(loadMany: (db: Db, keys: K[]) => Promise<Map<K, V>>): (db: Db, key: K) => Promise<V | undefined> {
  const states = new WeakMap<Db, HandleState<K, V>>();
  const dispatch = (db: Db, state: HandleState<K, V>): void => {
    if (state.inFlight >= MAX_IN_FLIGHT || state.waiting.length === 0) return;
    const batch = state.waiting.splice(0, MAX_BATCH);
    state.inFlight++;
    loadMany(db, [...new Set(batch.map((w) => w.key))])
      .then(
        (found) => {
          for (const w of batch) w.resolve(found.get(w.key));
        },
        (error: unknown) => {
          for (const w of batch) w.reject(error);
        },
      )
      .finally(() => {
        state.inFlight--;
        dispatch(db, state);
      });
  };
  return (db, key) => {
    let state = states.get(db);
    if (!state) {
      state = { waiting: [], inFlight: 0 };
      states.set(db, state);
    }
    const current = state;
    return new Promise<V | undefined>((resolve, reject) => {
      current.waiting.push({ key, resolve, reject });
      dispatch(db, current);
    });
  };
}
