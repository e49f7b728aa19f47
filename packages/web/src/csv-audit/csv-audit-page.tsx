import { isKizukiError, isValidIsoDate, parseDateInput } from '@kizuki/core';
import { useEffect, useId, useState } from 'react';
import { ApiError } from '../api/client.js';
import { DateField } from '../editing/index.js';
import { IssueTable } from '../interchange/import-summary-view.js';
import { Link } from '../routing/link.js';
import { todayIso } from '../shared/dates.js';
import { auditCsvZip, fetchPolicies } from './csv-audit-api.js';
import { CsvAuditReportView } from './csv-audit-report-view.js';
import type { CsvAuditNoPlanDetails, CsvAuditReport, PolicySummary } from '@kizuki/core';
import { isNoPlanDetails, notStoredText } from './csv-audit-report.js';
import { ZipDropZone } from '../interchange/zip-drop-zone.js';
import '../interchange/interchange.css';
import './csv-audit.css';

type AuditState =
  | { kind: 'idle' }
  | { kind: 'auditing' }
  | { kind: 'done'; fileName: string; report: CsvAuditReport; autoPack: boolean }
  | { kind: 'failed'; fileName: string; message: string; details?: CsvAuditNoPlanDetails };

type PoliciesState = { kind: 'loading' } | { kind: 'ready'; policies: PolicySummary[] } | { kind: 'failed'; message: string };

/** The value of the pack select that lets the server choose by 保険者番号. */
const autoPack = '';

/** Why a typed 基準日 cannot be used, or undefined when it is a date. */
function dateProblem(value: string): string | undefined {
  if (isValidIsoDate(value)) return undefined;
  try {
    parseDateInput(value);
    return undefined;
  } catch (error) {
    return isKizukiError(error) ? error.message : '日付を読み取れません';
  }
}

/**
 * ケアプラン点検（CSV）: a ZIP of ケアプランデータ連携 CSV from any vendor's software, audited under
 * the chosen policy pack on the chosen day; every plan's 気づき. The server keeps nothing.
 */
export function CsvAuditPage() {
  const id = useId();
  const [file, setFile] = useState<File | undefined>();
  const [policy, setPolicy] = useState(autoPack);
  const [asOf, setAsOf] = useState(todayIso);
  const [policies, setPolicies] = useState<PoliciesState>({ kind: 'loading' });
  const [state, setState] = useState<AuditState>({ kind: 'idle' });

  useEffect(() => {
    document.title = 'ケアプラン点検（CSV） - 気づき';
  }, []);

  useEffect(() => {
    const controller = new AbortController();
    fetchPolicies(controller.signal).then(
      (list) => setPolicies({ kind: 'ready', policies: list }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setPolicies({ kind: 'failed', message: error instanceof ApiError ? error.message : 'ポリシーパックの一覧を読み込めませんでした。' });
      },
    );
    return () => controller.abort();
  }, []);

  const problem = dateProblem(asOf);

  async function audit() {
    if (!file || problem !== undefined) return;
    const day = isValidIsoDate(asOf) ? asOf : parseDateInput(asOf);
    setState({ kind: 'auditing' });
    try {
      const report = await auditCsvZip(file, { asOf: day, ...(policy === autoPack ? {} : { policy }) });
      setState({ kind: 'done', fileName: file.name, report, autoPack: policy === autoPack });
    } catch (error) {
      const message = error instanceof ApiError ? error.message : '点検できませんでした。もう一度お試しください。';
      const details = error instanceof ApiError && isNoPlanDetails(error.details) ? error.details : undefined;
      setState({ kind: 'failed', fileName: file.name, message, ...(details ? { details } : {}) });
    }
  }

  const auditing = state.kind === 'auditing';
  const policyList = policies.kind === 'ready' ? policies.policies : [];
  return (
    <div className="csv-audit-page">
      <h1>ケアプラン点検（CSV）</h1>
      <p>
        ケアプランデータ連携のCSVファイル（標準仕様）をまとめたZIPファイルを、保険者のケアマネジメントに関する基本方針（ポリシーパック）に照らして点検し、計画ごとの気づきを示します。
        どの介護ソフトから書き出したCSVでも点検できます。
      </p>
      <p className="notice">{notStoredText}。</p>
      <ZipDropZone label="点検するZIPファイル" file={file} onChoose={setFile} onSeveral={() => setState({ kind: 'failed', fileName: '', message: 'ZIPファイルは1つずつ点検してください。' })} />
      <div className="csv-audit-options">
        <div className="field">
          <label htmlFor={`${id}-policy`}>ポリシーパック</label>
          <select id={`${id}-policy`} value={policy} onChange={(event) => setPolicy(event.target.value)}>
            <option value={autoPack}>保険者のパック（自動）</option>
            {policyList.map((p) => (
              <option key={p.id} value={p.id}>
                {p.title}
              </option>
            ))}
          </select>
          <p className="field-hint">{policies.kind === 'failed' ? policies.message : '「自動」は利用者の保険者番号から、その保険者のパックを選びます。'}</p>
        </div>
        <DateField label="基準日" path={['csvAudit', 'asOf']} value={asOf} onChange={setAsOf} error={problem} hint="モニタリングの期限や認定の有効期間はこの日で判断します。" required />
      </div>
      <div className="button-row">
        <button type="button" className="button button-primary" disabled={!file || auditing || problem !== undefined} onClick={() => void audit()}>
          {auditing ? '点検しています…' : '点検する'}
        </button>
        <Link to="/">ホームへ戻る</Link>
      </div>
      {state.kind === 'failed' && (
        <div className="form-error" role="alert">
          <p>
            {state.fileName === '' ? '' : `「${state.fileName}」を`}点検できませんでした: {state.message}
          </p>
        </div>
      )}
      {state.kind === 'failed' &&
        state.details?.units.map((unit, i) => unit.issues.length > 0 && <IssueTable key={unit.key} issues={unit.issues} caption={`送信単位 ${i + 1}の問題（${unit.issues.length}件）`} />)}
      {state.kind === 'failed' && state.details !== undefined && state.details.ignored.length > 0 && <IssueTable issues={state.details.ignored} caption={`読まなかったファイル（${state.details.ignored.length}件）`} />}
      {state.kind === 'done' && <CsvAuditReportView report={state.report} fileName={state.fileName} policies={policyList} autoPack={state.autoPack} />}
    </div>
  );
}
