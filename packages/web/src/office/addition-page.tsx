import {
  additionLevelLabels,
  additionRequirements,
  billingTypeLabels,
  billingTypes,
  formatWareki,
  officeActivityTypeKeys,
  officeActivityTypes,
  partnerRequirementIds,
  partnersInMonth,
  trainingPlanRules,
  type AdditionLevel,
  type OfficeActivity,
  type OfficeMonth,
  type OfficeProfile,
  type PartnerAgreement,
} from '@kizuki/core';
import { useEffect, useState } from 'react';
import { createRecord, fetchRecords, saveRecord, type RecordView } from '../api/records.js';
import { DateField, SelectField, TextArea, TextField } from '../editing/index.js';
import { Link } from '../routing/link.js';
import { todayIso } from '../shared/dates.js';
import { fetchOfficeMonth } from './office-api.js';
import { useLoad } from '../components/use-load.js';
import { OfficeNav } from './office-nav.js';
import { RecordForm } from './record-form.js';
import { PrintToolbar } from './print-toolbar.js';
import { PlannedItemsEditor, TrainingPlanTable } from './training-plan-view.js';

const levelShort: Record<AdditionLevel, string> = { I: '(Ⅰ)', II: '(Ⅱ)', III: '(Ⅲ)', A: '(A)' };

function monthLabel(month: string): string {
  return formatWareki(`${month}-01`).replace(/1日$/u, '');
}

/** 特定事業所加算: which level the office meets in a month, what fails and what to do; the evidence it keeps. */
export function AdditionPage({ manage, month: monthParam }: { manage: boolean; month: string | undefined }) {
  useEffect(() => {
    document.title = '特定事業所加算 - 気づき';
  }, []);
  const [month, setMonth] = useState(monthParam ?? todayIso().slice(0, 7));
  const [figures, reload] = useLoad((signal) => fetchOfficeMonth(month, signal), undefined, month);
  return (
    <section className="office-page" aria-labelledby="addition-title">
      <h1 id="addition-title">特定事業所加算</h1>
      <OfficeNav current="/office/addition" />
      <div className="office-toolbar">
        <label className="field field-short office-month">
          <span>対象の月</span>
          <input type="month" value={month} onChange={(e) => e.target.value && setMonth(e.target.value)} aria-label="対象の月" />
        </label>
        <Link to={`/office/addition/print/${month}`} className="button button-secondary">
          算定要件確認表を印刷
        </Link>
      </div>
      {figures.kind === 'loading' && <p className="page-status">読み込んでいます…</p>}
      {figures.kind === 'failed' && (
        <p className="form-error" role="alert">
          {figures.message}
        </p>
      )}
      {figures.kind === 'ready' && <AdditionView figures={figures.data} />}
      <ProfileEditor manage={manage} onSaved={reload} />
      <PartnerList manage={manage} month={month} onSaved={reload} />
      <ActivityList manage={manage} onSaved={reload} />
    </section>
  );
}

function AdditionView({ figures }: { figures: OfficeMonth }) {
  const { addition } = figures;
  return (
    <>
      <p className="office-verdict" role="status" data-best={addition.best ?? 'none'}>
        {monthLabel(addition.month)}は
        {addition.best ? <strong>{additionLevelLabels[addition.best]}の要件を満たしています。</strong> : <strong>どの区分の要件も満たしていません。</strong>}
      </p>
      <ul className="office-levels">
        {addition.levels.map((l) => (
          <li key={l.level} className={l.met ? 'tag tag-ok' : 'tag'}>
            {levelShort[l.level]} {l.met ? '適合' : `不適合（${l.failing.map((id) => additionRequirements.find((r) => r.id === id)?.article ?? id).join('、')}）`}
          </li>
        ))}
      </ul>
      <RequirementTable figures={figures} />
      <section aria-labelledby="training-plan-title">
        <h2 id="training-plan-title">研修計画の実施状況（イ(6)）</h2>
        <TrainingPlanTable rows={addition.trainingPlan} />
        <p className="muted">{trainingPlanNote}</p>
      </section>
    </>
  );
}

