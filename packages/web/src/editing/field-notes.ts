import { pathKey, type FieldPath } from './paths.js';

/** A remark shown beside the field it is about (a 気づき on a field of the plan). */
export interface FieldNote {
  /** Stable while the remark stands (React key, and how a remark is matched to its source). */
  key: string;
  /** Suffix of the remark's class, its look (the severity of a 気づき: standard, advice, question). */
  tone: string;
  /** Short tag before the text (基準, 助言, 問いかけ). */
  badge: string;
  /** Short text: what the remark is about (the rule's title), the full text lives elsewhere. */
  text: string;
  /** A remark that appeared since the last look: shown with a brief highlight. */
  fresh?: boolean;
  /** Shows the remark in full (the card in the 気づき panel). */
  onOpen?: () => void;
}

/** A remark and the place in the document it is about. */
export interface PlacedNote {
  path: FieldPath;
  note: FieldNote;
}

/**
 * Where each remark is shown: at the field of its path, else at the nearest enclosing item that
 * can show remarks (a missing 短期目標 is shown on its 長期目標). `hasSlot` says whether the form
 * has a place for remarks at a path key. Remarks with no place at all are left out (the panel
 * still lists them).
 */
export function placeNotes(notes: readonly PlacedNote[], hasSlot: (key: string) => boolean): Map<string, FieldNote[]> {
  const placed = new Map<string, FieldNote[]>();
  for (const { path, note } of notes) {
    for (let n = path.length; n > 0; n -= 1) {
      const key = pathKey(path.slice(0, n));
      if (!hasSlot(key)) continue;
      placed.set(key, [...(placed.get(key) ?? []), note]);
      break;
    }
  }
  return placed;
}

/** Whether two placements show the same remarks in the same places (so a form need not re-render). */
export function samePlacement(a: ReadonlyMap<string, readonly FieldNote[]>, b: ReadonlyMap<string, readonly FieldNote[]>): boolean {
  if (a.size !== b.size) return false;
  for (const [key, notes] of a) {
    const other = b.get(key);
    if (!other || other.length !== notes.length) return false;
    if (notes.some((note, i) => note.key !== other[i]?.key || note.fresh !== other[i]?.fresh || note.text !== other[i]?.text || note.tone !== other[i]?.tone)) return false;
  }
  return true;
}
