import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  createDataKey,
  decryptExport,
  encryptExport,
  open,
  PBKDF2_ITERATIONS,
  seal,
  unwrapDataKey,
  WrongPassphraseError,
} from '../../src/store/crypto.js';

const ITER = 1000; // the format is the same; the default (600,000) is checked in the browser test

describe('vault cryptography', () => {
  it('defaults to at least 600,000 PBKDF2-SHA256 iterations', () => {
    assert.ok(PBKDF2_ITERATIONS >= 600_000);
  });

  it('wraps a random data key: the right passphrase opens it, a wrong one is rejected', async () => {
    const { key, wrapped } = await createDataKey('đúng mật khẩu', ITER);
    assert.equal(key.extractable, false);
    assert.equal(wrapped.salt.byteLength, 16);
    const sealed = await seal(key, { fullName: 'Nguyễn Văn An' }, 'id-1');
    const again = await unwrapDataKey(wrapped, 'đúng mật khẩu');
    assert.deepEqual(await open(again, sealed, 'id-1'), { fullName: 'Nguyễn Văn An' });
    await assert.rejects(unwrapDataKey(wrapped, 'sai mật khẩu'), WrongPassphraseError);
    // NFC and NFD spellings of the same passphrase are the same passphrase.
    await unwrapDataKey(wrapped, 'đúng mật khẩu'.normalize('NFD'));
  });

  it('binds each record to its id, so ciphertexts cannot be swapped between records', async () => {
    const { key } = await createDataKey('pass phrase', ITER);
    const sealed = await seal(key, { idNumber: '049090001234' }, 'record-a');
    await assert.rejects(open(key, sealed, 'record-b'));
    const tampered = { iv: sealed.iv, data: sealed.data.slice() };
    tampered.data[0] = (tampered.data[0] ?? 0) ^ 1;
    await assert.rejects(open(key, tampered, 'record-a'));
  });

  it('uses a fresh IV per record and leaves no plaintext in the ciphertext', async () => {
    const { key } = await createDataKey('pass phrase', ITER);
    const a = await seal(key, { idNumber: '049090001234' }, 'x');
    const b = await seal(key, { idNumber: '049090001234' }, 'x');
    assert.notDeepEqual(a.iv, b.iv);
    assert.notDeepEqual(a.data, b.data);
    assert.ok(!Buffer.from(a.data).toString('latin1').includes('049090001234'));
  });

  it('encrypts exports under their own passphrase', async () => {
    const text = await encryptExport([{ fullName: 'Trần Thị Bình' }], 'xuất tệp', ITER);
    assert.ok(!text.includes('Trần') && !text.includes('Tran'));
    assert.deepEqual(await decryptExport(text, 'xuất tệp'), [{ fullName: 'Trần Thị Bình' }]);
    await assert.rejects(decryptExport(text, 'khác'), WrongPassphraseError);
    await assert.rejects(decryptExport('{"format":"other"}', 'x'), TypeError);
    await assert.rejects(decryptExport('not json', 'x'), TypeError);
  });
});
