import { supportLogKindLabels, type SupportLogEntry } from '@kizuki/core';
import type { PrintContext } from './print-data.js';
import { printDate } from './print-format.js';
import { Sheet, Text } from './sheet.js';

/** 第5表 居宅介護支援経過: every entry in date order (年月日・項目・内容). */
export function SupportLogForm({ entries, ctx, authorName }: { entries: readonly SupportLogEntry[]; ctx: PrintContext; authorName: string | undefined }) {
  const sorted = [...entries].sort((a, b) => (a.date === b.date ? (a.time ?? '').localeCompare(b.time ?? '') : a.date < b.date ? -1 : 1));
  return (
    <Sheet formNumber="第5表" title="居宅介護支援経過" createdOn={sorted[sorted.length - 1]?.date}>
      <p className="sheet-client">
        利用者名{'\u3000'}{ctx.caseFile.client.name}{'\u3000'}殿{'\u3000'}{'\u3000'}居宅サービス計画作成者氏名{'\u3000'}{authorName ?? ''}
      </p>
      <table className="form-table log-table">
        <colgroup>
          <col className="w-date" />
          <col className="w-item" />
          <col />
        </colgroup>
        <thead>
          <tr>
            <th scope="col">年月日</th>
            <th scope="col">項目</th>
            <th scope="col">内容</th>
          </tr>
        </thead>
        <tbody>
          {sorted.length === 0 && (
            <tr>
              <td colSpan={3} className="empty-row">（記録なし）</td>
            </tr>
          )}
          {sorted.map((entry) => (
            <tr key={entry.id}>
              <td>
                {printDate(entry.date)}
                {entry.time && <span className="cell-time">{entry.time}</span>}
              </td>
              <td>
                {entry.title ?? ''}
                <span className="cell-time">
                  {supportLogKindLabels[entry.kind]}
                  {entry.counterpart ? `・${entry.counterpart}` : ''}
                </span>
              </td>
              <td>
                <Text value={entry.content} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Sheet>
  );
}
