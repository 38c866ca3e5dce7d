// A small static server for the hostile-host test: /hostile and /clean pages with every widget found
// in packages/widgets/src/<name>/<name>.ts, the CDN build under /cdn/, all with the strict CSP a careful
// ward CMS sends (no unsafe-inline, no wasm-unsafe-eval; fetches only to itself and to the ward's
// collector). It serves the hostile page's own files only: the widgets' API calls go, cross-origin, to
// the real collector the test starts, so its CORS allow-list is part of what is tested.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const here = import.meta.dirname;
const repo = join(here, '..', '..');
const widgetsSrc = join(repo, 'packages', 'widgets', 'src');
/** The page's policy: scripts and styles from itself only, requests to itself and the collector. */
export const csp = (collectorUrl: string) =>
  `default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self' ${collectorUrl}`;

const MOUNTS: [string, string][] = [
  ['/cdn/', join(repo, 'packages', 'widgets', 'dist', 'cdn')],
  ['/assets/', join(here, 'assets')],
];
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

/** Tags of every widget with a define module, as the CDN build finds them. */
export function widgetTags(): string[] {
  return readdirSync(widgetsSrc, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(widgetsSrc, d.name, `${d.name}.ts`)))
    .map((d) => `motcua-${d.name}`)
    .sort();
}

function widgetsHtml(collectorUrl: string): string {
  return widgetTags()
    .map(
      (tag) => `<section class="slot" aria-labelledby="h-${tag}">
  <h2 id="h-${tag}">${tag}</h2>
  <p><a id="before-${tag}" href="#h-${tag}">Trước tiện ích ${tag}</a></p>
  <div class="frame" data-widget="${tag}"><${tag} unit="demo" endpoint="${collectorUrl}"></${tag}></div>
</section>`,
    )
    .join('\n');
}

/** Serves the pages on `port` (0: any free one), their widgets talking to the collector at `collectorUrl`. */
export function startHostileHost(collectorUrl: string, port = 0): Promise<{ url: string; close(): Promise<void> }> {
  const CSP = csp(collectorUrl);
  const server = createServer((req, res) => {
    const headers = { 'Content-Security-Policy': CSP, 'X-Content-Type-Options': 'nosniff' };
    const url = new URL(req.url ?? '/', 'http://x');
    if (url.pathname === '/favicon.ico') {
      // Browsers ask for it on their own; a 404 would show as a console error the test counts.
      res.writeHead(204, headers).end();
      return;
    }
    const page = url.pathname.match(/^\/(hostile|clean)$/)?.[1];
    if (page) {
      const body = readFileSync(join(here, `${page}.html`), 'utf8').replace(
        '<!--WIDGETS-->',
        widgetsHtml(collectorUrl),
      );
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
    server.listen(port, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      resolve({
        url: `http://127.0.0.1:${port}`,
        close: () => new Promise<void>((r) => server.close(() => r())),
      });
    });
  });
}
