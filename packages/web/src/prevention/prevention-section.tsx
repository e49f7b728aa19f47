import { useEffect } from 'react';
import type { Session } from '../api/endpoints.js';
import { DelegatedPlanPage } from './delegated-plan-page.js';
import { DelegationStatusPage } from './delegation-status-page.js';
import { HandbookPage } from './handbook-page.js';
import { mayConfirmDelegation, mayWriteDelegated } from './prevention-api.js';
import { ReceivedDelegationsPage } from './received-delegations-page.js';
import './prevention.css';

/** 介護予防 (`/prevention/...`): 委託状況 for the center, delegated plans for the office, the 手帳. */
export function PreventionSection({ path, session }: { path: string[]; session: Session }) {
  const [first, second, third] = path;
  const center = mayConfirmDelegation(session.user.role, session.organization.kind);
  const office = mayWriteDelegated(session.user.role, session.organization.kind);
  const title = first === 'handbook' ? '介護予防手帳' : first === 'delegated' ? '委託された計画' : center ? '委託状況' : '委託された利用者';
  useEffect(() => {
    document.title = `${title} - 気づき`;
  }, [title]);

  if (first === 'handbook' && second !== undefined && path.length === 2) return <HandbookPage clientId={second} session={session} />;
  if (first === 'delegated' && second !== undefined && third !== undefined && path.length === 3 && office) return <DelegatedPlanPage grantId={second} clientId={third} />;
  if (path.length === 0 && center) return <DelegationStatusPage />;
  if (path.length === 0 && office) return <ReceivedDelegationsPage />;
  return (
    <p className="form-error" role="alert">
      このページを見る権限がないか、ページが見つかりません。介護予防支援の委託は、地域包括支援センターの職員と委託先の居宅介護支援事業所の介護支援専門員が扱います。
    </p>
  );
}
