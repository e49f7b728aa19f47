/**
 * Writes files/<case>.zip for every case of cases.ts (fictional data only). Regenerate after
 * changing a case or the CSV exporter, and commit the files:
 *
 *   node --import tsx packages/server/src/csv/malformed-corpus/generate.ts
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { malformedCases } from './cases.js';

export const corpusFilesDir = fileURLToPath(new URL('./files/', import.meta.url));

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  mkdirSync(corpusFilesDir, { recursive: true });
  for (const name of readdirSync(corpusFilesDir)) rmSync(join(corpusFilesDir, name));
  for (const c of malformedCases) writeFileSync(join(corpusFilesDir, `${c.name}.zip`), c.zip());
  console.log(`${malformedCases.length} files in ${corpusFilesDir}`);
}
