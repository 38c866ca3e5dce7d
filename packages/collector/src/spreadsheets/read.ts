/**
 * Spreadsheets staff upload (a contest's question bank, a ward's support points): the kind from the
 * request's media type, and the first sheet of an XLSX file or a CSV file as rows of text cells, read
 * with exceljs.
 */
import { Readable } from 'node:stream';
import { cleanText } from '@motcua/core';
import ExcelJS from 'exceljs';
import type { Context } from 'hono';
import type { AppEnv } from '../http/config.js';
import { HttpError } from '../http/errors.js';

export type SpreadsheetKind = 'xlsx' | 'csv';

/** The kind of the uploaded file, from its Content-Type; 415 for anything else. */
export function spreadsheetKind(c: Context<AppEnv>): SpreadsheetKind {
  const type = (c.req.header('content-type') ?? '').toLowerCase();
  if (type.includes('spreadsheetml')) return 'xlsx';
  if (type.startsWith('text/csv')) return 'csv';
  throw new HttpError(415, 'unsupported_media_type', { vi: 'Chỉ nhận tệp XLSX hoặc CSV.', en: 'Send XLSX or CSV.' });
}

/** Reads the first sheet of an XLSX file, or a CSV file, into rows of trimmed NFC text cells. */
export async function readRows(file: Uint8Array, kind: SpreadsheetKind): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  const sheet =
    kind === 'xlsx'
      ? (await wb.xlsx.load(file as unknown as ArrayBuffer)).worksheets[0]
      : await wb.csv.read(
          Readable.from([
            Buffer.from(file)
              .toString('utf8')
              .replace(/^\ufeff/, ''),
          ]),
          // Cells stay the text they are: exceljs would read 0905… as a number and drop the 0.
          { map: (value: unknown) => value },
        );
  const rows: string[][] = [];
  sheet?.eachRow({ includeEmpty: true }, (row, n) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      cells[col - 1] = cleanText(cell.text ?? '').trim();
    });
    rows[n - 1] = Array.from(cells, (c) => c ?? '');
  });
  return Array.from(rows, (r) => r ?? []);
}

/** Header text compared as people type it: NFC, lower case, spaces collapsed. */
export const foldHeader = (s: string) => s.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/g, ' ').trim();
