// The demo ward site: static pages under site/, the widgets' CDN build under /cdn/, the static
// Storybook under /storybook/. Pages are served with a strict Content-Security-Policy, as a careful
// ward CMS would, so every widget is proven to work without inline scripts or styles.
//
// Each page declares its place in the menu with <meta name="motcua-nav" content="ORDER|Title">;
// the server writes the shared header and footer (layout/) into <!--HEADER--> and <!--FOOTER-->, the menu
// into <!--NAV--> and the collector's URL into %COLLECTOR%; <!--QR /path#hash-->
// becomes an inline SVG QR code of that address on this site (the receipt slip's link to a dossier).
import { createReadStream, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import QRCode from 'qrcode';

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '..', '..');
const MOUNTS = [
  ['/cdn/', join(repo, 'packages', 'widgets', 'dist', 'cdn')],
  ['/storybook/', join(repo, 'stories', 'storybook-static')],
  // The shipped procedure catalogue, for <motcua-procedure-search src="/data/procedures.json">.
  ['/data/', join(repo, 'packages', 'core', 'data')],
  ['/', join(here, 'site')],
];
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/** Types worth compressing: text, JSON, SVG. Images and fonts are compressed already. */
const compressible = (type) => /^(text\/|application\/json|image\/svg)/.test(type);

/** The encoding to send, from the request's Accept-Encoding: Brotli, then gzip, else none. */
function pickEncoding(req) {
  const accept = String(req.headers['accept-encoding'] ?? '');
  if (/\bbr\b/.test(accept)) return 'br';
  if (/\bgzip\b/.test(accept)) return 'gzip';
  return '';
}

function encode(body, encoding) {
  if (encoding === 'br')
    return brotliCompressSync(body, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 9, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
    });
  return gzipSync(body, { level: 9 });
}

/** Compressed static files, by path, encoding, size and mtime: each is compressed once. */
const encoded = new Map();
function encodedFile(file, encoding) {
  const st = statSync(file);
  const key = `${encoding}:${file}:${st.size}:${st.mtimeMs}`;
  let body = encoded.get(key);
  if (!body) {
    body = encode(readFileSync(file), encoding);
    encoded.set(key, body);
  }
  return body;
}

/**
 * Sends a body as the client accepts it: compressed (as any real web server or CDN does for text) when
 * it is text and worth it, with Vary so caches keep the encodings apart.
 */
function send(req, res, status, headers, body) {
  const type = headers['Content-Type'] ?? '';
  const encoding = compressible(type) && body.length > 512 ? pickEncoding(req) : '';
  const out = encoding ? encode(body, encoding) : body;
  res.writeHead(status, {
    ...headers,
    Vary: 'Accept-Encoding',
    ...(encoding ? { 'Content-Encoding': encoding } : {}),
    'Content-Length': Buffer.byteLength(out),
  });
  res.end(req.method === 'HEAD' ? undefined : out);
}

/**
 * One procedure's full record, /data/procedures/<code>.json, for the search widget's details on demand
 * (the page loads the compact procedures-index.json first). Read from the shipped catalogue.
 */
let catalogueByCode;
function procedureDetail(code) {
  catalogueByCode ??= new Map(
    JSON.parse(readFileSync(join(repo, 'packages', 'core', 'data', 'procedures.json'), 'utf8')).map((p) => [p.code, p]),
  );
  return catalogueByCode.get(code);
}

const AUTOLOADER = '<script type="module" src="/cdn/motcua.js"></script>';

/**
 * `<link rel="modulepreload">` for the widgets a page carries and the chunks they import, from the CDN
 * manifest, so the browser fetches them with the page instead of one after another (page → autoloader →
 * widget → shared chunk). Nothing when the page does not use the autoloader or there is no build.
 */
