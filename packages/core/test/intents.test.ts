// The intents data (data/curated/intents.json): every entry sourced and pointing at procedures of the
// shipped catalogue, its mirror for bundlers up to date, and what the engine makes of it.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { type Procedure, type SearchIntents, createProcedureIndex } from '../src/index.js';
// @ts-expect-error: a plain script, no types
import { withoutSources } from '../scripts/mirror-intents.mjs';
import { INTENTS } from '../src/search/intents-data.js';
import { understandIntents } from '../src/search/understand.js';

const read = (path: string) => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));
const data: SearchIntents = read('../data/curated/intents.json');
const catalogue: Procedure[] = read('../data/procedures.json');
const codes = new Set(catalogue.map((p) => p.code));

describe('the intents data', () => {
  it('gives every entry a source, its kind and at least one phrase, in NFC', () => {
    assert.ok(data.intents.length >= 40);
    for (const intent of data.intents) {
      assert.ok((intent.source ?? '').length > 20, `source of ${intent.phrases[0]}`);
      assert.ok(['event', 'purpose', 'relative', 'informal'].includes(intent.kind), intent.kind);
      assert.ok(intent.phrases.length > 0);
      for (const p of intent.phrases) assert.equal(p, p.normalize('NFC'));
    }
    for (const [name, slot] of Object.entries(data.slots ?? {})) assert.ok(slot.source, `source of slot ${name}`);
    assert.ok(data.fillers?.source);
  });

  it('points every entry at procedures of the shipped catalogue', () => {
    for (const intent of data.intents) {
      // Only an informal name may have none: it is read as the official words it stands for (a foreigner
      // named is "yếu tố nước ngoài", found in the records of every foreign-element matter).
      assert.ok(intent.codes.length > 0 || intent.means, `codes of ${intent.phrases[0]}`);
      for (const code of intent.codes) assert.ok(codes.has(code), `${code} (${intent.phrases[0]}) is in the catalogue`);
    }
  });

  it('names only slots it declares', () => {
    const slots = new Set(Object.keys(data.slots ?? {}));
    for (const phrase of [...data.intents.flatMap((i) => i.phrases), ...(data.fillers?.words ?? [])])
      for (const [, name] of phrase.matchAll(/\{([^}]+)\}/g)) assert.ok(slots.has(name!), `{${name}} in "${phrase}"`);
  });

  it('is mirrored for bundlers, without its sources (node packages/core/scripts/mirror-intents.mjs)', () => {
    assert.deepEqual(INTENTS, withoutSources(data));
  });
});

