import { isKizukiError, validateDocument, type DocumentBody, type DocumentKind, type FieldIssue } from '@kizuki/core';

/** Placeholder id for validating a document that the server has not created yet. */
const unsavedId = 'unsaved';

function withId(body: unknown, id: string | undefined): Record<string, unknown> {
  const record = (body ?? {}) as Record<string, unknown>;
  const current = typeof record.id === 'string' && record.id !== '' ? record.id : undefined;
  return { ...record, id: current ?? id ?? unsavedId };
}

/** Turns FieldIssues into `{ 'needs.0.text': 'メッセージ' }`, keeping the first message per path. */
export function issuesToFieldErrors(issues: readonly FieldIssue[]): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of issues) errors[issue.path] ??= issue.message;
  return errors;
}

/** Reads `details.issues` of a validation_failed error (server or core). */
export function issuesOf(details: unknown): FieldIssue[] {
  const issues = (details as { issues?: unknown } | undefined)?.issues;
  return Array.isArray(issues) ? (issues as FieldIssue[]).filter((i) => typeof i?.path === 'string' && typeof i.message === 'string') : [];
}

/** Field errors of a body under the core schema of its kind (Japanese messages keyed by dotted path). */
export function documentFieldErrors(kind: DocumentKind, body: unknown, id?: string): Record<string, string> {
  if (body === undefined) return {};
  try {
    validateDocument(kind, withId(body, id));
    return {};
  } catch (error) {
    if (isKizukiError(error)) return issuesToFieldErrors(issuesOf(error.details));
    throw error;
  }
}

/** The normalized body, or undefined when it does not validate. */
export function normalizedBody<K extends DocumentKind>(kind: K, body: unknown, id?: string): DocumentBody<K> | undefined {
  try {
    return validateDocument(kind, withId(body, id));
  } catch {
    return undefined;
  }
}

/** True when both bodies mean the same document once normalized (blank text = missing, 和暦 = ISO …). */
export function sameDocumentContent(kind: DocumentKind, a: unknown, b: unknown): boolean {
  const left = normalizedBody(kind, a, 'x');
  const right = normalizedBody(kind, b, 'x');
  if (left === undefined || right === undefined) return JSON.stringify(a) === JSON.stringify(b);
  return stableStringify(left) === stableStringify(right);
}

/** JSON with object keys sorted, so key order does not count as a difference. */
export function stableStringify(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}
