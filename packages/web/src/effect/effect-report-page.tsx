import {
  addMonths,
  describeBeforeAfter,
  disseminationKindLabels,
  effectCaveat,
  effectSources,
  effectVerificationText,
  policyThemes,
  smallSample,
  themeBeforeAfter,
  themeByMonth,
  type EffectReportData,
  type EffectSource,
  type PolicyActivity,
  type RuleMonthCount,
} from '@kizuki/core';
import { useMemo, useState } from 'react';
import { ApiError } from '../api/client.js';
import { createRecord, fetchRecords, type RecordView } from '../api/records.js';
import { Link } from '../routing/link.js';
import { routePath } from '../routing/routes.js';
import { todayIso, wareki } from '../shared/dates.js';
import { newId } from '../shared/ids.js';
import { fetchEffectReport } from './effect-api.js';
import { ShareChart, type ChartSeries } from './share-chart.js';
import { LoadStatus, useLoad } from '../components/use-load.js';

type Dissemination = Extract<PolicyActivity, { indicator: 'dissemination' }>;
interface PageData {
  report: EffectReportData;
  activities: RecordView<'policy_activity'>[];
}

const directionText = { better: '方針の方向に変化', worse: '方針と逆の方向に変化', unclear: 'はっきりした変化なし' } as const;

/** 方針の効果（保険者）: a theme's monthly share by source, and before/after a dissemination event, per office and for the region. */
export function EffectReportPage() {
  const [state] = useLoad<PageData>(async (signal) => ({ report: await fetchEffectReport(signal), activities: await fetchRecords('policy_activity', 'all', signal) }), '方針の効果を読み込めませんでした。');
  return (
    <>
      <p>
        基本方針のテーマ（インフォーマルな支援、本人の言葉、具体的な目標など）が、周知の前後でどう動いたかを、件数とともに示します。個人の情報は使いません（点検で共有された計画は保険者の基本方針で点検した結果の件数だけ、事業所の集計は規則ごとの計画数だけです）。
      </p>
      <LoadStatus state={state} />
      {state.kind === 'ready' && <EffectReport data={state.data} />}
    </>
  );
}

