/**
 * <motcua-satisfaction-rating>: đánh giá mức độ hài lòng. The quick three-level question for ward pages;
 * the full criteria survey (<motcua-satisfaction-survey>) and the counter-tablet kiosk
 * (<motcua-satisfaction-kiosk>) extend this class and stay out of its small CDN file. Every rating goes through the page's outbox, so it
 * survives a dead connection, and the citizen is told the truth: sent, waiting to send, or what to fix.
 */
import type { OutboxEvent, SendResult } from '@motcua/core/outbox';
import { RATING_LIMITS } from '@motcua/core/schemas';
import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { errorSummary } from '../shared/error-summary.js';
import { errorSummaryStyles } from '../shared/error-summary.styles.js';
import { fieldId } from '../shared/field-id.js';
import { type LocaleTable, MotcuaElement } from '../shared/motcua-element.js';
import { pageOutbox, serverMessage } from '../shared/outbox.js';
import { uuid } from '../shared/uuid.js';
import { hostStyles } from '../shared/tokens.styles.js';
import { vi } from './locales/vi.js';
import { styles } from './satisfaction-rating.styles.js';

export type RatingMode = 'quick' | 'full' | 'kiosk';

/**
 * Satisfaction rating (đánh giá mức độ hài lòng) of an administrative procedure, offline-safe.
 *
 * @summary Rate satisfaction with a procedure in one quick question, then an optional comment.
 *
 * @attr scale - `3` (default, the official three levels) or `5`.
 * @attr procedure - National code of the procedure rated, e.g. `1.001193`.
 * @attr dossier - Dossier code (mã hồ sơ); the collector keeps one rating per dossier.
 * @attr officer - Officer rated (code or name).
 *
 * @event motcua-rating - A rating was handed to the outbox; detail `{ id, score, status }`.
 * @event motcua-rating-status - A queued rating's delivery ended; detail `{ id, status }` (`sent` | `rejected`).
 *
 * @csspart form - The rating form.
 * @cssproperty --motcua-rating-accent - Colour of the chosen answer (default: the primary token).
 * @cssproperty --motcua-rating-gap - Space between blocks.
 */
export class SatisfactionRatingElement extends MotcuaElement {
  /** English is a chunk of its own in the CDN build, fetched only by English pages. */
  static override locales: LocaleTable = { vi, en: () => import('./locales/en.js').then((m) => m.en) };
  static override styles = [hostStyles, errorSummaryStyles, styles];

  static override properties: PropertyDeclarations = {
    scale: { type: Number },
    procedure: {},
    dossier: {},
    officer: {},
    score: { state: true },
    answers: { state: true },
    comment: { state: true },
    sending: { state: true },
    sentId: { state: true },
    outcome: { state: true },
    errors: { state: true },
    pendingCount: { state: true },
  };

  /** Which face sent the rating (stored with it): set by the subclasses, not by pages. */
  mode: RatingMode = 'quick';

  scale: 3 | 5 = 3;
  procedure = '';
  dossier = '';
  officer = '';

  protected score = 0;
  protected answers: Record<string, number> = {};
  protected comment = '';
  protected sending = false;
  /** The last rating handed to the outbox, and what became of it. */
  protected sentId = '';
  protected outcome: SendResult | undefined;
  protected errors: Record<string, string> = {};
  protected pendingCount = 0;

  private unsubscribe?: () => void;

  override connectedCallback(): void {
    super.connectedCallback();
    this.unsubscribe = pageOutbox().subscribe((e) => this.onOutbox(e));
    void this.refreshPending();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unsubscribe?.();
  }

  /** The counter device's key, which makes a rating count as made at the counter (the kiosk's). */
  protected deviceKey(): string {
    return '';
  }

  /** The officer recorded with a rating; the kiosk takes it from its settings. */
  protected ratedOfficer(): string {
    return this.officer;
  }

  /** Called once a rating is sent or safely queued. */
  protected afterAccepted(): void {}

