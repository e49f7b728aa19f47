import { z } from 'zod';
import type { OrganizationKind, Role } from '../domain/organization.schema.js';

/**
 * 組織の記録 (organization records): what an organization keeps that belongs to no client's case
 * file — a published policy version, a 指標 activity, a year's ケアプラン点検 and its cases, a
 * 総評, an acknowledgement. Every save appends a revision holding the whole body, as documents do.
 *
 * A record is kept in its keeper's tenant. Beyond the keeper it is readable only as its kind says:
 * - `addressee`: by the one organization the record is addressed to (the office a 点検 concerns,
 *   the insurer an acknowledgement answers); the address is fixed when the record is created;
 * - `area`: once shared (published), by every organization of the keeper's insurer area (a policy
 *   version, a 総評, anonymous counts).
 * Case-file data never travels this way: a client's documents cross only through a grant.
 */
export interface RecordKindRule<T = unknown> {
  /** Japanese name for lists and messages */
  label: string;
  schema: z.ZodType<T>;
  /** organizations that keep such records */
  keeperKinds: readonly OrganizationKind[];
  /** roles of the keeper that may create and save them (every role of the keeper may read) */
  writerRoles: readonly Role[];
  /** who beyond the keeper may read it */
  sharing: 'none' | 'addressee' | 'area';
  /** for `addressee`: the organization the record is addressed to (fixed at creation) */
  addresseeOf?: (body: T) => string | undefined;
  /** for `area`: whether the body is shared yet (a draft is not) */
  sharedWhen?: (body: T) => boolean;
  /** a frozen record takes no further save (a published policy version) */
  frozenWhen?: (body: T) => boolean;
  /** a locked record changes only by a revision with a written reason (a signed-off 点検 record) */
  lockedWhen?: (body: T) => boolean;
  /** one line naming the record in lists and the access log */
  titleOf: (body: T) => string;
}

/** A record as the API returns it. */
export interface StoredRecord<T = unknown> {
  id: string;
  kind: string;
  /** the organization that keeps the record */
  ownerOrganizationId: string;
  /** the organization it is addressed to, if any */
  addresseeOrganizationId?: string;
  /** the insurer area it is shared with, if it is */
  areaInsurerNumber?: string;
  revision: number;
  body: T;
  author: string;
  authorName?: string;
  /** the reason written for a change to a locked record */
  note?: string;
  savedAt: string;
  createdAt: string;
}

export interface RecordRevisionInfo {
  revision: number;
  author: string;
  authorName?: string;
  note?: string;
  savedAt: string;
}

/** Body of `POST /api/records`. */
export const recordCreateRequestSchema = z.object({
  kind: z.string({ error: '記録の種類（kind）を指定してください' }).min(1, { error: '記録の種類（kind）を指定してください' }),
  body: z.unknown(),
});

/** Body of `PUT /api/records/:id`. */
export const recordUpdateRequestSchema = z.object({
  baseRevision: z.number({ error: '編集元の版番号（baseRevision）を数値で指定してください' }).int({ error: '編集元の版番号は整数で指定してください' }).positive({ error: '編集元の版番号は1以上で指定してください' }),
  body: z.unknown(),
  /** required when the record is locked (signed off): why it changes */
  note: z.string({ error: '変更の理由は文字で入力してください' }).max(1000, { error: '変更の理由は1000文字以内で入力してください' }).optional(),
});
