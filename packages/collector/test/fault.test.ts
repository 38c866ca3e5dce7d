// Fault: kill -9 the collector while a client streams ratings; after a restart on the same data
// directory every acknowledged rating is there, and re-sending everything (as the widgets' outbox
// does) stores each rating exactly once.
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';

const main = join(import.meta.dirname, '..', 'src', 'main.ts');
const dataDir = mkdtempSync(join(tmpdir(), 'motcua-fault-'));

function start(port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', main], {
    env: {
      ...process.env,
      PORT: String(port),
      DATA_DIR: dataDir,
      MOTCUA_SEED_DEMO: '1',
      // The demo unit without its invented activity, so the count is of this test's ratings only.
      MOTCUA_DEMO_EMPTY: '1',
      MOTCUA_RATE_IP: '1000000',
      MOTCUA_RATE_UNIT: '1000000',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (d) => {
      out += String(d);
      if (out.includes('listening on')) resolve(child);
    });
    child.once('exit', (code) => reject(new Error(`collector exited early (${code})`)));
  });
}

/** Resolves when the child has exited, also when it already had before this was called. */
const exited = (child: ChildProcess) =>
  child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise<void>((resolve) => child.once('exit', () => resolve()));

const send = (port: number, id: string) =>
  fetch(`http://127.0.0.1:${port}/api/v1/units/demo/ratings`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ id, scale: 3, score: 1 + (id.charCodeAt(0) % 3) }),
  }).then((r) => r.status);

describe('collector under kill -9', () => {
  after(() => rmSync(dataDir, { recursive: true, force: true }));

  it('keeps every acknowledged rating and stores none twice', { timeout: 120_000 }, async () => {
    const port = 20000 + Math.floor(Math.random() * 20000);
    let child = await start(port);
    const sent: string[] = [];
    const acked = new Set<string>();
    let killed = false;
    const stream = async () => {
      while (!killed) {
        const id = crypto.randomUUID();
        sent.push(id);
        try {
          const status = await send(port, id);
          if (status === 201 || status === 200) acked.add(id);
        } catch {
          /* the connection died with the server */
        }
      }
    };
    const clients = Promise.all(Array.from({ length: 8 }, stream));
    while (acked.size < 200) await new Promise((r) => setTimeout(r, 20));
    child.kill('SIGKILL');
    killed = true;
    await Promise.all([clients, exited(child)]);
    const ackedAtKill = acked.size;

    child = await start(port);
    try {
      // Every acknowledged rating survived: re-sending it finds it stored (200, not 201).
      for (const id of acked) assert.equal(await send(port, id), 200, `acknowledged rating ${id} was lost`);
      // The outbox re-sends the unacknowledged ones; each is stored once.
      for (const id of sent) if (!acked.has(id)) assert.ok([200, 201].includes(await send(port, id)));
      const summary = await (await fetch(`http://127.0.0.1:${port}/api/v1/units/demo/ratings/summary`)).json();
      assert.equal(summary.total, new Set(sent).size);
      console.log(
        `fault: ${ackedAtKill} acknowledged before kill -9, ${sent.length - ackedAtKill} in flight or unacknowledged; ${summary.total} stored after restart and re-send`,
      );
    } finally {
      child.kill('SIGTERM');
      await exited(child);
    }
  });
});
