import { KizukiError } from '@kizuki/core';

interface Attempts {
  failures: number;
  firstFailureAt: number;
  lockedUntil: number;
}

export interface ThrottleOptions {
  /** failures of one login name allowed inside the window before a lock */
  maxFailures: number;
  /**
   * failures from one address (keys starting with `addr:`): higher, since a whole care office
   * often shares one address and its staff mistype too
   */
  maxFailuresPerAddress: number;
  windowMs: number;
  /** first lock; each further lock doubles, up to maxLockMs */
  lockMs: number;
  maxLockMs: number;
}

const defaults: ThrottleOptions = { maxFailures: 5, maxFailuresPerAddress: 30, windowMs: 15 * 60_000, lockMs: 60_000, maxLockMs: 60 * 60_000 };

/**
 * Slows password guessing per login name and per client address. Kept in memory of the
 * process: a restart forgets it, which is acceptable for a throttle (not a lockout record).
 */
export class LoginThrottle {
  private readonly attempts = new Map<string, Attempts & { locks: number }>();
  private readonly options: ThrottleOptions;

  constructor(options: Partial<ThrottleOptions> = {}, private readonly now: () => number = Date.now) {
    this.options = { ...defaults, ...options };
  }

  /** Throws KizukiError('too_many_attempts') while any of the keys is locked. */
  check(keys: string[]): void {
    const t = this.now();
    for (const key of keys) {
      const a = this.attempts.get(key);
      if (a && a.lockedUntil > t) {
        const seconds = Math.ceil((a.lockedUntil - t) / 1000);
        throw new KizukiError(
          'too_many_attempts',
          `ログインの失敗が続いたため、一時的にログインを制限しています。${seconds}秒後にもう一度お試しください。`,
          { retryAfterSeconds: seconds },
        );
      }
    }
  }

  recordFailure(keys: string[]): void {
    const t = this.now();
    for (const key of keys) {
      const a = this.attempts.get(key) ?? { failures: 0, firstFailureAt: t, lockedUntil: 0, locks: 0 };
      if (t - a.firstFailureAt > this.options.windowMs) {
        a.failures = 0;
        a.firstFailureAt = t;
      }
      a.failures += 1;
      const max = key.startsWith('addr:') ? this.options.maxFailuresPerAddress : this.options.maxFailures;
      if (a.failures >= max) {
        a.lockedUntil = t + Math.min(this.options.lockMs * 2 ** a.locks, this.options.maxLockMs);
        a.locks += 1;
        a.failures = 0;
        a.firstFailureAt = t;
      }
      this.attempts.set(key, a);
    }
    this.prune(t);
  }

  recordSuccess(keys: string[]): void {
    for (const key of keys) this.attempts.delete(key);
  }

  private prune(t: number): void {
    if (this.attempts.size < 10_000) return;
    for (const [key, a] of this.attempts) {
      if (a.lockedUntil < t && t - a.firstFailureAt > this.options.windowMs) this.attempts.delete(key);
    }
  }
}
