import { type CalendarDay, daysOnWeekdays, findServiceType, type ServiceUsageLine, toggleDay, weekdayLabels, weeklyPattern } from '@kizuki/core';
import { useState } from 'react';
import type { FieldBinding } from '../editing/field-binder.js';
import { CheckboxField, TextField } from '../editing/fields.js';
import { weekDays } from '../plan/weekly-layout.js';
import { UsageCalendar, type DayKind } from './usage-calendar.js';

/** A row as it is while being typed: numbers may still be text. */
export type EditedLine = Partial<Omit<ServiceUsageLine, 'plannedDays' | 'actualDays'>> & { id: string; plannedDays?: number[]; actualDays?: number[] };

interface UsageLineCardProps {
  index: number;
  line: EditedLine;
  month: string;
  days: readonly CalendarDay[];
  fields: FieldBinding;
  onRemove: () => void;
}

const equipmentKeys = ['taisCode', 'notificationCode', 'equipmentName', 'detailCode'] as const;

function textOf(value: unknown): string {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
}

/** One row of 第6表: the service and its provider, then the calendar of 予定 and 実績. */
export function UsageLineCard({ index, line, month, days, fields, onRemove }: UsageLineCardProps) {
  const base = ['lines', index] as const;
  const planned = line.plannedDays ?? [];
  const actual = line.actualDays ?? [];
  const [weekdays, setWeekdays] = useState<number[]>(() => weeklyPattern(month, planned) ?? []);
  const code = textOf(line.serviceCode).normalize('NFKC').toUpperCase();
  const serviceType = code.length >= 2 ? findServiceType(code.slice(0, 2)) : undefined;
  const equipment = serviceType?.welfareEquipment === true || equipmentKeys.some((key) => textOf(line[key]) !== '');
  const detailErrors = ['satelliteNo', 'discountPercent', 'overLimitUnits', ...equipmentKeys].some((key) => fields.error([...base, key]) !== undefined);
  const name = [textOf(line.serviceName), textOf(line.providerName)].filter(Boolean).join('・');
  const caption = `${index + 1}行目${name ? ` ${name}` : ''}`;
  const pattern = weekdays.map((d) => weekdayLabels[d]).join('・');

  const toggle = (kind: DayKind, day: number) => {
    const key = kind === 'planned' ? 'plannedDays' : 'actualDays';
    fields.update([...base, key], toggleDay(kind === 'planned' ? planned : actual, day));
  };

  return (
    <fieldset className="usage-line list-card">
      <legend>{caption}</legend>
      <div className="form-grid usage-line-fields">
        <TextField label="事業所番号" size="short" inputMode="numeric" placeholder="0879910011" required {...fields.text([...base, 'providerOfficeNumber'])} />
        <TextField label="事業所名" {...fields.text([...base, 'providerName'])} />
        <TextField
          label="サービスコード"
          size="short"
          placeholder="111211"
          required
          hint={serviceType ? `サービス種類: ${serviceType.name}${serviceType.withinBenefitLimit ? '' : '（区分支給限度の対象外）'}` : undefined}
          {...fields.text([...base, 'serviceCode'])}
        />
        <TextField label="サービス内容" placeholder="身体介護2" {...fields.text([...base, 'serviceName'])} />
        <TextField label="単位数" size="short" inputMode="numeric" hint="1回あたり（割引後）" {...fields.text([...base, 'units'])} />
        <TextField label="提供時間帯（開始）" size="short" placeholder="09:00" {...fields.text([...base, 'startTime'])} />
        <TextField label="提供時間帯（終了）" size="short" placeholder="10:00" {...fields.text([...base, 'endTime'])} />
        <TextField label="回数／日" size="short" inputMode="numeric" hint="空欄は1回" {...fields.text([...base, 'timesPerDay'])} />
        <TextField label="単位数単価（円）" size="short" inputMode="decimal" hint="空欄は10.00円" {...fields.text([...base, 'unitPrice'])} />
        <CheckboxField label="区分支給限度基準額の対象外（加算など）" {...fields.flag([...base, 'outsideLimit'])} />
      </div>
      <details className="usage-line-details" open={equipment || detailErrors}>
        <summary>詳細（割引・サテライト・限度超過・福祉用具）</summary>
        <div className="form-grid">
          <TextField label="割引率（%）" size="short" inputMode="decimal" {...fields.text([...base, 'discountPercent'])} />
          <TextField label="サテライト枝番" size="short" {...fields.text([...base, 'satelliteNo'])} />
          <TextField label="区分支給限度基準を超える単位数（手入力）" size="short" inputMode="numeric" hint="空欄は自動計算" {...fields.text([...base, 'overLimitUnits'])} />
          <CheckboxField label="30日超（短期入所の連続利用）" {...fields.flag([...base, 'over30Days'])} />
          <TextField label="TAISコード" size="short" placeholder="00001-000010" {...fields.text([...base, 'taisCode'])} />
          <TextField label="福祉用具届出コード" size="short" {...fields.text([...base, 'notificationCode'])} />
          <TextField label="用具名称（機種名）" {...fields.text([...base, 'equipmentName'])} />
          <TextField label="明細判別コード" size="short" inputMode="numeric" {...fields.text([...base, 'detailCode'])} />
        </div>
      </details>
      <UsageCalendar caption={caption} days={days} plannedDays={planned} actualDays={actual} timesPerDay={line.timesPerDay} onToggle={toggle} />
      {[fields.error([...base, 'plannedDays']), fields.error([...base, 'actualDays'])]
        .filter((message): message is string => message !== undefined)
        .map((message) => (
          <p key={message} className="field-error">
            {message}
          </p>
        ))}
      <div className="usage-line-actions">
        <fieldset className="weekday-fill">
          <legend>曜日で予定を入れる</legend>
          {weekDays.map((day) => (
            <label key={day} className={`weekday-choice weekday-${day}`}>
              <input
                type="checkbox"
                checked={weekdays.includes(day)}
                onChange={(event) => setWeekdays((current) => (event.target.checked ? [...current, day].sort((a, b) => a - b) : current.filter((d) => d !== day)))}
              />
              <span>{weekdayLabels[day]}</span>
            </label>
          ))}
          <button type="button" className="button button-secondary button-small" disabled={weekdays.length === 0} onClick={() => fields.update([...base, 'plannedDays'], daysOnWeekdays(month, weekdays))}>
            {weekdays.length > 0 ? `毎週${pattern}を予定にする` : '曜日を選んでください'}
          </button>
        </fieldset>
        <div className="button-row">
          <button type="button" className="button button-secondary button-small" disabled={planned.length === 0} onClick={() => fields.update([...base, 'actualDays'], [...planned])}>
            予定を実績へ写す
          </button>
          <button type="button" className="button button-secondary button-small" disabled={planned.length === 0} onClick={() => fields.update([...base, 'plannedDays'], [])}>
            予定を消す
          </button>
          <button type="button" className="button button-danger-quiet button-small" onClick={onRemove}>
            {index + 1}行目を削除
          </button>
        </div>
      </div>
    </fieldset>
  );
}
