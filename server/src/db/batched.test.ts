import { describe, expect, it } from 'vitest';
import { batched } from './batched.ts';
import type { Db } from './client.ts';

const handle = () => ({}) as Db;
const tick = () => new Promise((r) => setTimeout(r, 0));

/** A loader whose batches finish when the test says so, recording the keys of each. */
function controlledLoader() {
  const batches: string[][] = [];
  const finish: (() => void)[] = [];
  const read = batched(async (_db, keys: string[]) => {
    batches.push(keys);
    await new Promise<void>((resolve) => finish.push(resolve));
    return new Map(keys.filter((k) => k !== 'missing').map((k) => [k, `row ${k}`]));
  });
  return { read, batches, finish };
}

describe('batched database calls', () => {
  it('a read alone goes at once; reads that arrive while a batch is on its way share the next query, each answered with its own row', async () => {
    const { read, batches, finish } = controlledLoader();
    const db = handle();
    const first = read(db, 'a');
    const later = ['b', 'c', 'b', 'missing'].map((k) => read(db, k));
    expect(batches).toEqual([['a']]);
    finish[0]!();
    await tick();
    expect(batches).toEqual([['a'], ['b', 'c', 'missing']]);
    const last = read(db, 'd');
    finish[1]!();
    await tick();
    expect(batches).toEqual([['a'], ['b', 'c', 'missing'], ['d']]);
    finish[2]!();
    expect(await Promise.all([first, ...later, last])).toEqual(['row a', 'row b', 'row c', 'row b', undefined, 'row d']);
  });

  it('a failed batch fails the reads in it and not the next', async () => {
    let calls = 0;
    const read = batched(async (_db, keys: string[]) => {
      calls++;
      if (calls === 1) throw new Error('connection lost');
      return new Map(keys.map((k) => [k, k]));
    });
    const db = handle();
    await expect(read(db, 'a')).rejects.toThrow('connection lost');
    expect(await read(db, 'b')).toBe('b');
  });

  it('reads on different database handles (a transaction and the pool) never share a query', async () => {
    const { read, batches, finish } = controlledLoader();
    const pool = handle();
    const transaction = handle();
    const reads = [read(pool, 'a'), read(pool, 'b'), read(transaction, 't')];
    // The pool's second read waits for its first to finish; the transaction's goes at once, alone.
    expect(batches).toEqual([['a'], ['t']]);
    finish[0]!();
    await tick();
    expect(batches).toEqual([['a'], ['t'], ['b']]);
    finish.forEach((f) => f());
    expect(await Promise.all(reads)).toEqual(['row a', 'row b', 'row t']);
  });

  it('a long queue goes in statements of at most 200 keys, in the order asked', async () => {
    const { read, batches, finish } = controlledLoader();
    const db = handle();
    const keys = Array.from({ length: 451 }, (_, i) => `k${i}`);
    const reads = keys.map((k) => read(db, k));
    for (let i = 0; i < 3; i++) {
      finish[i]!();
      await tick();
    }
    expect(batches.map((b) => b.length)).toEqual([1, 200, 200, 50]);
    expect(batches.flat()).toEqual(keys);
    finish[3]!();
    expect(await Promise.all(reads)).toEqual(keys.map((k) => `row ${k}`));
  });
});
