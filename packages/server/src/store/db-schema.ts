/**
 * Row types of the tables as Kysely sees them. Column names are snake_case in the database;
 * every tenant table starts with `tenant_id` (the organization id). Timestamps are ISO 8601
 * UTC strings (TEXT) and booleans are 0/1 integers in both backends, so a row reads the same
 * from SQLite and PostgreSQL and a snapshot moves between them unchanged.
 */
export interface Database {
  organizations: OrganizationRow;
  users: UserRow;
  sessions: SessionRow;
  clients: ClientRow;
  documents: DocumentRow;
  document_revisions: DocumentRevisionRow;
  access_log: AccessLogRow;
  kizuki_migrations: MigrationRow;
  grants: GrantRow;
  grant_items: GrantItemRow;
  records: RecordRow;
  access_log_heads: AccessLogHeadRow;
  record_revisions: RecordRevisionRow;
  two_factor: TwoFactorRow;
  recovery_codes: RecoveryCodeRow;
  login_challenges: LoginChallengeRow;
  security_settings: SecuritySettingsRow;
  access_log_anchors: AccessLogAnchorRow;
}

export interface OrganizationRow {
  /** the organization's own id: an organization is its own tenant */
  tenant_id: string;
  kind: string;
  name: string;
  insurer_number: string | null;
  office_number: string | null;
  policy_pack_id: string | null;
  default_insurer_number: string | null;
  address: string | null;
  phone: string | null;
  created_at: string;
}

export interface UserRow {
  tenant_id: string;
  id: string;
  login: string;
  display_name: string;
  role: string;
  password_hash: string;
  /** 0 or 1 */
  disabled: number;
  created_at: string;
  updated_at: string;
}

export interface SessionRow {
  tenant_id: string;
  id_hash: string;
  user_id: string;
  csrf_token: string;
  created_at: string;
  expires_at: string;
}

export interface ClientRow {
  tenant_id: string;
  id: string;
  insurer_number: string;
  insured_number: string;
  name: string;
  name_kana: string;
  created_at: string;
  updated_at: string;
}

export interface DocumentRow {
  tenant_id: string;
  id: string;
  client_id: string;
  kind: string;
  current_revision: number;
  created_at: string;
  updated_at: string;
}

export interface DocumentRevisionRow {
  tenant_id: string;
  document_id: string;
  revision: number;
  /** the whole document as JSON text, returned exactly as stored */
  body: string;
  author: string;
  saved_at: string;
}

export interface AccessLogRow {
  tenant_id: string;
  id: string;
  user_id: string;
  client_id: string | null;
  action: string;
  detail: string | null;
  at: string;
  /** position in the tenant's hash chain (null for entries written before the chain existed) */
  seq: number | null;
  prev_hash: string | null;
  hash: string | null;
}

export interface AccessLogHeadRow {
  tenant_id: string;
  seq: number;
  hash: string;
}

export interface MigrationRow {
  id: string;
  applied_at: string;
}

export type Backend = 'sqlite' | 'postgres';

/** 共有の許可, stored in the tenant of the organization whose data it shares. */
export interface GrantRow {
  tenant_id: string;
  id: string;
  grantee_tenant_id: string;
  purpose: string;
  reason: string;
  created_by: string;
  created_at: string;
  valid_from: string;
  valid_until: string;
  revoked_at: string | null;
  revoked_by: string | null;
  revoke_reason: string | null;
}

/** What a grant shares: one revision of a document (pinned), or a client's documents of a kind. */
export interface GrantItemRow {
  tenant_id: string;
  grant_id: string;
  item_no: number;
  client_id: string;
  document_kind: string;
  document_id: string | null;
  revision: number | null;
}

export interface RecordRow {
  tenant_id: string;
  id: string;
  kind: string;
  current_revision: number;
  addressee_tenant_id: string | null;
  area_insurer_number: string | null;
  created_at: string;
  updated_at: string;
}

export interface RecordRevisionRow {
  tenant_id: string;
  record_id: string;
  revision: number;
  body: string;
  author: string;
  author_name: string | null;
  note: string | null;
  saved_at: string;
}

export interface TwoFactorRow {
  tenant_id: string;
  user_id: string;
  /** base32 TOTP secret */
  secret: string;
  /** null while enrolling */
  confirmed_at: string | null;
  /** the last TOTP step accepted; -1 before any */
  last_step: number;
  created_at: string;
}

export interface RecoveryCodeRow {
  tenant_id: string;
  user_id: string;
  code_hash: string;
  used_at: string | null;
  created_at: string;
}

export interface LoginChallengeRow {
  tenant_id: string;
  id_hash: string;
  user_id: string;
  created_at: string;
  expires_at: string;
}

export interface SecuritySettingsRow {
  tenant_id: string;
  /** 0 or 1 */
  require_two_factor: number;
  access_log_retention_months: number;
  updated_at: string;
}

export interface AccessLogAnchorRow {
  tenant_id: string;
  seq: number;
  hash: string;
  purged_at: string;
}
