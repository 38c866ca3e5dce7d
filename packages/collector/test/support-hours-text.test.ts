// Opening hours as staff write them in a spreadsheet cell, read into core's OpeningHours (no storage).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { openState } from '@motcua/core';
import { parseHoursText } from '../src/support/hours-text.js';

describe('hours written in a spreadsheet cell', () => {
  it('reads day ranges, lists and several ranges a day', () => {
    assert.deepEqual(parseHoursText('T2-T6 07:30-11:30, 13:30-17:00; T7 07:30-11:30'), {
      weekly: [
        { days: [1, 2, 3, 4, 5], open: '07:30', close: '11:30' },
        { days: [1, 2, 3, 4, 5], open: '13:30', close: '17:00' },
        { days: [6], open: '07:30', close: '11:30' },
      ],
    });
    assert.deepEqual(parseHoursText('T2,T4,T6: 18h-21h')?.weekly, [{ days: [1, 3, 5], open: '18:00', close: '21:00' }]);
    assert.deepEqual(parseHoursText('Thứ 2 - Thứ 6: 7h30-11h30')?.weekly[0]?.days, [1, 2, 3, 4, 5]);
  });

  it('reads every day, around the clock, and Sunday evenings past midnight', () => {
    assert.deepEqual(parseHoursText('Hằng ngày 18:00-21:00')?.weekly[0]?.days, [1, 2, 3, 4, 5, 6, 7]);
    assert.deepEqual(parseHoursText('hang ngay 18:00-21:00')?.weekly[0]?.days, [1, 2, 3, 4, 5, 6, 7]);
    const always = parseHoursText('24/7');
    assert.ok(always && openState(always, Date.parse('2026-12-06T20:00:00Z')).open);
    const late = parseHoursText('CN 19:00-02:00');
    assert.ok(late);
    // Monday 01:00 in Vietnam is Sunday 18:00 UTC: still open from Sunday evening.
    assert.equal(openState(late, Date.parse('2026-12-06T18:00:00Z')).open, true);
  });

  it('refuses what it cannot read rather than guess', () => {
    for (const cell of [
      '',
      'mở buổi tối',
      'T2 25:00-26:00',
      'T6-T2 08:00-09:00',
      'T2 08:00-09:00-10:00',
      'T8 08:00-09:00',
    ])
      assert.equal(parseHoursText(cell), undefined, cell);
  });
});
