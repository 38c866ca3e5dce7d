/**
 * The demo unit's contest (`/cuoc-thi` on the demo site): the sourced 20-question bank, a round open now
 * (10 drawn, 10 minutes), and, for a demo that looks lived in, an earlier round already closed with
 * invented participants and its results published. Idempotent: seeding again adds nothing, except a
 * fresh open round once the last one has closed.
 */
import type { Kysely } from 'kysely';
import { CONTEST_BANK, DEMO_CONTEST } from '../demo/contest-bank.js';
import { namedUuid } from '../demo/named-uuid.js';
import { startAttempt, submitAttempt } from './attempts.js';
import { addRound, replaceBank, saveContest } from './manage.js';
import type { Database } from '../storage/schema.js';

type Db = Kysely<Database>;
const DAY = 86_400_000;

const bank = () =>
  CONTEST_BANK.map((q, i) => ({
    id: q.id,
    position: i + 1,
    text: q.text,
    kind: q.kind,
    options: q.options,
    source: q.source,
  }));

/** A small deterministic random sequence for the invented participants' answers. */
function seeded(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1_103_515_245 + 12_345) % 2 ** 31;
    return s / 2 ** 31;
  };
}

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Huỳnh'];
const MIDDLE = ['Văn', 'Thị', 'Minh', 'Ngọc', 'Hữu', 'Thanh', 'Quốc', 'Thu'];
const GIVEN = [
  'An',
  'Bình',
  'Chi',
  'Dũng',
  'Hà',
  'Hải',
  'Hạnh',
  'Khoa',
  'Lan',
  'Long',
  'Mai',
  'Nam',
  'Phúc',
  'Quân',
  'Tâm',
  'Thảo',
  'Trang',
  'Tuấn',
  'Vy',
  'Yến',
];

const IDEAS = [
  'Đề nghị phường gửi tin nhắn khi hồ sơ có kết quả, đỡ phải đi lại hỏi.',
  'Nên mở điểm hỗ trợ làm thủ tục trực tuyến vào buổi tối ở nhà văn hóa tổ dân phố.',
  'Đề nghị in mã QR tra cứu hồ sơ trên giấy biên nhận.',
  'Cần hướng dẫn người cao tuổi kích hoạt tài khoản định danh điện tử mức 2.',
];

export async function seedDemoContest(db: Db, unit: string, now: Date, livedIn: boolean): Promise<void> {
  const slug = DEMO_CONTEST.slug;
  await saveContest(db, unit, {
    slug,
    title: DEMO_CONTEST.title,
    rules: DEMO_CONTEST.rules,
    prediction: DEMO_CONTEST.prediction,
    ideas: DEMO_CONTEST.ideas,
    requireIdNumber: DEMO_CONTEST.requireIdNumber,
    places: DEMO_CONTEST.places,
    attemptsPerRound: 3,
  });
  const r = DEMO_CONTEST.round;
  const latest = await db
    .selectFrom('contest_rounds')
    .select(['id', 'closes_at'])
    .where('unit', '=', unit)
    .where('contest', '=', slug)
    .orderBy('closes_at', 'desc')
    .executeTakeFirst();

  if (livedIn && !latest) await seedPastRound(db, unit, slug, now);
  if (!latest || latest.closes_at.getTime() <= now.getTime()) {
    const count = await db
      .selectFrom('contest_rounds')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('unit', '=', unit)
      .where('contest', '=', slug)
      .executeTakeFirstOrThrow();
    const id = await addRound(db, unit, slug, {
      title: `Đợt ${Number(count.n) + 1}`,
      questionCount: r.questionCount,
      durationMinutes: r.durationMinutes,
      opensAt: new Date(now.getTime() - r.opensDaysAgo * DAY),
      closesAt: new Date(now.getTime() + r.closesInDays * DAY),
    });
    await replaceBank(db, id, bank());
  }
}

/** A round that closed a week ago, with 36 invented participants, published. */
async function seedPastRound(db: Db, unit: string, slug: string, now: Date): Promise<void> {
  const opensAt = new Date(now.getTime() - 21 * DAY);
  const closesAt = new Date(now.getTime() - 7 * DAY);
  const id = await addRound(
    db,
    unit,
    slug,
    { title: 'Đợt 1', questionCount: 10, durationMinutes: 10, opensAt, closesAt },
    namedUuid(`${unit}:${slug}:past`),
  );
  await replaceBank(db, id, bank());
  const random = seeded(2026);
  const key = new Map(CONTEST_BANK.map((q) => [q.id, q.options.filter((o) => o.correct).map((o) => o.id)]));
  for (let i = 0; i < 36; i++) {
    const started = new Date(opensAt.getTime() + (i + 0.5) * ((closesAt.getTime() - opensAt.getTime()) / 37));
    const name = `${FAMILY[i % FAMILY.length]} ${MIDDLE[(i * 3) % MIDDLE.length]} ${GIVEN[(i * 7) % GIVEN.length]}`;
    const attempt = await startAttempt(
      db,
      unit,
      slug,
      {
        id: namedUuid(`${unit}:${slug}:past:${i}`),
        fullName: name,
        birthYear: 1950 + Math.floor(random() * 56),
        phone: `0900${String(100_000 + i * 7919).slice(-6)}`,
        place: DEMO_CONTEST.places[Math.floor(random() * DEMO_CONTEST.places.length)] as string,
      },
      started,
    );
    // Most answer most questions right; a few make mistakes.
    const answers = Object.fromEntries(
      attempt.questions.map((q) => {
        const right = key.get(q.id) ?? [];
        const wrong = q.options.find((o) => !right.includes(o.id))?.id;
        return [q.id, random() < 0.82 || !wrong ? right : [wrong]];
      }),
    );
    const took = (3 + random() * 6.5) * 60_000;
    await submitAttempt(
      db,
      unit,
      slug,
      attempt.id,
      {
        token: attempt.token,
        answers,
        prediction: Math.floor(random() * 20),
        ...(i % 9 === 0 && { idea: IDEAS[(i / 9) % IDEAS.length] }),
      },
      new Date(started.getTime() + took),
    );
  }
  await db
    .updateTable('contest_rounds')
    .set({ published_at: new Date(closesAt.getTime() + DAY) })
    .where('id', '=', id)
    .execute();
}
