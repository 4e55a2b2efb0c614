import { ReverseProxy } from './reverse-proxy.ts';
import { ScratchDatabase } from './scratch-database.ts';
import { freePort, ServerProcess } from './server-process.ts';

/**
 * Two real server processes on one scratch PostgreSQL database behind nginx with the example
 * configuration (deploy/nginx.conf), as docs/operations.md describes. The first migrates and seeds
 * the demo region; the second finds it done. The database is connected for the test to read.
 */
export class TwoProcessesBehindNginx {
  private constructor(
    readonly db: ScratchDatabase,
    readonly a: ServerProcess,
    readonly b: ServerProcess,
    readonly proxy: ReverseProxy,
  ) {}

  static async start(adminUrl: string): Promise<TwoProcessesBehindNginx> {
    const db = await ScratchDatabase.create(adminUrl);
    const [pa, pb, pp] = [await freePort(), await freePort(), await freePort()];
    const env = { DATABASE_URL: db.url, PUBLIC_URL: `http://127.0.0.1:${pp}`, TRUST_PROXY: 'true', SEED_DEMO_DATA: 'true' };
    const a = new ServerProcess(pa, env);
    const b = new ServerProcess(pb, env);
    await a.start(60_000);
    await b.start(60_000);
    const proxy = new ReverseProxy(pp, [pa, pb]);
    await proxy.start();
    await db.connect();
    return new TwoProcessesBehindNginx(db, a, b, proxy);
  }

  async stop(): Promise<void> {
    await this.proxy.stop();
    await this.a.stop();
    await this.b.stop();
    await this.db.drop();
  }
}
