export function ensurePostgres(): Promise<{ url: string; stop(): void }>;
