/**
 * The campaign banner's anonymous counts: impressions, clicks and dismissals tallied by (type, campaign,
 * day) and sent in batches to POST /units/{unit}/events, through the page's shared outbox when another
 * widget made one, else through core's small storage-backed queue (the IndexedDB outbox alone would take
 * a third of the banner's budget).
 *
 * Part of the banner's file, never loaded on demand: a count made after the connection dropped is
 * queued like any other. The banner makes its counter only when counting is on (a collector, and no Do
 * Not Track or GPC) and there is something to count, or when an earlier page view left batches to deliver.
 */
import {
  type CampaignEventType,
  type EventPost,
  eventQueue,
  eventTally,
  type KeyValueStore,
} from '@motcua/core/campaigns';
import { madeOutbox } from '../shared/page-outbox.js';

export interface Counter {
  /** Counts one event; the batch leaves once `delay` ms pass without another. */
  add(type: CampaignEventType, campaign: string, delay: number): void;
  /** Hands what is tallied to an outbox now (page hidden or left, banner removed). */
  flush(): void;
}

/**
 * A counter posting to `url()` (read at each send, so a changed `unit` is followed). Creating one also
 * sends the batches an earlier page view could not deliver.
 */
export function createCounter(url: () => string, store: KeyValueStore | undefined, newId: () => string): Counter {
  const tally = eventTally();
  const queue = eventQueue(store);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    clearTimeout(timer);
    const shared = madeOutbox();
    for (const events of tally.take()) {
      const id = newId();
      const item: EventPost = { id, url: url(), body: { id, events } };
      (shared ? shared.send({ ...item, kind: 'events' }) : queue.add(item)).catch(() => {});
    }
  };
  queue.flush();
  return {
    add(type, campaign, delay) {
      tally.add(type, campaign);
      clearTimeout(timer);
      timer = setTimeout(flush, delay);
    },
    flush,
  };
}
