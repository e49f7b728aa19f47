import { DateField, TextField, type FieldBinding, type FieldPath } from '../editing/index.js';
import { periodIssues, type CertificationPeriod, type PeriodInput } from './period-check.js';

interface PeriodFieldsProps {
  /** Path of the period object (`[..., 'period']`). */
  path: FieldPath;
  fields: FieldBinding;
  certification: CertificationPeriod;
  /** The enclosing goal's period, when this one must stay inside it. */
  enclosing?: PeriodInput | undefined;
  enclosingLabel?: string;
  disabled?: boolean;
}

/**
 * 期間 of a goal or a service line: start, end and the period as written on the form; checked
 * against 認定の有効期間 (and the enclosing goal) on every keystroke, with the reason shown inline.
 */
export function PeriodFields({ path, fields, certification, enclosing, enclosingLabel, disabled }: PeriodFieldsProps) {
  const period = fields.get(path) as PeriodInput | undefined;
  const issues = periodIssues(period, certification, enclosing, enclosingLabel);
  return (
    <div className="period-fields">
      <div className="field-row">
        <DateField label="期間（開始）" {...fields.text([...path, 'start'])} disabled={disabled} />
        <DateField label="期間（終了）" {...fields.text([...path, 'end'])} disabled={disabled} />
        <TextField label="期間の書き方（任意）" {...fields.text([...path, 'text'])} placeholder="例: 認定期間中" disabled={disabled} />
      </div>
      <div className="period-issues" aria-live="polite">
        {issues.map((issue) => (
          <p key={issue} className="field-warning">
            {issue}
          </p>
        ))}
      </div>
    </div>
  );
}
