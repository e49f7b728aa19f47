import { formatWareki } from '../dates/wareki.js';
import { communityMeetingKindLabels, type MeetingCase, type MeetingResult } from './meeting-record.schema.js';
import { meetingProfessionLabels } from './meeting-professions.js';

/** The text of the 支援経過 entry a finalized 地域ケア会議 writes into the presenting office's case file. */
export function meetingAdviceLogText(result: Pick<MeetingResult, 'kind' | 'heldOn' | 'meetingOrganizationName' | 'individualIssues' | 'advice' | 'actions' | 'periodGoals' | 'consensus' | 'planSuggestions'>): string {
  const lines: string[] = [`${formatWareki(result.heldOn)} ${communityMeetingKindLabels[result.kind]}（${result.meetingOrganizationName ?? ''}）で検討。`];
  if (result.individualIssues) lines.push('', '【個別課題】', result.individualIssues);
  if (result.advice.length > 0) lines.push('', '【専門職の助言】', ...result.advice.map((a) => `・${meetingProfessionLabels[a.profession]}${a.adviser ? `（${a.adviser}）` : ''}: ${a.content}`));
  if (result.actions.length > 0) lines.push('', '【合意した取り組み】', ...result.actions.map((a) => `・${a.action}（担当: ${a.owner}${a.dueOn ? `、期限: ${formatWareki(a.dueOn)}` : ''}）`));
  if (result.periodGoals.length > 0) lines.push('', '【期間毎の到達目標】', ...result.periodGoals.map((g) => `・${g.period}: ${g.target}`));
  if (result.consensus?.agreement) lines.push('', '【自立の合意（支援者）】', result.consensus.agreement, ...(result.consensus.agreedBy.length > 0 ? [`合意した人: ${result.consensus.agreedBy.join('、')}`] : []));
  if (result.planSuggestions) lines.push('', '【ケアプラン見直しの提案】', result.planSuggestions);
  return lines.join('\n');
}

/** The part of a meeting case that goes back to the case file. */
export function resultOfCase(c: MeetingCase): Pick<MeetingResult, 'individualIssues' | 'advice' | 'actions' | 'periodGoals' | 'consensus' | 'planSuggestions'> {
  return {
    individualIssues: c.individualIssues,
    advice: c.advice,
    actions: c.actions,
    periodGoals: c.periodGoals,
    ...(c.consensus ? { consensus: c.consensus } : {}),
    planSuggestions: c.planSuggestions,
  };
}
