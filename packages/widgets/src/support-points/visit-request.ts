/**
 * The home-visit request of <motcua-support-points> (đăng ký hỗ trợ tại nhà): the form, kept as a draft
 * while typed, checked before sending, sent through the page's outbox (queued offline, delivered once)
 * and answered with a receipt code, which survives a reload. Functions of the element's state (its
 * reactive properties, so setting one renders again). Always in the widget's file: the outbox and the
 * drafts are what keep a citizen's input safe, so they are never loaded on demand.
 */
import type { OutboxEvent, SendResult } from '@motcua/core/outbox';
import { normalizePhoneVN, SUPPORT_LIMITS, SUPPORT_SERVICES } from '@motcua/core/schemas';
import { html, nothing } from 'lit';
import { errorSummary } from '../shared/error-summary.js';
import { pageOutbox, serverMessage } from '../shared/outbox.js';
import { uuid } from '../shared/uuid.js';
import { drafts } from './drafts.js';

const FIELDS = ['name', 'phone', 'address', 'need', 'details', 'preferredTime'] as const;
type Field = (typeof FIELDS)[number];
export type Values = Record<Field, string>;
const EMPTY: Values = { name: '', phone: '', address: '', need: '', details: '', preferredTime: '' };

interface DraftData {
  values: Values;
  /** The request handed to the outbox and not yet acknowledged. */
  pendingId?: string;
}

const KIND = 'home-visit';

/** The element's state the request reads and sets. */
export interface VisitState {
  readonly unit: string;
  readonly apiBase: string;
  readonly resolvedLang: 'vi' | 'en';
  values: Values;
  consent: boolean;
  errors: Partial<Record<string, string>>;
  phase: 'form' | 'sending' | 'queued' | 'sent';
  receiptCode: string;
  notice: string;
  /** The request handed to the outbox and not yet acknowledged (not rendered). */
  pendingId: string;
  /** The phone the acknowledged request gave, in memory only, so its follow-up comes filled in (not rendered). */
  sentPhone: string;
  saveTimer?: ReturnType<typeof setTimeout>;
  t(key: string, values?: Record<string, string | number>): string;
  emit<T>(name: string, detail?: T): boolean;
  moveFocus(selector: string): Promise<void>;
}

/** An empty form. */
export const emptyValues = (): Values => ({ ...EMPTY });

const draftKey = (el: VisitState) => `home-visit:${el.unit}`;

/** The draft, or the request sent or waiting to be sent, from the last visit. */
export async function restoreVisit(el: VisitState): Promise<void> {
  try {
    const draft = await drafts.load<DraftData>(draftKey(el));
    if (!draft) return;
    el.values = { ...EMPTY, ...draft.data.values };
    const pendingId = draft.data.pendingId;
    if (pendingId) {
      el.pendingId = pendingId;
      const box = pageOutbox();
      const sent = await box.result(pendingId);
      if (sent) return void (await acknowledged(el, sent.response));
      if ((await box.pending(KIND)).some((p) => p.id === pendingId)) {
        el.phase = 'queued';
        return;
      }
      el.pendingId = '';
    }
    if (Object.values(el.values).some(Boolean)) el.notice = el.t('draftRestored');
  } catch {
    /* no IndexedDB: the form still works, without drafts */
  }
}

function onInput(el: VisitState, field: Field, e: Event): void {
  el.values = { ...el.values, [field]: (e.target as HTMLInputElement).value };
  clearTimeout(el.saveTimer);
  el.saveTimer = setTimeout(() => void saveDraft(el), 250);
}

async function saveDraft(el: VisitState): Promise<void> {
  const data: DraftData = { values: el.values, ...(el.pendingId && { pendingId: el.pendingId }) };
  await drafts.save(draftKey(el), data).catch(() => undefined);
}

