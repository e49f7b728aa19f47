import {
  ageBandLabels,
  buildResourceIndex,
  busySlotsOf,
  formatWeekdays,
  locateAddress,
  matchResources,
  parseWeekdays,
  resourceKindLabels,
  resourceScheduleText,
  serviceLineFromResource,
  unmetNeedDraft,
  type CarePlan,
  type CaseFile,
  type RecordBody,
  type ResourceKind,
  type ServiceLine,
} from '@kizuki/core';
import { useId, useMemo, useState } from 'react';
import { ApiError } from '../api/client.js';
import { createRecord } from '../api/records.js';
import { getAt, type FieldPath } from '../editing/index.js';
import { newRowId } from '../plan/plan-factories.js';
import { todayIso } from '../shared/dates.js';
import { LoadStatus } from '../components/use-load.js';
import { ResourceKindSelect } from './resource-kind-select.js';
import { useRegionRecords } from './use-region-records.js';
import './region.css';

interface ResourceSuggestionsProps {
  plan: CarePlan;
  caseFile: CaseFile;
  /** the 短期目標's `serviceLines` path (needs.n.longTermGoals.l.shortTermGoals.s.serviceLines) */
  linesPath: FieldPath;
  onChoose: (line: ServiceLine) => void;
  onClose: () => void;
}

/** The need and goals above a list of service lines, as one text to match resources against. */
function contextText(plan: CarePlan, linesPath: FieldPath): { text: string; shortGoal: string } {
  const texts: string[] = [];
  for (const depth of [2, 4, 6]) {
    const item = getAt(plan, linesPath.slice(0, depth)) as { text?: string } | undefined;
    if (item?.text) texts.push(item.text);
  }
  return { text: texts.join('\n'), shortGoal: texts[texts.length - 1] ?? '' };
}

/**
 * 地域の資源から探す: resources of the area that fit the need, the goals, the client's 地区 and the
 * free days of the 第3表 week; choosing one adds a filled 援助内容. When none fits, the care
 * manager records a de-identified unmet need in one step.
 */
export function ResourceSuggestions({ plan, caseFile, linesPath, onChoose, onClose }: ResourceSuggestionsProps) {
  const id = useId();
  const { state } = useRegionRecords('region_resource');
  const [extra, setExtra] = useState('');
  const [unmetOpen, setUnmetOpen] = useState(false);
  const index = useMemo(() => buildResourceIndex(state.kind === 'ready' ? state.data.map((r) => ({ ...r.body, recordId: r.id })) : []), [state]);
  const context = contextText(plan, linesPath);
  const address = caseFile.client.address?.line1;
  const place = locateAddress(index, address);
  const matches = useMemo(
    () => matchResources(index, { text: context.text, focus: extra, address, busy: busySlotsOf(plan.weeklySchedule?.entries ?? []), limit: 6 }),
    [index, context.text, extra, address, plan.weeklySchedule],
  );

  return (
    <section className="resource-suggestions" aria-labelledby={`${id}-title`}>
      <div className="item-head">
        <h6 id={`${id}-title`}>地域の資源から探す</h6>
        <button type="button" className="button button-secondary button-small" onClick={onClose}>
          閉じる
        </button>
      </div>
      <p className="muted">
        課題・目標の言葉、利用者の地区{place.district ? `（${place.district}・${place.area ?? ''}）` : ''}、週間計画の空いている曜日から候補を出します。
      </p>
      <div className="field">
        <label htmlFor={`${id}-extra`}>探している支援（任意・言葉を足して絞り込み）</label>
        <input id={`${id}-extra`} type="search" value={extra} onChange={(e) => setExtra(e.target.value)} placeholder="例: 体操 買い物" />
      </div>
      <LoadStatus state={state} />
      {state.kind === 'ready' && matches.length === 0 && <p className="resource-none">合う社会資源が見つかりませんでした。</p>}
      <ul className="resource-suggestion-list">
        {matches.map(({ resource, reasons }) => (
          <li key={resource.recordId} className="resource-suggestion">
            <div>
              <strong className="resource-name">{resource.name}</strong> <span className="tag">{resourceKindLabels[resource.kind]}</span>
              <p className="muted">
                {resource.area}
                {resource.district ? `・${resource.district}` : ''}／{resourceScheduleText(resource)}／{resource.cost ?? '費用未記入'}
                {resource.contact ? `／${resource.contact}` : ''}
              </p>
              <ul className="resource-reasons">
                {reasons.map((r) => (
                  <li key={r.text} className={`reason-${r.kind}`}>
                    {r.text}
                  </li>
                ))}
              </ul>
            </div>
            <button type="button" className="button button-primary button-small" onClick={() => onChoose(serviceLineFromResource(resource, newRowId()))}>
              この資源を援助内容に追加
            </button>
          </li>
        ))}
      </ul>
      {state.kind === 'ready' &&
        (unmetOpen ? (
          <UnmetNeedForm
            initialNeed={extra.trim() || context.shortGoal}
            draft={unmetNeedDraft({ need: '', today: todayIso(), birthDate: caseFile.client.birthDate, careLevel: plan.careLevel, area: place.area, district: place.district })}
          />
        ) : (
          <button type="button" className="button button-secondary" onClick={() => setUnmetOpen(true)}>
            合うものがない：不足している資源として記録
          </button>
        ))}
    </section>
  );
}

