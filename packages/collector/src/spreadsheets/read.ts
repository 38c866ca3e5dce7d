/**
 * Reading what staff upload: the first sheet of an XLSX file, or a CSV file, as rows of text cells
 * (with exceljs, which reads both). A date cell comes back as its ISO text. Shared by every import (the
 * contest's question bank, the one-stop system's dossier export).
 */
import { Readable } from 'node:stream';
import { cleanText } from '@motcua/core';
import ExcelJS from 'exceljs';
import type { Context } from 'hono';
import { HttpError } from '../http/errors.js';

export type SheetKind = 'xlsx' | 'csv';
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The kind of spreadsheet a request's body is, or the 415 that says what is accepted. */
export function sheetKindOf(c: Context): SheetKind {
  const type = (c.req.header('content-type') ?? '').toLowerCase();
  if (type.includes('spreadsheetml')) return 'xlsx';
  if (type.startsWith('text/csv')) return 'csv';
  throw new HttpError(415, 'unsupported_media_type', { vi: 'Chỉ nhận tệp XLSX hoặc CSV.', en: 'Send XLSX or CSV.' });
}

/** Rows of trimmed NFC text cells (blank rows kept, so a row's index + 1 is its line). Throws on a bad file. */
export async function readSheet(file: Uint8Array, kind: SheetKind): Promise<string[][]> {
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
          // Keep every cell as typed: a date like 06/12/2026 is the one-stop system's, read by the import.
          { parserOptions: {}, map: (value: unknown) => value } as never,
        );
  const rows: string[][] = [];
  sheet?.eachRow({ includeEmpty: true }, (row, n) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      cells[col - 1] = cell.value instanceof Date ? cell.value.toISOString() : cleanText(cell.text ?? '').trim();
    });
    rows[n - 1] = Array.from(cells, (c) => c ?? '');
  });
  return Array.from(rows, (r) => r ?? []);
}

/** Header text compared as people type it: NFC, lower case, spaces collapsed. */
export const foldHeader = (s: string) => s.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/g, ' ').trim();
