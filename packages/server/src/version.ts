import { readFileSync } from 'node:fs';

/** Kizuki's version, from the root package.json. */
export const kizukiVersion: string = (
  JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string }
).version;
