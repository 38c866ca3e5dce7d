import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as core from '../src/index.js';

// The outbox runs in browsers (its tests are in test/browser/); core must still load in Node 20.
describe('outbox in Node', () => {
  it('loads with the rest of core and opens no database until used', () => {
    const box = core.createOutbox({ autoFlush: false });
    assert.equal(typeof box.send, 'function');
    box.close();
  });

  it('fails loudly, not silently, where there is no IndexedDB', async () => {
    const box = core.createOutbox({ autoFlush: false });
    await assert.rejects(box.send({ id: 'x', url: 'http://127.0.0.1:9/', body: {}, kind: 'rating' }));
    box.close();
  });
});
