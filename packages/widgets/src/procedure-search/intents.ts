/**
 * The search's intents data (life events, purposes, informal names) with the engine's code that reads it,
 * and the words citizens used for each procedure ("asked as", learnt from the development query sets):
 * a module of its own in the CDN build, all loaded on demand, after the words alone already search.
 */
import type { ProcedureIndexOptions, Understanding } from '@motcua/core/search';
import { INTENTS } from '@motcua/core/search/intents';
import { LEARNED } from '@motcua/core/search/learned';
import { understandIntents } from '@motcua/core/search/understand';

export const UNDERSTANDING: Understanding = understandIntents(INTENTS);

/** The index options this part adds: what citizens mean and the words they used. */
export const MEANING: ProcedureIndexOptions = { intents: UNDERSTANDING, learned: LEARNED };
