import type { Role } from '@kizuki/core';

/**
 * Which start page a role lands on after login: the office's dashboard of what is due
 * (介護支援専門員, 事業所管理者, システム管理者), a 地域包括支援センター's clients
 * (介護予防支援), or what a 保険者 can do here (ケアプラン点検).
 */
export type StartPage = 'office' | 'center' | 'insurer';

/** The start page of a role. */
export function startPageOf(role: Role): StartPage {
  switch (role) {
    case 'insurer_staff':
      return 'insurer';
    case 'center_staff':
      return 'center';
    case 'care_manager':
    case 'office_admin':
    case 'admin':
      return 'office';
  }
}
