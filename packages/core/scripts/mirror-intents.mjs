// Writes src/search/intents-data.ts, the mirror of data/curated/intents.json that bundlers and tsc read
// without a JSON import (as satisfaction/criteria-data.ts mirrors criteria.json), without the sources:
// they are for the people reviewing the file, and a phone would fetch them for nothing (they are two
// thirds of its weight). test/intents.test.ts keeps the two equal.
// Run after editing intents.json: node packages/core/scripts/mirror-intents.mjs
import { readFileSync, writeFileSync } from 'node:fs';

/** The intents data as the engine reads it: no `about` or `source` texts. */
export const withoutSources = (data) =>
  JSON.parse(JSON.stringify(data, (key, value) => (key === 'about' || key === 'source' ? undefined : value)));

const data = withoutSources(JSON.parse(readFileSync(new URL('../data/curated/intents.json', import.meta.url), 'utf8')));
if (process.argv[1] === new URL(import.meta.url).pathname)
  writeFileSync(
    new URL('../src/search/intents-data.ts', import.meta.url),
    `// Generated mirror of data/curated/intents.json (scripts/mirror-intents.mjs), without its sources; a unit test keeps the two equal.
import type { SearchIntents } from './types.js';

export const INTENTS: SearchIntents = ${JSON.stringify(data, null, 1)};
`,
  );
