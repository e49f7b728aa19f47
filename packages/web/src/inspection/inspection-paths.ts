import { routePath } from '../routing/routes.js';

/** A path inside the ケアプラン点検 section: inspectionPath('cases', id) → /inspection/cases/:id. */
export function inspectionPath(...path: string[]): string {
  return routePath({ name: 'inspection', path });
}
