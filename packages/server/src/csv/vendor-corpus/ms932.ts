/**
 * An MS932 (Windows-31J) encoder of the corpus's own, independent of Kizuki's: the table is the
 * inverse of the platform's WHATWG `shift_jis` decoder (which is Windows-31J), built by decoding
 * every single- and double-byte code.
 */

/** Lead bytes in the order whose first code wins a duplicate: NEC row 13 and IBM extensions before the NEC-selected IBM rows (ED, EE), as Windows writes. */
function leadBytes(): number[] {
  const leads: number[] = [];
  for (let b = 0x81; b <= 0x9f; b++) leads.push(b);
  for (let b = 0xe0; b <= 0xfc; b++) if (b !== 0xed && b !== 0xee) leads.push(b);
  leads.push(0xed, 0xee);
  return leads;
}

function buildTable(): Map<number, number[]> {
  const decoder = new TextDecoder('shift_jis', { fatal: true });
  const table = new Map<number, number[]>();
  const add = (bytes: number[]) => {
    let text: string;
    try {
      text = decoder.decode(new Uint8Array(bytes));
    } catch {
      return;
    }
    const code = text.codePointAt(0);
    if (code === undefined || code === 0xfffd || [...text].length !== 1 || table.has(code)) return;
    table.set(code, bytes);
  };
  for (let b = 0x00; b <= 0x7f; b++) add([b]);
  for (let b = 0xa1; b <= 0xdf; b++) add([b]);
  for (const lead of leadBytes()) for (let trail = 0x40; trail <= 0xfc; trail++) if (trail !== 0x7f) add([lead, trail]);
  return table;
}

let table: Map<number, number[]> | undefined;

/** `text` in MS932; throws on a character MS932 lacks (〜 U+301C, − U+2212 …) so the corpus never holds a replacement. */
export function encodeMs932(text: string): Uint8Array {
  table ??= buildTable();
  const out: number[] = [];
  for (const char of text) {
    const bytes = table.get(char.codePointAt(0)!);
    if (bytes === undefined) throw new Error(`MS932 にない文字です: ${char} (U+${char.codePointAt(0)!.toString(16).toUpperCase()})`);
    out.push(...bytes);
  }
  return new Uint8Array(out);
}
