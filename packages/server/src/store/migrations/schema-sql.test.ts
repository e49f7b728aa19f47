import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderSchemaSql } from './schema-sql.js';

const backends = ['sqlite', 'postgres'] as const;

describe('committed schema SQL', () => {
  for (const backend of backends) {
    it(`schema.${backend}.sql matches the migrations`, () => {
      const file = fileURLToPath(new URL(`./schema.${backend}.sql`, import.meta.url));
      const generated = renderSchemaSql(backend);
      if (process.env.KIZUKI_WRITE_SCHEMA_SQL === '1') writeFileSync(file, generated);
      // When this fails, the migrations changed: regenerate the file (see its header) and review the diff.
      expect(readFileSync(file, 'utf8')).toBe(generated);
    });
  }

  it('differs per backend where the dialects differ', () => {
    const sqlite = renderSchemaSql('sqlite');
    const postgres = renderSchemaSql('postgres');
    expect(postgres).toContain('collate "C"');
    expect(sqlite).not.toContain('collate "C"');
    expect(postgres).toContain('plpgsql');
    expect(sqlite).toContain('raise(abort');
  });
});
