/**
 * What the demo unit holds on first start so that a ward deciding whether to adopt motcua sees what it
 * would get: campaigns running now and one scheduled, six months of ratings with a believable spread by
 * procedure and officer, feedback in every status with answers, and campaign impressions and clicks.
 * Pure data, made from a fixed seed: the same call gives the same rows (and the same ids), so seeding
 * twice stores nothing twice. Every person here is invented; phone numbers are in the unassigned 0900…
 * range.
 */
import { RECEIPT_ALPHABET } from '../feedback/receipt.js';

export interface DemoCampaign {
  id: string;
  title: string;
  text: string;
  linkUrl: string;
  linkText: string;
  startsAt: Date;
  endsAt: Date;
  priority: number;
  targetPages: string[] | null;
}

export interface DemoRating {
  id: string;
  scale: 3 | 5;
  score: number;
  mode: 'quick' | 'full' | 'kiosk';
  criteria: Record<string, number> | null;
  procedure: string;
  officer: string;
  createdAt: Date;
}

export interface DemoFeedbackStep {
  status: string;
  note: string | null;
  actor: string;
  at: Date;
}

export interface DemoFeedback {
  id: string;
  receiptCode: string;
  name: string;
  phone: string;
  subject: string;
  content: string;
  procedure: string | null;
  status: string;
  answer: string | null;
  answeredAt: Date | null;
  createdAt: Date;
  publishConsent: boolean;
  history: DemoFeedbackStep[];
}

export interface DemoEventCount {
  campaign: string;
  widget: string;
  day: string;
  type: 'impression' | 'click' | 'dismiss';
  count: number;
}

export interface LivedInDemo {
  campaigns: DemoCampaign[];
  ratings: DemoRating[];
  feedback: DemoFeedback[];
  events: DemoEventCount[];
}

const DAY = 86_400_000;

/** Small, seeded generator (mulberry32): the demo must come out the same on every machine. */
function generator(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)] as T;
  /** Picks by weight: [[value, weight], ...]. */
  const weighted = <T>(items: readonly (readonly [T, number])[]) => {
    const total = items.reduce((sum, [, w]) => sum + w, 0);
    let roll = next() * total;
    for (const [value, w] of items) {
      roll -= w;
      if (roll < 0) return value;
    }
    return items[items.length - 1]?.[0] as T;
  };
  const hex = (length: number) => Array.from({ length }, () => int(0, 15).toString(16)).join('');
  /** A version-4-shaped UUID drawn from the seed, so ids repeat from one seeding to the next. */
  const uuid = () => `${hex(8)}-${hex(4)}-4${hex(3)}-${pick(['8', '9', 'a', 'b'])}${hex(3)}-${hex(12)}`;
  return { next, int, pick, weighted, uuid };
}

/** The procedures a ward serves most, with how often each is rated (codes from the shipped catalogue). */
const PROCEDURES: readonly (readonly [string, number])[] = [
  ['2.000815', 30], // Chứng thực bản sao từ bản chính
  ['1.001193', 18], // Đăng ký khai sinh
  ['1.004222', 12], // Đăng ký thường trú
  ['1.004194', 9], // Đăng ký tạm trú
  ['1.004873', 9], // Cấp Giấy xác nhận tình trạng hôn nhân
  ['1.000894', 6], // Đăng ký kết hôn
  ['2.000635', 6], // Cấp bản sao trích lục hộ tịch
  ['1.000656', 4], // Đăng ký khai tử
  ['local:bao-tro-xa-hoi-tro-cap-hang-thang', 4], // Trợ cấp xã hội hằng tháng
  ['2.000575', 2], // Hộ kinh doanh
];

/** Officers at the one-stop counter, with how satisfied their citizens tend to be (0…1). */
const OFFICERS: readonly (readonly [string, number])[] = [
  ['Trần Thị Mai', 0.93],
  ['Lê Văn Hùng', 0.86],
  ['Phạm Ngọc Ánh', 0.9],
  ['Võ Minh Tuấn', 0.78],
];

