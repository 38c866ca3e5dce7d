/** A batch of anonymous campaign and widget counts (impressions, clicks, dismissals): no personal data. */
import * as v from 'valibot';
import { int, isoDate, oneOf, optionalText, record, say, uuid } from './fields.js';
import { M, msg } from './messages.js';

export const EVENT_TYPES = ['impression', 'click', 'dismiss'] as const;
export type EventType = (typeof EVENT_TYPES)[number];

const EventCountSchema = v.pipe(
  record(
    {
      type: oneOf(EVENT_TYPES),
      campaign: optionalText(60),
      widget: optionalText(60),
      count: int(1, 10_000),
      /** The visitor's day (YYYY-MM-DD) in Vietnam. */
      day: isoDate(),
    },
    { day: M.date },
  ),
  v.forward(
    v.partialCheck(
      [['campaign'], ['widget']],
      (e) => Boolean(e.campaign || e.widget),
      say(msg('Cần mã chiến dịch hoặc tiện ích.', 'A campaign or widget is required.')),
    ),
    ['campaign'],
  ),
);

const eventsMessage = msg('Cần từ 1 đến 200 sự kiện.', 'Send between 1 and 200 events.');

export const EventBatchSchema = record(
  {
    /** Makes a resent batch count once. */
    id: uuid(),
    events: v.pipe(
      v.custom<unknown[]>((x) => Array.isArray(x) && x.length >= 1 && x.length <= 200, say(eventsMessage)),
      v.array(EventCountSchema),
    ),
  },
  { events: eventsMessage },
);

export type EventBatch = v.InferOutput<typeof EventBatchSchema>;
export type EventCount = EventBatch['events'][number];
