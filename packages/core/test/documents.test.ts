// Grouping a procedure's papers as a citizen acts on them (search/documents.ts), on the shipped records.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { groupDocuments, type Procedure } from '../src/index.js';

const catalogue: Procedure[] = JSON.parse(readFileSync(new URL('../data/procedures.json', import.meta.url), 'utf8'));
const byCode = (code: string) => catalogue.find((p) => p.code === code)!;

describe('groupDocuments', () => {
  it('opens a birth registration on its form, not on the case of an abandoned child', () => {
    const g = groupDocuments(byCode('1.001193').documents);
    assert.match(g.submit[0]!.name, /^Tờ khai đăng ký khai sinh/);
    assert.ok(g.submit.some((d) => d.name.startsWith('Giấy chứng sinh')));
    assert.ok(g.cases.some((d) => d.name.startsWith('Trường hợp trẻ em bị bỏ rơi')));
    assert.ok(g.show.some((d) => d.name.startsWith('Hộ chiếu/Thẻ căn cước')));
    assert.ok(g.notes.every((d) => !d.copies));
    assert.ok(!g.submit.some((d) => /^Trường hợp/.test(d.name)));
  });

  it('keeps every paper once, in one group', () => {
    for (const p of catalogue) {
      const g = groupDocuments(p.documents);
      assert.equal(g.submit.length + g.show.length + g.cases.length + g.notes.length, p.documents?.length ?? 0, p.code);
    }
  });

  it('puts the form of a household business registration first and its authorisation cases apart', () => {
    const g = groupDocuments(byCode('1.001612').documents);
    assert.equal(g.submit[0]!.name, 'Giấy đề nghị đăng ký hộ kinh doanh;');
    assert.ok(g.cases.length >= 5);
  });

  it('reads an empty list as empty groups', () => {
    assert.deepEqual(groupDocuments(undefined), { submit: [], show: [], cases: [], notes: [] });
  });
});
