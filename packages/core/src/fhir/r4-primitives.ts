/**
 * The R4 (4.0.1) regular expressions of the primitive types the export writes, as given on the
 * spec's Data Types page, anchored. The export checks option input with them and the test
 * validator checks every value of the Bundle.
 */
const year = '([0-9]([0-9]([0-9][1-9]|[1-9]0)|[1-9]00)|[1-9]000)';
const month = '(0[1-9]|1[0-2])';
const day = '(0[1-9]|[1-2][0-9]|3[0-1])';
const time = '([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\\.[0-9]+)?';
const zone = '(Z|(\\+|-)((0[0-9]|1[0-3]):[0-5][0-9]|14:00))';

const anchored = (source: string) => new RegExp(`^(?:${source})$`, 'u');

/**
 * The spec writes its regexes in XML Schema syntax, where \s is only space, tab, CR and LF; in
 * JavaScript \s is every Unicode space (U+3000 of Japanese text among them). So string, code and uri
 * are written out with XML's spaces: the spec's `[ \r\n\t\S]+` accepts any character.
 */
const xmlSpace = '[ \\t\\n\\r]';
const xmlNonSpace = '[^ \\t\\n\\r]';

export const r4PrimitivePatterns = {
  id: anchored('[A-Za-z0-9\\-\\.]{1,64}'),
  string: anchored('[\\s\\S]+'),
  code: anchored(`${xmlNonSpace}+(${xmlSpace}${xmlNonSpace}+)*`),
  uri: anchored(`${xmlNonSpace}*`),
  date: anchored(`${year}(-${month}(-${day})?)?`),
  dateTime: anchored(`${year}(-${month}(-${day}(T${time}${zone})?)?)?`),
  instant: anchored(`${year}-${month}-${day}T${time}${zone}`),
  time: anchored(time),
} as const;

export type R4PrimitiveName = keyof typeof r4PrimitivePatterns;

/** True when the calendar part (YYYY, YYYY-MM or YYYY-MM-DD…) names a real day: the regexes accept 2025-02-30. */
export function isRealCalendarDate(value: string): boolean {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/u.exec(value);
  if (!m) return false;
  if (m[3] === undefined) return true;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** True when `value` is an R4 `instant` (date, time and zone) on a real calendar day. */
export function isR4Instant(value: string): boolean {
  return r4PrimitivePatterns.instant.test(value) && isRealCalendarDate(value);
}
