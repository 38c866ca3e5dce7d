/**
 * The error summary of <motcua-support-points>' forms (the request and the follow-up), as GOV.UK shows
 * one: a heading and each error, linked to its field; `form` is an error of the whole form, unlinked.
 */
import { html, nothing } from 'lit';

export interface SummaryHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
  t(key: string): string;
}

/** Links in a shadow root do not move focus by themselves: focus the field the error names. */
function jump(host: SummaryHost, e: Event, field: string): void {
  e.preventDefault();
  host.renderRoot.querySelector<HTMLElement>(`#f-${field}`)?.focus();
}

export function errorSummary(host: SummaryHost, errors: Partial<Record<string, string>>) {
  const entries = Object.entries(errors).filter(([, m]) => m) as [string, string][];
  if (!entries.length) return nothing;
  return html`<div class="summary" role="alert" tabindex="-1" aria-labelledby="summary-title">
    <h3 id="summary-title">${host.t('errorSummary')}</h3>
    <ul>
      ${entries.map(([k, m]) =>
        k === 'form'
          ? html`<li>${m}</li>`
          : html`<li><a href="#f-${k}" @click=${(e: Event) => jump(host, e, k)}>${m}</a></li>`,
      )}
    </ul>
  </div>`;
}
