/**
 * What the side panel and the content script say to each other. The panel plans; the content script
 * only describes the page's fields and sets one value per field, so a whole profile never enters a page.
 */
import { foldVietnamese } from '@motcua/core';
import type { CitizenProfile, FillRule } from '../store/profile-store.js';

/** A fillable field as the content script describes it (no values). */
export interface PageField {
  /** Stable within one page load; the content script maps it back to the element. */
  id: string;
  label: string;
  name?: string;
  section?: string;
  kind: 'text' | 'date' | 'select' | 'radio' | 'email' | 'tel' | 'textarea' | 'other';
  options?: string[];
}

export interface PlannedFill {
  fieldId: string;
  label: string;
  value: string;
  /** Profile path, e.g. "residence.commune". */
  source: string;
  /** Why this value goes here: 'rule' or the label signal that matched. */
  why: { kind: 'rule' | 'label' | 'engine'; detail: string };
}

export interface Plan {
  url: string;
  fills: PlannedFill[];
  unmatched: PageField[];
}

export type PanelMessage =
  | { type: 'motcua:describe' }
  | { type: 'motcua:fill'; fills: { fieldId: string; value: string }[] }
  | { type: 'motcua:undo' };

export type ContentReply =
  | { ok: true; url: string; fields: PageField[] }
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

/** How the panel reaches the page; the extension uses tabs messaging, tests use a fake page. */
export interface PageBridge {
  describe(): Promise<{ url: string; fields: PageField[] }>;
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
  'residence.province',
  'residence.commune',
  'residence.street',
  'relatives.father.fullName',
  'relatives.mother.fullName',
  'relatives.spouse.fullName',
  'relatives.child.fullName',
] as const;

/** dd/mm/yyyy, as Vietnamese portals want dates. */
const vnDate = (iso: string | undefined) => (iso ? iso.split('-').reverse().join('/') : undefined);

/** The text value of a profile path, formatted for a form ("" when the profile has none). */
export function profileValue(profile: CitizenProfile, path: string): string {
  const rel = /^relatives\.(father|mother|spouse|child)\.(fullName|dateOfBirth|idNumber)$/.exec(path);
  if (rel) {
    const r = profile.relatives?.find((x) => x.relation === rel[1]);
    const v = r?.[rel[2] as 'fullName' | 'dateOfBirth' | 'idNumber'];
    return (rel[2] === 'dateOfBirth' ? vnDate(v) : v) ?? '';
  }
  if (path.startsWith('residence.')) {
    const k = path.slice('residence.'.length) as 'province' | 'commune' | 'street';
    return profile.residence?.[k] ?? '';
  }
  if (path === 'dateOfBirth' || path === 'issueDate') return vnDate(profile[path]) ?? '';
  const v = (profile as unknown as Record<string, unknown>)[path];
  return typeof v === 'string' ? v : '';
}

/** Label words that name each profile path (folded), most specific first. */
const SIGNALS: [string, RegExp][] = [
  ['relatives.father.fullName', /\b(ho ten|ten) (cha|bo)\b|\bcha\b/],
  ['relatives.mother.fullName', /\b(ho ten|ten) me\b|\bme\b/],
  ['relatives.spouse.fullName', /\b(vo|chong|vo chong)\b/],
  ['oldIdNumber', /\bcmnd\b|chung minh/],
  ['idNumber', /\bcccd\b|can cuoc|dinh danh|so giay to/],
  ['issueDate', /ngay cap/],
  ['dateOfBirth', /ngay sinh|ngay thang nam sinh/],
  ['gender', /gioi tinh/],
  ['phone', /dien thoai|\bsdt\b|\bdt\b/],
  ['email', /email|thu dien tu/],
  ['residence.province', /tinh|thanh pho/],
  ['residence.commune', /\bxa\b|phuong/],
  ['currentAddress', /noi o hien tai|cho o hien tai/],
  ['address', /thuong tru|dia chi/],
  ['fullName', /ho (va )?ten|\bten\b/],
];

/**
 * Plans a fill: taught rules first, then label signals. A stand-in for `@motcua/autofill`'s planFill
 * until that engine is wired in; it never plans an empty value.
 */
export function planFill(url: string, fields: PageField[], profile: CitizenProfile, rules: FillRule[]): Plan {
  const fills: PlannedFill[] = [];
  const unmatched: PageField[] = [];
  const used = new Set<string>();
  for (const field of fields) {
    const label = foldVietnamese(field.label || field.name || '');
    const rule = rules.find((r) => url.startsWith(r.scope) && foldVietnamese(r.label) === label);
    let source = rule?.field;
    let why: PlannedFill['why'] = { kind: 'rule', detail: rule?.label ?? '' };
    if (!source) {
      const hit = SIGNALS.find(([path, re]) => re.test(label) && !used.has(path));
      source = hit?.[0];
      why = { kind: 'label', detail: field.label };
    }
    const value = source ? profileValue(profile, source) : '';
    if (!source || !value) {
      unmatched.push(field);
      continue;
    }
    used.add(source);
    fills.push({ fieldId: field.id, label: field.label, value, source, why });
  }
  return { url, fills, unmatched };
}
