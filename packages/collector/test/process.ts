// The collector as a deployment runs it: its own process (src/main.ts, or the CLI), real HTTP on the port
// the system gives it. For the tests and benchmarks of several instances on one database.
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

const src = join(import.meta.dirname, '..', 'src');
const node = [process.execPath, '--conditions=source', '--import', 'tsx'] as const;

export interface CollectorProcess {
  child: ChildProcess;
  port: number;
  url: string;
  /** SIGTERM, then the exit. */
  stop(): Promise<void>;
}

/**
 * Starts src/main.ts with env (PORT 0: the collector prints the port it got); resolves once it listens.
 * COLLECTOR_NODE_FLAGS adds Node flags to the collector's process only, e.g. to profile it under a bench:
 * `COLLECTOR_NODE_FLAGS="--cpu-prof --cpu-prof-dir=/tmp/prof" pnpm bench contest` (Node refuses
 * `--cpu-prof` in NODE_OPTIONS).
 */
export function spawnCollector(env: Record<string, string>): Promise<CollectorProcess> {
  const [exe, ...flags] = node;
  const extra = (process.env.COLLECTOR_NODE_FLAGS ?? '').split(' ').filter(Boolean);
  const child = spawn(exe, [...flags, ...extra, join(src, 'main.ts')], {
    env: { ...process.env, PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let errors = '';
  child.stderr?.on('data', (d) => {
    errors += String(d);
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    child.stdout?.on('data', (d) => {
      const m = /listening on (http:\/\/[^:]+:(\d+))/.exec(String(d));
      if (m)
        resolve({
          child,
          port: Number(m[2]),
          url: m[1] as string,
          async stop() {
            if (child.exitCode === null) child.kill('SIGTERM');
            await exited;
          },
        });
    });
    child.once('exit', (code) => reject(new Error(`collector exited (${code}): ${errors.slice(-2000)}`)));
  });
}

/** Runs `motcua-collector <args…>` (src/cli.ts) with env; its standard output. */
export async function runCli(args: string[], env: Record<string, string>): Promise<string> {
  const [exe, ...flags] = node;
  const { stdout } = await promisify(execFile)(exe, [...flags, join(src, 'cli.ts'), ...args], {
    env: { ...process.env, ...env },
  });
  return stdout;
}
