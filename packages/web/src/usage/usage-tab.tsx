import { calculateUsageSheet, type CaseFile, certificationForUsage, copyForwardUsage, defaultNewMonth, effectiveBenefitLimitUnits, emptyUsage, monthOf, type NewUsageContext, type ServiceUsage, shiftMonth, sourceMonthFor, warekiMonth, yearMonthSchema } from '@kizuki/core';
import { useId, useState } from 'react';
import type { CaseFileTabProps } from '../casefile/case-file-context.js';
import { useSelection } from '../casefile/use-selection.js';
import { todayIso } from '../shared/dates.js';
import { newId } from '../shared/ids.js';


import { UsageEditor } from './usage-editor.js';
import './usage.css';

/** The month a care manager most likely wants: this month's, else the latest. */
function defaultUsage(usages: readonly ServiceUsage[], today: string): ServiceUsage | undefined {
  return usages.find((u) => u.month === monthOf(today)) ?? usages[0];
}

/** What a new month takes from the case file: certification, plan, and the 短期入所 days carried from the month before. */
function newUsageContext(caseFile: CaseFile, month: string, today: string): NewUsageContext {
  const certification = certificationForUsage(caseFile.certifications, { month });
  const previous = caseFile.serviceUsages.find((u) => u.month === shiftMonth(month, -1));
  // 前月までの短期入所利用日数 counts within one certification: carry it only from the same one.
  const carried =
    previous && certification && previous.certificationId === certification.id
      ? calculateUsageSheet(previous, { limitUnits: effectiveBenefitLimitUnits(certification) }).shortStay.daysTotal
      : undefined;
  return {
    createdOn: today,
    certificationId: certification?.id,
    carePlanId: caseFile.carePlans.filter((p) => p.status !== 'superseded').at(-1)?.id,
    shortStayDaysBefore: carried,
  };
}

/** 利用票: サービス利用票（第6表）and 別表（第7表）, one per month. */
export function UsageTab({ clientId, caseFile, onChanged }: CaseFileTabProps) {
  const today = todayIso();
  const usages = [...caseFile.serviceUsages].sort((a, b) => b.month.localeCompare(a.month));
  const selection = useSelection<ServiceUsage>(defaultUsage(usages, today)?.id);
  const [creating, setCreating] = useState(usages.length === 0);
  const editingNew = selection.id === undefined && selection.initial !== undefined;

  return (
    <div className="tab-body usage-tab">
      <h2>サービス利用票・別表（第6表・第7表）</h2>
      <div className="usage-months">
        {usages.length === 0 && !editingNew ? (
          <p className="empty-state">まだ利用票がありません。月を選んで作成してください。</p>
        ) : (
          <nav aria-label="利用票の月">
            <ul className="usage-month-list">
              {editingNew && selection.initial && (
                <li>
                  <button type="button" className="usage-month" aria-current="true" disabled>
                    {warekiMonth(selection.initial.month)}分（未保存）
                  </button>
                </li>
              )}
              {usages.map((u) => (
                <li key={u.id}>
                  <button type="button" className="usage-month" aria-current={u.id === selection.id ? 'true' : undefined} onClick={() => selection.select(u.id)}>
                    {warekiMonth(u.month)}分<span className="muted">（{u.lines.length}行）</span>
                  </button>
                </li>
              ))}
            </ul>
          </nav>
        )}
        {creating ? (
          <NewMonthForm
            caseFile={caseFile}
            today={today}
            onCancel={usages.length > 0 ? () => setCreating(false) : undefined}
            onCreate={(initial) => {
              selection.startNew(initial);
              setCreating(false);
            }}
          />
        ) : (
          <button type="button" className="button button-secondary" onClick={() => setCreating(true)}>
            新しい月の利用票を作成
          </button>
        )}
      </div>
      {/* A month just created keeps its editor while the case file reloads with it. */}
      {(selection.id !== undefined || editingNew) && (
        <UsageEditor
          key={selection.key}
          clientId={clientId}
          documentId={selection.id}
          initial={selection.initial}
          certifications={caseFile.certifications}
          onSaved={(id, created) => {
            if (created) selection.created(id);
            onChanged();
          }}
        />
      )}
    </div>
  );
}

function NewMonthForm({ caseFile, today, onCreate, onCancel }: { caseFile: CaseFile; today: string; onCreate: (initial: ServiceUsage) => void; onCancel: (() => void) | undefined }) {
  const taken = new Set(caseFile.serviceUsages.map((u) => u.month));
  const [monthText, setMonthText] = useState(() => {
    let month = defaultNewMonth(today);
    while (taken.has(month)) month = shiftMonth(month, 1);
    return month;
  });
  const [start, setStart] = useState<'copy' | 'empty'>('copy');
  const [error, setError] = useState<string | undefined>();
  const id = useId();
  const parsed = yearMonthSchema.safeParse(monthText);
  const month = parsed.success ? parsed.data : undefined;
  const source = month ? sourceMonthFor(caseFile.serviceUsages, month) : undefined;
  const copying = start === 'copy' && source !== undefined;

  const create = () => {
    if (!month) {
      setError(parsed.error?.issues[0]?.message ?? '対象年月を入力してください');
      return;
    }
    if (taken.has(month)) {
      setError(`${warekiMonth(month)}分の利用票はすでにあります。一覧から開いてください。`);
      return;
    }
    const context = newUsageContext(caseFile, month, today);
    onCreate(start === 'copy' && source ? copyForwardUsage(source, month, context, newId) : emptyUsage(month, context));
  };

  return (
    <form
      className="usage-new-month list-card"
      aria-label="新しい月の利用票"
      onSubmit={(event) => {
        event.preventDefault();
        create();
      }}
    >
      <div className="field field-short">
        <label htmlFor={`${id}-month`}>対象年月</label>
        <input
          id={`${id}-month`}
          type="text"
          value={monthText}
          autoComplete="off"
          onChange={(event) => {
            setMonthText(event.target.value);
            setError(undefined);
          }}
          aria-invalid={error ? true : undefined}
          aria-describedby={`${id}-month-hint${error ? ` ${id}-month-error` : ''}`}
        />
        <p id={`${id}-month-hint`} className="field-hint">
          {month ? `→ ${warekiMonth(month)}分` : '例: 2025-05、2025年5月'}
        </p>
        {error && (
          <p id={`${id}-month-error`} className="field-error">
            {error}
          </p>
        )}
      </div>
      <fieldset className="field field-radio">
        <legend>始め方</legend>
        <div className="radio-options">
          <label className="radio-option">
            <input type="radio" name={`${id}-start`} value="copy" checked={copying} disabled={!source} onChange={() => setStart('copy')} />
            <span>{source ? `${warekiMonth(source.month)}分から引き継ぐ（予定は曜日に合わせ、実績は空欄）` : '引き継げる前の月の利用票がありません'}</span>
          </label>
          <label className="radio-option">
            <input type="radio" name={`${id}-start`} value="empty" checked={!copying} onChange={() => setStart('empty')} />
            <span>空の利用票から始める</span>
          </label>
        </div>
      </fieldset>
      <div className="button-row">
        <button type="submit" className="button button-primary">
          {month ? `${warekiMonth(month)}分を作成` : '作成'}
        </button>
        {onCancel && (
          <button type="button" className="button button-secondary" onClick={onCancel}>
            やめる
          </button>
        )}
      </div>
    </form>
  );
}
