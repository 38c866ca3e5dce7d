// A contest endpoint for the contest widget's browser tests, mounted in the test runner's dev server
// under /__contest/<bucket>/, at the collector's paths (the collector's contest routes are being moved
// onto its new structure). Each bucket has one open round of three questions, and can be cut off.
//   POST /__contest/<bucket>/network     {"down":true} every request to the bucket fails as offline
//   GET  /__contest/<bucket>/log         {"attempts":n,"submissions":{attemptId:count}}
//   GET  /__contest/<bucket>/api/v1/units/<unit>/contests/<slug>                       the contest
//   POST /__contest/<bucket>/api/v1/units/<unit>/contests/<slug>/attempts              starts an attempt
//   POST /__contest/<bucket>/api/v1/units/<unit>/contests/<slug>/attempts/<id>/submission  grades it
//   POST /__contest/<bucket>/api/v1/units/<unit>/contests/<slug>/attempts/<id>/standing    rank 2 of 7 once graded
const buckets = new Map();

const QUESTIONS = [
  {
    id: 'q1',
    text: 'Căn cước điện tử được tích hợp trên ứng dụng nào?',
    kind: 'single',
    options: [
      { id: 'a', text: 'VNeID' },
      { id: 'b', text: 'Zalo' },
    ],
  },
  {
    id: 'q2',
    text: 'Thủ tục nào nộp được trực tuyến toàn trình?',
    kind: 'multiple',
    options: [
      { id: 'a', text: 'Đăng ký khai sinh' },
      { id: 'b', text: 'Đăng ký thường trú' },
      { id: 'c', text: 'Cấp bản sao trích lục' },
    ],
  },
  {
    id: 'q3',
    text: 'Bộ phận Một cửa đặt ở đâu?',
    kind: 'single',
    options: [
      { id: 'a', text: 'Tại trụ sở Ủy ban nhân dân phường' },
      { id: 'b', text: 'Tại nhà văn hóa khu phố' },
    ],
  },
];
const KEY = { q1: ['a'], q2: ['a', 'b'], q3: ['a'] };

function bucket(name) {
  if (!buckets.has(name)) buckets.set(name, { down: false, attempts: new Map(), submissions: {} });
  return buckets.get(name);
}

async function readJson(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  const text = Buffer.concat(chunks).toString('utf8');
  return text ? JSON.parse(text) : {};
}

export function contestTestMiddleware() {
  return async function contestTest(ctx, next) {
    const m = ctx.path.match(
      /^\/__contest\/([\w-]+)\/(network|log|api\/v1\/units\/[\w-]+\/contests\/[\w-]+(?:\/attempts(?:\/([\w-]+)\/(submission|standing))?)?)$/,
    );
    if (!m) return next();
    const b = bucket(m[1]);
    ctx.type = 'application/json';
    if (m[2] === 'network') {
      b.down = (await readJson(ctx.req)).down === true;
      ctx.status = 204;
      return;
    }
    if (m[2] === 'log') {
      ctx.body = JSON.stringify({ attempts: b.attempts.size, submissions: b.submissions });
      return;
    }
    if (b.down) {
      // A reset alone would be retried by Chromium on a reused socket; a garbled reply is not.
      ctx.status = 200;
      ctx.respond = false;
      ctx.req.socket.end('NOT HTTP\r\n\r\n');
      return;
    }
    const now = Date.now();
    if (m[3]) {
      const attempt = b.attempts.get(m[3]);
      const body = await readJson(ctx.req);
      if (!attempt || body.token !== attempt.token) {
        ctx.status = 400;
        ctx.body = JSON.stringify({
          error: 'invalid',
          message: { vi: 'Bài làm không hợp lệ.', en: 'Invalid attempt.' },
        });
        return;
      }
      if (m[4] === 'standing') {
        ctx.status = attempt.result ? 200 : 404;
        ctx.body = JSON.stringify(
          attempt.result ? { published: true, rank: 2, participants: 7 } : { error: 'not_found' },
        );
        return;
      }
      b.submissions[m[3]] = (b.submissions[m[3]] ?? 0) + 1;
      attempt.result ??= {
        correct: QUESTIONS.filter((q) => {
          const mine = body.answers?.[q.id] ?? [];
          return mine.length === KEY[q.id].length && KEY[q.id].every((o) => mine.includes(o));
        }).length,
        total: QUESTIONS.length,
        tookMs: now - attempt.started,
        late: false,
        key: KEY,
      };
      ctx.body = JSON.stringify(attempt.result);
      return;
    }
    if (m[2].endsWith('/attempts')) {
      const body = await readJson(ctx.req);
      const id = String(body.id);
      const attempt = b.attempts.get(id) ?? { token: `t-${id}`, started: now };
      b.attempts.set(id, attempt);
      ctx.status = 201;
      ctx.body = JSON.stringify({
        id,
        token: attempt.token,
        roundId: 'r1',
        deadline: new Date(attempt.started + 10 * 60_000).toISOString(),
        now: new Date(now).toISOString(),
        questions: QUESTIONS,
      });
      return;
    }
    ctx.body = JSON.stringify({
      slug: 'tim-hieu-cchc-2026',
      title: 'Cuộc thi tìm hiểu cải cách hành chính năm 2026',
      rules: 'Mỗi người thi tối đa 3 lần.\nBài có điểm cao nhất được xét giải.',
      prediction: 'Có bao nhiêu người dự thi?',
      ideas: true,
      requireIdNumber: false,
      places: ['Tổ dân phố 1', 'Tổ dân phố 5'],
      round: {
        id: 'r1',
        title: 'Đợt 1',
        questionCount: QUESTIONS.length,
        durationMinutes: 10,
        opensAt: new Date(now - 86_400_000).toISOString(),
        closesAt: new Date(now + 7 * 86_400_000).toISOString(),
      },
    });
  };
}
