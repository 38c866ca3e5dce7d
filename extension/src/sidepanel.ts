/// <reference types="chrome" />
/**
 * The side panel page (also opened as a tab, `sidepanel.html?tab=<id>`): opens the vault, connects the
 * panel to the portal tab through the content script, and locks when the page goes away.
 */
import './panel/staff-panel.js';
import type { FieldInfo } from '@motcua/autofill';
import type { ContentReply, PageBridge, PanelMessage } from './fill/protocol.js';
import { ProfileStore } from './store/profile-store.js';

const ext = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;

/** The portal tab: the one named in the URL, else the active web tab of this window. */
async function targetTab(): Promise<number> {
  const fromUrl = Number(new URLSearchParams(location.search).get('tab'));
  if (fromUrl) return fromUrl;
  const tabs = await ext.tabs.query({ active: true, lastFocusedWindow: true });
  const tab = tabs.find((t) => t.url && /^https?:/.test(t.url));
  if (tab?.id === undefined) throw new Error('no portal tab');
  return tab.id;
}

async function send<T extends ContentReply>(message: PanelMessage): Promise<T> {
  const tabId = await targetTab();
  await ext.scripting.executeScript({ target: { tabId }, files: ['content.js'] });
  const reply = (await ext.tabs.sendMessage(tabId, message)) as ContentReply | undefined;
  if (!reply?.ok) throw new Error('the page did not answer');
  return reply as T;
}

const bridge: PageBridge = {
  async describe() {
    const r = await send<{ ok: true; url: string; fields: FieldInfo[] }>({ type: 'motcua:describe' });
    return { url: r.url, fields: r.fields };
  },
  async fill(fills) {
    const r = await send<{ ok: true; filled: string[]; skipped: string[] }>({ type: 'motcua:fill', fills });
    return { filled: r.filled, skipped: r.skipped };
  },
  async undo() {
    await send({ type: 'motcua:undo' });
  },
};

/** Asks for a provincial portal origin as an optional host permission (needs the click's user gesture). */
async function addPortal(origin: string): Promise<boolean> {
  const url = new URL(origin);
  if (url.protocol !== 'https:') return false;
  return ext.permissions.request({ origins: [`${url.origin}/*`] });
}

const panel = document.createElement('motcua-staff-panel');
panel.bridge = bridge;
panel.addPortal = addPortal;
// The decoder is loaded only when the camera is used, so the panel opens fast.
panel.cameraScan = async () =>
  (await import('./camera/camera-scan.js')).scanWithCamera(ext.runtime.getURL('zxing_reader.wasm'), {
    title: panel.t.camera,
    stop: panel.t.cameraStop,
  });
panel.openCameraPermission = () => void ext.tabs.create({ url: ext.runtime.getURL('camera.html') });
document.body.append(panel);
panel.store = await ProfileStore.open();
addEventListener('pagehide', () => panel.store?.lock());
