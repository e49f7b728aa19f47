-- Generated from packages/server/src/store/migrations/migrations.ts for postgres; do not edit.
-- Regenerate: KIZUKI_WRITE_SCHEMA_SQL=1 npx vitest run packages/server/src/store/migrations

-- migrations table (created by the migrator)
create table if not exists "kizuki_migrations" (
  "id" text primary key,
  "applied_at" text not null
);

-- migration 0001_initial
create table "organizations" (
  "tenant_id" text primary key,
  "kind" text not null,
  "name" text not null,
  "insurer_number" text,
  "office_number" text,
  "policy_pack_id" text,
  "default_insurer_number" text,
  "address" text,
  "phone" text,
  "created_at" text not null
);
create table "users" (
  "tenant_id" text not null references "organizations" ("tenant_id"),
  "id" text not null,
  "login" text not null,
  "display_name" text not null,
  "role" text not null,
  "password_hash" text not null,
  "disabled" integer default 0 not null check (disabled in (0, 1)),
  "created_at" text not null,
  "updated_at" text not null,
  constraint "users_pkey" primary key ("tenant_id", "id"),
  constraint "users_login_key" unique ("login")
);
create table "sessions" (
  "tenant_id" text not null,
  "id_hash" text not null,
  "user_id" text not null,
  "csrf_token" text not null,
  "created_at" text not null,
  "expires_at" text not null,
  constraint "sessions_pkey" primary key ("tenant_id", "id_hash"),
  constraint "sessions_id_hash_key" unique ("id_hash"),
  constraint "sessions_user_fkey" foreign key ("tenant_id", "user_id") references "users" ("tenant_id", "id")
);
create table "clients" (
  "tenant_id" text not null references "organizations" ("tenant_id"),
  "id" text not null,
  "insurer_number" text not null,
  "insured_number" text not null,
  "name" text not null,
  "name_kana" text not null collate "C",
  "created_at" text not null,
  "updated_at" text not null,
  constraint "clients_pkey" primary key ("tenant_id", "id"),
  constraint "clients_numbers_key" unique ("tenant_id", "insurer_number", "insured_number")
);
create index "clients_kana_idx" on "clients" ("tenant_id", "name_kana");
create table "documents" (
  "tenant_id" text not null,
  "id" text not null,
  "client_id" text not null,
  "kind" text not null,
  "current_revision" integer not null check (current_revision >= 1),
  "created_at" text not null,
  "updated_at" text not null,
  constraint "documents_pkey" primary key ("tenant_id", "id"),
  constraint "documents_client_fkey" foreign key ("tenant_id", "client_id") references "clients" ("tenant_id", "id")
);
create index "documents_client_idx" on "documents" ("tenant_id", "client_id", "kind", "created_at");
create table "document_revisions" (
  "tenant_id" text not null,
  "document_id" text not null,
  "revision" integer not null check (revision >= 1),
  "body" text not null,
  "author" text not null,
  "saved_at" text not null,
  constraint "document_revisions_pkey" primary key ("tenant_id", "document_id", "revision"),
  constraint "document_revisions_document_fkey" foreign key ("tenant_id", "document_id") references "documents" ("tenant_id", "id")
);
create function kizuki_revisions_append_only() returns trigger language plpgsql as $$
begin raise exception 'document_revisions are append-only'; end $$;
create trigger document_revisions_append_only before update or delete on document_revisions
for each row execute function kizuki_revisions_append_only();
create table "access_log" (
  "tenant_id" text not null references "organizations" ("tenant_id"),
  "id" text not null,
  "user_id" text not null,
  "client_id" text,
  "action" text not null,
  "detail" text,
  "at" text not null,
  constraint "access_log_pkey" primary key ("tenant_id", "id")
);
create index "access_log_at_idx" on "access_log" ("tenant_id", "at");
create index "access_log_client_idx" on "access_log" ("tenant_id", "client_id", "at");

-- migration 0002_grants
create table "grants" (
  "tenant_id" text not null references "organizations" ("tenant_id"),
  "id" text not null,
  "grantee_tenant_id" text not null references "organizations" ("tenant_id"),
  "purpose" text not null,
  "reason" text not null,
  "created_by" text not null,
  "created_at" text not null,
  "valid_from" text not null,
  "valid_until" text not null,
  "revoked_at" text,
  "revoked_by" text,
  "revoke_reason" text,
  constraint "grants_pkey" primary key ("tenant_id", "id"),
  constraint "grants_period_check" check (valid_until > valid_from),
  constraint "grants_revoked_check" check ((revoked_at is null) = (revoked_by is null) and (revoked_at is null) = (revoke_reason is null))
);
create index "grants_created_idx" on "grants" ("tenant_id", "created_at");
create index "grants_grantee_idx" on "grants" ("grantee_tenant_id", "id");
create table "grant_items" (
  "tenant_id" text not null,
  "grant_id" text not null,
  "item_no" integer not null check (item_no >= 1),
  "client_id" text not null,
  "document_kind" text not null,
  "document_id" text,
  "revision" integer,
  constraint "grant_items_pkey" primary key ("tenant_id", "grant_id", "item_no"),
  constraint "grant_items_pinned_check" check ((document_id is null) = (revision is null)),
  constraint "grant_items_grant_fkey" foreign key ("tenant_id", "grant_id") references "grants" ("tenant_id", "id"),
  constraint "grant_items_client_fkey" foreign key ("tenant_id", "client_id") references "clients" ("tenant_id", "id"),
  constraint "grant_items_revision_fkey" foreign key ("tenant_id", "document_id", "revision") references "document_revisions" ("tenant_id", "document_id", "revision")
);
create index "grant_items_document_idx" on "grant_items" ("tenant_id", "client_id", "document_id");

