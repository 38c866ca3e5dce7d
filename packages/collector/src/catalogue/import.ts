/**
 * Catalogue import: JSON in the design's procedure shape (core's `Procedure`), or the spreadsheet layout provinces
 * publish (CSV or XLSX with Vietnamese headers). A record may carry a referral marker, checked by core's
 * `ReferralSchema` (JSON `referral: { office, reason? }`, or a "Chuyển nơi khác" column naming the office). Every bad row is reported with its line number and
 * nothing is imported until all rows are good.
 */
import { foldVietnamese, type Procedure, ReferralSchema, validateWith } from '@motcua/core';
import ExcelJS from 'exceljs';

type TextField =
  | 'code'
  | 'name'
  | 'field'
  | 'level'
  | 'agency'
  | 'online'
  | 'processingTime'
  | 'fee'
  | 'steps'
  | 'documents'
  | 'subjects'
  | 'result'
  | 'legalBasis'
  | 'portalUrl'
  | 'keywords'
  | 'referral';

export interface ImportResult {
  procedures: Procedure[];
  errors: { line: number; vi: string; en: string }[];
}

/** Header (accent-folded) → procedure field. */
const HEADERS: Record<string, TextField> = {
  'ma thu tuc': 'code',
  'ma tthc': 'code',
  'ten thu tuc': 'name',
  'ten tthc': 'name',
  'linh vuc': 'field',
  'cap thuc hien': 'level',
  'co quan thuc hien': 'agency',
  'thoi han giai quyet': 'processingTime',
  'thoi gian giai quyet': 'processingTime',
  'phi, le phi': 'fee',
  'phi le phi': 'fee',
  'le phi': 'fee',
  'doi tuong thuc hien': 'subjects',
  'ket qua': 'result',
  'ket qua thuc hien': 'result',
  'can cu phap ly': 'legalBasis',
  'trinh tu thuc hien': 'steps',
  'thanh phan ho so': 'documents',
  'muc do dvc': 'online',
  'dich vu cong truc tuyen': 'online',
  'duong dan': 'portalUrl',
  'tu khoa': 'keywords',
  // A procedure the unit does not receive: the office that does ("Thuế cơ sở", "Tòa án nhân dân").
  'chuyen noi khac': 'referral',
  'noi nop (chuyen noi khac)': 'referral',
};

const ONLINE: Record<string, Procedure['online']> = {
  'toan trinh': 'toan-trinh',
  'toan-trinh': 'toan-trinh',
  'mot phan': 'mot-phan',
  'mot-phan': 'mot-phan',
  khong: 'khong',
};

const REFERRAL_ERROR = {
  vi: 'Thủ tục chuyển nơi khác (referral) cần tên cơ quan tiếp nhận (office, tối đa 300 ký tự).',
  en: 'A referral needs the name of the office that receives it (office, at most 300 characters).',
};

function fromRow(cells: Record<string, string>, line: number, errors: ImportResult['errors']): Procedure | undefined {
  const get = (k: TextField) => (cells[k] ?? '').normalize('NFC').trim();
  const list = (k: TextField) =>
    get(k)
      .split(/\r?\n|;/)
      .map((s) => s.trim())
      .filter(Boolean);
  const p: Procedure = {
    code: get('code'),
    name: get('name'),
    field: get('field'),
    level: list('level').flatMap((l) => l.split(/\s*,\s*/)),
  };
  const missing = (['code', 'name', 'field'] as const).filter((k) => !p[k]);
  if (missing.length) {
    errors.push({ line, vi: `Thiếu: ${missing.join(', ')}.`, en: `Missing: ${missing.join(', ')}.` });
    return undefined;
  }
  if (!/^(\d\.\d{6}|local:[a-z0-9-]{1,60})$/.test(p.code)) {
    errors.push({
      line,
      vi: `Mã thủ tục "${p.code}" không đúng dạng (1.001193 hoặc local:…).`,
      en: `Code "${p.code}" is not 1.001193 or local:….`,
    });
    return undefined;
  }
  if (p.level.length === 0) p.level = ['Cấp xã'];
  for (const k of ['agency', 'processingTime', 'fee', 'subjects', 'result', 'portalUrl'] as const)
    if (get(k)) p[k] = get(k);
  if (get('online')) {
    const o = ONLINE[foldVietnamese(get('online'))];
    if (!o) {
      errors.push({
        line,
        vi: 'Mức độ DVC chỉ nhận: toàn trình, một phần, không.',
        en: 'Online level must be toàn trình, một phần or không.',
      });
      return undefined;
    }
    p.online = o;
  }
  if (p.portalUrl && !/^https:\/\//.test(p.portalUrl)) {
    errors.push({ line, vi: 'Đường dẫn phải bắt đầu bằng https://.', en: 'The link must start with https://.' });
    return undefined;
  }
  if (list('steps').length) p.steps = list('steps');
  if (list('legalBasis').length) p.legalBasis = list('legalBasis');
  if (list('documents').length) p.documents = list('documents').map((name) => ({ name }));
  if (list('keywords').length) p.keywords = list('keywords');
  if (get('referral')) {
    const referral = validateWith(ReferralSchema, { office: get('referral') });
    if (!referral.ok) {
      errors.push({ line, ...REFERRAL_ERROR });
      return undefined;
    }
    p.referral = referral.value;
  }
  return p;
}

