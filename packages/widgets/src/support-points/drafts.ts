/** The one IndexedDB store of <motcua-support-points>: the list read last (offline) and the request's draft. */
import { createDraftStore } from '@motcua/core/drafts';

export const drafts = createDraftStore();
