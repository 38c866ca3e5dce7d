/**
 * Camera scanning for the side panel: shows the camera in an overlay with a stop button, reads frames
 * until a QR code decodes, and gives its text back. Permission is granted once from camera.html, an
 * extension tab, because side panels cannot show the browser's permission prompt.
 */
import { decodeFrame, useLocalWasm } from './decode.js';

export class CameraPermissionError extends Error {
  constructor() {
    super('camera permission needed');
    this.name = 'CameraPermissionError';
  }
}

export interface CameraStrings {
  title: string;
  stop: string;
}

/** Scans one QR code with the camera; resolves undefined if the officer stops. */
export async function scanWithCamera(wasmUrl: string, strings: CameraStrings): Promise<string | undefined> {
  useLocalWasm(wasmUrl);
  let stream: MediaStream;
  try {
    stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false });
  } catch (e) {
    if (e instanceof DOMException && (e.name === 'NotAllowedError' || e.name === 'SecurityError'))
      throw new CameraPermissionError();
    throw e;
  }
  const opener = document.activeElement as HTMLElement | null;
  const dialog = document.createElement('dialog');
  dialog.className = 'camera';
  dialog.setAttribute('aria-label', strings.title);
  const video = document.createElement('video');
  video.muted = true;
  video.playsInline = true;
  video.srcObject = stream;
  const stop = document.createElement('button');
  stop.type = 'button';
  stop.textContent = strings.stop;
  dialog.append(video, stop);
  document.body.append(dialog);
  dialog.showModal();
  stop.focus();
  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  let stopped = false;
  const finish = () => {
    stopped = true;
    for (const track of stream.getTracks()) track.stop();
    dialog.close();
    dialog.remove();
    opener?.focus();
  };
  stop.addEventListener('click', finish);
  dialog.addEventListener('cancel', finish);
  await video.play();
  try {
    while (!stopped) {
      if (video.videoWidth && ctx) {
        canvas.width = video.videoWidth;
        canvas.height = video.videoHeight;
        ctx.drawImage(video, 0, 0);
        const text = await decodeFrame(ctx.getImageData(0, 0, canvas.width, canvas.height));
        if (text) return text;
      }
      await new Promise((r) => setTimeout(r, 150));
    }
    return undefined;
  } finally {
    if (!stopped) finish();
  }
}
