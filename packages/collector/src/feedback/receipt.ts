/**
 * Receipt codes citizens read aloud over the phone: "PA-7K3M9Q" for feedback, "HT-…" for a home-visit
 * request. Six characters from an alphabet without look-alikes (no 0/O, 1/I/L, U), about 729 million
 * codes, drawn with a CSPRNG.
 */
import { randomInt } from 'node:crypto';

export const RECEIPT_ALPHABET = '23456789ABCDEFGHJKMNPQRSTVWXYZ';
const BODY = /^[2-9A-HJKMNP-TV-Z]{6}$/;

/** What a receipt code starts with: PA (phản ánh) for feedback, HT (hỗ trợ) for home visits. */
export type ReceiptPrefix = 'PA' | 'HT';

export function newReceiptCode(prefix: ReceiptPrefix = 'PA'): string {
  let code = `${prefix}-`;
  for (let i = 0; i < 6; i++) code += RECEIPT_ALPHABET[randomInt(RECEIPT_ALPHABET.length)];
  return code;
}

/** Accepts what people type: lower case, spaces, a missing dash, and the prefix left out. */
export function normalizeReceiptCode(text: string, prefix: ReceiptPrefix = 'PA'): string | undefined {
  const body = text
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(new RegExp(`^${prefix}`), '');
  return BODY.test(body) ? `${prefix}-${body}` : undefined;
}
