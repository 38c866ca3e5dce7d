import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  hoursProblems,
  isoWeekday,
  type OpeningHours,
  openState,
  relativeTime,
  weeklyOpenMinutes,
} from '../src/hours/index.js';

/** An instant given in Vietnam time. */
const vn = (local: string) => Date.parse(`${local}+07:00`);

// 2026-12-07 is a Monday.
const office: OpeningHours = {
  weekly: [
    { days: [1, 2, 3, 4, 5], open: '07:30', close: '11:30' },
    { days: [1, 2, 3, 4, 5], open: '13:30', close: '17:00' },
    { days: [6], open: '07:30', close: '11:30' },
  ],
};
/** A point in a cultural house, open in the evening until 02:00 on Friday and Saturday nights. */
const evening: OpeningHours = {
  weekly: [
    { days: [1, 2, 3, 4], open: '17:30', close: '21:00' },
    { days: [5, 6], open: '17:30', close: '02:00' },
  ],
  holidays: ['2026-12-10'],
  exceptions: [
    { date: '2026-12-08', hours: [{ open: '08:00', close: '21:00' }], note: 'Mở cả ngày hỗ trợ hồ sơ cuối năm' },
  ],
};
const allDay: OpeningHours = { weekly: [{ days: [1, 2, 3, 4, 5, 6, 7], open: '00:00', close: '24:00' }] };

describe('opening hours', () => {
  it('knows ISO weekdays in Vietnam dates', () => {
    assert.equal(isoWeekday('2026-12-07'), 1);
    assert.equal(isoWeekday('2026-12-13'), 7);
  });

  it('is open within a range and says when it closes; closed at lunch and says when it reopens', () => {
    assert.deepEqual(openState(office, vn('2026-12-07T09:00')), { open: true, closesAt: vn('2026-12-07T11:30') });
    assert.deepEqual(openState(office, vn('2026-12-07T12:00')), { open: false, opensAt: vn('2026-12-07T13:30') });
    // Closing time itself is closed.
    assert.equal(openState(office, vn('2026-12-07T17:00')).open, false);
  });

  it('crosses the weekend: Saturday afternoon reopens on Monday morning', () => {
    const state = openState(office, vn('2026-12-12T14:00'));
    assert.deepEqual(state, { open: false, opensAt: vn('2026-12-14T07:30') });
    assert.deepEqual(relativeTime(vn('2026-12-14T07:30'), vn('2026-12-12T14:00')), { clock: '07:30', day: 1 });
  });

  it('runs past midnight: Friday evening hours are still open at 01:00 on Saturday', () => {
    assert.deepEqual(openState(evening, vn('2026-12-12T01:00')), { open: true, closesAt: vn('2026-12-12T02:00') });
    assert.deepEqual(relativeTime(vn('2026-12-12T02:00'), vn('2026-12-11T23:00')), { clock: '02:00', day: 'tomorrow' });
    // Thursday's range ends at 21:00, so 01:00 on Friday is closed.
    assert.equal(openState(evening, vn('2026-12-11T01:00')).open, false);
  });

  it('stays closed on a holiday and says so; an exception replaces the weekly hours with its note', () => {
    const holiday = openState(evening, vn('2026-12-10T18:00'));
    assert.deepEqual(holiday, { open: false, opensAt: vn('2026-12-11T17:30'), holiday: true });
    assert.deepEqual(openState(evening, vn('2026-12-08T09:00')), { open: true, closesAt: vn('2026-12-08T21:00') });
    const before = openState(evening, vn('2026-12-08T07:00'));
    assert.equal(before.open, false);
    assert.equal(!before.open && before.note, 'Mở cả ngày hỗ trợ hồ sơ cuối năm');
  });

  it('is open around the clock without a closing time, until a holiday closes it', () => {
    assert.deepEqual(openState(allDay, vn('2026-12-07T03:00')), { open: true });
    const closing = openState({ ...allDay, holidays: ['2026-12-09'] }, vn('2026-12-07T03:00'));
    assert.deepEqual(closing, { open: true, closesAt: vn('2026-12-09T00:00') });
  });

  it('answers with no opening when nothing opens in the next two weeks', () => {
    assert.deepEqual(openState({ weekly: [] }, vn('2026-12-07T03:00')), { open: false });
  });

  it('names the problems of hours a staff member typed', () => {
    assert.deepEqual(hoursProblems(office), []);
    assert.deepEqual(
      hoursProblems({
        weekly: [{ days: [0, 8], open: '25:00', close: '17:60' }],
        exceptions: [{ date: '2026-02-30', closed: true }],
        holidays: ['30/4/2026'],
      }),
      [
        { path: 'weekly.0.days', code: 'days' },
        { path: 'weekly.0.open', code: 'clock' },
        { path: 'weekly.0.close', code: 'clock' },
        { path: 'exceptions.0.date', code: 'date' },
        { path: 'holidays.0', code: 'date' },
      ],
    );
  });
});

describe('weeklyOpenMinutes', () => {
  it('adds the week’s ranges, overlaps once, past midnight into the next day and Sunday night into Monday', () => {
    // Office: 4 h + 3.5 h on five weekdays, and Saturday morning's 4 h.
    assert.equal(weeklyOpenMinutes(office) / 60, 41.5);
    assert.equal(
      weeklyOpenMinutes({
        weekly: [
          { days: [1], open: '08:00', close: '12:00' },
          { days: [1], open: '10:00', close: '14:00' },
        ],
      }),
      6 * 60,
    );
    // Saturday 22:00 → Sunday 02:00 and Sunday 22:00 → Monday 02:00: 8 hours, the second wrapping the week.
    assert.equal(weeklyOpenMinutes({ weekly: [{ days: [6, 7], open: '22:00', close: '02:00' }] }), 8 * 60);
    // Sunday night's range and Monday's early range overlap once the week wraps.
    assert.equal(
      weeklyOpenMinutes({
        weekly: [
          { days: [7], open: '22:00', close: '03:00' },
          { days: [1], open: '01:00', close: '04:00' },
        ],
      }),
      6 * 60,
    );
    assert.equal(
      weeklyOpenMinutes({ weekly: [{ days: [1, 2, 3, 4, 5, 6, 7], open: '00:00', close: '24:00' }] }),
      7 * 24 * 60,
    );
    assert.equal(weeklyOpenMinutes({ weekly: [] }), 0);
  });
});
