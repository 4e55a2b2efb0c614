export * from './units.ts';
export * from './staff.ts';
export * from './residents.ts';
export * from './accounts.ts';
export * from './bookings.ts';
export * from './sessions.ts';
export * from './audit.ts';
export * from './proxies.ts';
