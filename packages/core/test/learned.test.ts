// "Asked as" (src/search/learned.ts): the words citizens used for a procedure, learnt from query sets and
// from the ward's attached queries (`askedAs`), indexed as a field of its own.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { askedWords, createProcedureIndex, learnAskedAs, type Procedure, queryReader } from '../src/index.js';
import { INTENTS } from '../src/search/intents-data.js';
import { LEARNED } from '../src/search/learned-data.js';
import { understandIntents } from '../src/search/understand.js';
import { foldWords } from '../src/search/words.js';
import { catalogue, DEV_SETS, learnFrom, loadSet, SHIPPED } from '../scripts/learning-sets.js';

const proc = (code: string, name: string, extra: Partial<Procedure> = {}): Procedure => ({
  code,
  name,
  field: 'Hộ tịch',
  level: ['Cấp xã'],
  ...extra,
});
const small = [
  proc('ks', 'Đăng ký khai sinh'),
  proc('kt', 'Đăng ký khai tử'),
  proc('hkd', 'Đăng ký thành lập hộ kinh doanh', { field: 'Thành lập và hoạt động của hộ kinh doanh' }),
];
const reader = queryReader(INTENTS);
const top = (procs: Procedure[], q: string, options = {}) =>
  createProcedureIndex(procs, options).search(q)[0]?.procedure.code;

describe('asked as: learning', () => {
  it("reads a query's words as the engine does: folded, spellings written out, fillers and common words out", () => {
    assert.deepEqual(askedWords('Cho hỏi đk khai sinh cho con cần giấy tờ gì ạ', reader), [
      'dang',
      'ky',
      'khai',
      'sinh',
      'con',
    ]);
  });

  it('weights a word by the queries of the procedure that used it against the procedures that did, capped', () => {
    const learnt = learnAskedAs(
      [
        { q: 'vợ mới đẻ', codes: ['ks'] },
        { q: 'con mới đẻ', codes: ['ks'] },
        { q: 'bố mới mất', codes: ['kt'] },
      ],
      reader,
      { cap: 2 },
    );
    // "đẻ" twice and only for ks; "mới" as often but also kt's; the cap keeps two words.
    assert.deepEqual(Object.keys(learnt.ks!), ['de', 'moi']);
    assert.equal(learnt.ks!.de, 1);
    assert.ok(learnt.ks!.moi! < 1);
    assert.ok(learnt.kt!.mat! > 0);
  });

  it('leaves out the words a procedure already holds, when told which', () => {
    const learnt = learnAskedAs([{ q: 'khai sinh cho con mới đẻ', codes: ['ks'] }], reader, {
      cap: 10,
      holds: (_code, w) => foldWords('Đăng ký khai sinh').includes(w),
    });
    assert.deepEqual(Object.keys(learnt.ks!).sort(), ['con', 'de', 'moi']);
  });
});

describe('asked as: the field', () => {
  const learned = { ks: { de: 1 }, hkd: { tiem: 0.5, tap: 0.4, hoa: 0.4 } };

  it('finds a procedure by a word only its queries used', () => {
    assert.equal(top(small, 'vợ mới đẻ'), undefined);
    assert.equal(top(small, 'vợ mới đẻ', { learned }), 'ks');
    assert.equal(top(small, 'mở tiệm tạp hóa', { learned }), 'hkd');
  });

  it('ranks below a match in the name', () => {
    const procs = [...small, proc('de', 'Đăng ký đê điều', { field: 'Thủy lợi' })];
    assert.equal(top(procs, 'đê', { learned }), 'de');
  });

  it('is off when the index says so: no learnt words, no attached queries', () => {
    const attached = [proc('ks', 'Đăng ký khai sinh', { askedAs: ['giấy báo sinh'] }), ...small.slice(1)];
    assert.equal(top(small, 'vợ mới đẻ', { learned, learnedWeight: 0 }), undefined);
    assert.equal(top(attached, 'giấy báo', { learnedWeight: 0 }), undefined);
  });

  it("reads the ward's attached queries (askedAs) through the same field, the whole query as a keyword", () => {
    const attached = [...small.slice(0, 2), proc('hkd', small[2]!.name, { askedAs: ['giấy phép bán vé số'] })];
    assert.equal(top(small, 'vé số'), undefined);
    assert.equal(top(attached, 'vé số'), 'hkd');
    const index = createProcedureIndex(attached);
    const whole = index.search('giấy phép bán vé số')[0]!;
    const part = index.search('bán vé số')[0]!;
    assert.equal(whole.procedure.code, 'hkd');
    assert.ok(whole.score > part.score * 2, `${whole.score} vs ${part.score}`);
  });
});

describe('asked as: the shipped data', () => {
  it('is what the script learns from every development set (run scripts/learn-asked-as.ts)', () => {
    const all = DEV_SETS.flatMap((s) => loadSet(s.url));
    assert.deepEqual(learnFrom(all, SHIPPED), LEARNED);
  });

  it('never learns from a judge set', () => {
    assert.ok(DEV_SETS.every((s) => !s.url.pathname.includes('independent')));
  });

  it('keeps the tuned set at 0.98 or better with it', () => {
    const index = createProcedureIndex(catalogue, { intents: understandIntents(INTENTS), learned: LEARNED });
    const tuned = loadSet(DEV_SETS[0]!.url);
    const hits = tuned.filter(({ q, codes }) => codes.includes(index.search(q, { limit: 1 })[0]?.procedure.code ?? ''));
    assert.ok(hits.length / tuned.length >= 0.98, `${hits.length} / ${tuned.length}`);
  });
});
