import { z } from 'zod';
import { idSchema } from '../domain/common.schema.js';
import type { Finding } from '../audit/finding.js';
import type { IsoDate } from '../dates/iso-date.js';
import type { StoredRecord } from '../records/record.js';
import type { InspectionSummaryDraft } from './draft-summary.js';
import type { SelectionCriterion } from './select-sample.js';

/** One of the office's own plans the 点検 may take (GET /api/inspection/proposals). */
export interface InspectionProposalPlan {
  clientId: string;
  clientName: string;
  documentId: string;
  revision: number;
  planDate?: IsoDate;
  /** The criteria of the request the plan meets. */
  meets: SelectionCriterion[];
  /** Picked by the sample (random within criteria), and why. */
  proposedBy?: SelectionCriterion | 'random';
}

/** The office's plans for the 点検s addressed to it (or its 自己点検), with a proposed sample. */
export interface InspectionProposals {
  asOf: IsoDate;
  criteria: SelectionCriterion[];
  plans: InspectionProposalPlan[];
}

/** The plan under 点検 as the inspector may read it, with the automatic 気づき as the starting point. */
export interface InspectionPlanReading {
  /** submitted (the source) or revised (after the dialogue) */
  which: 'submitted' | 'revised';
  documentId: string;
  revision: number;
  clientName?: string;
  /** the plan body (core CarePlan) */
  plan: unknown;
  packId: string;
  findings: Finding[];
  /** The pack's checklist items (重点留意事項 …) an observation may name. */
  checklist: { id: string; title: string; text: string }[];
}

/** The generated draft of a year's 総評 and its text (GET /api/inspection/summary-draft). */
export interface InspectionSummaryDraftAnswer {
  draft: InspectionSummaryDraft;
  text: string;
}

/** POST /api/inspection/cases/:id/submit: the client whose plan in force is submitted (or its revision). */
export const inspectionSubmitRequestSchema = z.object({
  clientId: z.string({ error: '提出する利用者を選んでください' }).pipe(idSchema),
  revised: z.boolean({ error: '見直した計画かどうかを true/false で指定してください' }).optional(),
});
export type InspectionSubmitRequest = z.infer<typeof inspectionSubmitRequestSchema>;

/** A client found in an office's CSV, for the 点検者 to choose when the files hold several. */
export interface InspectionCsvClient {
  insuredNumber: string;
  sendUnit: string;
  planDate?: IsoDate;
}

/** POST /api/inspection/cases/:id/csv: the case as saved with the CSV plan, or the clients to choose from. */
export type InspectionCsvImportAnswer = { kind: 'imported'; record: StoredRecord } | { kind: 'choose'; clients: InspectionCsvClient[] };
