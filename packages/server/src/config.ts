import { KizukiError } from '@kizuki/core';
import { resolve } from 'node:path';

export interface Config {
  /** PostgreSQL connection string; when absent the embedded SQLite database is used */
  databaseUrl?: string;
  /** SQLite data directory */
  dataDir: string;
  port: number;
  host: string;
  secureCookies: boolean;
  /** Behind a reverse proxy: trust its X-Forwarded-* headers (KIZUKI_TRUST_PROXY=1). */
  trustProxy: boolean;
}

/** Reads the configuration from the environment (DATABASE_URL, KIZUKI_DATA_DIR, PORT, HOST, KIZUKI_SECURE_COOKIES, KIZUKI_TRUST_PROXY). */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, defaults: { dataDir?: string } = {}): Config {
  const portText = env.PORT ?? '3000';
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new KizukiError('bad_request', `環境変数 PORT の値「${portText}」はポート番号（0〜65535）ではありません。`);
  }
  const databaseUrl = env.DATABASE_URL?.trim() || undefined;
  return {
    ...(databaseUrl ? { databaseUrl } : {}),
    dataDir: resolve(env.KIZUKI_DATA_DIR?.trim() || defaults.dataDir || './data'),
    port,
    host: env.HOST?.trim() || '127.0.0.1',
    secureCookies: env.KIZUKI_SECURE_COOKIES === '1' || env.KIZUKI_SECURE_COOKIES === 'true',
    trustProxy: env.KIZUKI_TRUST_PROXY === '1' || env.KIZUKI_TRUST_PROXY === 'true',
  };
}
