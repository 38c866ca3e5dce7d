/**
 * <motcua-satisfaction-survey>: the full satisfaction survey with the official criteria (Decree
 * 61/2018/NĐ-CP, Circular 01/2018/TT-VPCP; the set is in @motcua/core/data/criteria.json and a ward can
 * supply its own). All questions on one page on wide screens, one question per step on phones.
 */
import { type CriteriaSet, DEFAULT_CRITERIA, parseCriteria } from '@motcua/core/satisfaction';
import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { SatisfactionRatingElement } from '../satisfaction-rating/satisfaction-rating.component.js';
import { panelStyles } from '../satisfaction-rating/panel.styles.js';
import { formLocales } from '../satisfaction-rating/form-locales.js';
import { vi } from './locales/vi.js';
import { surveyStyles } from './satisfaction-survey.styles.js';

/**
 * Full satisfaction survey (khảo sát mức độ hài lòng theo tiêu chí).
 *
 * @summary The official satisfaction criteria, then the overall question and a comment; offline-safe.
 *
 * @attr criteria-src - URL of a criteria set shaped like `@motcua/core/data/criteria.json` (default: the built-in set).
 * @attr procedure - National code of the procedure rated.
 * @attr dossier - Dossier code (mã hồ sơ).
 * @attr officer - Officer rated.
 * @attr scale - `3` (default) or `5` for the overall question.
 *
 * @event motcua-rating - A rating was handed to the outbox; detail `{ id, score, status }`.
 * @event motcua-rating-status - A queued rating's delivery ended; detail `{ id, status }`.
 *
 * @csspart form - The survey form.
 */
export class SatisfactionSurveyElement extends SatisfactionRatingElement {
  static override locales = formLocales(vi, () => import('./locales/en.js').then((m) => m.en));
  static override styles = [...SatisfactionRatingElement.styles, panelStyles, surveyStyles];

  static override properties: PropertyDeclarations = {
    criteriaSrc: { attribute: 'criteria-src' },
    step: { state: true },
    narrow: { state: true },
    criteria: { state: true },
    criteriaWarning: { state: true },
  };
  criteriaSrc = '';

  protected step = 0;
  protected narrow = false;
  protected criteria: CriteriaSet = DEFAULT_CRITERIA;
  protected criteriaWarning = '';

  private resizeObserver?: ResizeObserver;

  override connectedCallback(): void {
    this.mode = 'full';
    super.connectedCallback();
    if (this.criteriaSrc) void this.loadCriteria();
    // Decided in the next frame so the re-render never happens inside the observer's own loop.
    this.resizeObserver = new ResizeObserver(([entry]) => {
      const narrow = (entry?.contentRect.width ?? 1000) < 600;
      if (narrow !== this.narrow) requestAnimationFrame(() => (this.narrow = narrow));
    });
    this.resizeObserver.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
  }

  protected override reset(): void {
    super.reset();
    this.step = 0;
  }

  protected override renderForm(): TemplateResult {
    return html`<form part="form" novalidate @submit=${this.submit} aria-labelledby="title">
      <h2 id="title">${this.t('fullTitle')}</h2>
      ${this.procedure ? html`<p class="muted">${this.t('procedureLabel', { code: this.procedure })}</p>` : nothing}
      ${this.criteriaWarning ? html`<p class="muted">${this.criteriaWarning}</p>` : nothing}
      ${this.renderErrors()} ${this.renderQuestions()}
    </form>`;
  }

  protected override renderQuestions(): TemplateResult {
    const lang = this.resolvedLang;
    const list = this.criteria.criteria;
    const total = list.length + 1;
    const questions = list.map(
      (c, i) => html`<fieldset class="options">
        <legend id="q-${i}" tabindex="-1">${c.question[lang]} ${c.optional ? html`<span class="hint">${this.t('optional')}</span>` : nothing}</legend>
        <div class="levels">
          ${c.options.map(
            (
              o,
            ) => html`<label class="level"><input type="radio" name=${`c-${c.id}`} .checked=${this.answers[c.id] === o.points}
              @change=${() => {
                this.answers = { ...this.answers, [c.id]: o.points };
              }} /><span>${o[lang]}</span></label>`,
          )}
        </div>
      </fieldset>`,
    );
    const last = html`${this.renderLevels(html`<span id="q-${list.length}" tabindex="-1">${this.criteria.overall[lang]}</span>`)} ${this.renderComment()}`;
    if (!this.narrow) return html`${questions} ${last} ${this.renderSend()}`;
    const step = Math.min(this.step, total - 1);
    const go = async (to: number) => {
      this.step = to;
      await this.moveFocus(`#q-${to}`);
    };
    return html`<p class="muted" aria-live="polite">${this.t('stepOf', { n: step + 1, total })}</p>
      ${/* A fresh fieldset per step: reused radios would keep the previous question's checked state. */ keyed(step, step < list.length ? questions[step] : last)}
      <div class="actions">
        ${step > 0 ? html`<button type="button" class="secondary" @click=${() => go(step - 1)}>${this.t('previous')}</button>` : nothing}
        ${step < total - 1 ? html`<button type="button" @click=${() => go(step + 1)}>${this.t('next')}</button>` : nothing}
      </div>
      ${step === total - 1 ? this.renderSend() : nothing}`;
  }

  private async loadCriteria(): Promise<void> {
    try {
      const res = await fetch(this.criteriaSrc);
      const parsed = parseCriteria(await res.json());
      if (parsed.ok) this.criteria = parsed.value;
      else this.criteriaWarning = this.t('criteriaError', { error: parsed.error });
    } catch (error) {
      this.criteriaWarning = this.t('criteriaError', { error: String(error) });
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'motcua-satisfaction-survey': SatisfactionSurveyElement;
  }
}
