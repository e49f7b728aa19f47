import type { Session } from '../api/endpoints.js';
import { RegionIssueDetail } from './region-issue-detail.js';
import { RegionIssueRegister } from './region-issue-register.js';
import { IssueResourcePage } from './region-issue-resource.js';
import { CouncilAgendaPage } from './region-report-agenda.js';
import { RegionReportPage } from './region-report.js';

/** `/region/issues`, `/region/issues/:id`, `/region/issues/:id/resource`, `/region/reports`, `/region/reports/agenda`. */
export function RegionIssueSection({ path, session }: { path: string[]; session: Session }) {
  const [first, second, third] = path;
  if (first === 'reports') return second === 'agenda' ? <CouncilAgendaPage session={session} /> : <RegionReportPage session={session} />;
  if (second === undefined) return <RegionIssueRegister session={session} />;
  if (third === 'resource') return <IssueResourcePage issueId={second} session={session} />;
  return <RegionIssueDetail id={second} session={session} />;
}
