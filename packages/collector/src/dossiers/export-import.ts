/**
 * The one-stop system's dossier export (XLSX or CSV) read with the unit's column mapping: each row
 * becomes a dossier row as the machine API takes it, or problems on its line. Nothing is applied unless
 * every row is right. Dates are read as one-stop systems write them (dd/mm/yyyy [hh:mm], ISO, or a
 * spreadsheet date, taken as Vietnam time); statuses by their Vietnamese words or their codes.
 */
import {
  DOSSIER_STATUSES,
  type DossierMapping,
  type DossierRow,
  DossierRowSchema,
  type DossierStatus,
  foldVietnamese,
  type Message,
  msg,
  parseFields,
} from '@motcua/core';
import { readSheet, type SheetKind } from '../spreadsheets/read.js';

export const MAX_EXPORT_ROWS = 20_000;

export interface LineProblem {
  line: number;
  message: Message;
  /** Field-by-field messages, keyed by the mapped column's header. */
  fields?: Record<string, Message>;
}

export type ExportRead = { ok: true; rows: DossierRow[] } | { ok: false; problems: LineProblem[] };

/** The words one-stop systems use for each status (accent-folded), besides the code itself. */
const STATUS_WORDS: Record<DossierStatus, string[]> = {
  'moi-tiep-nhan': ['moi tiep nhan', 'tiep nhan', 'da tiep nhan', 'cho xu ly'],
  'dang-xu-ly': ['dang xu ly', 'dang giai quyet', 'dang thu ly', 'chuyen xu ly'],
  'yeu-cau-bo-sung': ['yeu cau bo sung', 'bo sung ho so', 'cho bo sung', 'can bo sung'],
  'cho-tra-ket-qua': ['cho tra ket qua', 'da co ket qua', 'co ket qua'],
  'da-tra-ket-qua': ['da tra ket qua', 'tra ket qua', 'hoan thanh', 'da hoan thanh'],
  'tu-choi': ['tu choi', 'khong giai quyet', 'khong du dieu kien'],
  'rut-ho-so': ['rut ho so', 'cong dan rut ho so', 'dung xu ly'],
};
const STATUS_BY_WORD = new Map<string, DossierStatus>(
  DOSSIER_STATUSES.flatMap((s) => [[s.replace(/-/g, ' '), s] as const, ...STATUS_WORDS[s].map((w) => [w, s] as const)]),
);

export function statusOf(text: string): DossierStatus | undefined {
  return STATUS_BY_WORD.get(foldVietnamese(text).replace(/[-_]/g, ' ').replace(/\s+/g, ' ').trim());
}

const VN_DATE = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:[ T,]+(\d{1,2})[:h](\d{2})(?::(\d{2}))?)?$/;
const ISO_LOCAL = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?$/;
const pad = (n: string | undefined) => (n ?? '0').padStart(2, '0');

/**
 * A time as an export writes it, as ISO text with Vietnam's offset (or with its own, when it has one).
 * A spreadsheet date cell (read as ISO in UTC) holds the wall time typed, which was Vietnam's.
 */
export function readTime(text: string): string | undefined {
  const vn = VN_DATE.exec(text);
  if (vn) return `${vn[3]}-${pad(vn[2])}-${pad(vn[1])}T${pad(vn[4])}:${pad(vn[5])}:${pad(vn[6])}+07:00`;
  const cell = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(\.\d+)?Z$/.exec(text);
  if (cell) return `${cell[1]}+07:00`;
  if (ISO_LOCAL.test(text)) return `${text.length === 10 ? `${text}T00:00:00` : text}+07:00`;
  return text || undefined; // an ISO time with its own offset, or text the schema will refuse
}

const dayOf = (text: string) => readTime(text)?.slice(0, 10);

const fold = (s: string) => s.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/g, ' ').trim();

/** Reads an export; `ok: false` lists every problem with its line, and nothing is to be applied. */
export async function readExport(file: Uint8Array, kind: SheetKind, mapping: DossierMapping): Promise<ExportRead> {
  let sheet: string[][];
  try {
    sheet = await readSheet(file, kind);
  } catch {
    return one(
      1,
      msg('Không đọc được tệp. Hãy dùng tệp XLSX hoặc CSV.', 'The file could not be read. Use XLSX or CSV.'),
    );
  }
  const header = (sheet[0] ?? []).map(fold);
  const columns = Object.fromEntries(
    Object.entries(mapping).map(([field, name]) => [field, name ? header.indexOf(fold(name)) : -1]),
  ) as Record<keyof DossierMapping, number>;
  const missing = (['code', 'receivedAt', 'dueDate', 'status', 'phone'] as const).filter((f) => columns[f] < 0);
  if (missing.length) {
    const names = missing.map((f) => `"${mapping[f]}"`).join(', ');
    return one(
      1,
      msg(
        `Dòng tiêu đề thiếu cột ${names}. Kiểm tra lại cách ghép cột.`,
        `The header row lacks the column(s) ${names}. Check the column mapping.`,
      ),
    );
  }
  const body = sheet.slice(1);
  if (body.length > MAX_EXPORT_ROWS)
    return one(
      MAX_EXPORT_ROWS + 2,
      msg(`Tối đa ${MAX_EXPORT_ROWS} hồ sơ mỗi tệp.`, `At most ${MAX_EXPORT_ROWS} dossiers per file.`),
    );
  const rows: DossierRow[] = [];
  const problems: LineProblem[] = [];
  for (const [i, cells] of body.entries()) {
    if (cells.every((c) => !c)) continue; // blank lines are fine
    const cell = (f: keyof DossierMapping) => (columns[f] >= 0 ? (cells[columns[f]] ?? '') : '');
    const statusText = cell('status');
    const parsed = parseFields(DossierRowSchema, {
      code: cell('code'),
      procedure: cell('procedure'),
      receivedAt: readTime(cell('receivedAt')) ?? '',
      dueDate: dayOf(cell('dueDate')) ?? '',
      status: statusOf(statusText) ?? statusText,
      note: cell('note'),
      phone: cell('phone'),
      ...(cell('statusAt') && { statusAt: readTime(cell('statusAt')) }),
    });
    if (parsed.ok) rows.push(parsed.value);
    else
      problems.push({
        line: i + 2,
        message: msg('Dòng có thông tin chưa đúng.', 'The row has fields that are not valid.'),
        fields: Object.fromEntries(
          Object.entries(parsed.fields).map(([f, m]) => [mapping[f as keyof DossierMapping] ?? f, m]),
        ),
      });
  }
  if (problems.length) return { ok: false, problems };
  if (rows.length === 0) return one(2, msg('Tệp không có hồ sơ nào.', 'The file holds no dossiers.'));
  return { ok: true, rows };
}

const one = (line: number, message: Message): ExportRead => ({ ok: false, problems: [{ line, message }] });
