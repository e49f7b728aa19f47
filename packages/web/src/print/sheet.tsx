import type { ReactNode } from 'react';
import { printDate } from './print-format.js';

/** One A4 landscape sheet of a standard form: title, 作成年月日 and the form number in the corner. */
export function Sheet({ formNumber, title, createdOn, children }: { formNumber: string; title: string; createdOn?: string | undefined; children: ReactNode }) {
  return (
    <section className="sheet" aria-label={title}>
      <header className="sheet-head">
        <span className="form-number">{formNumber}</span>
        <h1 className="sheet-title">{title}</h1>
        {createdOn !== undefined && <span className="sheet-created">作成年月日 {printDate(createdOn)}</span>}
      </header>
      {children}
    </section>
  );
}

/** Options printed side by side with the chosen ones circled (初回・紹介・継続, 要介護1 … 5). */
export function Choices<T extends string>({ options, chosen, label }: { options: ReadonlyArray<{ value: T; label: string }>; chosen: readonly T[]; label: string }) {
  return (
    <span className="choices" aria-label={`${label}: ${options.filter((o) => chosen.includes(o.value)).map((o) => o.label).join('・') || '未選択'}`}>
      {options.map((option, i) => (
        <span key={option.value}>
          {i > 0 && '・'}
          <span className={chosen.includes(option.value) ? 'chosen' : undefined}>{option.label}</span>
        </span>
      ))}
    </span>
  );
}

/** Multi-line text as written (line breaks kept). */
export function Text({ value }: { value: string | undefined }) {
  return <span className="print-text">{value ?? ''}</span>;
}
