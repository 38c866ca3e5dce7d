/**
 * The detail view of one procedure: facts, the ward's own details (marked as the ward's, beside the
 * national text), documents with their forms, steps, legal basis, the
 * "Nộp trực tuyến" link and printing. A module of its own in the CDN build, without Lit at run time (the
 * element hands it `html` and `nothing`): the element fetches it once results appear (or at once for a
 * deep link), so it is there when the citizen opens one and stays in the browser's cache for later,
 * offline visits. Its strings (vi, en) come with it and join the element's lookup (`t`) once loaded, so
 * the element's `strings` attribute overrides them as any other.
 */
import type { Procedure } from '@motcua/core/search';
import type { html as litHtml, nothing as litNothing, TemplateResult } from 'lit';
import { en } from './locales/detail.en.js';
import { vi } from './locales/detail.vi.js';

/** This view's strings, added to the element's when the module loads. */
export const strings = { vi, en };

/** What the view is given by its element. */
export interface DetailHost {
  /** The element's string lookup, this module's strings included. */
  t(key: string, values?: Record<string, string | number>): string;
  /** Whether the full record of a large catalogue is still on its way, or failed. */
  detailState(): 'ready' | 'loading' | 'error';
}

export interface DetailView {
  /** The procedure's article, with `actions` (the element's back button) first. */
  render(p: Procedure, actions: TemplateResult): TemplateResult;
}

export function createDetail(
  host: DetailHost,
  { html, nothing }: { html: typeof litHtml; nothing: typeof litNothing },
) {
  const t = host.t;
  const row = (label: string, value: string | undefined) =>
    value ? html`<div><dt>${label}</dt><dd>${value}</dd></div>` : nothing;
  /** A form is a download link when the ward gave an http(s) URL, else just its file name. */
  const form = (f: string) => {
    if (/^https?:\/\//i.test(f)) {
      const name = decodeURIComponent(f.split('/').pop() ?? f);
      return html`<a href=${f} download>${t('form', { form: name })}</a>`;
    }
    return t('form', { form: f });
  };
  const view: DetailView = {
    render: (p, actions) => html`<article class="detail" part="detail" aria-labelledby="detail-title">
      <div class="actions">
        ${actions}
        <button type="button" @click=${() => globalThis.print?.()}>${t('print')}</button>
      </div>
      <p class="field">${p.field}</p>
      <h2 id="detail-title" tabindex="-1">${p.name}</h2>
      ${
        p.portalUrl
          ? html`<p><a class="online-link" part="online-link" href=${p.portalUrl} target="_blank" rel="noopener noreferrer"
              >${t('submitOnline')} <span class="note">${t('submitOnlineNote')}</span></a
            ></p>`
          : nothing
      }
      <dl class="facts">
        ${row(t('code'), p.code)} ${row(t('time'), p.processingTime)} ${row(t('fee'), p.fee)}
        ${row(t('agency'), p.agency)} ${row(t('level'), p.level.join(', '))}
        ${row(t('online'), p.online ? t(p.online) : undefined)} ${row(t('subjects'), p.subjects)}
        ${row(t('result'), p.result)}
      </dl>
      ${
        p.local && Object.values(p.local).some(Boolean)
          ? html`<section class="local" part="local" aria-labelledby="local-title">
              <h3 id="local-title">${t('local')}</h3>
              <p class="note">${t('localNote')}</p>
              <dl class="facts">
                ${row(t('localFee'), p.local.feeNote)} ${row(t('localWhere'), p.local.where)}
                ${row(t('localHours'), p.local.hours)} ${row(t('localContact'), p.local.contact)}
              </dl>
            </section>`
          : nothing
      }
      ${host.detailState() === 'loading' ? html`<p role="status">${t('detailLoading')}</p>` : nothing}
      ${host.detailState() === 'error' ? html`<p role="alert">${t('detailError')}</p>` : nothing}
      ${
        p.documents?.length
          ? html`<h3>${t('documents')}</h3>
            <ul class="documents">
              ${p.documents.map(
                (d) => html`<li>
                  ${d.name}${d.copies ? html` <span class="copies">(${d.copies})</span>` : nothing}
                  ${d.form ? html`<br /><span class="form">${form(d.form)}</span>` : nothing}
                </li>`,
              )}
            </ul>`
          : nothing
      }
      ${
        p.steps?.length
          ? html`<h3>${t('steps')}</h3>
            <ol class="steps">${p.steps.map((s) => html`<li>${s}</li>`)}</ol>`
          : nothing
      }
      ${
        p.legalBasis?.length
          ? html`<h3>${t('legal')}</h3>
            <ul class="legal">${p.legalBasis.map((l) => html`<li>${l}</li>`)}</ul>`
          : nothing
      }
    </article>`,
  };
  return view;
}
