/**
 * Question banks from a spreadsheet (XLSX or CSV, read with exceljs in ../spreadsheets), and the template staff download to
 * fill one. Every bad row is reported by its line number and nothing is imported until every row is
 * right: a bank is never half-imported.
 */
import { type Message, msg } from '@motcua/core';
import ExcelJS from 'exceljs';
import { readSheet, type SheetKind } from '../spreadsheets/read.js';
import type { StoredOption } from './tables.js';

export const BANK_COLUMNS = {
  text: 'Câu hỏi',
  kind: 'Loại câu hỏi',
  options: ['Phương án A', 'Phương án B', 'Phương án C', 'Phương án D', 'Phương án E', 'Phương án F'],
  answer: 'Đáp án đúng',
  source: 'Nguồn, căn cứ',
} as const;

const LETTERS = 'ABCDEF';
const MAX_ROWS = 1000;
const MAX_TEXT = 1000;

export interface ImportedQuestion {
  id: string;
  position: number;
  text: string;
  kind: 'single' | 'multiple';
  options: StoredOption[];
  source: string | null;
}

export interface RowProblem {
  line: number;
  message: Message;
}

export type BankImport = { ok: true; questions: ImportedQuestion[] } | { ok: false; problems: RowProblem[] };

const fold = (s: string) => s.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/g, ' ').trim();

interface Columns {
  textCol: number;
  kindCol: number;
  answerCol: number;
  sourceCol: number;
  optionCols: number[];
}

/** One row as a question, or what is wrong with it. */
function readQuestion(row: string[], cols: Columns, id: string): Omit<ImportedQuestion, 'position'> | Message {
  const cell = (c: number) => (c >= 0 ? (row[c] ?? '') : '');
  const text = cell(cols.textCol);
  const options = cols.optionCols
    .map((c, k) => ({ letter: LETTERS[k] as string, text: cell(c) }))
    .filter((o) => o.text);
  const answer = cell(cols.answerCol)
    .toUpperCase()
    .split(/[\s,;]+/)
    .filter(Boolean);
  const kindText = fold(cell(cols.kindCol));
  if (!text) return msg('Thiếu nội dung câu hỏi.', 'The question text is missing.');
  if (text.length > MAX_TEXT || options.some((o) => o.text.length > MAX_TEXT))
    return msg(`Nội dung tối đa ${MAX_TEXT} ký tự.`, `Texts are at most ${MAX_TEXT} characters.`);
  if (options.length < 2) return msg('Cần ít nhất 2 phương án trả lời.', 'At least 2 options are needed.');
  if (answer.length === 0)
    return msg('Thiếu đáp án đúng (ví dụ: B, hoặc A, C).', 'The right answer is missing (e.g. B, or A, C).');
  const unknown = answer.filter((a) => !options.some((o) => o.letter === a));
  if (unknown.length)
    return msg(
      `Đáp án đúng "${unknown.join(', ')}" không có trong các phương án.`,
      `Right answer "${unknown.join(', ')}" is not among the options.`,
    );
  if (kindText && !['một đáp án', 'nhiều đáp án', 'single', 'multiple'].includes(kindText))
    return msg('Loại câu hỏi là "Một đáp án" hoặc "Nhiều đáp án".', 'The kind is "Một đáp án" or "Nhiều đáp án".');
  const kind: 'single' | 'multiple' = kindText === 'nhiều đáp án' || kindText === 'multiple' ? 'multiple' : 'single';
  if (kind === 'single' && answer.length > 1)
    return msg(
      'Câu một đáp án chỉ có một đáp án đúng; nếu có nhiều, ghi loại "Nhiều đáp án".',
      'A single-choice question has one right answer; for several, set the kind to "Nhiều đáp án".',
    );
  return {
    id,
    text,
    kind,
    options: options.map((o) => ({
      id: `${id}-${o.letter.toLowerCase()}`,
      text: o.text,
      correct: answer.includes(o.letter),
    })),
    source: cell(cols.sourceCol) || null,
  };
}

/** Parses a bank file; `ok: false` lists every problem with its line, and nothing is imported. */
export async function parseBank(file: Uint8Array, kind: SheetKind, idPrefix: string): Promise<BankImport> {
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
  const header = (rows[0] ?? []).map(fold);
  const col = (name: string) => header.indexOf(fold(name));
  const textCol = col(BANK_COLUMNS.text);
  const kindCol = col(BANK_COLUMNS.kind);
  const answerCol = col(BANK_COLUMNS.answer);
  const sourceCol = col(BANK_COLUMNS.source);
  const optionCols = BANK_COLUMNS.options.map(col);
  const problems: RowProblem[] = [];
  if (textCol < 0 || answerCol < 0 || optionCols[0] === -1 || optionCols[1] === -1) {
    return {
      ok: false,
      problems: [
        {
          line: 1,
          message: msg(
            `Dòng tiêu đề cần có các cột "${BANK_COLUMNS.text}", "${BANK_COLUMNS.options[0]}", "${BANK_COLUMNS.options[1]}" và "${BANK_COLUMNS.answer}".`,
            `The header row needs the columns "${BANK_COLUMNS.text}", "${BANK_COLUMNS.options[0]}", "${BANK_COLUMNS.options[1]}" and "${BANK_COLUMNS.answer}".`,
          ),
        },
      ],
    };
  }
  const questions: ImportedQuestion[] = [];
  const body = rows.slice(1);
  if (body.length > MAX_ROWS)
    return {
      ok: false,
      problems: [
        {
          line: MAX_ROWS + 2,
          message: msg(`Tối đa ${MAX_ROWS} câu hỏi mỗi tệp.`, `At most ${MAX_ROWS} questions per file.`),
        },
      ],
    };
  for (const [i, row] of body.entries()) {
    if (row.every((c) => !c)) continue; // blank lines are fine
    const id = `${idPrefix}-${String(questions.length + 1).padStart(3, '0')}`;
    const read = readQuestion(row, { textCol, kindCol, answerCol, sourceCol, optionCols }, id);
    if ('vi' in read) problems.push({ line: i + 2, message: read });
    else questions.push({ ...read, position: questions.length + 1 });
  }
  if (problems.length) return { ok: false, problems };
  if (questions.length === 0)
    return {
      ok: false,
      problems: [{ line: 2, message: msg('Tệp không có câu hỏi nào.', 'The file holds no questions.') }],
    };
  return { ok: true, questions };
}

/** The template staff fill: the header row and one example question. */
export async function bankTemplate(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'motcua';
  const ws = wb.addWorksheet('Ngân hàng câu hỏi');
  ws.addRow([
    BANK_COLUMNS.text,
    BANK_COLUMNS.kind,
    ...BANK_COLUMNS.options,
    BANK_COLUMNS.answer,
    BANK_COLUMNS.source,
  ]).font = { bold: true };
  ws.addRow([
    'Từ ngày 01/7/2025, chính quyền địa phương được tổ chức theo mấy cấp?',
    'Một đáp án',
    'Một cấp',
    'Hai cấp: cấp tỉnh và cấp xã',
    'Ba cấp: tỉnh, huyện, xã',
    'Bốn cấp',
    '',
    '',
    'B',
    'Luật Tổ chức chính quyền địa phương số 72/2025/QH15',
  ]);
  ws.columns.forEach((c, i) => {
    c.width = i === 0 ? 60 : 24;
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}
