// Builds packages/core/data/procedures.json, the commune/ward procedure catalogue: the national portal's
// commune-level records (../shared/data/procedures-portal/cap-xa.json, or the path given as argument),
// re-parsed from the portal's run-together table text, kept to what a ward handles after the 2025
// reform and the referrals residents ask about (data/curated/scope.json), merged with hand-curated keywords and local records (data/curated/).
// Run: node packages/core/scripts/import-portal.mjs [cap-xa.json]
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const data = join(here, '..', 'data');
const source =
  process.argv[2] ?? join(here, '..', '..', '..', '..', 'shared', 'data', 'procedures-portal', 'cap-xa.json');
const readJson = (p) => JSON.parse(readFileSync(p, 'utf8'));

const NONE = /^(?:Không có thông tin|Không quy định|Không)\.?$/i;
/** Collapses the portal's no-break spaces and doubled spaces; NFC. */
export function clean(text) {
  return String(text ?? '')
    .normalize('NFC')
    .replace(/[\u00a0\s]+/g, ' ')
    .trim();
}
const present = (text) => {
  const t = clean(text);
  return t && !NONE.test(t) ? t : undefined;
};

/** "Thủ tục đăng ký khai sinh" → "Đăng ký khai sinh". */
export function cleanName(name) {
  const t = clean(name)
    .replace(/^Thủ tục\s+/i, '')
    .replace(/\.$/, '');
  return t.charAt(0).toLocaleUpperCase('vi') + t.slice(1);
}

const CHANNELS = /(Trực tuyến|Dịch vụ bưu chính|Trực tiếp)/;
const TIME = /^(\d+(?:[.,]\d+)?)\s*(Ngày làm việc|Ngày|Giờ làm việc|Giờ|Tháng|Năm)?/i;

/** Reads a parenthesised group at the start of text, allowing nesting; returns [group, rest]. */
function leadingParens(text) {
  if (!text.startsWith('(')) return ['', text];
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')' && --depth === 0) return [text.slice(0, i + 1), text.slice(i + 1)];
  }
  return [text, ''];
}

/**
 * Re-parses "Hình thức nộpThời gianPhí, lệ phíMô tảTrực tuyến1Miễn phí…Trực tiếp7 NgàyKhông có thông tin…"
 * into rows { channel, time?, unit?, fee?, note? }.
 */
