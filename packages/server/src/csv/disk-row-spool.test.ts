import { existsSync } from 'node:fs';
import { MemoryRowSpool, type CsvRow, type CsvRowSpool } from '@kizuki/core';
import { describe, expect, it } from 'vitest';
import { DiskRowSpool } from './disk-row-spool.js';

/** 1,200 clients over two files, clients in a scrambled order (rows of a file come in line order, as a reader adds them). */
function fill(spool: CsvRowSpool): void {
  for (let i = 0; i < 1200; i++) {
    const n = (i * 7919) % 1200; // a permutation of 0..1199
    const key = `089999_${String(n).padStart(10, '0')}`;
    spool.addRow(0, key, { line: 2 * n + 1, values: { insuredNumber: String(n), text: '一行目' } });
    spool.addRow(0, key, { line: 2 * n + 2, values: { insuredNumber: String(n), text: `二行目「${n}」,"` } });
    if (n % 3 === 0) spool.addRow(1, key, { line: n, values: { insuredNumber: String(n) } });
  }
}

function readAll(spool: CsvRowSpool, fileId: number): Array<[string, CsvRow[]]> {
  const out: Array<[string, CsvRow[]]> = [];
  // Rows are read while the keys are still being iterated, as unit building does.
  for (const key of spool.clientKeys(fileId)) out.push([key, spool.rowsOfClient(fileId, key)]);
  return out;
}

describe('DiskRowSpool', () => {
  it('gives back every client in ascending order with its rows in line order, as the memory spool does', () => {
    const disk = new DiskRowSpool();
    const memory = new MemoryRowSpool();
    try {
      fill(disk);
      fill(memory);
      const fromDisk = readAll(disk, 0);
      expect(fromDisk).toHaveLength(1200);
      expect(fromDisk.map(([k]) => k)).toEqual([...fromDisk.map(([k]) => k)].sort());
      expect(fromDisk[5]).toEqual(['089999_0000000005', [{ line: 11, values: { insuredNumber: '5', text: '一行目' } }, { line: 12, values: { insuredNumber: '5', text: '二行目「5」,"' } }]]);
      expect(fromDisk).toEqual(readAll(memory, 0));
      expect(readAll(disk, 1)).toEqual(readAll(memory, 1));
      expect(readAll(disk, 1)).toHaveLength(400);
      expect(disk.rowsOfClient(2, '089999_0000000005')).toEqual([]);
    } finally {
      disk.close();
    }
  });

  it('deletes its file on close', () => {
    const disk = new DiskRowSpool();
    disk.addRow(0, 'k', { line: 1, values: {} });
    expect(existsSync(disk.dir)).toBe(true);
    disk.close();
    expect(existsSync(disk.dir)).toBe(false);
  });
});