describe('createProcedureIndex with intents', () => {
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
    proc('hc', 'Trình báo mất hộ chiếu phổ thông', { field: 'Quản lý xuất nhập cảnh' }),
    proc('gcn', 'Cấp Giấy chứng nhận quyền sử dụng đất lần đầu', { field: 'Đất đai' }),
    proc('dc', 'Đính chính Giấy chứng nhận đã cấp có sai sót', { field: 'Đất đai' }),
    proc('cc', 'Cấp lại thẻ căn cước', { field: 'Căn cước' }),
  ];
  const intents: SearchIntents = {
    slots: { 'người thân': { words: ['bố', 'mẹ', 'ông bà'] } },
    fillers: { words: ['tôi', 'cần', 'cần làm gì', 'cho {người thân}'] },
    intents: [
      { kind: 'event', phrases: ['{người thân} mất'], codes: ['kt'], source: 'test' },
      { kind: 'event', phrases: ['sinh con'], codes: ['ks'], source: 'test' },
      {
        kind: 'informal',
        phrases: ['sổ đỏ'],
        means: 'giấy chứng nhận quyền sử dụng đất',
        codes: ['gcn'],
        source: 'test',
      },
    ],
  };
  const plain = createProcedureIndex(small);
  const index = createProcedureIndex(small, { intents: understandIntents(intents) });
  const top = (i: typeof index, q: string) => i.search(q)[0]?.procedure.code;

  it('reads a life event with a relative, whatever words sit between', () => {
    assert.equal(top(plain, 'bố tôi mất'), 'hc', 'without intents "mất" is a lost passport');
    assert.equal(top(index, 'bố tôi mất'), 'kt');
    assert.equal(top(index, 'bo toi mat can lam gi'), 'kt');
    assert.equal(top(index, 'vợ tôi mới sinh con'), 'ks');
  });

  it('searches an informal name as the official words it stands for, with the rest of the query', () => {
    assert.equal(top(index, 'sổ đỏ'), 'gcn');
    assert.equal(top(index, 'dinh chinh so do'), 'dc');
  });

  it('leaves out fillers and whom a procedure is for, but keeps a filler that folds like a real word', () => {
    assert.equal(top(index, 'cấp lại căn cước cho mẹ'), 'cc');
    assert.equal(top(index, 'can cuoc'), 'cc', '"can" may be "căn": a one-word filler must be typed as "cần"');
    const codes = (i: typeof index, q: string) => i.search(q).map((h) => h.procedure.code);
    assert.deepEqual(
      codes(index, 'cần làm gì'),
      codes(plain, 'cần làm gì'),
      'a query of fillers only is searched as it is',
    );
  });

  it('reads short and chat spellings as the words they stand for, except a short last word still being typed', () => {
    const spelt: SearchIntents = {
      ...intents,
      spellings: [{ words: { dk: 'đăng ký', lm: 'làm', vk: 'vợ', k: 'không', hông: 'không', sanh: 'sinh' } }],
    };
    const withSpellings = createProcedureIndex(small, { intents: understandIntents(spelt) });
    assert.deepEqual(index.search('dk'), [], 'without spellings "dk" is no word of the catalogue');
    assert.deepEqual(
      withSpellings.search('dk').map((h) => h.procedure.code),
      index.search('đăng ký').map((h) => h.procedure.code),
    );
    assert.equal(top(withSpellings, 'vk mới sinh con'), 'ks', '"vk" is "vợ", so the event reads');
    assert.equal(top(withSpellings, 'khai sanh'), 'ks', 'a spelling is not split as a run-together word');
    assert.deepEqual(
      withSpellings.search('k').map((h) => h.procedure.code),
      index.search('k').map((h) => h.procedure.code),
      '"k" typed last may be the start of "khai": left as typed',
    );
    assert.deepEqual(
      withSpellings.search('so hong').map((h) => h.procedure.code),
      index.search('so hong').map((h) => h.procedure.code),
      '"hong" typed without diacritics is "hồng", not the chat spelling "hông"',
    );
  });

  it('reads a short form the catalogue writes (BHXH) written out, both in the records and in the query', () => {
    const records = [
      proc('bh', 'Đăng ký đóng BHXH tự nguyện'),
      proc('ck', 'Chi trả chế độ bảo hiểm xã hội bằng tài khoản'),
    ];
    const catalogueForms: SearchIntents = {
      intents: [],
      spellings: [{ words: { bhxh: 'bảo hiểm xã hội' }, catalogue: true }],
    };
    const without = createProcedureIndex(records);
    const withForms = createProcedureIndex(records, { intents: understandIntents(catalogueForms) });
    assert.equal(
      top(without, 'đóng bảo hiểm xã hội tự nguyện'),
      'ck',
      'without it only the written-out record has the words',
    );
    assert.equal(top(withForms, 'đóng bảo hiểm xã hội tự nguyện'), 'bh');
    assert.equal(top(withForms, 'bhxh tài khoản'), 'ck', '"bhxh" typed finds the record that writes it out');
  });

  it('takes the longest value of a slot', () => {
    const slotted: SearchIntents = {
      ...intents,
      slots: { 'người thân': { words: ['ông', 'ông bà', 'bố', 'mẹ'] } },
      fillers: { words: ['cho {người thân}'] },
    };
    const i = createProcedureIndex([...small, proc('bn', 'Bà mẹ Việt Nam anh hùng')], {
      intents: understandIntents(slotted),
    });
    const codes = (q: string) => i.search(q).map((h) => h.procedure.code);
    assert.deepEqual(
      codes('khai sinh cho ông bà'),
      codes('khai sinh'),
      '"cho ông bà" is left out whole, not "cho ông"',
    );
  });

  it('reads a phrase with a typo or Telex leftover inside it, but not a word the catalogue has', () => {
    assert.equal(top(index, 'bố tôi mấtt'), 'kt', 'one typo away from "mất"');
    assert.equal(top(index, 'bố tôi maats'), 'kt', 'Telex typed with the input method off');
    assert.equal(top(index, 'sổ ddor'), 'gcn');
    assert.notEqual(top(index, 'bố tôi mất hộ chiếu'), undefined);
    const records = [...small, proc('ct', 'Cấp giấy phép xây dựng công trình', { field: 'Xây dựng' })];
    const codes = (i: typeof index, q: string) => i.search(q).map((h) => h.procedure.code);
    assert.deepEqual(
      codes(createProcedureIndex(records, { intents: understandIntents(intents) }), 'sinh cong'),
      codes(createProcedureIndex(records), 'sinh cong'),
      '"cong" is a word of the catalogue (công): read as typed, not as the "con" of "sinh con"',
    );
  });

  it('walks phrases that share words and slots to the end of each', () => {
    const shared: SearchIntents = {
      slots: { 'người thân': { words: ['bố', 'mẹ', 'bố mẹ'] } },
      intents: [
        { kind: 'event', phrases: ['{người thân} mất'], codes: ['kt'], source: 'test' },
        { kind: 'event', phrases: ['{người thân} mất căn cước'], codes: ['cc'], source: 'test' },
        { kind: 'event', phrases: ['{người thân} sinh con'], codes: ['ks'], source: 'test' },
      ],
    };
    const i = createProcedureIndex(small, { intents: understandIntents(shared) });
    assert.equal(top(i, 'bố mẹ mất'), 'kt', 'the longest value of the slot, then the rest of the phrase');
    assert.equal(top(i, 'mẹ mất căn cước'), 'cc', 'the longest phrase wins over the one it starts with');
    assert.equal(top(i, 'bố sinh con'), 'ks');
  });

  it("finds nothing new for a catalogue without the intents' codes", () => {
    const other = createProcedureIndex([proc('x', 'Đăng ký kết hôn')], { intents: understandIntents(intents) });
    assert.deepEqual(other.search('bố tôi mất'), []);
  });
});