export function parseChannels(text) {
  const body = clean(text).replace(/^Hình thức nộp\s*Thời gian\s*Phí, lệ phí\s*Mô tả/, '');
  const parts = body.split(CHANNELS);
  const rows = [];
  for (let i = 1; i < parts.length; i += 2) {
    let rest = parts[i + 1] ?? '';
    const row = { channel: parts[i] };
    if (!/^[\d.,]+\s*(?:VNĐ|đồng)/i.test(rest)) {
      const m = rest.match(TIME);
      if (m) {
        row.time = m[1];
        row.unit = m[2];
        rest = rest.slice(m[0].length);
      } else {
        rest = rest.replace(/^(?:Không có thông tin|Không quy định)/, '');
      }
    }
    const fee = rest.match(/^(Miễn phí|Không có thông tin|[\d.,]+\s*(?:VNĐ|đồng)|Lệ phí[^(]*)/i);
    if (fee) {
      rest = rest.slice(fee[0].length);
      const [paren, after] = leadingParens(rest.trim());
      rest = after;
      const detail = paren.replace(/^\(+|\)+$/g, '').trim();
      if (!/^Không có thông tin$/i.test(fee[1])) row.fee = detail ? `${fee[1].trim()} (${detail})` : fee[1].trim();
    }
    const note = present(rest);
    if (note) row.note = note;
    rows.push(row);
  }
  return rows;
}

const UNITS = {
  'ngày làm việc': 'ngày làm việc',
  ngày: 'ngày',
  'giờ làm việc': 'giờ làm việc',
  giờ: 'giờ',
  tháng: 'tháng',
  năm: 'năm',
};

/** The time as published, with the unit the portal gives; a bare number takes "ngày làm việc" only when the record itself counts in working days. */
export function formatTime(row, recordText) {
  if (!row?.time) return undefined;
  const n = row.time.replace(',', '.');
  if (row.unit) return `${n} ${UNITS[row.unit.toLowerCase()]}`;
  return /ngày làm việc/i.test(recordText) ? `${n} ngày làm việc` : undefined;
}

const COPIES = /(\d+\s*bản\s*(?:chính|sao)(?:\s*,\s*\d+\s*bản\s*(?:chính|sao))*)/g;
const FORM_FILE = /([A-Za-z0-9_][\w\-. ]*\.(?:docx?|pdf|xlsx?|rtf|odt))$/i;

/** Re-parses the documents table: "Tên giấy tờMẫu đơn, tờ khaiSố lượng- Tờ khai…mau.doc1 bản chính…". */
export function parseDocuments(text) {
  const body = clean(text)
    .replace(/\*?\s*Giấy tờ phải (?:nộp|xuất trình)\s*:?/g, '')
    .replace(/(?:--)?Tên giấy tờ\s*Mẫu đơn, tờ khai\s*Số lượng/g, '\u0000');
  const docs = [];
  for (const chunk of body.split('\u0000')) {
    let last = 0;
    for (const m of chunk.matchAll(COPIES)) {
      let name = chunk.slice(last, m.index).trim();
      last = (m.index ?? 0) + m[0].length;
      const doc = {};
      // The form's file name follows the document's name with no separator: after the last ")" when
      // the name ends in one, else the trailing run of ASCII (portal file names are mostly unaccented).
      if (/\.(?:docx?|pdf|xlsx?|rtf|odt)$/i.test(name)) {
        const paren = name.lastIndexOf(')');
        const file = paren > 0 && name.length - paren > 5 ? name.slice(paren + 1) : name.match(FORM_FILE)?.[1];
        if (file && file.length < name.length) {
          doc.form = file.trim();
          name = name.slice(0, name.length - file.length).trim();
        }
      }
      name = name.replace(/^[-+•*\s]+/, '').trim();
      if (!name || name.length < 4) continue;
      doc.name = name;
      const copies = m[1].replace(/\s+/g, ' ');
      const kept = copies
        .split(/\s*,\s*/)
        .filter((c) => !/^0 /.test(c))
        .join(', ');
      if (kept) doc.copies = kept;
      docs.push({
        name: doc.name,
        ...(doc.copies ? { copies: doc.copies } : {}),
        ...(doc.form ? { form: doc.form } : {}),
      });
    }
  }
  return docs;
}

// The last letters stop before the next cell's first word (a capital then a small letter).
const DOC_CODE =
  /\d+(?:\.\d+)?\/\d{4}\/(?:[A-ZĐ]+-)*(?:UBTVQH\d{2}|QH\d{2}|[A-ZĐ][A-ZĐa-z]*?(?=$|[^A-Za-zĐđ]|[A-ZĐ][a-zà-ỹđ]))/gu;

/** Re-parses the legal basis table: "Tên văn bản pháp lýMã văn bảnLuật Hộ tịch60/2014/QH13Nghị định…". */
export function parseLegalBasis(text) {
  const body = clean(text).replace(/^Tên văn bản pháp lý\s*Mã văn bản/, '');
  const out = [];
  let start = 0;
  for (const m of body.matchAll(DOC_CODE)) {
    const end = (m.index ?? 0) + m[0].length;
    const next = body.slice(end, end + 2);
    const prev = body[(m.index ?? 1) - 1] ?? ' ';
    // The code cell follows the name cell with no space, and the next name follows the code the same way.
    const closes = end === body.length || prev !== ' ' || /^[A-ZĐ]/u.test(next);
    if (!closes) continue;
    const entry = body.slice(start, end).trim();
    start = end;
    const name = entry
      .slice(0, entry.length - m[0].length)
      .replace(/(?:Thông tư số|Nghị định số|Luật|Quyết định số)\s*$/, '')
      .trim();
    if (!name) {
      if (out.length === 0) out.push(m[0]);
      continue;
    }
    out.push(name.includes(m[0]) ? name : `${name} (${m[0]})`);
  }
  const tail = present(body.slice(start));
  if (tail && tail.length > 8) out.push(tail);
  return [...new Set(out)];
}

/** The result without the portal's page chrome ("Mã: KQ…Từ khóa…Nộp hồ sơ"). */
export function parseResult(text) {
  return present(clean(text).split(/Mã:\s*KQ|Từ khóa/)[0]);
}

export function toProcedure(raw, keywords = {}) {
  const allText = [raw.cach_thuc_thuc_hien, raw.trinh_tu_thuc_hien, raw.yeu_cau_dieu_kien].join(' ');
  const rows = parseChannels(raw.cach_thuc_thuc_hien);
  const main = rows.find((r) => r.channel === 'Trực tiếp') ?? rows[0];
  const p = {
    code: clean(raw.ma_thu_tuc),
    name: cleanName(raw.ten_thu_tuc),
    field: clean(raw.linh_vuc),
    level: clean(raw.cap_thuc_hien)
      .split(/\s*,\s*/)
      .filter(Boolean),
  };
  const agency = present(raw.co_quan_thuc_hien) ?? present(raw.co_quan_co_tham_quyen);
  if (agency) p.agency = agency.replace(/\.$/, '');
  // The crawl says whether a procedure can be filed online, not whether the whole process is online;
  // "mot-phan" is the claim it supports. Curated data may raise a record to "toan-trinh".
  if (rows.length) p.online = rows.some((r) => r.channel === 'Trực tuyến') ? 'mot-phan' : 'khong';
  const time = formatTime(main, allText);
  if (time) p.processingTime = time;
  if (main?.fee) p.fee = main.fee;
  const steps = clean(raw.trinh_tu_thuc_hien) ? raw.trinh_tu_thuc_hien.split(/\n+/).map(clean).filter(Boolean) : [];
  if (steps.length) p.steps = steps;
  const docs = parseDocuments(raw.thanh_phan_ho_so);
  if (docs.length) p.documents = docs;
  const subjects = present(raw.doi_tuong_thuc_hien);
  if (subjects) p.subjects = subjects;
  const result = parseResult(raw.ket_qua_xu_ly);
  if (result) p.result = result;
  const legal = parseLegalBasis(raw.can_cu_phap_ly);
  if (legal.length) p.legalBasis = legal;
  if (/^https:\/\/dichvucong\.gov\.vn\//.test(raw.detail_url ?? '')) p.portalUrl = raw.detail_url;
  const kw = keywords[p.code];
  if (kw?.length) p.keywords = kw.map(clean);
  return p;
}

/**
 * Whether a record of a field the ward does not receive is kept as a referral (scope.json "referrals"):
 * its field is listed, its đối tượng thực hiện names an individual, and its name matches none of the
 * "unlessName" patterns. Gives `{ referral: { office, reason } }`, or `{ reason }` why it is left out, or
 * undefined when the field has no referral rule.
 */
export function referralOf(raw, scope) {
  const rule = scope.referrals;
  const field = rule?.fields.find((f) => f.field === clean(raw.linh_vuc));
  if (!field) return undefined;
  const subjects = clean(raw.doi_tuong_thuc_hien).toLocaleLowerCase('vi');
  if (!rule.individuals.words.some((w) => subjects.includes(w.toLocaleLowerCase('vi'))))
    return { reason: rule.individuals.reason };
  const name = cleanName(raw.ten_thu_tuc);
  const unless = rule.unlessName.find((u) => new RegExp(u.pattern, 'iu').test(name));
  if (unless) return { reason: unless.reason };
  // The office that receives it: the record's own, else its reception address when that is a name
  // rather than a paragraph, else the field's office.
  const address = present(raw.dia_chi_tiep_nhan);
  const office =
    present(raw.co_quan_thuc_hien) ?? (address && address.length <= 80 ? address : undefined) ?? field.office;
  return { referral: { office: office.replace(/\.$/, ''), reason: field.reason } };
}

/**
 * The coverage list (issue 23): every commune-level record of the portal data, in the catalogue as the
 * ward's own, in it as a referral (with the office that receives it), or left out with the reason
 * (data/curated/scope.json), so nothing goes missing unseen. Written beside the catalogue;
 * test/coverage.test.ts keeps it up to date.
 */
export function coverage(raw, scope, catalogueCodes) {
  const fieldReason = new Map(scope.excludeFields.map((f) => [f.field, f.reason]));
  const codeReason = new Map(scope.excludeCodes.map((c) => [c.code, c.reason]));
  const records = raw
    .map((r) => {
      const code = clean(r.ma_thu_tuc);
      const field = clean(r.linh_vuc);
      const referral = codeReason.has(code) ? undefined : referralOf(r, scope);
      const fieldWhy = fieldReason.get(field);
      const reason =
        codeReason.get(code) ?? (referral?.reason && fieldWhy ? `${fieldWhy}; ${referral.reason}` : fieldWhy);
      const state = !catalogueCodes.has(code)
        ? { inCatalogue: false, reason: reason ?? 'unexplained' }
        : referral?.referral
          ? { inCatalogue: true, referral: referral.referral.office }
          : { inCatalogue: true };
      return { code, name: cleanName(r.ten_thu_tuc), field, ...state };
    })
    .sort((a, b) => a.field.localeCompare(b.field, 'vi') || a.code.localeCompare(b.code));
  const left = records.filter((r) => !r.inCatalogue).length;
  const referrals = records.filter((r) => r.referral).length;
  return {
    about:
      "Every record of the portal data whose 'Cấp thực hiện' includes 'Cấp xã' (../shared/data/procedures-portal/cap-xa.json): in the catalogue as the ward's own, in it as a referral (the office that receives it in 'referral'), or left out with the reason. Generated by scripts/import-portal.mjs; do not edit.",
    total: records.length,
    inCatalogue: records.length - left,
    own: records.length - left - referrals,
    referrals,
    leftOut: left,
    records,
  };
}

function main() {
  const raw = readJson(source);
  const scope = readJson(join(data, 'curated', 'scope.json'));
  const keywords = readJson(join(data, 'curated', 'keywords.json'));
  const overrides = readJson(join(data, 'curated', 'overrides.json'));
  const local = readJson(join(data, 'curated', 'local-procedures.json'));
  const excluded = new Set(scope.excludeFields.map((f) => f.field));
  const excludedCodes = new Set(scope.excludeCodes.map((c) => c.code));
  const out = [];
  for (const r of raw) {
    if (excludedCodes.has(clean(r.ma_thu_tuc))) continue;
    // A field the ward does not receive keeps the records residents ask about, marked as referrals.
    const referral = excluded.has(clean(r.linh_vuc)) ? referralOf(r, scope)?.referral : undefined;
    if (excluded.has(clean(r.linh_vuc)) && !referral) continue;
    const p = toProcedure(r, keywords);
    if (referral) p.referral = referral;
    Object.assign(p, overrides[p.code] ?? {});
    out.push(p);
  }
  for (const p of local) {
    const kw = keywords[p.code];
    out.push(kw?.length ? { ...p, keywords: kw } : p);
  }
  const codes = new Set();
  for (const p of out) {
    if (codes.has(p.code)) throw new Error(`duplicate code ${p.code}`);
    codes.add(p.code);
  }
  for (const code of Object.keys(keywords)) if (!codes.has(code)) console.warn(`keywords for unknown code ${code}`);
  out.sort((a, b) => a.field.localeCompare(b.field, 'vi') || a.name.localeCompare(b.name, 'vi'));
  writeFileSync(join(data, 'procedures.json'), `${JSON.stringify(out, null, 1)}\n`);
  // The compact search index a phone loads first (what search, the result list and the facts need);
  // steps, documents, legal basis and the rest come per procedure when it is opened.
  const compact = out.map(({ steps, documents, legalBasis, subjects, result, ...rest }) => rest);
  writeFileSync(join(data, 'procedures-index.json'), `${JSON.stringify(compact)}\n`);
  const covered = coverage(raw, scope, codes);
  writeFileSync(join(data, 'coverage.json'), `${JSON.stringify(covered, null, 1)}\n`);
  console.log(
    `coverage.json: ${covered.total} commune-level records, ${covered.own} the ward's own, ${covered.referrals} referrals, ${covered.leftOut} left out with their reason`,
  );
  console.log(
    `procedures.json: ${out.length} records (${out.length - local.length} from the portal, ${local.length} local)`,
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
