/**
 * A ward's support points from a spreadsheet (XLSX or CSV): one row per point, hours written as people
 * write them (hours-text.ts), kinds and services by their Vietnamese names. Every row is checked with
 * core's SupportPointSchema and every problem is reported by line; nothing is saved unless all rows are
 * right. The template staff download holds the header row and two example points.
 */
import {
  foldVietnamese,
  type Message,
  msg,
  parseFields,
  SUPPORT_LIMITS,
  type SupportPoint,
  SupportPointSchema,
} from '@motcua/core';
import ExcelJS from 'exceljs';
import { foldHeader, readSheet, type SheetKind } from '../spreadsheets/read.js';
import { parseHoursText } from './hours-text.js';
import { KIND_LABELS, SERVICE_LABELS } from './labels.js';

export const POINT_COLUMNS = {
  name: 'Tên điểm',
  kind: 'Loại',
  address: 'Địa chỉ',
  lat: 'Vĩ độ',
  lng: 'Kinh độ',
  hours: 'Giờ mở cửa',
  holidays: 'Ngày nghỉ',
  services: 'Hỗ trợ',
  phone: 'Điện thoại',
  zalo: 'Zalo',
} as const;

export interface RowProblem {
  line: number;
  message: Message;
}

export type PointsImport = { ok: true; points: Omit<SupportPoint, 'id'>[] } | { ok: false; problems: RowProblem[] };

/** A code from its code or its Vietnamese or English name, compared accent-folded. */
function codeOf<T extends string>(labels: Record<T, Message>, text: string): T | string {
  const f = foldVietnamese(text);
  const found = (Object.keys(labels) as T[]).find(
    (k) => k === f || foldVietnamese(labels[k].vi) === f || foldVietnamese(labels[k].en) === f,
  );
  return found ?? text;
}

/** "25/12/2026" or "2026-12-25" → "2026-12-25"; anything else is passed on for the schema to refuse. */
function isoDate(text: string): string {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  return m ? `${m[3]}-${(m[2] ?? '').padStart(2, '0')}-${(m[1] ?? '').padStart(2, '0')}` : text;
}

const number = (text: string) => (text ? Number(text.replace(',', '.')) : undefined);
const list = (text: string) =>
  text
    .split(/[,;\n]/)
    .map((s) => s.trim())
    .filter(Boolean);

const fieldLabel: Record<string, string> = {
  name: POINT_COLUMNS.name,
  kind: POINT_COLUMNS.kind,
  address: POINT_COLUMNS.address,
  lat: POINT_COLUMNS.lat,
  lng: POINT_COLUMNS.lng,
  hours: POINT_COLUMNS.hours,
  services: POINT_COLUMNS.services,
  phone: POINT_COLUMNS.phone,
  zalo: POINT_COLUMNS.zalo,
};

const MAX_ROWS = SUPPORT_LIMITS.points;
const PLACEHOLDER_ID = '00000000-0000-4000-8000-000000000000';

function readPoint(cell: (name: keyof typeof POINT_COLUMNS) => string): Omit<SupportPoint, 'id'> | Message {
  const hours = parseHoursText(cell('hours'));
  if (!hours)
    return msg(
      `Cột "${POINT_COLUMNS.hours}" chưa đọc được; ví dụ: T2-T6 07:30-11:30, 13:30-17:00; T7 07:30-11:30.`,
      `"${POINT_COLUMNS.hours}" could not be read; e.g. T2-T6 07:30-11:30, 13:30-17:00; T7 07:30-11:30.`,
    );
  const holidays = list(cell('holidays')).map(isoDate);
  const lat = number(cell('lat'));
  const lng = number(cell('lng'));
  if ((lat === undefined) !== (lng === undefined))
    return msg('Cần cả vĩ độ và kinh độ, hoặc để trống cả hai.', 'Give both latitude and longitude, or neither.');
  const input = {
    id: PLACEHOLDER_ID,
    name: cell('name'),
    kind: codeOf(KIND_LABELS, cell('kind')),
    address: cell('address'),
    ...(lat !== undefined ? { lat, lng } : {}),
    hours: holidays.length ? { ...hours, holidays } : hours,
    services: list(cell('services')).map((s) => codeOf(SERVICE_LABELS, s)),
    // A spreadsheet that took the phone for a number dropped its leading 0.
    phone: cell('phone').replace(/^(\d{9})$/, '0$1'),
    ...(cell('zalo') ? { zalo: cell('zalo') } : {}),
  };
  const parsed = parseFields(SupportPointSchema, input);
  if (parsed.ok) {
    const { id: _, ...point } = parsed.value;
    return point;
  }
  const [field, message] = Object.entries(parsed.fields)[0] ?? ['', msg('Dòng không hợp lệ.', 'Invalid row.')];
  const column = fieldLabel[field.split('.')[0] ?? ''] ?? (field.startsWith('hours') ? POINT_COLUMNS.holidays : '');
  return column ? { vi: `${column}: ${message.vi}`, en: `${column}: ${message.en}` } : message;
}

