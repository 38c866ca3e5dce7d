// A portal-like form page served on 127.0.0.1 for the extension's end-to-end test and benchmark:
// labelled fields, a province → commune cascade, dates as dd/mm/yyyy, a hidden and an off-screen field;
// and the autofill fixtures of test/fixtures/portal/ under /p/fixtures/.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { basename, extname, join } from 'node:path';

const FIXTURES = join(import.meta.dirname, '..', '..', 'test', 'fixtures', 'portal');
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
};

/** A portal-like form: labelled fields, a province → commune cascade, dates as dd/mm/yyyy. */
export const PORTAL = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Cổng dịch vụ công (thử)</title></head>
<body><main><h1>Tờ khai</h1><form id="f">
<fieldset><legend>Thông tin người nộp</legend>
<label for="ten">Họ và tên</label><input id="ten" name="CongDan_HoTen">
<label for="so">Số định danh cá nhân</label><input id="so" name="CongDan_SoDinhDanh">
<label for="ns">Ngày sinh</label><input id="ns" name="CongDan_NgaySinh" placeholder="dd/mm/yyyy">
<label for="gt">Giới tính</label><select id="gt" name="CongDan_GioiTinh"><option value="">--</option><option value="1">Nam</option><option value="2">Nữ</option></select>
<label for="dt">Số điện thoại</label><input id="dt" name="CongDan_DienThoai" type="tel">
<label for="tinh">Tỉnh/Thành phố</label><select id="tinh"><option value="">--</option><option value="48">Thành phố Đà Nẵng</option><option value="01">Thành phố Hà Nội</option></select>
<label for="xa">Xã/Phường</label><select id="xa"><option value="">--</option></select>
<label for="dc">Địa chỉ thường trú</label><input id="dc">
<label for="qq">Quê quán</label><input id="qq">
<input type="hidden" name="secret" id="hidden">
<input id="offscreen" aria-label="Họ và tên ẩn" class="off">
</fieldset></form></main>
<script src="/portal.js"></script></body></html>`;
export const PORTAL_JS = `
document.querySelector('.off').style.cssText = 'position:absolute;left:-9999px;top:0';
const xa = { '48': ['Phường Bàn Thạch', 'Phường Hải Châu'], '01': ['Phường Ba Đình'] };
window.events = [];
document.getElementById('tinh').addEventListener('change', (e) => {
  const sel = document.getElementById('xa');
  sel.length = 1;
  for (const n of xa[e.target.value] || []) sel.add(new Option(n, n));
});
for (const el of document.querySelectorAll('input,select')) el.addEventListener('input', () => window.events.push(el.id));
`;

/** A file of test/fixtures/portal/ (top level only), or undefined. */
async function fixtureFile(name: string): Promise<Buffer | undefined> {
  if (name !== basename(name) || !TYPES[extname(name)]) return undefined;
  return readFile(join(FIXTURES, name)).catch(() => undefined);
}

/** Serves the form at /p/dich-vu-cong/to-khai, and fixture NAME at /p/fixtures/NAME.html, on a free loopback port. */
export async function startPortal(): Promise<{ url: string; fixture(name: string): string; close(): Promise<void> }> {
  const server = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (path.startsWith('/p/fixtures/')) {
      const name = decodeURIComponent(path.slice('/p/fixtures/'.length));
      const body = await fixtureFile(name);
      if (body) res.writeHead(200, { 'content-type': TYPES[extname(name)] as string }).end(body);
      else res.writeHead(404).end();
    } else if (path === '/portal.js') res.writeHead(200, { 'content-type': 'text/javascript' }).end(PORTAL_JS);
    else res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PORTAL);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: `${origin}/p/dich-vu-cong/to-khai`,
    fixture: (name) => `${origin}/p/fixtures/${name}.html`,
    close: () => new Promise((r) => server.close(() => r())),
  };
}
