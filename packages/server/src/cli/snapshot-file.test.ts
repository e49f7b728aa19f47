import { describe, expect, it } from 'vitest';
import { parseSnapshot } from './snapshot-file.js';

describe('parseSnapshot', () => {
  it('reads a Kizuki backup', () => {
    const text = JSON.stringify({ format: 'kizuki-backup', version: 1, createdAt: '2025-04-01T00:00:00.000Z', tables: { clients: [] } });
    expect(parseSnapshot(text, 'b.json').tables).toEqual({ clients: [] });
  });

  it('names the file when it is truncated', () => {
    expect(() => parseSnapshot('{"format":"kizuki-b', 'cut.json')).toThrow('「cut.json」はJSONとして読めません');
  });

  it('refuses JSON that is not a Kizuki backup', () => {
    expect(() => parseSnapshot('{"format":"other","version":1,"createdAt":"x","tables":{}}', 'o.json')).toThrow('Kizukiのバックアップファイルではありません');
  });
});
