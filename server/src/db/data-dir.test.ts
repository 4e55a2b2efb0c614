import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { count } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { seedDemoData } from '../seed/seed-demo.ts';
import { openDatabase } from './client.ts';
import { acquireDataDirLock, DataDirLockedError } from './data-dir-lock.ts';
import { residents } from './schema/index.ts';

const freshDir = () => mkdtempSync(join(tmpdir(), 'vk-data-'));

describe('the embedded database folder', () => {
  it('a folder owned by another running server process is refused', async () => {
    const dir = freshDir();
    const other = spawn('sleep', ['30']);
    try {
      writeFileSync(join(dir, 'server.lock'), String(other.pid));
      expect(() => acquireDataDirLock(dir)).toThrow(DataDirLockedError);
    } finally {
      other.kill();
    }
  });

  it('a lock left by a process that no longer runs is taken over, and released on close', async () => {
    const dir = freshDir();
    writeFileSync(join(dir, 'server.lock'), '999999999');
    const release = acquireDataDirLock(dir);
    expect(readFileSync(join(dir, 'server.lock'), 'utf8')).toBe(String(process.pid));
    release();
    expect(existsSync(join(dir, 'server.lock'))).toBe(false);
  });

  it('a second start keeps the data of the first and seeds nothing again', async () => {
    const dir = freshDir();
    const first = await openDatabase({ kind: 'pglite', dataDir: dir });
    expect(await seedDemoData(first.db, new Date('2026-11-22T09:00:00Z'))).toBe(true);
    const [seeded] = await first.db.select({ n: count() }).from(residents);
    await first.close();

    const second = await openDatabase({ kind: 'pglite', dataDir: dir });
    try {
      expect(await seedDemoData(second.db, new Date('2026-11-23T09:00:00Z'))).toBe(false);
      const [kept] = await second.db.select({ n: count() }).from(residents);
      expect(kept!.n).toBe(seeded!.n);
      expect(seeded!.n).toBeGreaterThanOrEqual(30);
    } finally {
      await second.close();
    }
  });
});
