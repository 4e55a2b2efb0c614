/** The staff portal's addresses, relative to the router basename /portal. */
export const staffPaths = {
  search: '/',
  chooseUnit: '/valj-enhet',
  resident: (id: string) => `/invanare/${encodeURIComponent(id)}`,
  messages: '/meddelanden',
  conversation: (id: string) => `/meddelanden/${encodeURIComponent(id)}`,
  templates: '/mallar',
  evaluations: '/utvardering',
  adminUnits: '/admin/enheter',
  connectUnit: '/admin/enheter/ny',
  adminUnit: (id: string) => `/admin/enheter/${encodeURIComponent(id)}`,
  statistics: '/statistik',
  videoMeetings: '/video',
  videoMeeting: (id: string) => `/video/${encodeURIComponent(id)}`,
  selfBookingTimes: '/tider-for-egen-bokning',
  printList: '/utskriftslista',
} as const;