function UnmetNeedForm({ initialNeed, draft }: { initialNeed: string; draft: ReturnType<typeof unmetNeedDraft> }) {
  const id = useId();
  const [need, setNeed] = useState(initialNeed);
  const [area, setArea] = useState(draft.area ?? '');
  const [wantedKind, setWantedKind] = useState<ResourceKind | ''>('');
  const [days, setDays] = useState('');
  const [state, setState] = useState<{ kind: 'idle' | 'saving' } | { kind: 'saved'; text: string } | { kind: 'failed'; text: string }>({ kind: 'idle' });

  async function record() {
    const parsedDays = parseWeekdays(days);
    if (parsedDays === undefined) return setState({ kind: 'failed', text: `曜日「${days}」を読めません（例: 月・水）。` });
    setState({ kind: 'saving' });
    try {
      const body = { ...draft, need, area, days: parsedDays, ...(wantedKind ? { wantedKind } : {}) } as RecordBody<'region_unmet_need'>;
      const saved = await createRecord('region_unmet_need', body);
      const b = saved.body;
      setState({ kind: 'saved', text: `記録しました: ${b.area}${b.district ? `・${b.district}` : ''}「${b.need}」${b.days.length > 0 ? `（${formatWeekdays(b.days)}）` : ''}。保険者と地域包括支援センターの集計に入ります。` });
    } catch (e) {
      setState({ kind: 'failed', text: e instanceof ApiError ? e.message : '記録できませんでした。' });
    }
  }

  if (state.kind === 'saved')
    return (
      <p className="notice unmet-saved" role="status">
        {state.text}
      </p>
    );
  return (
    <fieldset className="unmet-form">
      <legend>不足している資源として記録（個人を特定する情報は入れません）</legend>
      <p className="muted">
        誰のため: {[draft.ageBand ? ageBandLabels[draft.ageBand] : '', draft.careLevel ?? ''].filter((t) => t !== '').join('・') || '記録なし'}（氏名・住所・被保険者番号は送りません）
      </p>
      <div className="field">
        <label htmlFor={`${id}-need`}>必要だった支援</label>
        <input id={`${id}-need`} value={need} onChange={(e) => setNeed(e.target.value)} />
      </div>
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${id}-area`}>日常生活圏域</label>
          <input id={`${id}-area`} value={area} onChange={(e) => setArea(e.target.value)} />
        </div>
        <ResourceKindSelect id={`${id}-kind`} label="必要だった資源の種別" value={wantedKind} onChange={setWantedKind} blank="指定しない" />
        <div className="field">
          <label htmlFor={`${id}-days`}>必要な曜日</label>
          <input id={`${id}-days`} value={days} onChange={(e) => setDays(e.target.value)} placeholder="例: 水" />
        </div>
      </div>
      {state.kind === 'failed' && (
        <p className="form-error" role="alert">
          {state.text}
        </p>
      )}
      <button type="button" className="button button-primary" onClick={() => void record()} disabled={state.kind === 'saving'}>
        {state.kind === 'saving' ? '記録しています…' : '記録する'}
      </button>
    </fieldset>
  );
}
