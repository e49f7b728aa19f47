import { acknowledgementStatus, latestPublished, type AcknowledgementStatus } from '@kizuki/core';
import { useState } from 'react';
import { createRecord, fetchRecords } from '../api/records.js';
import { TextField } from '../editing/index.js';
import { Link } from '../routing/link.js';
import { todayIso, wareki } from '../shared/dates.js';
import { errorOf, fetchAreaOffices } from './policy-api.js';
import { policyPaths } from './policy-paths.js';
import { LoadStatus, useLoad } from '../components/use-load.js';

async function load(signal: AbortSignal) {
  const [versions, offices, acknowledgements, reminders] = await Promise.all([
    fetchRecords('policy_version', 'own', signal),
    fetchAreaOffices(signal),
    fetchRecords('policy_acknowledgement', 'received', signal),
    fetchRecords('policy_reminder', 'own', signal),
  ]);
  const packId = versions[0]?.body.packId;
  const current = packId === undefined ? undefined : latestPublished(versions, packId);
  if (!current) return { current, statuses: [] as AcknowledgementStatus[], lastChased: new Map<string, string>() };
  const numberOf = new Map(offices.map((o) => [o.organizationId, o.officeNumber]));
  const acks = acknowledgements.flatMap((a) => {
    const officeNumber = numberOf.get(a.ownerOrganizationId);
    return officeNumber === undefined ? [] : [{ officeNumber, packId: a.body.packId, version: a.body.version, readBy: a.body.readBy, readOn: a.body.readOn }];
  });
  const lastChased = new Map<string, string>();
  for (const r of reminders) {
    if (r.body.version !== current.body.version) continue;
    for (const o of r.body.offices) if ((lastChased.get(o.officeNumber) ?? '') < r.body.chasedOn) lastChased.set(o.officeNumber, r.body.chasedOn);
  }
  return { current, statuses: acknowledgementStatus(offices, acks, current.body.packId, current.body.version), lastChased };
}

/** 事業所の確認状況: who in each office of the area read the version in force, the missing first, and the reminder list. */
export function AcknowledgementsPage() {
  const [state, reload] = useLoad(load, '確認状況を読み込めませんでした。');
  const missing = state.kind === 'ready' ? state.data.statuses.filter((s) => s.readers.length === 0) : [];
  return (
    <section className="policy-page policy-print" aria-labelledby="acks-title">
      <p className="policy-toolbar">
        <Link to={policyPaths.home}>基本方針へ戻る</Link>
      </p>
      <h1 id="acks-title">事業所の確認状況</h1>
      <LoadStatus state={state} />
      {state.kind === 'ready' && !state.data.current && <p className="empty-state">公開した版がまだありません。</p>}
      {state.kind === 'ready' && state.data.current && (
        <>
          <p>
            版 {state.data.current.body.version}（{wareki(state.data.current.body.publishedOn)} 公開）: 管内 {state.data.statuses.length}事業所のうち 確認済み {state.data.statuses.length - missing.length}・未確認 {missing.length}
          </p>
          <table className="client-table policy-ack-table">
            <thead>
              <tr>
                <th scope="col">事業所</th>
                <th scope="col">状況</th>
                <th scope="col">確認した人・日</th>
                <th scope="col">最後に催促した日</th>
              </tr>
            </thead>
            <tbody>
              {state.data.statuses.map((s) => (
                <tr key={s.officeNumber} data-office={s.officeNumber}>
                  <td>
                    {s.officeName}
                    <br />
                    <span className="muted">{s.officeNumber}</span>
                  </td>
                  <td>{s.readers.length > 0 ? <span className="tag tag-ok">確認済み</span> : <span className="tag">未確認{s.lastVersion ? `（前回 ${s.lastVersion} を確認）` : ''}</span>}</td>
                  <td>{s.readers.map((r) => `${r.readBy}（${wareki(r.readOn)}）`).join('、') || '—'}</td>
                  <td>{state.data.lastChased.has(s.officeNumber) ? wareki(state.data.lastChased.get(s.officeNumber)) : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {missing.length > 0 && <ChaseList version={state.data.current.body} missing={missing} onDone={reload} />}
        </>
      )}
    </section>
  );
}

/** The reminder list: printable and copyable (no e-mail is sent from here), and the date it was used recorded. */
function ChaseList({ version, missing, onDone }: { version: { packId: string; version: string }; missing: AcknowledgementStatus[]; onDone: () => void }) {
  const [note, setNote] = useState('');
  const [message, setMessage] = useState<string | undefined>();
  const [error, setError] = useState<string | undefined>();
  const text = [`基本方針 版 ${version.version} の確認のお願い（${wareki(todayIso())}）`, ...missing.map((s) => `・${s.officeName}（${s.officeNumber}）${s.lastVersion ? ` 前回確認 ${s.lastVersion}` : ' 未確認'}`)].join('\n');
  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setMessage('一覧をコピーしました。');
    } catch {
      setMessage('コピーできませんでした。一覧を選んでコピーしてください。');
    }
  }
  async function record() {
    setError(undefined);
    try {
      await createRecord('policy_reminder', { packId: version.packId, version: version.version, chasedOn: todayIso(), offices: missing.map((s) => ({ officeNumber: s.officeNumber, officeName: s.officeName })), note });
      setMessage('催促した日を記録しました。');
      onDone();
    } catch (e) {
      setError(errorOf(e, '記録できませんでした。').message);
    }
  }
  return (
    <section className="policy-chase" aria-labelledby="chase-title">
      <h2 id="chase-title">確認のお願い（未確認の事業所）</h2>
      <pre className="policy-chase-text">{text}</pre>
      <div className="button-row no-print">
        <button type="button" className="button button-secondary" onClick={() => window.print()}>
          印刷
        </button>
        <button type="button" className="button button-secondary" onClick={() => void copy()}>
          一覧をコピー
        </button>
      </div>
      <div className="no-print">
        <TextField label="催促の方法（電話・文書・連絡会議など）" path={['chase', 'note']} value={note} onChange={setNote} />
        <button type="button" className="button button-primary" onClick={() => void record()}>
          今日催促したことを記録
        </button>
      </div>
      {message && (
        <p className="notice" role="status">
          {message}
        </p>
      )}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
