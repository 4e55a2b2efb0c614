/** Path of the server bundle that buildServer writes. */
export declare const serverBundle: string;
/** Executable and arguments that run the server bundle. */
export declare const serverCommand: readonly [string, ...string[]];
/** Bundles server/src/main.ts into dist/server/main.mjs with its migrations beside it; returns the bundle's path. */
export declare function buildServer(): string;
