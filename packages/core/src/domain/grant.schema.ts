import { z } from 'zod';
import { addDays, type IsoDate } from '../dates/iso-date.js';
import { tokyoDateOf } from '../dates/tokyo-date.js';
import { normalizeText } from '../text/normalize-text.js';
import { choice, idSchema, requiredDate } from './common.schema.js';
import { documentKindSchema, type DocumentKind } from './document-kind.js';
import type { OrganizationKind } from './organization.schema.js';

/**
 * 共有の許可 (grant): an organization that keeps case files lets another organization read named
 * documents of its clients, for one 目的 (purpose), until a date, for a stated reason. The
 * granting organization owns the grant; it can 取り消す (revoke) it at any time.
 */
export const grantPurposes = ['care_plan_inspection', 'delegated_prevention', 'community_care_meeting'] as const;
export const grantPurposeSchema = choice(grantPurposes, '共有の目的');
export type GrantPurpose = z.infer<typeof grantPurposeSchema>;

export interface GrantPurposeRule {
  /** Japanese name shown to users */
  label: string;
  /** who may receive such a grant (共有先) */
  granteeKinds: readonly OrganizationKind[];
  /** who may give one (the organization that keeps the case file) */
  ownerKinds: readonly OrganizationKind[];
  /**
   * Whether an item may name a client's documents of a kind at every revision (following the case
   * over time). When false every item pins one revision of one document.
   */
  followsCase: boolean;
  /** Whether the grantee sees the client's name and numbers in its list of shared documents. */
  namesClient: boolean;
  /** The longest validity a grant of this purpose may have, in days from its creation. */
  maxDays: number;
}

/** What each purpose allows; the service checks grants against this table. */
export const grantPurposeTable: Record<GrantPurpose, GrantPurposeRule> = {
  care_plan_inspection: {
    label: 'ケアプラン点検',
    granteeKinds: ['insurer'],
    ownerKinds: ['care_management_office', 'community_center'],
    followsCase: false,
    namesClient: true,
    maxDays: 366,
  },
  delegated_prevention: {
    label: '介護予防支援の委託',
    granteeKinds: ['community_center', 'care_management_office'],
    ownerKinds: ['community_center', 'care_management_office'],
    followsCase: true,
    namesClient: true,
    maxDays: 731,
  },
  community_care_meeting: {
    label: '地域ケア会議',
    granteeKinds: ['insurer', 'community_center'],
    ownerKinds: ['care_management_office', 'community_center'],
    followsCase: false,
    // A case is presented for discussion; the meeting's organizers do not need the person's name.
    namesClient: false,
    maxDays: 93,
  },
};

/** Client identity as a grant listing shows it (absent when the purpose does not name the client). */
export interface GrantClient {
  name: string;
  nameKana: string;
  insurerNumber: string;
  /** 被保険者番号 */
  insuredNumber: string;
}

/**
 * One thing a grant shares. With `documentId` and `revision`, exactly that revision of that
 * document (a submission). Without them, every document of `kind` of the client, at every revision.
 */
export interface GrantItem {
  itemNo: number;
  clientId: string;
  kind: DocumentKind;
  documentId?: string;
  revision?: number;
  client?: GrantClient;
}

export interface Grant {
  id: string;
  /** the organization whose case files are shared (the grant is stored in its tenant) */
  ownerOrganizationId: string;
  /** 共有先 */
  granteeOrganizationId: string;
  purpose: GrantPurpose;
  reason: string;
  createdBy: string;
  createdAt: string;
  /** ISO 8601 UTC; the grant is in force from this instant (inclusive) … */
  validFrom: string;
  /** … until this instant (exclusive) */
  validUntil: string;
  revokedAt?: string;
  revokedBy?: string;
  revokeReason?: string;
  items: GrantItem[];
}

/** `GET /api/grants`: a grant the organization gave, with the grantee's name. */
export interface GivenGrant extends Grant {
  granteeName: string;
}

/**
 * `GET /api/shared`: a grant in force naming the organization, with the owner's name. `createdBy` is
 * empty and an item names its client only where the purpose calls for it.
 */
export interface ReceivedGrant extends Grant {
  ownerName: string;
}

/** `GET /api/grants/candidates`: an organization that may receive a grant of the purpose. */
export interface GranteeCandidate {
  id: string;
  kind: OrganizationKind;
  name: string;
  insurerNumber?: string;
}

