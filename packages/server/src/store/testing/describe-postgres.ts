import { describe, it } from 'vitest';
import { requireAllBackends, testDatabaseUrl } from './pg-test-schema.js';

/**
 * A describe block that needs PostgreSQL: runs when TEST_DATABASE_URL is set, fails with
 * KIZUKI_REQUIRE_ALL=1 when it is not, and otherwise shows up as skipped.
 */
export function describePostgres(name: string, body: (url: string) => void): void {
  if (testDatabaseUrl) {
    const url = testDatabaseUrl;
    describe(name, () => body(url));
  } else if (requireAllBackends) {
    describe(name, () => {
      it('runs (KIZUKI_REQUIRE_ALL=1)', () => {
        throw new Error(`KIZUKI_REQUIRE_ALL=1 but TEST_DATABASE_URL is not set: "${name}" cannot run.`);
      });
    });
  } else {
    describe.skip(`${name} (set TEST_DATABASE_URL to run)`, () => {
      it('needs PostgreSQL', () => undefined);
    });
  }
}
