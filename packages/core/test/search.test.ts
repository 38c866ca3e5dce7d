// The procedure search engine on small catalogues built for each behaviour, and on the shipped one.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import {
  type Procedure,
  createProcedureIndex,
  editDistance,
  highlightParts,
  soundKey,
  startProcedureIndex,
  untypeTelex,
} from '../src/index.js';
import { INTENTS } from '../src/search/intents-data.js';
import { understandIntents } from '../src/search/understand.js';

const proc = (code: string, name: string, extra: Partial<Procedure> = {}): Procedure => ({
  code,
  name,
  field: 'Hộ tịch',
  level: ['Cấp xã'],
  ...extra,
});

const small: Procedure[] = [
  proc('ks', 'Đăng ký khai sinh', {
    keywords: ['làm giấy khai sinh', 'dkks', 'birth certificate'],
    online: 'mot-phan',
  }),
  proc('ks-ld', 'Đăng ký khai sinh lưu động', { online: 'khong' }),
  proc('kh', 'Đăng ký kết hôn', { keywords: ['dkkh'] }),
  proc('kt', 'Đăng ký khai tử'),
  proc('tt', 'Đăng ký thường trú', { field: 'Đăng ký, quản lý cư trú', keywords: ['nhập hộ khẩu'] }),
  proc('ms', 'Cấp mã số đơn vị có quan hệ với ngân sách', { field: 'Tài chính', level: ['Cấp tỉnh'] }),
  proc('mt', 'Đăng ký cai nghiện ma túy tự nguyện', { field: 'Phòng, chống ma túy' }),
  proc('sy', 'Chứng thực bản sao từ bản chính giấy tờ', { field: 'Chứng thực', keywords: ['sao y'] }),
];
const index = createProcedureIndex(small);
const top = (q: string, opts?: Parameters<typeof index.search>[1]) => index.search(q, opts)[0]?.procedure.code;

