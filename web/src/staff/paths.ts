/** The staff portal's addresses, relative to the router basename /portal. */
export const staffPaths = {
  search: '/',
  chooseUnit: '/valj-enhet',
  resident: (id: string) => `/invanare/${encodeURIComponent(id)}`,
} as const;