  private get apiBase(): string {
    return `${this.endpoint.replace(/\/+$/, '')}/api/v1/units/${encodeURIComponent(this.unit)}`;
  }

  protected levels(): number[] {
    return this.scale === 5 ? [5, 4, 3, 2, 1] : [3, 2, 1];
  }

  protected levelText(score: number): string {
    return this.t(`level${this.scale === 5 ? 5 : 3}_${score}`);
  }

  // ——— outbox ———

  private async refreshPending(): Promise<void> {
    try {
      this.pendingCount = (await pageOutbox().pending('rating')).length;
    } catch {
      this.pendingCount = 0;
    }
  }

  private onOutbox(event: OutboxEvent): void {
    if (event.kind !== 'rating') return;
    void this.refreshPending();
    if (event.id !== this.sentId || event.type === 'full') return;
    if (event.type !== 'queued')
      this.outcome = { status: event.type, httpStatus: event.httpStatus, response: event.response };
    this.emit('motcua-rating-status', { id: event.id, status: event.type });
  }

  protected async submit(event?: Event): Promise<void> {
    event?.preventDefault();
    if (this.sending) return;
    const id = uuid();
    const officer = this.ratedOfficer();
    const device = this.deviceKey();
    const criteria = Object.keys(this.answers).length ? { ...this.answers } : undefined;
    const body = {
      id,
      scale: this.scale,
      score: this.score,
      mode: this.mode,
      ...(criteria && { criteria }),
      ...(this.comment.trim() && { comment: this.comment.trim() }),
      ...(this.procedure && { procedure: this.procedure }),
      ...(this.dossier && { dossier: this.dossier }),
      ...(officer && { officer }),
      ...(device && { device }),
      createdAt: new Date().toISOString(),
    };
    const errors: Record<string, string> = {};
    if ([...this.comment.trim()].length > RATING_LIMITS.comment) errors.comment = this.t('commentTooLong');
    if (!this.score) errors.level = this.t('chooseLevel');
    this.errors = errors;
    if (Object.keys(errors).length) {
      await this.moveFocus('.summary');
      return;
    }
    this.sending = true;
    this.sentId = id;
    this.outcome = undefined;
    let result: SendResult;
    try {
      result = await pageOutbox().send({ id, url: `${this.apiBase}/ratings`, body, kind: 'rating' });
    } catch {
      // IndexedDB unusable (some private modes): nothing was kept, so the user must try again.
      result = { status: 'rejected', httpStatus: 0, response: null };
    }
    this.sending = false;
    this.outcome = result;
    void this.refreshPending();
    this.emit('motcua-rating', { id, score: this.score, status: result.status });
    await this.moveFocus('.done, .summary');
    if (this.accepted) this.afterAccepted();
  }

  /** Back to an empty form (after "rate again", or the kiosk's countdown). */
  protected reset(): void {
    this.score = 0;
    this.answers = {};
    this.comment = '';
    this.errors = {};
    this.outcome = undefined;
    this.sentId = '';
  }

  /** The last rating was sent or is safely queued. */
  protected get accepted(): boolean {
    return this.outcome?.status === 'sent' || this.outcome?.status === 'queued';
  }

  // ——— rendering ———

  override render() {
    return this.configProblem() ?? (this.accepted ? this.renderDone() : this.renderForm());
  }

  /**
   * What keeps this widget from working as the page set it up, for the webmaster to fix: no collector,
   * or an attribute over the collector's limit (core's RATING_LIMITS, in characters as it counts them),
   * which would have every rating refused. Shown instead of a form that could not send.
   */
  protected configProblem(): TemplateResult | undefined {
    let problem = !this.endpoint || !this.unit ? this.t('notConfigured') : '';
    for (const field of ['procedure', 'dossier', 'officer'] as const) {
      const max = RATING_LIMITS[field];
      if ([...(field === 'officer' ? this.ratedOfficer() : this[field])].length > max)
        problem ||= this.t('configTooLong', { field, max });
    }
    return problem ? html`<p class="error" role="alert">${problem}</p>` : undefined;
  }

