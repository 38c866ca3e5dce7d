/**
 * Puts the lived-in demo (lived-in.ts) into the demo unit: six months of ratings, feedback in every
 * status with its history, campaign counts on the first start; the campaigns on every start, their
 * dates moved to now, so the banner always has one running and one scheduled.
 */
import type { Db } from '../storage/database.js';
import { livedInDemo } from './lived-in.js';

export async function seedLivedIn(db: Db, unit: string, now: Date, seed?: number): Promise<void> {
  const demo = livedInDemo(now, 6, seed);
  await db.tx(async ({ kysely }) => {
    for (const c of demo.campaigns) {
      const dates = { starts_at: c.startsAt, ends_at: c.endsAt };
      await kysely
        .insertInto('campaigns')
        .values({
          id: c.id,
          unit,
          title: c.title,
          text: c.text,
          link_url: c.linkUrl,
          link_text: c.linkText,
          priority: c.priority,
          target_pages: c.targetPages,
          ...dates,
        })
        .onConflict((oc) => oc.column('id').doUpdateSet(dates))
        .execute();
    }
    const seeded = await kysely.selectFrom('ratings').select('id').where('unit', '=', unit).limit(1).executeTakeFirst();
    if (seeded) return;
    for (let i = 0; i < demo.ratings.length; i += 500)
      await kysely
        .insertInto('ratings')
        .values(
          demo.ratings.slice(i, i + 500).map((r) => ({
            id: r.id,
            unit,
            scale: r.scale,
            score: r.score,
            mode: r.mode,
            criteria: r.criteria ? JSON.stringify(r.criteria) : null,
            comment: null,
            procedure: r.procedure,
            dossier: null,
            officer: r.officer,
            created_at: r.createdAt,
          })),
        )
        .onConflict((oc) => oc.column('id').doNothing())
        .execute();
    for (const f of demo.feedback) {
      await kysely
        .insertInto('feedback')
        .values({
          id: f.id,
          unit,
          receipt_code: f.receiptCode,
          name: f.name,
          phone: f.phone,
          email: null,
          address: null,
          subject: f.subject,
          content: f.content,
          procedure: f.procedure,
          consent_at: f.createdAt,
          publish_consent: f.publishConsent,
          status: f.status,
          answer: f.answer,
          answered_at: f.answeredAt,
          created_at: f.createdAt,
        })
        .onConflict((oc) => oc.column('id').doNothing())
        .execute();
      for (const h of f.history)
        await kysely
          .insertInto('feedback_history')
          .values({ feedback_id: f.id, status: h.status, note: h.note, actor: h.actor, at: h.at })
          .execute();
    }
    for (const e of demo.events)
      await kysely
        .insertInto('event_counts')
        .values({ unit, campaign: e.campaign, widget: e.widget, day: e.day, type: e.type, count: e.count })
        .onConflict((oc) => oc.columns(['unit', 'campaign', 'widget', 'day', 'type']).doNothing())
        .execute();
  });
}
