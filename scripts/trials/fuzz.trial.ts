/**
 * Bad input and fuzzing: fast-check fuzzers for the 和暦 parser, policy pack YAML, the ケアプラン
 * データ連携 CSV reader (ZIP and folder) and every JSON body of the API through the real app on
 * SQLite (and PostgreSQL when TEST_DATABASE_URL is set). Target: no crash, no 5xx, every refusal a
 * stable code with a Japanese message, nothing half-saved.
 *
 *   npm run trial -- fuzz            (the long run: figures in docs/reliability.md)
 *   npm run trial -- fuzz --short    (what npm test runs)
 *   FUZZ_SEED=123 npm run trial -- fuzz   (replay one seed)
 */
import { fuzzApi } from './fuzz-api.js';
import { fuzzCsv } from './fuzz-csv.js';
import { fuzzPolicy } from './fuzz-policy.js';
import type { FuzzOptions, FuzzOutcome } from './fuzz-support.js';
import { fuzzWareki } from './fuzz-wareki.js';
import type { TrialOptions, TrialReport } from './support.js';

export async function run(options: TrialOptions): Promise<TrialReport> {
  const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : Date.now() % 2_147_483_647;
  const runs = (full: number, short: number): FuzzOptions => ({ numRuns: options.short ? short : full, seed });
  const outcomes: FuzzOutcome[] = [
    ...(await fuzzWareki(runs(200_000, 2_000))),
    ...(await fuzzPolicy(runs(3_000, 40))),
    ...(await fuzzCsv(runs(3_000, 40))),
    ...(await fuzzApi(runs(500, 4), options.databaseUrl)),
  ];
  const lines = [`seed ${seed}`, ...outcomes.map((o) => `${o.name}: ${o.runs} runs, ${o.failures.length} failures, ${(o.ms / 1000).toFixed(1)} s`)];
  return { name: 'Bad input and fuzzing', lines, failures: outcomes.flatMap((o) => o.failures) };
}
