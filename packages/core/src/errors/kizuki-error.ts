/**
 * One error type across server, client and UI: a stable code, a Japanese message for
 * the user and details for the developer (which field, which row, which value).
 */
export type ErrorCode =
  | 'validation_failed'
  | 'bad_request'
  | 'unauthenticated'
  | 'invalid_credentials'
  | 'invalid_two_factor_code'
  | 'two_factor_code_reused'
  | 'two_factor_required'
  | 'forbidden'
  | 'csrf_failed'
  | 'too_many_attempts'
  | 'not_found'
  | 'conflict'
  | 'revision_conflict'
  | 'already_exists'
  | 'data_dir_locked'
  | 'database_unavailable'
  | 'internal';

/** One problem in an input, located by a path such as `needs.0.longTermGoals.1.period.end`. */
export interface FieldIssue {
  path: string;
  /** Japanese message shown next to the field. */
  message: string;
  code?: string;
}

export interface ErrorBody {
  code: ErrorCode;
  message: string;
  details?: unknown;
}

const httpStatusByCode: Record<ErrorCode, number> = {
  validation_failed: 400,
  bad_request: 400,
  unauthenticated: 401,
  invalid_credentials: 401,
  invalid_two_factor_code: 400,
  two_factor_code_reused: 400,
  two_factor_required: 403,
  forbidden: 403,
  csrf_failed: 403,
  too_many_attempts: 429,
  not_found: 404,
  conflict: 409,
  revision_conflict: 409,
  already_exists: 409,
  data_dir_locked: 503,
  database_unavailable: 503,
  internal: 500,
};

/** An expected failure with a code the caller can act on and a Japanese message. */
export class KizukiError extends Error {
  readonly code: ErrorCode;
  readonly details: unknown;

  constructor(code: ErrorCode, message: string, details?: unknown) {
    super(message);
    this.name = 'KizukiError';
    this.code = code;
    this.details = details;
  }

  /** The HTTP status that corresponds to this error's code. */
  get status(): number {
    return httpStatusByCode[this.code];
  }

  /** The `{ code, message, details }` body the API sends inside `{ error: … }`. */
  toBody(): ErrorBody {
    return this.details === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, details: this.details };
  }
}

/** True when `value` is a KizukiError (also across module copies). */
export function isKizukiError(value: unknown): value is KizukiError {
  return value instanceof KizukiError || (value instanceof Error && value.name === 'KizukiError' && 'code' in value);
}