function preloadHints(page) {
  if (!page.includes(AUTOLOADER)) return '';
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(join(repo, 'packages', 'widgets', 'dist', 'cdn', 'manifest.json'), 'utf8'));
  } catch {
    return '';
  }
  const files = new Set();
  for (const [tag, widget] of Object.entries(manifest?.widgets ?? {})) {
    if (!page.includes(`<${tag}`) || typeof widget?.file !== 'string') continue;
    files.add(widget.file);
    for (const chunk of widget.imports ?? []) files.add(chunk);
  }
  return [...files]
    .map((f) => `\n  <link rel="modulepreload" href="/cdn/${encodeURI(manifest.version)}/${encodeURI(f)}">`)
    .join('');
}

/** Each <!--QR /path--> of a page as an inline SVG QR code of that address on the site (qrcode's SVG: no styles). */
async function withQrCodes(page, origin) {
  const marks = [...page.matchAll(/<!--QR (\/[^\s>]*)-->/g)];
  let out = page;
  for (const [mark, path] of marks) {
    const svg = await QRCode.toString(`${origin}${path}`, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' });
    out = out.replace(mark, svg.replace('<svg ', '<svg role="img" aria-label="Mã QR tra cứu hồ sơ" class="qr" '));
  }
  return out;
}

/** The header and footer every page shares (layout/*.html), without their leading comment. */
const LAYOUT = Object.fromEntries(
  ['header', 'footer'].map((part) => [
    part,
    readFileSync(join(import.meta.dirname, 'layout', `${part}.html`), 'utf8')
      .replace(/^<!--.*?-->\n/s, '')
      .trim(),
  ]),
);

/** The site's menu, from each page's motcua-nav meta tag. */
function readNav(siteDir) {
  const items = [];
  for (const file of readdirSync(siteDir)) {
    if (!file.endsWith('.html')) continue;
    const m = readFileSync(join(siteDir, file), 'utf8').match(/<meta name="motcua-nav" content="(\d+)\|([^"]+)"/);
    if (!m) continue;
    const path = file === 'index.html' ? '/' : `/${file.replace(/\.html$/, '')}`;
    items.push({ order: Number(m[1]), title: m[2], path });
  }
  return items.sort((a, b) => a.order - b.order);
}

function escapeHtml(s) {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}

function renderNav(items, current, adminUrl) {
  const links = items.map(
    (i) => `<li><a href="${i.path}"${i.path === current ? ' aria-current="page"' : ''}>${escapeHtml(i.title)}</a></li>`,
  );
  if (adminUrl) links.push(`<li><a href="${escapeHtml(adminUrl)}">Quản trị</a></li>`);
  return `<ul>${links.join('')}</ul>`;
}

/**
 * Starts the demo site. `collectorUrl` is where widgets post (empty when no collector runs).
 * Resolves to { url, port, close }.
 */
