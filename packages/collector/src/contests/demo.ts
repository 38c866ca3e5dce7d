/**
 * The demo's contests: the demo ward's own (`/cuoc-thi` on the demo site) and its city's, run for both
 * demo wards. Each has the sourced 20-question bank, a round open now (10 drawn, 10 minutes), and, for a
 * demo that looks lived in, an earlier round already closed with invented participants (the city's
 * spread over its wards) and its results published. Idempotent: seeding again adds nothing, except a
 * fresh open round once the last one has closed.
 */
import type { Kysely } from 'kysely';
import { CONTEST_BANK, DEMO_CONTEST, DEMO_PROVINCE_CONTEST } from '../demo/contest-bank.js';
import { namedUuid } from '../demo/named-uuid.js';
import { startAttempt } from './attempts.js';
import { submitAttempt } from './submissions.js';
import { addRound, replaceBank, saveContest } from './manage.js';
import { provinceOwner, type Ward } from './owner.js';
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

type DemoContest = typeof DEMO_CONTEST & { attemptsPerRound?: number };

/** The demo ward's contest. */
export async function seedDemoContest(db: Db, unit: string, now: Date, livedIn: boolean): Promise<void> {
  await seedContest(db, DEMO_CONTEST, unit, [{ code: unit, province: null }], now, livedIn);
}

/** The demo city's contest, open to `wards` (the demo wards of the province). */
export async function seedDemoProvinceContest(
  db: Db,
  province: string,
  wards: string[],
  now: Date,
  livedIn: boolean,
): Promise<void> {
  const through = wards.map((code) => ({ code, province }));
  await seedContest(db, DEMO_PROVINCE_CONTEST, provinceOwner(province), through, now, livedIn, province);
}

/** A contest of `owner`; the invented past participants register through `wards` in turn. */
async function seedContest(
  db: Db,
  def: DemoContest,
  owner: string,
  wards: Ward[],
  now: Date,
  livedIn: boolean,
  province?: string,
): Promise<void> {
  const slug = def.slug;
  await saveContest(
    db,
    owner,
    {
      slug,
      title: def.title,
      rules: def.rules,
      prediction: def.prediction,
      ideas: def.ideas,
      requireIdNumber: def.requireIdNumber,
      places: def.places,
      attemptsPerRound: def.attemptsPerRound ?? 3,
    },
    province,
  );
  const r = def.round;
  const latest = await db
    .selectFrom('contest_rounds')
    .select(['id', 'closes_at'])
    .where('unit', '=', owner)
    .where('contest', '=', slug)
    .orderBy('closes_at', 'desc')
    .executeTakeFirst();

  if (livedIn && !latest) await seedPastRound(db, owner, wards, slug, now);
  if (!latest || latest.closes_at.getTime() <= now.getTime()) {
    const count = await db
      .selectFrom('contest_rounds')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('unit', '=', owner)
      .where('contest', '=', slug)
      .executeTakeFirstOrThrow();
    const id = await addRound(db, owner, slug, {
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
async function seedPastRound(db: Db, unit: string, wards: Ward[], slug: string, now: Date): Promise<void> {
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
    const through = wards[i % wards.length] as Ward;
    const attempt = await startAttempt(
      db,
      through,
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
      through,
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
