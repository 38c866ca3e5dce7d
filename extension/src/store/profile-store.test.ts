import { expect } from '@open-wc/testing';
import { openDB } from 'idb';
import { PBKDF2_ITERATIONS } from './crypto.js';
import { type CitizenProfile, ProfileStore, WrongPassphraseError } from './profile-store.js';

const PROFILE: CitizenProfile = {
  idNumber: '049090001234',
  fullName: 'Nguyễn Văn An',
  dateOfBirth: '1990-02-01',
  gender: 'Nam',
  address: 'Tổ 5, Phường Tân Thạnh, Thành phố Tam Kỳ, Quảng Nam',
  phone: '0912345678',
  residence: { province: 'Thành phố Đà Nẵng', commune: 'Phường Bàn Thạch', street: 'Tổ 5' },
};

let n = 0;
const dbName = () => `vault-test-${Date.now()}-${n++}`;

/** Every byte stored in the profiles object store, as text, to look for plaintext. */
async function rawProfiles(name: string): Promise<string> {
  const db = await openDB(name);
  const all = await db.getAll('profiles');
  db.close();
  const decoder = new TextDecoder('utf-8', { fatal: false });
  return all.map((r) => JSON.stringify(r) + decoder.decode(r.data) + decoder.decode(r.iv)).join('\n');
}

describe('ProfileStore', () => {
  it('uses at least 600,000 PBKDF2 iterations by default', async () => {
    expect(PBKDF2_ITERATIONS).to.be.at.least(600_000);
    const name = dbName();
    const store = await ProfileStore.open({ name });
    await store.setPassphrase('mật khẩu dài 123');
    store.close();
    const db = await openDB(name);
    const meta = (await db.get('meta', 'key')) as { iterations: number; wrapped: Uint8Array };
    db.close();
    expect(meta.iterations).to.equal(600_000);
    expect(meta.wrapped.byteLength).to.equal(32 + 16);
  });

  it('stores profiles encrypted: no name, ID number or phone on disk', async () => {
    const name = dbName();
    const store = await ProfileStore.open({ name, iterations: 1000 });
    await store.setPassphrase('correct horse');
    const id = await store.saveProfile(PROFILE);
    const raw = await rawProfiles(name);
    expect(raw).to.include(id);
    for (const secret of ['049090001234', 'Nguyễn', 'Nguyen', '0912345678', 'Bàn Thạch'])
      expect(raw).not.to.include(secret);
    expect((await store.getProfile(id))?.profile).to.deep.equal(PROFILE);
    store.close();
  });

  it('locks, rejects a wrong passphrase and unlocks with the right one', async () => {
    const name = dbName();
    let store = await ProfileStore.open({ name, iterations: 1000 });
    await store.setPassphrase('correct horse');
    await store.saveProfile(PROFILE);
    store.lock();
    expect(store.unlocked).to.equal(false);
    let failed: unknown;
    try {
      await store.listProfiles();
    } catch (e) {
      failed = e;
    }
    expect(String(failed)).to.include('locked');
    store.close();
    store = await ProfileStore.open({ name, iterations: 1000 });
    let wrong: unknown;
    try {
      await store.unlock('wrong horse');
    } catch (e) {
      wrong = e;
    }
    expect(wrong).to.be.instanceOf(WrongPassphraseError);
    expect(store.unlocked).to.equal(false);
    await store.unlock('correct horse');
    const list = await store.listProfiles();
    expect(list.map((p) => p.profile.fullName)).to.deep.equal(['Nguyễn Văn An']);
    store.close();
  });

  it('changes the passphrase without re-encrypting, and wipes on a forgotten one', async () => {
    const name = dbName();
    const store = await ProfileStore.open({ name, iterations: 1000 });
    await store.setPassphrase('first pass');
    await store.saveProfile(PROFILE);
    await store.changePassphrase('first pass', 'second pass');
    store.lock();
    let wrong: unknown;
    try {
      await store.unlock('first pass');
    } catch (e) {
      wrong = e;
    }
    expect(wrong).to.be.instanceOf(WrongPassphraseError);
    await store.unlock('second pass');
    expect((await store.listProfiles()).length).to.equal(1);
    await store.wipe();
    expect(await store.hasPassphrase()).to.equal(false);
    await store.setPassphrase('third pass');
    expect((await store.listProfiles()).length).to.equal(0);
    store.close();
  });

  it('expires unpinned profiles after the configured days', async () => {
    let now = Date.UTC(2026, 10, 1);
    const store = await ProfileStore.open({ name: dbName(), iterations: 1000, now: () => now });
    await store.setPassphrase('correct horse');
    await store.saveSettings({ autoLockMinutes: 10, expiryDays: 7 });
    const keep = await store.saveProfile(PROFILE, { pinned: true });
    await store.saveProfile({ ...PROFILE, fullName: 'Trần Thị Bình' });
    now += 6 * 86_400_000;
    expect((await store.listProfiles()).length).to.equal(2);
    now += 2 * 86_400_000;
    const left = await store.listProfiles();
    expect(left.map((p) => p.id)).to.deep.equal([keep]);
    store.close();
  });

  it('exports and imports profiles encrypted under another passphrase', async () => {
    const a = await ProfileStore.open({ name: dbName(), iterations: 1000 });
    await a.setPassphrase('ward A');
    await a.saveProfile(PROFILE);
    const text = await a.exportProfiles('export pass');
    expect(text).not.to.include('049090001234');
    expect(text).not.to.include('Nguy');
    const b = await ProfileStore.open({ name: dbName(), iterations: 1000 });
    await b.setPassphrase('ward B');
    let wrong: unknown;
    try {
      await b.importProfiles(text, 'bad pass');
    } catch (e) {
      wrong = e;
    }
    expect(wrong).to.be.instanceOf(WrongPassphraseError);
    expect(await b.importProfiles(text, 'export pass')).to.equal(1);
    expect((await b.listProfiles())[0]?.profile.idNumber).to.equal('049090001234');
    a.close();
    b.close();
  });

  it('shares fill rules as JSON and keeps a log of fills without values', async () => {
    const store = await ProfileStore.open({ name: dbName(), iterations: 1000 });
    await store.saveRule({ scope: 'https://dichvucong.gov.vn/', label: 'Số ĐT liên hệ', field: 'phone' });
    const json = await store.exportRules();
    const other = await ProfileStore.open({ name: dbName(), iterations: 1000 });
    expect(await other.importRules(json)).to.equal(1);
    expect((await other.listRules())[0]).to.include({ label: 'Số ĐT liên hệ', field: 'phone' });
    let bad: unknown;
    try {
      await other.importRules('{"rules": 1}');
    } catch (e) {
      bad = e;
    }
    expect(bad).to.be.instanceOf(TypeError);
    const logId = await store.logFill({
      at: Date.UTC(2026, 10, 23),
      form: 'https://dichvucong.gov.vn/p/x',
      profileId: 'p1',
      fieldCount: 5,
    });
    await store.markUndone(logId);
    const csv = await store.exportLog();
    expect(csv).to.include('"2026-11-23T00:00:00.000Z","https://dichvucong.gov.vn/p/x","p1","5","hoàn tác"');
    store.close();
    other.close();
  });
});
