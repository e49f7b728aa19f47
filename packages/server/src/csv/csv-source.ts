import { createReadStream } from 'node:fs';
import { open, readdir, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { buildSendUnits, CsvImportCollector, createZipReader, KizukiError, MemoryRowSpool, type CsvImportResult, type CsvReadResult } from '@kizuki/core';
import type { OnCsvProgress } from './csv-progress.js';
import { DiskRowSpool } from './disk-row-spool.js';

/** Where CSV files come from: a folder or ZIP on disk, a ZIP in memory (an upload), or files in memory. */
export type CsvSource =
  | { path: string }
  | { zip: Uint8Array }
  /** a ZIP arriving in chunks (an HTTP upload), never held whole */
  | { zipStream: AsyncIterable<Uint8Array>; maxBytes?: number }
  | { files: ReadonlyArray<{ name: string; bytes: Uint8Array }> };

/** Chunk size of file reads: the memory a file costs while it streams. */
const chunkSize = 64 * 1024;

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

async function isZip(path: string): Promise<boolean> {
  const handle = await open(path, 'r');
  try {
    const head = Buffer.alloc(4);
    await handle.read(head, 0, 4, 0);
    return head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04;
  } finally {
    await handle.close();
  }
}

async function pipeFile(path: string, sink: { push(chunk: Uint8Array): void }): Promise<void> {
  for await (const chunk of createReadStream(path, { highWaterMark: chunkSize })) sink.push(chunk as Buffer);
}

async function readZipFile(path: string, collector: Pick<CsvImportCollector, 'openFile'>): Promise<void> {
  const reader = createZipReader((name) => collector.openFile(name));
  for await (const chunk of createReadStream(path, { highWaterMark: chunkSize })) reader.push(chunk as Buffer);
  reader.push(new Uint8Array(0), true);
}

/**
 * Reads every file of a CSV source into send units and hands them to `work`, whose case files are
 * built one client at a time as it iterates each unit's `clients()`. Files stream through in
 * 64 KiB chunks (a ZIP entry is inflated as it streams); checked rows of a folder or a ZIP wait
 * in a temporary SQLite file, deleted when `work` ends, so memory stays flat however large the
 * import. Files already in memory keep their rows in memory.
 * Throws KizukiError('not_found') for a missing path and 'bad_request' for a damaged ZIP or a
 * source with no file at all.
 */
export async function withCsvSource<T>(source: CsvSource, work: (read: CsvReadResult) => Promise<T> | T, onProgress?: OnCsvProgress): Promise<T> {
  const spool = 'files' in source || 'zip' in source ? new MemoryRowSpool() : new DiskRowSpool();
  try {
    const collector = new CsvImportCollector(spool);
    await collect(source, onProgress ? progressCollector(collector, onProgress) : collector);
    const read = collector.finish();
    if (read.units.length === 0 && read.ignored.length === 0) {
      throw new KizukiError('bad_request', '取り込むファイルがありません（フォルダかZIPが空か、ZIPファイルが壊れています）。');
    }
    return await work(read);
  } finally {
    if (spool instanceof DiskRowSpool) spool.close();
  }
}

/** Reads a CSV source and builds every send unit whole (for the audit, which needs every plan at once). */
export async function readCsvSource(source: CsvSource, onProgress?: OnCsvProgress): Promise<CsvImportResult> {
  return withCsvSource(source, buildSendUnits, onProgress);
}

/** The collector, reporting each file once it has been read whole. */
function progressCollector(collector: CsvImportCollector, onProgress: OnCsvProgress): Pick<CsvImportCollector, 'openFile'> {
  let files = 0;
  let bytes = 0;
  return {
    openFile(name) {
      const sink = collector.openFile(name);
      if (!sink) return sink;
      return {
        push(chunk) {
          bytes += chunk.length;
          sink.push(chunk);
        },
        close() {
          sink.close();
          files += 1;
          onProgress({ phase: 'read', file: name, files, bytes });
        },
      };
    },
  };
}

async function collect(source: CsvSource, collector: Pick<CsvImportCollector, 'openFile'>): Promise<void> {
  if ('files' in source) {
    for (const file of source.files) {
      const sink = collector.openFile(file.name);
      sink?.push(file.bytes);
      sink?.close();
    }
  } else if ('zipStream' in source) {
    const reader = createZipReader((name) => collector.openFile(name));
    let total = 0;
    for await (const chunk of source.zipStream) {
      total += chunk.length;
      if (source.maxBytes !== undefined && total > source.maxBytes) {
        throw new KizukiError('bad_request', `ZIPファイルが大きすぎます（上限 ${Math.floor(source.maxBytes / 1024 / 1024)} MB）。送信単位ごとに分けて取り込んでください。`);
      }
      reader.push(chunk);
    }
    reader.push(new Uint8Array(0), true);
  } else if ('zip' in source) {
    const reader = createZipReader((name) => collector.openFile(name));
    for (let i = 0; i < source.zip.length; i += chunkSize) reader.push(source.zip.subarray(i, i + chunkSize));
    reader.push(new Uint8Array(0), true);
  } else {
    const info = await stat(source.path).catch(() => undefined);
    if (!info) throw new KizukiError('not_found', `「${source.path}」が見つかりません（CSVファイルのフォルダかZIPファイルを指定してください）。`, { path: source.path });
    if (info.isDirectory()) {
      for (const file of await listFiles(source.path)) {
        const sink = collector.openFile(relative(source.path, file));
        if (!sink) continue;
        await pipeFile(file, sink);
        sink.close();
      }
    } else if (await isZip(source.path)) {
      await readZipFile(source.path, collector);
    } else {
      throw new KizukiError('bad_request', `「${source.path}」はフォルダでもZIPファイルでもありません。`, { path: source.path });
    }
  }
}
