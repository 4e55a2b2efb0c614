import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JanusSfu } from './janus.adapter.ts';
import { LocalMeshSfu } from './local-mesh.adapter.ts';
import { SfuRejectedError, type SfuPort } from './sfu.port.ts';

const ADMIN_KEY = `test-admin-${Math.random().toString(36).slice(2)}-key`;
const PORT = 3451;
let janus: ChildProcess | null = null;

/** Janus's rooms answer with the same bookkeeping as the embedded mesh's: a room with a pin, refused without it. */
function contract(name: string, make: () => SfuPort) {
  describe(`SFU port: ${name}`, () => {
    it('R-VM-1: a room is made with a pin, is known with it, and is gone after closing', async () => {
      const sfu = make();
      const room = { roomId: crypto.randomUUID(), pin: 'pin-0123456789', maxPublishers: 6, description: 'test' };
      await sfu.openRoom(room);
      expect(await sfu.roomInfo(room.roomId)).toMatchObject({ exists: true, pinRequired: true });
      await sfu.openRoom(room);
      await sfu.closeRoom(room);
      expect((await sfu.roomInfo(room.roomId)).exists).toBe(false);
      await sfu.close();
    });

    it('R-VM-1: joining a room with the wrong pin is refused', async () => {
      const sfu = make();
      const room = { roomId: crypto.randomUUID(), pin: 'pin-0123456789', maxPublishers: 6, description: 'test' };
      await sfu.openRoom(room);
      await expect(sfu.publisher({ roomId: room.roomId, pin: 'wrong' }, crypto.randomUUID(), 'x')).rejects.toBeInstanceOf(SfuRejectedError);
      await sfu.closeRoom(room);
      await sfu.close();
    });
  });
}

contract('embedded mesh (forwards nothing)', () => new LocalMeshSfu(4));

const haveJanus = existsSync('/usr/bin/janus');
describe.runIf(haveJanus)('with Janus', () => {
  beforeAll(async () => {
    janus = spawn(process.execPath, ['scripts/video/janus.mjs', String(PORT), '3470-3479'], { env: { ...process.env, JANUS_ADMIN_KEY: ADMIN_KEY }, stdio: 'ignore' });
    const probe = new JanusSfu({ url: `ws://127.0.0.1:${PORT}`, adminKey: ADMIN_KEY, maxPublishers: 6 });
    for (let i = 0; i < 100; i++) {
      if (await probe.roomInfo('none').then(() => true, () => false)) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    await probe.close();
  });
  afterAll(() => {
    janus?.kill('SIGTERM');
  });
  contract('Janus VideoRoom', () => new JanusSfu({ url: `ws://127.0.0.1:${PORT}`, adminKey: ADMIN_KEY, maxPublishers: 6 }));

  it('R-VM-1: a room cannot be made without the admin key', async () => {
    const sfu = new JanusSfu({ url: `ws://127.0.0.1:${PORT}`, adminKey: 'not-the-admin-key-at-all', maxPublishers: 6 });
    await expect(sfu.openRoom({ roomId: crypto.randomUUID(), pin: 'p', maxPublishers: 6, description: 'x' })).rejects.toBeInstanceOf(SfuRejectedError);
    await sfu.close();
  });
});
