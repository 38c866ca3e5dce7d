/**
 * Receipt codes citizens read aloud over the phone: "PA-7K3M9Q". Six characters from an alphabet
 * without look-alikes (no 0/O, 1/I/L, U), about 729 million codes, drawn with a CSPRNG.
 */
import { randomInt } from 'node:crypto';

export const RECEIPT_ALPHABET = '23456789ABCDEFGHJKMNPQRSTVWXYZ';
export const RECEIPT_PATTERN = /^PA-[2-9A-HJKMNP-TV-Z]{6}$/;

export function newReceiptCode(): string {
  let code = 'PA-';
  for (let i = 0; i < 6; i++) code += RECEIPT_ALPHABET[randomInt(RECEIPT_ALPHABET.length)];
  return code;
}

/** Accepts what people type: lower case, spaces, a missing dash, O for 0 and so on. */
export function normalizeReceiptCode(text: string): string | undefined {
  const compact = text.toUpperCase().replace(/[\s-]/g, '').replace(/^PA/, '');
  const code = `PA-${compact}`;
  return RECEIPT_PATTERN.test(code) ? code : undefined;
}
