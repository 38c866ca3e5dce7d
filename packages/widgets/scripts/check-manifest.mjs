// Fails when the committed custom-elements.json (and the VS Code custom data made beside it) differ
// from what the analyzer makes of the widgets' JSDoc now: the docs pages, Storybook's args tables and
// editors read these files, so they must never go stale. Runs the analyzer in place (as the build does),
// so after a failure the fresh files are there to review and commit. `npm test` runs it in the lint suite.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const FILES = ['custom-elements.json', 'vscode.html-custom-data.json'];
const read = (f) => {
  try {
    return readFileSync(join(root, f), 'utf8');
  } catch {
    return '';
  }
};

const committed = FILES.map(read);
const r = spawnSync('pnpm', ['exec', 'cem', 'analyze'], { cwd: root, encoding: 'utf8' });
if (r.status !== 0) {
  process.stderr.write(r.stderr ?? '');
  console.error('custom elements manifest: the analyzer failed');
  process.exit(1);
}
const stale = FILES.filter((f, i) => read(f) !== committed[i]);
if (stale.length) {
  console.error(
    `custom elements manifest: ${stale.join(' and ')} did not match the widgets' JSDoc; the fresh ` +
      `file${stale.length > 1 ? 's are' : ' is'} written in packages/widgets: review and commit.`,
  );
  process.exit(1);
}
console.log('custom elements manifest: up to date');
