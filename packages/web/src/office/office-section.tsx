import { useEffect } from 'react';
import type { Session } from '../api/endpoints.js';
import { AdditionPage, AdditionPrint } from './addition-page.js';
import { BcpEditorPage, BcpPage, BcpPrint } from './bcp-page.js';
import { ConcentrationPage, ConcentrationPrint } from './concentration-page.js';
import { EmergencyListPage } from './emergency-page.js';
import { NotificationsPage, NotificationsPrint } from './notifications-page.js';
import { mayReadOffice } from './office-api.js';
import { OfficeDuePanel } from './office-due-panel.js';
import { OfficeNav } from './office-nav.js';
import { PracticePage } from './practice-page.js';
import { StaffPage } from './staff-page.js';
import { TrainingPage } from './training-page.js';
import './office.css';

/** 事業所の運営: the section's pages, chosen by the sub-path of `/office/...`. */
export function OfficeSection({ path, session }: { path: string[]; session: Session }) {
  const manage = session.user.role === 'office_admin';
  if (!mayReadOffice(session.user.role, session.organization.kind)) {
    return (
      <section className="office-page">
        <h1>事業所の運営</h1>
        <p className="form-error" role="alert">
          この画面は、居宅介護支援事業所の管理者と介護支援専門員が使えます。
        </p>
      </section>
    );
  }
  const [first, second, third] = path;
  switch (first) {
    case 'staff':
      return <StaffPage manage={manage} />;
    case 'addition':
      return second === 'print' ? <AdditionPrint month={third} /> : <AdditionPage manage={manage} month={second} />;
    case 'concentration':
      return second === 'print' ? <ConcentrationPrint periodStart={third} /> : <ConcentrationPage manage={manage} periodStart={second} />;
    case 'notifications':
      return second === 'print' ? <NotificationsPrint month={third} /> : <NotificationsPage month={second} />;
    case 'training':
      return <TrainingPage manage={manage} />;
    case 'practice':
      return <PracticePage manage={manage} role={session.user.role} />;
    case 'emergency-list':
      return <EmergencyListPage />;
    case 'bcp':
      if (second === undefined) return <BcpPage manage={manage} />;
      return third === 'print' ? <BcpPrint id={second} /> : <BcpEditorPage id={second} manage={manage} />;
    case undefined:
    default:
      return <OfficeTop session={session} />;
  }
}

function OfficeTop({ session }: { session: Session }) {
  useEffect(() => {
    document.title = '事業所の運営 - 気づき';
  }, []);
  return (
    <section className="office-page" aria-labelledby="office-title">
      <h1 id="office-title">事業所の運営</h1>
      <p className="muted">{session.organization.name}</p>
      <OfficeNav current="/office" />
      <OfficeDuePanel />
    </section>
  );
}
