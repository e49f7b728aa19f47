import { z } from 'zod';
import type { Certification } from '../../../domain/certification.schema.js';
import { currentCertification } from '../../../domain/current-certification.js';
import type { CaseFile } from '../../../domain/document-bodies.js';
import { addDays, daysBetween, type IsoDate } from '../../../dates/iso-date.js';
import { defineRule } from '../../rule.js';
import { dateText } from '../plan-structure/rule-text.js';
import { documentEvidence } from '../../evidence.js';

/** Words in the 支援経過 showing the renewal is being prepared (更新申請の代行 …). */
const renewalWords = /更新|区分変更|再アセスメント/u;

/**
 * Signs that the renewal is under way, from `since` on: another application (申請中, or any
 * later application or validity), a renewal assessment, a renewal meeting, or a 支援経過 entry
 * about the renewal.
 */
export function renewalUnderWay(caseFile: CaseFile, current: Certification, since: IsoDate): boolean {
  const validTo = current.validTo!;
  const otherCertification = caseFile.certifications.some(
    (c) => c.id !== current.id && (c.status === 'applying' || (c.applicationDate !== undefined && c.applicationDate >= since) || (c.validFrom !== undefined && c.validFrom > validTo)),
  );
  return (
    otherCertification ||
    caseFile.assessments.some((a) => a.date >= since && (a.reason === 'renewal' || a.reason === 'level_change')) ||
    caseFile.careTeamMeetings.some((m) => m.date >= since && m.occasion === 'renewal') ||
    caseFile.supportLog.some((e) => e.date >= since && renewalWords.test(`${e.title ?? ''}${e.content ?? ''}`))
  );
}

/** `rules.process.certification-expiring.params`: how many days ahead the end of a certification is raised. */
export const certificationExpiringParamsSchema = z.object({
  daysBefore: z.number({ error: 'daysBefore は日数（数値）で指定してください' }).int({ error: 'daysBefore は整数で指定してください' }).min(1, { error: 'daysBefore は1以上で指定してください' }).default(60),
});

/**
 * The certification in force ends within `daysBefore` days of the audit date and nothing shows
 * a renewal being prepared (13条15号: after the 更新認定 a meeting follows, so the reassessment
 * has to be planned in time). Certifications already past their end are not this rule's concern.
 */
export const certificationExpiringRule = defineRule({
  id: 'process.certification-expiring',
  scope: 'case',
  params: certificationExpiringParamsSchema,
  requires: ['certification'],
  evaluate({ caseFile, asOf, params }) {
    const current = currentCertification(caseFile.certifications, asOf);
    const validTo = current?.validTo;
    if (current === undefined || validTo === undefined || validTo < asOf) return [];
    if (current.validFrom !== undefined && current.validFrom > asOf) return [];
    const left = daysBetween(asOf, validTo);
    if (left > params.daysBefore) return [];
    const since = addDays(validTo, -params.daysBefore);
    if (renewalUnderWay(caseFile, current, since)) return [];
    return [
      {
        message: `認定の有効期間が${dateText(validTo)}で終わります（あと${left}日）。更新申請の準備や、更新に向けた再アセスメント・サービス担当者会議の予定は立っていますか？`,
        evidence: [documentEvidence('certification', current.id, ['validTo'], '認定の有効期間 終了日', validTo)],
      },
    ];
  },
});