/** How イ(6) reads the plan's implementation, with the source of the reading and of the grace. */
const trainingPlanNote = `予定の研修は、研修・訓練の記録（同じ種類または同じ研修名、年度内、その介護支援専門員を「受けた職員」に含むもの）で実施済みになります。予定月から${trainingPlanRules.overdueGraceMonths.value}か月を超えて記録がない研修があると、計画的な実施といえないためイ(6)を満たさないと判定します（根拠: ${trainingPlanRules.implementationRequired.source}〔要確認〕。${trainingPlanRules.overdueGraceMonths.value}か月の猶予は${trainingPlanRules.overdueGraceMonths.source}）。`;

function RequirementTable({ figures }: { figures: OfficeMonth }) {
  const { addition } = figures;
  return (
    <div className="office-table-wrap">
      <table className="client-table office-table requirement-table">
        <caption className="visually-hidden">算定要件</caption>
        <thead>
          <tr>
            <th scope="col">要件</th>
            <th scope="col">区分</th>
            <th scope="col">判定</th>
            <th scope="col">根拠・すること</th>
          </tr>
        </thead>
        <tbody>
          {addition.requirements.map((r) => {
            const req = additionRequirements.find((q) => q.id === r.id)!;
            return (
              <tr key={r.id} data-requirement={r.id} className={r.met ? undefined : 'office-near'}>
                <th scope="row">
                  {req.article}
                  <span className="requirement-text">{req.text}</span>
                </th>
                <td>{(Object.keys(req.need) as AdditionLevel[]).map((l) => levelShort[l]).join('')}</td>
                <td>
                  {r.met ? '○' : '×'}
                  {r.met && r.metFor.length < Object.keys(req.need).length && <span className="office-partial">（{r.metFor.map((l) => levelShort[l]).join('')}のみ）</span>}
                  <span className="muted">（{r.how === 'computed' ? '計算' : '記録'}）</span>
                </td>
                <td>
                  {r.detail}
                  {!r.met && <p className="office-todo">{r.todo}</p>}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

const emptyProfile: OfficeProfile = { billingType: 'I', fullTimeWeeklyHours: 40 };

function ProfileEditor({ manage, onSaved }: { manage: boolean; onSaved: () => void }) {
  const [profiles, reload] = useLoad((signal) => fetchRecords('office_profile', 'own', signal), undefined, 'profile');
  const record = profiles.kind === 'ready' ? profiles.data[0] : undefined;
  const [draft, setDraft] = useState<OfficeProfile | undefined>(undefined);
  if (profiles.kind !== 'ready') return null;
  const body = draft ?? record?.body ?? emptyProfile;
  const set = (patch: Partial<OfficeProfile>) => setDraft({ ...body, ...patch });
  const optional = (v: string) => (v.trim() === '' ? undefined : v);
  async function save() {
    if (record) await saveRecord<'office_profile'>(record.id, record.revision, body);
    else await createRecord('office_profile', body);
    setDraft(undefined);
    reload();
    onSaved();
  }
  return (
    <section aria-labelledby="profile-title">
      <h2 id="profile-title">事業所の体制</h2>
      {!manage ? (
        <dl className="office-dl">
          <dt>居宅介護支援費</dt>
          <dd>{billingTypeLabels[body.billingType]}</dd>
          <dt>24時間連絡体制</dt>
          <dd>{body.contact24h ?? '未記入'}</dd>
          <dt>困難事例を受ける体制</dt>
          <dd>{body.difficultCases ?? '未記入'}</dd>
          <dt>実務研修への協力</dt>
          <dd>{body.practicum ?? '未記入'}</dd>
        </dl>
      ) : (
        <RecordForm label="事業所の体制" save={save} submitLabel="体制を保存" disabled={draft === undefined && record !== undefined}>
          <div className="form-grid">
            <SelectField label="居宅介護支援費の区分" path={['profile', 'billingType']} emptyLabel={null} value={body.billingType} onChange={(v) => v && set({ billingType: v as OfficeProfile['billingType'] })} options={billingTypes.map((b) => ({ value: b, label: billingTypeLabels[b] }))} />
            <TextField label="常勤の週の勤務時間" path={['profile', 'fullTimeWeeklyHours']} inputMode="decimal" value={body.fullTimeWeeklyHours} onChange={(v) => set({ fullTimeWeeklyHours: Number(v) })} />
          </div>
          <TextArea label="24時間連絡体制（イ(4)）" path={['profile', 'contact24h']} value={body.contact24h} onChange={(v) => set({ contact24h: optional(v) })} />
          <TextArea label="包括からの困難事例を受ける体制（イ(7)）" path={['profile', 'difficultCases']} value={body.difficultCases} onChange={(v) => set({ difficultCases: optional(v) })} />
          <TextArea label="実務研修の実習への協力（イ(11)）" path={['profile', 'practicum']} value={body.practicum} onChange={(v) => set({ practicum: optional(v) })} />
        </RecordForm>
      )}
    </section>
  );
}

const requirementArticle = (id: string) => additionRequirements.find((r) => r.id === id)?.article ?? id;

/** 特定事業所加算(A)の連携先 (ニ(1)・ニ(4)ただし書): the agreements, and whether each is in force in the month. */
function PartnerList({ manage, month, onSaved }: { manage: boolean; month: string; onSaved: () => void }) {
  const [partners, reload] = useLoad((signal) => fetchRecords('partner_agreement', 'own', signal), undefined, 'partners');
  const [editing, setEditing] = useState<{ id?: string; revision?: number; body: PartnerAgreement } | undefined>(undefined);
  const saved = () => {
    setEditing(undefined);
    reload();
    onSaved();
  };
  return (
    <section aria-labelledby="partner-title">
      <h2 id="partner-title">特定事業所加算(A)の連携先</h2>
      <p className="muted">
        (A)では、イ(4)・(6)・(11)・(12)を他の居宅介護支援事業所との連携で満たすことができ、常勤換算1以上の介護支援専門員は連携先と兼務できます（告示第84号 ニ(1)・ニ(4)ただし書）。連携がその月の初日から末日まで続いている月に数えます。
      </p>
      {partners.kind === 'ready' && partners.data.length === 0 && <p className="empty-state">連携先は記録されていません。</p>}
      {partners.kind === 'ready' && partners.data.length > 0 && (
        <ul className="office-records">
          {partners.data.map((p) => {
            const inForce = partnersInMonth([p.body], month).length > 0;
            return (
              <li key={p.id} data-partner={p.body.partnerName}>
                <span className={inForce ? 'tag tag-ok' : 'tag'}>{inForce ? 'この月は連携中' : 'この月は連携期間外'}</span> {p.body.partnerName}
                {p.body.partnerOfficeNumber ? `（${p.body.partnerOfficeNumber}）` : ''} {formatWareki(p.body.agreedOn)}〜{p.body.endsOn ? formatWareki(p.body.endsOn) : ''}
                ・連携で満たす要件: {p.body.requirements.map(requirementArticle).join('、')}・内容: {p.body.shared}
                {manage && (
                  <button type="button" className="button button-secondary button-small" onClick={() => setEditing({ id: p.id, revision: p.revision, body: p.body })} aria-label={`${p.body.partnerName}との連携を編集`}>
                    編集
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {manage && editing === undefined && (
        <button type="button" className="button button-secondary" onClick={() => setEditing({ body: { partnerName: '', agreedOn: todayIso(), requirements: [...partnerRequirementIds], shared: '' } })}>
          連携先を追加
        </button>
      )}
      {editing && <PartnerForm initial={editing} onSaved={saved} onCancel={() => setEditing(undefined)} />}
    </section>
  );
}

function PartnerForm({ initial, onSaved, onCancel }: { initial: { id?: string; revision?: number; body: PartnerAgreement }; onSaved: () => void; onCancel: () => void }) {
  const [body, setBody] = useState<PartnerAgreement>(initial.body);
  const set = (patch: Partial<PartnerAgreement>) => setBody((b) => ({ ...b, ...patch }));
  const optional = (v: string) => (v.trim() === '' ? undefined : v);
  async function save() {
    if (initial.id !== undefined && initial.revision !== undefined) await saveRecord<'partner_agreement'>(initial.id, initial.revision, body);
    else await createRecord('partner_agreement', body);
    onSaved();
  }
  return (
    <RecordForm label="連携先の記録" save={save} submitLabel="連携先を保存" onCancel={onCancel}>
      <div className="form-grid">
        <TextField label="連携先の事業所名" path={['partner', 'partnerName']} required value={body.partnerName} onChange={(v) => set({ partnerName: v })} />
        <TextField label="連携先の事業所番号" path={['partner', 'partnerOfficeNumber']} inputMode="numeric" value={body.partnerOfficeNumber} onChange={(v) => set({ partnerOfficeNumber: optional(v) })} />
        <DateField label="連携の開始日（協定日）" path={['partner', 'agreedOn']} required value={body.agreedOn} onChange={(v) => set({ agreedOn: v })} />
        <DateField label="連携の終了日" path={['partner', 'endsOn']} value={body.endsOn} onChange={(v) => set({ endsOn: optional(v) })} />
      </div>
      <fieldset className="field">
        <legend>連携で満たす要件</legend>
        {partnerRequirementIds.map((id) => (
          <label key={id} className="checkbox-label">
            <input type="checkbox" checked={body.requirements.includes(id)} onChange={(e) => set({ requirements: e.target.checked ? [...body.requirements, id] : body.requirements.filter((r) => r !== id) })} /> {requirementArticle(id)}{' '}
            {additionRequirements.find((r) => r.id === id)?.text}
          </label>
        ))}
      </fieldset>
      <TextArea label="連携の内容（共有するもの）" path={['partner', 'shared']} required value={body.shared} onChange={(v) => set({ shared: v })} />
    </RecordForm>
  );
}

function ActivityList({ manage, onSaved }: { manage: boolean; onSaved: () => void }) {
  const [activities, reload] = useLoad((signal) => fetchRecords('office_activity', 'own', signal), undefined, 'activities');
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<RecordView<'office_activity'> | undefined>(undefined);
  const list = activities.kind === 'ready' ? [...activities.data].sort((a, b) => (a.body.date < b.body.date ? 1 : -1)) : [];
  return (
    <section aria-labelledby="activity-title">
      <h2 id="activity-title">会議・研修計画などの記録</h2>
      {manage && !adding && (
        <button type="button" className="button button-secondary" onClick={() => setAdding(true)}>
          記録を追加
        </button>
      )}
      {adding && (
        <ActivityForm
          onSaved={() => {
            setAdding(false);
            reload();
            onSaved();
          }}
          onCancel={() => setAdding(false)}
        />
      )}
      <ul className="office-records">
        {list.slice(0, 30).map((a: RecordView<'office_activity'>) => (
          <li key={a.id}>
            <span className="tag">{officeActivityTypes[a.body.type].label}</span> {formatWareki(a.body.date)} {a.body.title}
            {a.body.plannedItems && a.body.plannedItems.length > 0 && `（予定の研修 ${a.body.plannedItems.length}件）`}
            {manage && editing?.id !== a.id && (
              <>
                {' '}
                <button type="button" className="button button-small" aria-label={`${a.body.title}を編集`} onClick={() => setEditing(a)}>
                  編集
                </button>
              </>
            )}
            {editing?.id === a.id && (
              <ActivityForm
                record={a}
                onSaved={() => {
                  setEditing(undefined);
                  reload();
                  onSaved();
                }}
                onCancel={() => setEditing(undefined)}
              />
            )}
          </li>
        ))}
      </ul>
      {list.length > 30 && <p className="muted">ほか{list.length - 30}件</p>}
    </section>
  );
}

/** The first month a plan dated `date` plans for: the coming April for a plan made in February or March, else its own month. */
function firstPlannedMonth(date: string): string {
  const [year = '', month = ''] = date.split('-');
  return month === '02' || month === '03' ? `${year}-04` : `${year}-${month}`;
}

/** A new 会議・研修計画 record, or a new revision of `record` (an edited 研修計画 keeps its id and history). */
function ActivityForm({ record, onSaved, onCancel }: { record?: RecordView<'office_activity'>; onSaved: () => void; onCancel: () => void }) {
  const [body, setBody] = useState<OfficeActivity>(record?.body ?? { type: 'meeting', date: todayIso(), title: '', staffIds: [] });
  const [staff] = useLoad((signal) => fetchRecords('staff_member', 'own', signal), undefined, 'staff-for-plan');
  const set = (patch: Partial<OfficeActivity>) => setBody((b) => ({ ...b, ...patch }));
  async function save() {
    const { plannedItems, ...rest } = body;
    const saved = body.type === 'training_plan' && plannedItems && plannedItems.length > 0 ? { ...rest, plannedItems } : rest;
    if (record) await saveRecord<'office_activity'>(record.id, record.revision, saved);
    else await createRecord('office_activity', saved);
    onSaved();
  }
  return (
    <RecordForm label="会議・研修計画などの記録" save={save} submitLabel="記録を保存" onCancel={onCancel}>
      <div className="form-grid">
        <SelectField label="区分" path={['activity', 'type']} emptyLabel={null} value={body.type} onChange={(v) => v && set({ type: v as OfficeActivity['type'] })} options={officeActivityTypeKeys.map((k) => ({ value: k, label: officeActivityTypes[k].label }))} />
        <DateField label="実施日" path={['activity', 'date']} required value={body.date} onChange={(v) => set({ date: v })} />
        <TextField label="件名" path={['activity', 'title']} required value={body.title} onChange={(v) => set({ title: v })} />
        <TextField label="参加者" path={['activity', 'participants']} value={body.participants} onChange={(v) => set({ participants: v })} />
      </div>
      {body.type === 'training_plan' && staff.kind === 'ready' && (
        <>
          <fieldset className="field">
            <legend>計画の対象者</legend>
            {staff.data.map((s) => (
              <label key={s.id} className="checkbox-label">
                <input
                  type="checkbox"
                  checked={body.staffIds.includes(s.id)}
                  onChange={(e) => {
                    const staffIds = e.target.checked ? [...body.staffIds, s.id] : body.staffIds.filter((id) => id !== s.id);
                    // A planned item for one person stays only while the plan names them.
                    set({ staffIds, plannedItems: body.plannedItems?.map((item) => (item.staffIds.every((id) => staffIds.includes(id)) ? item : { ...item, staffIds: [] })) });
                  }}
                />{' '}
                {s.body.name}
              </label>
            ))}
          </fieldset>
          <PlannedItemsEditor items={body.plannedItems ?? []} onChange={(plannedItems) => set({ plannedItems })} staff={staff.data} planStaffIds={body.staffIds} firstMonth={firstPlannedMonth(body.date)} />
        </>
      )}
      <TextArea label="内容・議事の要点" path={['activity', 'content']} value={body.content} onChange={(v) => set({ content: v })} />
    </RecordForm>
  );
}

/** 算定要件確認表 (A4 portrait) for 運営指導. */
export function AdditionPrint({ month }: { month: string | undefined }) {
  const target = month ?? todayIso().slice(0, 7);
  const [figures] = useLoad((signal) => fetchOfficeMonth(target, signal), undefined, target);
  const [partners] = useLoad((signal) => fetchRecords('partner_agreement', 'own', signal), undefined, 'partners-print');
  const inForce = partners.kind === 'ready' ? partners.data.filter((p) => partnersInMonth([p.body], target).length > 0) : [];
  useEffect(() => {
    document.title = '特定事業所加算 算定要件確認表 - 気づき';
  }, []);
  return (
    <div className="office-print">
      <PrintToolbar back={`/office/addition/${target}`} label="特定事業所加算に戻る" />
      {figures.kind === 'failed' && (
        <p className="form-error" role="alert">
          {figures.message}
        </p>
      )}
      {figures.kind === 'ready' && (
        <article className="office-sheet" aria-label="算定要件確認表">
          <h1>特定事業所加算 算定要件確認表（{monthLabel(target)}）</h1>
          <p>
            判定: {figures.data.addition.best ? `${additionLevelLabels[figures.data.addition.best]}に適合` : 'いずれの区分にも適合しない'}
            （根拠: 平成27年厚生労働省告示第95号 第84号）
          </p>
          <RequirementTable figures={figures.data} />
          <h2>研修計画の実施状況（イ(6)）</h2>
          <TrainingPlanTable rows={figures.data.addition.trainingPlan} />
          {inForce.length > 0 && (
            <>
              <h2>(A)の連携先（告示第84号 ニ(1)・ニ(4)ただし書）</h2>
              <ul>
                {inForce.map((p) => (
                  <li key={p.id}>
                    {p.body.partnerName}
                    {p.body.partnerOfficeNumber ? `（事業所番号 ${p.body.partnerOfficeNumber}）` : ''} {formatWareki(p.body.agreedOn)}〜{p.body.endsOn ? formatWareki(p.body.endsOn) : ''}: {p.body.requirements.map(requirementArticle).join('、')}。{p.body.shared}
                  </li>
                ))}
              </ul>
            </>
          )}
          <p className="office-sheet-sign">確認日: {formatWareki(todayIso())} 確認者: ＿＿＿＿＿＿＿＿＿＿</p>
        </article>
      )}
    </div>
  );
}
