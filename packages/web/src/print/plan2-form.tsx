import { informalCategoryLabels, type CarePlan, type ServiceLine } from '@kizuki/core';
import { plan2Rows } from './plan2-rows.js';
import type { PrintContext } from './print-data.js';
import { printPeriod } from './print-format.js';
import { Sheet, Text } from './sheet.js';

function serviceType(line: ServiceLine): string {
  // Informal supports show who carries them (家族, 近隣・友人 …) where insured services show the type.
  if (line.kind === 'informal') return line.serviceTypeName ?? (line.informalCategory ? informalCategoryLabels[line.informalCategory] : 'インフォーマル');
  return line.serviceTypeName ?? line.serviceTypeCode ?? '';
}

/** 第2表 居宅サービス計画書（２）: needs, goals with periods, and 援助内容. */
export function Plan2Form({ plan, ctx }: { plan: CarePlan; ctx: PrintContext }) {
  const rows = plan2Rows(plan.needs);
  return (
    <Sheet formNumber="第2表" title="居宅サービス計画書（2）" createdOn={plan.createdOn}>
      <p className="sheet-client">利用者名{'\u3000'}{ctx.caseFile.client.name}{'\u3000'}殿</p>
      <table className="form-table plan2-table">
        <colgroup>
          <col className="w-need" />
          <col className="w-goal" />
          <col className="w-period" />
          <col className="w-goal" />
          <col className="w-period" />
          <col className="w-content" />
          <col className="w-mark" />
          <col className="w-type" />
          <col className="w-provider" />
          <col className="w-freq" />
          <col className="w-period" />
        </colgroup>
        <thead>
          <tr>
            <th rowSpan={2} scope="col">生活全般の解決すべき課題（ニーズ）</th>
            <th colSpan={4} scope="colgroup">援助目標</th>
            <th colSpan={6} scope="colgroup">援助内容</th>
          </tr>
          <tr>
            <th scope="col">長期目標</th>
            <th scope="col">（期間）</th>
            <th scope="col">短期目標</th>
            <th scope="col">（期間）</th>
            <th scope="col">サービス内容</th>
            <th scope="col">※1</th>
            <th scope="col">サービス種別</th>
            <th scope="col">※2</th>
            <th scope="col">頻度</th>
            <th scope="col">期間</th>
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 && (
            <tr>
              <td colSpan={11} className="empty-row">（記載なし）</td>
            </tr>
          )}
          {rows.map((row) => (
            <tr key={row.key}>
              {row.need && (
                <td rowSpan={row.need.rowSpan}>
                  <Text value={row.need.value.text} />
                </td>
              )}
              {row.longTermGoal && (
                <>
                  <td rowSpan={row.longTermGoal.rowSpan}>
                    <Text value={row.longTermGoal.value.text} />
                  </td>
                  <td rowSpan={row.longTermGoal.rowSpan} className="period-cell">{printPeriod(row.longTermGoal.value.period)}</td>
                </>
              )}
              {row.need && !row.longTermGoal && <td colSpan={4} rowSpan={row.need.rowSpan} />}
              {row.shortTermGoal && (
                <>
                  <td rowSpan={row.shortTermGoal.rowSpan}>
                    <Text value={row.shortTermGoal.value.text} />
                  </td>
                  <td rowSpan={row.shortTermGoal.rowSpan} className="period-cell">{printPeriod(row.shortTermGoal.value.period)}</td>
                </>
              )}
              {row.longTermGoal && !row.shortTermGoal && <td colSpan={2} rowSpan={row.longTermGoal.rowSpan} />}
              {row.line ? (
                <>
                  <td>
                    <Text value={row.line.content} />
                    {row.line.reason && <span className="line-note">（必要な理由: {row.line.reason}）</span>}
                  </td>
                  <td className="mark-cell">{row.line.insured ? '○' : ''}</td>
                  <td>{serviceType(row.line)}</td>
                  <td>{row.line.providerName ?? ''}</td>
                  <td>{row.line.frequency ?? ''}</td>
                  <td className="period-cell">{printPeriod(row.line.period)}</td>
                </>
              ) : (
                <td colSpan={6} />
              )}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="form-notes">※1「保険給付の対象となるかどうかの区分」について、保険給付対象内サービスについては○印を付す。{'\u3000'}※2「当該サービス提供を行う事業所」について記入する。</p>
    </Sheet>
  );
}
