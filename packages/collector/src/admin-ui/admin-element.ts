/**
 * What every admin element shares: the admin styles, a re-render when the language switches, and, for
 * the views, the one way to run an action: clear the last outcome, run it, then show its notice or the
 * error the API gave (its message, the fields it names, the lines of an import it refused).
 */
import { html, LitElement, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import type { ApiError } from './api.js';
import { onLangChange, pick, t } from './i18n.js';
import { adminStyles } from './styles.js';

/** An admin element in the language in use: it renders again whenever staff switch language. */
export class AdminElement extends LitElement {
  static override styles = adminStyles;
  private stopListening?: () => void;

  override connectedCallback(): void {
    super.connectedCallback();
    this.stopListening = onLangChange(() => this.requestUpdate());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopListening?.();
  }
}

/** An admin view: an element whose actions go through `run()` and whose outcome shows above its content. */
export class AdminView extends AdminElement {
  /** The last action's error, as the API sent it. */
  @state() protected problem?: ApiError;
  /** What the last action did, announced politely. */
  @state() protected notice = '';

  /**
   * Runs one action: the last notice and error go, then the action's own notice or its error show.
   * With `focus`, the error summary takes focus (after a form is sent, so a keyboard user lands on it).
   * Returns whether the action succeeded.
   */
  protected async run(task: () => Promise<void>, focus = false): Promise<boolean> {
    this.problem = undefined;
    this.notice = '';
    try {
      await task();
      return true;
    } catch (error) {
      this.problem = error as ApiError;
      if (focus) {
        await this.updateComplete;
        this.renderRoot.querySelector<HTMLElement>('.error-summary')?.focus();
      }
      return false;
    }
  }

  /** The id of the input a field of the API's error names, for the summary's links (none: listed unlinked). */
  protected fieldId(field: string): string | undefined {
    return field;
  }

  /** The message the API gave for one field of the last action, for an error shown next to its input. */
  protected fieldError(field: string): string {
    const message = this.problem?.fields?.[field];
    return message ? pick(message) : '';
  }

  /** The error summary (GOV.UK's pattern) and the notice line; every view renders them above its content. */
  protected renderOutcome() {
    const p = this.problem;
    const fields = Object.entries(p?.fields ?? {});
    const rows = p?.rows ?? [];
    return html`${
      p
        ? html`<div class="error-summary" role="alert" tabindex="-1">
          <p class="error">${pick(p.message)}</p>
          ${
            fields.length
              ? html`<ul>${fields.map(([k, m]) => {
                  const id = this.fieldId(k);
                  return html`<li>${id ? html`<a href="#${id}">${pick(m)}</a>` : pick(m)}</li>`;
                })}</ul>`
              : nothing
          }
          ${
            rows.length
              ? html`<ul>${rows.map(
                  (r) =>
                    html`<li>${t('error.line', { line: r.line })}: ${
                      r.fields
                        ? Object.entries(r.fields)
                            .map(([column, m]) => t('error.column', { column, message: pick(m) }))
                            .join('; ')
                        : pick(r.message)
                    }</li>`,
                )}</ul>`
              : nothing
          }
        </div>`
        : nothing
    }
      <p role="status" class="ok">${this.notice}</p>`;
  }
}
