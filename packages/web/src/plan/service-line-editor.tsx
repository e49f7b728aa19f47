import { findServiceType, informalCategories, informalCategoryLabels, type ServiceLine } from '@kizuki/core';
import { CheckboxField, ItemNotes, SelectField, TextArea, TextField, fieldDomId, type FieldPath } from '../editing/index.js';
import { ItemControls } from './item-controls.js';
import type { PeriodInput } from './period-check.js';
import { PeriodFields } from './period-fields.js';
import type { PlanSectionProps } from './section-props.js';
import { ServiceTypePicker } from './service-type-picker.js';

interface ServiceLineEditorProps extends Omit<PlanSectionProps, 'setPlan'> {
  line: ServiceLine;
  listPath: FieldPath;
  index: number;
  count: number;
  shortTermPeriod: PeriodInput | undefined;
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
}

const informalOptions = informalCategories.map((value) => ({ value, label: informalCategoryLabels[value] }));

/** 援助内容: one row of 第2表, an insured service or an informal support, edited the same way. */
export function ServiceLineEditor({ line, listPath, index, count, shortTermPeriod, onMove, onRemove, fields, certification, plan, readOnly }: ServiceLineEditorProps) {
  const path = [...listPath, index];
  const insured = line.kind === 'insured';
  const type = line.serviceTypeCode ? findServiceType(line.serviceTypeCode) : undefined;
  const label = `${insured ? 'サービス' : 'インフォーマル支援'}${index + 1}`;
  return (
    <li className={`service-line service-line-${line.kind}`} id={fieldDomId(path)} tabIndex={-1}>
      <div className="item-head">
        <span className={`kind-badge kind-${line.kind}`}>{insured ? '保険サービス' : 'インフォーマル支援'}</span>
        <ItemControls label={label} listPath={listPath} index={index} count={count} onMove={onMove} onRemove={onRemove} disabled={readOnly} />
      </div>
      <ItemNotes path={path} />
      <TextArea label="サービス内容" {...fields.text([...path, 'content'])} rows={2} disabled={readOnly} />
      {insured ? (
        <div className="field-row">
          <ServiceTypePicker linePath={path} fields={fields} careLevel={plan.careLevel} disabled={readOnly} />
          <CheckboxField label="※1 保険給付の対象" {...fields.flag([...path, 'insured'])} disabled={readOnly} />
        </div>
      ) : (
        <SelectField label="支援の担い手の種類" {...fields.choice([...path, 'informalCategory'])} options={informalOptions} disabled={readOnly} />
      )}
      <div className="field-row">
        <TextField label={insured ? '※2 事業所名' : '担い手（名前・続柄）'} {...fields.text([...path, 'providerName'])} disabled={readOnly} />
        {insured && <TextField label="事業所番号" {...fields.text([...path, 'providerOfficeNumber'])} inputMode="numeric" size="short" disabled={readOnly} />}
        <TextField label="頻度" {...fields.text([...path, 'frequency'])} placeholder="例: 週2回" size="short" disabled={readOnly} />
      </div>
      {type?.welfareEquipment && (
        <TextArea label="福祉用具が必要な理由" {...fields.text([...path, 'reason'])} rows={2} hint="省令38号13条22号・23号: 必要な理由を計画に記載します。" disabled={readOnly} />
      )}
      {type?.medical && (
        <TextArea label="主治の医師等の指示" {...fields.text([...path, 'physicianInstruction'])} rows={2} hint="医療サービスは主治の医師等の指示がある場合に限り位置付けます（13条19号）。" disabled={readOnly} />
      )}
      <PeriodFields path={[...path, 'period']} fields={fields} certification={certification} enclosing={shortTermPeriod} enclosingLabel="短期目標" disabled={readOnly} />
    </li>
  );
}
