/**
 * Runs reliability trials: `npm run trial -- NAME [--short]` runs scripts/trials/NAME.trial.ts
 * (each exports `run({ short, databaseUrl }): Promise<{ name, lines, failures }>`); without a
 * name, every trial. The PostgreSQL half runs when TEST_DATABASE_URL is set. Exit code 1 when a
 * trial misses its target.
 */
import { readdirSync } from 'node:fs';
import type { TrialOptions, TrialReport } from './trials/support.js';

interface TrialModule {
  run(options: TrialOptions): Promise<TrialReport>;
}

const dir = new URL('./trials/', import.meta.url);
const args = process.argv.slice(2);
const short = args.includes('--short');
const names = args.filter((a) => !a.startsWith('--'));
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.trial.ts') && (names.length === 0 || names.includes(f.replace(/\.trial\.ts$/u, ''))))
  .sort();
if (files.length === 0) {
  console.error(`試行「${names.join(', ')}」はありません。scripts/trials/ の *.trial.ts の名前を指定してください。`);
  process.exit(1);
}
const databaseUrl = process.env.TEST_DATABASE_URL;
console.log(`Kizuki trials — Node ${process.version}, ${short ? 'short' : 'full'}, backends: sqlite${databaseUrl ? ' + postgres' : ''}`);
let failed = 0;
for (const file of files) {
  const began = performance.now();
  const mod = (await import(new URL(file, dir).href)) as TrialModule;
  const report = await mod.run({ short, ...(databaseUrl ? { databaseUrl } : {}) });
  console.log(`\n== ${report.name} (scripts/trials/${file}, ${((performance.now() - began) / 1000).toFixed(1)} s)`);
  for (const line of report.lines) console.log(`  ${line}`);
  for (const failure of report.failures) console.log(`  FAIL ${failure}`);
  if (report.failures.length > 0) failed += 1;
}
if (failed > 0) process.exitCode = 1;
