import { z } from 'zod';
import type { Role } from '../domain/organization.schema.js';

/**
 * 二要素認証 (two-factor sign-in): these roles always need it, whatever their organization sets,
 * since they read every office's records of an insurer area or run the installation.
 */
export const twoFactorAlwaysRequiredRoles: readonly Role[] = ['insurer_staff', 'admin'];

/** Whether a user must have 二要素認証: always for the roles above, otherwise when the organization asks for it. */
export function isTwoFactorRequired(role: Role, organizationRequiresTwoFactor: boolean): boolean {
  return organizationRequiresTwoFactor || twoFactorAlwaysRequiredRoles.includes(role);
}

/** How many 回復コード (recovery codes) a user gets at once. */
export const recoveryCodeCount = 10;

/** A 6-digit code from an authenticator app, or a recovery code (spaces and hyphens are ignored). */
export const twoFactorCodeRequestSchema = z.object({
  code: z
    .string({ message: '確認コードを入力してください' })
    .trim()
    .min(1, { message: '確認コードを入力してください' })
    .max(40, { message: '確認コードが長すぎます' }),
});
export type TwoFactorCodeRequest = z.infer<typeof twoFactorCodeRequestSchema>;

/**
 * What `POST /api/auth/login` answers after a right password when a second step is needed:
 * `code` (the user has 二要素認証) or `enroll` (the user must set it up before anything else).
 */
export interface LoginSecondStep {
  step: 'code' | 'enroll';
}

/** A new authenticator secret, shown once while enrolling (never again after confirmation). */
export interface TwoFactorEnrollment {
  /** base32, for typing into an authenticator app */
  secret: string;
  /** otpauth:// URI, for apps that read it from a link or a QR code */
  otpauthUri: string;
}

/** 回復コード: shown once; the server keeps only their hashes. */
export interface RecoveryCodesAnswer {
  recoveryCodes: string[];
}

/** `GET /api/auth/two-factor`: the signed-in user's 二要素認証. */
export interface TwoFactorStatus {
  enabled: boolean;
  /** true when the user may not turn it off (role or organization setting) */
  required: boolean;
  /** unused recovery codes left */
  recoveryCodesLeft: number;
}