/** Whether a grant lets its grantee read at `at` (ISO 8601 UTC). */
export function isGrantLive(grant: Pick<Grant, 'validFrom' | 'validUntil' | 'revokedAt'>, at: string): boolean {
  return grant.revokedAt === undefined && grant.validFrom <= at && at < grant.validUntil;
}

/** State of a grant at `at`, for display: 有効, 期限切れ, 取り消し済み or 開始前. */
export function grantState(grant: Pick<Grant, 'validFrom' | 'validUntil' | 'revokedAt'>, at: string): 'live' | 'expired' | 'revoked' | 'pending' {
  if (grant.revokedAt !== undefined) return 'revoked';
  if (at >= grant.validUntil) return 'expired';
  if (at < grant.validFrom) return 'pending';
  return 'live';
}

export const grantStateLabels: Record<ReturnType<typeof grantState>, string> = {
  live: '有効',
  expired: '期限切れ',
  revoked: '取り消し済み',
  pending: '開始前',
};

/**
 * The instant a grant "valid until day D" ends: the end of D in Japan (D+1 00:00 JST), so the
 * last day named by the user is fully included.
 */
export function grantEndOfDay(day: IsoDate): string {
  return new Date(`${addDays(day, 1)}T00:00:00+09:00`).toISOString();
}

/** The last day (Japan) a grant is in force: the inverse of {@link grantEndOfDay}. */
export function grantLastDay(validUntil: string): IsoDate {
  return tokyoDateOf(new Date(Date.parse(validUntil) - 1));
}

/** Required multi-line text (理由), normalized like every free text of the case file. */
function requiredReason(label: string) {
  return z.preprocess(
    (value) => (typeof value === 'string' ? normalizeText(value) : value),
    z
      .string({ error: (issue) => (issue.input === undefined ? `${label}を入力してください` : `${label}は文字で入力してください`) })
      .min(1, { error: `${label}を入力してください` })
      .max(1000, { error: `${label}は1000文字以内で入力してください` }),
  );
}

export const grantItemRequestSchema = z
  .object({
    clientId: idSchema,
    /** a document to share at one revision … */
    documentId: idSchema.optional(),
    /** … that revision (default: the current one when the grant is made) */
    revision: z.number({ error: '版番号は数値で指定してください' }).int({ error: '版番号は整数で指定してください' }).positive({ error: '版番号は1以上で指定してください' }).optional(),
    /** or every document of a kind of the client, following the case (介護予防支援の委託) */
    kind: documentKindSchema.optional(),
  })
  .superRefine((item, ctx) => {
    if ((item.documentId === undefined) === (item.kind === undefined)) {
      ctx.addIssue({ code: 'custom', path: ['documentId'], message: '共有する書類（documentId）か書類の種類（kind）のどちらか一方を指定してください' });
    }
    if (item.revision !== undefined && item.documentId === undefined) {
      ctx.addIssue({ code: 'custom', path: ['revision'], message: '版番号は書類（documentId）を指定したときだけ指定できます' });
    }
  });
export type GrantItemRequest = z.infer<typeof grantItemRequestSchema>;

/** Body of `POST /api/grants`. */
export const grantRequestSchema = z.object({
  granteeOrganizationId: z
    .string({ error: (issue) => (issue.input === undefined ? '共有先の組織を指定してください' : '共有先の組織はIDの文字列で指定してください') })
    .min(1, { error: '共有先の組織を指定してください' }),
  purpose: grantPurposeSchema,
  reason: requiredReason('共有の理由'),
  /** last day (Japan) the grant is in force */
  validUntil: requiredDate('共有の期限'),
  items: z
    .array(grantItemRequestSchema, { error: '共有する書類（items）を配列で指定してください' })
    .min(1, { error: '共有する書類を1つ以上指定してください' })
    .max(200, { error: '一度に共有できる書類は200件までです' }),
});
export type GrantRequest = z.infer<typeof grantRequestSchema>;

/** Body of `POST /api/grants/:id/revoke`. */
export const grantRevokeRequestSchema = z.object({ reason: requiredReason('取り消しの理由') });
export type GrantRevokeRequest = z.infer<typeof grantRevokeRequestSchema>;
