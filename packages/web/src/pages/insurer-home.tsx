import { acknowledgementStatus, inspectionStage, inspectionStageLabels, latestPublished, type AreaOffice, type InspectionStage } from '@kizuki/core';
import { apiRequest } from '../api/client.js';
import type { Session } from '../api/endpoints.js';
import { fetchRecords, type RecordView } from '../api/records.js';
import { LoadStatus, useLoad } from '../components/use-load.js';
import { mayExchangeCsv } from '../interchange/csv-access.js';
import { Link } from '../routing/link.js';
import { routePath } from '../routing/routes.js';
import { mayReadShared } from '../sharing/sharing-api.js';
import '../effect/effect.css';

interface HomeData {
  offices: AreaOffice[];
  versions: RecordView<'policy_version'>[];
  acknowledgements: RecordView<'policy_acknowledgement'>[];
  cases: RecordView<'inspection_case'>[];
  aggregates: RecordView<'effect_aggregate'>[];
}

async function loadHome(signal: AbortSignal): Promise<HomeData> {
  const [offices, versions, acknowledgements, cases, aggregates] = await Promise.all([
    apiRequest<{ offices: AreaOffice[] }>('/api/area/offices', { signal }).then((r) => r.offices),
    fetchRecords('policy_version', 'own', signal),
    fetchRecords('policy_acknowledgement', 'received', signal),
    fetchRecords('inspection_case', 'own', signal),
    fetchRecords('effect_aggregate', 'received', signal),
  ]);
  return { offices, versions, acknowledgements, cases, aggregates };
}

const tasks: { to: string; title: string; detail: string }[] = [
  { to: routePath({ name: 'policy', path: [] }), title: '基本方針', detail: '方針の版を編集・公開し、事業所の確認と、指標ア〜エの取組を記録します。' },
  { to: routePath({ name: 'inspection', path: [] }), title: 'ケアプラン点検', detail: '年度の点検計画、事例ごとの気づきと面談、見直しの確認、総評。' },
  { to: routePath({ name: 'effect', path: [] }), title: '方針の効果', detail: '基本方針のテーマが周知の前後でどう動いたかを、件数とともにグラフで見ます（指標エ）。' },
  { to: routePath({ name: 'effect', path: ['benefit-review'] }), title: '給付実績の活用', detail: '点検で共有された計画を、利用票と認定に突き合わせます。' },
  { to: routePath({ name: 'region', path: ['map'] }), title: '地域（社会資源・不足している資源）', detail: '社会資源の一覧とCSV取り込み、圏域ごとの地図、ケアマネジャーが記録した不足している資源の件数。' },
];

/** The start page of 保険者 staff: the area's offices, where the year's work stands, and every insurer screen. */
export function InsurerHome({ session }: { session: Session }) {
  const { role } = session.user;
  const [state] = useLoad(loadHome, '管内の状況を読み込めませんでした。');
  return (
    <section className="start-page" aria-labelledby="start-title">
      <h1 id="start-title">{session.organization.name}</h1>
      <ul className="start-tasks">
        {tasks.map((task) => (
          <li key={task.to}>
            <Link to={task.to} className="start-task">
              <span className="start-task-title">{task.title}</span>
              <span className="start-task-detail">{task.detail}</span>
            </Link>
          </li>
        ))}
        {mayExchangeCsv(role) && (
          <li>
            <Link to={routePath({ name: 'csv-audit' })} className="start-task">
              <span className="start-task-title">ケアプラン点検（CSV）</span>
              <span className="start-task-detail">事業所のケアプランデータ連携CSV（ZIP）をその場で点検します。ファイルも結果も保存しません。年度の点検に残すときは「ケアプラン点検」の事例からCSVを取り込みます。</span>
            </Link>
          </li>
        )}
        {mayReadShared(role) && (
          <li>
            <Link to={routePath({ name: 'shared' })} className="start-task">
              <span className="start-task-title">共有された書類</span>
              <span className="start-task-detail">事業所がケアプラン点検のために共有した書類を読みます。</span>
            </Link>
          </li>
        )}
      </ul>
      <LoadStatus state={state} />
      {state.kind === 'ready' && <AreaStatus data={state.data} />}
    </section>
  );
}

function AreaStatus({ data }: { data: HomeData }) {
  const current = [...data.versions].sort((a, b) => (b.body.publishedOn ?? '').localeCompare(a.body.publishedOn ?? ''))[0];
  const version = current ? latestPublished(data.versions, current.body.packId) : undefined;
  const officeNumberOf = new Map(data.offices.map((o) => [o.organizationId, o.officeNumber]));
  const statuses = version
    ? acknowledgementStatus(
        data.offices,
        data.acknowledgements.map((a) => ({ officeNumber: officeNumberOf.get(a.ownerOrganizationId) ?? '', packId: a.body.packId, version: a.body.version, readBy: a.body.readBy, readOn: a.body.readOn })),
        version.body.packId,
        version.body.version,
      )
    : [];
  const readOffices = new Set(statuses.filter((s) => s.readers.length > 0).map((s) => s.officeNumber));
  const lastVersionOf = (officeNumber: string) => statuses.find((s) => s.officeNumber === officeNumber)?.lastVersion;
  const stages = new Map<InspectionStage, number>();
  for (const c of data.cases) stages.set(inspectionStage(c.body), (stages.get(inspectionStage(c.body)) ?? 0) + 1);
  const senders = new Set(data.aggregates.map((a) => a.ownerOrganizationId));
  return (
    <>
      <section className="editor-card" aria-labelledby="insurer-counts-title">
        <h2 id="insurer-counts-title">管内の状況</h2>
        <ul className="insurer-counts">
          <li>Kizuki を使う事業所：{data.offices.length}か所</li>
          <li>{version ? `基本方針 ${version.body.packId} ${version.body.version} を確認した事業所：${readOffices.size}/${data.offices.length}` : '公開した基本方針の版はまだありません'}</li>
          <li>効果検証の集計を送っている事業所：{senders.size}か所</li>
        </ul>
        {data.cases.length > 0 ? (
          <p>
            ケアプラン点検の事例 {data.cases.length}件：
            {(Object.keys(inspectionStageLabels) as InspectionStage[])
              .filter((s) => stages.has(s))
              .map((s) => `${inspectionStageLabels[s]} ${stages.get(s)}件`)
              .join('、')}
          </p>
        ) : (
          <p className="muted">今年度のケアプラン点検の事例はまだありません。</p>
        )}
      </section>
      <section className="editor-card" aria-labelledby="insurer-offices-title">
        <h2 id="insurer-offices-title">管内の事業所</h2>
        {data.offices.length === 0 ? (
          <p>管内の事業所はまだ Kizuki に登録されていません。</p>
        ) : (
          <div className="table-scroll">
            <table className="data-table compact">
              <thead>
                <tr>
                  <th scope="col">事業所番号</th>
                  <th scope="col">事業所名</th>
                  <th scope="col">基本方針の確認</th>
                  <th scope="col">効果検証の集計</th>
                </tr>
              </thead>
              <tbody>
                {data.offices.map((office) => (
                  <tr key={office.organizationId}>
                    <td>{office.officeNumber}</td>
                    <th scope="row">{office.name}</th>
                    <td>{version ? (readOffices.has(office.officeNumber) ? '確認済み' : lastVersionOf(office.officeNumber) ? `未確認（${lastVersionOf(office.officeNumber)} は確認済み）` : '未確認') : '—'}</td>
                    <td>{senders.has(office.organizationId) ? '送付あり' : '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}
