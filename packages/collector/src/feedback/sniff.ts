/**
 * What a file really is, from its bytes, never from its name or declared type: its signature at the
 * start, and its format's end where the format has one (a PNG's IEND chunk, a JPEG's end-of-image mark,
 * a WebP's RIFF length, a PDF's %%EOF). A file whose bytes are not wholly that type (a PNG header with a
 * web page after it) is refused, so nothing saved from the inbox can open as something else.
 */
export type SniffedType = 'image/jpeg' | 'image/png' | 'image/webp' | 'application/pdf';

/** The extension a stored attachment gets: from its sniffed type, never from the citizen's file name. */
export const EXTENSIONS: Record<SniffedType, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'application/pdf': 'pdf',
};

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const PNG_END = Buffer.from([0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82]); // "IEND" and its CRC

function isPng(data: Buffer): boolean {
  return data.length >= 20 && data.subarray(0, 8).equals(PNG_SIGNATURE) && data.subarray(-8).equals(PNG_END);
}

function isJpeg(data: Buffer): boolean {
  return (
    data.length >= 4 &&
    data[0] === 0xff &&
    data[1] === 0xd8 &&
    data[2] === 0xff &&
    data.at(-2) === 0xff &&
    data.at(-1) === 0xd9
  );
}

function isWebp(data: Buffer): boolean {
  return (
    data.length >= 12 &&
    data.toString('latin1', 0, 4) === 'RIFF' &&
    data.toString('latin1', 8, 12) === 'WEBP' &&
    data.readUInt32LE(4) + 8 === data.length
  );
}

function isPdf(data: Buffer): boolean {
  // %%EOF within the last 1 KB, as PDF writers put it (possibly followed by line breaks).
  return (
    data.length >= 8 &&
    data.toString('latin1', 0, 5) === '%PDF-' &&
    data.subarray(-1024).toString('latin1').includes('%%EOF')
  );
}

export function sniff(data: Buffer): SniffedType | undefined {
  if (isJpeg(data)) return 'image/jpeg';
  if (isPng(data)) return 'image/png';
  if (isWebp(data)) return 'image/webp';
  if (isPdf(data)) return 'application/pdf';
  return undefined;
}
