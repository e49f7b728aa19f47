/**
 * Tells whether the start of a file given as Shift_JIS is really UTF-8: a BOM, or non-ASCII
 * bytes that all form valid UTF-8 sequences. Japanese Shift_JIS text almost never happens to be
 * valid UTF-8, while decoding UTF-8 as Shift_JIS yields plausible-looking 文字化け, so this is
 * checked before decoding rather than guessed from the result.
 */
export function looksLikeUtf8(bytes: Uint8Array): boolean {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return true;
  let multibyte = 0;
  let i = 0;
  // A sequence cut by the end of the sample is not counted against the file.
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    if (b < 0x80) {
      i++;
      continue;
    }
    const length = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0) return false;
    if (i + length > bytes.length) break;
    for (let k = 1; k < length; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return false;
    multibyte++;
    i += length;
  }
  return multibyte > 0;
}