const CRITERIA = ['thoi-gian', 'so-lan-lien-he', 'so-co-quan', 'cong-khai', 'thai-do', 'ket-qua', 'phi', 'truc-tuyen'];

const CAMPAIGNS = [
  {
    title: 'Nộp hồ sơ trực tuyến, nhận kết quả tại nhà',
    text: 'Từ tháng 12, phường nhận hồ sơ chứng thực và hộ tịch trên Cổng Dịch vụ công quốc gia. Tổ công nghệ số cộng đồng hỗ trợ miễn phí tại nhà văn hóa các tổ dân phố vào tối thứ Ba và thứ Năm.',
    linkUrl: '/thu-tuc',
    linkText: 'Tra cứu thủ tục',
    from: -20,
    to: 40,
    priority: 2,
    targetPages: null,
  },
  {
    title: 'Kích hoạt tài khoản định danh điện tử mức 2',
    text: 'Mang theo thẻ căn cước gắn chip và điện thoại đến Bộ phận Một cửa để được hướng dẫn kích hoạt VNeID trong 10 phút.',
    linkUrl: '/nhung-tien-ich',
    linkText: 'Xem điểm hỗ trợ',
    from: -45,
    to: 15,
    priority: 1,
    targetPages: null,
  },
  {
    title: 'Đánh giá chất lượng phục vụ của Bộ phận Một cửa',
    text: 'Ý kiến của ông/bà giúp phường cải thiện thủ tục hành chính. Đánh giá chỉ mất một phút, không cần để lại thông tin cá nhân.',
    linkUrl: '/danh-gia',
    linkText: 'Đánh giá ngay',
    from: -10,
    to: 50,
    priority: 0,
    targetPages: ['/thu-tuc', '/thu-tuc/*'],
  },
  {
    title: 'Cuộc thi trực tuyến tìm hiểu cải cách hành chính năm 2027',
    text: 'Cuộc thi dành cho mọi người dân trên địa bàn phường, với 3 đợt thi từ tháng 1 đến tháng 3 năm 2027.',
    linkUrl: '/',
    linkText: 'Xem thể lệ',
    from: 25,
    to: 110,
    priority: 1,
    targetPages: null,
  },
] as const;

const CITIZENS = [
  'Nguyễn Thị Hoa',
  'Trần Văn Nam',
  'Lê Thị Thu Hà',
  'Phạm Văn Đức',
  'Hoàng Thị Lan',
  'Đặng Quốc Bảo',
  'Bùi Thị Ngọc',
  'Huỳnh Văn Tài',
];