export function startDemo({ port = 8080, host = '127.0.0.1', collectorUrl = '' } = {}) {
  const siteDir = join(here, 'site');
  const csp = [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    `connect-src 'self'${collectorUrl ? ` ${new URL(collectorUrl).origin}` : ''}`,
    `img-src 'self' data: blob:${collectorUrl ? ` ${new URL(collectorUrl).origin}` : ''}`,
    `form-action 'self'${collectorUrl ? ` ${new URL(collectorUrl).origin}` : ''}`,
    "frame-ancestors 'self'",
    "base-uri 'self'",
    "object-src 'none'",
  ].join('; ');

  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://x');
      let pathname = decodeURIComponent(url.pathname);
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, { Allow: 'GET, HEAD' }).end();
        return;
      }
      const detail = pathname.match(/^\/data\/procedures\/([^/]+)\.json$/);
      if (detail) {
        const record = procedureDetail(detail[1]);
        send(
          req,
          res,
          record ? 200 : 404,
          {
            'Content-Type': 'application/json; charset=utf-8',
            'X-Content-Type-Options': 'nosniff',
            'Cache-Control': 'no-cache',
          },
          Buffer.from(JSON.stringify(record ?? { error: 'not-found' })),
        );
        return;
      }
      for (const [prefix, dir] of MOUNTS) {
        if (!pathname.startsWith(prefix)) continue;
        let rel = pathname.slice(prefix.length);
        if (rel === '' || rel.endsWith('/')) rel += 'index.html';
        let file = normalize(join(dir, rel));
        if (!file.startsWith(dir + sep) && file !== dir) break;
        if (prefix === '/' && !extname(file) && existsSync(`${file}.html`)) file = `${file}.html`;
        if (!existsSync(file) || !statSync(file).isFile()) continue;
        const type = TYPES[extname(file)] ?? 'application/octet-stream';
        const headers = {
          'Content-Type': type,
          'X-Content-Type-Options': 'nosniff',
          'Referrer-Policy': 'strict-origin-when-cross-origin',
          // Content-hashed CDN files never change (a new build gives new names): cache them for a year,
          // so a page that once fetched a widget's on-demand part still has it offline. Others revalidate.
          'Cache-Control':
            prefix !== '/cdn/'
              ? 'no-cache'
              : /\.[A-Z0-9]{8}\.js$/.test(rel)
                ? 'public, max-age=31536000, immutable'
                : 'public, max-age=300',
        };
        if (type.startsWith('text/html') && prefix === '/') {
          pathname = pathname.replace(/\.html$/, '').replace(/\/index$/, '/');
          const nav = renderNav(readNav(siteDir), pathname, collectorUrl ? `${collectorUrl}/admin/` : '');
          const page = readFileSync(file, 'utf8');
          const filled = page
            .replace(AUTOLOADER, `${AUTOLOADER}${preloadHints(page)}`)
            .replace('<!--HEADER-->', LAYOUT.header)
            .replace('<!--FOOTER-->', LAYOUT.footer)
            .replaceAll('<!--NAV-->', nav)
            .replaceAll('%COLLECTOR%', escapeHtml(collectorUrl))
            // The procedure search reads the ward's catalogue from the collector (with the keywords staff
            // added from what citizens could not find); without a collector, the files beside the page.
            .replaceAll('%SEARCH_SRC%', collectorUrl ? '' : '/data/procedures-index.json')
            .replaceAll('%SEARCH_DETAILS%', collectorUrl ? '' : '/data/procedures/{code}.json');
          const body = await withQrCodes(filled, `http://${host}:${req.socket.localPort}`);
          send(req, res, 200, { ...headers, 'Content-Security-Policy': csp }, Buffer.from(body));
          return;
        }
        const encoding = compressible(type) && statSync(file).size > 512 ? pickEncoding(req) : '';
        if (encoding) {
          const body = encodedFile(file, encoding);
          res.writeHead(200, {
            ...headers,
            Vary: 'Accept-Encoding',
            'Content-Encoding': encoding,
            'Content-Length': body.length,
          });
          res.end(req.method === 'HEAD' ? undefined : body);
          return;
        }
        res.writeHead(200, { ...headers, ...(compressible(type) ? { Vary: 'Accept-Encoding' } : {}) });
        if (req.method === 'HEAD') res.end();
        else createReadStream(file).pipe(res);
        return;
      }
      res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': csp });
      res.end(
        '<!doctype html><html lang="vi"><meta charset="utf-8"><title>Không tìm thấy trang</title><h1>Không tìm thấy trang</h1><p><a href="/">Về trang chủ</a></p></html>',
      );
    } catch {
      res.writeHead(400).end();
    }
  });

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const actual = server.address().port;
      resolve({
        url: `http://${host}:${actual}`,
        port: actual,
        // Open connections (a page's keep-alive, a request still in flight) would hold close() up.
        close: () =>
          new Promise((r) => {
            server.closeAllConnections();
            server.close(() => r());
          }),
      });
    });
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === normalize(process.argv[1])) {
  const port = Number(process.env.PORT ?? 8080);
  const demo = await startDemo({
    port,
    host: process.env.HOST ?? '127.0.0.1',
    collectorUrl: process.env.COLLECTOR_URL ?? '',
  });
  console.log(`Demo ward site: ${demo.url}/`);
}
