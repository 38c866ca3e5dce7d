// A dossier endpoint for the dossier status widget's browser tests, mounted in the test runner's dev
// server under /__dossier/<bucket>/, at the collector's paths and with its answers (the collector's own
// behaviour is tested over HTTP in packages/collector/test/dossiers.test.ts, and end to end in
// test/e2e/dossier-status.spec.ts). Each bucket holds three dossiers, all with phone digits 5678:
// HS-BOSUNG (something missing), HS-TRA (handed back, not rated), HS-TRE (being handled, late).
//   POST /__dossier/<bucket>/network                      {"down":true} every request fails as offline
//   GET  /__dossier/<bucket>/log                          {"ratings":[bodies]}
//   POST /__dossier/<bucket>/api/v1/units/<unit>/dossiers/lookup
//   POST /__dossier/<bucket>/api/v1/units/<unit>/ratings
const buckets = new Map();

const history = (...steps) => steps.map(([status, at, note = null]) => ({ status, at, note }));
const DOSSIERS = {
  'HS-BOSUNG': {
    code: 'HS-BOSUNG',
    procedure: { code: '1.001193', name: 'Đăng ký khai sinh' },
    status: 'yeu-cau-bo-sung',
    note: 'Bản sao giấy chứng nhận kết hôn của cha mẹ.',
    receivedAt: '2026-12-01T01:15:00.000Z',
    dueDate: '2026-12-04',
    resolvedOn: null,
    onTime: true,
    history: history(['moi-tiep-nhan', '2026-12-01T01:15:00.000Z'], ['yeu-cau-bo-sung', '2026-12-02T03:00:00.000Z']),
    rated: false,
    canRate: false,
  },
  'HS-TRA': {
    code: 'HS-TRA',
    procedure: { code: '1.004227' },
    status: 'da-tra-ket-qua',
    note: null,
    receivedAt: '2026-11-20T02:00:00.000Z',
    dueDate: '2026-11-25',
    resolvedOn: '2026-11-24',
    onTime: true,
    history: history(
      ['moi-tiep-nhan', '2026-11-20T02:00:00.000Z'],
      ['cho-tra-ket-qua', '2026-11-24T08:00:00.000Z'],
      ['da-tra-ket-qua', '2026-11-25T02:30:00.000Z'],
    ),
    rated: false,
    canRate: true,
  },
  'HS-TRE': {
    code: 'HS-TRE',
    procedure: null,
    status: 'dang-xu-ly',
    note: null,
    receivedAt: '2026-11-02T02:00:00.000Z',
    dueDate: '2026-11-10',
    resolvedOn: null,
    onTime: false,
    history: history(['moi-tiep-nhan', '2026-11-02T02:00:00.000Z'], ['dang-xu-ly', '2026-11-03T02:00:00.000Z']),
    rated: false,
    canRate: false,
  },
};

const NOT_FOUND = {
  error: 'dossier_not_found',
  message: {
    vi: 'Không tìm thấy hồ sơ với mã và 4 số cuối điện thoại này. Vui lòng kiểm tra lại giấy biên nhận.',
    en: 'No dossier matches this code and these last 4 phone digits. Please check the receipt slip.',
  },
};

async function readJson(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  const text = Buffer.concat(chunks).toString('utf8');
  return text ? JSON.parse(text) : {};
}

export function dossierTestMiddleware() {
  return async function dossierTest(ctx, next) {
    const m = ctx.path.match(
      /^\/__dossier\/([\w-]+)\/(network|log|api\/v1\/units\/[\w-]+\/(dossiers\/lookup|ratings))$/,
    );
    if (!m) return next();
    if (!buckets.has(m[1])) buckets.set(m[1], { down: false, ratings: [], rated: new Set() });
    const b = buckets.get(m[1]);
    ctx.type = 'application/json';
    if (m[2] === 'network') {
      b.down = (await readJson(ctx.req)).down === true;
      ctx.status = 204;
      return;
    }
    if (m[2] === 'log') {
      ctx.body = JSON.stringify({ ratings: b.ratings });
      return;
    }
    if (b.down) {
      ctx.status = 200;
      ctx.respond = false;
      ctx.req.socket.end('NOT HTTP\r\n\r\n');
      return;
    }
    const body = await readJson(ctx.req);
    if (m[3] === 'ratings') {
      b.ratings.push(body);
      const first = !b.rated.has(body.dossier);
      b.rated.add(body.dossier);
      ctx.status = first ? 201 : 409;
      ctx.body = JSON.stringify(
        first
          ? { id: body.id }
          : { error: 'conflict', message: { vi: 'Hồ sơ này đã được đánh giá.', en: 'Already rated.' } },
      );
      return;
    }
    const code = String(body.code ?? '').toUpperCase();
    const dossier = DOSSIERS[code];
    if (!dossier || body.phone !== '5678') {
      ctx.status = 404;
      ctx.body = JSON.stringify(NOT_FOUND);
      return;
    }
    const rated = b.rated.has(code);
    ctx.body = JSON.stringify({ ...dossier, rated: rated || dossier.rated, canRate: dossier.canRate && !rated });
  };
}
