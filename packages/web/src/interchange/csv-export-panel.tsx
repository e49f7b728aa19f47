import { type CaseFile, monthOf, parseMonth, warekiMonth } from '@kizuki/core';
import { useEffect, useId, useMemo, useState } from 'react';
import { ApiError } from '../api/client.js';
import { todayIso } from '../shared/dates.js';
import { exportClientCsv } from './csv-api.js';
import { ExportReportView } from './export-report-view.js';
import { byteSizeText, type CsvExportReport } from './export-report.js';
import { hasUsageOf, planDestinationOptions, usageDestinationOptions, type CsvDestinationOption } from './destinations.js';
import './interchange.css';

type ExportState =
  | { kind: 'idle' }
  | { kind: 'working'; what: string }
  | { kind: 'done'; what: string; destination: string; fileName: string; size: number; url: string; report: CsvExportReport }
  | { kind: 'failed'; what: string; message: string };

/** Hands a Blob to the browser as a download (the name from the server). */
function saveBlob(url: string, fileName: string): void {
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
}

/** The chosen value when it is still among the options, else 「すべて」. */
const chosen = (options: readonly CsvDestinationOption[], value: string) => (options.some((o) => o.value === value) ? value : '');

/**
 * CSV出力（ケアプランデータ連携）: the client's current plan, or a month's サービス利用票, as the ZIP the
 * national standard exchanges, for one provider or all of them; afterwards what the export
 * changed (characters replaced for MS932) and left out.
 */
export function CsvExportPanel({ clientId, caseFile }: { clientId: string; caseFile: CaseFile }) {
  const id = useId();
  const [planTo, setPlanTo] = useState('');
  const [month, setMonth] = useState(() => monthOf(todayIso()));
  const [usageTo, setUsageTo] = useState('');
  const [state, setState] = useState<ExportState>({ kind: 'idle' });
  const monthValid = parseMonth(month) !== undefined;
  const planOptions = useMemo(() => planDestinationOptions(caseFile), [caseFile]);
  const usageOptions = useMemo(() => usageDestinationOptions(caseFile, monthValid ? month : ''), [caseFile, month, monthValid]);
  const doneUrl = state.kind === 'done' ? state.url : undefined;

  // The object URL of the last ZIP stays valid for 「もう一度保存」 until the next export or leaving the page.
  useEffect(() => (doneUrl === undefined ? undefined : () => URL.revokeObjectURL(doneUrl)), [doneUrl]);

  async function run(what: string, options: readonly CsvDestinationOption[], to: string, exportMonth?: string) {
    setState({ kind: 'working', what });
    try {
      const download = await exportClientCsv(clientId, { ...(to === '' ? {} : { to }), ...(exportMonth === undefined ? {} : { month: exportMonth }) });
      const url = URL.createObjectURL(download.blob);
      saveBlob(url, download.fileName);
      const destination = options.find((o) => o.value === to)?.label ?? to;
      setState({ kind: 'done', what, destination, fileName: download.fileName, size: download.blob.size, url, report: download.report });
    } catch (error) {
      setState({ kind: 'failed', what, message: error instanceof ApiError ? error.message : 'CSVを出力できませんでした。もう一度お試しください。' });
    }
  }

  const working = state.kind === 'working';
  const effectivePlanTo = chosen(planOptions, planTo);
  const effectiveUsageTo = chosen(usageOptions, usageTo);
  return (
    <details className="csv-export">
      <summary>CSV出力（ケアプランデータ連携）</summary>
      <div className="csv-export-body">
        <p className="muted">サービス事業所へ送るCSVファイル（国の標準仕様）をZIPにまとめて保存します。</p>
        <div className="csv-export-forms">
          <fieldset className="subsection">
            <legend>計画（第1表〜第3表・予防計画書）</legend>
            <div className="field">
              <label htmlFor={`${id}-plan-to`}>送信先（計画）</label>
              <select id={`${id}-plan-to`} value={effectivePlanTo} onChange={(e) => setPlanTo(e.target.value)}>
                {planOptions.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </select>
              {planOptions.length === 1 && <p className="field-hint">現在の計画に、送信先になる事業所（事業所番号とサービス種類）がありません。</p>}
            </div>
            <button type="button" className="button button-primary" disabled={working} onClick={() => void run('計画', planOptions, effectivePlanTo)}>
              計画をCSV出力
            </button>
          </fieldset>
          <fieldset className="subsection">
            <legend>サービス利用票（第6表・第7表）</legend>
            <div className="field field-short">
              <label htmlFor={`${id}-month`}>対象年月</label>
              <input id={`${id}-month`} type="month" value={month} aria-invalid={!monthValid} onChange={(e) => setMonth(e.target.value)} />
              {!monthValid && <p className="field-error">対象年月を選んでください。</p>}
            </div>
            <div className="field">
              <label htmlFor={`${id}-usage-to`}>送信先（利用票）</label>
              <select id={`${id}-usage-to`} value={effectiveUsageTo} onChange={(e) => setUsageTo(e.target.value)}>
                {usageOptions.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </select>
              {monthValid && usageOptions.length === 1 && (
                <p className="field-hint">
                  {hasUsageOf(caseFile, month) ? `${warekiMonth(month)}の利用票に、送信先になる事業所がありません。` : `${warekiMonth(month)}のサービス利用票はありません。`}
                </p>
              )}
            </div>
            <button
              type="button"
              className="button button-primary"
              disabled={working || !monthValid}
              onClick={() => void run(`${warekiMonth(month)}のサービス利用票`, usageOptions, effectiveUsageTo, month)}
            >
              利用票をCSV出力
            </button>
          </fieldset>
        </div>
        <div className="csv-export-result" role="status" aria-live="polite">
          {state.kind === 'working' && <p>{state.what}のCSVを作っています…</p>}
          {state.kind === 'done' && (
            <>
              <p>
                {state.what}のCSVを「{state.fileName}」（{byteSizeText(state.size)}）として保存しました。送信先: {state.destination}。{' '}
                <a href={state.url} download={state.fileName}>
                  もう一度保存
                </a>
              </p>
              <ExportReportView report={state.report} />
            </>
          )}
        </div>
        {state.kind === 'failed' && (
          <p className="form-error" role="alert">
            {state.what}のCSVを出力できませんでした: {state.message}
          </p>
        )}
      </div>
    </details>
  );
}
