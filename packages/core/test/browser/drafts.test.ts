// The draft store in real Chromium IndexedDB: saves, reloads from a second store (a page reload),
// overwrites, removes, and keeps units apart.
import { expect } from '@open-wc/testing';
import { createDraftStore } from '../../src/drafts/index.js';

describe('createDraftStore', () => {
  let name = '';
  beforeEach(() => {
    name = `drafts-test-${crypto.randomUUID()}`;
  });

  it('returns nothing for a key never saved', async () => {
    expect(await createDraftStore(name).load('feedback:demo')).to.equal(undefined);
  });

  it('keeps what was saved for a fresh store on the same database, as after a reload', async () => {
    const before = Date.now();
    await createDraftStore(name).save('feedback:demo', { values: { content: 'Thiếu ghế chờ 🪑' }, publish: true });
    const draft = await createDraftStore(name).load<{ values: { content: string }; publish: boolean }>('feedback:demo');
    expect(draft?.data.values.content).to.equal('Thiếu ghế chờ 🪑');
    expect(draft?.data.publish).to.equal(true);
    expect(draft?.savedAt).to.be.at.least(before);
  });

  it('overwrites on save, removes on discard, and keeps other keys', async () => {
    const store = createDraftStore(name);
    await store.save('feedback:demo', { n: 1 });
    await store.save('feedback:demo', { n: 2 });
    await store.save('feedback:other', { n: 9 });
    expect((await store.load<{ n: number }>('feedback:demo'))?.data.n).to.equal(2);
    await store.remove('feedback:demo');
    expect(await store.load('feedback:demo')).to.equal(undefined);
    expect((await store.load<{ n: number }>('feedback:other'))?.data.n).to.equal(9);
  });

  it('lets the database be deleted while open, and reopens on next use', async () => {
    const store = createDraftStore(name);
    await store.save('k', { a: 1 });
    await new Promise((resolve, reject) => {
      const req = indexedDB.deleteDatabase(name);
      req.onsuccess = resolve;
      req.onerror = reject;
      req.onblocked = () => reject(new Error('blocked: the store did not let go'));
    });
    expect(await store.load('k')).to.equal(undefined);
    await store.save('k', { a: 2 });
    expect((await store.load<{ a: number }>('k'))?.data.a).to.equal(2);
  });
});
