/**
 * The vault's cryptography (WebCrypto only): a random AES-GCM data key encrypts every record; the data
 * key is stored wrapped by a key derived from the officer's passphrase with PBKDF2-SHA256, so changing
 * the passphrase rewraps one key and a wrong passphrase fails GCM authentication instead of decrypting junk.
 */

/** OWASP's 2023 figure for PBKDF2-HMAC-SHA256; the issue asks for at least this many. */
export const PBKDF2_ITERATIONS = 600_000;

export interface WrappedKey {
  kdf: 'PBKDF2-SHA256';
  iterations: number;
  salt: Uint8Array;
  iv: Uint8Array;
  wrapped: Uint8Array;
}

export interface Sealed {
  iv: Uint8Array;
  data: Uint8Array;
}

const subtle = () => globalThis.crypto.subtle;
const random = (n: number) => globalThis.crypto.getRandomValues(new Uint8Array(n));
const encoder = new TextEncoder();

/** Thrown when a passphrase does not open the vault (or an export). */
export class WrongPassphraseError extends Error {
  constructor() {
    super('wrong passphrase');
    this.name = 'WrongPassphraseError';
  }
}

async function deriveKek(passphrase: string, salt: Uint8Array, iterations: number): Promise<CryptoKey> {
  const material = await subtle().importKey('raw', encoder.encode(passphrase.normalize('NFC')), 'PBKDF2', false, [
    'deriveKey',
  ]);
  return subtle().deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['wrapKey', 'unwrapKey'],
  );
}

/** Makes a new data key and wraps it under the passphrase. Returns the (non-extractable) key and its wrap. */
export async function createDataKey(
  passphrase: string,
  iterations = PBKDF2_ITERATIONS,
): Promise<{ key: CryptoKey; wrapped: WrappedKey }> {
  const extractable = await subtle().generateKey({ name: 'AES-GCM', length: 256 }, true, ['encrypt', 'decrypt']);
  const wrapped = await wrapDataKey(extractable, passphrase, iterations);
  // Keep only a non-extractable copy in memory, so nothing in the page can read the key out.
  const key = await unwrapDataKey(wrapped, passphrase);
  return { key, wrapped };
}

export async function wrapDataKey(
  key: CryptoKey,
  passphrase: string,
  iterations = PBKDF2_ITERATIONS,
): Promise<WrappedKey> {
  const salt = random(16);
  const iv = random(12);
  const kek = await deriveKek(passphrase, salt, iterations);
  const wrapped = new Uint8Array(await subtle().wrapKey('raw', key, kek, { name: 'AES-GCM', iv: iv as BufferSource }));
  return { kdf: 'PBKDF2-SHA256', iterations, salt, iv, wrapped };
}

/** Unwraps the data key; a wrong passphrase throws {@link WrongPassphraseError}. */
export async function unwrapDataKey(w: WrappedKey, passphrase: string, extractable = false): Promise<CryptoKey> {
  const kek = await deriveKek(passphrase, w.salt, w.iterations);
  try {
    return await subtle().unwrapKey(
      'raw',
      w.wrapped as BufferSource,
      kek,
      { name: 'AES-GCM', iv: w.iv as BufferSource },
      { name: 'AES-GCM', length: 256 },
      extractable,
      ['encrypt', 'decrypt'],
    );
  } catch {
    throw new WrongPassphraseError();
  }
}

/** Encrypts a JSON value; `aad` binds the ciphertext to its record id so records cannot be swapped. */
export async function seal(key: CryptoKey, value: unknown, aad: string): Promise<Sealed> {
  const iv = random(12);
  const data = new Uint8Array(
    await subtle().encrypt(
      { name: 'AES-GCM', iv: iv as BufferSource, additionalData: encoder.encode(aad) },
      key,
      encoder.encode(JSON.stringify(value)),
    ),
  );
  return { iv, data };
}

export async function open<T>(key: CryptoKey, sealed: Sealed, aad: string): Promise<T> {
  const plain = await subtle().decrypt(
    { name: 'AES-GCM', iv: sealed.iv as BufferSource, additionalData: encoder.encode(aad) },
    key,
    sealed.data as BufferSource,
  );
  return JSON.parse(new TextDecoder().decode(plain)) as T;
}

export const toBase64 = (bytes: Uint8Array): string => {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s);
};
export const fromBase64 = (text: string): Uint8Array => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

/** A passphrase-protected, self-contained export (its own salt and key), as JSON text. */
export async function encryptExport(
  value: unknown,
  passphrase: string,
  iterations = PBKDF2_ITERATIONS,
): Promise<string> {
  const { key, wrapped } = await createDataKey(passphrase, iterations);
  const sealed = await seal(key, value, 'motcua-export');
  return JSON.stringify({
    format: 'motcua-profiles-export',
    version: 1,
    kdf: wrapped.kdf,
    iterations: wrapped.iterations,
    salt: toBase64(wrapped.salt),
    keyIv: toBase64(wrapped.iv),
    key: toBase64(wrapped.wrapped),
    iv: toBase64(sealed.iv),
    data: toBase64(sealed.data),
  });
}

export async function decryptExport<T>(text: string, passphrase: string): Promise<T> {
  let doc: Record<string, unknown>;
  try {
    doc = JSON.parse(text);
  } catch {
    throw new TypeError('not an export');
  }
  if (doc.format !== 'motcua-profiles-export' || typeof doc.data !== 'string') throw new TypeError('not an export');
  const key = await unwrapDataKey(
    {
      kdf: 'PBKDF2-SHA256',
      iterations: Number(doc.iterations),
      salt: fromBase64(String(doc.salt)),
      iv: fromBase64(String(doc.keyIv)),
      wrapped: fromBase64(String(doc.key)),
    },
    passphrase,
  );
  return open<T>(key, { iv: fromBase64(String(doc.iv)), data: fromBase64(String(doc.data)) }, 'motcua-export');
}
