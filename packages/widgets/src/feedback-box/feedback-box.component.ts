/**
 * <motcua-feedback-box>: phản ánh, kiến nghị. A citizen writes to the ward and can follow it up:
 * what is typed is kept as a draft in IndexedDB, errors are summarised and linked to their fields
 * without clearing anything, the submission goes through the page's outbox (sent later when offline),
 * and the receipt code is shown large to copy or save. With mode="lookup" the same element looks a
 * submission up by receipt code and phone number.
 *
 * This module is the element: its state and the sending flow through the outbox. The form's checks
 * and body are fields.ts, its view form-view.ts, the draft draft.ts, the receipt and waiting views
 * receipt.ts. The outbox and the draft are part of the widget's file, so a citizen whose connection
 * drops after the page loaded can still send: the submission waits in IndexedDB and leaves once the
 * network is back. What most visitors never use is loaded on demand: attachments (when the citizen
 * moves into the file field), procedure suggestions (with the catalogue) and the lookup mode.
 */
import type { OutboxEvent, SendResult } from '@motcua/core/outbox';
import { html, nothing, type PropertyDeclarations } from 'lit';
import { type LocaleTable, MotcuaElement } from '../shared/motcua-element.js';
import { pageOutbox, serverMessage } from '../shared/outbox.js';
import { uuid } from '../shared/uuid.js';
import { errorSummary } from '../shared/error-summary.js';
import { errorSummaryStyles } from '../shared/error-summary.styles.js';
import { hostStyles } from '../shared/tokens.styles.js';
import type { FileProblem, PreparedFile } from './attachments.js';
import { type DraftData, FeedbackDraft, outcome } from './draft.js';
import {
  EMPTY,
  type Filled,
  rejectionErrors,
  submissionBody,
  type TextField,
  type Translate,
  validate,
  type Values,
} from './fields.js';
import type { LookupResult, LookupState } from './lookup.js';
import type { ProcedureRef, suggest } from './procedures.js';
import { styles } from './feedback-box.styles.js';
import { type FormHost, formView } from './form-view.js';
import { vi } from './locales/vi.js';
import { queuedView, sentView } from './receipt.js';

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
  private draft = new FeedbackDraft(
    () => `feedback:${this.unit}`,
    () => this.draftData(),
  );
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
  /** What the form view reads and calls. */
  private form: FormHost = {
    t: (key, values) => this.tk(key, values),
    state: () => ({
      ...this.filled(),
      errors: this.errors,
      notice: this.notice,
      sending: this.phase === 'sending',
      suggestions: this.suggest?.(this.procedures, this.values.procedure) ?? [],
    }),
    summary: () => this.summary(),
    submit: (e) => void this.submit(e),
    focusin: (e) => this.prefetch(e),
    input: (field, e) => this.onInput(field, e),
    addFiles: (e) => void this.addFiles(e),
    removeFile: (index) => (this.files = this.files.filter((_, j) => j !== index)),
    setConsent: (checked) => (this.consent = checked),
    setPublish: (checked) => {
      this.publish = checked;
      this.draft.saveSoon();
    },
    setWebsite: (value) => (this.website = value),
    discard: () => void this.discard(),
  };

  private get apiBase() {
    return this.endpoint.replace(/\/+$/, '');
  }

  /** The string lookup typed by this widget's keys; a function value, so the views take it as it is. */
  private tk: Translate = (key, values) => this.t(key, values);

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
    this.draft.cancel();
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
      const d = await this.draft.load();
      if (!d) return;
      this.values = { ...EMPTY, ...d.values };
      this.publish = d.publish;
      this.startedAt = d.startedAt;
      this.ticket = d.ticket ?? '';
      if (d.pendingId) {
        this.pendingId = d.pendingId;
        const sent = await outcome(d.pendingId);
        if (sent?.sent) return void (await this.acknowledged(sent.response));
        if (sent) {
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

  /** What the draft keeps of the form now (no consent: it is asked again after a reload). */
  private draftData(): DraftData {
    return {
      values: this.values,
      publish: this.publish,
      startedAt: this.startedAt,
      ...(this.ticket && { ticket: this.ticket }),
      ...(this.pendingId && { pendingId: this.pendingId }),
    };
  }

  private async discard(): Promise<void> {
    this.values = { ...EMPTY };
    this.consent = false;
    this.publish = false;
    this.files = [];
    this.errors = {};
    this.notice = this.tk('discarded');
    this.startForm();
    await this.draft.remove();
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
    this.draft.cancel(); // a draft save still due from the last keystroke must not undo this
    // Keep only which submission was sent (no personal data: the outbox holds its answer for a week), so
    // a reload that races the acknowledgement still shows the receipt until the citizen starts another.
    await this.draft.save({ values: { ...EMPTY }, publish: false, startedAt: this.startedAt, pendingId: id });
    this.emit('motcua-feedback-sent', { id, receiptCode: code });
    await this.moveFocus('.panel');
  }

  private showRejection(response: unknown): void {
    this.phase = 'form';
    this.pendingId = '';
    void this.draft.save();
    const general = serverMessage(response, this.resolvedLang) ?? this.tk('rejected');
    this.errors = rejectionErrors(response, this.resolvedLang, general);
    void this.focusSummary();
  }

  private async focusSummary(): Promise<void> {
    await this.moveFocus('.summary');
  }

  private onInput(field: TextField, e: Event): void {
    this.values = { ...this.values, [field]: (e.target as HTMLInputElement).value };
    if (field === 'procedure') this.loadCatalogue();
    this.draft.saveSoon();
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

  /** The form as filled in, for its checks and the body sent. */
  private filled(): Filled {
    const { values, consent, publish, website, files, startedAt, ticket } = this;
    return { values, consent, publish, website, files, startedAt, ticket };
  }

  private async submit(e: Event): Promise<void> {
    e.preventDefault();
    if (this.phase === 'sending') return;
    const errors = validate(this.filled(), this.tk);
    // A file the browser refused stays refused until the citizen chooses again.
    if (this.errors.attachments) errors.attachments = this.errors.attachments;
    this.errors = errors;
    if (Object.keys(errors).length) return void this.focusSummary();
    this.phase = 'sending';
    await this.ticketRequest;
    const id = uuid();
    this.pendingId = id;
    await this.draft.save();
    let result: SendResult;
    try {
      result = await pageOutbox().send({
        id,
        url: `${this.apiBase}/api/v1/units/${encodeURIComponent(this.unit)}/feedback`,
        body: submissionBody(id, this.filled(), this.procedures, this.tk),
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
    void this.draft.remove();
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
    if (this.phase === 'sent')
      return sentView({
        t: this.tk,
        lang: this.resolvedLang,
        receiptCode: this.receiptCode,
        notice: this.notice,
        copy: () => void this.copy(),
        another: () => this.another(),
      });
    if (this.phase === 'queued') return queuedView(this.tk);
    return formView(this.form);
  }
}