describe('createProcedureIndex', () => {
  it('finds a procedure typed with or without diacritics', () => {
    assert.equal(top('đăng ký khai sinh'), 'ks');
    assert.equal(top('dang ky khai sinh'), 'ks');
    assert.equal(top('DANG KY KET HON'), 'kh');
  });

  it('ranks a word typed with its diacritics above accent-folded coincidences ("mã" over "ma")', () => {
    assert.equal(top('mã'), 'ms');
    assert.equal(top('ma túy'), 'mt');
    const plain = index.search('ma').map((h) => h.procedure.code);
    assert.deepEqual(new Set(plain), new Set(['ms', 'mt']));
  });

  it('tolerates one or two typos per word and regional spellings', () => {
    assert.equal(top('khai snh'), 'ks');
    assert.equal(top('dang ky ket hn'), 'kh');
    assert.equal(top('dang ki thuong chu'), 'tt');
    assert.equal(top('khai xinh'), 'ks');
  });

  it('reads words typed without spaces', () => {
    assert.equal(top('khaisinh'), 'ks');
    assert.equal(top('kethon'), 'kh');
  });

  it('matches prefixes as the user types', () => {
    assert.equal(top('đăng ký kết h'), 'kh');
    assert.equal(top('chứng thự'), 'sy');
    assert.equal(top('thuong t'), 'tt');
  });

  it('understands raw Telex and VNI keystrokes typed with the input method off', () => {
    assert.equal(untypeTelex('ddawng'), 'dang');
    assert.equal(untypeTelex('kys'), 'ky');
    assert.equal(untypeTelex('d9ang'), 'dang');
    assert.equal(untypeTelex('ky1'), 'ky');
    assert.equal(untypeTelex('hoon'), 'hon');
    assert.equal(top('ddawng kys khai sinh'), 'ks');
    assert.equal(top('d9ang ky1 ke6t ho6n'), 'kh');
  });

  it('reads chat spelling (teen code) letters: f, j, z, w, k for ph, gi, d, qu, c', () => {
    assert.equal(top('jay'), 'sy', '"jay" is "giấy", two edits away');
    assert.equal(top('jấy tờ'), 'sy');
    assert.equal(top('zang ky ket hon'), 'kh', '"zang" is "dang"');
  });

  it('expands abbreviations, colloquial and English names from the keywords', () => {
    assert.equal(top('dkks'), 'ks');
    assert.equal(top('dkkh'), 'kh');
    assert.equal(top('nhap ho khau'), 'tt');
    assert.equal(top('sao y'), 'sy');
    assert.equal(top('birth certificate'), 'ks');
  });

  it('weights the name over keywords and prefers the plain procedure over its special cases', () => {
    const hits = index.search('khai sinh');
    assert.equal(hits[0]?.procedure.code, 'ks');
    assert.equal(hits[1]?.procedure.code, 'ks-ld');
    assert.ok(hits[0]!.score > hits[1]!.score);
  });

  it('finds the matter itself for a bare noun, its ending only when asked (with the intents, refine.ts)', () => {
    const hkd = createProcedureIndex(
      [
        proc('end', 'Chấm dứt hoạt động hộ kinh doanh', { field: 'Thành lập và hoạt động của hộ kinh doanh' }),
        proc('new', 'Đăng ký thành lập hộ kinh doanh', { field: 'Thành lập và hoạt động của hộ kinh doanh' }),
      ],
      { intents: understandIntents(INTENTS) },
    );
    assert.equal(hkd.search('hộ kinh doanh')[0]?.procedure.code, 'new');
    assert.equal(hkd.search('chấm dứt hộ kinh doanh')[0]?.procedure.code, 'end');
  });

  it('filters by field, level and online level', () => {
    assert.deepEqual(
      index.search('dang ky', { filters: { field: 'Đăng ký, quản lý cư trú' } }).map((h) => h.procedure.code),
      ['tt'],
    );
    assert.deepEqual(
      index.search('khai sinh', { filters: { online: 'khong' } }).map((h) => h.procedure.code),
      ['ks-ld'],
    );
    const communeOnly = index.search('cap ma so', { filters: { level: 'Cấp xã' } });
    assert.ok(communeOnly.every((h) => h.procedure.level.includes('Cấp xã')));
    assert.ok(!communeOnly.some((h) => h.procedure.code === 'ms'));
    assert.equal(top('cap ma so', { filters: { level: 'Cấp tỉnh' } }), 'ms');
  });

  it('returns nothing for empty or unmatched queries and honours the limit', () => {
    assert.deepEqual(index.search(''), []);
    assert.deepEqual(index.search('   ,;  '), []);
    assert.deepEqual(index.search('zzzzqqqq'), []);
    assert.equal(index.search('dang ky', { limit: 2 }).length, 2);
  });

  it('reports the words a query matched, for highlighting', () => {
    const terms = index.matchedTerms('dang ky khai sinh');
    assert.ok(terms.has('khai') && terms.has('sinh') && terms.has('dang'));
    const parts = highlightParts('Đăng ký khai sinh lưu động', terms);
    assert.deepEqual(
      parts.filter((p) => p.match).map((p) => p.text),
      ['Đăng', 'ký', 'khai', 'sinh'],
    );
    assert.equal(parts.map((p) => p.text).join(''), 'Đăng ký khai sinh lưu động');
  });
});

describe('createProcedureIndex with referrals (procedures the ward does not receive)', () => {
  const tax = { field: 'Thuế', referral: { office: 'Thuế cơ sở' } };
  const idx = createProcedureIndex([
    proc('own', 'Đăng ký thuế cho hộ kinh doanh'),
    proc('ref', 'Đăng ký thuế cho hộ kinh doanh', tax),
    proc('ref-better', 'Khai lệ phí trước bạ nhà đất', tax),
    proc('own-weak', 'Cấp giấy chứng nhận quyền sử dụng đất lần đầu cho nhà', { field: 'Đất đai' }),
  ]);
  it('ranks an equal match of the ward own procedure first', () => {
    const hits = idx.search('đăng ký thuế hộ kinh doanh');
    assert.deepEqual(
      hits.slice(0, 2).map((h) => h.procedure.code),
      ['own', 'ref'],
    );
    assert.ok(Math.abs(hits[1]!.score / hits[0]!.score - 0.6) < 1e-9, 'the referral scores 0.6 of the same match');
  });
  it('still puts a referral first when it matches clearly better', () => {
    assert.equal(idx.search('lệ phí trước bạ nhà đất')[0]?.procedure.code, 'ref-better');
  });
});

