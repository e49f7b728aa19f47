import { z } from 'zod';
import { choice, freeText, idSchema, inlineText, requiredDate, requiredText } from '../domain/common.schema.js';
import { meetingFunctions } from './meeting-functions.js';

/**
 * 地域課題: what the region lacks, found in the cases of 地域ケア会議 and in the unmet needs care
 * managers record, carried through the 協議体（ささえあい会議） until a resource answers it (解決) or it
 * becomes a measure of the municipality (施策化). Kept by the insurer and the 地域包括支援センター
 * (生活支援コーディネーター); never names a person: the evidence is links to de-identified records.
 */
export const issueStatuses = ['identified', 'council', 'developing', 'resolved', 'policy'] as const;
export type IssueStatus = (typeof issueStatuses)[number];

export const issueStatusLabels: Record<IssueStatus, string> = {
  identified: '把握',
  council: '協議体で検討',
  developing: '資源開発中',
  resolved: '解決',
  policy: '施策化',
};

/**
 * Which status may follow which (把握 → 協議体で検討 → 資源開発中 → 解決／施策化). An issue goes back to
 * the 協議体 when the resource under development does not come about, and a closed issue is opened
 * again there when the need comes back.
 */
export const issueTransitions: Record<IssueStatus, readonly IssueStatus[]> = {
  identified: ['council'],
  council: ['developing', 'resolved', 'policy'],
  developing: ['resolved', 'policy', 'council'],
  resolved: ['council'],
  policy: ['council'],
};

const issueStatus = choice(issueStatuses, '地域課題の状態');
const idList = (label: string) =>
  z
    .array(idSchema, { error: `${label}はIDの一覧で指定してください` })
    .max(500, { error: `${label}は500件以内にしてください` })
    .refine((ids) => new Set(ids).size === ids.length, { error: `${label}に同じものが2回含まれています` })
    .default([]);

/** One step of the status history: when the issue moved and why. */
export const issueStatusChangeSchema = z.object({
  status: issueStatus,
  on: requiredDate('状態を変えた日'),
  note: freeText(1000),
});
export type IssueStatusChange = z.infer<typeof issueStatusChangeSchema>;

/**
 * A candidate of a 地域ケア会議 record linked as evidence (the statement tells which candidate). The
 * meeting's date and kind are copied into the link when it is made (the server checks them against
 * the meeting): a meeting record stays with its keeper, and the insurer and the other 包括 count the
 * evidence from the link.
 */
export const issueMeetingLinkSchema = z.object({
  recordId: idSchema,
  /** the candidate's statement as the meeting wrote it; empty links the meeting as a whole */
  statement: inlineText(500),
  /** 開催日 of the meeting */
  heldOn: requiredDate('会議の開催日'),
  /** 地域ケア個別会議, 地域ケア推進会議 */
  meetingLabel: requiredText('会議の種類', 40),
});
export type IssueMeetingLink = z.infer<typeof issueMeetingLinkSchema>;

/** 協議体（ささえあい会議）での協議: one session's discussion of this issue. */
export const councilDiscussionSchema = z.object({
  heldOn: requiredDate('協議した日'),
  /** 出席者 (所属・役割; 例 生活支援コーディネーター、民生委員、社会福祉協議会) */
  attendees: z.array(requiredText('出席者', 100)).min(1, { error: '出席者を1人以上入力してください' }).max(60, { error: '出席者は60人以内にしてください' }),
  /** 協議の内容 */
  discussed: requiredText('協議の内容', 4000),
  /** 決まったこと */
  decisions: freeText(2000),
  /** 次にすること（担当・期限） */
  nextSteps: freeText(2000),
});
export type CouncilDiscussion = z.infer<typeof councilDiscussionSchema>;

