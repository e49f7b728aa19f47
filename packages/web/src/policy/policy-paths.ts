/** `/policy/...` paths of the section's pages. */
export const policyPaths = {
  home: '/policy',
  version: (id: string) => `/policy/versions/${encodeURIComponent(id)}`,
  edit: (id: string) => `/policy/versions/${encodeURIComponent(id)}/edit`,
  diff: (from: string, to: string) => `/policy/diff/${encodeURIComponent(from)}/${encodeURIComponent(to)}`,
  acknowledgements: '/policy/acknowledgements',
  activities: '/policy/activities',
  evidence: (fiscalYear: number) => `/policy/evidence/${fiscalYear}`,
};