describe('createProcedureIndex on a word shared by many records', () => {
  // Posting lists grow as they fill: every record must stay findable past the first growths, with the
  // field weight and the exact-diacritics list of each.
  const many: Procedure[] = [];
  for (let i = 0; i < 40; i++) many.push(proc(`a${i}`, `Đăng ký hồ sơ số ${i}`));
  for (let i = 0; i < 25; i++) many.push(proc(`b${i}`, `Dang ky ho so so ${i}`));
  for (let i = 0; i < 20; i++) many.push(proc(`c${i}`, `Cấp bản sao ${i}`, { field: 'Đăng ký' }));
  const idx = createProcedureIndex(many);

  it('finds every record holding the word', () => {
    const codes = idx.search('dang ky', { limit: 200 }).map((h) => h.procedure.code);
    assert.equal(codes.length, 85);
    assert.deepEqual(new Set(codes), new Set(many.map((p) => p.code)));
  });

  it('keeps the exact-diacritics match of every record ahead of the folded ones', () => {
    const codes = idx.search('đăng ký hồ sơ', { limit: 200 }).map((h) => h.procedure.code);
    assert.deepEqual(new Set(codes.slice(0, 40)), new Set(many.slice(0, 40).map((p) => p.code)));
    assert.deepEqual(new Set(codes.slice(40, 65)), new Set(many.slice(40, 65).map((p) => p.code)));
  });

  it('scores a word in the name above the same word in the lĩnh vực', () => {
    const hits = idx.search('dang ky', { limit: 200 });
    const score = (code: string) => hits.find((h) => h.procedure.code === code)!.score;
    assert.ok(score('b24') > score('c19'), `${score('b24')} ≤ ${score('c19')}`);
  });
});

describe('search helpers', () => {
  it('computes a bounded Damerau–Levenshtein distance', () => {
    assert.equal(editDistance('sinh', 'sinh', 2), 0);
    assert.equal(editDistance('snih', 'sinh', 2), 1);
    assert.equal(editDistance('snh', 'sinh', 2), 1);
    assert.equal(editDistance('abcdef', 'uvwxyz', 2), 3);
  });

  it('gives sound-alike spellings one key', () => {
    assert.equal(soundKey('chu'), soundKey('tru'));
    assert.equal(soundKey('xinh'), soundKey('sinh'));
    assert.equal(soundKey('ki'), soundKey('ky'));
    assert.notEqual(soundKey('sinh'), soundKey('hon'));
  });
});