function validate(el: VisitState): Record<string, string> {
  const errors: Record<string, string> = {};
  const v = el.values;
  const length = (s: string) => [...s.trim()].length;
  const text = (field: Field, name: string, min: number, max: number) => {
    if (!v[field].trim()) errors[field] = el.t('required', { field: el.t(name) });
    else if (length(v[field]) < min) errors[field] = el.t('tooShort', { min });
    else if (length(v[field]) > max) errors[field] = el.t('tooLong', { max });
  };
  text('name', 'nameField', 2, SUPPORT_LIMITS.name);
  if (!v.phone.trim()) errors.phone = el.t('required', { field: el.t('phoneField') });
  else if (!normalizePhoneVN(v.phone)) errors.phone = el.t('phoneInvalid');
  text('address', 'addressField', 5, SUPPORT_LIMITS.address);
  if (!v.need) errors.need = el.t('needMissing');
  if (length(v.details) > SUPPORT_LIMITS.details) errors.details = el.t('tooLong', { max: SUPPORT_LIMITS.details });
  text('preferredTime', 'preferredField', 1, SUPPORT_LIMITS.preferredTime);
  if (!el.consent) errors.consent = el.t('needConsent');
  return errors;
}

async function submit(el: VisitState, e: Event): Promise<void> {
  e.preventDefault();
  if (el.phase === 'sending') return;
  el.errors = validate(el);
  if (Object.keys(el.errors).length) return void el.moveFocus('.summary');
  el.phase = 'sending';
  const id = uuid();
  el.pendingId = id;
  await saveDraft(el);
  const v = el.values;
  const phone = normalizePhoneVN(v.phone) ?? v.phone;
  el.sentPhone = phone;
  let result: SendResult;
  try {
    result = await pageOutbox().send({
      id,
      kind: KIND,
      url: `${el.apiBase}/api/v1/units/${encodeURIComponent(el.unit)}/home-visits`,
      body: {
        id,
        name: v.name,
        phone,
        address: v.address,
        need: v.need,
        ...(v.details.trim() && { details: v.details }),
        preferredTime: v.preferredTime,
        consent: true,
      },
    });
  } catch {
    return refused(el, el.t('storageError'));
  }
  if (result.status === 'sent') await acknowledged(el, result.response);
  else if (result.status === 'queued') {
    el.phase = 'queued';
    await el.moveFocus('.panel');
  } else if (result.status === 'rejected') showRejection(el, result.response);
  else refused(el, el.t('full'));
}

function refused(el: VisitState, message: string, fields: Record<string, string> = {}): void {
  el.phase = 'form';
  el.pendingId = '';
  void saveDraft(el);
  el.errors = { ...fields, form: message };
  void el.moveFocus('.summary');
}

function showRejection(el: VisitState, response: unknown): void {
  const lang = el.resolvedLang;
  const fields = (response as { fields?: Record<string, { vi: string; en: string }> } | null)?.fields ?? {};
  const onScreen = Object.entries(fields).filter(([k]) => (FIELDS as readonly string[]).includes(k) || k === 'consent');
  refused(
    el,
    serverMessage(response, lang) ?? el.t('rejected'),
    Object.fromEntries(onScreen.map(([k, m]) => [k, m[lang]])),
  );
}

/** The page outbox's news of this element's request: delivered, or refused by the collector. */
export async function onVisitOutbox(el: VisitState, e: OutboxEvent): Promise<void> {
  if (e.kind !== KIND || e.id !== el.pendingId) return;
  if (e.type === 'sent') await acknowledged(el, e.response);
  if (e.type === 'rejected') showRejection(el, e.response);
}

async function acknowledged(el: VisitState, response: unknown): Promise<void> {
  // The outbox's event and send()'s answer both report one acknowledgement: take the first only.
  const id = el.pendingId;
  if (!id) return;
  el.receiptCode = (response as { receiptCode?: string } | null)?.receiptCode ?? '';
  el.phase = 'sent';
  el.pendingId = '';
  el.values = { ...EMPTY };
  el.consent = false;
  clearTimeout(el.saveTimer);
  // Keep only which request was sent (no personal data), so a reload still shows the receipt.
  await drafts.save(draftKey(el), { values: { ...EMPTY }, pendingId: id }).catch(() => undefined);
  el.emit('motcua-home-visit-sent', { id, receiptCode: el.receiptCode });
  await el.moveFocus('.panel');
}

function another(el: VisitState): void {
  el.phase = 'form';
  el.receiptCode = '';
  el.sentPhone = '';
  el.notice = '';
  void drafts.remove(draftKey(el)).catch(() => undefined);
}

