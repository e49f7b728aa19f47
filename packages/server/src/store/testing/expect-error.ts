import { isKizukiError, type ErrorCode, type KizukiError } from '@kizuki/core';
import { expect } from 'vitest';

/** Awaits a rejection and checks it is a KizukiError with `code` and a Japanese message. */
export async function expectKizukiError(promise: Promise<unknown>, code: ErrorCode): Promise<KizukiError> {
  let caught: unknown;
  try {
    await promise;
  } catch (error) {
    caught = error;
  }
  expect(caught, `expected KizukiError(${code})`).toBeDefined();
  if (!isKizukiError(caught)) throw caught as Error;
  expect(caught.code).toBe(code);
  expect(caught.message).toMatch(/[ぁ-んァ-ヶ一-龠]/u);
  return caught;
}
