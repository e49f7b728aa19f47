import { KizukiError, type FieldIssue } from '@kizuki/core';
import type { z } from 'zod';

/**
 * Parses input with a schema; on failure throws KizukiError('validation_failed') whose details
 * list every problem with its path (prefixed by `where`) and Japanese message.
 */
export function parseInput<T extends z.ZodType>(schema: T, input: unknown, where?: string): z.infer<T> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issues: FieldIssue[] = result.error.issues.map((issue) => ({
    path: [where, ...issue.path.map(String)].filter((p) => p !== undefined && p !== '').join('.'),
    message: issue.message,
    code: issue.code,
  }));
  const first = issues[0];
  const summary = first
    ? `入力内容に誤りがあります（${issues.length}件）。${first.path ? `${first.path}: ` : ''}${first.message}`
    : '入力内容に誤りがあります。';
  throw new KizukiError('validation_failed', summary, { issues });
}
