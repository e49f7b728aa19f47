/** Tabs of a case file, in display order, with the URL segment of each. */
export const caseFileTabs = ['basic', 'certification', 'assessment', 'care-plan', 'meeting', 'support-log', 'monitoring', 'usage', 'prevention', 'history'] as const;
export type CaseFileTab = (typeof caseFileTabs)[number];

export const caseFileTabLabels: Record<CaseFileTab, string> = {
  basic: '基本情報',
  certification: '認定',
  assessment: 'アセスメント',
  'care-plan': '居宅サービス計画',
  meeting: '担当者会議',
  'support-log': '支援経過',
  monitoring: 'モニタリング',
  usage: '利用票',
  prevention: '予防',
  history: '履歴',
};

/** Where the browser is inside the workspace. */
export type Route =
  | { name: 'home' }
  | { name: 'csv-import' }
  | { name: 'csv-audit' }
  /** 共有: what the organization shares with others */
  | { name: 'grants' }
  /** 閲覧記録 (`/admin/access-log`): the organization's access log, for its admin */
  | { name: 'access-log' }
  /** アカウント (`/account`): the user's own password and sessions */
  | { name: 'account' }
  /** 共有された書類: what others share with the organization */
  | { name: 'shared' }
  | { name: 'shared-document'; grantId: string; documentId: string }
  /** 基本方針 (`/policy/...`): versions, acknowledgement, 指標 activities; the section reads its own sub-path */
  | { name: 'policy'; path: string[] }
  /** ケアプラン点検 (`/inspection/...`): the year's plan, cases, dialogue, 総評 */
  | { name: 'inspection'; path: string[] }
  /** 方針の効果 (`/effect/...`): effect verification charts and the offices' aggregates */
  | { name: 'effect'; path: string[] }
  /** 事業所の運営 (`/office/...`): staff and caseload, 特定事業所加算, 集中減算, BCP, training records */
  | { name: 'office'; path: string[] }
  /** 地域 (`/region/...`): 社会資源, unmet needs, 地域ケア会議 */
  | { name: 'region'; path: string[] }
  /** 介護予防 (`/prevention/...`): 委託状況, delegated plans, 介護予防手帳 */
  | { name: 'prevention'; path: string[] }
  | { name: 'client'; clientId: string; tab: CaseFileTab }
  | { name: 'print'; clientId: string; form: string }
  | { name: 'not-found'; path: string };

function isTab(value: string): value is CaseFileTab {
  return (caseFileTabs as readonly string[]).includes(value);
}

function decode(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

/** Sections that route their own sub-paths. */
const sections = ['policy', 'inspection', 'effect', 'office', 'region', 'prevention'] as const;

/** `/shared` and `/shared/:grantId/:documentId`. */
function parseSharedRoute(segments: string[], pathname: string): Route {
  if (segments.length === 1) return { name: 'shared' };
  const grantId = segments[1] === undefined ? undefined : decode(segments[1]);
  const documentId = segments[2] === undefined ? undefined : decode(segments[2]);
  if (segments.length === 3 && grantId && documentId) return { name: 'shared-document', grantId, documentId };
  return { name: 'not-found', path: pathname };
}

/**
 * Reads a pathname: `/`, `/csv-import`, `/csv-audit`, `/grants`, `/shared`, `/shared/:grantId/:documentId`,
 * `/clients/:id` (基本情報), `/clients/:id/:tab`, `/clients/:id/print/:form`.
 */
export function parseRoute(pathname: string): Route {
  const segments = pathname.split('/').filter((s) => s !== '');
  if (segments.length === 0) return { name: 'home' };
  if (segments.length === 1 && segments[0] === 'csv-import') return { name: 'csv-import' };
  if (segments.length === 1 && segments[0] === 'csv-audit') return { name: 'csv-audit' };
  if (segments.length === 1 && segments[0] === 'grants') return { name: 'grants' };
  if (segments.length === 2 && segments[0] === 'admin' && segments[1] === 'access-log') return { name: 'access-log' };
  if (segments.length === 1 && segments[0] === 'account') return { name: 'account' };
  if (segments[0] === 'shared') return parseSharedRoute(segments, pathname);
  const section = sections.find((s) => s === segments[0]);
  if (section !== undefined) {
    const path = segments.slice(1).map(decode);
    if (path.some((p) => p === undefined || p === '')) return { name: 'not-found', path: pathname };
    return { name: section, path: path as string[] };
  }
  const [first, rawId, third, fourth, ...rest] = segments;
  const clientId = rawId === undefined ? undefined : decode(rawId);
  if (first !== 'clients' || clientId === undefined || clientId === '' || rest.length > 0) return { name: 'not-found', path: pathname };
  if (third === undefined) return { name: 'client', clientId, tab: 'basic' };
  if (third === 'print') {
    const form = fourth === undefined ? undefined : decode(fourth);
    return form ? { name: 'print', clientId, form } : { name: 'not-found', path: pathname };
  }
  if (fourth === undefined && isTab(third)) return { name: 'client', clientId, tab: third };
  return { name: 'not-found', path: pathname };
}

/** The pathname of a route (the inverse of parseRoute). */
export function routePath(route: Exclude<Route, { name: 'not-found' }>): string {
  switch (route.name) {
    case 'home':
      return '/';
    case 'csv-import':
      return '/csv-import';
    case 'csv-audit':
      return '/csv-audit';
    case 'grants':
      return '/grants';
    case 'access-log':
      return '/admin/access-log';
    case 'account':
      return '/account';
    case 'shared':
      return '/shared';
    case 'shared-document':
      return `/shared/${encodeURIComponent(route.grantId)}/${encodeURIComponent(route.documentId)}`;
    case 'policy':
    case 'inspection':
    case 'effect':
    case 'office':
    case 'region':
    case 'prevention':
      return ['', route.name, ...route.path.map(encodeURIComponent)].join('/');
    case 'client':
      return `/clients/${encodeURIComponent(route.clientId)}/${route.tab}`;
    case 'print':
      return `/clients/${encodeURIComponent(route.clientId)}/print/${encodeURIComponent(route.form)}`;
  }
}

export const clientTabPath = (clientId: string, tab: CaseFileTab) => routePath({ name: 'client', clientId, tab });
export const printPath = (clientId: string, form: string) => routePath({ name: 'print', clientId, form });
