import { formatWareki, municipalNotificationRules, warekiMonth, type LivingSupportNotification, type OfficeNotifications, type OfficeShare } from '@kizuki/core';
import { useEffect, useState } from 'react';
import { Link } from '../routing/link.js';
import { todayIso } from '../shared/dates.js';
import { fetchOfficeNotifications } from './office-api.js';
import { useLoad } from '../components/use-load.js';
import { OfficeNav } from './office-nav.js';
import { PrintToolbar } from './print-toolbar.js';

const pct = (n: number | undefined) => (n === undefined ? '—' : `${(Math.floor(n * 1000) / 10).toFixed(1)}%`);
const ratio = (r: { numerator: number; denominator: number }) => `${(r.numerator / r.denominator) * 10}割`;

/** 市町村への届出: the plans of a month whose 生活援助中心型 reaches the 告示の回数, and the office's 7割/6割. */
export function NotificationsPage({ month: monthParam }: { month: string | undefined }) {
  useEffect(() => {
    document.title = '市町村への届出 - 気づき';
  }, []);
  const [month, setMonth] = useState(monthParam ?? todayIso().slice(0, 7));
  const [state] = useLoad((signal) => fetchOfficeNotifications(month, signal), undefined, month);
  return (
    <section className="office-page" aria-labelledby="notifications-title">
      <h1 id="notifications-title">市町村への届出</h1>
      <OfficeNav current="/office/notifications" />
      <div className="office-toolbar">
        <label className="field field-short office-month">
          <span>対象の月</span>
          <input
            type="month"
            value={month}
            onChange={(e) => e.target.value && setMonth(e.target.value)}
            aria-label="対象の月"
          />
        </label>
        <Link to={`/office/notifications/print/${month}`} className="button button-secondary">
          届出の一覧を印刷
        </Link>
      </div>
      {state.kind === 'loading' && <p className="page-status">読み込んでいます…</p>}
      {state.kind === 'failed' && (
        <p className="form-error" role="alert">
          {state.message}
        </p>
      )}
      {state.kind === 'ready' && <NotificationsView data={state.data} />}
    </section>
  );
}

function NotificationsView({ data }: { data: OfficeNotifications }) {
  const { report } = data;
  const toNotify = report.livingSupport.filter((e) => e.mustNotify);
  return (
    <>
      <p role="status" className="office-verdict">
        {warekiMonth(report.month)}の利用票で、
        {toNotify.length > 0 ? (
          <strong>
            生活援助中心型の訪問介護が告示の回数以上の計画が{toNotify.length}件あります。理由を記載した計画を{formatWareki(report.deadline)}までに市町村に届け出てください。
          </strong>
        ) : (
          '生活援助中心型の訪問介護が告示の回数以上の計画はありません。'
        )}
      </p>
      <h2>生活援助中心型の回数（第13条第十八号の二）</h2>
      <LivingSupportTable entries={report.livingSupport} deadline={report.deadline} />
      {report.unnamedHomeCareLines > 0 && <p className="muted">サービス内容の名称がない訪問介護の行が{report.unnamedHomeCareLines}行あり、生活援助かどうか判定できません。利用票に名称を入力してください。</p>}
      <WithoutUsage entries={report.withoutUsage} />
      <h2>区分支給限度基準額・訪問介護の割合（第13条第十八号の三）</h2>
      <ShareView share={report.officeShare} />
      <Sources />
    </>
  );
}

