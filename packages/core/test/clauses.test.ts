// Purpose and reason clauses (src/search/clauses.ts): which words are marked, and that the main clause
// then decides the first hit while a query that is all one clause ranks as before.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { type Procedure, createProcedureIndex } from '../src/index.js';
import { markClauses } from '../src/search/clauses.js';
import { INTENTS } from '../src/search/intents-data.js';
import { understandIntents } from '../src/search/understand.js';
import { words } from '../src/search/words.js';

const catalogue: Procedure[] = JSON.parse(readFileSync(new URL('../data/procedures.json', import.meta.url), 'utf8'));
const tokenize = (text: string) => {
  const typed = words(text);
  return typed.map((w, i) => ({ folded: w, accented: w, last: i === typed.length - 1, weight: 1 }));
};
const marked = (query: string) =>
  markClauses(query, tokenize)
    .filter((t) => t.clause)
    .map((t) => t.accented)
    .join(' ');

describe('markClauses', () => {
  it('marks a purpose or reason clause up to the comma or the sentence end', () => {
    assert.equal(marked('xin xác nhận cư trú để làm khai sinh cho con'), 'để làm khai sinh cho con');
    assert.equal(marked('trích lục khai sinh vì bị mất bản chính, làm ở đâu'), 'vì bị mất bản chính');
    assert.equal(marked('làm căn cước. Để đi học'), '');
    assert.equal(marked('để kết hôn cần giấy xác nhận độc thân'), 'để kết hôn');
  });

  it('marks nothing in a sentence that is all clause, nor an opener that is none', () => {
    assert.equal(marked('để làm khai sinh'), '');
    assert.equal(marked('chia đất cha mẹ để lại'), '');
    assert.equal(marked('vì sao bị từ chối đăng ký'), '');
  });

  it('leaves only the last word as still being typed', () => {
    const tokens = markClauses('làm giấy tờ, để kết hôn', tokenize);
    assert.deepEqual(
      tokens.filter((t) => t.last).map((t) => t.accented),
      ['hôn'],
    );
  });
});

describe('search with clauses', () => {
  const index = createProcedureIndex(catalogue, { intents: understandIntents(INTENTS) });
  const top = (q: string) => index.search(q, { limit: 1 })[0]?.procedure.name;

  it('finds what the main clause asks, not the procedure the purpose names', () => {
    assert.equal(top('xin xác nhận cư trú để làm khai sinh cho con'), 'Xác nhận thông tin về cư trú');
    // Without the clause weighting, the marriage (with a foreign element: "tỉnh khác") came first.
    assert.equal(
      top('xin giấy xác nhận độc thân để đi cưới chồng ở tỉnh khác'),
      'Cấp Giấy xác nhận tình trạng hôn nhân',
    );
  });

  it('reads a query that is all clause once its fillers are out as the clause', () => {
    assert.match(top('cần những giấy tờ gì để làm khai sinh') ?? '', /khai sinh/);
  });
});
