/** The resident app's addresses (Swedish, as the service is). */
export const residentPaths = {
  home: '/',
  terms: '/villkor',
  bookings: '/bokade-tider',
  careUnits: '/mottagningar',
  accessLog: '/vem-har-last',
  settings: '/installningar',
  unregister: '/installningar/avregistrera',
  unregistered: '/avregistrerad',
} as const;
