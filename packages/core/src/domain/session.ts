import { z } from 'zod';
import type { LoginSecondStep, RecoveryCodesAnswer } from '../security/two-factor.js';
import { organizationKindSchema, roleSchema } from './organization.schema.js';

/**
 * The signed-in user and organization, as `POST /api/auth/login`, `POST /api/auth/login/code` and
 * `GET /api/auth/me` answer (never the password hash or anything else of the account). Strict: an
 * answer with another field fails to parse, so the schema also states what must not leave the server.
 */
export const sessionAnswerSchema = z.strictObject({
  user: z.strictObject({ id: z.string(), login: z.string(), displayName: z.string(), role: roleSchema }),
  organization: z.strictObject({ id: z.string(), kind: organizationKindSchema, name: z.string() }),
  /** sent back in `X-CSRF-Token` on every state-changing request */
  csrfToken: z.string(),
});
export type SessionAnswer = z.infer<typeof sessionAnswerSchema>;

/** `POST /api/auth/login`: a session, or the second step a user with (or without a required) 二要素認証 takes first. */
export type LoginAnswer = SessionAnswer | LoginSecondStep;

/** `POST /api/auth/login/enroll/confirm`: the session, and the 回復コード shown once. */
export type LoginEnrollmentAnswer = SessionAnswer & RecoveryCodesAnswer;

/** `POST /api/auth/logout-all`: how many sessions of the user ended (this one included). */
export interface LogoutEverywhereAnswer {
  ended: number;
}