/** Feedback as citizens write it, each with the answer staff gave (or the reason it was refused). */
const FEEDBACK = [
  {
    subject: 'Thời gian chờ chứng thực buổi sáng',
    content: 'Sáng thứ Hai tôi chờ gần một tiếng để chứng thực bản sao. Đề nghị phường bố trí thêm người vào đầu tuần.',
    procedure: '2.000815',
    answer: 'Từ tuần sau, phường bố trí thêm một cán bộ chứng thực vào sáng thứ Hai và thứ Ba. Cảm ơn ông/bà đã góp ý.',
  },
  {
    subject: 'Hướng dẫn khai sinh trực tuyến',
    content:
      'Tôi không biết cách đính kèm giấy chứng sinh khi đăng ký khai sinh trên Cổng Dịch vụ công. Xin hướng dẫn cụ thể.',
    procedure: '1.001193',
    answer:
      'Ông/bà chụp rõ hai mặt giấy chứng sinh và tải lên ở mục "Thành phần hồ sơ". Tổ công nghệ số cộng đồng có thể hỗ trợ tại nhà, gọi 0236 3xxx xxx.',
  },
  {
    subject: 'Đèn đường tổ 5 bị hỏng',
    content: 'Đèn chiếu sáng đầu hẻm tổ 5 hỏng đã hai tuần, buổi tối rất tối, người già đi lại khó khăn.',
    procedure: null,
    answer: 'Phường đã chuyển phản ánh đến đơn vị quản lý chiếu sáng; đèn đã được thay ngày hôm qua.',
  },
  {
    subject: 'Niêm yết phí chứng thực',
    content: 'Bảng niêm yết phí chứng thực tại Bộ phận Một cửa bị che khuất, đề nghị đặt ở chỗ dễ nhìn hơn.',
    procedure: '2.000815',
    answer: 'Phường đã chuyển bảng niêm yết ra cạnh quầy tiếp nhận và đăng bảng phí trên trang thông tin điện tử.',
  },
  {
    subject: 'Đăng ký thường trú cho con',
    content: 'Tôi muốn đăng ký thường trú cho con mới sinh vào hộ của ông bà nội thì cần những giấy tờ gì?',
    procedure: '1.004222',
    answer:
      'Ông/bà cần tờ khai CT01, văn bản đồng ý của chủ hộ và giấy khai sinh của cháu; có thể nộp trực tuyến qua ứng dụng VNeID.',
  },
  {
    subject: 'Thái độ tiếp dân',
    content: 'Cán bộ tiếp nhận hướng dẫn tận tình, giải thích rõ từng giấy tờ. Tôi rất hài lòng.',
    procedure: '1.004873',
    answer: 'Cảm ơn ông/bà đã ghi nhận. Phường sẽ tiếp tục nâng cao chất lượng phục vụ.',
  },
  {
    subject: 'Quảng cáo dịch vụ',
    content: 'Nhận làm hồ sơ nhanh, liên hệ ...',
    procedure: null,
    answer: 'Nội dung không phải phản ánh, kiến nghị về thủ tục hành chính.',
  },
  {
    subject: 'Giờ làm việc thứ Bảy',
    content: 'Đề nghị phường mở cửa Bộ phận Một cửa sáng thứ Bảy để người đi làm có thể nộp hồ sơ.',
    procedure: null,
    answer: null,
  },
] as const;

/** The steps a submission in each status has been through. */
const PATHS: Record<string, readonly string[]> = {
  moi: ['moi'],
  'dang-xu-ly': ['moi', 'dang-xu-ly'],
  'da-tra-loi': ['moi', 'dang-xu-ly', 'da-tra-loi'],
  'tu-choi': ['moi', 'tu-choi'],
};

const VIETNAM_OFFSET = 7 * 3_600_000;
const isoDay = (t: number) => new Date(t + VIETNAM_OFFSET).toISOString().slice(0, 10);
/** The UTC instant of midnight in Vietnam on the day that holds `t`. */
const vietnamMidnight = (t: number) => Math.floor((t + VIETNAM_OFFSET) / DAY) * DAY - VIETNAM_OFFSET;

function receiptCode(rand: ReturnType<typeof generator>): string {
  let code = 'PA-';
  for (let i = 0; i < 6; i++) code += rand.pick([...RECEIPT_ALPHABET]);
  return code;
}

