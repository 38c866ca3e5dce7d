/**
 * The error summary of a widget's form, as GOV.UK forms have it: a titled box above the form, focused
 * after a failed submit, listing each error as a link that moves focus to its field. One template for
 * every form that names its fields' controls `f-<field>`; its look is error-summary.styles.ts.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { fieldId } from './field-id.js';

/** Errors on screen by field name; `form` is about the whole form and is shown without a link. */
export type FieldErrors = Partial<Record<string, string>>;

/**
 * Links in a shadow root do not move focus by themselves: focus the field the followed link names
 * (its `#f-<field>`), in the root the summary is in, and bring it into view.
 */
function jump(e: Event): void {
  const link = (e.target as Element).closest('a');
  if (!link) return;
  e.preventDefault();
  const field = (link.getRootNode() as ParentNode).querySelector<HTMLElement>(link.hash);
  field?.focus();
  field?.scrollIntoView({ block: 'center' });
}

/**
 * The summary of `errors` under `title`, or nothing when there are none. It has the class `summary`
 * and `tabindex="-1"`, so a widget moves focus to it with `moveFocus('.summary')`.
 */
export function errorSummary(title: string, errors: FieldErrors): TemplateResult | typeof nothing {
  const entries = Object.entries(errors).filter(([, m]) => m) as [string, string][];
  if (!entries.length) return nothing;
  return html`<div class="summary" role="alert" tabindex="-1" aria-labelledby="summary-title">
    <h3 id="summary-title">${title}</h3>
    <ul @click=${jump}>
      ${entries.map(([field, message]) =>
        field === 'form' ? html`<li>${message}</li>` : html`<li><a href="#${fieldId(field)}">${message}</a></li>`,
      )}
    </ul>
  </div>`;
}
