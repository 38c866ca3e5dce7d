// The rating load of the collector benchmarks: 64 keep-alive connections over loopback, spread evenly
// over one or more collector processes (as a load balancer would), at saturation or at a rate offered.
//
// The client shares the 2-core machine with the collector and the database, so it is kept lean: 64 raw
// keep-alive sockets, one request in flight on each, answers read by Content-Length (the collector always
// sends it). node:http's client used 67–122 µs of CPU per request on 1 Dec 2026 against 53–57 µs for this
// one, capacity taken from the server it measures; BENCH_CLIENT=http uses it instead, to compare. The CPU
// per request of collector and client is printed too: it depends less on the machine's load than the rate
// does (it still grows when contention makes batches smaller).
import { readFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { connect, type Socket } from 'node:net';
import { type CollectorProcess, spawnCollector } from '../test/process.js';

export const CONNECTIONS = 64;
export const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);

/** A collector process seeded with the demo unit and limits no benchmark reaches. */
export const startCollector = (env: Record<string, string>) =>
  spawnCollector({
    ...env,
    MOTCUA_SEED_DEMO: '1',
    MOTCUA_RATE_IP: '100000000',
    MOTCUA_RATE_UNIT: '100000000',
  });

function post(agent: Agent, port: number, body: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        agent,
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: '/api/v1/units/demo/ratings',
        headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** One keep-alive connection speaking just enough HTTP/1.1: a request out, its answer's status back. */
class Conn {
  private buf: Buffer = Buffer.alloc(0);
  private pending?: { resolve(status: number): void; reject(e: Error): void };
  private constructor(private readonly socket: Socket) {
    socket.setNoDelay(true);
    socket.on('data', (d: Buffer) => {
      this.buf = this.buf.length ? Buffer.concat([this.buf, d]) : d;
      this.parse();
    });
    socket.on('error', (e) => this.pending?.reject(e));
    socket.on('close', () => this.pending?.reject(new Error('connection closed')));
  }

  static open(port: number): Promise<Conn> {
    return new Promise((resolve, reject) => {
      const s = connect(port, '127.0.0.1', () => resolve(new Conn(s)));
      s.once('error', reject);
    });
  }

  post(port: number, body: string): Promise<number> {
    return new Promise((resolve, reject) => {
      this.pending = { resolve, reject };
      this.socket.write(
        `POST /api/v1/units/demo/ratings HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: keep-alive\r\n\r\n${body}`,
      );
    });
  }

  private parse() {
    const end = this.buf.indexOf('\r\n\r\n');
    if (end < 0 || !this.pending) return;
    const head = this.buf.subarray(0, end).toString('latin1');
    const length = Number(/\r\ncontent-length: *(\d+)/i.exec(head)?.[1] ?? 0);
    if (this.buf.length < end + 4 + length) return;
    this.buf = this.buf.subarray(end + 4 + length);
    const p = this.pending;
    this.pending = undefined;
    p.resolve(Number(head.slice(9, 12)));
  }

  close() {
    this.socket.destroy();
  }
}

/** CPU seconds (user + system) a process has used, from /proc; undefined where there is none. */
export function cpuSeconds(pid: number | undefined): number | undefined {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return undefined;
  }
}

/**
 * Saturation (no `rate`): each connection sends its next rating as soon as the last is answered. Paced
 * (`rate` ratings/s offered, spread over the connections): each rating is due at its own time and its
 * latency counts from then, so a stall that delays later sends is counted, not hidden.
 */
export async function load(targets: CollectorProcess[], rate?: number, seconds = SECONDS) {
  const raw = process.env.BENCH_CLIENT !== 'http';
  const agent = new Agent({ keepAlive: true, maxSockets: CONNECTIONS });
  // Connections spread evenly over the instances, as a load balancer would.
  const portOf = (i: number) => (targets[i % targets.length] as CollectorProcess).port;
  const conns = raw ? await Promise.all(Array.from({ length: CONNECTIONS }, (_, i) => Conn.open(portOf(i)))) : [];
  const send = (i: number, body: string) =>
    raw ? (conns[i] as Conn).post(portOf(i), body) : post(agent, portOf(i), body);
  const serverCpuNow = () => targets.reduce((sum, t) => sum + (cpuSeconds(t.child.pid) ?? NaN), 0);
  const latencies: number[] = [];
  let accepted = 0;
  let other = 0;
  // Warm-up.
  await Promise.all(
    Array.from({ length: CONNECTIONS }, (_, i) =>
      send(i, JSON.stringify({ id: crypto.randomUUID(), scale: 3, score: 3 })),
    ),
  );
  const started = performance.now();
  const deadline = started + seconds * 1000;
  const clientCpu = process.cpuUsage();
  const serverCpu = serverCpuNow();
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async (_, i) => {
      for (let k = 0; ; k++) {
        const due = rate ? started + ((k * CONNECTIONS + i) / rate) * 1000 : performance.now();
        if (due >= deadline) break;
        const wait = due - performance.now();
        if (wait > 0) await new Promise((r) => setTimeout(r, wait));
        const body = JSON.stringify({
          id: crypto.randomUUID(),
          scale: 3,
          score: 1 + Math.floor(Math.random() * 3),
          mode: 'kiosk',
          officer: 'Cán bộ A',
        });
        const status = await send(i, body);
        latencies.push(performance.now() - due);
        if (status === 201) accepted++;
        else other++;
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  const client = process.cpuUsage(clientCpu);
  const serverEnd = serverCpuNow();
  const requests = accepted + other;
  // CPU per request: what load on the machine does not change, unlike the rate.
  const cpu = {
    server: ((serverEnd - serverCpu) * 1e6) / requests,
    client: (client.user + client.system) / requests,
  };
  agent.destroy();
  for (const c of conns) c.close();
  latencies.sort((a, b) => a - b);
  const q = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))] ?? 0;
  return { rate: accepted / elapsed, p50: q(0.5), p99: q(0.99), accepted, other, cpu };
}
