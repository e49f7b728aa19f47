import { formatWareki, tryParseDateInput } from '@kizuki/core';
import { useState, type ReactNode } from 'react';
import { dateEcho } from './date-echo.js';
import { fieldDomId } from './field-id.js';
import type { FieldNote } from './field-notes.js';
import { FieldNoteList, fieldNotesId, useFieldNotes } from './field-notes-view.js';
import type { FieldPath } from './paths.js';

export { fieldDomId, focusField } from './field-id.js';

interface FieldBaseProps {
  label: string;
  /** Where the value lives in the document body; gives the element its id. */
  path: (string | number)[] | FieldPath;
  /** Japanese validation message shown under the field. */
  error?: string | undefined;
  hint?: ReactNode;
  required?: boolean;
  disabled?: boolean;
  className?: string;
}

function describedBy(id: string, error: string | undefined, hint: ReactNode, notes: readonly FieldNote[] = []): string | undefined {
  const ids = [notes.length > 0 ? fieldNotesId(id) : undefined, hint ? `${id}-hint` : undefined, error ? `${id}-error` : undefined].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

interface FieldFrameProps {
  id: string;
  label: string;
  error?: string | undefined;
  hint?: ReactNode;
  required?: boolean | undefined;
  className?: string | undefined;
  /** 気づき about this field, shown right under it. */
  notes?: readonly FieldNote[];
  children: ReactNode;
}

function FieldFrame({ id, label, error, hint, required, className, notes = [], children }: FieldFrameProps) {
  return (
    <div className={['field', notes.length > 0 ? 'field-has-notes' : undefined, className].filter(Boolean).join(' ')}>
      <label htmlFor={id}>
        {label}
        {required && (
          <span className="required-mark" aria-hidden="true">
            （必須）
          </span>
        )}
      </label>
      {children}
      <FieldNoteList fieldId={id} notes={notes} />
      {hint !== undefined && hint !== null && hint !== false && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}

export interface TextFieldProps extends FieldBaseProps {
  value: string | number | undefined;
  onChange: (value: string) => void;
  inputMode?: 'text' | 'numeric' | 'decimal' | 'tel' | 'email';
  placeholder?: string;
  autoComplete?: string;
  /** Narrow fields (numbers, codes) */
  size?: 'short' | 'normal';
}

/** One-line text input with its label and error. */
export function TextField({ label, path, error, hint, required, disabled, className, value, onChange, inputMode, placeholder, autoComplete, size }: TextFieldProps) {
  const id = fieldDomId(path);
  const notes = useFieldNotes(path);
  return (
    <FieldFrame id={id} label={label} error={error} hint={hint} required={required} notes={notes} className={[className, size === 'short' ? 'field-short' : undefined].filter(Boolean).join(' ')}>
      <input
        id={id}
        type="text"
        value={value ?? ''}
        onChange={(event) => onChange(event.target.value)}
        inputMode={inputMode}
        placeholder={placeholder}
        autoComplete={autoComplete ?? 'off'}
        required={required}
        disabled={disabled}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint, notes)}
      />
    </FieldFrame>
  );
}

export interface TextAreaProps extends FieldBaseProps {
  value: string | undefined;
  onChange: (value: string) => void;
  rows?: number;
  placeholder?: string;
}

/** Multi-line free text. */
export function TextArea({ label, path, error, hint, required, disabled, className, value, onChange, rows, placeholder }: TextAreaProps) {
  const id = fieldDomId(path);
  const notes = useFieldNotes(path);
  return (
    <FieldFrame id={id} label={label} error={error} hint={hint} required={required} notes={notes} className={className}>
      <textarea
        id={id}
        value={value ?? ''}
        onChange={(event) => onChange(event.target.value)}
        rows={rows ?? 3}
        placeholder={placeholder}
        required={required}
        disabled={disabled}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint, notes)}
      />
    </FieldFrame>
  );
}

export interface DateFieldProps extends FieldBaseProps {
  /** YYYY-MM-DD once understood; the text as typed until then. */
  value: string | undefined;
  onChange: (value: string) => void;
}

/** Shows an ISO date as 和暦, anything else as typed. */
function displayDate(value: string | undefined): string {
  if (!value) return '';
  const iso = /^\d{4}-\d{2}-\d{2}$/u.test(value) ? tryParseDateInput(value) : undefined;
  return iso ? formatWareki(iso) : value;
}

/**
 * A date typed in 和暦 or 西暦 (令和7年4月1日, R7.4.1, 2025/4/1 …). While typing, the field reports
 * the text and shows how it is understood; on leaving it, an understood date is stored as
 * YYYY-MM-DD and shown in 和暦.
 */
