/**
 * The feedback form's draft (bản nháp) in IndexedDB, one per unit: what the citizen typed, saved a
 * moment after each keystroke, and the submission handed to the outbox, so that after a reload the
 * box knows whether that submission was acknowledged, still waits, or is gone. Drafts are a
 * convenience: without IndexedDB the form works, and nothing here throws.
 */
import { createDraftStore } from '@motcua/core/drafts';
import { pageOutbox } from '../shared/outbox.js';
import type { Values } from './fields.js';

export interface DraftData {
  values: Values;
  publish: boolean;
  startedAt: string;
  /** The collector's form ticket for this draft (the fill time on the server's clock). */
  ticket?: string;
  /** The submission handed to the outbox and not yet acknowledged. */
  pendingId?: string;
}

/** What became of the submission a draft names: acknowledged (with the collector's answer), or waiting. */
export type Outcome = { sent: true; response: unknown } | { sent: false };

const drafts = createDraftStore();
const SAVE_DELAY = 250;

/** The draft of one form: `key` and `snapshot` are read when a save happens, not when it is asked for. */
export class FeedbackDraft {
  private timer?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly key: () => string,
    private readonly snapshot: () => DraftData,
  ) {}

  /** The saved draft; throws without IndexedDB. */
  async load(): Promise<DraftData | undefined> {
    return (await drafts.load<DraftData>(this.key()))?.data;
  }

  /** Saves the form as it is a moment from now, once typing pauses. */
  saveSoon(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.save(), SAVE_DELAY);
  }

  /** Saves the form as it is now, or `data` instead. */
  async save(data: DraftData = this.snapshot()): Promise<void> {
    await drafts.save(this.key(), data).catch(() => undefined);
  }

  /** Forgets a save still due (the last keystroke's must not undo what came after). */
  cancel(): void {
    clearTimeout(this.timer);
  }

  async remove(): Promise<void> {
    await drafts.remove(this.key()).catch(() => undefined);
  }
}

/** Whether submission `id` was acknowledged, still waits in the outbox, or neither (undefined). */
export async function outcome(id: string): Promise<Outcome | undefined> {
  const box = pageOutbox();
  const sent = await box.result(id);
  if (sent) return { sent: true, response: sent.response };
  const pending = await box.pending('feedback');
  return pending.some((p) => p.id === id) ? { sent: false } : undefined;
}
