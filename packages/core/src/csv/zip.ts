import { strFromU8, Unzip, UnzipInflate, zipSync, type Zippable } from 'fflate';
import { KizukiError } from '../errors/kizuki-error.js';

/** Packs files into a ZIP (stored names as given; the CSV files are small, so compression is on). */
export function zipFiles(files: ReadonlyArray<{ name: string; bytes: Uint8Array }>): Uint8Array {
  const entries: Zippable = {};
  for (const file of files) entries[file.name] = [file.bytes, { level: 6 }];
  return zipSync(entries);
}

/** Receives the entries of a streamed ZIP, one after the other. */
export interface ZipEntrySink {
  push(chunk: Uint8Array): void;
  close(): void;
}

const crcTable = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** Continues a CRC-32 (the ZIP checksum) over `data`; start with 0. */
function crc32(crc: number, data: Uint8Array): number {
  let c = crc ^ 0xffffffff;
  for (let i = 0; i < data.length; i++) c = crcTable[(c ^ data[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** How much of the archive's end is kept to read its central directory (the checksums). */
const tailBytes = 256 * 1024;

function concat(chunks: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/**
 * The checksum of each entry by name, from the central directory at the end of the archive;
 * undefined when the end is not a ZIP's (cut short, or not a ZIP). `complete` is false when the
 * directory does not fit in the kept tail (then only the other checks apply).
 */
function centralDirectory(tail: Uint8Array, archiveLength: number): { crcs: Map<string, number>; complete: boolean } | undefined {
  const view = new DataView(tail.buffer, tail.byteOffset, tail.byteLength);
  let end = -1;
  for (let i = tail.length - 22; i >= 0 && i >= tail.length - 22 - 0xffff; i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) return undefined;
  const crcs = new Map<string, number>();
  const offset = view.getUint32(end + 16, true);
  let at = tail.length - (archiveLength - offset);
  if (offset === 0xffffffff || at < 0) return { crcs, complete: false };
  while (at + 46 <= end && view.getUint32(at, true) === 0x02014b50) {
    const utf8 = (view.getUint16(at + 8, true) & 0x800) !== 0;
    const nameLength = view.getUint16(at + 28, true);
    const nameBytes = tail.subarray(at + 46, at + 46 + nameLength);
    crcs.set(utf8 ? strFromU8(nameBytes) : strFromU8(nameBytes, true), view.getUint32(at + 16, true));
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return { crcs, complete: true };
}

/**
 * A streaming ZIP reader: push the archive's bytes in chunks; each entry's data reaches the sink
 * `onEntry` returns for it (undefined skips the entry), so no entry is held whole in memory.
 * Throws KizukiError('bad_request') when the archive is damaged: an entry that does not inflate,
 * an archive cut short (no end of central directory, or an entry never finished), or an entry
 * whose size or CRC-32 differs from what the archive records. The last check comes with the final
 * push, before which the caller must not act on what it received.
 */
export function createZipReader(onEntry: (name: string) => ZipEntrySink | undefined): { push(chunk: Uint8Array, final?: boolean): void } {
  // fflate's stream checks neither the checksums nor whether the archive ends: both are done here.
  const unfinished = new Set<string>();
  const crcs = new Map<string, number>();
  const tail: Uint8Array[] = [];
  let tailLength = 0;
  let archiveLength = 0;
  const unzip = new Unzip((file) => {
    if (file.name.endsWith('/')) return;
    const sink = onEntry(file.name);
    if (!sink) return;
    unfinished.add(file.name);
    let inflated = 0;
    let crc = 0;
    file.ondata = (error, data, final) => {
      if (error) throw (error as unknown) instanceof KizukiError ? error : new KizukiError('bad_request', `ZIPファイルの「${file.name}」を展開できません: ${error.message}`);
      inflated += data.length;
      crc = crc32(crc, data);
      if (data.length > 0) sink.push(data);
      if (!final) return;
      if (file.originalSize !== undefined && inflated !== file.originalSize) {
        throw new KizukiError('bad_request', `ZIPファイルの「${file.name}」が壊れています（展開すると${file.originalSize}バイトのはずが${inflated}バイト）。ファイルを作り直して送ってください。`);
      }
      unfinished.delete(file.name);
      crcs.set(file.name, crc);
      sink.close();
    };
    file.start();
  });
  unzip.register(UnzipInflate);

  function keep(chunk: Uint8Array): void {
    archiveLength += chunk.length;
    if (chunk.length === 0) return;
    tail.push(chunk);
    tailLength += chunk.length;
    while (tail.length > 1 && tailLength - tail[0]!.length >= tailBytes) tailLength -= tail.shift()!.length;
  }

  function checkEnd(): void {
    const [cut] = unfinished;
    if (cut !== undefined) throw new KizukiError('bad_request', `ZIPファイルが途中で終わっています（「${cut}」が最後まで入っていません）。ファイルを送り直してください。`);
    const directory = centralDirectory(concat(tail), archiveLength);
    if (directory === undefined) {
      throw new KizukiError('bad_request', 'ZIPファイルとして読めません（ZIPの終わりがありません。途中で切れているか、ZIPファイルではありません）。ファイルを送り直してください。');
    }
    for (const [name, crc] of crcs) {
      const expected = directory.crcs.get(name);
      const damage = expected === undefined ? (directory.complete ? 'ZIPの目録にない名前です' : undefined) : expected !== crc ? 'CRC-32が一致しません' : undefined;
      if (damage) throw new KizukiError('bad_request', `ZIPファイルの「${name}」が壊れています（${damage}）。ファイルを作り直して送ってください。`);
    }
  }

  return {
    push(chunk, final = false) {
      keep(chunk);
      try {
        unzip.push(chunk, final);
      } catch (error) {
        if (error instanceof KizukiError) throw error;
        throw new KizukiError('bad_request', `ZIPファイルとして読めません: ${error instanceof Error ? error.message : String(error)}`);
      }
      if (final) checkEnd();
    },
  };
}
