/** A client-made id (UUID v4) that makes retries idempotent, also on plain-http pages. */
export function uuid(): string {
  // Not crypto.randomUUID: it needs a secure context, and many ward sites are still plain http. Each 0
  // and 1 of the template becomes a random hex digit, the 8 one of 8 to b (the variant); the 4 stays.
  return '10000000-1000-4000-8000-100000000000'.replace(/[018]/g, (c) =>
    (+c ^ ((crypto.getRandomValues(new Uint8Array(1))[0] as number) & (15 >> (+c / 4)))).toString(16),
  );
}
