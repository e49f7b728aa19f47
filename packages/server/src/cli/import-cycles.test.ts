import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const cliDir = dirname(fileURLToPath(import.meta.url));
const srcDir = resolve(cliDir, '..');

/** Relative imports of a file (type-only ones too), resolved to .ts files that exist. */
function localImports(file: string): string[] {
  const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
  return importedFiles
    .map((i) => i.fileName)
    .filter((name) => name.startsWith('.'))
    .map((name) => resolve(dirname(file), name.replace(/\.js$/u, '.ts')))
    .filter((path) => existsSync(path));
}

/** Import cycles reachable from the entry files that pass through `concerning`, each as the files around it. */
function importCycles(entries: readonly string[], within: string, concerning: string): string[][] {
  const cycles: string[][] = [];
  const done = new Set<string>();
  const stack: string[] = [];
  const visit = (file: string) => {
    const at = stack.indexOf(file);
    if (at !== -1) {
      const cycle = [...stack.slice(at), file];
      if (cycle.some((f) => f.startsWith(concerning))) cycles.push(cycle);
      return;
    }
    if (done.has(file)) return;
    stack.push(file);
    for (const next of localImports(file)) if (next.startsWith(within)) visit(next);
    stack.pop();
    done.add(file);
  };
  for (const entry of entries) visit(entry);
  return cycles;
}

const sourceFiles = (dir: string) =>
  readdirSync(dir)
    .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))
    .map((name) => join(dir, name));

describe('imports of the CLI', () => {
  it('has no cycle (commands take their helpers from cli-io.ts, the dispatcher from commands.ts)', () => {
    const cycles = importCycles(sourceFiles(cliDir), srcDir, cliDir + '/').map((cycle) => cycle.map((f) => f.slice(srcDir.length + 1)).join(' → '));
    expect(cycles).toEqual([]);
  });

  it('finds a cycle when there is one, also through a type-only import', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kizuki-cycles-'));
    try {
      writeFileSync(join(dir, 'run.ts'), "import { a } from './a.command.js';\nexport const run = a;\n");
      writeFileSync(join(dir, 'a.command.ts'), "import type { Io } from './run.js';\nexport const a = (io: Io) => io;\n");
      writeFileSync(join(dir, 'b.ts'), "import { run } from './run.js';\nexport const b = run;\n");
      const cycles = importCycles(sourceFiles(dir), dir, dir).map((cycle) => cycle.map((f) => f.slice(dir.length + 1)));
      expect(cycles).toEqual([['a.command.ts', 'run.ts', 'a.command.ts']]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
