import type { CsvIssue } from './csv-issue.js';

/**
 * What an import into the store did: the JSON `kizuki csv import` prints and `POST /api/csv/import`
 * answers, read by the CSV取り込み page.
 */

/** 新規・更新・変更なし */
export type CsvImportAction = 'created' | 'updated' | 'unchanged';

export interface CsvImportedClient {
  clientId: string;
  insurerNumber: string;
  insuredNumber: string;
  name: string;
  action: CsvImportAction;
}

export interface CsvImportedPlan {
  clientId: string;
  documentId: string;
  kind: 'care_plan' | 'prevention_plan' | 'service_usage';
  /** 作成（変更）日 of a plan (YYYY-MM-DD); 対象年月 (YYYY-MM) of a サービス利用票 */
  planDate: string | undefined;
  /** created: a new document; updated: a revision appended; unchanged: the same was already there */
  action: CsvImportAction;
}

/** What happened to one send unit. */
export interface CsvUnitSummary {
  key: string;
  files: string[];
  /** true: stored whole; false: rejected whole (see issues), nothing stored */
  accepted: boolean;
  clients: CsvImportedClient[];
  plans: CsvImportedPlan[];
  issues: CsvIssue[];
}

export interface CsvImportSummary {
  units: CsvUnitSummary[];
  /** files outside the standard's naming rule */
  ignored: CsvIssue[];
  totals: {
    units: number;
    accepted: number;
    rejected: number;
    clientsCreated: number;
    clientsUpdated: number;
    plansCreated: number;
    plansUpdated: number;
    plansUnchanged: number;
    errors: number;
    warnings: number;
  };
}
