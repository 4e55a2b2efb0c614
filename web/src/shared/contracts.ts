/**
 * The API contracts (zod schemas in /contracts), re-exported for the web apps so features import
 * them from one place. Types are used everywhere; schemas parse responses in the API client.
 */
export * from '../../../contracts/index.ts';
