// Types of debianPackages.mjs for the TypeScript tests that import it (test/helpers/postgres.ts).
export const CHROMIUM: string;
export function which(command: string): string | null;
export function postgresBin(root?: string): string | null;
export const DEBIAN_PACKAGES: Record<string, { for: string; installed: () => boolean }>;
export const CODE_SERVER_PACKAGES: string[];
export function missingPackages(names: string[]): string[];
export function aptCommand(packages: string[], options?: { root?: boolean }): string;
export function canInstall(options?: { root?: boolean; aptGet?: string | null }): boolean;
export function missingPackagesMessage(missing: string[], options?: { root?: boolean }): string;
export function ensureDebianPackages(names: string[], options?: { log?: (line: string) => void }): void;