export function DateField({ label, path, error, hint, required, disabled, className, value, onChange }: DateFieldProps) {
  const id = fieldDomId(path);
  const notes = useFieldNotes(path);
  const [editing, setEditing] = useState<string | undefined>(undefined);
  // What was last typed, kept after leaving the field so the line under it does not vanish at
  // that moment (a tap on the button below would land elsewhere).
  const [typed, setTyped] = useState<string | undefined>(undefined);
  const text = editing ?? displayDate(value);
  const parsed = text.trim() === '' ? undefined : tryParseDateInput(text);
  // How the text is read, only when it says more than the text itself (R7.4.1 → 令和7年4月1日).
  const echo = dateEcho(editing ?? (typed !== undefined && value !== undefined && tryParseDateInput(typed) === value ? typed : ''));
  // While the user is still typing, an unfinished date is not yet an error.
  const shownError = editing !== undefined && !parsed ? undefined : error;
  const reading = echo ? `→ ${echo}` : parsed ? undefined : '例: 令和7年4月1日、R7.4.1、2025/4/1';
  const help =
    hint || reading ? (
      <>
        {hint}
        {hint && reading ? ' ' : ''}
        {reading}
      </>
    ) : undefined;
  return (
    <FieldFrame id={id} label={label} error={shownError} hint={help} required={required} notes={notes} className={['field-date', className].filter(Boolean).join(' ')}>
      <input
        id={id}
        type="text"
        inputMode="text"
        autoComplete="off"
        value={text}
        onFocus={() => setEditing(displayDate(value))}
        onChange={(event) => {
          setEditing(event.target.value);
          setTyped(event.target.value);
          const iso = tryParseDateInput(event.target.value);
          onChange(iso ?? event.target.value);
        }}
        onBlur={() => setEditing(undefined)}
        required={required}
        disabled={disabled}
        aria-invalid={shownError ? true : undefined}
        aria-describedby={describedBy(id, shownError, help, notes)}
      />
    </FieldFrame>
  );
}

export interface SelectOption {
  value: string;
  label: string;
}

export interface SelectFieldProps extends FieldBaseProps {
  value: string | undefined;
  onChange: (value: string | undefined) => void;
  options: readonly SelectOption[];
  /** Text of the empty choice (default 未選択); null hides it. */
  emptyLabel?: string | null;
}

/** A choice from a list; the empty choice means "not entered". */
export function SelectField({ label, path, error, hint, required, disabled, className, value, onChange, options, emptyLabel }: SelectFieldProps) {
  const id = fieldDomId(path);
  const notes = useFieldNotes(path);
  return (
    <FieldFrame id={id} label={label} error={error} hint={hint} required={required} notes={notes} className={className}>
      <select
        id={id}
        value={value ?? ''}
        onChange={(event) => onChange(event.target.value === '' ? undefined : event.target.value)}
        required={required}
        disabled={disabled}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint, notes)}
      >
        {emptyLabel !== null && <option value="">{emptyLabel ?? '未選択'}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

export interface CheckboxFieldProps extends FieldBaseProps {
  checked: boolean | undefined;
  onChange: (checked: boolean) => void;
}

/** A yes/no box with the label beside it (the whole row is the touch target). */
export function CheckboxField({ label, path, error, hint, disabled, className, checked, onChange }: CheckboxFieldProps) {
  const id = fieldDomId(path);
  const notes = useFieldNotes(path);
  return (
    <div className={['field field-checkbox', notes.length > 0 ? 'field-has-notes' : undefined, className].filter(Boolean).join(' ')}>
      <label htmlFor={id} className="checkbox-label">
        <input
          id={id}
          type="checkbox"
          checked={checked === true}
          onChange={(event) => onChange(event.target.checked)}
          disabled={disabled}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, error, hint, notes)}
        />
        <span>{label}</span>
      </label>
      <FieldNoteList fieldId={id} notes={notes} />
      {hint !== undefined && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}

export interface RadioGroupFieldProps extends FieldBaseProps {
  value: string | undefined;
  onChange: (value: string | undefined) => void;
  options: readonly SelectOption[];
  /** Offer 未回答 to take an answer back. */
  clearable?: boolean;
}

/** A small set of choices as large buttons (はい / いいえ); the group is labelled for screen readers. */
export function RadioGroupField({ label, path, error, hint, disabled, className, value, onChange, options, clearable }: RadioGroupFieldProps) {
  const id = fieldDomId(path);
  const notes = useFieldNotes(path);
  const choices = clearable ? [...options, { value: '', label: '未回答' }] : options;
  return (
    <fieldset id={id} tabIndex={-1} className={['field field-radio', notes.length > 0 ? 'field-has-notes' : undefined, className].filter(Boolean).join(' ')} aria-describedby={describedBy(id, error, hint, notes)} aria-invalid={error ? true : undefined}>
      <legend>{label}</legend>
      <FieldNoteList fieldId={id} notes={notes} />
      <div className="radio-options">
        {choices.map((option) => (
          <label key={option.value} className="radio-option">
            <input
              type="radio"
              name={id}
              value={option.value}
              checked={(value ?? '') === option.value}
              onChange={() => onChange(option.value === '' ? undefined : option.value)}
              disabled={disabled}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
      {hint !== undefined && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
