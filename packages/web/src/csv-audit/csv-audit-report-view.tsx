import type { CaseAuditResult, CsvAuditReport, Finding, PolicySummary, Severity } from '@kizuki/core';
import { useEffect, useId, useMemo, useState } from 'react';
import { IssueTable } from '../interchange/import-summary-view.js';
import { describeUnitKey } from '../interchange/import-summary.js';
import { FindingCard } from '../plan/finding-card.js';
import { severityLabels } from '../plan/live-audit.js';
import { wareki } from '../shared/dates.js';
import {
  careLevelText,
  filterResults,
  groupNotEvaluated,
  packTitle,
  rejectedUnits,
  reportFileName,
  ruleTitle,
  severities,
  severityCounts,
  type AuditedClient,
} from './csv-audit-report.js';

interface CsvAuditReportViewProps {
  report: CsvAuditReport;
  fileName: string;
  policies: readonly PolicySummary[];
  /** True when the server chose the pack from the clients' 保険者番号. */
  autoPack: boolean;
}

/** 基準 2・助言 1・問いかけ 0 */
function countsText(counts: Record<Severity, number>): string {
  return severities.map((s) => `${severityLabels[s]} ${counts[s]}件`).join('・');
}

function FindingList({ findings, label }: { findings: readonly Finding[]; label: string }) {
  return (
    <ul className="kizuki-finding-list" aria-label={label}>
      {findings.map((finding, i) => (
        <FindingCard key={`${finding.ruleId}-${i}`} finding={finding} onFocus={undefined} />
      ))}
    </ul>
  );
}

function ClientResult({ result, findings }: { result: CaseAuditResult; findings: readonly Finding[] }) {
  const client: AuditedClient = result.client;
  const careLevel = careLevelText(client);
  const hidden = result.findings.length - findings.length;
  return (
    <section className="csv-audit-client" aria-label={client.name}>
      <h3>
        {client.name} <span className="csv-audit-counts">{countsText(severityCounts(result.findings))}</span>
      </h3>
      <p className="csv-audit-facts">
        <span>被保険者番号 {client.insuredNumber}</span>
        <span>保険者番号 {client.insurerNumber}</span>
        {careLevel !== undefined && <span>{careLevel}</span>}
        {result.planDate !== undefined && <span>計画作成（変更）日 {wareki(result.planDate)}</span>}
      </p>
      {result.findings.length === 0 && <p className="muted">この計画に気づきはありません（CSVで評価できる項目について）。</p>}
      {findings.length > 0 && <FindingList findings={findings} label={`${client.name}の気づき`} />}
      {hidden > 0 && <p className="muted">ほかに、選んでいない重みの気づきが{hidden}件あります。</p>}
    </section>
  );
}

/** A download link for the report as JSON, valid while the report is shown. */
function SaveJsonLink({ report }: { report: CsvAuditReport }) {
  const [url, setUrl] = useState<string | undefined>();
  useEffect(() => {
    const next = URL.createObjectURL(new Blob([JSON.stringify(report, null, 2)], { type: 'application/json' }));
    setUrl(next);
    return () => URL.revokeObjectURL(next);
  }, [report]);
  if (url === undefined) return null;
  return (
    <a className="button button-secondary" href={url} download={reportFileName(report)}>
      結果をJSONで保存
    </a>
  );
}

/**
 * The ケアプラン点検 of an uploaded ZIP: the pack and date, totals, each client's 気づき (filtered
 * by severity and name), the rules the CSV cannot answer, and the send units that were not read.
 */
