import type { UsageSheet } from '@kizuki/core';
import { amountText, sheetRows } from './sheet-rows.js';

/** The summary and table of 第7表 サービス利用票別表, recalculated as the 利用票 is edited. */
export function UsageSheetView({ sheet, skippedLines }: { sheet: UsageSheet; skippedLines: readonly number[] }) {
  const { totals, limitUnits, shortStay } = sheet;
  const over = totals.overLimitUnits > 0;
  return (
    <section className="usage-sheet" aria-labelledby="usage-sheet-title">
      <h3 id="usage-sheet-title">第7表 サービス利用票別表（区分支給限度管理・利用者負担計算）</h3>
      {skippedLines.length > 0 && (
        <p className="notice" role="status">
          {skippedLines.map((i) => `${i + 1}行目`).join('・')}は入力が足りないか誤りがあるため、別表の計算に含めていません（事業所番号とサービスコードは必須です）。
        </p>
      )}
      <dl className={`usage-totals${over ? ' over-limit' : ''}`}>
        <div>
          <dt>区分支給限度基準額</dt>
          <dd data-total="limit">{limitUnits === undefined ? '不明（認定なし）' : `${amountText(limitUnits)}単位`}</dd>
        </div>
        <div>
          <dt>給付管理単位数（限度額の対象）</dt>
          <dd data-total="managed">{amountText(totals.managedUnits)}単位</dd>
        </div>
        <div className={over ? 'over-limit-value' : undefined}>
          <dt>区分支給限度基準を超える単位数</dt>
          <dd data-total="over">{amountText(totals.overLimitUnits)}単位</dd>
        </div>
        <div>
          <dt>サービス単位数の合計</dt>
          <dd data-total="service">{amountText(totals.serviceUnits)}単位</dd>
        </div>
        <div>
          <dt>費用総額（保険対象分）</dt>
          <dd data-total="cost">{amountText(totals.totalCost)}円</dd>
        </div>
        <div>
          <dt>保険請求額</dt>
          <dd data-total="claim">{amountText(totals.claimAmount)}円</dd>
        </div>
        <div>
          <dt>利用者負担（保険対象分）</dt>
          <dd data-total="copay">{amountText(totals.copay)}円</dd>
        </div>
        <div>
          <dt>利用者負担（全額負担分）</dt>
          <dd data-total="full-copay">{amountText(totals.fullCopay)}円</dd>
        </div>
      </dl>
      {over && (
        <p className="form-error" role="status">
          区分支給限度基準額を{amountText(totals.overLimitUnits)}単位超えています。超えた分は全額が利用者の負担になります。
        </p>
      )}
      <div className="table-scroll">
        <table className="data-table compact usage-sheet-table">
          <thead>
            <tr>
              <th scope="col">事業所名</th>
              <th scope="col">事業所番号</th>
              <th scope="col">サービス内容／種類</th>
              <th scope="col">サービスコード</th>
              <th scope="col">単位数</th>
              <th scope="col">回数</th>
              <th scope="col">サービス単位／金額</th>
              <th scope="col">給付管理単位数</th>
              <th scope="col">区分支給限度基準を超える単位数</th>
              <th scope="col">区分支給限度基準内単位数</th>
              <th scope="col">単位数単価</th>
              <th scope="col">費用総額（保険対象分）</th>
              <th scope="col">給付率（%）</th>
              <th scope="col">保険請求額</th>
              <th scope="col">利用者負担（保険対象分）</th>
              <th scope="col">利用者負担（全額負担分）</th>
            </tr>
          </thead>
          <tbody>
            {sheet.lines.length === 0 && (
              <tr>
                <td colSpan={16} className="empty-state">
                  サービスの行がまだありません。
                </td>
              </tr>
            )}
            {sheetRows(sheet).map((row) =>
              row.kind === 'line' ? (
                <tr key={`line-${row.line.lineId}`}>
                  <td>{row.line.providerName}</td>
                  <td>{row.line.providerOfficeNumber}</td>
                  <td>{row.line.serviceName}</td>
                  <td>{row.line.serviceCode}</td>
                  <td className="numeric">{amountText(row.line.units)}</td>
                  <td className="numeric">{row.line.count}</td>
                  <td className="numeric">{amountText(row.line.serviceUnits)}</td>
                  <td className="numeric">{row.line.outsideLimit ? '' : amountText(row.line.managedUnits)}</td>
                  <td colSpan={8} />
                </tr>
              ) : (
                <tr key={`sub-${row.subtotal.providerOfficeNumber}-${row.subtotal.serviceTypeCode}-${String(row.subtotal.outsideLimit)}-${row.subtotal.unitPrice}`} className="subtotal-row">
                  <td>{row.subtotal.providerName}</td>
                  <td>{row.subtotal.providerOfficeNumber}</td>
                  <td>
                    {row.subtotal.serviceTypeName}合計{row.subtotal.outsideLimit ? '（限度額対象外）' : ''}
                  </td>
                  <td />
                  <td />
                  <td />
                  <td className="numeric">{amountText(row.subtotal.serviceUnits)}</td>
                  <td className="numeric">{amountText(row.subtotal.managedUnits)}</td>
                  <td className={`numeric${row.subtotal.overLimitUnits > 0 ? ' over-limit-cell' : ''}`}>{amountText(row.subtotal.overLimitUnits)}</td>
                  <td className="numeric">{amountText(row.subtotal.withinLimitUnits)}</td>
                  <td className="numeric">{row.subtotal.unitPrice.toFixed(2)}</td>
                  <td className="numeric">{amountText(row.subtotal.totalCost)}</td>
                  <td className="numeric">{row.subtotal.benefitRatePercent}</td>
                  <td className="numeric">{amountText(row.subtotal.claimAmount)}</td>
                  <td className="numeric">{amountText(row.subtotal.copay)}</td>
                  <td className="numeric">{amountText(row.subtotal.fullCopay)}</td>
                </tr>
              ),
            )}
          </tbody>
          <tfoot>
            <tr className="total-row">
              <th scope="row" colSpan={6}>
                合計
              </th>
              <td className="numeric">{amountText(totals.serviceUnits)}</td>
              <td className="numeric">{amountText(totals.managedUnits)}</td>
              <td className={`numeric${over ? ' over-limit-cell' : ''}`}>{amountText(totals.overLimitUnits)}</td>
              <td className="numeric">{amountText(totals.withinLimitUnits)}</td>
              <td />
              <td className="numeric">{amountText(totals.totalCost)}</td>
              <td />
              <td className="numeric">{amountText(totals.claimAmount)}</td>
              <td className="numeric">{amountText(totals.copay)}</td>
              <td className="numeric">{amountText(totals.fullCopay)}</td>
            </tr>
          </tfoot>
        </table>
      </div>
      <table className="data-table compact usage-short-stay">
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
            <td className="numeric" data-total="short-stay-before">{shortStay.daysBefore}日</td>
            <td className="numeric" data-total="short-stay-month">{shortStay.daysThisMonth}日</td>
            <td className="numeric" data-total="short-stay-total">{shortStay.daysTotal}日</td>
          </tr>
        </tbody>
      </table>
    </section>
  );
}
