// Feedback (PAKN) through HTTP: receipts, replays and the follow-up, refusals, the no-JavaScript form, the honeypot, and the staff workflow.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { call, feedbackBody, launchApi, signIn, storages, useCollector } from './helpers.js';

const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a2dd3ae70000000049454e44ae426082',
  'hex',
);

for (const storage of storages()) {
  describe(`feedback API on ${storage.name}`, () => {
    const c = useCollector(() => launchApi(storage));
    let base = '';
    let cookie = '';
    let csrf = '';
    before(async () => {
      base = c.url;
      ({ cookie, csrf } = await signIn(base, c.admin));
    });

    it('takes feedback with a receipt code, replays it, and looks it up only with the right phone', async () => {
      const body = feedbackBody();
      const first = await call(base, '/api/v1/units/demo/feedback', { body });
      assert.equal(first.status, 201);
      assert.match(first.body.receiptCode, /^PA-[2-9A-HJKMNP-TV-Z]{6}$/);
      const again = await call(base, '/api/v1/units/demo/feedback', { body });
      assert.equal(again.status, 200);
      assert.equal(again.body.receiptCode, first.body.receiptCode);
      const code = first.body.receiptCode.toLowerCase().replace('-', ' ');
      const found = await call(
        base,
        `/api/v1/feedback/${encodeURIComponent(code)}?phone=${encodeURIComponent('+84 912 345 678')}`,
      );
      assert.equal(found.status, 200);
      assert.equal(found.body.status, 'moi');
      assert.equal((await call(base, `/api/v1/feedback/${first.body.receiptCode}?phone=0900000000`)).status, 404);
      const stored = await c.db.query<{ phone: string; consent_at: Date }>(
        'SELECT phone, consent_at FROM feedback WHERE id = $1',
        [body.id],
      );
      assert.equal(stored[0]?.phone, '0912345678');
      assert.ok(stored[0]?.consent_at);
    });

    it('refuses feedback without consent, sent too fast, or with a disguised attachment', async () => {
      assert.equal(
        (await call(base, '/api/v1/units/demo/feedback', { body: feedbackBody({ consent: false }) })).body.fields
          .consent !== undefined,
        true,
      );
      const fast = await call(base, '/api/v1/units/demo/feedback', {
        body: feedbackBody({ startedAt: new Date().toISOString() }),
      });
      assert.equal(fast.status, 400);
      const exe = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(100)]).toString('base64');
      const disguised = await call(base, '/api/v1/units/demo/feedback', {
        body: feedbackBody({ attachments: [{ name: 'anh.jpg', type: 'image/jpeg', data: exe }] }),
      });
      assert.equal(disguised.status, 415);
      assert.ok(disguised.body.fields['attachments.0'].vi.includes('anh.jpg'));
      const png = await call(base, '/api/v1/units/demo/feedback', {
        body: feedbackBody({ attachments: [{ name: 'anh.png', type: 'image/png', data: PNG.toString('base64') }] }),
      });
      assert.equal(png.status, 201);
    });

    it('takes the no-JavaScript form: 303 to an HTML receipt, errors as an HTML list, scripts shown as text', async () => {
      const site = 'http://127.0.0.1:8080';
      const post = (fields: Record<string, string>, headers: Record<string, string> = {}) =>
        fetch(`${base}/api/v1/units/demo/feedback`, {
          method: 'POST',
          redirect: 'manual',
          headers: { Origin: site, Referer: `${site}/gop-y`, ...headers },
          body: new URLSearchParams(fields),
        });
      const good = {
        name: '<script>alert(1)</script> Phạm Văn Bình',
        phone: '0283 812 3456',
        content: 'Đề nghị mở thêm quầy tiếp nhận vào sáng thứ Bảy.',
        consent: 'true',
        website: '',
      };
      const sent = await post(good);
      assert.equal(sent.status, 303);
      const location = new URL(sent.headers.get('location') ?? '', base);
      const code = location.searchParams.get('code') ?? '';
      assert.match(code, /^PA-[2-9A-HJKMNP-TV-Z]{6}$/);
      const stored = await c.db.query<{ name: string; phone: string }>(
        'SELECT name, phone FROM feedback WHERE receipt_code = $1',
        [code],
      );
      assert.deepEqual(stored, [{ name: good.name, phone: '02838123456' }]);
      const receipt = await fetch(location);
      assert.equal(receipt.status, 200);
      assert.match(receipt.headers.get('content-type') ?? '', /^text\/html/);
      assert.match(receipt.headers.get('content-security-policy') ?? '', /default-src 'none'/);
      const html = await receipt.text();
      assert.ok(html.includes(`<strong class="code">${code}</strong>`));
      assert.ok(html.includes(`href="${site}/gop-y"`), 'links back to the allowed ward page');

      // Missing consent and a phone of letters: 400, each error listed in Vietnamese, nothing stored.
      const before = (await c.db.query('SELECT 1 FROM feedback')).length;
      const bad = await post({ ...good, phone: 'không có số', consent: '' });
      assert.equal(bad.status, 400);
      const page = await bad.text();
      assert.ok(page.includes('<h1>Chưa gửi được phản ánh</h1>'));
      assert.ok(page.includes('Số điện thoại: '));
      assert.ok(page.includes('Đồng ý xử lý dữ liệu cá nhân: '));
      assert.ok(!page.includes('<script>'));
      assert.equal((await c.db.query('SELECT 1 FROM feedback')).length, before);

      // A site not on the unit's allow-list cannot post; a filled honeypot is answered and dropped.
      assert.equal((await post(good, { Origin: 'https://evil.example' })).status, 403);
      assert.equal((await post({ ...good, website: 'http://spam.example' })).status, 303);
      assert.equal((await c.db.query('SELECT 1 FROM feedback')).length, before);
      // A form that says when it was opened gets the fill-time check.
      assert.equal((await post({ ...good, startedAt: new Date().toISOString() })).status, 400);
      assert.equal((await fetch(`${base}/api/v1/units/demo/feedback/receipt?code=nonsense`)).status, 404);
    });

    it('answers bots filling the honeypot as if accepted, and keeps nothing', async () => {
      const body = feedbackBody({ website: 'http://spam.example' });
      const r = await call(base, '/api/v1/units/demo/feedback', { body });
      assert.equal(r.status, 201);
      assert.equal((await c.db.query('SELECT 1 FROM feedback WHERE id = $1', [body.id])).length, 0);
    });

    it('moves feedback through the workflow only along allowed steps', async () => {
      const fb = await call(base, '/api/v1/units/demo/feedback', { body: feedbackBody() });
      const [{ id } = { id: '' }] = await c.db.query<{ id: string }>(
        'SELECT id::text FROM feedback WHERE receipt_code = $1',
        [fb.body.receiptCode],
      );
      const h = { Cookie: cookie, 'X-CSRF-Token': csrf };
      const skip = await call(base, `/api/v1/admin/units/demo/feedback/${id}`, {
        body: { status: 'da-tra-loi', answer: 'Đã xử lý' },
        headers: h,
      });
      assert.equal(skip.status, 400);
      assert.equal(
        (await call(base, `/api/v1/admin/units/demo/feedback/${id}`, { body: { status: 'dang-xu-ly' }, headers: h }))
          .status,
        200,
      );
      const noAnswer = await call(base, `/api/v1/admin/units/demo/feedback/${id}`, {
        body: { status: 'da-tra-loi' },
        headers: h,
      });
      assert.equal(noAnswer.body.fields.answer.vi.length > 0, true);
      assert.equal(
        (
          await call(base, `/api/v1/admin/units/demo/feedback/${id}`, {
            body: { status: 'da-tra-loi', answer: 'Đã niêm yết.' },
            headers: h,
          })
        ).status,
        200,
      );
    });
  });
}