function EffectReport({ data }: { data: PageData }) {
  const { report } = data;
  const events = data.activities.filter((a): a is RecordView<'policy_activity'> & { body: Dissemination } => a.body.indicator === 'dissemination').sort((a, b) => b.body.date.localeCompare(a.body.date));
  const verifications = data.activities.filter((a) => a.body.indicator === 'effect_verification');
  const [themeId, setThemeId] = useState(policyThemes[0]!.id);
  const [source, setSource] = useState<EffectSource>(report.aggregates.counts.length > 0 || report.submitted.counts.length === 0 ? 'aggregates' : 'submitted');
  const [eventId, setEventId] = useState(events[0]?.id ?? '');
  const [windowMonths, setWindowMonths] = useState(3);
  const [saved, setSaved] = useState<{ kind: 'idle' } | { kind: 'saving' } | { kind: 'saved'; id: string } | { kind: 'failed'; message: string }>({ kind: 'idle' });
  const theme = policyThemes.find((t) => t.id === themeId) ?? policyThemes[0]!;
  const event = events.find((e) => e.id === eventId);
  const counts: RuleMonthCount[] = source === 'aggregates' ? report.aggregates.counts : report.submitted.counts;
  const to = todayIso().slice(0, 7);
  const from = addMonths(`${to}-01`, -11).slice(0, 7);
  const officeNames = new Map(report.offices.map((o) => [o.officeNumber, o.name]));
  const officesWithCounts = [...new Set(counts.map((c) => c.officeNumber))].sort();

  const series: ChartSeries[] = useMemo(() => {
    const region = { label: '管内全体', months: themeByMonth(counts, theme, from, to) };
    if (officesWithCounts.length <= 1) return [region];
    return [region, ...officesWithCounts.slice(0, 5).map((o) => ({ label: officeNames.get(o) ?? o, months: themeByMonth(counts.filter((c) => c.officeNumber === o), theme, from, to) }))];
  }, [counts, theme, from, to, officesWithCounts, officeNames]);

  const comparisons = event
    ? [
        { scopeLabel: '管内全体', result: themeBeforeAfter(counts, theme, event.body.date, windowMonths) },
        ...officesWithCounts.map((o) => ({ scopeLabel: officeNames.get(o) ?? o, result: themeBeforeAfter(counts.filter((c) => c.officeNumber === o), theme, event.body.date, windowMonths) })),
      ]
    : [];

  async function record() {
    if (!event) return;
    setSaved({ kind: 'saving' });
    const text = effectVerificationText({ theme, event: { date: event.body.date, title: event.body.title }, windowMonths, source, comparisons });
    try {
      const created = await createRecord('policy_activity', { id: newId(), indicator: 'effect_verification', date: todayIso(), method: text.method, result: text.result, policyVersion: event.body.policyVersion, notes: '' });
      setSaved({ kind: 'saved', id: created.id });
    } catch (error) {
      setSaved({ kind: 'failed', message: error instanceof ApiError ? error.message : 'エの記録を保存できませんでした。' });
    }
  }

  return (
    <>
      <section className="editor-card" aria-labelledby="effect-sources-title">
        <h2 id="effect-sources-title">集計のもと</h2>
        <ul className="effect-sources">
          <li>
            事業所の匿名集計：{report.aggregates.offices}事業所から{report.aggregates.records}か月分（基本方針 {report.packId}）
          </li>
          <li>
            ケアプラン点検の計画：{report.submitted.plans}件（共有の許可で提出された計画 {report.submitted.plans - report.submitted.csvPlans}件・共有 {report.submitted.grants}件、CSVで受け取った計画{' '}
            {report.submitted.csvPlans}件{report.submitted.notAudited > 0 ? `、計画の作成日がなく数えなかったもの ${report.submitted.notAudited}件` : ''}）
          </li>
          {report.csvCases > 0 && <li>CSVで受け取った点検事例のうち {report.csvCases}件は、計画が取り込まれていないため、ここには含めていません。</li>}
        </ul>
        <p className="muted">二つの集計元は重なることがあるため、足し合わせず、どちらか一方を選んで見ます。</p>
      </section>

      <div className="effect-controls">
        <label>
          テーマ
          <select value={themeId} onChange={(e) => setThemeId(e.target.value)}>
            {policyThemes.map((t) => (
              <option key={t.id} value={t.id}>
                {t.label}
                {t.counts === 'with' ? '（少ないほど方針に沿う）' : '（多いほど方針に沿う）'}
              </option>
            ))}
          </select>
        </label>
        <label>
          集計元
          <select value={source} onChange={(e) => setSource(e.target.value as EffectSource)}>
            <option value="aggregates">事業所の匿名集計</option>
            <option value="submitted">ケアプラン点検の計画</option>
          </select>
        </label>
        <label>
          周知の取組（ウ）
          <select value={eventId} onChange={(e) => setEventId(e.target.value)}>
            {events.length === 0 && <option value="">（記録がありません）</option>}
            {events.map((e) => (
              <option key={e.id} value={e.id}>
                {e.body.date} {disseminationKindLabels[e.body.kind]}「{e.body.title}」
              </option>
            ))}
          </select>
        </label>
        <label>
          前後の期間
          <select value={windowMonths} onChange={(e) => setWindowMonths(Number(e.target.value))}>
            {[2, 3, 4, 6].map((n) => (
              <option key={n} value={n}>
                {n}か月
              </option>
            ))}
          </select>
        </label>
      </div>

      {counts.length === 0 ? (
        <div className="empty-state">
          <p>{source === 'aggregates' ? 'まだ事業所から集計が届いていません。事業所の管理者が「方針の効果」で参加し、集計を送ると表示されます。' : 'ケアプラン点検のために受け取った計画がありません。'}</p>
        </div>
      ) : (
        <ShareChart title={`${theme.label}の割合（月別、${effectSources[source].split('（')[0]}）`} series={series} eventMonth={event?.body.date.slice(0, 7)} />
      )}

      <section className="editor-card" aria-labelledby="effect-before-after-title">
        <h2 id="effect-before-after-title">周知の前後</h2>
        {!event && (
          <p>
            周知の取組（指標 ウ）の記録がありません。<Link to={routePath({ name: 'policy', path: [] })}>基本方針</Link>で事業者連絡会議・研修・集団指導を記録すると、その前後を比べられます。
          </p>
        )}
        {event && (
          <>
            <p>
              「{event.body.title}」（{wareki(event.body.date)}）の前{windowMonths}か月と後{windowMonths}か月（実施月を除く）。どちらかが{smallSample}件未満のときは件数だけを示し、傾向は判断しません。
            </p>
            <div className="table-scroll">
              <table className="data-table compact before-after-table">
                <thead>
                  <tr>
                    <th scope="col">範囲</th>
                    <th scope="col">前（件数）</th>
                    <th scope="col">後（件数）</th>
                    <th scope="col">差（95%区間）</th>
                    <th scope="col">読み取り</th>
                  </tr>
                </thead>
                <tbody>
                  {comparisons.map(({ scopeLabel, result }) => (
                    <tr key={scopeLabel}>
                      <th scope="row">{scopeLabel}</th>
                      <td>{result.before.share === undefined ? '—' : `${(result.before.share * 100).toFixed(1)}%`}（{result.before.counted}/{result.before.plans}件）</td>
                      <td>{result.after.share === undefined ? '—' : `${(result.after.share * 100).toFixed(1)}%`}（{result.after.counted}/{result.after.plans}件）</td>
                      <td>{result.changePoints === undefined ? '—' : `${result.changePoints > 0 ? '+' : ''}${result.changePoints.toFixed(1)}pt（${result.interval![0].toFixed(1)}〜${result.interval![1].toFixed(1)}）`}</td>
                      <td>{result.smallSample ? <span className="tag small-sample">件数が少ない</span> : result.direction ? directionText[result.direction] : '—'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <p className="effect-caveat" role="note">
              {effectCaveat}
            </p>
            <div className="button-row">
              <button type="button" className="button button-primary" onClick={() => void record()} disabled={saved.kind === 'saving'}>
                エの記録として残す
              </button>
            </div>
            {saved.kind === 'saved' && (
              <p role="status">
                指標 エ（効果検証）の記録として保存しました。<Link to={routePath({ name: 'policy', path: [] })}>基本方針</Link>の取組の一覧と証拠シートに載ります。
              </p>
            )}
            {saved.kind === 'failed' && (
              <p className="form-error" role="alert">
                {saved.message}
              </p>
            )}
            <details>
              <summary>記録される文面</summary>
              <pre className="effect-text">{comparisons.map((c) => `${c.scopeLabel}：${describeBeforeAfter(c.result)}`).join('\n')}</pre>
            </details>
          </>
        )}
      </section>

      {verifications.length > 0 && (
        <section className="editor-card" aria-labelledby="effect-records-title">
          <h2 id="effect-records-title">これまでのエの記録</h2>
          <ul>
            {verifications.map((v) => (
              <li key={v.id}>
                {wareki(v.body.date)}：{'method' in v.body ? v.body.method : ''}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
