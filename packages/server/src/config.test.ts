import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { loadConfig } from './config.js';

describe('loadConfig', () => {
  it('defaults to SQLite in ./data on port 3000', () => {
    const config = loadConfig({});
    expect(config.databaseUrl).toBeUndefined();
    expect(config.dataDir).toBe(resolve('./data'));
    expect(config.port).toBe(3000);
  });

  it('reads DATABASE_URL, KIZUKI_DATA_DIR and PORT', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://x@y/z', KIZUKI_DATA_DIR: '/tmp/k', PORT: '8080' });
    expect(config).toMatchObject({ databaseUrl: 'postgres://x@y/z', dataDir: '/tmp/k', port: 8080 });
  });

  it('refuses a port that is not a number, in Japanese', () => {
    expect(() => loadConfig({ PORT: 'abc' })).toThrow('ポート番号');
  });
});