function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  if (cell || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

function fromTable(rows: string[][]): ImportResult {
  const errors: ImportResult['errors'] = [];
  const header = (rows[0] ?? []).map((h) => HEADERS[foldVietnamese(h).replace(/\s+/g, ' ')]);
  if (!header.includes('code') || !header.includes('name')) {
    return {
      procedures: [],
      errors: [
        {
          line: 1,
          vi: 'Dòng tiêu đề cần có "Mã thủ tục" và "Tên thủ tục".',
          en: 'The header row needs "Mã thủ tục" and "Tên thủ tục".',
        },
      ],
    };
  }
  const procedures: Procedure[] = [];
  const seen = new Set<string>();
  rows.slice(1).forEach((cells, i) => {
    if (cells.every((c) => !c.trim())) return;
    const record: Record<string, string> = {};
    header.forEach((k, j) => {
      if (k) record[k] = cells[j] ?? '';
    });
    const p = fromRow(record, i + 2, errors);
    if (!p) return;
    if (seen.has(p.code)) errors.push({ line: i + 2, vi: `Mã ${p.code} bị trùng.`, en: `Duplicate code ${p.code}.` });
    seen.add(p.code);
    procedures.push(p);
  });
  return { procedures, errors };
}

export async function importCatalogue(format: 'json' | 'csv' | 'xlsx', body: Buffer): Promise<ImportResult> {
  if (format === 'csv') return fromTable(parseCsv(body.toString('utf8').replace(/^\ufeff/, '')));
  if (format === 'xlsx') {
    const wb = new ExcelJS.Workbook();
    try {
      await wb.xlsx.load(body as unknown as ArrayBuffer);
    } catch {
      return {
        procedures: [],
        errors: [{ line: 0, vi: 'Tệp XLSX không đọc được.', en: 'The XLSX file cannot be read.' }],
      };
    }
    const ws = wb.worksheets[0];
    const rows: string[][] = [];
    ws?.eachRow({ includeEmpty: true }, (row) => {
      const values = (row.values as unknown[]).slice(1);
      rows.push(
        values.map((v) =>
          v === null || v === undefined
            ? ''
            : typeof v === 'object' && v && 'text' in v
              ? String((v as { text: unknown }).text)
              : String(v),
        ),
      );
    });
    return fromTable(rows);
  }
  let data: unknown;
  try {
    data = JSON.parse(body.toString('utf8'));
  } catch {
    return { procedures: [], errors: [{ line: 0, vi: 'Tệp JSON không hợp lệ.', en: 'Not valid JSON.' }] };
  }
  if (!Array.isArray(data))
    return {
      procedures: [],
      errors: [{ line: 0, vi: 'Cần một danh sách thủ tục.', en: 'Expected an array of procedures.' }],
    };
  const errors: ImportResult['errors'] = [];
  const procedures: Procedure[] = [];
  data.forEach((item, i) => {
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      errors.push({ line: i + 1, vi: 'Không phải một thủ tục.', en: 'Not a procedure object.' });
      return;
    }
    const o = item as Record<string, unknown>;
    const flat: Record<string, string> = {};
    for (const [k, v] of Object.entries(o)) {
      // A JSON record's referral is an object, checked below, never the spreadsheet's column.
      if (k === 'referral') continue;
      if (typeof v === 'string') flat[k] = v;
      else if (Array.isArray(v))
        flat[k] = v
          .map((x) =>
            typeof x === 'string'
              ? x
              : typeof x === 'object' && x && 'name' in x
                ? String((x as { name: unknown }).name)
                : '',
          )
          .join('\n');
    }
    const p = fromRow(flat, i + 1, errors);
    if (!p) return;
    // A referral (a procedure the unit does not receive) names the office that does: checked, not copied.
    const referral =
      o.referral === undefined || o.referral === null ? undefined : validateWith(ReferralSchema, o.referral);
    if (referral && !referral.ok) {
      errors.push({ line: i + 1, ...REFERRAL_ERROR });
      return;
    }
    const { referral: _given, ...rest } = o;
    procedures.push({
      ...(rest as unknown as Procedure),
      ...p,
      documents: Array.isArray(o.documents) ? (o.documents as Procedure['documents']) : p.documents,
      ...(referral?.ok ? { referral: referral.value } : {}),
    });
  });
  return { procedures, errors };
}
