import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * No import cycle among the modules of a package. In a cycle, a module can be evaluated before one it
 * imports, so a value it reads at load (a table of checks, a constant) is silently `undefined`.
 * `import type` and `export type … from` vanish at run time and are ignored; `import { type X }` is
 * kept (verbatimModuleSyntax leaves the import in place) and counts.
 */

const serverSrc = resolve(dirname(fileURLToPath(import.meta.url)));
const coreSrc = resolve(serverSrc, '../../core/src');
const webSrc = resolve(serverSrc, '../../web/src');

function resolveLocal(from: string, specifier: string): string | undefined {
  const base = resolve(dirname(from), specifier);
  const stem = base.replace(/\.(js|jsx)$/u, '');
  for (const candidate of [`${stem}.ts`, `${stem}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')]) {
    if (existsSync(candidate)) return candidate;
  }
  return undefined;
}

/** The relative imports of a file that are evaluated at run time (static imports and re-exports). */
function runtimeImports(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: string[] = [];
  for (const statement of source.statements) {
    let specifier: ts.Expression | undefined;
    if (ts.isImportDeclaration(statement) && !statement.importClause?.isTypeOnly) specifier = statement.moduleSpecifier;
    if (ts.isExportDeclaration(statement) && !statement.isTypeOnly) specifier = statement.moduleSpecifier;
    if (!specifier || !ts.isStringLiteral(specifier) || !specifier.text.startsWith('.')) continue;
    const target = resolveLocal(file, specifier.text);
    if (target) found.push(target);
  }
  return found;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/u.test(entry.name) && !/\.test\.tsx?$/u.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The import cycles of the files under `root`: each strongly connected group of files, sorted. */
function importCycles(root: string): string[][] {
  const files = sourceFiles(root);
  const edges = new Map(files.map((f) => [f, runtimeImports(f).filter((t) => t.startsWith(root + '/'))]));
  // Tarjan's strongly connected components.
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const groups: string[][] = [];
  let next = 0;
  const visit = (file: string): void => {
    index.set(file, next);
    low.set(file, next);
    next += 1;
    stack.push(file);
    onStack.add(file);
    for (const target of edges.get(file) ?? []) {
      if (!index.has(target)) {
        visit(target);
        low.set(file, Math.min(low.get(file)!, low.get(target)!));
      } else if (onStack.has(target)) {
        low.set(file, Math.min(low.get(file)!, index.get(target)!));
      }
    }
    if (low.get(file) === index.get(file)) {
      const group: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        group.push(member);
      } while (member !== file);
      if (group.length > 1 || (edges.get(file) ?? []).includes(file)) groups.push(group.map((f) => relative(root, f)).sort());
    }
  };
  for (const file of files) if (!index.has(file)) visit(file);
  return groups;
}

describe('import cycles', () => {
  it.each([
    ['packages/server/src', serverSrc],
    ['packages/core/src', coreSrc],
    ['packages/web/src', webSrc],
  ])('%s has none', (_name, root) => {
    expect(importCycles(root)).toEqual([]);
  });

  it('finds a cycle, also through a re-export or an `import { type X }`, and ignores `import type`', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kizuki-cycles-'));
    try {
      mkdirSync(join(dir, 'checks'));
      writeFileSync(join(dir, 'service.ts'), "import { checks } from './checks/index.js';\nexport const run = () => checks;\nexport const readerOf = 1;\n");
      writeFileSync(join(dir, 'checks/index.ts'), "export { region } from './region.js';\nexport const checks = {};\n");
      writeFileSync(join(dir, 'checks/region.ts'), "import { readerOf } from '../service.js';\nexport const region = readerOf;\n");
      writeFileSync(join(dir, 'types.ts'), "import type { run } from './service.js';\nexport type Run = typeof run;\n");
      writeFileSync(join(dir, 'user.ts'), "import type { Run } from './types.js';\nimport { run } from './service.js';\nexport const r: Run = run;\n");
      writeFileSync(join(dir, 'a.tsx'), "import { type B } from './b.js';\nexport type A = B;\n");
      writeFileSync(join(dir, 'b.ts'), "import { type A } from './a.js';\nexport type B = A | 1;\n");
      expect(importCycles(dir).sort()).toEqual([['a.tsx', 'b.ts'], ['checks/index.ts', 'checks/region.ts', 'service.ts']]);
      writeFileSync(join(dir, 'checks/region.ts'), "import type { readerOf } from '../service.js';\nexport const region: typeof readerOf = 1;\n");
      writeFileSync(join(dir, 'b.ts'), "import type { A } from './a.js';\nexport type B = A | 1;\n");
      expect(importCycles(dir)).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
