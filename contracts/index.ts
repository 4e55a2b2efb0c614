export * from './enums.ts';
export * from './errors.ts';
export * from './auth.ts';
export * from './resident.ts';
export * from './staff.ts';
export * from './realtime.ts';
export * from './proxies.ts';
export * from './criteria.ts';
