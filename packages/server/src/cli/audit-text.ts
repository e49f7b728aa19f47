import { formatWareki, ruleTitles, type AuditReport, type CsvAuditReport, type Finding } from '@kizuki/core';

const severityLabels = { standard: '基準', advice: '助言', question: '問いかけ' } as const;

function citationText(finding: Finding): string {
  return finding.citations.map((c) => (c.kind === 'statute' ? c.label : `${c.heading}（${c.id}）`)).join(' / ');
}

function findingLines(finding: Finding): string[] {
  const lines = [`  [${severityLabels[finding.severity]}] ${ruleTitles[finding.ruleId]}（${finding.ruleId}）`, `    ${finding.message}`];
  const places = finding.evidence.map((e) => e.label).filter((label, i, all) => all.indexOf(label) === i);
  if (places.length > 0) lines.push(`    箇所: ${places.join('、')}`);
  if (finding.citations.length > 0) lines.push(`    根拠: ${citationText(finding)}`);
  return lines;
}

/** The audit report as Japanese text for a terminal (`--format text`). */
export function formatAuditText(report: AuditReport): string {
  const lines = [`ポリシー: ${report.policy.chain.map((c) => `${c.id} v${c.version}`).join(' ← ')}  基準日: ${formatWareki(report.asOf)}`, ''];
  for (const result of report.results) {
    const plan = result.planDate ? `  計画作成（変更）日: ${formatWareki(result.planDate)}` : '  計画なし';
    lines.push(`■ ${result.client.name}（保険者番号 ${result.client.insurerNumber}・被保険者番号 ${result.client.insuredNumber}）${plan}`);
    if (result.findings.length === 0) lines.push('  気づきはありません。');
    for (const finding of result.findings) lines.push(...findingLines(finding));
    if (result.notEvaluated.length > 0) {
      lines.push(`  評価していないルール（${result.notEvaluated.length}件）: ${result.notEvaluated.map((n) => n.ruleId).join(', ')}`);
      lines.push(`    理由: ${[...new Set(result.notEvaluated.map((n) => n.reason))].join(' / ')}`);
    }
    lines.push('');
  }
  if (report.office.length > 0) {
    lines.push('■ 事業所全体');
    for (const finding of report.office) lines.push(...findingLines(finding));
    lines.push('');
  }
  if ('input' in report) lines.push(...csvInputLines(report as CsvAuditReport), '');
  const { caseFiles, findings, bySeverity } = report.summary;
  lines.push(`集計: ケースファイル ${caseFiles}件、気づき ${findings}件（基準 ${bySeverity.standard}・助言 ${bySeverity.advice}・問いかけ ${bySeverity.question}）`);
  return `${lines.join('\n')}\n`;
}

/** What was read from CSV files: each send unit, and the errors of the units that were not audited. */
function csvInputLines(report: CsvAuditReport): string[] {
  const lines = ['■ 読み込んだCSV（送信単位）'];
  for (const unit of report.input.units) {
    lines.push(`  ${unit.accepted ? '点検' : '取り込めず'}: ${unit.key}（利用者 ${unit.clients}人、ファイル ${unit.files.length}件）`);
    for (const issue of unit.issues) lines.push(`    [${issue.severity === 'error' ? 'エラー' : '注意'}] ${issue.message}`);
  }
  for (const issue of report.input.ignored) lines.push(`  [対象外] ${issue.message}`);
  return lines;
}
