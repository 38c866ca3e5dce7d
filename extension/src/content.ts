/// <reference types="chrome" />
/**
 * Content script, injected into the portal tab on demand. It describes the page's fillable fields and
 * sets the values the panel sends, one per field, then undoes them on request. It never sees a whole
 * profile and answers only messages from this extension's own pages.
 */
import { type ContentReply, isTrustedSender, type PanelMessage } from './fill/protocol.js';
import { applyValues, describePage, undoValues } from './fill/page.js';

declare global {
  var __motcuaContent: boolean | undefined;
}

if (!globalThis.__motcuaContent) {
  globalThis.__motcuaContent = true;
  const ext = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
  const extensionOrigin = ext.runtime.getURL('');
  ext.runtime.onMessage.addListener((message: PanelMessage, sender, sendResponse: (r: ContentReply) => void) => {
    // Only the extension's own pages (the side panel), never another content script or a web page.
    if (!isTrustedSender(sender, ext.runtime.id, extensionOrigin)) return false;
    if (message?.type === 'motcua:describe') {
      sendResponse({ ok: true, url: location.href, fields: describePage(document) });
    } else if (message?.type === 'motcua:fill' && Array.isArray(message.fills)) {
      const fills = message.fills.filter(
        (f) => f && typeof f.fieldId === 'string' && typeof f.value === 'string' && f.value.length <= 2000,
      );
      void applyValues(fills).then((r) => sendResponse({ ok: true, ...r }));
      return true;
    } else if (message?.type === 'motcua:undo') {
      void undoValues().then(() => sendResponse({ ok: true }));
      return true;
    } else sendResponse({ ok: false, error: 'unknown message' });
    return false;
  });
}
