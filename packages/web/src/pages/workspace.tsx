import { lazy, Suspense, useEffect, useState } from 'react';
import { ApiError } from '../api/client.js';
import { logout, type Session } from '../api/endpoints.js';
import { AppHeader } from '../components/app-header.js';
import { setEditingUser } from '../editing/current-user.js';
import { mayExchangeCsv } from '../interchange/csv-access.js';
import { mayReadShared, mayShare } from '../sharing/sharing-api.js';
import { Link } from '../routing/link.js';
import { useRoute } from '../routing/navigation.js';
import { mayReadAccessLog } from '../admin/access-log-access.js';
import { HomePage } from './home-page.js';

// The case file and the print views are the heavy parts: load them when first opened.
const CaseFilePage = lazy(() => import('../casefile/case-file-page.js').then((m) => ({ default: m.CaseFilePage })));
const PrintPage = lazy(() => import('../print/print-page.js').then((m) => ({ default: m.PrintPage })));
const CsvImportPage = lazy(() => import('../interchange/csv-import-page.js').then((m) => ({ default: m.CsvImportPage })));
const CsvAuditPage = lazy(() => import('../csv-audit/csv-audit-page.js').then((m) => ({ default: m.CsvAuditPage })));
const GrantsPage = lazy(() => import('../sharing/grants-page.js').then((m) => ({ default: m.GrantsPage })));
const SharedPage = lazy(() => import('../sharing/shared-page.js').then((m) => ({ default: m.SharedPage })));
const PolicySection = lazy(() => import('../policy/policy-section.js').then((m) => ({ default: m.PolicySection })));
const InspectionSection = lazy(() => import('../inspection/inspection-section.js').then((m) => ({ default: m.InspectionSection })));
const EffectSection = lazy(() => import('../effect/effect-section.js').then((m) => ({ default: m.EffectSection })));
const OfficeSection = lazy(() => import('../office/office-section.js').then((m) => ({ default: m.OfficeSection })));
const PreventionSection = lazy(() => import('../prevention/prevention-section.js').then((m) => ({ default: m.PreventionSection })));
const RegionSection = lazy(() => import('../region/region-section.js').then((m) => ({ default: m.RegionSection })));
const AccountPage = lazy(() => import('../admin/account-page.js').then((m) => ({ default: m.AccountPage })));
const AccessLogPage = lazy(() => import('../admin/access-log-page.js').then((m) => ({ default: m.AccessLogPage })));
const SharedDocumentPage = lazy(() => import('../sharing/shared-document-page.js').then((m) => ({ default: m.SharedDocumentPage })));

interface WorkspaceProps {
  session: Session;
  onSignedOut: () => void;
}

function Loading() {
  return (
    <p className="page-status" role="status">
      読み込んでいます…
    </p>
  );
}

