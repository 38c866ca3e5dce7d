/**
 * The detail view of one procedure: facts, the ward's own details (marked as the ward's, beside the
 * national text), the papers as a checklist the citizen can tick (what to hand in, the main form first;
 * what to show; what only some cases need; the portal's notes folded away), steps, legal basis, the
 * "Nộp trực tuyến" link and printing. A referral (a procedure the ward does not receive) says where it
 * is filed instead, links to its page on the national portal, and offers no checklist or printout to
 * bring to the ward. A module of its own in the CDN build, without Lit at run time (the
 * element hands it `html` and `nothing`): the element fetches it once results appear (or at once for a
 * deep link), so it is there when the citizen opens one and stays in the browser's cache for later,
 * offline visits. Its strings (vi, en) come with it and join the element's lookup (`t`) once loaded, so
 * the element's `strings` attribute overrides them as any other.
 */
import { groupDocuments, type Procedure, type ProcedureDocument } from '@motcua/core/search';
import type { TemplateResult } from 'lit';
import type { PartLit } from '../shared/on-demand.js';
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

/** Per document and element name, the sheet that prints an open procedure alone (see {@link printAlone}). */
const pageSheets = new WeakMap<Document, Map<string, CSSStyleSheet>>();

/**
 * While a procedure is open, the host page prints it alone: a constructable sheet on the document (a
 * strict CSP allows it, as it does the shadow root's) hides, in print only, every element that neither
 * holds the procedure search nor is it, so the checklist is not pushed onto a second page by the ward
 * site's header, menus and footer. Removed when the procedure is closed.
 */
export function printAlone(el: HTMLElement, on: boolean): void {
  const doc = el.ownerDocument;
  if (!doc?.adoptedStyleSheets || typeof CSSStyleSheet === 'undefined') return;
  const tag = el.localName;
  let sheets = pageSheets.get(doc);
  if (!sheets) {
    sheets = new Map();
    pageSheets.set(doc, sheets);
  }
  let sheet = sheets.get(tag);
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(
      `@media print{body :not(:has(${tag})):not(${tag}):not(${tag} *){display:none!important}` +
        `body,body :has(${tag}){margin:0!important;padding:0!important;border:0!important;min-height:0!important;box-shadow:none!important}}`,
    );
    sheets.set(tag, sheet);
  }
  const others = doc.adoptedStyleSheets.filter((s) => s !== sheet);
  doc.adoptedStyleSheets = on ? [...others, sheet] : others;
}

