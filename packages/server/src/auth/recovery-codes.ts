import { createHash, randomInt } from 'node:crypto';

/** No 0/o, 1/l/i: a code is read off paper and typed. */
const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789';

/** A 回復コード such as `k7m2q-x9rtd` (10 characters, about 49 bits). */
export function newRecoveryCode(): string {
  let code = '';
  for (let i = 0; i < 10; i += 1) code += alphabet[randomInt(alphabet.length)];
  return `${code.slice(0, 5)}-${code.slice(5)}`;
}

/** The form a recovery code is compared in: lower case, without spaces and hyphens. */
export function normalizeRecoveryCode(code: string): string {
  return code.toLowerCase().replace(/[\s-]/g, '');
}

/**
 * Recovery codes are random and single-use, so a fast hash is enough (unlike passwords, they
 * cannot be guessed from a dictionary); only the hash is stored.
 */
export function hashRecoveryCode(code: string): string {
  return createHash('sha256').update(`kizuki-recovery:${normalizeRecoveryCode(code)}`).digest('hex');
}
