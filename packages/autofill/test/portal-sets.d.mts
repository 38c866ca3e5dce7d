export const PORTAL: string;
export interface PortalSet {
  dir: string;
  kind: 'dev' | 'independent';
  title: string;
  forms: string[];
}
export function formsIn(dir: string, portal?: string): string[];
export function portalSets(portal?: string): PortalSet[];
export function inJudgesFormat(name: string): boolean;
export function portalSetsMiddleware(ctx: unknown, next: () => Promise<unknown>): unknown;
