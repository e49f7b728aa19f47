import type { FieldPath } from './paths.js';

/**
 * The DOM id of the field editing `path` of a document (`['needs', 0, 'text']` →
 * `field-needs-0-text`), so a 気づき or an error summary can focus the field it is about.
 * Characters other than letters, digits and `_` become `_`, so the id is also a valid CSS selector.
 */
export function fieldDomId(path: (string | number)[] | FieldPath): string {
  return `field-${path.map((step) => String(step).replace(/[^A-Za-z0-9_]/gu, '_')).join('-')}`;
}

/** Scrolls to and focuses the field of `path`; false when no such field is on the page. */
export function focusField(path: (string | number)[] | FieldPath): boolean {
  const element = document.getElementById(fieldDomId(path));
  if (!element) return false;
  element.scrollIntoView({ block: 'center', behavior: 'smooth' });
  element.focus({ preventScroll: true });
  return true;
}
