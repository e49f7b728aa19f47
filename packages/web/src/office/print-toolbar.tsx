import { Link } from '../routing/link.js';

/** The bar above every office print sheet: back to the page it came from, and 印刷 (hidden on paper). */
export function PrintToolbar({ back, label }: { back: string; label: string }) {
  return (
    <div className="office-print-toolbar">
      <Link to={back}>{label}</Link>
      <button type="button" className="button button-primary" onClick={() => window.print()}>
        印刷
      </button>
    </div>
  );
}
