import { KizukiError } from '../errors/kizuki-error.js';
import { ms932EncodeTable, unmapped } from './ms932-table.js';
import { newTextDecoder, type TextDecoderLike } from './text-decoder.js';

/**
 * Encodes text that is already MS932-safe (see toMs932Text) to Shift_JIS (MS932) bytes.
 * Throws KizukiError('bad_request') naming the first character MS932 cannot hold, so nothing
 * is ever written as `?`.
 */
export function encodeMs932(text: string): Uint8Array {
  const table = ms932EncodeTable();
  const out = new Uint8Array(text.length * 2);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const code = table[text.charCodeAt(i)] ?? unmapped;
    if (code === unmapped) {
      const ch = String.fromCodePoint(text.codePointAt(i) ?? 0);
      throw new KizukiError('bad_request', `Shift_JIS（MS932）で表せない文字「${ch}」（U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}）があります。`, { char: ch, index: i });
    }
    if (code < 0x100) out[n++] = code;
    else {
      out[n++] = code >> 8;
      out[n++] = code & 0xff;
    }
  }
  return out.slice(0, n);
}

/** A streaming Shift_JIS (MS932) decoder: chunks may split a two-byte character. */
export function createMs932Decoder(): TextDecoderLike {
  return newTextDecoder('shift_jis');
}

/** Decodes Shift_JIS (MS932) bytes; malformed bytes become U+FFFD (the caller reports them). */
export function decodeMs932(bytes: Uint8Array): string {
  return createMs932Decoder().decode(bytes);
}

/** True when every character of `text` has an MS932 encoding. */
export function isMs932Text(text: string): boolean {
  const table = ms932EncodeTable();
  for (let i = 0; i < text.length; i++) if (table[text.charCodeAt(i)] === unmapped) return false;
  return true;
}
