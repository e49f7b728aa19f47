import type { Session } from '../api/endpoints.js';
import { fetchRecord, fetchRecords } from '../api/records.js';
import { LoadStatus, useLoad } from '../components/use-load.js';
import { navigate } from '../routing/navigation.js';
import { routePath } from '../routing/routes.js';
import { ResourceEditPage } from './resource-form.js';

/**
 * 新しい社会資源を登録 from a 地域課題: the directory form starts from the issue's 圏域・地区 and the
 * tags of its unmet needs, and the entry is saved with `createdForIssueId`; back on the issue it is
 * offered for linking when the issue moves to 解決.
 */
export function IssueResourcePage({ issueId, session }: { issueId: string; session: Session }) {
  const [state] = useLoad(
    async (signal) => {
      const [issue, needs] = await Promise.all([fetchRecord<'region_issue'>(issueId, signal), fetchRecords('region_unmet_need', 'all', signal)]);
      const linked = needs.filter((n) => issue.body.unmetNeedIds.includes(n.id));
      const tags = [...new Set(linked.flatMap((n) => n.body.tags))];
      const kinds = linked.map((n) => n.body.wantedKind).filter((k) => k !== undefined);
      return { issue, tags, kind: kinds[0] };
    },
    '地域課題を読み込めませんでした。',
    issueId,
  );
  const issuePath = routePath({ name: 'region', path: ['issues', issueId] });
  if (state.kind !== 'ready') return <LoadStatus state={state} />;
  const { issue, tags, kind } = state.data;
  return (
    <div className="issue-resource-page">
      <p>
        地域課題「{issue.body.statement}」のために登録します。保存すると社会資源の一覧に載り、管内の事業所のケアプランで候補に出ます。
      </p>
      <ResourceEditPage
        id="new"
        session={session}
        prefill={{
          fields: { area: issue.body.area, district: issue.body.district ?? '', tags: tags.join('、'), ...(kind ? { kind } : {}) },
          createdForIssueId: issue.id,
          onSaved: () => navigate(issuePath),
          back: { to: issuePath, label: '地域課題へ戻る' },
        }}
      />
    </div>
  );
}
