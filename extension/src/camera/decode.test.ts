import { expect } from '@open-wc/testing';
import { writeBarcode } from 'zxing-wasm/full';
import { decodeWithZxing, useLocalWasm } from './decode.js';

const QR =
  '049090001234|201234567|Nguyễn Văn An|01021990|Nam|Tổ 5, Phường Tân Thạnh, Thành phố Tam Kỳ, Quảng Nam|15082021||||';
const base = '/extension/node_modules/zxing-wasm/dist';

/** Draws a QR code of text (made with zxing's writer) and returns the pixels, as a camera frame would be. */
async function frameOf(text: string): Promise<ImageData> {
  const { prepareZXingModule } = await import('zxing-wasm/full');
  prepareZXingModule({ overrides: { locateFile: () => `${base}/full/zxing_full.wasm` } });
  const { image, error } = await writeBarcode(text, { format: 'QRCode', scale: 4 });
  if (!image) throw new Error(error);
  const bitmap = await createImageBitmap(image);
  const canvas = new OffscreenCanvas(bitmap.width + 80, bitmap.height + 80);
  const ctx = canvas.getContext('2d') as OffscreenCanvasRenderingContext2D;
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.drawImage(bitmap, 40, 40);
  return ctx.getImageData(0, 0, canvas.width, canvas.height);
}

describe('QR decoding with the bundled zxing-wasm reader', () => {
  it('reads a chip ID card QR, Vietnamese text intact, with the local .wasm file', async () => {
    useLocalWasm(`${base}/reader/zxing_reader.wasm`);
    const frame = await frameOf(QR);
    expect(await decodeWithZxing(frame)).to.equal(QR);
  });

  it('answers undefined for a frame without a code', async () => {
    useLocalWasm(`${base}/reader/zxing_reader.wasm`);
    const blank = new ImageData(200, 200);
    blank.data.fill(255);
    expect(await decodeWithZxing(blank)).to.equal(undefined);
  });
});
