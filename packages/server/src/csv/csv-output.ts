import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { zipFiles, type CsvExportFile } from '@kizuki/core';

/** Writes files into a folder, each through a temporary name so no half-written CSV is ever visible. */
export async function writeCsvFolder(dir: string, files: readonly CsvExportFile[]): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const written: string[] = [];
  for (const file of files) {
    const path = join(dir, file.name);
    await writeFile(`${path}.partial`, file.bytes);
    await rename(`${path}.partial`, path);
    written.push(path);
  }
  return written;
}

/** The files as one ZIP archive (for downloads). */
export function csvZip(files: readonly CsvExportFile[]): Uint8Array {
  return zipFiles(files.map((f) => ({ name: f.name, bytes: f.bytes })));
}
