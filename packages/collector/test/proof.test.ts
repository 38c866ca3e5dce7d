// Ratings that carry proof (issue 17, finding 8): a counter device staff registered, or the dossier's
// owner (who passed the dossier lookup), vouch for a rating more than an anonymous web page does; the
// published summary counts each kind, and knowing a dossier's code no longer takes its one rating.
// On PGlite and PostgreSQL, through real HTTP.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { DEMO_DOSSIER_PHONE, DEMO_RECEIPT_CODE } from '../src/dossiers/demo.js';
import { call, launch, signIn, storages, useCollector, uuid } from './helpers.js';

for (const storage of storages()) {
  describe(`rating proof on ${storage.name}`, () => {
    const c = useCollector(() => launch(storage));
    let staff: { cookie: string; csrf: string };
    before(async () => {
      staff = await signIn(c.url, c.admin as { email: string; password: string });
    });

    const rate = (over: Record<string, unknown>) =>
      call(c.url, '/api/v1/units/demo/ratings', { body: { id: uuid(), scale: 3, score: 3, ...over } });
    const admin = (path: string, method: string, body?: unknown) =>
      call(c.url, `/api/v1/admin/units/demo${path}`, {
        method,
        ...(body !== undefined && { body }),
        headers: { Cookie: staff.cookie, 'X-CSRF-Token': staff.csrf },
      });
    const byProof = async () =>
      (await call(c.url, '/api/v1/units/demo/ratings/summary?from=2020-01-01&to=2100-12-31')).body.byProof;

    it('counts a registered counter device as the counter, and nothing else', async () => {
      assert.equal((await admin('/kiosks', 'POST', { name: '' })).status, 400);
      const made = await admin('/kiosks', 'POST', { name: 'Quầy 1 — tầng trệt' });
      assert.equal(made.status, 201);
      assert.match(made.body.key, /^kiosk_/);
      const listed = await admin('/kiosks', 'GET');
      assert.deepEqual(
        listed.body.map((k: { name: string }) => k.name),
        ['Quầy 1 — tầng trệt'],
      );
      assert.equal(JSON.stringify(listed.body).includes(made.body.key), false, 'the key is shown once only');
      assert.equal((await rate({ mode: 'kiosk', device: made.body.key })).body.proof, 'kiosk');
      assert.equal((await rate({ mode: 'kiosk', device: `${made.body.key}x` })).body.proof, 'none');
      assert.equal((await rate({ mode: 'kiosk' })).body.proof, 'none');
      assert.equal((await admin(`/kiosks/${made.body.id}`, 'DELETE')).status, 204);
      const revoked = await rate({ mode: 'kiosk', device: made.body.key });
      assert.equal(revoked.status, 201, 'a revoked device still has its rating taken');
      assert.equal(revoked.body.proof, 'none');
      assert.deepEqual(await byProof(), { none: 3, kiosk: 1, dossier: 0 });
    });

    it("lets the dossier's owner take its one rating from whoever sent its code first", async () => {
      // Someone who only knows the code rates it first (in lower case): taken, unproven; again in upper case: 409.
      const squat = await rate({ score: 1, dossier: DEMO_RECEIPT_CODE.toLowerCase() });
      assert.equal(squat.status, 201);
      assert.equal(squat.body.proof, 'none');
      assert.equal((await rate({ score: 1, dossier: DEMO_RECEIPT_CODE })).status, 409);
      // A made-up pass proves nothing.
      assert.equal((await rate({ dossier: DEMO_RECEIPT_CODE, dossierPass: 'A'.repeat(43) })).status, 409);
      // The owner looks the dossier up with the phone's last four digits and gets the pass.
      const found = await call(c.url, '/api/v1/units/demo/dossiers/lookup', {
        body: { code: DEMO_RECEIPT_CODE, phone: DEMO_DOSSIER_PHONE.slice(-4) },
      });
      assert.equal(found.status, 200);
      assert.equal(typeof found.body.ratingPass, 'string');
      const own = await rate({ score: 3, dossier: DEMO_RECEIPT_CODE, dossierPass: found.body.ratingPass });
      assert.equal(own.status, 201);
      assert.equal(own.body.proof, 'dossier');
      // One rating per dossier still: the squatter's is gone, a second proven one is refused.
      assert.equal((await rate({ dossier: DEMO_RECEIPT_CODE, dossierPass: found.body.ratingPass })).status, 409);
      const counts = await byProof();
      assert.equal(counts.dossier, 1);
      assert.equal(counts.none, 3, 'the squatted rating no longer counts');
      const after = await call(c.url, '/api/v1/units/demo/dossiers/lookup', {
        body: { code: DEMO_RECEIPT_CODE, phone: DEMO_DOSSIER_PHONE.slice(-4) },
      });
      assert.equal(after.body.canRate, false);
      assert.equal(after.body.ratingPass, undefined);
    });
  });
}
