/**
 * <motcua-feedback-box>: phản ánh, kiến nghị. A citizen writes to the ward and can follow it up:
 * what is typed is kept as a draft in IndexedDB, errors are summarised and linked to their fields
 * without clearing anything, the submission goes through the page's outbox (sent later when offline),
 * and the receipt code is shown large to copy or save. With mode="lookup" the same element looks a
 * submission up by receipt code and phone number.
 *
 * The outbox is part of the widget's file, so a citizen whose connection drops after the page loaded
 * can still send: the submission waits in IndexedDB and leaves once the network is back. What most
 * visitors never use is loaded on demand: attachments (when the citizen moves into the file field),
 * procedure suggestions (with the catalogue) and the lookup mode.
 */
import { createDraftStore } from '@motcua/core/drafts';
import type { OutboxEvent, SendResult } from '@motcua/core/outbox';
import { FEEDBACK_LIMITS, isValidEmail, normalizePhoneVN } from '@motcua/core/schemas';
import { html, nothing, type PropertyDeclarations } from 'lit';
import { type LocaleTable, MotcuaElement } from '../shared/motcua-element.js';
import { pageOutbox, serverMessage } from '../shared/outbox.js';
import { uuid } from '../shared/uuid.js';
import { errorSummary, fieldId } from '../shared/error-summary.js';
import { errorSummaryStyles } from '../shared/error-summary.styles.js';
import { hostStyles } from '../shared/tokens.styles.js';
import type { FileProblem, PreparedFile } from './attachments.js';
import type { LookupResult, LookupState } from './lookup.js';
import type { ProcedureRef, suggest } from './procedures.js';
import { styles } from './feedback-box.styles.js';
import { vi } from './locales/vi.js';

type Key = keyof typeof vi;
const TEXT_FIELDS = ['name', 'phone', 'email', 'address', 'subject', 'content', 'procedure'] as const;
type TextField = (typeof TEXT_FIELDS)[number];
type Values = Record<TextField, string>;
const EMPTY: Values = { name: '', phone: '', email: '', address: '', subject: '', content: '', procedure: '' };
/** Fields with a length limit of the collector's (core's FEEDBACK_LIMITS), checked here with the widget's own strings. */
const LIMITED = ['name', 'email', 'address', 'subject'] as const;

interface DraftData {
  values: Values;
  publish: boolean;
  startedAt: string;
  /** The collector's form ticket for this draft (the fill time on the server's clock). */
  ticket?: string;
  /** The submission handed to the outbox and not yet acknowledged. */
  pendingId?: string;
}

const drafts = createDraftStore();

/**
 * Feedback and petitions (phản ánh, kiến nghị) to the ward, and their follow-up.
 *
 * @summary Send feedback to the ward with a receipt code; look it up later.
 *
 * @attr mode - `form` (default) to send feedback, `lookup` to look one up by receipt code and phone.
 *
 * @event motcua-feedback - A submission was handed to the outbox; detail `{ id, status }`.
 * @event motcua-feedback-sent - The collector acknowledged a submission; detail `{ id, receiptCode }`.
 *
 * @csspart form - The feedback or lookup form.
 * @csspart receipt - The receipt code.
 * @cssproperty --motcua-feedback-gap - Space between fields (default 1em).
 */
export class FeedbackBoxElement extends MotcuaElement {
  /** English is a chunk of its own in the CDN build, fetched only by English pages. */
  static override locales: LocaleTable = { vi, en: () => import('./locales/en.js').then((m) => m.en) };
  static override styles = [hostStyles, errorSummaryStyles, styles];

  static override properties: PropertyDeclarations = {
    mode: {},
    values: { state: true },
    consent: { state: true },
    publish: { state: true },
    website: { state: true },
    files: { state: true },
    errors: { state: true },
    phase: { state: true },
    receiptCode: { state: true },
    notice: { state: true },
    procedures: { state: true },
    lookupResult: { state: true },
    lookupMessage: { state: true },
    looking: { state: true },
  };
  mode: 'form' | 'lookup' = 'form';

