import { useState, type ReactNode } from 'react';
import { errorText } from '../components/use-load.js';

export interface RecordFormProps {
  /** the form's accessible name */
  label: string;
  /** saves the record; a thrown error is shown in Japanese under the fields */
  save: () => Promise<void>;
  submitLabel: string;
  onCancel?: () => void;
  /** false hides the buttons (a reader's view) */
  editable?: boolean;
  disabled?: boolean;
  children: ReactNode;
}

/** The frame of every office record form: fields, the save error, save and cancel. */
export function RecordForm({ label, save, submitLabel, onCancel, editable = true, disabled = false, children }: RecordFormProps) {
  const [error, setError] = useState<string | undefined>(undefined);
  const [saving, setSaving] = useState(false);
  async function submit() {
    setSaving(true);
    setError(undefined);
    try {
      await save();
    } catch (e) {
      setError(errorText(e));
    } finally {
      setSaving(false);
    }
  }
  return (
    <form
      className="office-form"
      aria-label={label}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      {children}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {editable && (
        <div className="button-row">
          <button type="submit" className="button button-primary" disabled={saving || disabled}>
            {saving ? '保存しています…' : submitLabel}
          </button>
          {onCancel && (
            <button type="button" className="button button-secondary" onClick={onCancel}>
              やめる
            </button>
          )}
        </div>
      )}
    </form>
  );
}
