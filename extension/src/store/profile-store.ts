/**
 * The officer's vault in the extension's IndexedDB: citizen profiles encrypted record by record (the
 * unlocked key lives only in this page's memory), expiry unless pinned, the ward's fill rules, settings,
 * and the log of fills (no personal values).
 */
import type { CitizenProfile, FillRule, Relative } from '@motcua/autofill';
import { type DBSchema, type IDBPDatabase, openDB } from 'idb';
import {
  createDataKey,
  decryptExport,
  encryptExport,
  open,
  PBKDF2_ITERATIONS,
  seal,
  unwrapDataKey,
  type WrappedKey,
  WrongPassphraseError,
  wrapDataKey,
} from './crypto.js';

export { WrongPassphraseError };

/** The one profile type, the engine's (design §3.5): the store keeps it, the panel edits it, the engine fills from it. */
export type { CitizenProfile, Relative };

export interface StoredProfile {
  id: string;
  profile: CitizenProfile;
  createdAt: number;
  expiresAt: number;
  pinned: boolean;
}

/** A ward's taught rule: this label on this kind of form is this profile field (an engine rule with an id). */
export interface TaughtRule extends FillRule {
  id: string;
  /** Page origin + path prefix the rule applies to, e.g. "https://dichvucong.gov.vn/p/home". */
  scope: string;
  /** The field's label or name as the page shows it. */
  label: string;
  createdAt: number;
}

export interface FillLogEntry {
  id?: number;
  at: number;
  /** Origin and path of the form, never its query string. */
  form: string;
  profileId: string;
  fieldCount: number;
  undone?: boolean;
}

export interface Settings {
  autoLockMinutes: number;
  expiryDays: number;
}

export const DEFAULT_SETTINGS: Settings = { autoLockMinutes: 10, expiryDays: 30 };

interface EncryptedRecord {
  id: string;
  iv: Uint8Array;
  data: Uint8Array;
  createdAt: number;
  expiresAt: number;
  pinned: boolean;
}

interface VaultSchema extends DBSchema {
  meta: { key: string; value: unknown };
  profiles: { key: string; value: EncryptedRecord; indexes: { expiresAt: number } };
  rules: { key: string; value: TaughtRule };
  log: { key: number; value: FillLogEntry };
}

const DAY = 86_400_000;

export interface ProfileStoreOptions {
  name?: string;
  iterations?: number;
  now?: () => number;
}

export class ProfileStore {
  #db: IDBPDatabase<VaultSchema>;
  #key: CryptoKey | undefined;
  #iterations: number;
  #now: () => number;

  private constructor(db: IDBPDatabase<VaultSchema>, options: ProfileStoreOptions) {
    this.#db = db;
    this.#iterations = options.iterations ?? PBKDF2_ITERATIONS;
    this.#now = options.now ?? Date.now;
  }

  static async open(options: ProfileStoreOptions = {}): Promise<ProfileStore> {
    const db = await openDB<VaultSchema>(options.name ?? 'motcua-vault', 1, {
      upgrade(d) {
        d.createObjectStore('meta');
        d.createObjectStore('profiles', { keyPath: 'id' }).createIndex('expiresAt', 'expiresAt');
        d.createObjectStore('rules', { keyPath: 'id' });
        d.createObjectStore('log', { keyPath: 'id', autoIncrement: true });
      },
    });
    return new ProfileStore(db, options);
  }

  get unlocked(): boolean {
    return this.#key !== undefined;
  }

