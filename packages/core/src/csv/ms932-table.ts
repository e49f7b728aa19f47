import { newTextDecoder } from './text-decoder.js';

/** Marks a code unit with no MS932 encoding in {@link ms932EncodeTable}. */
export const unmapped = 0xffff;

let table: Uint16Array | undefined;

/**
 * Lead bytes left out of the encoder. 0xED–0xEE hold NEC-selected IBM extensions, duplicates of
 * 0xFA–0xFC that Windows never writes; 0xF0–0xF9 is the user-defined area (外字), which the
 * standard forbids.
 */
function isSkippedLead(lead: number): boolean {
  return lead === 0xed || lead === 0xee || (lead >= 0xf0 && lead <= 0xf9);
}

/**
 * The MS932 encoder table built from the platform's Shift_JIS decoder, so encoding and decoding
 * can never disagree: index = UTF-16 code unit, value = byte (< 0x100) or lead<<8|trail, or
 * {@link unmapped}. Where several byte pairs decode to one character the first wins, which
 * gives Windows' choices (Ⅰ → 0x8754 not 0xFA4A, ∵ → 0x81E6, ¬ → 0x81CA). Built once, lazily.
 */
export function ms932EncodeTable(): Uint16Array {
  if (table) return table;
  const built = new Uint16Array(0x10000).fill(unmapped);
  const decoder = newTextDecoder('shift_jis');
  // Single bytes through the decoder too: ICU swaps a few control codes (0x1A, 0x1C, 0x7F).
  for (let b = 0; b <= 0xdf; b++) {
    if (b >= 0x80 && b < 0xa1) continue;
    const unit = decoder.decode(new Uint8Array([b])).charCodeAt(0);
    if (unit !== 0xfffd && built[unit] === unmapped) built[unit] = b;
  }
  const pair = new Uint8Array(2);
  for (let lead = 0x81; lead <= 0xfc; lead++) {
    if ((lead > 0x9f && lead < 0xe0) || isSkippedLead(lead)) continue;
    pair[0] = lead;
    for (let trail = 0x40; trail <= 0xfc; trail++) {
      if (trail === 0x7f) continue;
      pair[1] = trail;
      const text = decoder.decode(pair);
      if (text.length !== 1) continue;
      const unit = text.charCodeAt(0);
      if (unit === 0xfffd || built[unit] !== unmapped) continue;
      built[unit] = (lead << 8) | trail;
    }
  }
  table = built;
  return built;
}