  private values: Values = { ...EMPTY };
  private consent = false;
  private publish = false;
  private website = '';
  private files: PreparedFile[] = [];
  /** Field errors on screen (the lookup view's too). */
  private errors: Partial<Record<string, string>> = {};
  private phase: 'form' | 'sending' | 'queued' | 'sent' = 'form';
  private receiptCode = '';
  private notice = '';
  private procedures: ProcedureRef[] = [];
  /** Lookup mode's state, read and set by its view (lookup.ts). */
  private lookupResult: LookupResult | undefined;
  private lookupMessage = '';
  private looking = false;

  private startedAt = new Date().toISOString();
  private ticket = '';
  /** The ticket being asked for, so a quick submit waits for it (a few seconds at most). */
  private ticketRequest?: Promise<void>;
  private pendingId = '';
  private saveTimer?: ReturnType<typeof setTimeout>;
  private unsubscribe?: () => void;
  private catalogueRequested = false;
  /** The attachments module (checks, downscaling), fetched when the citizen moves into the file field. */
  private attachments = this.loadsOnDemand(() => this.loadAttachments());
  /** The lookup mode's view, fetched before a box in that mode first renders. */
  private lookup = this.loadsOnDemand(() =>
    this.loadLookup().then((m) => ({
      ...m,
      view: m.createLookup(
        {
          lang: () => this.resolvedLang,
          apiBase: () => this.apiBase,
          t: (key, values) => this.t(key, values),
          state: () => ({
            errors: this.errors,
            lookupResult: this.lookupResult,
            lookupMessage: this.lookupMessage,
            looking: this.looking,
          }),
          set: (change: Partial<LookupState>) => Object.assign(this, change),
          summary: () => this.summary(),
          focus: (selector) => this.moveFocus(selector),
          serverMessage: (response) => serverMessage(response, this.resolvedLang),
        },
        { html, nothing },
      ),
    })),
  );
  /** The suggestion matcher, once the procedures module has loaded. */
  private suggest?: typeof suggest;

  private get draftKey() {
    return `feedback:${this.unit}`;
  }

  private get apiBase() {
    return this.endpoint.replace(/\/+$/, '');
  }

