import {
  dedicationKinds,
  dedicationLabels,
  employmentKinds,
  employmentLabels,
  formatWareki,
  staffQualificationLabels,
  staffQualifications,
  type OfficeCaseload,
  type StaffMember,
} from '@kizuki/core';
import { useEffect, useRef, useState } from 'react';
import { ApiError } from '../api/client.js';
import { createRecord, fetchRecord, fetchRecords, saveRecord, type RecordView } from '../api/records.js';
import { ConflictView } from '../editing/conflict-view.js';
import { DateField, SelectField, TextArea, TextField } from '../editing/index.js';
import { todayIso } from '../shared/dates.js';
import { fetchOfficeMonth } from './office-api.js';
import { errorText, useLoad } from '../components/use-load.js';
import { OfficeNav } from './office-nav.js';
import { RecordForm } from './record-form.js';

const tierLabels = { 1: '(ⅰ)', 2: '(ⅱ)', 3: '(ⅲ)' } as const;
const emptyStaff: StaffMember = { name: '', qualification: 'care_manager', employment: 'full_time', dedication: 'dedicated', weeklyHours: 40, hiredOn: '' };

/** 職員と担当件数: the staff register and each care manager's caseload in a month. */
export function StaffPage({ manage }: { manage: boolean }) {
  useEffect(() => {
    document.title = '職員と担当件数 - 気づき';
  }, []);
  const [month, setMonth] = useState(todayIso().slice(0, 7));
  const [staff, reloadStaff] = useLoad((signal) => fetchRecords('staff_member', 'own', signal), undefined, 'staff');
  const [figures, reloadFigures] = useLoad((signal) => fetchOfficeMonth(month, signal), undefined, month);
  const [editing, setEditing] = useState<{ id?: string; revision?: number; body: StaffMember } | undefined>(undefined);
  const saved = () => {
    setEditing(undefined);
    reloadStaff();
    reloadFigures();
  };
  return (
    <section className="office-page" aria-labelledby="staff-title">
      <h1 id="staff-title">職員と担当件数</h1>
      <OfficeNav current="/office/staff" />
      <h2>職員名簿</h2>
      {staff.kind === 'loading' && <p className="page-status">読み込んでいます…</p>}
      {staff.kind === 'failed' && (
        <p className="form-error" role="alert">
          {staff.message}
        </p>
      )}
      {staff.kind === 'ready' && <StaffTable staff={staff.data} manage={manage} onEdit={(r) => setEditing({ id: r.id, revision: r.revision, body: r.body })} />}
      {manage && editing === undefined && (
        <p>
          <button type="button" className="button button-secondary" onClick={() => setEditing({ body: { ...emptyStaff, hiredOn: todayIso() } })}>
            職員を追加
          </button>
        </p>
      )}
      {editing && <StaffForm initial={editing} onSaved={saved} onCancel={() => setEditing(undefined)} />}
      <h2>担当件数</h2>
      <label className="field field-short office-month">
        <span>対象の月</span>
        <input type="month" value={month} onChange={(e) => e.target.value && setMonth(e.target.value)} aria-label="対象の月" />
      </label>
      {figures.kind === 'failed' && (
        <p className="form-error" role="alert">
          {figures.message}
        </p>
      )}
      {figures.kind === 'ready' && <CaseloadTable caseload={figures.data.caseload} />}
    </section>
  );
}

