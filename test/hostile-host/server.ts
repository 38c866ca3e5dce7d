// A small static server for the hostile-host test: /hostile and /clean pages with every widget found
// in packages/widgets/src/<name>/<name>.ts, the CDN build under /cdn/, the procedure catalogue under
// /data/, all with the strict CSP a careful ward CMS sends (no unsafe-inline, no wasm-unsafe-eval).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const here = import.meta.dirname;
const repo = join(here, '..', '..');
const widgetsSrc = join(repo, 'packages', 'widgets', 'src');
export const CSP = "default-src 'self'; script-src 'self'; style-src 'self'";

const MOUNTS: [string, string][] = [
  ['/cdn/', join(repo, 'packages', 'widgets', 'dist', 'cdn')],
  ['/data/', join(repo, 'packages', 'core', 'data')],
  ['/assets/', join(here, 'assets')],
];
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/** Attributes a widget needs to show something useful without a collector; others get unit/lang only. */
const EXTRA: Record<string, string> = {
  'motcua-procedure-search': 'src="/data/procedures.json"',
};

/** Tags of every widget with a define module, as the CDN build finds them. */
export function widgetTags(): string[] {
  return readdirSync(widgetsSrc, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(widgetsSrc, d.name, `${d.name}.ts`)))
    .map((d) => `motcua-${d.name}`)
    .sort();
}

function widgetsHtml(origin: string): string {
  return widgetTags()
    .map(
      (tag) => `<section class="slot" aria-labelledby="h-${tag}">
  <h2 id="h-${tag}">${tag}</h2>
  <p><a id="before-${tag}" href="#h-${tag}">Trước tiện ích ${tag}</a></p>
  <div class="frame" data-widget="${tag}"><${tag} unit="demo" endpoint="${origin}" ${EXTRA[tag] ?? ''}></${tag}></div>
</section>`,
    )
    .join('\n');
}

export function startHostileHost(): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer((req, res) => {
    const headers = { 'Content-Security-Policy': CSP, 'X-Content-Type-Options': 'nosniff' };
    const url = new URL(req.url ?? '/', 'http://x');
    const origin = `http://${req.headers.host}`;
    if (url.pathname === '/api/v1/units/demo/ratings/summary') {
      // The collector's summary shape (cross-team contract), so the results widget has figures to draw.
      const summary = {
        total: 40,
        counts: { '1': 4, '2': 10, '3': 26 },
        satisfied: 36,
        satisfiedRate: 0.9,
        periods: [
          { period: '2026-10', total: 18, satisfied: 16, satisfiedRate: 16 / 18 },
          { period: '2026-11', total: 22, satisfied: 20, satisfiedRate: 20 / 22 },
        ],
      };
      res.writeHead(200, { ...headers, 'Content-Type': TYPES['.json'] }).end(JSON.stringify(summary));
      return;
    }
    if (url.pathname === '/favicon.ico') {
      // Browsers ask for it on their own; a 404 would show as a console error the test counts.
      res.writeHead(204, headers).end();
      return;
    }
    if (url.pathname === '/api/v1/units/demo/campaigns') {
      // The collector's campaign list (same shape as a static campaigns.json), so the banner has one to show.
      res
        .writeHead(200, { ...headers, 'Content-Type': TYPES['.json'] })
        .end(readFileSync(join(here, 'campaigns.json')));
      return;
    }
    if (url.pathname === '/api/v1/units/demo/feedback/ticket') {
      // The feedback box asks for a form ticket when it is shown (the collector's fill timer).
      res
        .writeHead(200, { ...headers, 'Content-Type': TYPES['.json'] })
        .end(JSON.stringify({ ticket: 'hostile-page' }));
      return;
    }
    if (url.pathname === '/api/v1/units/demo/support-points') {
      // The collector's support-points list, with one point open day and night (so it reads the same at any hour).
      res
        .writeHead(200, { ...headers, 'Content-Type': TYPES['.json'] })
        .end(readFileSync(join(here, 'support-points.json')));
      return;
    }
    if (url.pathname === '/api/v1/units/demo/events' && req.method === 'POST') {
      // The banner's impression and click counts: taken as the collector takes them (202 with the batch id).
      let body = '';
      req.on('data', (chunk) => {
        body += chunk;
      });
      req.on('end', () => {
        let id = '';
        try {
          id = String(JSON.parse(body).id ?? '');
        } catch {}
        res.writeHead(id ? 202 : 400, { ...headers, 'Content-Type': TYPES['.json'] }).end(JSON.stringify({ id }));
      });
      return;
    }
    const page = url.pathname.match(/^\/(hostile|clean)$/)?.[1];
    if (page) {
      const body = readFileSync(join(here, `${page}.html`), 'utf8').replace('<!--WIDGETS-->', widgetsHtml(origin));
      res.writeHead(200, { ...headers, 'Content-Type': TYPES['.html'] }).end(body);
      return;
    }
    for (const [prefix, dir] of MOUNTS) {
      if (!url.pathname.startsWith(prefix)) continue;
      const file = normalize(join(dir, decodeURIComponent(url.pathname.slice(prefix.length))));
      if (!file.startsWith(dir + sep) || !existsSync(file) || !statSync(file).isFile()) break;
      res.writeHead(200, { ...headers, 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(readFileSync(file));
      return;
    }
    res.writeHead(404, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' }).end('not found');
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      resolve({
        url: `http://127.0.0.1:${port}`,
        close: () => new Promise<void>((r) => server.close(() => r())),
      });
    });
  });
}
