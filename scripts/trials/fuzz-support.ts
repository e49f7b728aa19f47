/**
 * What the fuzzers share: a property run a bounded number of times, reported as figures (runs,
 * failures with the shrunk counterexample) rather than thrown, so the trial can print them all.
 */
import fc from 'fast-check';

export interface FuzzOutcome {
  name: string;
  runs: number;
  failures: string[];
  ms: number;
}

export interface FuzzOptions {
  /** how many inputs each property tries */
  numRuns: number;
  /** fixed seed to replay a run; random otherwise */
  seed?: number;
}

/** Runs one property (the examples first, every time); a failure carries the seed, the path and the shrunk counterexample. */
export async function runProperty<Ts extends [unknown, ...unknown[]]>(name: string, property: fc.IAsyncProperty<Ts> | fc.IProperty<Ts>, options: FuzzOptions, examples: Ts[] = []): Promise<FuzzOutcome> {
  const began = performance.now();
  const details = await fc.check(property as fc.IAsyncProperty<Ts>, { numRuns: options.numRuns, examples, ...(options.seed !== undefined ? { seed: options.seed } : {}) });
  const failures = details.failed
    ? [`${name}: ${details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance)} (seed ${details.seed}, path ${details.counterexamplePath ?? ''}; counterexample ${fc.stringify(details.counterexample).slice(0, 1500)})`]
    : [];
  return { name, runs: details.numRuns, failures, ms: performance.now() - began };
}

export const japanese = /[ぁ-んァ-ヶ一-龠]/u;

/** A refusal as the API and the readers give it: a stable snake_case code and a Japanese message. */
export function refusalProblem(error: unknown): string | undefined {
  const e = error as { code?: unknown; message?: unknown; name?: unknown };
  if (typeof e?.code !== 'string' || !/^[a-z_]+$/u.test(e.code)) return `not a KizukiError: ${String(error)} ${(error as Error)?.stack ?? ''}`.slice(0, 1500);
  if (e.code === 'internal') return `internal error: ${String(e.message)}`;
  if (typeof e.message !== 'string' || !japanese.test(e.message)) return `refusal without a Japanese message: ${String(e.message)}`;
  return undefined;
}
