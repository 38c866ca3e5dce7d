/**
 * What every view of the staff panel shares: the language and its strings, the GOV.UK error summary
 * linked to its fields, focus moved after each step, and status messages announced by the panel.
 */
import { html, LitElement, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { en } from './locales/en.js';
import { type PanelStrings, vi } from './locales/vi.js';
import { panelStyles } from './staff-panel.styles.js';

export interface FieldError {
  /** The id of the field the error is about (the summary links to it). */
  id: string;
  text: string;
}

/** Fills `{name}` placeholders of a locale string. */
export function format(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? ''));
}

export class PanelView extends LitElement {
  static override styles = panelStyles;

  /** `vi` (default) or `en`. */
  @property({ reflect: true }) override lang = 'vi';

  @state() protected errors: FieldError[] = [];

  /** A selector to focus once the next render is done (the view's heading when it opens). */
  protected focusAfterRender = 'h2';

  get t(): PanelStrings {
    return this.lang === 'en' ? en : vi;
  }

  override updated(): void {
    if (!this.focusAfterRender) return;
    const el = this.renderRoot.querySelector<HTMLElement>(this.focusAfterRender);
    this.focusAfterRender = '';
    el?.focus();
  }

  protected showErrors(errors: FieldError[]): void {
    this.errors = errors;
    this.focusAfterRender = '#error-summary';
  }

  protected value(id: string): string {
    return (this.renderRoot.querySelector<HTMLInputElement>(`#${id}`)?.value ?? '').trim();
  }

  /** Announces a message in the panel's status line. */
  protected say(text: string): void {
    this.emit('motcua-status', { text });
  }

  protected emit(type: string, detail: unknown = {}): void {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }

  protected renderErrors() {
    if (!this.errors.length) return nothing;
    return html`
      <div id="error-summary" class="error-summary" role="alert" tabindex="-1" aria-labelledby="error-summary-title">
        <h2 id="error-summary-title">${this.t.errorSummary}</h2>
        <ul>
          ${this.errors.map(
            (e) => html`<li>
              <a
                href=${`#${e.id}`}
                @click=${(ev: Event) => {
                  ev.preventDefault();
                  this.renderRoot.querySelector<HTMLElement>(`#${e.id}`)?.focus();
                }}
                >${e.text}</a
              >
            </li>`,
          )}
        </ul>
      </div>
    `;
  }

  protected error(id: string) {
    const e = this.errors.find((x) => x.id === id);
    return e ? html`<p class="field-error" id=${`${id}-error`}>${e.text}</p>` : nothing;
  }

  protected invalid(id: string): 'true' | 'false' {
    return this.errors.some((e) => e.id === id) ? 'true' : 'false';
  }

  protected describedBy(id: string, hint?: string): string {
    return [hint, this.errors.some((e) => e.id === id) ? `${id}-error` : ''].filter(Boolean).join(' ');
  }
}