/** Parses a points file; `ok: false` lists every problem with its line, and nothing is saved. */
export async function parsePoints(file: Uint8Array, kind: SheetKind): Promise<PointsImport> {
  let rows: string[][];
  try {
    rows = await readSheet(file, kind);
  } catch {
    return {
      ok: false,
      problems: [
        {
          line: 1,
          message: msg(
            'Không đọc được tệp. Hãy dùng tệp mẫu (XLSX hoặc CSV).',
            'The file could not be read. Use the template (XLSX or CSV).',
          ),
        },
      ],
    };
  }
  const header = (rows[0] ?? []).map(foldHeader);
  const index = Object.fromEntries(
    Object.entries(POINT_COLUMNS).map(([key, name]) => [key, header.indexOf(foldHeader(name))]),
  ) as Record<keyof typeof POINT_COLUMNS, number>;
  const required = ['name', 'kind', 'address', 'hours', 'services', 'phone'] as const;
  const missing = required.filter((k) => index[k] < 0).map((k) => `"${POINT_COLUMNS[k]}"`);
  if (missing.length)
    return {
      ok: false,
      problems: [
        {
          line: 1,
          message: msg(`Dòng tiêu đề thiếu cột ${missing.join(', ')}.`, `The header row lacks ${missing.join(', ')}.`),
        },
      ],
    };
  const body = rows.slice(1);
  if (body.length > MAX_ROWS)
    return {
      ok: false,
      problems: [
        {
          line: MAX_ROWS + 2,
          message: msg(`Tối đa ${MAX_ROWS} điểm mỗi tệp.`, `At most ${MAX_ROWS} points per file.`),
        },
      ],
    };
  const points: Omit<SupportPoint, 'id'>[] = [];
  const problems: RowProblem[] = [];
  const names = new Map<string, number>();
  for (const [i, row] of body.entries()) {
    if (row.every((c) => !c)) continue;
    const line = i + 2;
    const read = readPoint((k) => (index[k] >= 0 ? (row[index[k]] ?? '') : ''));
    if ('vi' in read) {
      problems.push({ line, message: read });
      continue;
    }
    const first = names.get(foldHeader(read.name));
    if (first)
      problems.push({
        line,
        message: msg(`Tên điểm trùng với dòng ${first}.`, `The same name as line ${first}.`),
      });
    else names.set(foldHeader(read.name), line);
    points.push(read);
  }
  if (problems.length) return { ok: false, problems };
  if (points.length === 0)
    return { ok: false, problems: [{ line: 2, message: msg('Tệp không có điểm nào.', 'The file holds no points.') }] };
  return { ok: true, points };
}

/** The template staff fill: the header row and two example points. */
export async function pointsTemplate(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'motcua';
  const ws = wb.addWorksheet('Điểm hỗ trợ');
  ws.addRow(Object.values(POINT_COLUMNS)).font = { bold: true };
  ws.addRow([
    'Điểm hỗ trợ 24h Tổ dân phố 3',
    KIND_LABELS['diem-ho-tro-24h'].vi,
    'Nhà văn hóa Tổ dân phố 3',
    '15.5736',
    '108.4740',
    'Hằng ngày 18:00-21:00',
    '01/01/2027',
    `${SERVICE_LABELS['nop-truc-tuyen'].vi}, ${SERVICE_LABELS['kich-hoat-vneid'].vi}`,
    '0235 3812 345',
    '',
  ]);
  ws.addRow([
    'Bộ phận một cửa phường',
    KIND_LABELS['bo-phan-mot-cua'].vi,
    'Trụ sở UBND phường',
    '',
    '',
    'T2-T6 07:30-11:30, 13:30-17:00; T7 07:30-11:30',
    '',
    SERVICE_LABELS['thu-tuc'].vi,
    '0235 3812 000',
    'https://zalo.me/0912345678',
  ]);
  ws.columns.forEach((c, i) => {
    c.width = i === 5 ? 44 : 24;
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}
