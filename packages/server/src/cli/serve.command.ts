import { loadConfig } from '../config.js';
import { startHttpServer } from '../http/serve.js';
import { openStore } from '../store/open-store.js';
import type { CliIo } from './cli-io.js';

/** `kizuki serve`: runs until SIGINT/SIGTERM, then closes the server and the database cleanly. */
export async function serveCommand(_args: string[], io: CliIo, defaults: { dataDir?: string } = {}, beforeListen?: (store: Awaited<ReturnType<typeof openStore>>) => Promise<void>): Promise<undefined> {
  const config = loadConfig(io.env, defaults);
  const store = await openStore(config.databaseUrl ? { databaseUrl: config.databaseUrl } : { dataDir: config.dataDir });
  try {
    if (beforeListen) await beforeListen(store);
    const server = await startHttpServer(store, config);
    io.out(`Kizuki（気づき）を起動しました: ${server.url}\n`);
    io.out(`データベース: ${config.databaseUrl ? 'PostgreSQL' : `SQLite (${config.dataDir})`}\n`);
    const stop = (signal: string) => {
      io.out(`\n${signal} を受け取りました。停止します…\n`);
      void server
        .close()
        .then(() => store.close())
        .then(() => process.exit(0));
    };
    process.once('SIGINT', () => stop('SIGINT'));
    process.once('SIGTERM', () => stop('SIGTERM'));
    return undefined;
  } catch (error) {
    await store.close();
    throw error;
  }
}
