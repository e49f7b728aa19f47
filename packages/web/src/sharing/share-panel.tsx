import { addDays, auditedPlan, grantLastDay, isValidIsoDate, type CaseFile, type GranteeCandidate } from '@kizuki/core';
import { useEffect, useState } from 'react';
import { ApiError } from '../api/client.js';
import type { StoredDocumentView } from '../api/documents.js';
import type { Session } from '../api/endpoints.js';
import { DateField, SelectField, TextArea } from '../editing/index.js';
import { Link } from '../routing/link.js';
import { routePath } from '../routing/routes.js';
import { todayIso, wareki } from '../shared/dates.js';
import { createGrant, fetchCandidates, mayShare } from './sharing-api.js';
import './sharing.css';

interface SharePanelProps {
  clientId: string;
  caseFile: CaseFile;
  documents: StoredDocumentView[];
  session: Session;
}

type Candidates = { kind: 'loading' } | { kind: 'ready'; list: GranteeCandidate[] } | { kind: 'failed'; message: string };

/**
 * ケアプラン点検に提出: shares the plan in force, at its current revision, and the client's
 * 利用者基本情報 with the client's insurer until a chosen day. Later saves are not shared.
 */
export function SharePanel({ clientId, caseFile, documents, session }: SharePanelProps) {
  const [open, setOpen] = useState(false);
  const plan = auditedPlan(caseFile).plan ?? caseFile.carePlans[caseFile.carePlans.length - 1];
  const planDoc = plan ? documents.find((d) => d.kind === 'care_plan' && d.id === plan.id) : undefined;
  const clientDoc = documents.find((d) => d.kind === 'client');
  if (!mayShare(session.user.role, session.organization.kind) || !planDoc || !clientDoc) return null;
  return (
    <div className="share-panel">
      {!open && (
        <button type="button" className="button button-secondary" onClick={() => setOpen(true)}>
          ケアプラン点検に提出
        </button>
      )}
      {open && <ShareForm clientId={clientId} planDoc={planDoc} clientDoc={clientDoc} onClose={() => setOpen(false)} />}
    </div>
  );
}

function ShareForm({ clientId, planDoc, clientDoc, onClose }: { clientId: string; planDoc: StoredDocumentView; clientDoc: StoredDocumentView; onClose: () => void }) {
  const [candidates, setCandidates] = useState<Candidates>({ kind: 'loading' });
  const [granteeId, setGranteeId] = useState<string | undefined>();
  const [until, setUntil] = useState(() => addDays(todayIso(), 30));
  const [reason, setReason] = useState('ケアプラン点検への提出');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const [done, setDone] = useState<string | undefined>();

  useEffect(() => {
    const controller = new AbortController();
    fetchCandidates('care_plan_inspection', clientId, controller.signal).then(
      (list) => {
        setCandidates({ kind: 'ready', list });
        setGranteeId(list[0]?.id);
      },
      (e: unknown) => {
        if (controller.signal.aborted) return;
        setCandidates({ kind: 'failed', message: e instanceof ApiError ? e.message : '提出先を読み込めませんでした。' });
      },
    );
    return () => controller.abort();
  }, [clientId]);

  const list = candidates.kind === 'ready' ? candidates.list : [];
  const dateError = isValidIsoDate(until) ? undefined : '期限を日付で入力してください';

  async function submit() {
    if (!granteeId || dateError) return;
    setBusy(true);
    setError(undefined);
    try {
      const grant = await createGrant({
        granteeOrganizationId: granteeId,
        purpose: 'care_plan_inspection',
        reason,
        validUntil: until,
        items: [
          { clientId, documentId: clientDoc.id, revision: clientDoc.revision },
          { clientId, documentId: planDoc.id, revision: planDoc.revision },
        ],
      });
      const name = list.find((c) => c.id === granteeId)?.name ?? '';
      setDone(`${name}に居宅サービス計画（第${planDoc.revision}版）を共有しました（${wareki(grantLastDay(grant.validUntil))}まで）。`);
    } catch (e) {
      setError(e instanceof ApiError ? e.message : '共有できませんでした。もう一度お試しください。');
    } finally {
      setBusy(false);
    }
  }

  if (done !== undefined) {
    return (
      <div className="share-form" role="status">
        <p>{done}</p>
        <p>
          <Link to={routePath({ name: 'grants' })}>共有の一覧を見る</Link>
        </p>
        <button type="button" className="button button-secondary button-small" onClick={onClose}>
          閉じる
        </button>
      </div>
    );
  }

  return (
    <form
      className="share-form"
      aria-label="ケアプラン点検に提出"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <p>
        現在の居宅サービス計画（第{planDoc.revision}版）と利用者基本情報を、利用者の保険者に共有します。保険者はこの版だけを期限まで読めます。あとで保存した内容は共有されません。
      </p>
      {candidates.kind === 'loading' && <p className="page-status">提出先を読み込んでいます…</p>}
      {candidates.kind === 'failed' && (
        <p className="form-error" role="alert">
          {candidates.message}
        </p>
      )}
      {candidates.kind === 'ready' && list.length === 0 && (
        <p className="form-error" role="alert">
          この利用者の保険者は気づきに登録されていないため、共有できません。
        </p>
      )}
      {list.length > 0 && (
        <SelectField label="提出先（保険者）" path={['share', 'grantee']} value={granteeId} onChange={setGranteeId} options={list.map((c) => ({ value: c.id, label: c.name }))} required />
      )}
      <DateField label="共有の期限" path={['share', 'validUntil']} value={until} onChange={setUntil} error={dateError} hint="この日の終わりまで共有します。" required />
      <TextArea label="共有の理由" path={['share', 'reason']} value={reason} onChange={setReason} rows={2} required />
      {error !== undefined && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={busy || !granteeId || dateError !== undefined || reason.trim() === ''}>
          {busy ? '共有しています…' : '共有する'}
        </button>
        <button type="button" className="button button-secondary" onClick={onClose} disabled={busy}>
          やめる
        </button>
      </div>
    </form>
  );
}
