// The portal importer's re-parsing of the run-together table text.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
// @ts-expect-error: a plain .mjs script without type declarations
import * as importer from '../scripts/import-portal.mjs';

const { cleanName, parseChannels, parseDocuments, parseLegalBasis, parseResult, formatTime } = importer as {
  cleanName(s: string): string;
  parseChannels(s: string): { channel: string; time?: string; unit?: string; fee?: string; note?: string }[];
  parseDocuments(s: string): { name: string; copies?: string; form?: string }[];
  parseLegalBasis(s: string): string[];
  parseResult(s: string): string | undefined;
  formatTime(row: { time?: string; unit?: string }, text: string): string | undefined;
};

describe('import-portal', () => {
  it('drops "Thủ tục" from names', () => {
    assert.equal(cleanName('Thủ tục đăng ký khai sinh'), 'Đăng ký khai sinh');
    assert.equal(cleanName('Tách hộ'), 'Tách hộ');
  });

  it('splits the channels table into channel, time, fee and note', () => {
    const rows = parseChannels(
      'Hình thức nộpThời gianPhí, lệ phíMô tảTrực tuyến1Miễn phí(Miễn lệ phí.)Trực tiếp7 NgàyKhông có thông tinNộp tại trụ sở Công an cấp xã',
    );
    assert.deepEqual(rows, [
      { channel: 'Trực tuyến', time: '1', unit: undefined, fee: 'Miễn phí (Miễn lệ phí.)' },
      { channel: 'Trực tiếp', time: '7', unit: 'Ngày', note: 'Nộp tại trụ sở Công an cấp xã' },
    ]);
    const fee = parseChannels(
      'Hình thức nộpThời gianPhí, lệ phíMô tảTrực tiếp3 Ngày làm việc50,000 VNĐ(50.000 đồng/lần)',
    );
    assert.equal(fee[0]?.fee, '50,000 VNĐ (50.000 đồng/lần)');
    assert.equal(formatTime(fee[0]!, ''), '3 ngày làm việc');
  });

  it('gives a bare number a unit only when the record counts in working days', () => {
    assert.equal(formatTime({ time: '5' }, 'trong 05 ngày làm việc'), '5 ngày làm việc');
    assert.equal(formatTime({ time: '5' }, 'không rõ'), undefined);
  });

  it('splits the documents table, keeping copies and the form file', () => {
    const docs = parseDocuments(
      '* Giấy tờ phải nộp:Tên giấy tờMẫu đơn, tờ khaiSố lượng- Tờ khai đăng ký kết hôn theo mẫu.1 bản chính- Phiếu khai báo (mẫu NA17)Mau NA17.doc1 bản chính,1 bản sao',
    );
    assert.deepEqual(docs, [
      { name: 'Tờ khai đăng ký kết hôn theo mẫu.', copies: '1 bản chính' },
      { name: 'Phiếu khai báo (mẫu NA17)', copies: '1 bản chính, 1 bản sao', form: 'Mau NA17.doc' },
    ]);
  });

  it('splits the legal basis table into one entry per document with its number', () => {
    const legal = parseLegalBasis(
      'Tên văn bản pháp lýMã văn bảnLuật 60/2014/QH1360/2014/QH13Nghị định số 123/2015/NĐ-CP ngày 15/11/2015 quy định chi tiết Luật Hộ tịch123/2015/NĐ-CPThông tư hướng dẫn phí85/2019/TT-BTC',
    );
    assert.deepEqual(legal, [
      'Luật 60/2014/QH13',
      'Nghị định số 123/2015/NĐ-CP ngày 15/11/2015 quy định chi tiết Luật Hộ tịch',
      'Thông tư hướng dẫn phí (85/2019/TT-BTC)',
    ]);
  });

  it('cuts the page chrome after the result', () => {
    assert.equal(parseResult('Giấy khai sinhMã: KQ.G15.000031Từ khóaKhông có thông tin…Nộp hồ sơ'), 'Giấy khai sinh');
  });
});