  private tk(key: Key, values?: Record<string, string | number>) {
    return this.t(key, values);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.mode === 'lookup') return;
    this.unsubscribe = pageOutbox().subscribe((e) => void this.onOutbox(e));
    // The draft first (it may hold this form's ticket), then a ticket if it has none; a submit waits for both.
    this.ticketRequest = this.restore().then(() => this.requestTicket());
  }

  /**
   * Asks the collector for a form ticket when the form is shown (once per draft): the collector times
   * the fill from it. Offline, the form goes on without one; the collector then takes the slower lane.
   */
  private requestTicket(): Promise<void> {
    if (this.ticket || !this.unit) return Promise.resolve();
    const url = `${this.apiBase}/api/v1/units/${encodeURIComponent(this.unit)}/feedback/ticket`;
    return fetch(url, { credentials: 'omit', signal: AbortSignal.timeout(5000) })
      .then((r) => (r.ok ? r.json() : undefined))
      .then((answer: { ticket?: unknown } | undefined) => {
        // Kept with the draft from the next keystroke on.
        if (typeof answer?.ticket === 'string' && !this.ticket) this.ticket = answer.ticket;
      })
      .catch(() => undefined); // offline: no ticket for this form
  }

  /** A fresh form: its own start time and ticket. */
  private startForm(): void {
    this.startedAt = new Date().toISOString();
    this.ticket = '';
    this.ticketRequest = this.requestTicket();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    clearTimeout(this.saveTimer);
  }

  /** The attachments module; a subclass may load it otherwise (a test of the box offline before it loaded). */
  protected loadAttachments(): Promise<typeof import('./attachments.js')> {
    return import('./attachments.js');
  }

  /** The citizen moved into the file field: fetch what attaching needs. */
  private prefetch(e: FocusEvent): void {
    if ((e.target as Element).id === 'f-attachments') this.attachments.get().catch(() => undefined);
  }

  private async restore(): Promise<void> {
    try {
      const draft = await drafts.load<DraftData>(this.draftKey);
      if (!draft) return;
      const d = draft.data;
      this.values = { ...EMPTY, ...d.values };
      this.publish = d.publish;
      this.startedAt = d.startedAt;
      this.ticket = d.ticket ?? '';
      if (d.pendingId) {
        this.pendingId = d.pendingId;
        const box = pageOutbox();
        const sent = await box.result(d.pendingId);
        if (sent) return void (await this.acknowledged(sent.response));
        const pending = await box.pending('feedback');
        if (pending.some((p) => p.id === d.pendingId)) {
          this.phase = 'queued';
          return;
        }
        this.pendingId = '';
      }
      if (Object.values(this.values).some(Boolean)) this.notice = this.tk('draftRestored');
    } catch {
      /* no IndexedDB: the form still works, without drafts */
    }
  }

  private scheduleSave(): void {
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => void this.saveDraft(), 250);
  }

  private async saveDraft(): Promise<void> {
    const data: DraftData = {
      values: this.values,
      publish: this.publish,
      startedAt: this.startedAt,
      ...(this.ticket && { ticket: this.ticket }),
      ...(this.pendingId && { pendingId: this.pendingId }),
    };
    try {
      await drafts.save(this.draftKey, data);
    } catch {
      /* drafts are a convenience */
    }
  }

  private async discard(): Promise<void> {
    this.values = { ...EMPTY };
    this.consent = false;
    this.publish = false;
    this.files = [];
    this.errors = {};
    this.notice = this.tk('discarded');
    this.startForm();
    await drafts.remove(this.draftKey).catch(() => undefined);
  }

  private async onOutbox(e: OutboxEvent): Promise<void> {
    if (e.kind !== 'feedback' || e.id !== this.pendingId) return;
    if (e.type === 'sent') await this.acknowledged(e.response);
    if (e.type === 'rejected') this.showRejection(e.response);
  }

  private async acknowledged(response: unknown): Promise<void> {
    // The outbox's event and send()'s answer both report one acknowledgement: take the first only.
    const id = this.pendingId;
    if (!id) return;
    const code = (response as { receiptCode?: string } | null)?.receiptCode ?? '';
    this.receiptCode = code;
    this.phase = 'sent';
    this.pendingId = '';
    this.values = { ...EMPTY };
    this.files = [];
    this.consent = false;
    clearTimeout(this.saveTimer); // a draft save still due from the last keystroke must not undo this
    // Keep only which submission was sent (no personal data: the outbox holds its answer for a week), so
    // a reload that races the acknowledgement still shows the receipt until the citizen starts another.
    await drafts
      .save(this.draftKey, { values: { ...EMPTY }, publish: false, startedAt: this.startedAt, pendingId: id })
      .catch(() => undefined);
    this.emit('motcua-feedback-sent', { id, receiptCode: code });
    await this.moveFocus('.panel');
  }

  private showRejection(response: unknown): void {
    this.phase = 'form';
    this.pendingId = '';
    void this.saveDraft();
    const fields = (response as { fields?: Record<string, { vi: string; en: string }> } | null)?.fields ?? {};
    const errors: Record<string, string> = {};
    const general: string[] = [serverMessage(response, this.resolvedLang) ?? this.tk('rejected')];
    for (const [path, m] of Object.entries(fields)) {
      const key = path.startsWith('attachments') ? 'attachments' : path;
      // Only fields on screen get a link; the rest (e.g. "sent too quickly") join the general message.
      if ((TEXT_FIELDS as readonly string[]).includes(key) || key === 'attachments' || key === 'consent')
        errors[key] = m[this.resolvedLang];
      else general.push(m[this.resolvedLang]);
    }
    errors.form = general.join(' ');
    this.errors = errors;
    void this.focusSummary();
  }

  private async focusSummary(): Promise<void> {
    await this.moveFocus('.summary');
  }

  private onInput(field: TextField, e: Event): void {
    this.values = { ...this.values, [field]: (e.target as HTMLInputElement).value };
    if (field === 'procedure') this.loadCatalogue();
    this.scheduleSave();
  }

  /** The ward's catalogue and its matcher, for procedure suggestions; fetched once, on first use. */
  private loadCatalogue(): void {
    if (this.catalogueRequested || !this.endpoint || !this.unit) return;
    this.catalogueRequested = true;
    import('./procedures.js')
      .then(async (m) => {
        this.procedures = await m.fetchProcedures(this.apiBase, this.unit);
        this.suggest = m.suggest;
      })
      .catch(() => undefined);
  }

  private async addFiles(e: Event): Promise<void> {
    const input = e.target as HTMLInputElement;
    const chosen = [...(input.files ?? [])];
    input.value = '';
    let parts: typeof import('./attachments.js');
    try {
      parts = await this.attachments.get();
    } catch {
      this.errors = { ...this.errors, attachments: this.tk('attachUnavailable') };
      return;
    }
    const errors: string[] = [];
    const files = [...this.files];
    for (const file of chosen) {
      if (files.length >= parts.MAX_FILES) {
        errors.push(this.tk('tooManyFiles'));
        break;
      }
      const prepared = await parts.prepareFile(file);
      if (typeof prepared === 'string') errors.push(this.tk(prepared as FileProblem, { name: file.name }));
      else files.push(prepared);
    }
    this.files = files;
    this.errors = { ...this.errors, attachments: errors.join(' ') || undefined };
  }

  private validate(): Record<string, string> {
    const errors: Record<string, string> = {};
    const v = this.values;
    if (!v.name.trim()) errors.name = this.tk('required', { field: this.tk('nameField') });
    if (!v.phone.trim()) errors.phone = this.tk('required', { field: this.tk('phoneField') });
    if (!v.content.trim()) errors.content = this.tk('required', { field: this.tk('contentField') });
    else if ([...v.content.trim()].length < 10) errors.content = this.tk('contentShort');
    else if ([...v.content.trim()].length > FEEDBACK_LIMITS.content) errors.content = this.tk('contentLong');
    if (v.phone.trim() && !normalizePhoneVN(v.phone)) errors.phone = this.tk('phoneInvalid');
    if (v.email.trim() && !isValidEmail(v.email.trim())) errors.email = this.tk('emailInvalid');
    for (const field of LIMITED) {
      const max = FEEDBACK_LIMITS[field];
      if ([...v[field].trim()].length > max) errors[field] ??= this.tk('tooLong', { max });
    }
    if (!this.consent) errors.consent = this.tk('needConsent');
    if (this.errors.attachments) errors.attachments = this.errors.attachments;
    return errors;
  }

  private procedureCode(): string | undefined {
    const m = /\(([^()]+)\)\s*$/.exec(this.values.procedure);
    return m && this.procedures.some((p) => p.code === m[1]) ? m[1] : undefined;
  }

  private body(id: string) {
    const v = this.values;
    const code = this.procedureCode();
    const freeProcedure =
      !code && v.procedure.trim() ? `\n\n${this.tk('procedure').replace(/ \(.*\)$/, '')}: ${v.procedure.trim()}` : '';
    return {
      id,
      name: v.name,
      phone: normalizePhoneVN(v.phone) ?? v.phone,
      ...(v.email.trim() && { email: v.email.trim() }),
      ...(v.address.trim() && { address: v.address }),
      ...(v.subject.trim() && { subject: v.subject }),
      content: v.content.trim() + freeProcedure,
      ...(code && { procedure: code }),
      consent: this.consent,
      publishConsent: this.publish,
      startedAt: this.startedAt,
      ...(this.ticket && { ticket: this.ticket }),
      website: this.website,
      ...(this.files.length && { attachments: this.files.map(({ name, type, data }) => ({ name, type, data })) }),
    };
  }

  private async submit(e: Event): Promise<void> {
    e.preventDefault();
    if (this.phase === 'sending') return;
    const errors = this.validate();
    this.errors = errors;
    if (Object.keys(errors).length) return void this.focusSummary();
    this.phase = 'sending';
    await this.ticketRequest;
    const id = uuid();
    this.pendingId = id;
    await this.saveDraft();
    let result: SendResult;
    try {
      result = await pageOutbox().send({
        id,
        url: `${this.apiBase}/api/v1/units/${encodeURIComponent(this.unit)}/feedback`,
        body: this.body(id),
        kind: 'feedback',
      });
    } catch {
      this.phase = 'form';
      this.pendingId = '';
      this.errors = { form: this.tk('storageError') };
      return void this.focusSummary();
    }
    this.emit('motcua-feedback', { id, status: result.status });
    if (result.status === 'sent') await this.acknowledged(result.response);
    else if (result.status === 'queued') {
      this.phase = 'queued';
      await this.moveFocus('.panel');
    } else if (result.status === 'rejected') this.showRejection(result.response);
    else {
      this.phase = 'form';
      this.pendingId = '';
      this.errors = { form: this.tk('full') };
      void this.focusSummary();
    }
  }

  private another(): void {
    this.phase = 'form';
    this.receiptCode = '';
    this.notice = '';
    this.startForm();
    void drafts.remove(this.draftKey).catch(() => undefined);
  }

  private async copy(): Promise<void> {
    try {
      await navigator.clipboard.writeText(this.receiptCode);
      this.notice = this.tk('copied');
    } catch {
      this.renderRoot.querySelector('.receipt') &&
        getSelection()?.selectAllChildren(this.renderRoot.querySelector('.receipt') as Node);
    }
  }

  /** A plain-text receipt the citizen can keep (download), working offline and under a strict CSP. */
  private receiptHref(): string {
    const text = `${this.tk('sentTitle')}\n${this.tk('receipt')}: ${this.receiptCode}\n${new Date().toLocaleString(this.resolvedLang === 'vi' ? 'vi-VN' : 'en-GB')}\n`;
    return `data:text/plain;charset=utf-8,${encodeURIComponent(text)}`;
  }

  // ——— lookup ———

  /**
   * In lookup mode the first render waits for the lookup module (a file of its own in the CDN build),
   * so `updateComplete` means the form is on screen. Offline, the box says the lookup cannot run.
   */
  protected override renderNeeds() {
    return [...super.renderNeeds(), this.mode === 'lookup' ? this.lookup : undefined];
  }

  /** The lookup module; a subclass may load it otherwise (a test, a story of the offline state). */
  protected loadLookup(): Promise<typeof import('./lookup.js')> {
    return import('./lookup.js');
  }

  // ——— rendering ———

  /** The error summary of the errors on screen, each linked to its field. */
  private summary() {
    return errorSummary(this.tk('errorSummary'), this.errors);
  }

  private textField(
    name: TextField,
    type: 'text' | 'tel' | 'email',
    options: { autocomplete?: 'name' | 'tel' | 'email' | 'street-address'; hint?: string; list?: string } = {},
  ) {
    const id = fieldId(name);
    const error = this.errors[name];
    const describedBy = [options.hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
    return html`<div class="field">
      <label for=${id}>${this.tk(name)}</label>
      ${options.hint ? html`<p class="hint" id="${id}-hint">${options.hint}</p>` : nothing}
      ${error ? html`<p class="error" id="${id}-error">${error}</p>` : nothing}
      <input id=${id} name=${name} type=${type} .value=${this.values[name]} autocomplete=${options.autocomplete ?? 'off'}
        list=${options.list ?? ''} aria-invalid=${error ? 'true' : 'false'} aria-describedby=${describedBy || nothing}
        @input=${(e: Event) => this.onInput(name, e)} />
    </div>`;
  }

  override render() {
    if (!this.endpoint || !this.unit) {
      if (this.mode !== 'lookup' || !this.endpoint)
        return html`<p class="error" role="alert">${this.tk('notConfigured')}</p>`;
    }
    if (this.mode !== 'lookup') return this.renderForm();
    return this.lookup.value
      ? this.lookup.value.view.render()
      : html`<p class="error" role="alert">${this.tk('lookupError')}</p>`;
  }

  private renderForm() {
    if (this.phase === 'sent') {
      return html`<section class="panel" tabindex="-1" aria-labelledby="sent-title">
        <h2 id="sent-title">${this.tk('sentTitle')}</h2>
        <p>${this.tk('sentText')}</p>
        <p class="receipt" part="receipt" aria-label="${this.tk('receipt')}: ${this.receiptCode.split('').join(' ')}">${this.receiptCode}</p>
        <div class="actions">
          <button type="button" @click=${this.copy}>${this.tk('copy')}</button>
          <a href=${this.receiptHref()} download="bien-nhan-${this.receiptCode}.txt">${this.tk('print')}</a>
          <button type="button" @click=${this.another}>${this.tk('another')}</button>
        </div>
        <p role="status">${this.notice}</p>
      </section>`;
    }
    if (this.phase === 'queued') {
      return html`<section class="panel waiting" tabindex="-1" role="status" aria-labelledby="queued-title">
        <h2 id="queued-title">${this.tk('queuedTitle')}</h2>
        <p>${this.tk('queuedText')}</p>
      </section>`;
    }
    const left = FEEDBACK_LIMITS.content - [...this.values.content].length;
    const suggestions = this.suggest?.(this.procedures, this.values.procedure) ?? [];
    return html`<form part="form" novalidate @submit=${this.submit} @focusin=${this.prefetch}>
      <h2>${this.tk('title')}</h2>
      <p>${this.tk('intro')}</p>
      ${this.summary()}
      ${
        this.notice
          ? html`<p class="info" role="status">${this.notice}
            ${this.notice === this.tk('draftRestored') ? html` <button type="button" @click=${this.discard}>${this.tk('discard')}</button>` : nothing}</p>`
          : nothing
      }
      ${this.textField('name', 'text', { autocomplete: 'name' })}
      ${this.textField('phone', 'tel', { autocomplete: 'tel', hint: this.tk('phoneHint') })}
      ${this.textField('email', 'email', { autocomplete: 'email' })}
      ${this.textField('address', 'text', { autocomplete: 'street-address' })}
      ${this.textField('subject', 'text')}
      <div class="field">
        <label for=${fieldId('content')}>${this.tk('content')}</label>
        <p class="hint" id="f-content-hint" aria-live="polite">${this.tk('contentHint', { left: Math.max(0, left) })}</p>
        ${this.errors.content ? html`<p class="error" id="f-content-error">${this.errors.content}</p>` : nothing}
        <textarea id="f-content" name="content" .value=${this.values.content} aria-invalid=${this.errors.content ? 'true' : 'false'}
          aria-describedby="f-content-hint${this.errors.content ? ' f-content-error' : ''}" @input=${(e: Event) => this.onInput('content', e)}></textarea>
      </div>
      ${this.textField('procedure', 'text', { hint: this.tk('procedureHint'), list: 'procedure-list' })}
      <datalist id="procedure-list">${suggestions.map((p) => html`<option value="${p.name} (${p.code})"></option>`)}</datalist>
      <div class="field">
        <label for="f-attachments">${this.tk('attachments')}</label>
        ${this.errors.attachments ? html`<p class="error" id="f-attachments-error">${this.errors.attachments}</p>` : nothing}
        <input id="f-attachments" type="file" multiple accept="image/jpeg,image/png,image/webp,application/pdf"
          aria-describedby=${this.errors.attachments ? 'f-attachments-error' : nothing} @change=${this.addFiles} />
        ${
          this.files.length
            ? html`<ul class="files">${this.files.map(
                (f, i) => html`<li>${f.name} (${Math.ceil(f.size / 1024)} KB)
                <button type="button" @click=${() => (this.files = this.files.filter((_, j) => j !== i))}>${this.tk('remove', { name: f.name })}</button></li>`,
              )}</ul>`
            : nothing
        }
      </div>
      <fieldset class="field">
        <legend>${this.tk('consentTitle')}</legend>
        <p class="notice">${this.tk('consentNotice')}</p>
        ${this.errors.consent ? html`<p class="error" id="f-consent-error">${this.errors.consent}</p>` : nothing}
        <label class="check"><input id="f-consent" type="checkbox" .checked=${this.consent}
          aria-describedby=${this.errors.consent ? 'f-consent-error' : nothing}
          @change=${(e: Event) => (this.consent = (e.target as HTMLInputElement).checked)} />${this.tk('consent')}</label>
        <label class="check"><input type="checkbox" .checked=${this.publish}
          @change=${(e: Event) => {
            this.publish = (e.target as HTMLInputElement).checked;
            this.scheduleSave();
          }} />${this.tk('publish')}</label>
      </fieldset>
      <div class="honeypot" aria-hidden="true">
        <label for="f-website">${this.tk('honeypot')}</label>
        <input id="f-website" name="website" tabindex="-1" autocomplete="off" .value=${this.website}
          @input=${(e: Event) => (this.website = (e.target as HTMLInputElement).value)} />
      </div>
      <div class="actions">
        <button class="primary" type="submit" ?disabled=${this.phase === 'sending'}>${this.phase === 'sending' ? this.tk('sending') : this.tk('submit')}</button>
      </div>
    </form>`;
  }
}
