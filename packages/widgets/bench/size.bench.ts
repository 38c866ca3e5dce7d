// Prints the CDN size table (min and min+gzip per widget file, the autoloader, all budgeted widgets on
// one page) with the budgets of issue 10. The same figures are enforced by the "size" test suite.
// @ts-expect-error: a plain .mjs script without declarations
import { measureFresh, printTable } from '../scripts/size.mjs';

printTable(await measureFresh());