/** The demo's rows for the moment `now`, from a fixed seed (another seed: another ward's rows and ids). */
export function livedInDemo(now: Date, months = 6, seed = 20_251_206): LivedInDemo {
  const rand = generator(seed);
  const today = now.getTime();

  const campaigns: DemoCampaign[] = CAMPAIGNS.map((c) => ({
    id: rand.uuid(),
    title: c.title,
    text: c.text,
    linkUrl: c.linkUrl,
    linkText: c.linkText,
    startsAt: new Date(today + c.from * DAY),
    endsAt: new Date(today + c.to * DAY),
    priority: c.priority,
    targetPages: c.targetPages ? [...c.targetPages] : null,
  }));

  const ratings: DemoRating[] = [];
  const days = Math.round(months * 30.5);
  for (let d = days; d >= 1; d--) {
    const day = today - d * DAY;
    const weekday = new Date(day + VIETNAM_OFFSET).getUTCDay();
    if (weekday === 0) continue; // the counter is closed on Sundays
    const count = weekday === 6 ? rand.int(0, 3) : rand.int(4, 14);
    for (let i = 0; i < count; i++) {
      const [officer, satisfaction] = rand.pick(OFFICERS);
      const mode = rand.weighted([
        ['quick', 6],
        ['kiosk', 3],
        ['full', 1],
      ] as const);
      const scale = mode === 'full' ? 5 : 3;
      const happy = rand.next() < satisfaction;
      const score = happy ? scale - (rand.next() < 0.25 ? 1 : 0) : rand.int(1, scale - 2);
      const criteria =
        mode === 'full'
          ? Object.fromEntries(
              CRITERIA.map((id) => [
                id,
                happy
                  ? rand.weighted([
                      [2, 8],
                      [1, 2],
                    ] as const)
                  : rand.int(0, 1),
              ]),
            )
          : null;
      // Minutes after 07:00 in Vietnam: office hours 07:30–11:30 and 13:30–17:00.
      const minute = rand.next() < 0.6 ? rand.int(30, 270) : rand.int(390, 600);
      ratings.push({
        id: rand.uuid(),
        scale,
        score,
        mode,
        criteria,
        procedure: rand.weighted(PROCEDURES),
        officer,
        createdAt: new Date(vietnamMidnight(day) + (7 * 60 + minute) * 60_000),
      });
    }
  }

  const feedback: DemoFeedback[] = FEEDBACK.map((f, i) => {
    const createdAt = new Date(today - (2 + i * 9) * DAY - rand.int(0, 8) * 3_600_000);
    const name = CITIZENS[i % CITIZENS.length] as string;
    const status = i === 6 ? 'tu-choi' : f.answer === null ? 'moi' : i === 2 ? 'dang-xu-ly' : 'da-tra-loi';
    const history: DemoFeedbackStep[] = (PATHS[status] ?? ['moi']).map((step, n) => ({
      status: step,
      note: step === 'dang-xu-ly' ? 'Chuyển cán bộ phụ trách' : null,
      actor: n === 0 ? 'citizen' : 'staff',
      at: new Date(createdAt.getTime() + n * 1.5 * DAY),
    }));
    const closed = status === 'da-tra-loi' || status === 'tu-choi';
    return {
      id: rand.uuid(),
      receiptCode: receiptCode(rand),
      name,
      phone: `0900${String(100_000 + i * 7_919).slice(0, 6)}`,
      subject: f.subject,
      content: f.content,
      procedure: f.procedure,
      status,
      answer: closed ? f.answer : null,
      answeredAt: closed ? (history[history.length - 1]?.at ?? null) : null,
      createdAt,
      publishConsent: i % 2 === 0,
      history,
    };
  });

  const events: DemoEventCount[] = [];
  for (const [index, c] of campaigns.entries()) {
    const start = Math.max(c.startsAt.getTime(), today - 60 * DAY);
    for (let day = start; day < Math.min(c.endsAt.getTime(), today); day += DAY) {
      const impressions = rand.int(40, 160) >> index;
      const clicks = Math.round(impressions * (0.03 + rand.next() * 0.06));
      const dismissals = Math.round(impressions * rand.next() * 0.05);
      const date = isoDay(day);
      events.push({
        campaign: c.id,
        widget: 'motcua-campaign-banner',
        day: date,
        type: 'impression',
        count: impressions,
      });
      if (clicks)
        events.push({ campaign: c.id, widget: 'motcua-campaign-banner', day: date, type: 'click', count: clicks });
      if (dismissals)
        events.push({
          campaign: c.id,
          widget: 'motcua-campaign-banner',
          day: date,
          type: 'dismiss',
          count: dismissals,
        });
    }
  }

  return { campaigns, ratings, feedback, events };
}
