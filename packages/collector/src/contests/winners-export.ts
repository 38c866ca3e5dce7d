/**
 * The winners' list of a round as a spreadsheet for the organising committee (Ban tổ chức): the ranking
 * with the contact details needed to hand out prizes, under Vietnamese headers (a province's contest:
 * each participant's ward beside their place; a ward's staff get their own ward's rows only). Staff only; text cells
 * that look like formulas are written as text.
 */
import ExcelJS from 'exceljs';
import { defuseFormula } from '../reports/report.js';
import type { BestEntry } from './results.js';
import type { Ranked } from './ranking.js';

const HEADERS = [
  'Hạng',
  'Họ và tên',
  'Năm sinh',
  'Số điện thoại',
  'Nơi ở (tổ dân phố, thôn)',
  'Phường, xã',
  'Đơn vị công tác',
  'Số câu đúng',
  'Tổng số câu',
  'Dự đoán',
  'Chênh lệch dự đoán',
  'Thời gian làm bài (giây)',
  'Thời điểm nộp bài',
];

export async function winnersXlsx(
  round: { title: string; contest: string },
  actual: number,
  ranked: Ranked<BestEntry>[],
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'motcua';
  const ws = wb.addWorksheet('Danh sách xếp hạng');
  ws.addRow([defuseFormula(`${round.contest} — ${round.title}`)]).font = { bold: true };
  ws.addRow([`Số người trả lời đúng tất cả các câu (đáp án câu hỏi dự đoán): ${actual}`]);
  ws.addRow([]);
  ws.addRow(HEADERS).font = { bold: true };
  for (const r of ranked) {
    const e = r.entry;
    ws.addRow([
      r.rank,
      defuseFormula(e.fullName),
      e.birthYear,
      e.phone,
      defuseFormula(e.place),
      defuseFormula(e.wardName),
      defuseFormula(e.workplace ?? ''),
      e.correct,
      e.total,
      e.prediction ?? '',
      r.predictionDistance ?? '',
      Math.round(e.tookMs / 100) / 10,
      e.submittedAt.toLocaleString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh' }),
    ]);
  }
  ws.columns.forEach((c, i) => {
    c.width = i === 1 || (i >= 4 && i <= 6) ? 28 : 16;
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}
