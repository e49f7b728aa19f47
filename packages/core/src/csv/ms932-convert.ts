import { ms932EncodeTable, unmapped } from './ms932-table.js';

/** One character the export changed because MS932 cannot hold it (範囲外文字の変換). */
export interface Ms932Conversion {
  original: string;
  replacement: string;
}

/** 〓 (geta), the customary mark for a character that has no MS932 form at all. */
export const ms932FallbackChar = '〓';

/**
 * Characters outside MS932 whose MS932 counterpart is known. The first group are the Unicode
 * twins of MS932 characters (a Mac or a web form writes 〜 U+301C where Windows writes ～ U+FF5E);
 * the second are 異体字 written with a character outside JIS (𠮷 → 吉). Corrections go here.
 */
const knownReplacements: Readonly<Record<string, string>> = {
  '\u301C': '\uFF5E', // 〜 WAVE DASH → ～
  '\u2016': '\u2225', // ‖ → ∥
  '\u2212': '\uFF0D', // − MINUS SIGN → －
  '\u2014': '\u2015', // — EM DASH → ―
  '\u00A2': '\uFFE0', // ¢ → ￠
  '\u00A3': '\uFFE1', // £ → ￡
  '\u00AC': '\uFFE2', // ¬ → ￢
  '\u00A0': ' ', // no-break space
  '\u2011': '-', // non-breaking hyphen
  '\u2013': '-', // – EN DASH
  '\u00B7': '・', // · MIDDLE DOT
  '\u{20BB7}': '吉', // 𠮷 (つちよし)
  '\u{2123D}': '土', // 𡈽
  '\u{20B9F}': '叱', // 𠮟
  '\u5861': '填', // 塡 → 填
  '\u525D': '剥', // 剝 → 剥
  '\u7E6B': '繋', // 繫 → 繋
  '\u9DD7': '鴎', // 鷗 → 鴎
  '\u3094': 'ヴ', // ゔ → ヴ
};

function encodable(text: string, table: Uint16Array): boolean {
  for (let i = 0; i < text.length; i++) if (table[text.charCodeAt(i)] === unmapped) return false;
  return true;
}

function isCombining(codePoint: number): boolean {
  return (codePoint >= 0x300 && codePoint <= 0x36f) || codePoint === 0x3099 || codePoint === 0x309a || (codePoint >= 0xfe00 && codePoint <= 0xfe0f);
}

/** The MS932 replacement for one cluster (a character plus any combining marks after it). */
function replacementFor(cluster: string, table: Uint16Array): string {
  const known = knownReplacements[cluster];
  if (known !== undefined && encodable(known, table)) return known;
  const composed = cluster.normalize('NFC');
  if (encodable(composed, table)) return composed;
  // Variation selectors and combining marks that do not compose are dropped (é → e, 葛󠄀 → 葛).
  const stripped = [...cluster.normalize('NFD')].filter((ch) => !isCombining(ch.codePointAt(0) ?? 0)).join('');
  if (stripped !== '' && encodable(stripped, table)) return stripped;
  const compatible = composed.normalize('NFKC');
  if (compatible !== '' && encodable(compatible, table)) return compatible;
  return ms932FallbackChar;
}

/**
 * Makes `text` encodable in MS932 (標準仕様 4.3: 範囲外文字は MS932 内の有効な文字に変換する) and
 * lists every change, so an export can report them instead of silently writing `?`. Known twins
 * and 異体字 first, then Unicode composition or compatibility forms (㋿ → 令和, é → e), and 〓
 * when nothing fits.
 */
export function toMs932Text(text: string): { text: string; conversions: Ms932Conversion[] } {
  const table = ms932EncodeTable();
  if (encodable(text, table)) return { text, conversions: [] };
  const conversions: Ms932Conversion[] = [];
  const chars = [...text];
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    let cluster = chars[i] ?? '';
    while (i + 1 < chars.length && isCombining(chars[i + 1]?.codePointAt(0) ?? 0)) cluster += chars[++i] ?? '';
    if (encodable(cluster, table)) {
      out += cluster;
      continue;
    }
    const replacement = replacementFor(cluster, table);
    conversions.push({ original: cluster, replacement });
    out += replacement;
  }
  return { text: out, conversions };
}
