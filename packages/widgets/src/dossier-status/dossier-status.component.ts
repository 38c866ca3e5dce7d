/**
 * <motcua-dossier-status>: the citizen looks up their dossier (tra cứu hồ sơ) with the code on the
 * receipt slip and the last four digits of their phone, or opens the slip's QR link (`#ho-so=CODE`,
 * which fills the code in). They see the status in plain words, what to bring when something is
 * missing, the due date and whether it is on time, and the timeline; once the result has been handed
 * back, the rating of that dossier is one tap away and goes through the page outbox (kept and sent
 * later when the connection is down), with the dossier's code, so it is counted once.
 */
import type { DossierStatus, DossierView } from '@motcua/core';
import type { SendResult } from '@motcua/core/outbox';
import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { type LocaleTable, MotcuaElement } from '../shared/motcua-element.js';
import { pageOutbox, serverMessage } from '../shared/outbox.js';
import { hostStyles } from '../shared/tokens.styles.js';
import { uuid } from '../shared/uuid.js';
import { styles } from './dossier-status.styles.js';
import { vi } from './locales/vi.js';

/** The receipt slip's QR opens the ward's page with this in its address: `#ho-so=<code>`. */
const HASH = /^#ho-so=([^&]{1,120})/;
const DIGITS = /^\d{4}$/;

type Field = 'code' | 'phone';

/**
 * Look up a dossier by its code and the last four digits of the phone, and rate it once handed back.
 *
 * @summary Dossier status lookup (tra cứu hồ sơ) with the rating of the dossier.
 *
 * @attr code - A dossier code to fill in (the page's `#ho-so=CODE` does the same).
 *
 * @event motcua-dossier-found - A dossier was found; detail `{ code, status }`.
 * @event motcua-rating - The dossier's rating was handed to the outbox; detail `{ id, score, status }`.
 *
 * @csspart form - The lookup form.
 * @csspart result - The dossier found.
 * @cssproperty --motcua-dossier-gap - Space between parts (default 1em).
 */
export class DossierStatusElement extends MotcuaElement {
  static override locales: LocaleTable = { vi, en: () => import('./locales/en.js').then((m) => m.en) };
  static override styles = [hostStyles, styles];

  static override properties: PropertyDeclarations = {
    code: {},
    phone: { state: true },
    errors: { state: true },
    problem: { state: true },
    busy: { state: true },
    dossier: { state: true },
    rating: { state: true },
  };
  declare code: string;
  declare private phone: string;
  declare private errors: Partial<Record<Field, string>>;
  declare private problem: string;
  declare private busy: boolean;
  declare private dossier: DossierView | undefined;
  declare private rating: SendResult | undefined;

  constructor() {
    super();
    this.code = '';
    this.phone = '';
    this.errors = {};
    this.problem = '';
    this.busy = false;
    this.dossier = undefined;
    this.rating = undefined;
  }

  private readonly onHash = () => this.readHash();

  override connectedCallback(): void {
    super.connectedCallback();
    globalThis.addEventListener?.('hashchange', this.onHash);
    this.readHash();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    globalThis.removeEventListener?.('hashchange', this.onHash);
  }

  /** A QR link fills the code in and asks for the digits (the code alone never shows a dossier). */
  private readHash(): void {
    const match = HASH.exec(globalThis.location?.hash ?? '');
    if (!match) return;
    try {
      this.code = decodeURIComponent(match[1] as string).trim();
    } catch {
      return;
    }
    this.dossier = undefined;
    void this.moveFocus('#phone');
  }

  private get apiBase(): string {
    return `${this.endpoint.replace(/\/+$/, '')}/api/v1/units/${encodeURIComponent(this.unit)}`;
  }

