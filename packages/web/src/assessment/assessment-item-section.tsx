import type { AssessmentItemDefinition } from '@kizuki/core';
import type { ReactNode } from 'react';
import type { FieldBinding } from '../editing/field-binder.js';
import { CheckboxField, TextArea } from '../editing/fields.js';
import { assessmentFieldSpecs } from './assessment-field-specs.js';
import { SpecField } from './spec-field.js';

/** One of the 23 standard items: its structured fields, 記述 (free text) and 該当なし. */
export function AssessmentItemSection({ item, fields, recorded, children }: { item: AssessmentItemDefinition; fields: FieldBinding; recorded: boolean; children?: ReactNode }) {
  const base = ['items', item.key];
  const titleId = `assessment-item-${item.key}-title`;
  return (
    <section id={`assessment-item-${item.key}`} className="assessment-item" aria-labelledby={titleId}>
      <header className="assessment-item-head">
        <h3 id={titleId}>
          <span className="item-number">{item.number}</span>
          {item.name}
        </h3>
        <span className={recorded ? 'tag tag-ok' : 'tag'}>{recorded ? '記録済み' : '未記録'}</span>
      </header>
      {children}
      <div className="form-grid">
        {assessmentFieldSpecs[item.key].map((spec) => (
          <SpecField key={spec.key} spec={spec} base={base} fields={fields} />
        ))}
      </div>
      <TextArea label={`${item.name}（記述）`} rows={3} {...fields.text([...base, 'notes'])} />
      <CheckboxField label="該当なし・情報なし" {...fields.flag([...base, 'notApplicable'])} />
    </section>
  );
}
