import { calculateUsageSheet, limitUnitsForUsage, type ServiceUsage, warekiMonth } from '@kizuki/core';
import { amountText, sheetRows } from '../usage/sheet-rows.js';

import type { PrintContext } from './print-data.js';
import { Sheet } from './sheet.js';
import './usage-print.css';

const discountText = (percent: number | undefined) => (percent === undefined ? '' : percent.toFixed(2));

/** 第7表 サービス利用票別表: 区分支給限度管理・利用者負担計算 and the 短期入所 days, calculated from 第6表. */
export function UsageSheetForm({ usage, ctx }: { usage: ServiceUsage; ctx: PrintContext }) {
  const { client, certifications } = ctx.caseFile;
  const sheet = calculateUsageSheet(usage, { limitUnits: limitUnitsForUsage(certifications, usage) });
  const { totals } = sheet;
  return (
    <Sheet formNumber="第7表" title="サービス利用票別表" createdOn={usage.createdOn}>
      <p className="sheet-client">
        {warekiMonth(usage.month)}分{'\u3000'}被保険者番号 {client.insuredNumber}
        {'\u3000'}利用者名{'\u3000'}
        {client.name}
        {'\u3000'}殿
      </p>
      <table className="form-table usage-print-sheet">
        <caption>区分支給限度管理・利用者負担計算</caption>
        <colgroup>
          <col className="w-name" />
          <col className="w-office" />
          <col className="w-content" />
          <col className="w-code" />
          {Array.from({ length: 13 }, (_, i) => (
            <col key={i} />
          ))}
        </colgroup>
        <thead>
          <tr>
            <th scope="col">事業所名</th>
            <th scope="col">事業所番号</th>
            <th scope="col">サービス内容／種類</th>
            <th scope="col">サービスコード</th>
            <th scope="col">単位数</th>
            <th scope="col">割引後率（%）</th>
            <th scope="col">回数</th>
            <th scope="col">サービス単位／金額</th>
            <th scope="col">給付管理単位数</th>
            <th scope="col">区分支給限度基準を超える単位数</th>
            <th scope="col">区分支給限度基準内単位数</th>
            <th scope="col">単位数単価</th>
            <th scope="col">費用総額（保険／事業対象分）</th>
            <th scope="col">給付率（%）</th>
            <th scope="col">保険／事業費請求額</th>
            <th scope="col">利用者負担（保険／事業対象分）</th>
            <th scope="col">利用者負担（全額負担分）</th>
          </tr>
        </thead>
        <tbody>
          {sheetRows(sheet).map((row) =>
            row.kind === 'line' ? (
              <tr key={`line-${row.line.lineId}`}>
                <td>{row.line.providerName}</td>
                <td>{row.line.providerOfficeNumber}</td>
                <td>{row.line.serviceName}</td>
                <td>{row.line.serviceCode}</td>
                <td className="num">{amountText(row.line.units)}</td>
                <td className="num">{discountText(row.line.discountPercent)}</td>
                <td className="num">{row.line.count}</td>
                <td className="num">{amountText(row.line.serviceUnits)}</td>
                <td className="num">{amountText(row.line.managedUnits)}</td>
                <td colSpan={8} />
              </tr>
            ) : (
              <tr key={`sub-${row.subtotal.providerOfficeNumber}-${row.subtotal.serviceTypeCode}-${String(row.subtotal.outsideLimit)}-${row.subtotal.unitPrice}`} className="subtotal-row">
                <td>{row.subtotal.providerName}</td>
                <td>{row.subtotal.providerOfficeNumber}</td>
                <td>{row.subtotal.serviceTypeName}合計</td>
                <td colSpan={4} />
                <td className="num">{amountText(row.subtotal.serviceUnits)}</td>
                <td className="num">{amountText(row.subtotal.managedUnits)}</td>
                <td className="num">{amountText(row.subtotal.overLimitUnits)}</td>
                <td className="num">{amountText(row.subtotal.withinLimitUnits)}</td>
                <td className="num">{row.subtotal.unitPrice.toFixed(2)}</td>
                <td className="num">{amountText(row.subtotal.totalCost)}</td>
                <td className="num">{row.subtotal.benefitRatePercent}</td>
                <td className="num">{amountText(row.subtotal.claimAmount)}</td>
                <td className="num">{amountText(row.subtotal.copay)}</td>
                <td className="num">{amountText(row.subtotal.fullCopay)}</td>
              </tr>
            ),
          )}
          {sheet.lines.length === 0 && (
            <tr>
              <td colSpan={17} className="empty-row">
                サービスの記載はありません
              </td>
            </tr>
          )}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={4}>
              区分支給限度基準額（単位）
            </th>
            <td className="num" colSpan={4}>
              {amountText(sheet.limitUnits)}
            </td>
            <th scope="row">合計</th>
            <td className="num" data-total="over">{amountText(totals.overLimitUnits)}</td>
            <td className="num">{amountText(totals.withinLimitUnits)}</td>
            <td />
            <td className="num">{amountText(totals.totalCost)}</td>
            <td />
            <td className="num">{amountText(totals.claimAmount)}</td>
            <td className="num">{amountText(totals.copay)}</td>
            <td className="num">{amountText(totals.fullCopay)}</td>
          </tr>
          <tr>
            <th scope="row" colSpan={7}>
              サービス単位数・給付管理単位数の合計
            </th>
            <td className="num" data-total="service">{amountText(totals.serviceUnits)}</td>
            <td className="num" data-total="managed">{amountText(totals.managedUnits)}</td>
            <td colSpan={8} />
          </tr>
        </tfoot>
      </table>
      <table className="form-table usage-print-short-stay">
        <caption>要介護認定期間中の短期入所利用日数</caption>
        <thead>
          <tr>
            <th scope="col">前月までの利用日数</th>
            <th scope="col">当月の計画利用日数</th>
            <th scope="col">累積利用日数</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <td className="num">{sheet.shortStay.daysBefore}</td>
            <td className="num">{sheet.shortStay.daysThisMonth}</td>
            <td className="num">{sheet.shortStay.daysTotal}</td>
          </tr>
        </tbody>
      </table>
    </Sheet>
  );
}
