/**
 * How far a long CSV import or audit has come, for a progress display (the CLI writes it to
 * stderr). Reported often; a display decides how often to show it.
 */
export type CsvProgress =
  /** A file of the source was read whole (`files` so far, `bytes` read so far). */
  | { phase: 'read'; file: string; files: number; bytes: number }
  /** A client's case file was stored (import) or built (audit); `units` send units begun so far. */
  | { phase: 'clients'; clients: number; units: number }
  /** The audit has reached `caseFiles` case files (clients with a plan, each audited once every unit is read). */
  | { phase: 'audit'; caseFiles: number };

export type OnCsvProgress = (progress: CsvProgress) => void;
