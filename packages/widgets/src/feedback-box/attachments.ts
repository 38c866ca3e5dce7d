/**
 * Attachments checked in the browser as the collector will check them: by their first bytes, not
 * their name; photos from phones are scaled down (longest side 1600 px, JPEG) before upload, so a
 * 12-megapixel picture costs a few hundred kilobytes on 3G.
 */
export const MAX_FILES = 3;
export const MAX_BYTES = 5 * 1024 * 1024;
/** Images larger than this are not even decoded: a phone photo is far smaller. */
const MAX_IMAGE_INPUT = 30 * 1024 * 1024;
const MAX_SIDE = 1600;

export interface PreparedFile {
  name: string;
  type: string;
  /** Base64 of the bytes sent. */
  data: string;
  size: number;
}

export type FileProblem = 'fileTooBig' | 'fileType' | 'fileUnreadable';

/**
 * The file's type by its first bytes. A PDF, sent as it is, is also checked at its end as the collector
 * checks it (feedback/sniff.ts: %%EOF in its last 1 KB), so a file cut short is refused here, while the
 * citizen can still pick it again. A photo's end is left to the collector: a large one is re-encoded on
 * the way (downscale), and a small one is sent as it is, with whatever a phone wrote after its end mark.
 */
export async function sniffFile(file: Blob): Promise<string | undefined> {
  const b = new Uint8Array(await file.slice(0, 12).arrayBuffer());
  const ascii = (from: number, to: number) => String.fromCharCode(...b.slice(from, to));
  if (b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'image/jpeg';
  if (b[0] === 0x89 && ascii(1, 4) === 'PNG') return 'image/png';
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'image/webp';
  if (ascii(0, 5) === '%PDF-' && (await file.slice(-1024).text()).includes('%%EOF')) return 'application/pdf';
  return undefined;
}

function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

async function downscale(file: Blob): Promise<Blob> {
  const bitmap = await createImageBitmap(file);
  const scale = Math.min(1, MAX_SIDE / Math.max(bitmap.width, bitmap.height));
  if (scale === 1 && file.size <= MAX_BYTES / 4) {
    bitmap.close();
    return file;
  }
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(bitmap.width * scale);
  canvas.height = Math.round(bitmap.height * scale);
  canvas.getContext('2d')?.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
  bitmap.close();
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('encode'))), 'image/jpeg', 0.85),
  );
}

export async function prepareFile(file: File): Promise<PreparedFile | FileProblem> {
  let type: string | undefined;
  try {
    type = await sniffFile(file);
  } catch {
    return 'fileUnreadable';
  }
  if (!type) return 'fileType';
  let blob: Blob = file;
  let name = file.name;
  if (type.startsWith('image/')) {
    if (file.size > MAX_IMAGE_INPUT) return 'fileTooBig';
    try {
      blob = await downscale(file);
    } catch {
      return 'fileUnreadable';
    }
    if (blob !== file) {
      type = 'image/jpeg';
      name = name.replace(/\.[^.]*$/, '') + '.jpg';
    }
  }
  if (blob.size > MAX_BYTES) return 'fileTooBig';
  return { name, type, size: blob.size, data: toBase64(new Uint8Array(await blob.arrayBuffer())) };
}
