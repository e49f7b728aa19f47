/**
 * A recorded text cut for quoting in a 気づき: runs of blanks folded to one space, at most `max`
 * characters (code points, so 𠮷 counts once), and … where it was cut.
 */
export function excerpt(text: string | undefined, max: number): string {
  const chars = [...(text ?? '').replace(/\s+/gu, ' ').trim()];
  return chars.length <= max ? chars.join('') : `${chars.slice(0, max).join('')}…`;
}
