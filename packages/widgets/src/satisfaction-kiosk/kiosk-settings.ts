/**
 * Settings of a counter tablet (máy đánh giá tại quầy): which officer it rates and how fast it resets,
 * guarded by a staff PIN. The PIN is never stored: only a salted PBKDF2-SHA-256 hash, in localStorage,
 * so a citizen at the tablet cannot change the officer being rated.
 */
export interface KioskSettings {
  officer: string;
  /** The device key the ward's admin issued for this tablet (Thiết bị đánh giá tại quầy); may be empty. */
  device?: string;
  resetAfter: number;
  salt: string;
  hash: string;
}

const ITERATIONS = 150_000;
const key = (unit: string) => `motcua-kiosk:${unit || 'default'}`;
const b64 = (bytes: ArrayBuffer | Uint8Array) => btoa(String.fromCharCode(...new Uint8Array(bytes)));

export const pinSupported = () => !!globalThis.crypto?.subtle;
export const validPin = (pin: string) => /^\d{4,8}$/.test(pin);

async function derive(pin: string, salt: string): Promise<string> {
  const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, ['deriveBits']);
  const saltBytes = Uint8Array.from(atob(salt), (c) => c.charCodeAt(0));
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt: saltBytes, iterations: ITERATIONS },
    material,
    256,
  );
  return b64(bits);
}

export function loadKiosk(unit: string): KioskSettings | undefined {
  try {
    const value = JSON.parse(localStorage.getItem(key(unit)) ?? 'null') as KioskSettings | null;
    return value && typeof value.hash === 'string' && typeof value.officer === 'string' ? value : undefined;
  } catch {
    return undefined;
  }
}

/** Saves the settings; a new PIN gets a fresh salt, an empty one keeps the old hash. */
export async function saveKiosk(
  unit: string,
  input: { officer: string; device?: string; resetAfter: number; pin?: string },
  previous?: KioskSettings,
): Promise<KioskSettings> {
  let { salt, hash } = previous ?? { salt: '', hash: '' };
  if (input.pin) {
    salt = b64(crypto.getRandomValues(new Uint8Array(16)));
    hash = await derive(input.pin, salt);
  }
  const settings = { officer: input.officer, device: input.device ?? '', resetAfter: input.resetAfter, salt, hash };
  localStorage.setItem(key(unit), JSON.stringify(settings));
  return settings;
}

export async function checkPin(settings: KioskSettings, pin: string): Promise<boolean> {
  if (!validPin(pin)) return false;
  const hash = await derive(pin, settings.salt);
  // Equal length base64 strings; the comparison time does not matter next to 150,000 PBKDF2 rounds.
  return hash === settings.hash;
}
