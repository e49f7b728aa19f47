/** Which integrity rule a driver error reports, in terms common to better-sqlite3 and `pg`. */
export type ConstraintViolation = 'unique' | 'foreign_key';

export function constraintViolation(error: unknown): ConstraintViolation | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  switch (error.code) {
    case 'SQLITE_CONSTRAINT_UNIQUE':
    case 'SQLITE_CONSTRAINT_PRIMARYKEY':
    case '23505':
      return 'unique';
    case 'SQLITE_CONSTRAINT_FOREIGNKEY':
    case '23503':
      return 'foreign_key';
    default:
      return undefined;
  }
}

/**
 * PostgreSQL refuses one of two concurrent writers under REPEATABLE READ / SERIALIZABLE (the
 * default isolation on YugabyteDB) instead of letting it re-read the row.
 */
export function isSerializationFailure(error: unknown): boolean {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  return code === '40001' || code === '40P01';
}

/** Connection-level failures of `pg` (network, authentication, missing database, shutdown). */
const unavailableCodes = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  '28000',
  '28P01',
  '3D000',
  '3F000',
  '57P01',
  '57P03',
  '08001',
  '08006',
]);

export function isUnavailable(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && unavailableCodes.has(code)) return true;
  // pg reports a refused connection to several addresses as an AggregateError of them.
  return error instanceof AggregateError && error.errors.some(isUnavailable);
}
