import { serve, type ServerType } from '@hono/node-server';
import { fileURLToPath } from 'node:url';
import { LoginThrottle } from '../auth/login-throttle.js';
import type { Config } from '../config.js';
import { purgeExpiredAccessLog } from '../services/security-settings.service.js';
import type { Store } from '../store/store.js';
import { kizukiVersion } from '../version.js';
import { createApp } from './app.js';

/** Where `npm run build -w @kizuki/web` puts the UI. */
export const defaultWebRoot = fileURLToPath(new URL('../../../web/dist', import.meta.url));

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Serves the API and UI for an open store until `close()`; the store stays the caller's to close. */
export async function startHttpServer(store: Store, config: Pick<Config, 'port' | 'host' | 'secureCookies' | 'trustProxy'>, webRoot = defaultWebRoot): Promise<RunningServer> {
  // Entries past each organization's retention go at start (as `kizuki access-log purge` does).
  await purgeExpiredAccessLog({ store, now: () => new Date() }, { userId: 'system' });
  const app = createApp({
    store,
    now: () => new Date(),
    throttle: new LoginThrottle(),
    secureCookies: config.secureCookies,
    trustProxy: config.trustProxy,
    webRoot,
    version: kizukiVersion,
  });
  const server = await new Promise<ServerType>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, () => resolve(s));
    s.once('error', reject);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const shownHost = config.host === '0.0.0.0' ? 'localhost' : config.host;
  return {
    url: `http://${shownHost}:${port}`,
    port,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