function LivingSupportTable({ entries, deadline }: { entries: LivingSupportNotification[]; deadline: string }) {
  if (entries.length === 0) return <p className="muted">この月の利用票に生活援助中心型の訪問介護はありません。</p>;
  return (
    <div className="office-table-wrap">
    <table className="client-table office-table notification-table">
      <thead>
        <tr>
          <th scope="col">利用者</th>
          <th scope="col">要介護度</th>
          <th scope="col">回数（予定）</th>
          <th scope="col">告示の回数</th>
          <th scope="col">届出</th>
          <th scope="col">第1表 生活援助中心型の算定理由</th>
          <th scope="col">期限</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((e) => (
          <tr key={e.clientId} data-client={e.clientId} className={e.mustNotify ? 'notification-due' : undefined}>
            <td>
              <Link to={`/clients/${encodeURIComponent(e.clientId)}/basic`}>{e.name}</Link>
              {e.planLines.length > 0 && (
                <ul className="notification-lines">
                  {e.planLines.map((line) => (
                    <li key={line}>{line}</li>
                  ))}
                </ul>
              )}
            </td>
            <td>{e.careLevel ?? '認定なし'}</td>
            <td className="numeric">
              {e.planned}回{e.actual > 0 ? `（実績 ${e.actual}回）` : ''}
            </td>
            <td className="numeric">{e.threshold === undefined ? '対象外' : `${e.threshold}回`}</td>
            <td>{e.mustNotify ? <span className="tag tag-warn">届出が必要</span> : '不要'}</td>
            <td>{e.reason ?? (e.mustNotify ? <strong>記載がありません</strong> : '記載なし')}</td>
            <td>{e.mustNotify ? formatWareki(deadline) : '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
    </div>
  );
}

function WithoutUsage({ entries }: { entries: OfficeNotifications['report']['withoutUsage'] }) {
  if (entries.length === 0) return null;
  return (
    <>
      <h3>利用票がありません</h3>
      <p className="muted">次の要介護の利用者はこの月の利用票がないため、回数を数えていません（計画の文章からは推測しません）。</p>
      <ul className="notification-missing">
        {entries.map((e) => (
          <li key={e.clientId}>
            <Link to={`/clients/${encodeURIComponent(e.clientId)}/basic`}>{e.name}</Link>（{e.careLevel ?? '認定なし'}）: 利用票がありません
            {e.planLines.length > 0 && `。計画に生活援助中心型の訪問介護が${e.planLines.length}件あります`}
          </li>
        ))}
      </ul>
    </>
  );
}

function ShareView({ share }: { share: OfficeShare }) {
  const { limitShare, homeCareShare } = municipalNotificationRules;
  if (!share.applies) return <p className="muted">この基準は令和3年10月から適用されます。</p>;
  return (
    <>
      <table className="client-table office-table share-table">
        <tbody>
          <tr>
            <th scope="row">数えた利用票</th>
            <td className="numeric">{share.plans}件</td>
          </tr>
          <tr>
            <th scope="row">区分支給限度基準額の合計</th>
            <td className="numeric">{share.limitUnits.toLocaleString('ja-JP')}単位</td>
          </tr>
          <tr>
            <th scope="row">サービス費の合計（限度額の対象・基準内）</th>
            <td className="numeric">{share.serviceUnits.toLocaleString('ja-JP')}単位</td>
          </tr>
          <tr data-share="limit">
            <th scope="row">限度額に占める割合（{ratio(limitShare.value)}以上で該当）</th>
            <td className="numeric">
              {pct(share.limitShare)} {share.meetsLimitShare ? '該当' : '非該当'}
            </td>
          </tr>
          <tr data-share="home-care">
            <th scope="row">うち訪問介護の割合（{ratio(homeCareShare.value)}以上で該当）</th>
            <td className="numeric">
              {pct(share.homeCareShare)}（{share.homeCareUnits.toLocaleString('ja-JP')}単位） {share.meetsHomeCareShare ? '該当' : '非該当'}
            </td>
          </tr>
        </tbody>
      </table>
      <p role="note">
        {share.notifyOnRequest ? <strong>両方の割合が基準に該当します。市町村から求められたら、計画の妥当性を検討し、訪問介護が必要な理由等を記載して届け出てください。</strong> : '事業所の割合は届出の基準に該当しません。'}
      </p>
    </>
  );
}

function Sources() {
  const { livingSupportCounts, limitShare } = municipalNotificationRules;
  return (
    <p className="muted notification-sources">
      根拠: {livingSupportCounts.source}（要介護1 {livingSupportCounts.value.care_1}回・2 {livingSupportCounts.value.care_2}回・3 {livingSupportCounts.value.care_3}回・4 {livingSupportCounts.value.care_4}回・5 {livingSupportCounts.value.care_5}回、要確認）。{limitShare.source}（要確認）。回数は利用票の予定の日数×1日の回数で数えます。
    </p>
  );
}

/** The A4 list of the month's plans to notify, with the office's shares. */
export function NotificationsPrint({ month: monthParam }: { month: string | undefined }) {
  const month = monthParam ?? todayIso().slice(0, 7);
  const [state] = useLoad((signal) => fetchOfficeNotifications(month, signal), undefined, month);
  useEffect(() => {
    document.title = '市町村への届出の一覧 - 気づき';
  }, []);
  return (
    <div className="office-print">
      <PrintToolbar back={`/office/notifications/${month}`} label="市町村への届出に戻る" />
      {state.kind === 'failed' && (
        <p className="form-error" role="alert">
          {state.message}
        </p>
      )}
      {state.kind === 'ready' && (
        <article className="office-sheet" aria-label="市町村への届出の一覧">
          <h1>市町村への届出が必要な居宅サービス計画の一覧</h1>
          <table className="office-sheet-table">
            <tbody>
              <tr>
                <th scope="row">事業所名</th>
                <td>{state.data.office.name}</td>
                <th scope="row">事業所番号</th>
                <td>{state.data.office.officeNumber ?? ''}</td>
              </tr>
              <tr>
                <th scope="row">対象の月</th>
                <td>{warekiMonth(state.data.report.month)}</td>
                <th scope="row">届出の期限</th>
                <td>{formatWareki(state.data.report.deadline)}</td>
              </tr>
            </tbody>
          </table>
          <h2>生活援助中心型の訪問介護が告示の回数以上の計画（第13条第十八号の二）</h2>
          {state.data.report.livingSupport.filter((e) => e.mustNotify).length === 0 ? (
            <p>なし</p>
          ) : (
            <table className="office-sheet-table">
              <thead>
                <tr>
                  <th scope="col">利用者</th>
                  <th scope="col">要介護度</th>
                  <th scope="col">回数</th>
                  <th scope="col">告示の回数</th>
                  <th scope="col">算定理由（第1表）</th>
                  <th scope="col">計画作成日</th>
                </tr>
              </thead>
              <tbody>
                {state.data.report.livingSupport
                  .filter((e) => e.mustNotify)
                  .map((e) => (
                    <tr key={e.clientId}>
                      <td>{e.name}</td>
                      <td>{e.careLevel ?? ''}</td>
                      <td className="numeric">{e.planned}回</td>
                      <td className="numeric">{e.threshold}回</td>
                      <td>{e.reason ?? '記載なし'}</td>
                      <td>{e.planDate ? formatWareki(e.planDate) : ''}</td>
                    </tr>
                  ))}
              </tbody>
            </table>
          )}
          <h2>区分支給限度基準額・訪問介護の割合（第13条第十八号の三）</h2>
          <p>
            限度額に占める割合 {pct(state.data.report.officeShare.limitShare)}、訪問介護の割合 {pct(state.data.report.officeShare.homeCareShare)}（利用票{state.data.report.officeShare.plans}件）:{' '}
            {state.data.report.officeShare.notifyOnRequest ? '基準に該当（市町村の求めにより届出）' : '基準に該当しない'}
          </p>
          {state.data.report.withoutUsage.length > 0 && <p>利用票がありません: {state.data.report.withoutUsage.map((e) => e.name).join('、')}</p>}
          <p>根拠: 指定居宅介護支援等の事業の人員及び運営に関する基準 第13条第十八号の二・第十八号の三、平成30年厚生労働省告示第218号</p>
          <p className="office-sheet-sign">作成日: {formatWareki(todayIso())} 管理者: ＿＿＿＿＿＿＿＿＿＿</p>
        </article>
      )}
    </div>
  );
}
