/**
 * The search index of the element's catalogue: built in slices between the page's other work, so loading
 * a large catalogue never blocks the page, and built again once the intents data (what citizens mean
 * beyond the words: core's intents and the words citizens used, "asked as", a part of its own fetched with
the catalogue) is here. A query that
 * comes first finishes the build at once ({@link CatalogueIndex.now}). Without Lit.
 */
import {
  type Procedure,
  type ProcedureIndex,
  type ProcedureIndexBuilder,
  startProcedureIndex,
} from '@motcua/core/search';
import { onDemand } from '../shared/on-demand.js';

/**
 * Main-thread time one slice of the background index build may take, in ms. A phone runs about four
 * times slower than a desktop, so this stays well under the 50 ms that makes a task "long".
 */
const SLICE_MS = 6;

/** Lets the browser paint and handle input between slices: scheduler.yield where there is one. */
const yieldToMain = (): Promise<void> => {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
};

export class CatalogueIndex {
  private built?: ProcedureIndex;
  private builder?: ProcedureIndexBuilder;
  private procs: readonly Procedure[] = [];
  private readonly intents = onDemand(() => import('./intents.js').then((m) => m.MEANING));

  /** `onIntents`: the index was built again with the intents data (the element searches again). */
  constructor(private readonly onIntents: () => void) {}

  /** Starts indexing a new catalogue in the background. */
  use(procs: readonly Procedure[]): void {
    this.procs = procs;
    this.built = undefined;
    const intents = this.intents.value;
    const builder = startProcedureIndex(procs, intents ?? {});
    this.builder = builder;
    if (!intents)
      this.intents.get().then(
        () => {
          if (this.procs !== procs) return;
          this.use(procs);
          this.onIntents();
        },
        () => undefined, // offline: the words alone still search
      );
    const slice = () => {
      if (this.builder !== builder) return;
      const end = performance.now() + SLICE_MS;
      if (builder.step(() => performance.now() < end)) this.now();
      else void yieldToMain().then(slice);
    };
    void yieldToMain().then(slice);
  }

  /** The search index, finishing its build now if the background slices have not. */
  now(): ProcedureIndex | undefined {
    if (!this.built && this.builder) {
      this.built = this.builder.finish();
      this.builder = undefined;
    }
    return this.built;
  }
}
