/** The staff portal's addresses, relative to the router basename /portal. */
export const staffPaths = {
  search: '/',
  chooseUnit: '/valj-enhet',
  resident: (id: string) => `/invanare/${encodeURIComponent(id)}`,
  adminUnits: '/admin/enheter',
  connectUnit: '/admin/enheter/ny',
  adminUnit: (id: string) => `/admin/enheter/${encodeURIComponent(id)}`,
  statistics: '/statistik',
  selfBookingTimes: '/tider-for-egen-bokning',
} as const;