/** Everything after login: the header and the page of the current URL. */
export function Workspace({ session, onSignedOut }: WorkspaceProps) {
  const route = useRoute();
  const [loggingOut, setLoggingOut] = useState(false);
  const [logoutError, setLogoutError] = useState<string | undefined>();

  useEffect(() => {
    if (route.name === 'not-found') document.title = 'ページが見つかりません - 気づき';
  }, [route.name]);

  function onLogout() {
    setLoggingOut(true);
    setLogoutError(undefined);
    const done = () => {
      setEditingUser(undefined);
      onSignedOut();
    };
    logout().then(done, (error: unknown) => {
      // 401: the session had already ended, which is what the user wanted.
      if (error instanceof ApiError && error.status === 401) return done();
      // Otherwise the session may still be valid on the server (a shared tablet): say so, do not pretend.
      setLoggingOut(false);
      setLogoutError(error instanceof ApiError ? error.message : 'ログアウトできませんでした。もう一度お試しください。');
    });
  }

  // Print views stand alone: no header, nothing but the form on the paper.
  if (route.name === 'print') {
    return (
      <Suspense fallback={<Loading />}>
        <PrintPage clientId={route.clientId} form={route.form} />
      </Suspense>
    );
  }

  return (
    <>
      <a className="skip-link" href="#main">
        本文へ移動
      </a>
      <AppHeader session={session} loggingOut={loggingOut} onLogout={onLogout} />
      <main className="page" id="main">
        {logoutError !== undefined && (
          <p className="form-error" role="alert">
            {logoutError}
          </p>
        )}
        {route.name === 'home' && <HomePage session={session} />}
        {route.name === 'csv-import' &&
          (mayExchangeCsv(session.user.role) ? (
            <Suspense fallback={<Loading />}>
              <CsvImportPage />
            </Suspense>
          ) : (
            <p className="form-error" role="alert">
              CSV取り込みを使う権限がありません。
            </p>
          ))}
        {route.name === 'csv-audit' &&
          (mayExchangeCsv(session.user.role) ? (
            <Suspense fallback={<Loading />}>
              <CsvAuditPage />
            </Suspense>
          ) : (
            <p className="form-error" role="alert">
              ケアプラン点検（CSV）を使う権限がありません。
            </p>
          ))}
        {route.name === 'grants' &&
          (mayShare(session.user.role, session.organization.kind) ? (
            <Suspense fallback={<Loading />}>
              <GrantsPage />
            </Suspense>
          ) : (
            <p className="form-error" role="alert">
              共有を管理する権限がありません。
            </p>
          ))}
        {(route.name === 'shared' || route.name === 'shared-document') &&
          (mayReadShared(session.user.role) ? (
            <Suspense fallback={<Loading />}>
              {route.name === 'shared' ? <SharedPage /> : <SharedDocumentPage key={`${route.grantId}/${route.documentId}`} grantId={route.grantId} documentId={route.documentId} />}
            </Suspense>
          ) : (
            <p className="form-error" role="alert">
              共有された書類を見る権限がありません。
            </p>
          ))}
        {route.name === 'policy' && (
          <Suspense fallback={<Loading />}>
            <PolicySection path={route.path} session={session} />
          </Suspense>
        )}
        {route.name === 'inspection' && (
          <Suspense fallback={<Loading />}>
            <InspectionSection path={route.path} session={session} />
          </Suspense>
        )}
        {route.name === 'effect' && (
          <Suspense fallback={<Loading />}>
            <EffectSection path={route.path} session={session} />
          </Suspense>
        )}
        {route.name === 'office' && (
          <Suspense fallback={<Loading />}>
            <OfficeSection path={route.path} session={session} />
          </Suspense>
        )}
        {route.name === 'region' && (
          <Suspense fallback={<Loading />}>
            <RegionSection path={route.path} session={session} />
          </Suspense>
        )}
        {route.name === 'prevention' && (
          <Suspense fallback={<Loading />}>
            <PreventionSection path={route.path} session={session} />
          </Suspense>
        )}
        {route.name === 'account' && (
          <Suspense fallback={<Loading />}>
            <AccountPage session={session} onSignedOut={onSignedOut} />
          </Suspense>
        )}
        {route.name === 'access-log' &&
          (mayReadAccessLog(session.user.role) ? (
            <Suspense fallback={<Loading />}>
              <AccessLogPage />
            </Suspense>
          ) : (
            <p className="form-error" role="alert">
              閲覧記録は事業所の管理者だけが見られます。
            </p>
          ))}
        {route.name === 'client' && (
          <Suspense fallback={<Loading />}>
            <CaseFilePage key={route.clientId} clientId={route.clientId} tab={route.tab} session={session} />
          </Suspense>
        )}
        {route.name === 'not-found' && (
          <div className="empty-state">
            <p>このページは見つかりません（{route.path}）。</p>
            <p>
              <Link to="/">ホームへ戻る</Link>
            </p>
          </div>
        )}
      </main>
    </>
  );
}
