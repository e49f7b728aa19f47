import { careLevelTable, certificationForUsage, certificationStatusTable, effectiveBenefitLimitUnits, monthDays, type ServiceUsage, sexLabels, warekiMonth } from '@kizuki/core';
import { amountText } from '../usage/sheet-rows.js';
import { monthlyCount } from '../usage/usage-days.js';
import type { PrintContext } from './print-data.js';
import { printDate } from './print-format.js';
import { Choices, Sheet } from './sheet.js';
import './usage-print.css';

const statusOptions = (['certified', 'applying'] as const).map((value) => ({ value, label: certificationStatusTable[value].label }));
const levelOptions = (['support_1', 'support_2', 'care_1', 'care_2', 'care_3', 'care_4', 'care_5'] as const).map((value) => ({ value, label: careLevelTable[value].label }));

/** 限度額適用期間: the certification's validity as 令和7年4月～令和8年3月. */
function limitPeriod(validFrom: string | undefined, validTo: string | undefined): string {
  if (!validFrom && !validTo) return '';
  return `${validFrom ? warekiMonth(validFrom.slice(0, 7)) : ''}～${validTo ? warekiMonth(validTo.slice(0, 7)) : ''}`;
}

/** 第6表 サービス利用票（兼居宅サービス計画）: the month's rows with their 予定 and 実績 by day. */
export function UsagePlanForm({ usage, ctx }: { usage: ServiceUsage; ctx: PrintContext }) {
  const { client, certifications, carePlans } = ctx.caseFile;
  const cert = certificationForUsage(certifications, usage);
  const limit = cert ? effectiveBenefitLimitUnits(cert) : undefined;
  const plan = carePlans.find((p) => p.id === usage.carePlanId) ?? carePlans.filter((p) => p.status !== 'superseded').at(-1);
  const days = monthDays(usage.month);
  return (
    <Sheet formNumber="第6表" title="サービス利用票（兼居宅サービス計画）" createdOn={usage.createdOn}>
      <p className="sheet-flags">
        <Choices label="認定状況" options={statusOptions} chosen={cert ? [cert.status] : []} />
        <span className="usage-print-month">{warekiMonth(usage.month)}分</span>
      </p>
      <table className="form-table usage-print-head">
        <tbody>
          <tr>
            <th scope="row">保険者番号</th>
            <td>{client.insurerNumber}</td>
            <th scope="row">被保険者番号</th>
            <td>{client.insuredNumber}</td>
            <th scope="row">居宅介護支援事業者事業所名・担当者名</th>
            <td colSpan={3}>
              {ctx.officeName}
              {plan?.authorName ? `\u3000${plan.authorName}` : ''}
            </td>
          </tr>
          <tr>
            <th scope="row">フリガナ／被保険者氏名</th>
            <td colSpan={3}>
              <span className="usage-print-kana">{client.nameKana}</span>
              {client.name}
              {'\u3000'}殿
            </td>
            <th scope="row">作成年月日</th>
            <td>{printDate(usage.createdOn)}</td>
            <th scope="row">届出年月日</th>
            <td>{printDate(undefined)}</td>
          </tr>
          <tr>
            <th scope="row">生年月日</th>
            <td>{printDate(client.birthDate)}</td>
            <th scope="row">性別</th>
            <td>{client.sex ? sexLabels[client.sex] : ''}</td>
            <th scope="row">要介護状態区分</th>
            <td colSpan={3}>
              <Choices label="要介護状態区分" options={levelOptions} chosen={cert?.careLevel ? [cert.careLevel] : []} />
            </td>
          </tr>
          <tr>
            <th scope="row">区分支給限度基準額</th>
            <td>{limit === undefined ? '' : `${amountText(limit)}単位／月`}</td>
            <th scope="row">限度額適用期間</th>
            <td>{limitPeriod(cert?.validFrom, cert?.validTo)}</td>
            <th scope="row">前月までの短期入所利用日数</th>
            <td>{usage.shortStayDaysBefore ?? 0}日</td>
            <th scope="row">利用者確認</th>
            <td>{[usage.confirmedOn ? printDate(usage.confirmedOn) : '', usage.confirmedBy ?? ''].filter(Boolean).join('\u3000')}</td>
          </tr>
        </tbody>
      </table>
      <table className="form-table usage-print-days">
        <colgroup>
          <col className="w-time" />
          <col className="w-content" />
          <col className="w-provider" />
          <col className="w-kind" />
          {days.map((d) => (
            <col key={d.day} />
          ))}
          <col className="w-total" />
        </colgroup>
        <thead>
          <tr>
            <th scope="col" rowSpan={3}>提供時間帯</th>
            <th scope="col" rowSpan={3}>サービス内容</th>
            <th scope="col" rowSpan={3}>サービス事業者事業所名</th>
            <th scope="col" rowSpan={3} aria-label="予定・実績" />
            <th scope="colgroup" colSpan={days.length}>月間サービス計画及び実績の記録</th>
            <th scope="col" rowSpan={3}>合計回数</th>
          </tr>
          <tr>
            {days.map((d) => (
              <th key={d.day} scope="col" className={d.weekend ? `weekend-${d.weekend}` : undefined}>
                {d.day}
              </th>
            ))}
          </tr>
          <tr>
            {days.map((d) => (
              <th key={d.day} scope="col" className={d.weekend ? `weekend-${d.weekend}` : undefined}>
                {d.weekdayLabel}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {usage.lines.length === 0 && (
            <tr>
              <td colSpan={days.length + 5} className="empty-row">
                サービスの記載はありません
              </td>
            </tr>
          )}
          {usage.lines.flatMap((line) => {
            const times = monthlyCount([1], line.timesPerDay);
            const time = line.startTime ? `${line.startTime}～${line.endTime ?? ''}` : '';
            return (['plannedDays', 'actualDays'] as const).map((key, i) => (
              <tr key={`${line.id}-${key}`} className={i === 0 ? 'usage-print-planned' : 'usage-print-actual'}>
                {i === 0 && (
                  <>
                    <td rowSpan={2}>{time}</td>
                    <td rowSpan={2}>
                      {line.serviceName ?? ''}
                      <span className="line-note">{line.serviceCode}</span>
                    </td>
                    <td rowSpan={2}>{line.providerName ?? ''}</td>
                  </>
                )}
                <th scope="row" className="kind-cell">
                  {i === 0 ? '予定' : '実績'}
                </th>
                {days.map((d) => (
                  <td key={d.day} className={['day-cell', d.weekend ? `weekend-${d.weekend}` : undefined].filter(Boolean).join(' ')}>
                    {line[key].includes(d.day) ? times : ''}
                  </td>
                ))}
                <td className="day-cell">{monthlyCount(line[key], line.timesPerDay) || ''}</td>
              </tr>
            ));
          })}
        </tbody>
      </table>
    </Sheet>
  );
}