describe('the shipped catalogue and query set', () => {
  const catalogue: Procedure[] = JSON.parse(readFileSync(new URL('../data/procedures.json', import.meta.url), 'utf8'));
  const queries: { query: string; expect: string }[] = JSON.parse(
    readFileSync(new URL('../data/queries.json', import.meta.url), 'utf8'),
  );

  it('has unique codes, NFC text and the record shape of design §3.2', () => {
    const codes = new Set<string>();
    for (const p of catalogue) {
      assert.ok(!codes.has(p.code), `duplicate ${p.code}`);
      codes.add(p.code);
      assert.match(p.code, /^(?:\d\.\d{6}|local:[a-z0-9-]+)$/);
      assert.ok(p.name && p.field && Array.isArray(p.level) && p.level.length > 0, p.code);
      assert.ok(!p.online || ['toan-trinh', 'mot-phan', 'khong'].includes(p.online), p.code);
      const text = JSON.stringify(p);
      assert.equal(text, text.normalize('NFC'), p.code);
      assert.ok(!/^Thủ tục /.test(p.name), p.name);
    }
    assert.ok(catalogue.length >= 300);
  });

  it('covers the procedures a ward handles after the 2025 reform', () => {
    const names = catalogue.map((p) => p.name);
    for (const expected of [
      'Đăng ký khai sinh',
      'Đăng ký kết hôn',
      'Đăng ký khai tử',
      'Đăng ký nhận cha, mẹ, con',
      'Đăng ký giám hộ',
      'Đăng ký chấm dứt giám hộ',
      'Cấp Giấy xác nhận tình trạng hôn nhân',
      'Chứng thực di chúc',
      'Chứng thực văn bản từ chối nhận di sản',
      'Đăng ký việc nuôi con nuôi trong nước',
      'Đăng ký thường trú',
      'Đăng ký tạm trú',
      'Khai báo tạm vắng',
      'Thông báo lưu trú',
      'Xóa đăng ký thường trú',
      'Đăng ký thành lập hộ kinh doanh',
      'Hỗ trợ chi phí mai táng cho đối tượng bảo trợ xã hội',
    ]) {
      assert.ok(names.includes(expected), expected);
    }
    assert.ok(!catalogue.some((p) => p.field === 'Hải quan' || p.field === 'Kho bạc Nhà nước'));
    // Tax and court records are in only as referrals (data/curated/scope.json), each naming its office.
    const taxOrCourt = catalogue.filter((p) => /^(Thuế|Tòa án|Quản lý thuế)/.test(p.field));
    assert.ok(taxOrCourt.length > 0);
    for (const p of taxOrCourt) assert.ok(p.referral?.office, p.code);
  });

  it('finds what residents ask about at the tax office or the court, as referrals', () => {
    const idx = createProcedureIndex(catalogue, { intents: understandIntents(INTENTS) });
    for (const [q, code] of [
      ['lệ phí trước bạ nhà đất', '1.007277'],
      ['khai thuế hộ kinh doanh', '1.011022'],
      ['thuế khoán', '1.011022'],
      ['mã số thuế người phụ thuộc', '1.008498'],
      ['xin sao bản án', '3.000165'],
    ] as const) {
      const hit = idx.search(q, { limit: 1 })[0]?.procedure;
      assert.equal(hit?.code, code, q);
      assert.ok(hit?.referral, q);
    }
  });

  it('ships at least 150 realistic queries, each expecting a procedure of the catalogue', () => {
    assert.ok(queries.length >= 150);
    const codes = new Set(catalogue.map((p) => p.code));
    for (const q of queries) assert.ok(codes.has(q.expect), `${q.query} → ${q.expect}`);
  });

  it('puts the expected procedure first for at least 98% of the shipped queries, with the shipped intents', () => {
    const idx = createProcedureIndex(catalogue, { intents: understandIntents(INTENTS) });
    const first = queries.filter((q) => idx.search(q.query, { limit: 1 })[0]?.procedure.code === q.expect).length;
    assert.ok(first / queries.length >= 0.98, `hit@1 ${first}/${queries.length}`);
  });
});

describe('startProcedureIndex', () => {
  const catalogue: Procedure[] = JSON.parse(readFileSync(new URL('../data/procedures.json', import.meta.url), 'utf8'));
  const queries: { query: string }[] = JSON.parse(
    readFileSync(new URL('../data/queries.json', import.meta.url), 'utf8'),
  );
  const ranked = (idx: ReturnType<typeof createProcedureIndex>, q: string) =>
    idx.search(q, { limit: 10 }).map((h) => `${h.procedure.code}:${h.score}`);

  it('builds, one record per step, the same index as createProcedureIndex', () => {
    const whole = createProcedureIndex(catalogue);
    const builder = startProcedureIndex(catalogue);
    let steps = 0;
    while (!builder.step(() => false)) steps++;
    assert.ok(steps >= catalogue.length, `${steps} steps`);
    const sliced = builder.finish();
    assert.equal(sliced.size, whole.size);
    for (const { query } of queries) {
      assert.deepEqual(ranked(sliced, query), ranked(whole, query), query);
      assert.deepEqual([...sliced.matchedTerms(query)], [...whole.matchedTerms(query)], query);
    }
  });

  it('scores a query the same whatever was searched before it (the per-query lists start empty)', () => {
    const forward = createProcedureIndex(catalogue);
    const backward = createProcedureIndex(catalogue);
    const there = queries.map(({ query }) => ranked(forward, query));
    const back = [...queries].reverse().map(({ query }) => ranked(backward, query));
    back.reverse();
    queries.forEach(({ query }, i) => {
      assert.deepEqual(back[i], there[i], query);
      assert.deepEqual(ranked(forward, query), there[i], query);
    });
  });

  it('finishes at once from any point, and hands out the same index after', () => {
    const builder = startProcedureIndex(catalogue);
    for (let i = 0; i < 40; i++) builder.step(() => false);
    const idx = builder.finish();
    assert.equal(builder.finish(), idx);
    assert.equal(
      builder.step(() => false),
      true,
    );
    assert.deepEqual(ranked(idx, 'khai sinh'), ranked(createProcedureIndex(catalogue), 'khai sinh'));
  });
});
