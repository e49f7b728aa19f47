import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * The types of the server's JSON answers live in core, where the server builds its answers with
 * them; the web never declares its own copy. Every type named in the type argument of `apiRequest`
 * or `apiFetch` must come from `@kizuki/core`, directly or through a local alias built from a core
 * type (a view that types a body by kind). An interface or an alias made only of hand-written
 * object types is a copy the compiler cannot hold to the server.
 */

interface SourceText {
  path: string;
  text: string;
}

const webSrc = resolve(dirname(fileURLToPath(import.meta.url)), '../src');

function webSources(dir: string): SourceText[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return webSources(path);
    if (!/\.tsx?$/u.test(entry.name) || /\.test\.tsx?$/u.test(entry.name)) return [];
    return [{ path: relative(webSrc, path), text: readFileSync(path, 'utf8') }];
  });
}

/** Names a type node refers to (A in `A`, `A[]`, `{ x: A }`, `Omit<A, 'k'> & B<C>`). */
function referencedNames(node: ts.Node): string[] {
  const names: string[] = [];
  const visit = (n: ts.Node) => {
    if (ts.isTypeReferenceNode(n) && ts.isIdentifier(n.typeName)) names.push(n.typeName.text);
    ts.forEachChild(n, visit);
  };
  visit(node);
  return names;
}

/** Every type named in an answer's type argument that is not core's, as `file: Name in <argument>`. */
function handWrittenAnswerTypes(sources: readonly SourceText[]): string[] {
  const coreNames = new Set<string>();
  const aliases = new Map<string, string[]>();
  const interfaces = new Set<string>();
  const answers: { path: string; argument: ts.TypeNode }[] = [];
  for (const { path, text } of sources) {
    const file = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, path.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
    const visit = (node: ts.Node) => {
      if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier) && node.moduleSpecifier.text === '@kizuki/core') {
        const bindings = node.importClause?.namedBindings;
        if (bindings && ts.isNamedImports(bindings)) for (const element of bindings.elements) coreNames.add(element.name.text);
      }
      if (ts.isInterfaceDeclaration(node)) interfaces.add(node.name.text);
      if (ts.isTypeAliasDeclaration(node)) aliases.set(node.name.text, referencedNames(node.type));
      if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && (node.expression.text === 'apiRequest' || node.expression.text === 'apiFetch')) {
        for (const argument of node.typeArguments ?? []) answers.push({ path, argument });
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  const fromCore = (name: string, seen: ReadonlySet<string> = new Set()): boolean => {
    if (coreNames.has(name) && !interfaces.has(name)) return true;
    const refs = aliases.get(name);
    if (refs === undefined || seen.has(name)) return false;
    return refs.some((ref) => fromCore(ref, new Set([...seen, name])));
  };
  const typeParameters = new Set(['K', 'T']);
  return answers.flatMap(({ path, argument }) =>
    referencedNames(argument)
      .filter((name) => !typeParameters.has(name) && !fromCore(name))
      .map((name) => `${path}: ${name} in <${argument.getText()}>`),
  );
}

describe('answer types in the web', () => {
  it('are core types, never local copies of what the server answers', () => {
    expect(handWrittenAnswerTypes(webSources(webSrc))).toEqual([]);
  });

  it('finds a hand-written interface or object alias, and accepts core types and views built from them', () => {
    const sources: SourceText[] = [
      {
        path: 'api/endpoints.ts',
        text: [
          "import type { SessionAnswer, StoredDocument } from '@kizuki/core';",
          'export interface Session { user: { id: string }; csrfToken: string }',
          'type Grantee = { id: string; name: string };',
          "type DocumentView = Omit<StoredDocument, 'body'> & { body: string };",
          "export const a = () => apiRequest<Session>('/api/auth/me');",
          "export const b = () => apiRequest<{ organizations: Grantee[] }>('/api/grants/candidates');",
          "export const c = () => apiRequest<SessionAnswer>('/api/auth/me');",
          "export const d = () => apiRequest<{ document: DocumentView }>('/api/x');",
        ].join('\n'),
      },
    ];
    expect(handWrittenAnswerTypes(sources)).toEqual([
      'api/endpoints.ts: Session in <Session>',
      'api/endpoints.ts: Grantee in <{ organizations: Grantee[] }>',
    ]);
  });
});