  private async lookup(event: Event): Promise<void> {
    event.preventDefault();
    if (this.busy) return;
    const code = this.code.trim();
    const phone = this.phone.replace(/\s/g, '');
    const errors: Partial<Record<Field, string>> = {};
    if (!code) errors.code = this.t('codeMissing');
    if (!DIGITS.test(phone)) errors.phone = this.t('phoneWrong');
    this.errors = errors;
    this.problem = '';
    if (Object.keys(errors).length) return this.moveFocus('.alert');
    this.busy = true;
    try {
      const res = await fetch(`${this.apiBase}/dossiers/lookup`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ code, phone }),
      });
      const body: unknown = await res.json().catch(() => null);
      if (res.ok) {
        this.dossier = body as DossierView;
        this.rating = undefined;
        this.emit('motcua-dossier-found', { code: this.dossier.code, status: this.dossier.status });
        await this.moveFocus('.result h3');
        return;
      }
      const fields = (body as { fields?: Record<string, unknown> } | null)?.fields ?? {};
      for (const f of ['code', 'phone'] as const)
        if (fields[f]) errors[f] = serverMessage({ message: fields[f] }, this.resolvedLang) ?? '';
      this.errors = errors;
      if (!Object.keys(errors).length) this.problem = serverMessage(body, this.resolvedLang) ?? this.t('offline');
    } catch {
      this.problem = this.t('offline');
    } finally {
      this.busy = false;
    }
    await this.moveFocus('.alert');
  }

  private async rate(score: number): Promise<void> {
    const d = this.dossier;
    if (!d || this.busy) return;
    const id = uuid();
    const body = {
      id,
      scale: 3,
      score,
      mode: 'quick',
      dossier: d.code,
      // The lookup's pass: this rating is the dossier owner's own.
      ...(d.ratingPass && { dossierPass: d.ratingPass }),
      ...(d.procedure && { procedure: d.procedure.code }),
      createdAt: new Date().toISOString(),
    };
    this.busy = true;
    try {
      this.rating = await pageOutbox().send({ id, url: `${this.apiBase}/ratings`, body, kind: 'rating' });
    } catch {
      this.rating = { status: 'rejected', httpStatus: 0, response: null };
    }
    this.busy = false;
    this.emit('motcua-rating', { id, score, status: this.rating.status });
    await this.moveFocus('.rating [tabindex]');
  }

  private again(): void {
    this.dossier = undefined;
    this.phone = '';
    this.code = '';
    void this.moveFocus('#code');
  }

  // ——— rendering ———

  override render() {
    if (!this.endpoint || !this.unit) return html`<p class="alert" role="alert">${this.t('notConfigured')}</p>`;
    return this.dossier ? this.renderDossier(this.dossier) : this.renderForm();
  }

  private renderForm(): TemplateResult {
    const field = (
      id: Field,
      label: string,
      hint: string | undefined,
      input: TemplateResult,
    ) => html`<div class="field">
      <label for=${id}>${label}</label>
      ${hint ? html`<p class="hint" id="${id}-hint">${hint}</p>` : nothing}
      ${this.errors[id] ? html`<p class="error" id="${id}-error">${this.errors[id]}</p>` : nothing} ${input}
    </div>`;
    const described = (id: Field, hint: boolean) =>
      [hint ? `${id}-hint` : '', this.errors[id] ? `${id}-error` : ''].filter(Boolean).join(' ') || nothing;
    return html`<form part="form" novalidate @submit=${this.lookup} aria-labelledby="title">
      <h2 id="title">${this.t('title')}</h2>
      <p>${this.t('intro')}</p>
      ${this.renderAlert()}
      ${field(
        'code',
        this.t('code'),
        this.t('codeHint'),
        html`<input id="code" name="code" autocomplete="off" spellcheck="false" maxlength="60" .value=${this.code}
          aria-describedby=${described('code', true)} aria-invalid=${this.errors.code ? 'true' : 'false'}
          @input=${(e: Event) => {
            this.code = (e.target as HTMLInputElement).value;
          }} />`,
      )}
      ${field(
        'phone',
        this.t('phone'),
        undefined,
        html`<input id="phone" name="phone" class="digits" inputmode="numeric" autocomplete="off" maxlength="4"
          .value=${this.phone} aria-describedby=${described('phone', false)}
          aria-invalid=${this.errors.phone ? 'true' : 'false'}
          @input=${(e: Event) => {
            this.phone = (e.target as HTMLInputElement).value;
          }} />`,
      )}
      <button type="submit" ?disabled=${this.busy}>${this.busy ? this.t('looking') : this.t('lookup')}</button>
    </form>`;
  }

  private renderAlert(): TemplateResult | typeof nothing {
    const messages = Object.entries(this.errors) as [Field, string][];
    if (!messages.length && !this.problem) return nothing;
    return html`<div class="alert" role="alert" tabindex="-1">
      ${messages.length ? html`<p>${this.t('errorSummary')}</p>` : nothing}
      ${this.problem ? html`<p>${this.problem}</p>` : nothing}
      ${
        messages.length
          ? html`<ul>${messages.map(
              ([f, text]) =>
                html`<li><a href="#${f}" @click=${(e: Event) => {
                  e.preventDefault();
                  this.renderRoot.querySelector<HTMLElement>(`#${f}`)?.focus();
                }}>${text}</a></li>`,
            )}</ul>`
          : nothing
      }
    </div>`;
  }

  /** A calendar day (YYYY-MM-DD) as dd/mm/yyyy, as Vietnamese (and British) readers write it. */
  private day(iso: string): string {
    const [y, m, d] = iso.split('-');
    return `${d}/${m}/${y}`;
  }

  /** An instant as dd/mm/yyyy hh:mm in Vietnam time (UTC+7 all year, no daylight saving). */
  private moment(iso: string): string {
    const vn = new Date(Date.parse(iso) + 7 * 3600_000).toISOString();
    return `${this.day(vn.slice(0, 10))} ${vn.slice(11, 16)}`;
  }

  private statusText(status: DossierStatus): string {
    return this.t(`status.${status}`);
  }

  private renderDossier(d: DossierView): TemplateResult {
    const needsNote = d.status === 'yeu-cau-bo-sung' || d.status === 'tu-choi';
    return html`<section part="result" class="result" aria-labelledby="status">
      <p class="code">${this.t('code')}: <strong>${d.code}</strong></p>
      ${d.procedure ? html`<p class="muted">${this.t('procedure', { name: d.procedure.name ?? d.procedure.code })}</p>` : nothing}
      <h3 id="status" tabindex="-1" class="status status-${d.status}">${this.statusText(d.status)}</h3>
      <p>${this.t(`explain.${d.status}`)}</p>
      ${needsNote && d.note ? html`<p class="note">${d.note}</p>` : nothing}
      <dl>
        <div><dt>${this.t('received')}</dt><dd>${this.moment(d.receivedAt).slice(0, 10)}</dd></div>
        <div><dt>${this.t('due')}</dt><dd>${this.day(d.dueDate)}
          <span class="badge ${d.onTime ? 'ok' : 'late'}">${d.onTime ? this.t('onTime') : this.t('late')}</span></dd></div>
      </dl>
      <h4>${this.t('timeline')}</h4>
      <ol class="timeline">
        ${d.history.map(
          (h) =>
            html`<li><span class="when">${this.moment(h.at)}</span> <span>${this.statusText(h.status)}</span></li>`,
        )}
      </ol>
      ${this.renderRating(d)}
      <button type="button" class="secondary" @click=${this.again}>${this.t('again')}</button>
    </section>`;
  }

  private renderRating(d: DossierView): TemplateResult | typeof nothing {
    const r = this.rating;
    if (r?.status === 'sent' || r?.status === 'queued')
      return html`<div class="rating"><p class="done" role="status" tabindex="-1">
        ${r.status === 'sent' ? this.t('thanks') : this.t('thanksQueued')}</p></div>`;
    if (d.rated) return html`<div class="rating"><p class="done">${this.t('rated')}</p></div>`;
    if (!d.canRate) return nothing;
    const failed =
      r &&
      this.t('rateFailed', {
        message: serverMessage('response' in r ? r.response : null, this.resolvedLang) ?? this.t('offline'),
      });
    return html`<fieldset class="rating">
      <legend>${this.t('rateQuestion')}</legend>
      ${failed ? html`<p class="error" role="alert" tabindex="-1">${failed}</p>` : nothing}
      <div class="levels">
        ${[3, 2, 1].map(
          (score) =>
            html`<button type="button" class="level" ?disabled=${this.busy} @click=${() => this.rate(score)}>
              ${this.t(`level${score}`)}</button>`,
        )}
      </div>
    </fieldset>`;
  }
}
