import { issueStatuses, issueStatusLabels, meetingFunctionLabels, meetingFunctions, type IssueStatus, type MeetingFunction, type OpenMeetingCandidate } from '@kizuki/core';
import { useId, useMemo, useState } from 'react';
import type { Session } from '../api/endpoints.js';
import type { RecordView } from '../api/records.js';
import { Flash, LoadStatus, useLoad } from '../components/use-load.js';
import { Link } from '../routing/link.js';
import { routePath } from '../routing/routes.js';
import { wareki } from '../shared/dates.js';
import { fetchIssueRegister, mayEditIssues, type IssueRecord } from './region-issue-api.js';
import { draftFromNeeds, IssueFeedPanel } from './region-issue-feed.js';
import { useRegionRecords } from './use-region-records.js';
import './region-issue.css';

const issuePath = (id: string) => routePath({ name: 'region', path: ['issues', id] });

/**
 * 地域課題: the area's register (the insurer's and every 包括's issues), filtered by status, category
 * and 圏域, with the evidence counted from the linked records; for those who keep it, the unmet needs
 * and 地域ケア会議 candidates no issue has taken up yet.
 */
export function RegionIssueRegister({ session }: { session: Session }) {
  const id = useId();
  const [register, reload] = useLoad((signal) => fetchIssueRegister(signal), '地域課題を読み込めませんでした。');
  const unmet = useRegionRecords('region_unmet_need');
  const [status, setStatus] = useState<IssueStatus | ''>('');
  const [category, setCategory] = useState<MeetingFunction | ''>('');
  const [area, setArea] = useState('');
  const [flash, setFlash] = useState<string | undefined>();
  const editable = mayEditIssues(session.user.role, session.organization.kind);
  const entries = register.kind === 'ready' ? register.data.issues : [];
  const areas = useMemo(() => [...new Set(entries.map((e) => e.record.body.area))].sort((a, b) => a.localeCompare(b, 'ja')), [entries]);
  const shown = entries
    .filter((e) => (status === '' || e.record.body.status === status) && (category === '' || e.record.body.category === category) && (area === '' || e.record.body.area === area))
    .sort((a, b) => issueStatuses.indexOf(a.record.body.status) - issueStatuses.indexOf(b.record.body.status) || a.record.body.area.localeCompare(b.record.body.area, 'ja'));
  const ownIssues = entries.filter((e) => e.record.ownerOrganizationId === session.organization.id).map((e) => e.record);
  const done = (message: string) => {
    setFlash(message);
    reload();
    unmet.reload();
  };

  return (
    <div className="issue-register">
      <p>
        地域ケア会議と、ケアマネジャーが記録した「不足している資源」から見えてきた地域の課題です。協議体（ささえあい会議）で検討し、社会資源をつくって解決するか、施策につなげます。保険者と地域包括支援センターが登録し、管内で共有します。
      </p>
      <Flash message={flash} />
      <div className="region-filters issue-filters" role="search">
        <div className="field">
          <label htmlFor={`${id}-status`}>状態</label>
          <select id={`${id}-status`} value={status} onChange={(e) => setStatus(e.target.value as IssueStatus | '')}>
            <option value="">すべて</option>
            {issueStatuses.map((s) => (
              <option key={s} value={s}>
                {issueStatusLabels[s]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-category`}>分類</label>
          <select id={`${id}-category`} value={category} onChange={(e) => setCategory(e.target.value as MeetingFunction | '')}>
            <option value="">すべて</option>
            {meetingFunctions.map((f) => (
              <option key={f} value={f}>
                {meetingFunctionLabels[f]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-area`}>日常生活圏域</label>
          <select id={`${id}-area`} value={area} onChange={(e) => setArea(e.target.value)}>
            <option value="">すべて</option>
            {areas.map((a) => (
              <option key={a} value={a}>
                {a}
              </option>
            ))}
          </select>
        </div>
      </div>
      <LoadStatus state={register} />
      {register.kind === 'ready' && (
        <p className="muted" aria-live="polite">
          {shown.length}件（全{entries.length}件）
        </p>
      )}
      {register.kind === 'ready' && entries.length === 0 && (
        <div className="empty-state">
          <p>地域課題はまだありません。{editable ? '下の「不足している資源」や地域ケア会議の候補から登録できます。' : ''}</p>
        </div>
      )}
      {shown.length > 0 && (
        <table className="client-table issue-table">
          <caption className="visually-hidden">地域課題の一覧</caption>
          <thead>
            <tr>
              <th scope="col">地域課題</th>
              <th scope="col">圏域</th>
              <th scope="col">分類</th>
              <th scope="col">状態</th>
              <th scope="col">根拠</th>
            </tr>
          </thead>
          <tbody>
            {shown.map(({ record, evidence }) => (
              <tr key={record.id} className="issue-row">
                <td>
                  <Link to={issuePath(record.id)}>{record.body.statement}</Link>
                </td>
                <td>
                  {record.body.area}
                  {record.body.district ? `・${record.body.district}` : ''}
                </td>
                <td>{meetingFunctionLabels[record.body.category]}</td>
                <td>
                  <span className={`issue-status issue-status-${record.body.status}`}>{issueStatusLabels[record.body.status]}</span>
                  <span className="muted">（{wareki(record.body.history.at(-1)?.on)}）</span>
                </td>
                <td className="issue-evidence-cell">
                  不足している資源 <strong data-testid="issue-unmet-count">{evidence.unmetNeeds}</strong>件・地域ケア会議 <strong>{evidence.meetings}</strong>件
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {editable && register.kind === 'ready' && (
        <>
          <UnlinkedNeeds needs={unmet.state.kind === 'ready' ? unmet.state.data : []} linked={new Set(entries.flatMap((e) => e.record.body.unmetNeedIds))} ownIssues={ownIssues} onDone={done} />
          <Candidates candidates={register.data.candidates} ownIssues={ownIssues} onDone={done} />
        </>
      )}
    </div>
  );
}

type UnmetView = RecordView<'region_unmet_need'>;
type IssueView = IssueRecord;

/** 不足している資源 no issue links yet: choose some and register them as an issue or add them to one. */
export function UnlinkedNeeds({ needs, linked, ownIssues, onDone }: { needs: UnmetView[]; linked: ReadonlySet<string>; ownIssues: IssueView[]; onDone: (message: string) => void }) {
  const [chosen, setChosen] = useState<string[]>([]);
  const open = needs.filter((n) => !linked.has(n.id)).sort((a, b) => b.body.recordedOn.localeCompare(a.body.recordedOn));
  const selected = open.filter((n) => chosen.includes(n.id));
  return (
    <section className="issue-feed-section" aria-labelledby="unlinked-needs-title">
      <h2 id="unlinked-needs-title">地域課題に結び付いていない「不足している資源」（{open.length}件）</h2>
      {open.length === 0 ? (
        <p className="muted">すべて地域課題に結び付いています。</p>
      ) : (
        <ul className="issue-pick-list">
          {open.map((n) => (
            <li key={n.id}>
              <label>
                <input type="checkbox" checked={chosen.includes(n.id)} onChange={(e) => setChosen(e.target.checked ? [...chosen, n.id] : chosen.filter((c) => c !== n.id))} />
                {wareki(n.body.recordedOn)} {n.body.area}
                {n.body.district ? `・${n.body.district}` : ''} {n.body.need}
              </label>
            </li>
          ))}
        </ul>
      )}
      {selected.length > 0 && (
        <IssueFeedPanel
          key={selected.map((s) => s.id).join(',')}
          draft={draftFromNeeds(selected)}
          evidence={{ unmetNeedIds: selected.map((s) => s.id) }}
          ownIssues={ownIssues}
          what={`不足している資源${selected.length}件`}
          onDone={(message) => {
            setChosen([]);
            onDone(message);
          }}
        />
      )}
    </section>
  );
}

/** 地域ケア会議の地域課題の候補 that no issue takes up yet. */
function Candidates({ candidates, ownIssues, onDone }: { candidates: OpenMeetingCandidate[]; ownIssues: IssueView[]; onDone: (message: string) => void }) {
  const [open, setOpen] = useState<string | undefined>();
  const keyOf = (c: OpenMeetingCandidate) => `${c.meetingId}\n${c.statement}`;
  return (
    <section className="issue-feed-section" aria-labelledby="meeting-candidates-title">
      <h2 id="meeting-candidates-title">地域ケア会議からの地域課題の候補（{candidates.length}件）</h2>
      {candidates.length === 0 && <p className="muted">まだ取り上げていない候補はありません（地域ケア会議の記録で「地域課題の候補」を書くと、ここに出ます）。</p>}
      <ul className="issue-candidate-list">
        {candidates.map((c) => (
          <li key={keyOf(c)}>
            <p>
              <strong>{c.statement}</strong>（{c.area}・{meetingFunctionLabels[c.category]}）
              <span className="muted">
                {' '}
                {wareki(c.heldOn)} {c.meetingLabel}
              </span>
            </p>
            <button type="button" className="button button-secondary" aria-expanded={open === keyOf(c)} onClick={() => setOpen(open === keyOf(c) ? undefined : keyOf(c))}>
              地域課題にする
            </button>
            {open === keyOf(c) && (
              <IssueFeedPanel
                draft={{ statement: c.statement, area: c.area, category: c.category }}
                evidence={{ meetingLinks: [{ recordId: c.meetingId, statement: c.statement, heldOn: c.heldOn, meetingLabel: c.meetingLabel }] }}
                ownIssues={ownIssues}
                what="地域ケア会議の候補"
                onDone={(message) => {
                  setOpen(undefined);
                  onDone(message);
                }}
              />
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** On the unmet-needs page: the needs no issue links yet, to register or add to an issue (keepers of the register only). */
export function UnmetNeedsToIssues({ session }: { session: Session }) {
  return mayEditIssues(session.user.role, session.organization.kind) ? <UnmetNeedsFeed session={session} /> : null;
}

function UnmetNeedsFeed({ session }: { session: Session }) {
  const [register, reload] = useLoad((signal) => fetchIssueRegister(signal), '地域課題を読み込めませんでした。');
  const unmet = useRegionRecords('region_unmet_need');
  const [flash, setFlash] = useState<string | undefined>();
  if (register.kind !== 'ready' || unmet.state.kind !== 'ready') return <LoadStatus state={register} />;
  const entries = register.data.issues;
  return (
    <div className="issue-feed-on-unmet">
      <Flash message={flash} />
      <UnlinkedNeeds
        needs={unmet.state.data}
        linked={new Set(entries.flatMap((e) => e.record.body.unmetNeedIds))}
        ownIssues={entries.filter((e) => e.record.ownerOrganizationId === session.organization.id).map((e) => e.record)}
        onDone={(message) => {
          setFlash(message);
          reload();
          unmet.reload();
        }}
      />
    </div>
  );
}
