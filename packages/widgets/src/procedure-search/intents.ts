/**
 * The search's intents data (life events, purposes, informal names) with the engine's code that reads it,
 * a module of its own in the CDN build: both load on demand, after the words alone already search.
 */
import type { Understanding } from '@motcua/core/search';
import { INTENTS } from '@motcua/core/search/intents';
import { understandIntents } from '@motcua/core/search/understand';

export const UNDERSTANDING: Understanding = understandIntents(INTENTS);