// ——— rendering ———

function field(
  el: VisitState,
  name: Field,
  control: (id: string, describedBy: string | typeof nothing) => unknown,
  hint?: string,
) {
  const id = `f-${name}`;
  const error = el.errors[name];
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return html`<div class="field">
    <label for=${id}>${el.t(name === 'need' ? 'needField' : name)}</label>
    ${hint ? html`<p class="hint" id="${id}-hint">${hint}</p>` : nothing}
    ${error ? html`<p class="error" id="${id}-error">${error}</p>` : nothing}
    ${control(id, describedBy || nothing)}
  </div>`;
}

function input(
  el: VisitState,
  name: Field,
  type: 'text' | 'tel',
  autocomplete: 'name' | 'tel' | 'street-address' | 'off',
  hint?: string,
) {
  return field(
    el,
    name,
    (id, describedBy) => html`<input id=${id} type=${type} autocomplete=${autocomplete} .value=${el.values[name]}
      aria-invalid=${el.errors[name] ? 'true' : 'false'} aria-describedby=${describedBy}
      @input=${(e: Event) => onInput(el, name, e)} />`,
    hint,
  );
}

/** The form, or the request waiting to be sent, or its receipt. */
export function renderVisit(el: VisitState) {
  if (el.phase === 'sent')
    return html`<div class="panel" tabindex="-1">
      <h3>${el.t('sentTitle')}</h3>
      <p>${el.t('sentText')}</p>
      <p class="receipt" part="receipt" aria-label="${el.t('receipt')}: ${el.receiptCode.split('').join(' ')}">${el.receiptCode}</p>
      <button type="button" @click=${() => another(el)}>${el.t('another')}</button>
    </div>`;
  if (el.phase === 'queued')
    return html`<div class="panel waiting" tabindex="-1" role="status">
      <h3>${el.t('queuedTitle')}</h3>
      <p>${el.t('queuedText')}</p>
    </div>`;
  const invalid = (name: string) => (el.errors[name] ? 'true' : 'false');
  return html`<form part="form" novalidate @submit=${(e: Event) => submit(el, e)}>
    <p>${el.t('visitIntro')}</p>
    ${errorSummary(el.t('errorSummary'), el.errors)}
    ${el.notice ? html`<p class="info" role="status">${el.notice}</p>` : nothing}
    ${input(el, 'name', 'text', 'name')}
    ${input(el, 'phone', 'tel', 'tel', el.t('phoneHint'))}
    ${input(el, 'address', 'text', 'street-address')}
    ${field(
      el,
      'need',
      (id, describedBy) => html`<select id=${id} aria-invalid=${invalid('need')} aria-describedby=${describedBy}
        @change=${(e: Event) => onInput(el, 'need', e)}>
        <option value="" ?selected=${!el.values.need}>${el.t('choose')}</option>
        ${SUPPORT_SERVICES.map((s) => html`<option value=${s} ?selected=${el.values.need === s}>${el.t(s)}</option>`)}
      </select>`,
    )}
    ${field(
      el,
      'details',
      (id, describedBy) => html`<textarea id=${id} .value=${el.values.details} aria-invalid=${invalid('details')}
        aria-describedby=${describedBy} @input=${(e: Event) => onInput(el, 'details', e)}></textarea>`,
    )}
    ${input(el, 'preferredTime', 'text', 'off', el.t('preferredHint'))}
    <fieldset class="field">
      <legend>${el.t('consentTitle')}</legend>
      <p class="notice">${el.t('consentNotice')}</p>
      ${el.errors.consent ? html`<p class="error" id="f-consent-error">${el.errors.consent}</p>` : nothing}
      <label class="check"><input id="f-consent" type="checkbox" .checked=${el.consent}
        aria-describedby=${el.errors.consent ? 'f-consent-error' : nothing}
        @change=${(e: Event) => (el.consent = (e.target as HTMLInputElement).checked)} />${el.t('consent')}</label>
    </fieldset>
    <button class="primary" type="submit" ?disabled=${el.phase === 'sending'}>${el.phase === 'sending' ? el.t('sending') : el.t('submit')}</button>
  </form>`;
}
