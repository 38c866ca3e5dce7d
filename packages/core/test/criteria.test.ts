import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { DEFAULT_CRITERIA, isSatisfied, parseCriteria } from '../src/index.js';

const json = JSON.parse(readFileSync(new URL('../data/criteria.json', import.meta.url), 'utf8'));

describe('satisfaction criteria', () => {
  it('ships the same default set as data/criteria.json', () => {
    assert.deepEqual(DEFAULT_CRITERIA, json);
  });

  it('the default set is valid, NFC, bilingual and scored 2/1/0 as Circular 01/2018 does', () => {
    const r = parseCriteria(json);
    assert.equal(r.ok, true);
    assert.equal(JSON.stringify(json), JSON.stringify(json).normalize('NFC'));
    for (const c of DEFAULT_CRITERIA.criteria) {
      assert.deepEqual(
        c.options.map((o) => o.points),
        [2, 1, 0],
        c.id,
      );
      assert.ok(c.question.vi.endsWith('?') && c.question.en.endsWith('?'), c.id);
    }
    const ids = DEFAULT_CRITERIA.criteria.map((c) => c.id);
    for (const needed of ['thoi-gian', 'so-lan-lien-he', 'thai-do', 'ket-qua', 'phi', 'truc-tuyen']) {
      assert.ok(ids.includes(needed), needed);
    }
  });

  it('says what is wrong with a ward-supplied set', () => {
    assert.deepEqual(parseCriteria(null), { ok: false, error: 'criteria set must be an object' });
    const base = structuredClone(json);
    base.criteria[1].id = base.criteria[0].id;
    const dup = parseCriteria(base);
    assert.equal(dup.ok, false);
    assert.match(dup.ok ? '' : dup.error, /repeated/);
    const few = structuredClone(json);
    few.criteria[0].options = [few.criteria[0].options[0]];
    assert.match((parseCriteria(few) as { error: string }).error, /at least two/);
    const pts = structuredClone(json);
    pts.criteria[2].options[0].points = 1.5;
    assert.match((parseCriteria(pts) as { error: string }).error, /criteria\[2\]\.options\[0\]/);
  });

  it('accepts a smaller custom set and fills in a missing source', () => {
    const r = parseCriteria({
      overall: { vi: 'Hài lòng không?', en: 'Satisfied?' },
      criteria: [
        {
          id: 'x',
          question: { vi: 'Hỏi?', en: 'Ask?' },
          options: [
            { points: 1, vi: 'Có', en: 'Yes' },
            { points: 0, vi: 'Không', en: 'No' },
          ],
        },
      ],
    });
    assert.equal(r.ok, true);
    assert.deepEqual(r.ok && r.value.source, { vi: '', en: '' });
  });

  it('counts the top two levels of either scale as satisfied', () => {
    assert.deepEqual(
      [1, 2, 3].map((s) => isSatisfied(s, 3)),
      [false, true, true],
    );
    assert.deepEqual(
      [1, 2, 3, 4, 5].map((s) => isSatisfied(s, 5)),
      [false, false, false, true, true],
    );
  });
});
