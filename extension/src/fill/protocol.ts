/**
 * What the side panel and the content script say to each other. The panel plans (with the engine's
 * planFill); the content script only describes the page's fields and sets one value per field, so a
 * whole profile never enters a page.
 */
import type { FieldInfo } from '@motcua/autofill';

export type PanelMessage =
  | { type: 'motcua:describe' }
  | { type: 'motcua:fill'; fills: { fieldId: string; value: string }[] }
  | { type: 'motcua:undo' };

export type ContentReply =
  | { ok: true; url: string; fields: FieldInfo[] }
  | { ok: true; filled: string[]; skipped: string[] }
  | { ok: true }
  | { ok: false; error: string };

/**
 * Whether a message to the content script comes from this extension's own page (the side panel or its
 * tab) rather than from a content script in some tab, another extension, or a web page.
 */
export function isTrustedSender(
  sender: { id?: string; tab?: unknown; url?: string },
  runtimeId: string,
  extensionOrigin: string,
): boolean {
  return (
    sender.id === runtimeId && !sender.tab && typeof sender.url === 'string' && sender.url.startsWith(extensionOrigin)
  );
}

/** How the panel reaches the page; the extension uses tabs messaging, tests a real form in the test page. */
export interface PageBridge {
  /** The page's address and its fields as the engine describes them (labels, sections, whose; never values). */
  describe(): Promise<{ url: string; fields: FieldInfo[] }>;
  fill(fills: { fieldId: string; value: string }[]): Promise<{ filled: string[]; skipped: string[] }>;
  undo(): Promise<void>;
}

/** Profile paths the officer can teach, in the order the teaching menu lists them. */
export const PROFILE_PATHS = [
  'fullName',
  'idNumber',
  'oldIdNumber',
  'dateOfBirth',
  'gender',
  'phone',
  'email',
  'address',
  'issueDate',
  'currentAddress',
  'ethnicity',
  'nationality',
  'residence.province',
  'residence.commune',
  'residence.street',
  'relatives.father.fullName',
  'relatives.mother.fullName',
  'relatives.spouse.fullName',
  'relatives.child.fullName',
] as const;