export function CsvAuditReportView({ report, fileName, policies, autoPack }: CsvAuditReportViewProps) {
  const id = useId();
  const [chosen, setChosen] = useState<ReadonlySet<Severity>>(() => new Set(severities));
  const [query, setQuery] = useState('');
  const shown = useMemo(() => filterResults(report.results, { severities: chosen, query }), [report, chosen, query]);
  const notEvaluated = useMemo(() => groupNotEvaluated(report.results), [report]);
  const rejected = rejectedUnits(report);
  const { units, ignored } = report.input;
  const officeFindings = report.office.filter((f) => chosen.has(f.severity));
  const notEvaluatedCount = notEvaluated.reduce((n, g) => n + g.rules.length, 0);

  const toggle = (severity: Severity, on: boolean) =>
    setChosen((previous) => {
      const next = new Set(previous);
      if (on) next.add(severity);
      else next.delete(severity);
      return next;
    });

  return (
    <section className="csv-audit-report" aria-label="点検結果">
      <h2>点検結果（{fileName}）</h2>
      <dl className="csv-totals">
        <div className="csv-audit-pack csv-audit-wide">
          <dt>ポリシーパック</dt>
          <dd>
            {packTitle(policies, report.policy.id)}
            <span className="muted">
              （{report.policy.id} 版{report.policy.version}
              {autoPack ? '・保険者番号から自動で選択' : ''}）
            </span>
          </dd>
        </div>
        <div>
          <dt>基準日</dt>
          <dd>
            {wareki(report.asOf)}（{report.asOf}）
          </dd>
        </div>
        <div>
          <dt>点検した利用者</dt>
          <dd>{report.summary.caseFiles}人</dd>
        </div>
        <div>
          <dt>気づき</dt>
          <dd>
            {report.summary.findings}件（{countsText(report.summary.bySeverity)}）
          </dd>
        </div>
        <div className="csv-audit-wide">
          <dt>送信単位</dt>
          <dd>
            {units.length}件（点検に使った {units.length - rejected.length}件・エラーで使わなかった {rejected.length}件）
          </dd>
        </div>
      </dl>
      <div className="button-row">
        <SaveJsonLink report={report} />
      </div>
      {notEvaluatedCount > 0 && <p className="notice">CSVにない情報（アセスメントや会議の記録など）が必要な{notEvaluatedCount}項目は評価していません。気づきがないことは、基準を満たしていることを意味しません（下の「評価できなかった項目」を見てください）。</p>}
      {Object.keys(report.summary.byRule).length > 0 && (
        <details className="csv-audit-by-rule">
          <summary>項目ごとの件数</summary>
          <table className="data-table compact">
            <caption>項目ごとの気づきの件数</caption>
            <thead>
              <tr>
                <th scope="col">項目</th>
                <th scope="col">件数</th>
              </tr>
            </thead>
            <tbody>
              {Object.entries(report.summary.byRule).map(([ruleId, count]) => (
                <tr key={ruleId}>
                  <td>{ruleTitle(ruleId)}</td>
                  <td className="numeric">{count}件</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      )}

      <div className="csv-audit-filters">
        <fieldset className="field">
          <legend>表示する重み</legend>
          <div className="radio-options">
            {severities.map((severity) => (
              <label key={severity} className="radio-option">
                <input type="checkbox" checked={chosen.has(severity)} onChange={(event) => toggle(severity, event.target.checked)} />
                {severityLabels[severity]}（{report.summary.bySeverity[severity]}件）
              </label>
            ))}
          </div>
        </fieldset>
        <div className="field search-field">
          <label htmlFor={`${id}-query`}>利用者名で絞り込み</label>
          <input id={`${id}-query`} type="search" value={query} onChange={(event) => setQuery(event.target.value)} placeholder="氏名・被保険者番号" autoComplete="off" />
        </div>
      </div>
      <p className="result-count" role="status">
        {shown.length}人を表示（全{report.results.length}人）
      </p>
      {shown.length === 0 && <p className="empty-state">条件に合う利用者はいません。</p>}
      {shown.map(({ result, findings }, i) => (
        <ClientResult key={`${result.client.insurerNumber}-${result.client.insuredNumber}-${i}`} result={result} findings={findings} />
      ))}

      {report.office.length > 0 && (
        <section className="csv-audit-client" aria-label="事業所全体の気づき">
          <h3>事業所全体の気づき</h3>
          {officeFindings.length > 0 ? <FindingList findings={officeFindings} label="事業所全体の気づきの一覧" /> : <p className="muted">選んだ重みの気づきはありません。</p>}
        </section>
      )}

      {notEvaluated.length > 0 && (
        <section className="csv-audit-not-evaluated" aria-label="評価できなかった項目">
          <h3>評価できなかった項目（CSVにない情報）</h3>
          <p>ケアプランデータ連携のCSVには計画と認定の情報だけが入っています。次の項目は必要な情報がないため、どの利用者についても評価していません。</p>
          {notEvaluated.map((group) => (
            <div key={group.reason} className="csv-audit-not-evaluated-group">
              <p className="csv-audit-reason">
                {group.reason}
                {group.clients < report.results.length ? `（${group.clients}人）` : ''}
              </p>
              <ul>
                {group.rules.map((rule) => (
                  <li key={rule.ruleId} data-rule={rule.ruleId}>
                    {rule.title}
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      )}

      {rejected.length > 0 && (
        <section className="csv-audit-rejected" aria-label="点検に使わなかった送信単位">
          <h3>点検に使わなかった送信単位（{rejected.length}件）</h3>
          {rejected.map((unit) => (
            <div key={unit.key} className="csv-unit csv-unit-rejected">
              <p>{describeUnitKey(unit.key)}</p>
              <IssueTable issues={unit.issues} caption={`エラーのため点検に使わなかった送信単位の問題（${unit.issues.length}件）`} />
            </div>
          ))}
        </section>
      )}
      {ignored.length > 0 && <IssueTable issues={ignored} caption={`読まなかったファイル（${ignored.length}件）`} />}
    </section>
  );
}
