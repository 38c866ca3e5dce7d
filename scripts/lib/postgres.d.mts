/** `keep`: a directory the cluster lives in and outlives stop() (seeded once, started again later). */
export function ensurePostgres(options?: { keep?: string }): Promise<{ url: string; stop(): void }>;
