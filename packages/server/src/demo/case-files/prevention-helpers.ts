import {
  judgeBasicChecklist,
  type BasicChecklist,
  type Certification,
  type Period,
  type PreventionPlan,
} from '@kizuki/core';
import { staff, type DemoIds } from './helpers.js';
import type { DemoProvider } from './providers.js';

/** The demo 地域包括支援センター as printed on 予防計画書. */
export const centerName = 'みなと地域包括支援センター（デモ）';

/**
 * A 基本チェックリスト from a 25-letter string of answers, y = はい, n = いいえ, - = 未回答
 * (spaces are ignored, so the string can be grouped by domain: 'nyyny nnnyy nn nnn yy nyn nnynn').
 */
export function checklist(ids: DemoIds, date: string, answers: string, body: { heightCm: number; weightKg: number }, notes?: string): BasicChecklist {
  const letters = answers.replace(/\s/gu, '').split('');
  if (letters.length !== 25) throw new Error(`基本チェックリストの回答は25問です（${letters.length}問）`);
  return {
    id: ids.next('checklist'),
    date,
    respondent: 'client',
    answers: letters.map((letter) => (letter === 'y' ? true : letter === 'n' ? false : undefined)),
    heightCm: body.heightCm,
    weightKg: body.weightKg,
    notes,
  };
}

/** 該当数 and 事業プログラムの要否 of the 予防計画書, read from the checklist's judgement. */
export function checklistSummary(list: BasicChecklist): Pick<PreventionPlan, 'checklistCounts' | 'programNeeds'> {
  const { domainCounts: c, criteriaMet } = judgeBasicChecklist(list);
  return {
    checklistCounts: { movement: c.movement, nutrition: c.nutrition, oral: c.oral, housebound: c.housebound, cognition: c.cognition, depression: c.depression },
    programNeeds: {
      movement: criteriaMet.includes('movement'),
      nutrition: criteriaMet.includes('nutrition'),
      oral: criteriaMet.includes('oral'),
      housebound: criteriaMet.includes('housebound'),
      cognition: criteriaMet.includes('cognition'),
      depression: criteriaMet.includes('depression'),
    },
  };
}

export interface SupportRowSpec {
  points: string;
  /** 本人等のセルフケアや家族の支援、インフォーマルサービス; blank when there is none. */
  selfCare?: string;
  formal?: string;
  provider?: DemoProvider;
}

export interface IssueSpec {
  overallIssue: string;
  proposal: string;
  intention: string;
  goal: string;
  rows: SupportRowSpec[];
}

/** 総合的課題〜支援計画 with generated ids; every row runs for `period`. */
export function issues(ids: DemoIds, period: Period, specs: IssueSpec[]): PreventionPlan['issues'] {
  return specs.map((spec) => ({
    id: ids.next('issue'),
    overallIssue: spec.overallIssue,
    proposal: spec.proposal,
    intention: spec.intention,
    goal: spec.goal,
    supportRows: spec.rows.map((row) => ({
      id: ids.next('row'),
      supportPoints: row.points,
      selfCareAndInformal: row.selfCare,
      formalService: row.formal,
      serviceTypeCode: row.provider?.code,
      serviceTypeName: row.provider?.typeName,
      providerName: row.provider?.name,
      providerOfficeNumber: row.provider?.officeNumber,
      period,
    })),
  }));
}

export type PreventionPlanSpec = Omit<
  PreventionPlan,
  'certificationId' | 'careLevel' | 'certifiedOn' | 'certificationValidFrom' | 'certificationValidTo' | 'certificationStatus' | 'centerName' | 'centerStaffName' | 'basicChecklistId' | 'checklistCounts' | 'programNeeds' | 'delivery' | 'consent'
> & {
  cert: Certification;
  checklist: BasicChecklist;
  consentOn?: string;
  consentBy?: string;
  deliveredOn?: string;
};

/** A 介護予防サービス・支援計画書 tied to its certification and checklist, with consent and delivery. */
export function preventionPlan(ids: DemoIds, spec: PreventionPlanSpec): PreventionPlan {
  const { cert, checklist: list, consentOn, consentBy, deliveredOn, ...rest } = spec;
  const providers = new Map<string, string>();
  for (const issue of rest.issues) {
    for (const row of issue.supportRows) if (row.providerName) providers.set(row.providerName, row.providerOfficeNumber ?? '');
  }
  return {
    ...rest,
    certificationStatus: cert.status,
    certificationId: cert.id,
    careLevel: cert.careLevel,
    certifiedOn: cert.certifiedOn,
    certificationValidFrom: cert.validFrom,
    certificationValidTo: cert.validTo,
    centerName,
    centerStaffName: staff.center.name,
    basicChecklistId: list.id,
    ...checklistSummary(list),
    consent: consentOn ? { date: consentOn, by: consentBy, method: 'signature' } : undefined,
    delivery: deliveredOn
      ? { toClientOn: deliveredOn, toProviders: [...providers].map(([providerName, officeNumber]) => ({ id: ids.next('dl'), providerName, officeNumber, deliveredOn })) }
      : undefined,
  };
}
