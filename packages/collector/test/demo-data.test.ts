// The demo's lived-in data (src/demo/lived-in.ts): the same rows on every call, in every feedback status,
// six months of ratings in office hours, campaigns running now and one still to come, and correct
// Vietnamese (NFC) in every text a visitor reads.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { livedInDemo } from '../src/demo/lived-in.js';

const now = new Date('2026-12-06T03:00:00Z');
const demo = livedInDemo(now);
const DAY = 86_400_000;

describe('lived-in demo data', () => {
  it('comes out the same on every call, ids included', () => {
    const again = livedInDemo(now);
    assert.deepEqual(
      again.ratings.map((r) => r.id),
      demo.ratings.map((r) => r.id),
    );
    assert.deepEqual(
      again.feedback.map((f) => f.receiptCode),
      demo.feedback.map((f) => f.receiptCode),
    );
    const ids = [...demo.ratings, ...demo.feedback, ...demo.campaigns].map((r) => r.id);
    assert.equal(new Set(ids).size, ids.length, 'ids repeat');
    for (const id of ids) assert.match(id, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('has campaigns running now and one scheduled', () => {
    const t = now.getTime();
    const running = demo.campaigns.filter((c) => c.startsAt.getTime() <= t && c.endsAt.getTime() > t);
    const scheduled = demo.campaigns.filter((c) => c.startsAt.getTime() > t);
    assert.ok(running.length >= 2, `running: ${running.length}`);
    assert.ok(scheduled.length >= 1);
    for (const c of demo.campaigns) assert.ok(c.linkUrl.startsWith('/') && !c.linkUrl.startsWith('//'));
  });

  it('spreads six months of ratings over weekdays in office hours, by procedure and officer', () => {
    assert.ok(demo.ratings.length > 800, `ratings: ${demo.ratings.length}`);
    const oldest = Math.min(...demo.ratings.map((r) => r.createdAt.getTime()));
    assert.ok(now.getTime() - oldest > 170 * DAY && now.getTime() - oldest < 190 * DAY);
    for (const r of demo.ratings) {
      const local = new Date(r.createdAt.getTime() + 7 * 3_600_000);
      assert.notEqual(local.getUTCDay(), 0, 'a rating on a Sunday');
      const minutes = local.getUTCHours() * 60 + local.getUTCMinutes();
      assert.ok(minutes >= 7 * 60 + 30 && minutes <= 17 * 60, `outside office hours: ${local.toISOString()}`);
      assert.ok(r.score >= 1 && r.score <= r.scale);
      assert.ok(r.createdAt.getTime() < now.getTime());
    }
    assert.ok(new Set(demo.ratings.map((r) => r.procedure)).size >= 8);
    const byOfficer = new Map<string, { n: number; happy: number }>();
    for (const r of demo.ratings) {
      const o = byOfficer.get(r.officer) ?? { n: 0, happy: 0 };
      o.n++;
      if (r.score >= r.scale - 1) o.happy++;
      byOfficer.set(r.officer, o);
    }
    const rates = [...byOfficer.values()].map((o) => o.happy / o.n);
    assert.equal(rates.length, 4);
    assert.ok(Math.max(...rates) - Math.min(...rates) > 0.05, 'officers should differ');
    assert.ok(Math.min(...rates) > 0.6 && Math.max(...rates) < 1);
  });

  it('has feedback in every status, answered only when closed, with a history that ends in its status', () => {
    const statuses = new Set(demo.feedback.map((f) => f.status));
    for (const s of ['moi', 'dang-xu-ly', 'da-tra-loi', 'tu-choi']) assert.ok(statuses.has(s), s);
    for (const f of demo.feedback) {
      assert.equal(f.history.at(-1)?.status, f.status);
      assert.equal(f.history[0]?.status, 'moi');
      const closed = f.status === 'da-tra-loi' || f.status === 'tu-choi';
      assert.equal(Boolean(f.answer), closed, f.subject);
      assert.equal(Boolean(f.answeredAt), closed);
      assert.match(f.receiptCode, /^PA-[2-9A-HJKMNP-TV-Z]{6}$/);
      assert.match(f.phone, /^0900\d{6}$/);
    }
  });

  it('writes every text in NFC', () => {
    const texts = [
      ...demo.campaigns.flatMap((c) => [c.title, c.text, c.linkText]),
      ...demo.feedback.flatMap((f) => [f.name, f.subject, f.content, f.answer ?? '']),
      ...demo.ratings.map((r) => r.officer),
    ];
    for (const t of texts) assert.equal(t, t.normalize('NFC'));
  });

  it('counts campaign impressions above clicks on each day', () => {
    const byKey = new Map<string, Record<string, number>>();
    for (const e of demo.events) {
      const k = `${e.campaign} ${e.day}`;
      byKey.set(k, { ...byKey.get(k), [e.type]: e.count });
    }
    assert.ok(byKey.size > 50);
    for (const counts of byKey.values()) assert.ok((counts.impression ?? 0) > (counts.click ?? 0));
  });
});

describe('the demo contest bank', () => {
  it('holds 20 sourced questions, single choice with one right option, multiple with at least one', async () => {
    const { CONTEST_BANK, DEMO_CONTEST } = await import('../src/demo/contest-bank.js');
    assert.equal(CONTEST_BANK.length, 20);
    assert.ok(DEMO_CONTEST.round.questionCount <= CONTEST_BANK.length);
    assert.equal(new Set(CONTEST_BANK.map((q) => q.id)).size, 20);
    for (const q of CONTEST_BANK) {
      const right = q.options.filter((o) => o.correct).length;
      if (q.kind === 'single') assert.equal(right, 1, q.text);
      else assert.ok(right >= 1 && right < q.options.length, q.text);
      assert.ok(q.source.length > 10, `${q.id} has no source`);
      for (const t of [q.text, ...q.options.map((o) => o.text)]) assert.equal(t, t.normalize('NFC'));
    }
  });
});
