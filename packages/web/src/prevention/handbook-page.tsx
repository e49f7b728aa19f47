import { assembleCaseFile, preventionHandbook, type PreventionHandbook } from '@kizuki/core';
import { fetchCaseFileDocuments } from '../api/documents.js';
import type { Session } from '../api/endpoints.js';
import { LoadStatus, useLoad } from '../components/use-load.js';
import { wareki } from '../shared/dates.js';

function documentParam(): string | undefined {
  return new URLSearchParams(window.location.search).get('document') ?? undefined;
}

function nextCheckText(handbook: PreventionHandbook): string {
  switch (handbook.nextCheck.kind) {
    case 'date':
      return `${wareki(handbook.nextCheck.date)}ごろに、担当者が様子をうかがいます。`;
    case 'planned':
      return handbook.nextCheck.text;
    case 'self_management':
      return '定期的な確認（モニタリング）はありません。この手帳を見ながらご自身で取り組み、困ったときは下の連絡先へご相談ください。';
    case 'undecided':
      return '次の確認の時期は、担当者と相談して決めます。';
  }
}

/**
 * 介護予防手帳 (大曲仙北 第1 留意点): the client's own A4 summary of the plan — goals in their
 * words, what they do themselves, the 類型 and the next check, and whom to call.
 */
export function HandbookPage({ clientId, session }: { clientId: string; session: Session }) {
  const [state] = useLoad(
    async (signal) => {
      const response = await fetchCaseFileDocuments(clientId, signal);
      const caseFile = assembleCaseFile(response.documents);
      const wanted = documentParam();
      const plans = [...caseFile.preventionPlans].sort((a, b) => (b.planDate ?? '').localeCompare(a.planDate ?? ''));
      const plan = wanted === undefined ? (plans.find((p) => p.supersededBy === undefined) ?? plans[0]) : plans.find((p) => p.id === wanted);
      return { name: caseFile.client.name, plan, handbook: plan ? preventionHandbook(plan, caseFile.monitorings) : undefined };
    },
    '介護予防手帳を作れませんでした。',
    clientId,
  );
  return (
    <div className="handbook-page">
      <div className="print-toolbar handbook-toolbar">
        <button type="button" className="button button-secondary" onClick={() => window.history.back()}>
          戻る
        </button>
        <span className="print-toolbar-title">介護予防手帳（A4縦）</span>
        <button type="button" className="button button-primary" onClick={() => window.print()} disabled={state.kind !== 'ready' || state.data.handbook === undefined}>
          印刷する
        </button>
      </div>
      <LoadStatus state={state} />
      {state.kind === 'ready' && state.data.handbook === undefined && (
        <p className="form-error" role="alert">
          介護予防サービス・支援計画書がないため、手帳を作れません。先に「予防」タブで計画を作成してください。
        </p>
      )}
      {state.kind === 'ready' && state.data.handbook && <HandbookSheet name={state.data.name} handbook={state.data.handbook} fallbackCenter={session.organization.kind === 'community_center' ? session.organization.name : undefined} />}
    </div>
  );
}

function List({ items, empty }: { items: string[]; empty: string }) {
  if (items.length === 0) return <p className="muted">{empty}</p>;
  return (
    <ul>
      {items.map((item) => (
        <li key={item} className="preserve-lines">
          {item}
        </li>
      ))}
    </ul>
  );
}

function HandbookSheet({ name, handbook, fallbackCenter }: { name: string; handbook: PreventionHandbook; fallbackCenter: string | undefined }) {
  return (
    <article className="handbook-sheet" aria-label="介護予防手帳">
      <header>
        <h1>介護予防手帳</h1>
        <p>
          {name} 様{'\u3000'}計画作成日：{wareki(handbook.planDate)}
        </p>
      </header>
      <section>
        <h2>わたしの目標とする生活</h2>
        <dl>
          <dt>1日の過ごし方</dt>
          <dd className="preserve-lines">{handbook.targetLife.day ?? '（計画に記入がありません）'}</dd>
          <dt>1年後のわたし</dt>
          <dd className="preserve-lines">{handbook.targetLife.year ?? '（計画に記入がありません）'}</dd>
        </dl>
      </section>
      <section>
        <h2>目標</h2>
        <List items={handbook.goals} empty="（計画に記入がありません）" />
      </section>
      <section>
        <h2>自分で取り組むこと・家族や地域の支え</h2>
        <List items={handbook.selfCare} empty="（計画に記入がありません）" />
      </section>
      {handbook.services.length > 0 && (
        <section>
          <h2>利用するサービス</h2>
          <List items={handbook.services} empty="" />
        </section>
      )}
      <section>
        <h2>次の確認</h2>
        <p>{handbook.type ? `${handbook.type.title}：${handbook.type.summary}` : 'ケアマネジメントの類型：未選択'}</p>
        <p className="handbook-next">{nextCheckText(handbook)}</p>
        {handbook.lastMonitoringOn && <p>前回の確認：{wareki(handbook.lastMonitoringOn)}</p>}
      </section>
      <section className="handbook-contact">
        <h2>連絡先</h2>
        <dl>
          <dt>地域包括支援センター</dt>
          <dd>{handbook.centerName ?? fallbackCenter ?? '（計画に記入がありません）'}</dd>
          {handbook.office && (
            <>
              <dt>担当の居宅介護支援事業所</dt>
              <dd>
                {handbook.office.name ?? ''}
                {handbook.office.phone ? `（電話 ${handbook.office.phone}）` : ''}
              </dd>
            </>
          )}
          <dt>担当者</dt>
          <dd>{handbook.personInCharge ?? '（計画に記入がありません）'}</dd>
        </dl>
      </section>
    </article>
  );
}
