import type { LoginEnrollmentAnswer, RecoveryCodesAnswer, SecuritySettings, SecuritySettingsAnswer, SessionAnswer, TwoFactorEnrollment, TwoFactorStatus } from '@kizuki/core';
import { apiRequest, setCsrfToken } from './client.js';

/** The second step of a sign-in: a code from the authenticator app or a recovery code. */
export async function loginWithCode(code: string): Promise<SessionAnswer> {
  const session = await apiRequest<SessionAnswer>('/api/auth/login/code', { method: 'POST', body: { code }, redirectOnUnauthorized: false });
  setCsrfToken(session.csrfToken);
  return session;
}

/** A sign-in that must enroll first gets its secret. */
export function startLoginEnrollment(): Promise<TwoFactorEnrollment> {
  return apiRequest<TwoFactorEnrollment>('/api/auth/login/enroll', { method: 'POST', redirectOnUnauthorized: false });
}

/** Confirms the enrollment of a sign-in: the session, and the recovery codes to keep. */
export async function confirmLoginEnrollment(code: string): Promise<{ session: SessionAnswer } & RecoveryCodesAnswer> {
  const answer = await apiRequest<LoginEnrollmentAnswer>('/api/auth/login/enroll/confirm', { method: 'POST', body: { code }, redirectOnUnauthorized: false });
  setCsrfToken(answer.csrfToken);
  const { recoveryCodes, ...session } = answer;
  return { session, recoveryCodes };
}

export function fetchTwoFactorStatus(signal?: AbortSignal): Promise<TwoFactorStatus> {
  return apiRequest<TwoFactorStatus>('/api/auth/two-factor', { signal });
}

export function startTwoFactor(): Promise<TwoFactorEnrollment> {
  return apiRequest<TwoFactorEnrollment>('/api/auth/two-factor/enroll', { method: 'POST' });
}

export function confirmTwoFactor(code: string): Promise<RecoveryCodesAnswer> {
  return apiRequest<RecoveryCodesAnswer>('/api/auth/two-factor/confirm', { method: 'POST', body: { code } });
}

export function regenerateRecoveryCodes(code: string): Promise<RecoveryCodesAnswer> {
  return apiRequest<RecoveryCodesAnswer>('/api/auth/two-factor/recovery-codes', { method: 'POST', body: { code } });
}

export function disableTwoFactor(code: string): Promise<void> {
  return apiRequest<void>('/api/auth/two-factor/disable', { method: 'POST', body: { code } });
}

export function fetchSecuritySettings(signal?: AbortSignal): Promise<SecuritySettingsAnswer> {
  return apiRequest<SecuritySettingsAnswer>('/api/admin/security', { signal });
}

export function saveSecuritySettings(settings: SecuritySettings): Promise<SecuritySettingsAnswer> {
  return apiRequest<SecuritySettingsAnswer>('/api/admin/security', { method: 'PUT', body: settings });
}
