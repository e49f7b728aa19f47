import { Unzip, UnzipInflate, zipSync, type Zippable } from 'fflate';
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

/**
 * A streaming ZIP reader: push the archive's bytes in chunks; each entry's data reaches the sink
 * `onEntry` returns for it (undefined skips the entry), so no entry is held whole in memory.
 * Throws KizukiError('bad_request') when the archive is damaged.
 */
export function createZipReader(onEntry: (name: string) => ZipEntrySink | undefined): { push(chunk: Uint8Array, final?: boolean): void } {
  const unzip = new Unzip((file) => {
    if (file.name.endsWith('/')) return;
    const sink = onEntry(file.name);
    if (!sink) return;
    file.ondata = (error, data, final) => {
      if (error) throw new KizukiError('bad_request', `ZIPファイルの「${file.name}」を展開できません: ${error.message}`);
      if (data.length > 0) sink.push(data);
      if (final) sink.close();
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  return {
    push(chunk, final = false) {
      try {
        unzip.push(chunk, final);
      } catch (error) {
        if (error instanceof KizukiError) throw error;
        throw new KizukiError('bad_request', `ZIPファイルとして読めません: ${error instanceof Error ? error.message : String(error)}`);
      }
    },
  };
}
