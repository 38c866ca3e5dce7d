/**
 * The client's address. Behind `hops` trusted proxies, each proxy appends the address it saw to
 * X-Forwarded-For, so the client is the entry the outermost trusted proxy added: the `hops`-th from the
 * end. Entries before it were written by the client and are never believed.
 */
export function clientAddress(
  socketAddress: string | undefined,
  forwardedFor: string | undefined,
  hops: number,
): string {
  const socket = socketAddress ?? 'unknown';
  if (hops <= 0 || !forwardedFor) return socket;
  const chain = forwardedFor
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const seen = chain[chain.length - hops] ?? chain[0];
  return seen ? seen.slice(0, 64) : socket;
}
