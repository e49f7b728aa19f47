import { loadConfig } from '../config.js';
import { openStore } from '../store/open-store.js';
import type { Store } from '../store/store.js';

/** What a command talks to: the environment and the two output streams. */
export interface CliIo {
  env: NodeJS.ProcessEnv;
  out: (text: string) => void;
  err: (text: string) => void;
  /** reads a secret (password) when it is not in the environment */
  readSecret?: (prompt: string) => Promise<string>;
  /** True when stderr is a terminal: progress is then a bar redrawn in place, else plain lines. */
  errIsTty?: boolean;
}

/** One command: resolves to the exit code (undefined = keep running, for servers). */
export type CommandRun = (args: string[], io: CliIo) => Promise<number | undefined> | number | undefined;

/** Opens the configured store, runs `fn`, and always closes the store. */
export async function withStore<T>(io: CliIo, fn: (store: Store) => Promise<T>): Promise<T> {
  const config = loadConfig(io.env);
  const store = await openStore(config.databaseUrl ? { databaseUrl: config.databaseUrl } : { dataDir: config.dataDir });
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}
