import type { z } from 'zod';
import { KizukiError, type FieldIssue } from '../errors/kizuki-error.js';
import { caseFileSchema, documentBodySchemas, type CaseFile, type DocumentBodyMap } from './document-bodies.js';
import { documentKindLabels, type DocumentKind } from './document-kind.js';
import { japaneseErrorMap } from './japanese-error-map.js';

/** Converts zod issues to FieldIssues with dotted paths (`needs.0.longTermGoals.1.period.end`). */
export function toFieldIssues(issues: readonly z.core.$ZodIssue[]): FieldIssue[] {
  return issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message, code: issue.code }));
}

function parseOrThrow<T>(schema: z.ZodType<T, unknown>, input: unknown, label: string): T {
  const result = schema.safeParse(input, { error: japaneseErrorMap });
  if (result.success) return result.data;
  const issues = toFieldIssues(result.error.issues);
  const first = issues[0];
  const summary = `${label}の入力内容に${issues.length}件の誤りがあります: ${first?.message ?? ''}`;
  throw new KizukiError('validation_failed', summary, { issues });
}

const typedSchemas: { [K in DocumentKind]: z.ZodType<DocumentBodyMap[K], unknown> } = documentBodySchemas;

/**
 * Validates and normalizes the body of a document of `kind`. Returns the parsed body
 * (normalized text, ISO dates, defaults filled in) or throws
 * KizukiError('validation_failed', Japanese summary, { issues: FieldIssue[] }).
 */
export function validateDocument<K extends DocumentKind>(kind: K, input: unknown): DocumentBodyMap[K] {
  return parseOrThrow(typedSchemas[kind], input, documentKindLabels[kind]);
}

/** Validates a whole case file (used by import and by test builders); throws like {@link validateDocument}. */
export function validateCaseFile(input: unknown): CaseFile {
  return parseOrThrow(caseFileSchema, input, 'ケースファイル');
}
