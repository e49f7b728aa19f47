import { describe, expect, it } from 'vitest';
import { MemoryRowSpool, mergeAscending } from './row-spool.js';

describe('mergeAscending', () => {
  it('merges ascending sequences into one without repeats', () => {
    expect([...mergeAscending([['a', 'c', 'e'], ['b', 'c', 'f'], [], ['a', 'g']])]).toEqual(['a', 'b', 'c', 'e', 'f', 'g']);
    expect([...mergeAscending([])]).toEqual([]);
  });

  it('reads each sequence lazily', () => {
    const pulled: string[] = [];
    function* seq(keys: string[]) {
      for (const k of keys) {
        pulled.push(k);
        yield k;
      }
    }
    const merged = mergeAscending([seq(['1', '3']), seq(['2', '4'])]);
    expect(merged.next().value).toBe('1');
    expect(pulled).toEqual(['1', '2']);
    expect([...merged]).toEqual(['2', '3', '4']);
  });
});

describe('MemoryRowSpool', () => {
  it('keeps rows per file and client, keys ascending', () => {
    const spool = new MemoryRowSpool();
    spool.addRow(0, '089999_0000000002', { line: 1, values: {} });
    spool.addRow(0, '089999_0000000001', { line: 2, values: {} });
    spool.addRow(0, '089999_0000000002', { line: 3, values: {} });
    expect([...spool.clientKeys(0)]).toEqual(['089999_0000000001', '089999_0000000002']);
    expect(spool.rowsOfClient(0, '089999_0000000002').map((r) => r.line)).toEqual([1, 3]);
    expect(spool.rowsOfClient(1, '089999_0000000002')).toEqual([]);
  });
});