function StaffTable({ staff, manage, onEdit }: { staff: RecordView<'staff_member'>[]; manage: boolean; onEdit: (r: RecordView<'staff_member'>) => void }) {
  if (staff.length === 0) return <p className="empty-state">職員が登録されていません。</p>;
  return (
    <div className="office-table-wrap">
      <table className="client-table office-table">
        <caption className="visually-hidden">職員名簿</caption>
        <thead>
          <tr>
            <th scope="col">氏名</th>
            <th scope="col">職種</th>
            <th scope="col">勤務</th>
            <th scope="col">主任の更新期限</th>
            <th scope="col">介護支援専門員証</th>
            {manage && <th scope="col">操作</th>}
          </tr>
        </thead>
        <tbody>
          {staff.map((r) => (
            <tr key={r.id} data-staff={r.body.name}>
              <td>{r.body.name}</td>
              <td>{staffQualificationLabels[r.body.qualification]}</td>
              <td>
                {employmentLabels[r.body.employment]}・{dedicationLabels[r.body.dedication]}（週{r.body.weeklyHours}時間）
              </td>
              <td>{r.body.chiefValidUntil ? formatWareki(r.body.chiefValidUntil) : '—'}</td>
              <td>{r.body.cardValidUntil ? `${formatWareki(r.body.cardValidUntil)}まで` : '—'}</td>
              {manage && (
                <td>
                  <button type="button" className="button button-secondary button-small" onClick={() => onEdit(r)} aria-label={`${r.body.name}を編集`}>
                    編集
                  </button>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A staff body with its choices in words, for the conflict view. */
function staffInWords(b: StaffMember) {
  return { ...b, qualification: staffQualificationLabels[b.qualification], employment: employmentLabels[b.employment], dedication: dedicationLabels[b.dedication] };
}

function StaffForm({ initial, onSaved, onCancel }: { initial: { id?: string; revision?: number; body: StaffMember }; onSaved: () => void; onCancel: () => void }) {
  const [body, setBody] = useState<StaffMember>(initial.body);
  const [conflict, setConflict] = useState<{ theirs: StaffMember; theirsRevision: number } | undefined>(undefined);
  const set = (patch: Partial<StaffMember>) => setBody((b) => ({ ...b, ...patch }));
  const optional = (v: string) => (v.trim() === '' ? undefined : v);
  async function save() {
    if (initial.id === undefined || initial.revision === undefined) {
      await createRecord('staff_member', body);
      onSaved();
      return;
    }
    try {
      await saveRecord<'staff_member'>(initial.id, conflict?.theirsRevision ?? initial.revision, body);
      onSaved();
    } catch (e) {
      if (!(e instanceof ApiError) || e.status !== 409) throw e;
      // Someone saved first: show both versions; nothing of theirs is overwritten unless chosen.
      const current = await fetchRecord<'staff_member'>(initial.id);
      setConflict({ theirs: current.body, theirsRevision: current.revision });
    }
  }
  const [resolveError, setResolveError] = useState<string | undefined>(undefined);
  const conflictRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (conflict) conflictRef.current?.scrollIntoView({ block: 'start' });
  }, [conflict]);
  async function resolve(choice: 'mine' | 'theirs') {
    if (choice === 'theirs') {
      setConflict(undefined);
      onSaved();
      return;
    }
    setResolveError(undefined);
    try {
      await save();
    } catch (e) {
      setResolveError(errorText(e));
    }
  }
  return (
    <>
      {resolveError && (
        <p className="form-error" role="alert">
          {resolveError}
        </p>
      )}
      {conflict && initial.id !== undefined && (
        <div ref={conflictRef}>
          <ConflictView what={`${initial.body.name}さんの職員の記録`} conflict={{ mine: staffInWords(body), theirs: staffInWords(conflict.theirs), theirsRevision: conflict.theirsRevision }} onResolve={(choice) => void resolve(choice)} />
        </div>
      )}
      <StaffFields body={body} set={set} optional={optional} save={save} onCancel={onCancel} />
    </>
  );
}

function StaffFields({ body, set, optional, save, onCancel }: { body: StaffMember; set: (patch: Partial<StaffMember>) => void; optional: (v: string) => string | undefined; save: () => Promise<void>; onCancel: () => void }) {
  return (
    <RecordForm label="職員の記録" save={save} submitLabel="保存" onCancel={onCancel}>
      <div className="form-grid">
        <TextField label="氏名" path={['staff', 'name']} required value={body.name} onChange={(v) => set({ name: v })} />
        <SelectField label="職種" path={['staff', 'qualification']} emptyLabel={null} value={body.qualification} onChange={(v) => v && set({ qualification: v as StaffMember['qualification'] })} options={staffQualifications.map((q) => ({ value: q, label: staffQualificationLabels[q] }))} />
        <SelectField label="常勤・非常勤" path={['staff', 'employment']} emptyLabel={null} value={body.employment} onChange={(v) => v && set({ employment: v as StaffMember['employment'] })} options={employmentKinds.map((q) => ({ value: q, label: employmentLabels[q] }))} />
        <SelectField label="専従・兼務" path={['staff', 'dedication']} emptyLabel={null} value={body.dedication} onChange={(v) => v && set({ dedication: v as StaffMember['dedication'] })} options={dedicationKinds.map((q) => ({ value: q, label: dedicationLabels[q] }))} />
        <TextField label="週の勤務時間" path={['staff', 'weeklyHours']} inputMode="decimal" value={body.weeklyHours} onChange={(v) => set({ weeklyHours: Number(v) })} />
        <DateField label="主任介護支援専門員の更新期限" path={['staff', 'chiefValidUntil']} value={body.chiefValidUntil} onChange={(v) => set({ chiefValidUntil: optional(v) })} />
        <DateField label="介護支援専門員証の有効期間の満了日" path={['staff', 'cardValidUntil']} value={body.cardValidUntil} onChange={(v) => set({ cardValidUntil: optional(v) })} />
        <DateField label="採用日" path={['staff', 'hiredOn']} required value={body.hiredOn} onChange={(v) => set({ hiredOn: v })} />
        <DateField label="退職日" path={['staff', 'leftOn']} value={body.leftOn} onChange={(v) => set({ leftOn: optional(v) })} />
        <TextField label="アカウントID（担当利用者と結び付ける）" path={['staff', 'userId']} value={body.userId} onChange={(v) => set({ userId: optional(v) })} />
      </div>
      <TextArea label="備考" path={['staff', 'notes']} value={body.notes} onChange={(v) => set({ notes: optional(v) })} />
    </RecordForm>
  );
}

const fixed = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));

function CaseloadTable({ caseload }: { caseload: OfficeCaseload }) {
  return (
    <>
      <p>
        事業所の取扱件数: <strong>{caseload.perCareManager === undefined ? '—' : fixed(caseload.perCareManager)}件</strong>（{fixed(caseload.total.value)}件 ÷ 常勤換算{fixed(caseload.fte)}人
        {caseload.tier ? `、逓減${tierLabels[caseload.tier]}` : ''}）。要介護1件、介護予防支援1/3件で数え、{caseload.tier2From}件以上が(ⅱ)、{caseload.tier3From}件以上が(ⅲ)です。
      </p>
      <div className="office-table-wrap">
        <table className="client-table office-table">
          <caption className="visually-hidden">介護支援専門員ごとの担当件数</caption>
          <thead>
            <tr>
              <th scope="col">介護支援専門員</th>
              <th scope="col">要介護</th>
              <th scope="col">介護予防支援</th>
              <th scope="col">取扱件数</th>
              <th scope="col">常勤換算</th>
              <th scope="col">状況</th>
            </tr>
          </thead>
          <tbody>
            {caseload.careManagers.map((m) => (
              <tr key={m.staffId} className={m.near ? 'office-near' : undefined} data-caseload={m.name}>
                <td>{m.name}</td>
                <td className="numeric">{m.count.care}</td>
                <td className="numeric">{m.count.prevention}</td>
                <td className="numeric">{fixed(m.count.value)}</td>
                <td className="numeric">{fixed(m.fte)}</td>
                <td>{m.tier > 1 ? `逓減${tierLabels[m.tier]}の件数です` : m.near ? '上限に近づいています' : '余裕があります'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {caseload.unassigned.length > 0 && <p className="muted">担当の介護支援専門員が名簿にない利用者: {caseload.unassigned.map((c) => c.name).join('、')}</p>}
    </>
  );
}
