/**
 * Runs every benchmark module in scripts/bench/*.bench.ts (each exports
 * `run(): Promise<{ name: string; lines: string[] }>`) one after another and prints a report.
 * `npm run bench -- audit` runs only the modules whose file name contains "audit".
 * Arguments starting with -- are left to the modules (`npm run bench -- load --seconds=10`).
 */
import { readdirSync } from 'node:fs';
import { arch, availableParallelism, loadavg, platform } from 'node:os';

interface BenchModule {
  run(): Promise<{ name: string; lines: string[] }>;
}

function isBenchModule(value: unknown): value is BenchModule {
  return typeof value === 'object' && value !== null && typeof (value as { run?: unknown }).run === 'function';
}

const dir = new URL('./bench/', import.meta.url);
// Arguments starting with -- are options of the benchmarks themselves (e.g. load.bench.ts --seconds=10).
const filters = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts') && (filters.length === 0 || filters.some((x) => f.includes(x))))
  .sort();

const [load = 0] = loadavg();
console.log(`Kizuki benchmarks — Node ${process.version}, ${platform()} ${arch()}, ${availableParallelism()} CPUs, load average ${load.toFixed(1)} at start`);
let failed = 0;
const started = performance.now();
for (const file of files) {
  const began = performance.now();
  try {
    const mod: unknown = await import(new URL(file, dir).href);
    if (!isBenchModule(mod)) throw new Error('does not export run()');
    const { name, lines } = await mod.run();
    console.log(`\n== ${name} (scripts/bench/${file}, ${((performance.now() - began) / 1000).toFixed(1)} s)`);
    for (const line of lines) console.log(`  ${line}`);
  } catch (error) {
    failed += 1;
    console.log(`\n== ${file}: FAILED`);
    console.log(`  ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  }
}
console.log(`\n${files.length} benchmark module(s), ${failed} failed, ${((performance.now() - started) / 1000).toFixed(1)} s in all`);
if (failed > 0) process.exitCode = 1;
