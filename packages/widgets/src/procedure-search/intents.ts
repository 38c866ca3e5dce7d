/** The search's intents data (life events, purposes, informal names), a module of its own in the CDN build. */
export { INTENTS } from '@motcua/core/search/intents';
