/** The resident app's addresses (Swedish, as the service is). */
export const residentPaths = {
  home: '/',
  terms: '/villkor',
  bookings: '/bokade-tider',
  booking: '/bokade-tider/:bookingId',
  rebook: '/bokade-tider/:bookingId/andra-tid',
  busTicket: '/bokade-tider/:bookingId/biljett',
  videoMeeting: '/bokade-tider/:bookingId/video',
  /** Public: a guest of a video meeting comes here by link; the token is in the address's fragment (R-VM-3). */
  videoGuest: '/video/gast',
  selfBooking: '/boka',
  selfBookingType: '/boka/:typeId',
  /** Public: the transport operator checks bus tickets here without signing in (R-BK-6). */
  ticketCheck: '/biljettkontroll',
  messages: '/meddelanden',
  newMessage: '/meddelanden/ny',
  conversation: '/meddelanden/:conversationId',
  documents: '/dokument',
  document: '/dokument/:documentId',
  careUnits: '/mottagningar',
  accessLog: '/vem-har-last',
  settings: '/installningar',
  unregister: '/installningar/avregistrera',
  unregistered: '/avregistrerad',
} as const;

/** Addresses with their parameters filled in. */
export const residentLinks = {
  booking: (bookingId: string) => `${residentPaths.bookings}/${bookingId}`,
  rebook: (bookingId: string) => `${residentPaths.bookings}/${bookingId}/andra-tid`,
  busTicket: (bookingId: string) => `${residentPaths.bookings}/${bookingId}/biljett`,
  videoMeeting: (bookingId: string) => `${residentPaths.bookings}/${bookingId}/video`,
  selfBookingType: (typeId: string) => `${residentPaths.selfBooking}/${typeId}`,
  conversation: (conversationId: string) => `${residentPaths.messages}/${conversationId}`,
  document: (documentId: string) => `${residentPaths.documents}/${documentId}`,
  /** The offers of one unit only, e.g. from its card in "Mina mottagningar". */
  selfBookingAt: (unitId: string) => `${residentPaths.selfBooking}?${SELF_BOOKING_UNIT_PARAM}=${unitId}`,
};

export const SELF_BOOKING_UNIT_PARAM = 'mottagning';