  async hasPassphrase(): Promise<boolean> {
    return (await this.#db.get('meta', 'key')) !== undefined;
  }

  /** First use: makes the data key and wraps it under the passphrase; leaves the vault unlocked. */
  async setPassphrase(passphrase: string): Promise<void> {
    if (await this.hasPassphrase()) throw new Error('passphrase already set');
    const { key, wrapped } = await createDataKey(passphrase, this.#iterations);
    await this.#db.put('meta', wrapped, 'key');
    this.#key = key;
  }

  /** Unlocks with the passphrase; a wrong one throws {@link WrongPassphraseError}. */
  async unlock(passphrase: string): Promise<void> {
    const wrapped = (await this.#db.get('meta', 'key')) as WrappedKey | undefined;
    if (!wrapped) throw new Error('no passphrase set');
    this.#key = await unwrapDataKey(wrapped, passphrase);
  }

  /** Rewraps the same data key under a new passphrase (records stay as they are). */
  async changePassphrase(oldPassphrase: string, newPassphrase: string): Promise<void> {
    const wrapped = (await this.#db.get('meta', 'key')) as WrappedKey | undefined;
    if (!wrapped) throw new Error('no passphrase set');
    const extractable = await unwrapDataKey(wrapped, oldPassphrase, true);
    await this.#db.put('meta', await wrapDataKey(extractable, newPassphrase, this.#iterations), 'key');
    this.#key = await unwrapDataKey(wrapped, oldPassphrase);
  }

  lock(): void {
    this.#key = undefined;
  }

  /** Forgotten passphrase: deletes every profile and the key. Rules, settings and the log stay. */
  async wipe(): Promise<void> {
    this.#key = undefined;
    const tx = this.#db.transaction(['meta', 'profiles'], 'readwrite');
    await tx.objectStore('profiles').clear();
    await tx.objectStore('meta').delete('key');
    await tx.done;
  }

  #requireKey(): CryptoKey {
    if (!this.#key) throw new Error('locked');
    return this.#key;
  }

  async settings(): Promise<Settings> {
    return { ...DEFAULT_SETTINGS, ...((await this.#db.get('meta', 'settings')) as Partial<Settings> | undefined) };
  }

  async saveSettings(settings: Settings): Promise<void> {
    await this.#db.put('meta', { ...settings }, 'settings');
  }

  /** Encrypts and stores a profile; returns its id. */
  async saveProfile(profile: CitizenProfile, options: { id?: string; pinned?: boolean } = {}): Promise<string> {
    const key = this.#requireKey();
    const id = options.id ?? crypto.randomUUID();
    const existing = options.id ? await this.#db.get('profiles', id) : undefined;
    const now = this.#now();
    const { expiryDays } = await this.settings();
    const sealed = await seal(key, profile, id);
    await this.#db.put('profiles', {
      id,
      iv: sealed.iv,
      data: sealed.data,
      createdAt: existing?.createdAt ?? now,
      expiresAt: now + expiryDays * DAY,
      pinned: options.pinned ?? existing?.pinned ?? false,
    });
    return id;
  }

  async setPinned(id: string, pinned: boolean): Promise<void> {
    const record = await this.#db.get('profiles', id);
    if (record) await this.#db.put('profiles', { ...record, pinned });
  }

  async getProfile(id: string): Promise<StoredProfile | undefined> {
    const key = this.#requireKey();
    const r = await this.#db.get('profiles', id);
    if (!r) return undefined;
    return {
      id,
      profile: await open<CitizenProfile>(key, r, id),
      createdAt: r.createdAt,
      expiresAt: r.expiresAt,
      pinned: r.pinned,
    };
  }

  /** Every profile that has not expired, newest first (expired ones are deleted on the way). */
  async listProfiles(): Promise<StoredProfile[]> {
    const key = this.#requireKey();
    await this.purgeExpired();
    const records = await this.#db.getAll('profiles');
    const out = await Promise.all(
      records.map(async (r) => ({
        id: r.id,
        profile: await open<CitizenProfile>(key, r, r.id),
        createdAt: r.createdAt,
        expiresAt: r.expiresAt,
        pinned: r.pinned,
      })),
    );
    return out.sort((a, b) => b.createdAt - a.createdAt);
  }

  async deleteProfile(id: string): Promise<void> {
    await this.#db.delete('profiles', id);
  }

  /** Deletes unpinned profiles past their expiry; returns how many. Works while locked. */
  async purgeExpired(): Promise<number> {
    const now = this.#now();
    const tx = this.#db.transaction('profiles', 'readwrite');
    let n = 0;
    for await (const cursor of tx.store.index('expiresAt').iterate(IDBKeyRange.upperBound(now))) {
      if (!cursor.value.pinned) {
        await cursor.delete();
        n++;
      }
    }
    await tx.done;
    return n;
  }

  /** Every profile, encrypted under an export passphrase, as JSON text. */
  async exportProfiles(passphrase: string): Promise<string> {
    const profiles = await this.listProfiles();
    return encryptExport(
      profiles.map((p) => ({ profile: p.profile, pinned: p.pinned })),
      passphrase,
      this.#iterations,
    );
  }

  /** Imports an export made by {@link exportProfiles}; returns how many profiles were added. */
  async importProfiles(text: string, passphrase: string): Promise<number> {
    this.#requireKey();
    const items = await decryptExport<{ profile: CitizenProfile; pinned: boolean }[]>(text, passphrase);
    for (const item of items) await this.saveProfile(item.profile, { pinned: item.pinned });
    return items.length;
  }

  async listRules(): Promise<TaughtRule[]> {
    return (await this.#db.getAll('rules')).sort((a, b) => a.createdAt - b.createdAt);
  }

  async saveRule(rule: Omit<TaughtRule, 'id' | 'createdAt'> & { id?: string }): Promise<TaughtRule> {
    const saved: TaughtRule = { ...rule, id: rule.id ?? crypto.randomUUID(), createdAt: this.#now() };
    await this.#db.put('rules', saved);
    return saved;
  }

  async deleteRule(id: string): Promise<void> {
    await this.#db.delete('rules', id);
  }

  async exportRules(): Promise<string> {
    const rules = await this.listRules();
    return JSON.stringify(
      {
        format: 'motcua-fill-rules',
        version: 1,
        rules: rules.map(({ scope, label, field }) => ({ scope, label, field })),
      },
      null,
      2,
    );
  }

  /** Imports shared rules (JSON from {@link exportRules}); invalid entries are skipped. */
  async importRules(text: string): Promise<number> {
    const doc = JSON.parse(text) as { format?: string; rules?: unknown };
    if (doc.format !== 'motcua-fill-rules' || !Array.isArray(doc.rules)) throw new TypeError('not a rules file');
    let n = 0;
    for (const r of doc.rules as Record<string, unknown>[]) {
      if (typeof r.scope !== 'string' || typeof r.label !== 'string' || typeof r.field !== 'string') continue;
      if (!/^[a-zA-Z.]{1,80}$/.test(r.field) || r.label.length > 200 || r.scope.length > 500) continue;
      await this.saveRule({ scope: r.scope, label: r.label, field: r.field });
      n++;
    }
    return n;
  }

  async logFill(entry: Omit<FillLogEntry, 'id'>): Promise<number> {
    return this.#db.add('log', entry);
  }

  async markUndone(id: number): Promise<void> {
    const e = await this.#db.get('log', id);
    if (e) await this.#db.put('log', { ...e, undone: true });
  }

  async listLog(): Promise<FillLogEntry[]> {
    return (await this.#db.getAll('log')).reverse();
  }

  /** The fill log as CSV for the ward's records: time, form, profile id, fields, undone. */
  async exportLog(): Promise<string> {
    const rows = (await this.#db.getAll('log')).map((e) =>
      [new Date(e.at).toISOString(), e.form, e.profileId, String(e.fieldCount), e.undone ? 'hoàn tác' : '']
        .map((v) => `"${v.replace(/"/g, '""')}"`)
        .join(','),
    );
    return ['"thời điểm","biểu mẫu","mã hồ sơ","số trường","ghi chú"', ...rows].join('\r\n');
  }

  close(): void {
    this.#key = undefined;
    this.#db.close();
  }
}
