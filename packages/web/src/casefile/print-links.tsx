import { useRef } from 'react';
import { useMenuDismiss } from '../components/use-menu-dismiss.js';
import type { PrintForm } from '../print/print-forms.js';
import { Link } from '../routing/link.js';

/** Short link names of the forms the print view knows (checked against its list of forms). */
export const printForms = [
  { form: 'plan-1', label: '第1表' },
  { form: 'plan-2', label: '第2表' },
  { form: 'plan-3', label: '第3表' },
  { form: 'plan-4', label: '第4表' },
  { form: 'plan-5', label: '第5表' },
  { form: 'usage', label: '第6表' },
  { form: 'usage-sheet', label: '第7表' },
  { form: 'prevention-plan', label: '介護予防計画書' },
] as const satisfies readonly { form: PrintForm; label: string }[];

/**
 * 印刷: one menu with links to the A4 print views of the standard forms, so eight buttons do not
 * take the room of the form on a tablet. Closes on Escape and on a tap outside.
 */
export function PrintLinks({ clientId, pathOf }: { clientId: string; pathOf: (clientId: string, form: string) => string }) {
  const menu = useRef<HTMLDetailsElement>(null);
  useMenuDismiss(menu);
  return (
    <nav className="print-menu" aria-label="印刷">
      <details ref={menu}>
        <summary>印刷</summary>
        <ul>
          {printForms.map(({ form, label }) => (
            <li key={form}>
              <Link to={pathOf(clientId, form)}>{label}</Link>
            </li>
          ))}
        </ul>
      </details>
    </nav>
  );
}