-- migration 0003_records
create table "records" (
  "tenant_id" text not null references "organizations" ("tenant_id"),
  "id" text not null,
  "kind" text not null,
  "current_revision" integer not null check (current_revision >= 1),
  "addressee_tenant_id" text references "organizations" ("tenant_id"),
  "area_insurer_number" text,
  "created_at" text not null,
  "updated_at" text not null,
  constraint "records_pkey" primary key ("tenant_id", "id"),
  constraint "records_addressee_check" check (addressee_tenant_id is null or addressee_tenant_id <> tenant_id)
);
create index "records_kind_idx" on "records" ("tenant_id", "kind", "created_at");
create index "records_addressee_idx" on "records" ("addressee_tenant_id", "kind");
create index "records_area_idx" on "records" ("area_insurer_number", "kind");
create table "record_revisions" (
  "tenant_id" text not null,
  "record_id" text not null,
  "revision" integer not null check (revision >= 1),
  "body" text not null,
  "author" text not null,
  "author_name" text,
  "note" text,
  "saved_at" text not null,
  constraint "record_revisions_pkey" primary key ("tenant_id", "record_id", "revision"),
  constraint "record_revisions_record_fkey" foreign key ("tenant_id", "record_id") references "records" ("tenant_id", "id")
);
create function kizuki_record_revisions_append_only() returns trigger language plpgsql as $$
begin raise exception 'record_revisions are append-only'; end $$;
create trigger record_revisions_append_only before update or delete on record_revisions
for each row execute function kizuki_record_revisions_append_only();

-- migration 0004_access_log_chain
alter table "access_log" add column "seq" integer;
alter table "access_log" add column "prev_hash" text;
alter table "access_log" add column "hash" text;
create unique index "access_log_seq_key" on "access_log" ("tenant_id", "seq");
create table "access_log_heads" (
  "tenant_id" text primary key references "organizations" ("tenant_id"),
  "seq" integer not null check (seq >= 0),
  "hash" text not null
);

-- migration 0005_two_factor_retention
create table "two_factor" (
  "tenant_id" text not null,
  "user_id" text not null,
  "secret" text not null,
  "confirmed_at" text,
  "last_step" integer default -1 not null,
  "created_at" text not null,
  constraint "two_factor_pkey" primary key ("tenant_id", "user_id"),
  constraint "two_factor_user_fkey" foreign key ("tenant_id", "user_id") references "users" ("tenant_id", "id")
);
create table "recovery_codes" (
  "tenant_id" text not null,
  "user_id" text not null,
  "code_hash" text not null,
  "used_at" text,
  "created_at" text not null,
  constraint "recovery_codes_pkey" primary key ("tenant_id", "user_id", "code_hash"),
  constraint "recovery_codes_user_fkey" foreign key ("tenant_id", "user_id") references "users" ("tenant_id", "id")
);
create table "login_challenges" (
  "tenant_id" text not null,
  "id_hash" text not null,
  "user_id" text not null,
  "created_at" text not null,
  "expires_at" text not null,
  constraint "login_challenges_pkey" primary key ("tenant_id", "id_hash"),
  constraint "login_challenges_id_hash_key" unique ("id_hash"),
  constraint "login_challenges_user_fkey" foreign key ("tenant_id", "user_id") references "users" ("tenant_id", "id")
);
create table "security_settings" (
  "tenant_id" text primary key references "organizations" ("tenant_id"),
  "require_two_factor" integer default 0 not null check (require_two_factor in (0, 1)),
  "access_log_retention_months" integer not null check (access_log_retention_months >= 1),
  "updated_at" text not null
);
create table "access_log_anchors" (
  "tenant_id" text primary key references "organizations" ("tenant_id"),
  "seq" integer not null check (seq >= 1),
  "hash" text not null,
  "purged_at" text not null
);

-- migration 0006_tenant_read_indexes
create index "documents_kind_idx" on "documents" ("tenant_id", "kind", "client_id", "created_at", "id", "current_revision");
drop index "clients_kana_idx";
create index "clients_list_idx" on "clients" ("tenant_id", "name_kana", "insured_number", "id");
