import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { TrialOptions, TrialReport } from './support.js';

/**
 * The short version of every trial (`npm run trial -- NAME --short`): each must meet its target.
 * The full versions and their figures are in docs/reliability.md.
 */
const files = readdirSync(new URL('./', import.meta.url)).filter((f) => f.endsWith('.trial.ts'));
const databaseUrl = process.env.TEST_DATABASE_URL;

describe('reliability trials (short)', () => {
  it('finds the trials', () => {
    expect(files).toEqual(expect.arrayContaining(['crash-durability.trial.ts', 'concurrent-edits.trial.ts']));
  });
  for (const file of files) {
    it(`${file} meets its target`, { timeout: 240_000 }, async () => {
      const mod = (await import(new URL(file, import.meta.url).href)) as { run(options: TrialOptions): Promise<TrialReport> };
      const report = await mod.run({ short: true, ...(databaseUrl ? { databaseUrl } : {}) });
      expect(report.failures).toEqual([]);
      expect(report.lines.length).toBeGreaterThan(0);
    });
  }
});
