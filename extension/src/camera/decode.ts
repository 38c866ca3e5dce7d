/**
 * QR decoding from camera frames: the browser's BarcodeDetector where it reads QR codes, otherwise the
 * bundled zxing-wasm reader whose .wasm file ships inside the extension (never fetched from a CDN).
 */
import { prepareZXingModule, readBarcodes } from 'zxing-wasm/reader';

interface BarcodeDetectorLike {
  detect(source: ImageBitmapSource): Promise<{ rawValue: string }[]>;
}
type BarcodeDetectorCtor = {
  new (options: { formats: string[] }): BarcodeDetectorLike;
  getSupportedFormats(): Promise<string[]>;
};

let native: Promise<BarcodeDetectorLike | undefined> | undefined;
let zxingReady: string | undefined;

/** The browser's detector if it supports QR codes (Chrome on Windows/macOS/ChromeOS/Android), else undefined. */
export function nativeDetector(): Promise<BarcodeDetectorLike | undefined> {
  native ??= (async () => {
    const Ctor = (globalThis as unknown as { BarcodeDetector?: BarcodeDetectorCtor }).BarcodeDetector;
    if (!Ctor) return undefined;
    try {
      return (await Ctor.getSupportedFormats()).includes('qr_code') ? new Ctor({ formats: ['qr_code'] }) : undefined;
    } catch {
      return undefined;
    }
  })();
  return native;
}

/** Points zxing-wasm at the local .wasm file (an extension URL or a test server path). */
export function useLocalWasm(wasmUrl: string): void {
  if (zxingReady === wasmUrl) return;
  prepareZXingModule({ overrides: { locateFile: (path: string) => (path.endsWith('.wasm') ? wasmUrl : path) } });
  zxingReady = wasmUrl;
}

/** Decodes the first QR code in a frame with zxing-wasm; undefined when there is none. */
export async function decodeWithZxing(frame: ImageData): Promise<string | undefined> {
  const results = await readBarcodes(frame, { formats: ['QRCode'], tryHarder: true, maxNumberOfSymbols: 1 });
  const hit = results.find((r) => r.isValid && r.text);
  return hit?.text;
}

/** Decodes a frame with the native detector if there is one, else with zxing-wasm. */
export async function decodeFrame(frame: ImageData): Promise<string | undefined> {
  const detector = await nativeDetector();
  if (detector) {
    const [hit] = await detector.detect(frame);
    return hit?.rawValue || undefined;
  }
  return decodeWithZxing(frame);
}
