// Writes a Y4M video of a QR code for Chromium's fake camera (--use-file-for-fake-video-capture), so the
// camera path can be tested end to end. The QR modules come from zxing-wasm's writer (run in Node).
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { prepareZXingModule, writeBarcode } from 'zxing-wasm/full';

const require = createRequire(import.meta.url);

export async function writeQrVideo(text: string, file: string, width = 640, height = 480): Promise<void> {
  const wasm = require.resolve('zxing-wasm/full/zxing_full.wasm');
  prepareZXingModule({ overrides: { wasmBinary: readFileSync(wasm).buffer as ArrayBuffer } });
  const { symbol, error } = await writeBarcode(text, { format: 'QRCode' });
  if (!symbol) throw new Error(error);
  const scale = Math.floor(Math.min(width, height) / (symbol.width + 8));
  const x0 = Math.floor((width - symbol.width * scale) / 2);
  const y0 = Math.floor((height - symbol.height * scale) / 2);
  const y = new Uint8Array(width * height).fill(235);
  for (let r = 0; r < symbol.height; r++)
    for (let c = 0; c < symbol.width; c++)
      if ((symbol.data[r * symbol.width + c] ?? 255) < 128)
        for (let dy = 0; dy < scale; dy++)
          y.fill(
            16,
            (y0 + r * scale + dy) * width + x0 + c * scale,
            (y0 + r * scale + dy) * width + x0 + (c + 1) * scale,
          );
  const chroma = new Uint8Array((width / 2) * (height / 2) * 2).fill(128);
  const header = Buffer.from(`YUV4MPEG2 W${width} H${height} F10:1 Ip A1:1 C420jpeg\n`);
  const frame = Buffer.concat([Buffer.from('FRAME\n'), y, chroma]);
  writeFileSync(file, Buffer.concat([header, frame, frame]));
}
