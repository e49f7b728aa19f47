import type { CsvRow } from './check-record.js';

/**
 * Where the checked rows of the files being imported wait until their send unit is linked. Rows of
 * one client are read back together, one client at a time, so an import that spools to disk
 * holds one client's rows and case file in memory however large the files are. Client keys
 * (保険者番号_被保険者番号) are ASCII and come back in ascending code-unit order.
 */
export interface CsvRowSpool {
  addRow(fileId: number, clientKey: string, row: CsvRow): void;
  /** Distinct client keys of a file, ascending. */
  clientKeys(fileId: number): Iterable<string>;
  /** The client's rows of a file, in line order (the order a reader adds them). */
  rowsOfClient(fileId: number, clientKey: string): CsvRow[];
}

/** Keeps rows in memory: for uploads already in memory, tests, and the browser. */
export class MemoryRowSpool implements CsvRowSpool {
  private readonly files = new Map<number, Map<string, CsvRow[]>>();

  addRow(fileId: number, clientKey: string, row: CsvRow): void {
    let byClient = this.files.get(fileId);
    if (!byClient) {
      byClient = new Map();
      this.files.set(fileId, byClient);
    }
    const rows = byClient.get(clientKey);
    if (rows) rows.push(row);
    else byClient.set(clientKey, [row]);
  }

  clientKeys(fileId: number): Iterable<string> {
    return [...(this.files.get(fileId)?.keys() ?? [])].sort(compareKeys);
  }

  rowsOfClient(fileId: number, clientKey: string): CsvRow[] {
    return this.files.get(fileId)?.get(clientKey) ?? [];
  }
}

/** Code-unit order, the order SQLite's BINARY collation gives ASCII keys. */
export function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The union of ascending key sequences, ascending and without repeats, read lazily. */
export function* mergeAscending(sequences: Iterable<Iterable<string>>): Generator<string> {
  const heads = [...sequences].map((s) => s[Symbol.iterator]()).map((it) => ({ it, next: it.next() }));
  for (;;) {
    let least: string | undefined;
    for (const head of heads) if (!head.next.done && (least === undefined || head.next.value < least)) least = head.next.value;
    if (least === undefined) return;
    yield least;
    for (const head of heads) while (!head.next.done && head.next.value === least) head.next = head.it.next();
  }
}
