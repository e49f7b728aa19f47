/**
 * Runs of text between the characters NFKC would damage in care records, which are kept exactly
 * as typed: roman numerals (認知症自立度 Ⅱa), circled numbers used as list markers, the
 * ideographic space, the ellipsis, ℃, and full-width punctuation such as （）：！／～, which is
 * correct in Japanese prose. Full-width letters and digits are still made half-width.
 */
const unprotectedRuns = /[^\u2160-\u217F\u2460-\u24FF\u2776-\u2793\u301C\u3000\u2026\u2103\uFF01-\uFF0F\uFF1A-\uFF20\uFF3B-\uFF40\uFF5B-\uFF5E]+/gu;

/** C0/C1 control characters except tab and line feed (pasted from other systems). */
// eslint-disable-next-line no-control-regex -- removing control characters is the point
const controlChars = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/gu;

/**
 * NFKC-normalizes `text` (full-width ASCII → half-width, half-width katakana → full-width)
 * while keeping the characters outside {@link unprotectedRuns} untouched.
 */
function nfkcKeepingProtected(text: string): string {
  return text.replace(unprotectedRuns, (run) => run.normalize('NFKC'));
}

/**
 * Printable ASCII, line feeds, and the kana, kanji and punctuation of most care records
 * (、。「」『』): characters NFKC leaves as they are and that compose with nothing in this set.
 */
const normalOnly = /^[\x20-\x7E\n\u3001\u3002\u300C-\u300F\u3041-\u3096\u30A1-\u30FA\u30FC\u4E00-\u9FFF]*$/u;
/** Spaces normalizeText would remove: at the end of a line, at the start or end of the text. */
const removableSpace = / \n|^[ \n]|[ \n]$/u;

/**
 * True when NFKC leaves `text` as it is: only printable ASCII, line feeds, and the kana, kanji and
 * punctuation of most care records (callers skip `normalize('NFKC')` for such text).
 */
export function isNfkcStable(text: string): boolean {
  return normalOnly.test(text);
}

/** True when normalizeText would return `text` unchanged (most saved text, read again). */
function isAlreadyNormal(text: string): boolean {
  return normalOnly.test(text) && !removableSpace.test(text);
}

/**
 * Normalizes free text typed or pasted by a care manager: unifies line endings to `\n`,
 * applies NFKC where it is safe (digits and latin letters become half-width, half-width
 * katakana becomes full-width), keeps roman numerals, circled numbers, full-width
 * punctuation and 〜/～, drops
 * control characters and trailing spaces of each line, and trims the whole text.
 */
export function normalizeText(text: string): string {
  if (isAlreadyNormal(text)) return text;
  const unified = text.replace(/\r\n?/gu, '\n').replace(controlChars, '');
  return nfkcKeepingProtected(unified)
    .split('\n')
    .map((line) => line.replace(/[ \t]+$/u, ''))
    .join('\n')
    .trim();
}

/**
 * Normalizes a single-line value (name, phone, office name): like {@link normalizeText}, and
 * line breaks and runs of spaces become one space.
 */
export function normalizeInlineText(text: string): string {
  return normalizeText(text).replace(/\s+/gu, ' ');
}

/**
 * Full NFKC for structured values (dates, times, numbers, phone numbers): every full-width
 * character, punctuation included, becomes half-width (２０２５／４／１ → 2025/4/1). Trims.
 */
export function toHalfWidth(text: string): string {
  return text.normalize('NFKC').trim();
}

/**
 * Normalizes an identifier-like value (被保険者番号, 事業所番号, postal code): NFKC, then removes
 * every space and hyphen-like character, upper-casing letters.
 */
export function normalizeCode(text: string): string {
  return toHalfWidth(text)
    .replace(/[\s\-‐‑‒–—―−ー]/gu, '')
    .toUpperCase();
}
