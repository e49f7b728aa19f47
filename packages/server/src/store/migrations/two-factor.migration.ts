import { sql } from 'kysely';
import type { Migration } from './migrations.js';

/**
 * 二要素認証 and 閲覧記録の保存期間:
 * - `two_factor`: a user's TOTP secret (confirmed_at null while enrolling) and the last step accepted,
 *   so a code is never accepted twice;
 * - `recovery_codes`: hashes of the user's 回復コード, each usable once;
 * - `login_challenges`: a sign-in whose password was right and whose second step is pending (hash of
 *   the token only, like sessions); it grants nothing but that second step;
 * - `security_settings`: per organization, whether every user needs 二要素認証 and how long the
 *   access log is kept;
 * - `access_log_anchors`: the last entry removed by a retention purge (seq and hash), where the
 *   remaining chain starts.
 */
export const twoFactorMigration: Migration = {
  id: '0005_two_factor_retention',
  steps: (db) => [
    db.schema
      .createTable('two_factor')
      .addColumn('tenant_id', 'text', (c) => c.notNull())
      .addColumn('user_id', 'text', (c) => c.notNull())
      .addColumn('secret', 'text', (c) => c.notNull())
      .addColumn('confirmed_at', 'text')
      .addColumn('last_step', 'integer', (c) => c.notNull().defaultTo(-1))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('two_factor_pkey', ['tenant_id', 'user_id'])
      .addForeignKeyConstraint('two_factor_user_fkey', ['tenant_id', 'user_id'], 'users', ['tenant_id', 'id']),
    db.schema
      .createTable('recovery_codes')
      .addColumn('tenant_id', 'text', (c) => c.notNull())
      .addColumn('user_id', 'text', (c) => c.notNull())
      .addColumn('code_hash', 'text', (c) => c.notNull())
      .addColumn('used_at', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('recovery_codes_pkey', ['tenant_id', 'user_id', 'code_hash'])
      .addForeignKeyConstraint('recovery_codes_user_fkey', ['tenant_id', 'user_id'], 'users', ['tenant_id', 'id']),
    db.schema
      .createTable('login_challenges')
      .addColumn('tenant_id', 'text', (c) => c.notNull())
      .addColumn('id_hash', 'text', (c) => c.notNull())
      .addColumn('user_id', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('expires_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('login_challenges_pkey', ['tenant_id', 'id_hash'])
      // Presented by token only, like a session, before the tenant is known.
      .addUniqueConstraint('login_challenges_id_hash_key', ['id_hash'])
      .addForeignKeyConstraint('login_challenges_user_fkey', ['tenant_id', 'user_id'], 'users', ['tenant_id', 'id']),
    db.schema
      .createTable('security_settings')
      .addColumn('tenant_id', 'text', (c) => c.primaryKey().references('organizations.tenant_id'))
      .addColumn('require_two_factor', 'integer', (c) => c.notNull().defaultTo(0).check(sql`require_two_factor in (0, 1)`))
      .addColumn('access_log_retention_months', 'integer', (c) => c.notNull().check(sql`access_log_retention_months >= 1`))
      .addColumn('updated_at', 'text', (c) => c.notNull()),
    db.schema
      .createTable('access_log_anchors')
      .addColumn('tenant_id', 'text', (c) => c.primaryKey().references('organizations.tenant_id'))
      .addColumn('seq', 'integer', (c) => c.notNull().check(sql`seq >= 1`))
      .addColumn('hash', 'text', (c) => c.notNull())
      .addColumn('purged_at', 'text', (c) => c.notNull()),
  ],
};