export function createDetail(host: DetailHost, { html, nothing }: PartLit) {
  const t = host.t;
  /** A fact; `print` marks the ones the printed checklist keeps (time, fee, where to file). */
  const row = (label: string, value: string | undefined, print = false) =>
    value ? html`<div class=${print ? 'print' : 'screen'}><dt>${label}</dt><dd>${value}</dd></div>` : nothing;
  /**
   * A form is a download link when the ward gave an http(s) URL. The portal's records name the file
   * only (its crawl has no file addresses), so then the name, and where to download it: the procedure's
   * page on the portal.
   */
  const form = (f: string, p: Procedure) => {
    if (/^https?:\/\//i.test(f)) {
      const name = decodeURIComponent(f.split('/').pop() ?? f);
      return html`<a href=${f} download>${t('form', { form: name })}</a>`;
    }
    return p.portalUrl
      ? html`${t('form', { form: f })} <a class="screen" href=${p.portalUrl} target="_blank" rel="noopener noreferrer"
          >${t('formOnPortal')}</a
        >`
      : t('form', { form: f });
  };
  /**
   * The citizen's ticks, kept on this device only (localStorage, per procedure): which papers of the
   * checklist they have ready. Nothing is sent anywhere.
   */
  const ticksKey = (code: string) => `motcua-checklist:${code}`;
  const ticks = (code: string): string[] => {
    try {
      const saved = JSON.parse(globalThis.localStorage?.getItem(ticksKey(code)) ?? '[]');
      return Array.isArray(saved) ? saved.filter((x): x is string => typeof x === 'string') : [];
    } catch {
      return [];
    }
  };
  const tick = (code: string, name: string, on: boolean) => {
    const next = new Set(ticks(code));
    if (on) next.add(name);
    else next.delete(name);
    try {
      globalThis.localStorage?.setItem(ticksKey(code), JSON.stringify([...next]));
    } catch {
      /* private mode or full: the ticks last as long as the page */
    }
  };
  /** One group of the checklist: a heading and a box to tick per paper, its form under it. */
  const checklist = (p: Procedure, key: string, list: ProcedureDocument[], from: number) => {
    if (!list.length) return nothing;
    const ticked = ticks(p.code);
    return html`<h4 id="docs-${key}">${t(key)}</h4>
      <ul class="documents checklist" aria-labelledby="docs-${key}">
        ${list.map(
          (d, i) => html`<li>
            <input type="checkbox" id="doc-${from + i}" .checked=${ticked.includes(d.name)}
              @change=${(e: Event) => tick(p.code, d.name, (e.target as HTMLInputElement).checked)} />
            <label for="doc-${from + i}">${d.name}${d.copies ? html` <span class="copies">(${d.copies})</span>` : nothing}</label>
            ${d.form ? html`<br /><span class="form">${form(d.form, p)}</span>` : nothing}
          </li>`,
        )}
      </ul>`;
  };
  const documents = (p: Procedure) => {
    const g = groupDocuments(p.documents);
    // The main form first of all: the paper the citizen fills in (also first in its group below).
    const main = g.submit[0]?.form ? g.submit[0] : undefined;
    return html`<h3>${t('documents')}</h3>
      ${main?.form ? html`<p class="main-form">${form(main.form, p)}</p>` : nothing}
      <p class="note screen">${t('checklistNote')}</p>
      ${checklist(p, 'docsSubmit', g.submit, 0)} ${checklist(p, 'docsShow', g.show, g.submit.length)}
      <div class="screen">${checklist(p, 'docsCases', g.cases, g.submit.length + g.show.length)}</div>
      ${
        g.notes.length
          ? html`<details class="notes"><summary>${t('docsNotes', { count: g.notes.length })}</summary>
              <ul>${g.notes.map((d) => html`<li>${d.name}</li>`)}</ul></details>`
          : nothing
      }`;
  };
  /** The papers of a referral: a plain list, nothing to tick or print for the ward's counter. */
  const referralDocuments = (p: Procedure) => html`<h3>${t('referralDocuments')}</h3>
    <ul class="documents">${p.documents?.map((d) => html`<li>${d.name}${d.copies ? html` <span class="copies">(${d.copies})</span>` : nothing}</li>`)}</ul>`;
  /** Where a referral is filed, why, and its page on the national portal (a new tab). */
  const referral = (
    p: Procedure,
    office: string,
  ) => html`<section class="local referral" part="referral" aria-labelledby="referral-title">
      <h3 id="referral-title">${t('referralAt', { office })}</h3>
      <p>${p.referral?.reason ? html`${p.referral.reason} ` : nothing}${t('referralNote')}</p>
      ${
        p.portalUrl
          ? html`<p><a class="referral-link" href=${p.portalUrl} target="_blank" rel="noopener noreferrer"
              >${t('referralPortal')} <span class="note">${t('submitOnlineNote')}</span></a
            ></p>`
          : nothing
      }
    </section>`;
  const view: DetailView = {
    render: (p, actions) => html`<article class="detail" part="detail" aria-labelledby="detail-title">
      <div class="actions">
        ${actions}
        ${p.referral ? nothing : html`<button type="button" @click=${() => globalThis.print?.()}>${t('print')}</button>`}
      </div>
      <p class="field">${p.field}</p>
      <h2 id="detail-title" tabindex="-1">${p.name}</h2>
      ${
        p.referral?.office
          ? referral(p, p.referral.office)
          : p.portalUrl
            ? html`<p><a class="online-link" part="online-link" href=${p.portalUrl} target="_blank" rel="noopener noreferrer"
              >${t('submitOnline')} <span class="note">${t('submitOnlineNote')}</span></a
            ></p>`
            : nothing
      }
      <dl class="facts">
        ${row(t('code'), p.code, true)} ${row(t('time'), p.processingTime, true)} ${row(t('fee'), p.fee, true)}
        ${row(t('agency'), p.agency, true)} ${row(t('level'), p.level.join(', '))}
        ${row(t('online'), p.online ? t(p.online) : undefined)} ${row(t('subjects'), p.subjects)}
        ${row(t('result'), p.result)}
      </dl>
      ${
        p.local && Object.values(p.local).some(Boolean)
          ? html`<section class="local" part="local" aria-labelledby="local-title">
              <h3 id="local-title">${t('local')}</h3>
              <p class="note screen">${t('localNote')}</p>
              <dl class="facts">
                ${row(t('localFee'), p.local.feeNote, true)} ${row(t('localWhere'), p.local.where, true)}
                ${row(t('localHours'), p.local.hours, true)} ${row(t('localContact'), p.local.contact, true)}
              </dl>
            </section>`
          : nothing
      }
      ${host.detailState() === 'loading' ? html`<p role="status">${t('detailLoading')}</p>` : nothing}
      ${host.detailState() === 'error' ? html`<p role="alert">${t('detailError')}</p>` : nothing}
      ${p.documents?.length ? (p.referral ? referralDocuments(p) : documents(p)) : nothing}
      ${
        p.steps?.length
          ? html`<section class="screen"><h3>${t('steps')}</h3>
            <ol class="steps">${p.steps.map((s) => html`<li>${s}</li>`)}</ol></section>`
          : nothing
      }
      ${
        p.legalBasis?.length
          ? html`<section class="screen"><h3>${t('legal')}</h3>
            <ul class="legal">${p.legalBasis.map((l) => html`<li>${l}</li>`)}</ul></section>`
          : nothing
      }
    </article>`,
  };
  return view;
}
