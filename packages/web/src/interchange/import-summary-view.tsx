import type { CsvIssue } from '@kizuki/core';
import { Link } from '../routing/link.js';
import { clientTabPath } from '../routing/routes.js';
import {
  actionLabels,
  allOrNothingText,
  describeUnitKey,
  issueRows,
  otherSenderWarning,
  planDateText,
  planKindLabels,
  planKindTabs,
  unitOutcomeText,
  type CsvImportSummary,
  type CsvImportUnitSummary,
} from './import-summary.js';

/** 重要度・ファイル・行・列・内容・値・期待される値 of each problem found. */
export function IssueTable({ issues, caption }: { issues: readonly CsvIssue[]; caption: string }) {
  return (
    <div className="csv-issues">
      <table className="data-table compact">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">重要度</th>
            <th scope="col">ファイル</th>
            <th scope="col">行</th>
            <th scope="col">列</th>
            <th scope="col">内容</th>
            <th scope="col">値</th>
            <th scope="col">期待される値</th>
          </tr>
        </thead>
        <tbody>
          {issueRows(issues).map((row, i) => (
            <tr key={i} className={`csv-issue-${row.severity}`}>
              <td>
                <span className={`tag csv-severity-${row.severity}`}>{row.severityLabel}</span>
              </td>
              <td className="csv-file-name">{row.file}</td>
              <td className="numeric">{row.row}</td>
              <td>{row.column}</td>
              <td>{row.content}</td>
              <td className="csv-value">{row.value}</td>
              <td>{row.expected}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function UnitView({ unit, index }: { unit: CsvImportUnitSummary; index: number }) {
  const names = new Map(unit.clients.map((c) => [c.clientId, c.name]));
  const title = `送信単位 ${index + 1}`;
  return (
    <section className={`csv-unit ${unit.accepted ? 'csv-unit-accepted' : 'csv-unit-rejected'}`} aria-label={title}>
      <h3>
        {title} <span className={`tag ${unit.accepted ? 'tag-ok' : 'csv-severity-error'}`}>{unit.accepted ? '取り込みました' : '取り込みませんでした'}</span>
      </h3>
      <p className="muted">{describeUnitKey(unit.key)}</p>
      <p>{unitOutcomeText(unit)}</p>
      <details>
        <summary>ファイル（{unit.files.length}件）</summary>
        <ul className="csv-file-list">
          {unit.files.map((f) => (
            <li key={f} className="csv-file-name">
              {f}
            </li>
          ))}
        </ul>
      </details>
      {unit.clients.length > 0 && (
        <table className="data-table compact">
          <caption>利用者</caption>
          <thead>
            <tr>
              <th scope="col">氏名</th>
              <th scope="col">保険者番号</th>
              <th scope="col">被保険者番号</th>
              <th scope="col">結果</th>
            </tr>
          </thead>
          <tbody>
            {unit.clients.map((c) => (
              <tr key={c.clientId}>
                <td>
                  <Link to={clientTabPath(c.clientId, 'basic')}>{c.name}</Link>
                </td>
                <td>{c.insurerNumber}</td>
                <td>{c.insuredNumber}</td>
                <td>{actionLabels[c.action]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {unit.plans.length > 0 && (
        <table className="data-table compact">
          <caption>計画・利用票</caption>
          <thead>
            <tr>
              <th scope="col">書類</th>
              <th scope="col">作成日・対象年月</th>
              <th scope="col">利用者</th>
              <th scope="col">結果</th>
            </tr>
          </thead>
          <tbody>
            {unit.plans.map((p) => (
              <tr key={p.documentId}>
                <td>
                  <Link to={clientTabPath(p.clientId, planKindTabs[p.kind])}>{planKindLabels[p.kind]}</Link>
                </td>
                <td>{planDateText(p)}</td>
                <td>{names.get(p.clientId) ?? ''}</td>
                <td>{actionLabels[p.action]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {unit.issues.length > 0 && <IssueTable issues={unit.issues} caption={`${title}で見つかった問題（${unit.issues.length}件）`} />}
    </section>
  );
}

/** The answer of a CSV import: totals, then each send unit with its clients, plans and problems. */
export function ImportSummaryView({ fileName, summary }: { fileName: string; summary: CsvImportSummary }) {
  const { totals } = summary;
  const senderWarning = otherSenderWarning(summary);
  return (
    <section className="csv-summary" aria-label="取り込み結果">
      <h2>取り込み結果（{fileName}）</h2>
      <dl className="csv-totals">
        <div>
          <dt>送信単位</dt>
          <dd>{totals.units}件</dd>
        </div>
        <div>
          <dt>取り込んだ送信単位</dt>
          <dd>{totals.accepted}件</dd>
        </div>
        <div>
          <dt>取り込まなかった送信単位</dt>
          <dd>{totals.rejected}件</dd>
        </div>
        <div>
          <dt>利用者</dt>
          <dd>
            新規 {totals.clientsCreated}人・更新 {totals.clientsUpdated}人
          </dd>
        </div>
        <div>
          <dt>計画・利用票</dt>
          <dd>
            新規 {totals.plansCreated}件・更新 {totals.plansUpdated}件・変更なし {totals.plansUnchanged}件
          </dd>
        </div>
        <div>
          <dt>エラー・警告</dt>
          <dd>
            エラー {totals.errors}件・警告 {totals.warnings}件
          </dd>
        </div>
      </dl>
      {senderWarning !== undefined && (
        <p className="notice csv-sender-warning" role="note" aria-label="送信元の事業所">
          {senderWarning}
        </p>
      )}
      {totals.rejected > 0 && <p className="notice">{allOrNothingText}</p>}
      {totals.units === 0 && <p className="form-error">ZIPファイルの中に、取り込める送信単位（標準仕様の名前のCSVファイル）がありませんでした。</p>}
      {summary.units.map((unit, i) => (
        <UnitView key={unit.key} unit={unit} index={i} />
      ))}
      {summary.ignored.length > 0 && <IssueTable issues={summary.ignored} caption={`読まなかったファイル（${summary.ignored.length}件）`} />}
    </section>
  );
}
