import { config } from 'zod';

/**
 * The server's Content-Security-Policy allows no eval (script-src 'self'). zod compiles fast
 * object parsers with `new Function` and probes for it when the first schema is built; the probe
 * alone is reported as a CSP violation. Switched off here, before any schema of core is created:
 * main.tsx imports this module first.
 */
config({ jitless: true });
