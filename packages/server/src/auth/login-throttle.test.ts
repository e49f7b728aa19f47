import { isKizukiError } from '@kizuki/core';
import { describe, expect, it } from 'vitest';
import { LoginThrottle } from './login-throttle.js';

function throttleAt(start: number) {
  let t = start;
  const throttle = new LoginThrottle({ maxFailures: 3, maxFailuresPerAddress: 5, windowMs: 60_000, lockMs: 10_000, maxLockMs: 40_000 }, () => t);
  return { throttle, advance: (ms: number) => (t += ms) };
}

function lockedSeconds(fn: () => void): number | undefined {
  try {
    fn();
    return undefined;
  } catch (error) {
    if (isKizukiError(error) && error.code === 'too_many_attempts') {
      expect(error.message).toContain('一時的にログインを制限');
      return (error.details as { retryAfterSeconds: number }).retryAfterSeconds;
    }
    throw error;
  }
}

describe('LoginThrottle', () => {
  it('locks a key after the allowed failures and unlocks after the lock time', () => {
    const { throttle, advance } = throttleAt(0);
    const keys = ['login:a'];
    throttle.recordFailure(keys);
    throttle.recordFailure(keys);
    expect(lockedSeconds(() => throttle.check(keys))).toBeUndefined();
    throttle.recordFailure(keys);
    expect(lockedSeconds(() => throttle.check(keys))).toBe(10);
    expect(lockedSeconds(() => throttle.check(['login:b']))).toBeUndefined();
    advance(10_001);
    expect(lockedSeconds(() => throttle.check(keys))).toBeUndefined();
  });

  it('doubles the lock each time up to the maximum', () => {
    const { throttle, advance } = throttleAt(0);
    const keys = ['login:kana'];
    const lockOnce = () => {
      for (let i = 0; i < 3; i++) throttle.recordFailure(keys);
      const s = lockedSeconds(() => throttle.check(keys));
      advance(60_000);
      return s;
    };
    expect([lockOnce(), lockOnce(), lockOnce(), lockOnce()]).toEqual([10, 20, 40, 40]);
  });

  it('allows more failures per address than per login name', () => {
    const { throttle } = throttleAt(0);
    for (let i = 0; i < 4; i++) throttle.recordFailure(['addr:198.51.100.1']);
    expect(lockedSeconds(() => throttle.check(['addr:198.51.100.1']))).toBeUndefined();
    throttle.recordFailure(['addr:198.51.100.1']);
    expect(lockedSeconds(() => throttle.check(['addr:198.51.100.1']))).toBe(10);
  });

  it('forgets failures after a success', () => {
    const { throttle } = throttleAt(0);
    throttle.recordFailure(['k']);
    throttle.recordFailure(['k']);
    throttle.recordSuccess(['k']);
    throttle.recordFailure(['k']);
    expect(lockedSeconds(() => throttle.check(['k']))).toBeUndefined();
  });
});