  protected renderLevels(legend: string | TemplateResult): TemplateResult {
    const invalid = !!this.errors.level;
    // The error summary's link to the level goes to the first answer (`f-level`), as GOV.UK's radios have it.
    return html`<fieldset aria-describedby=${invalid ? 'f-level-error' : nothing}>
      <legend id="level-legend">${legend}</legend>
      ${invalid ? html`<p class="error" id="f-level-error">${this.errors.level}</p>` : nothing}
      <div class="levels">
        ${this.levels().map(
          (score, i) =>
            html`<label class="level"><input type="radio" name="level" id=${fieldId(i ? `level-${score}` : 'level')}
              .value=${String(score)} .checked=${this.score === score}
              @change=${() => {
                this.score = score;
                const { level: _, ...rest } = this.errors;
                this.errors = rest;
              }} /><span>${this.levelText(score)}</span></label>`,
        )}
      </div>
    </fieldset>`;
  }

  /**
   * The error summary (shared/error-summary.ts): each field's error linked to its control (`f-<field>`),
   * and the collector's refusal or a full outbox, which concern the whole form, unlinked.
   */
  protected renderErrors(): TemplateResult | typeof nothing {
    const o = this.outcome;
    let problem = '';
    if (o?.status === 'full') problem = this.t('statusFull');
    if (o?.status === 'rejected') {
      problem = this.t('statusError', {
        message: serverMessage(o.response, this.resolvedLang) ?? this.t('errorUnknown'),
      });
    }
    return errorSummary(this.t('errorSummary'), { ...this.errors, ...(problem && { form: problem }) });
  }

  protected renderComment(): TemplateResult {
    const error = this.errors.comment;
    return html`<label class="field" for="f-comment">${this.t('comment')}</label>
      <p class="hint" id="f-comment-hint">${this.t('commentHint')}</p>
      ${error ? html`<p class="error" id="f-comment-error">${error}</p>` : nothing}
      <textarea id="f-comment" rows="3" .value=${this.comment} aria-describedby="f-comment-hint${error ? ' f-comment-error' : ''}"
        aria-invalid=${error ? 'true' : 'false'}
        @input=${(e: Event) => {
          this.comment = (e.target as HTMLTextAreaElement).value;
        }}></textarea>`;
  }

  protected renderSend(): TemplateResult {
    return html`<div class="actions">
      <button type="submit" ?disabled=${this.sending}>${this.sending ? this.t('sending') : this.t('send')}</button>
      ${this.renderPending()}
    </div>`;
  }

  protected renderPending(): TemplateResult | typeof nothing {
    return this.pendingCount
      ? html`<p class="muted status" role="status">${this.t('pendingCount', { count: this.pendingCount })}</p>`
      : nothing;
  }

  protected renderForm(): TemplateResult {
    return html`<form part="form" novalidate @submit=${this.submit} aria-labelledby="level-legend">
      ${this.procedure ? html`<p class="muted">${this.t('procedureLabel', { code: this.procedure })}</p>` : nothing}
      ${this.renderErrors()}
      ${this.renderQuestions()}
    </form>`;
  }

  protected renderQuestions(): TemplateResult {
    return html`${this.renderLevels(this.t('question'))}
      ${this.score ? this.renderComment() : nothing} ${this.renderSend()}`;
  }

  protected renderDone(): TemplateResult {
    const sent = this.outcome?.status === 'sent';
    return html`<section part="form" class="done" tabindex="-1" aria-labelledby="thanks">
      <p class="big" id="thanks">${this.t('thanks')}</p>
      <p class="status ${sent ? 'ok' : ''}" role="status">${sent ? this.t('statusSent') : this.t('statusQueued')}</p>
      ${this.renderDoneFooter()}
    </section>`;
  }

  protected renderDoneFooter(): TemplateResult {
    return html`<div class="actions"><button type="button" class="secondary" @click=${this.reset}>${this.t('again')}</button></div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'motcua-satisfaction-rating': SatisfactionRatingElement;
  }
}
