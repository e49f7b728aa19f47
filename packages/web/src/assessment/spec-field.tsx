import type { FieldBinding } from '../editing/field-binder.js';
import { CheckboxField, DateField, RadioGroupField, SelectField, TextArea, TextField } from '../editing/fields.js';
import type { FieldPath } from '../editing/paths.js';
import { newId } from '../shared/ids.js';
import { yesNoOptions } from '../shared/options.js';
import { ActivityGrid } from './activity-grid.js';
import type { FieldSpec } from './assessment-field-specs.js';

const presenceOptions = [
  { value: 'true', label: 'あり' },
  { value: 'false', label: 'なし' },
];

function boolText(value: unknown): string | undefined {
  return typeof value === 'boolean' ? String(value) : undefined;
}

/** One field of an assessment item, entered as its spec says; `base` is the path of the item entry. */
export function SpecField({ spec, base, fields, labelPrefix }: { spec: FieldSpec; base: FieldPath; fields: FieldBinding; labelPrefix?: string }) {
  const path = [...base, ...spec.key.split('.')];
  const label = `${labelPrefix ?? ''}${spec.label}`;
  switch (spec.kind) {
    case 'text':
      return <TextField label={label} placeholder={spec.placeholder} className={spec.wide ? 'span-all' : undefined} {...fields.text(path)} />;
    case 'textarea':
      return <TextArea label={label} className={spec.wide ? 'span-all' : 'span-2'} {...fields.text(path)} />;
    case 'date':
      return <DateField label={label} {...fields.text(path)} />;
    case 'number':
      return <TextField label={`${label}（${spec.unit}）`} size="short" inputMode="decimal" {...fields.text(path)} />;
    case 'flag':
      return <CheckboxField label={label} {...fields.flag(path)} />;
    case 'select':
      return <SelectField label={label} options={spec.options} {...fields.choice(path)} />;
    case 'yesno': {
      const binding = fields.choice(path);
      return (
        <RadioGroupField
          label={label}
          options={yesNoOptions}
          clearable
          path={path}
          error={binding.error}
          value={boolText(fields.get(path))}
          onChange={(value) => fields.update(path, value === undefined ? undefined : value === 'true')}
        />
      );
    }
    case 'finding': {
      const presentPath = [...path, 'present'];
      return (
        <div className="finding span-2">
          <RadioGroupField
            label={label}
            options={presenceOptions}
            clearable
            path={presentPath}
            error={fields.error(presentPath)}
            value={boolText(fields.get(presentPath))}
            onChange={(value) => fields.update(presentPath, value === undefined ? undefined : value === 'true')}
          />
          <TextField label={`${label}の詳細`} {...fields.text([...path, 'notes'])} />
        </div>
      );
    }
    case 'list':
      return <ListField spec={spec} path={path} fields={fields} />;
    case 'activities':
      return <ActivityGrid set={spec.set} path={path} fields={fields} />;
  }
}

function ListField({ spec, path, fields }: { spec: Extract<FieldSpec, { kind: 'list' }>; path: FieldPath; fields: FieldBinding }) {
  const raw = fields.get(path);
  const rows = Array.isArray(raw) ? (raw as { id?: string }[]) : [];
  return (
    <fieldset className="subsection span-all">
      <legend>{spec.label}</legend>
      {rows.map((row, index) => (
        <div key={row.id ?? index} className="list-card">
          <div className="form-grid">
            {spec.fields.map((child) => (
              <SpecField key={child.key} spec={child} base={[...path, index]} fields={fields} labelPrefix={`${spec.noun}${index + 1} `} />
            ))}
          </div>
          <button type="button" className="button button-danger-quiet" onClick={() => fields.update(path, rows.filter((_, i) => i !== index))}>
            {spec.noun}
            {index + 1}を削除
          </button>
        </div>
      ))}
      <button type="button" className="button button-secondary" onClick={() => fields.update(path, [...rows, { id: newId() }])}>
        {spec.noun}を追加
      </button>
    </fieldset>
  );
}
