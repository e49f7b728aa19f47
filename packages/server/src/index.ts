/** What other workspaces (the browser tests of the web UI) use of the server. */
export { startHttpServer, type RunningServer } from './http/serve.js';
export { openStore, type OpenStoreOptions } from './store/open-store.js';
export type { Store } from './store/store.js';
export { seedDemo } from './demo/seed-demo.js';
export { demoAccounts, demoPassword, demoTotpSecret } from './demo/demo-organizations.js';
export { totpCode, totpStep, hotp, base32Decode } from './auth/totp.js';
export type { KyselyStore } from './store/kysely-store.js';
