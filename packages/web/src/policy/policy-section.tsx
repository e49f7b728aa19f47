import { useEffect } from 'react';
import type { Session } from '../api/endpoints.js';
import { Link } from '../routing/link.js';
import { AcknowledgementsPage } from './acknowledgements-page.js';
import { ActivitiesPage } from './activities-page.js';
import { EvidenceSheetPage } from './evidence-sheet-page.js';
import { OfficePolicyPage } from './office-policy-page.js';
import { PolicyDiffPage } from './policy-diff-page.js';
import { PolicyEditor } from './policy-editor.js';
import { mayAcknowledgePolicy, mayPublishPolicy } from './policy-api.js';
import { PolicyVersionPage } from './policy-version-page.js';
import { PolicyVersionsPage } from './policy-versions-page.js';
import './policy.css';

/** 基本方針: the section's pages, chosen by the sub-path of `/policy/...`. */
export function PolicySection({ path, session }: { path: string[]; session: Session }) {
  useEffect(() => {
    document.title = '基本方針 - 気づき';
  }, [path]);
  const role = session.user.role;
  const insurer = mayPublishPolicy(role);
  const [first, second, third] = path;
  if (!insurer && !mayAcknowledgePolicy(role)) return <NotHere text="基本方針の画面は、保険者の職員と事業所の職員が使います。" />;
  if (path.length === 0) return insurer ? <PolicyVersionsPage /> : <OfficePolicyPage session={session} />;
  if (first === 'versions' && second !== undefined && third === undefined) return <PolicyVersionPage key={second} id={second} insurer={insurer} />;
  if (first === 'versions' && second !== undefined && third === 'edit' && insurer) return <PolicyEditor key={second} id={second} />;
  if (first === 'diff' && second !== undefined && third !== undefined && path.length === 3) return <PolicyDiffPage key={`${second}/${third}`} from={second} to={third} />;
  if (insurer && first === 'acknowledgements' && path.length === 1) return <AcknowledgementsPage />;
  if (insurer && first === 'activities' && path.length === 1) return <ActivitiesPage />;
  if (insurer && first === 'evidence' && second !== undefined && /^\d{4}$/u.test(second) && path.length === 2) return <EvidenceSheetPage key={second} fiscalYear={Number(second)} />;
  return <NotHere text="このページはありません。" />;
}

function NotHere({ text }: { text: string }) {
  return (
    <section className="policy-page">
      <h1>基本方針</h1>
      <p>{text}</p>
      <p>
        <Link to="/">ホームへ戻る</Link>
      </p>
    </section>
  );
}