export const regionIssueSchema = z
  .object({
    /** 課題の内容 */
    statement: requiredText('地域課題の内容', 500),
    /** 日常生活圏域 */
    area: requiredText('日常生活圏域', 60),
    district: inlineText(60),
    /** which of the five functions of the 地域ケア会議 it serves */
    category: choice(meetingFunctions, '分類（地域ケア会議の機能）'),
    status: issueStatus,
    /** dated status history, oldest first; the last entry is the current status */
    history: z.array(issueStatusChangeSchema).min(1, { error: '状態の履歴がありません' }).max(200),
    /** evidence: 不足している社会資源 records */
    unmetNeedIds: idList('根拠の不足している資源'),
    /** evidence: 地域ケア会議 records and their candidates */
    meetingLinks: z.array(issueMeetingLinkSchema).max(500).default([]),
    discussions: z.array(councilDiscussionSchema).max(200).default([]),
    /** 社会資源 entries created or found for the issue */
    resourceIds: idList('対応する社会資源'),
    /** 解決・施策化の内容 (required to close without a resource, and for 施策化) */
    resolution: freeText(2000),
  })
  .superRefine((issue, ctx) => {
    const last = issue.history.at(-1);
    if (last && last.status !== issue.status) {
      ctx.addIssue({ code: 'custom', path: ['history'], message: `状態（${issueStatusLabels[issue.status]}）が履歴の最後（${issueStatusLabels[last.status]}）と合いません`, input: issue.history });
    }
    issue.history.forEach((h, i) => {
      const before = issue.history[i - 1];
      if (before && h.on < before.on) ctx.addIssue({ code: 'custom', path: ['history', i, 'on'], message: '状態の履歴は日付の順にしてください', input: h.on });
    });
    if (issue.status === 'resolved' && issue.resourceIds.length === 0 && !issue.resolution) {
      ctx.addIssue({ code: 'custom', path: ['resourceIds'], message: '解決にするには、対応する社会資源を登録するか、解決の内容を入力してください', input: issue.resourceIds });
    }
    if (issue.status === 'policy' && !issue.resolution) {
      ctx.addIssue({ code: 'custom', path: ['resolution'], message: '施策化にするには、施策の内容を入力してください', input: issue.resolution });
    }
    const links = issue.meetingLinks.map((l) => `${l.recordId}\n${l.statement ?? ''}`);
    if (new Set(links).size !== links.length) ctx.addIssue({ code: 'custom', path: ['meetingLinks'], message: '同じ地域ケア会議の候補が2回含まれています', input: issue.meetingLinks });
  });
export type RegionIssue = z.infer<typeof regionIssueSchema>;

/**
 * What is wrong with moving from `previous` (undefined for a new issue) to `next`: a new issue starts
 * at 把握, the history is only appended to, and each appended step is an allowed transition. Messages
 * in Japanese; empty when the change is allowed.
 */
export function issueTransitionProblems(previous: Pick<RegionIssue, 'history'> | undefined, next: Pick<RegionIssue, 'history'>): string[] {
  if (previous === undefined) {
    const [first, ...rest] = next.history;
    if (first?.status !== 'identified' || rest.length > 0) return ['新しい地域課題は「把握」から始めてください'];
    return [];
  }
  const kept = previous.history.every((h, i) => {
    const n = next.history[i];
    return n !== undefined && n.status === h.status && n.on === h.on && (n.note ?? '') === (h.note ?? '');
  });
  if (!kept) return ['状態の履歴は書き換えられません（新しい状態を追加してください）'];
  const problems: string[] = [];
  for (let i = previous.history.length; i < next.history.length; i += 1) {
    const from = next.history[i - 1]?.status;
    const to = next.history[i]?.status;
    if (from === undefined || to === undefined) continue;
    if (!issueTransitions[from].includes(to)) problems.push(`「${issueStatusLabels[from]}」から「${issueStatusLabels[to]}」には進めません（次は${issueTransitions[from].map((s) => `「${issueStatusLabels[s]}」`).join('・')}）`);
  }
  return problems;
}

/** The register's one-line title of an issue. */
export function issueTitle(issue: Pick<RegionIssue, 'statement' | 'area' | 'status'>): string {
  return `【${issueStatusLabels[issue.status]}】${issue.area} ${issue.statement.slice(0, 60)}`;
}
