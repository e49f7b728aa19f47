import { meetingFunctionLabels, meetingFunctions, type MeetingFunction, type RegionIssue } from '@kizuki/core';
import { useId, useState } from 'react';
import { errorText } from '../components/use-load.js';
import { createIssue, saveIssue, withEvidence, type IssueRecord } from './region-issue-api.js';

export interface IssueDraft {
  statement: string;
  area: string;
  district?: string | undefined;
  category: MeetingFunction;
}

export interface IssueEvidenceToAdd {
  unmetNeedIds?: string[];
  meetingLinks?: RegionIssue['meetingLinks'];
}

/**
 * 地域課題として登録 / 既存の地域課題に追加: what was chosen (unmet needs, a meeting candidate) becomes
 * the evidence of a new issue at 把握, or is added to one of the organization's own issues.
 */
export function IssueFeedPanel({ draft, evidence, ownIssues, what, onDone }: { draft: IssueDraft; evidence: IssueEvidenceToAdd; ownIssues: IssueRecord[]; what: string; onDone: (message: string) => void }) {
  const id = useId();
  const [statement, setStatement] = useState(draft.statement);
  const [area, setArea] = useState(draft.area);
  const [category, setCategory] = useState<MeetingFunction>(draft.category);
  const [target, setTarget] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();

  async function run(action: () => Promise<string>) {
    setBusy(true);
    setError(undefined);
    try {
      onDone(await action());
    } catch (e) {
      setError(errorText(e));
      setBusy(false);
    }
  }
  const create = () =>
    run(async () => {
      await createIssue({ statement, area, category, ...(draft.district ? { district: draft.district } : {}), ...evidence });
      return `「${statement}」を地域課題として登録しました（${what}）。`;
    });
  const add = () =>
    run(async () => {
      const issue = ownIssues.find((i) => i.id === target);
      if (!issue) throw new Error('追加する地域課題を選んでください。');
      await saveIssue(issue, (body) => withEvidence(body, evidence));
      return `「${issue.body.statement}」に${what}を追加しました。`;
    });

  return (
    <div className="issue-feed" role="group" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{what}を地域課題へ</h3>
      <div className="issue-feed-grid">
        <div className="field field-wide">
          <label htmlFor={`${id}-statement`}>地域課題の内容</label>
          <input id={`${id}-statement`} value={statement} onChange={(e) => setStatement(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-area`}>日常生活圏域</label>
          <input id={`${id}-area`} value={area} onChange={(e) => setArea(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-category`}>分類（地域ケア会議の機能）</label>
          <select id={`${id}-category`} value={category} onChange={(e) => setCategory(e.target.value as MeetingFunction)}>
            {meetingFunctions.map((f) => (
              <option key={f} value={f}>
                {meetingFunctionLabels[f]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="button-row">
        <button type="button" className="button button-primary" disabled={busy} onClick={() => void create()}>
          地域課題として登録
        </button>
      </div>
      {ownIssues.length > 0 && (
        <div className="issue-feed-add">
          <div className="field">
            <label htmlFor={`${id}-target`}>既存の地域課題</label>
            <select id={`${id}-target`} value={target} onChange={(e) => setTarget(e.target.value)}>
              <option value="">選んでください</option>
              {ownIssues.map((i) => (
                <option key={i.id} value={i.id}>
                  {i.body.area} {i.body.statement}
                </option>
              ))}
            </select>
          </div>
          <button type="button" className="button button-secondary" disabled={busy || target === ''} onClick={() => void add()}>
            既存の地域課題に追加
          </button>
        </div>
      )}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

/** A first wording for an issue from unmet needs: the need itself, without the 「（週1回）」 details. */
export function draftFromNeeds(needs: readonly { body: { need: string; area: string; district?: string | undefined } }[]): IssueDraft {
  const [first] = needs;
  const statement = first ? `${first.body.district ?? first.body.area}で「${first.body.need.replace(/（[^）]*）$/u, '')}」が見つからない` : '';
  return { statement, area: first?.body.area ?? '', district: first?.body.district, category: 'issueDiscovery' };
}
