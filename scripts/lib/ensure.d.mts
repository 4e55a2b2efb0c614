// Types for the TypeScript scripts that call these plain-Node installers.
export const root: string;
export function run(command: string, options?: object): number;
export function mustRun(command: string, options?: object): void;
export function ensureDependencies(): void;
export function ensureWebBuild(): void;
export function ensureChromium(): void;
export function ensureClamd(): void;
export function ensureNginx(): void;
export function ensureVideoServers(): void;
export function loadDotEnv(): void;
