// The contest's rules as pure functions (src/contests): drawing questions without their answers,
// grading single and multiple choice, the ranking order, and what the public results show of a person.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type BankQuestion, drawQuestions, shuffled } from '../src/contests/draw.js';
import { grade } from '../src/contests/grading.js';
import { ageGroup, maskName } from '../src/contests/masking.js';
import { perfectCount, rankEntries } from '../src/contests/ranking.js';

/** A repeatable stand-in for crypto randomness (mulberry32), so the tests know what was drawn. */
function seeded(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), s | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const bank: BankQuestion[] = Array.from({ length: 20 }, (_, i) => ({
  id: `q${i + 1}`,
  text: `Câu hỏi ${i + 1}`,
  kind: i % 5 === 0 ? 'multiple' : 'single',
  options: ['a', 'b', 'c', 'd'].map((o) => ({
    id: `q${i + 1}${o}`,
    text: o.toUpperCase(),
    correct: o === 'b' || (i % 5 === 0 && o === 'd'),
  })),
}));

describe('drawing an attempt', () => {
  it('draws N distinct questions of the bank, every option of each, and no answers', () => {
    const drawn = drawQuestions(bank, 10, seeded(1));
    assert.equal(drawn.length, 10);
    assert.equal(new Set(drawn.map((q) => q.id)).size, 10);
    for (const q of drawn) {
      const source = bank.find((b) => b.id === q.id);
      assert.ok(source);
      assert.deepEqual(q.options.map((o) => o.id).sort(), source.options.map((o) => o.id).sort());
      assert.ok(!JSON.stringify(q).includes('correct'), 'an answer left the server');
    }
  });

  it('draws differently for different attempts and shuffles options', () => {
    const a = drawQuestions(bank, 10, seeded(1)).map((q) => q.id);
    const b = drawQuestions(bank, 10, seeded(2)).map((q) => q.id);
    assert.notDeepEqual(a, b);
    const orders = new Set(Array.from({ length: 20 }, (_, i) => shuffled(['a', 'b', 'c', 'd'], seeded(i)).join('')));
    assert.ok(orders.size > 5, `only ${orders.size} orders`);
  });

  it('gives the whole bank when it holds fewer questions than asked', () => {
    assert.equal(drawQuestions(bank.slice(0, 3), 10, seeded(3)).length, 3);
  });
});

describe('grading', () => {
  const drawn = ['q1', 'q2', 'q3'];
  it('counts a single choice right only with its right option, a multiple only with exactly its right options', () => {
    assert.deepEqual(grade(bank, drawn, { q1: ['q1b', 'q1d'], q2: ['q2b'], q3: ['q3a'] }), {
      correct: 2,
      total: 3,
      right: ['q1', 'q2'],
    });
    assert.equal(grade(bank, drawn, { q1: ['q1b'] }).correct, 0, 'half of a multiple choice is not right');
    assert.equal(grade(bank, drawn, { q1: ['q1b', 'q1d', 'q1a'] }).correct, 0, 'an extra option spoils it');
  });

  it('gives nothing for questions not drawn or options of another question', () => {
    assert.equal(grade(bank, drawn, { q4: ['q4b'], q2: ['q3b'] }).correct, 0);
    assert.equal(grade(bank, drawn, {}).total, 3);
  });
});

describe('ranking', () => {
  const at = (s: number) => new Date(Date.UTC(2026, 11, 6, 2, 0, s));
  const entries = [
    { id: 'a', correct: 9, prediction: 40, tookMs: 300_000, submittedAt: at(1) },
    { id: 'b', correct: 10, prediction: 10, tookMs: 500_000, submittedAt: at(2) },
    { id: 'c', correct: 10, prediction: 3, tookMs: 200_000, submittedAt: at(3) },
    { id: 'd', correct: 10, prediction: 3, tookMs: 100_000, submittedAt: at(4) },
    { id: 'e', correct: 10, prediction: null, tookMs: 50_000, submittedAt: at(0) },
    { id: 'f', correct: 10, prediction: 3, tookMs: 100_000, submittedAt: at(5) },
  ];

  it('orders by score, then prediction distance, then time taken, then submission time', () => {
    const actual = perfectCount(entries, 10);
    assert.equal(actual, 5);
    const ranked = rankEntries(entries, actual);
    assert.deepEqual(
      ranked.map((r) => r.entry.id),
      ['d', 'f', 'c', 'b', 'e', 'a'],
    );
    assert.deepEqual(
      ranked.map((r) => r.rank),
      [1, 2, 3, 4, 5, 6],
    );
    assert.equal(ranked[0]?.predictionDistance, 2);
    assert.equal(ranked[4]?.predictionDistance, null);
  });
});

describe('what the public results show', () => {
  it('keeps the family name and the initials of the rest, in NFC', () => {
    assert.equal(maskName('Nguyễn Văn An'), 'Nguyễn V. A.');
    assert.equal(maskName('  trần   thị  ánh  '), 'trần T. Á.');
    assert.equal(maskName('Lê Đức Thọ'.normalize('NFD')), 'Lê Đ. T.');
    assert.equal(maskName(''), '');
  });

  it('puts a year of birth in its age group', () => {
    assert.equal(ageGroup(2010, 2026), 'dưới 18');
    assert.equal(ageGroup(2000, 2026), '18–29');
    assert.equal(ageGroup(1960, 2026), 'từ 60');
  });
});
