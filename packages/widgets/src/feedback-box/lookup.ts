/**
 * The follow-up mode of <motcua-feedback-box mode="lookup"> (tra cứu phản ánh): receipt code and phone
 * number in, status history and the ward's public answer out.
 *
 * A module of its own, imported only by a box in lookup mode: the CDN build writes it as a file beside
 * the widget, so a page with the feedback form never downloads it (and a lookup page needs the network
 * anyway). It imports nothing from Lit at run time: the element hands it Lit's `html` and `nothing`, so
 * the file does not carry a second copy of Lit. Its strings (vi, en) come with it and join the
 * element's lookup (`t`) once loaded.
 */
import type { TemplateResult } from 'lit';
import type { PartLit } from '../shared/on-demand.js';
import { lookUpReceipt, readReceiptQuery, receiptQueryErrors, vietnamTime } from '../shared/receipt-lookup.js';
import { en } from './locales/lookup.en.js';
import { vi } from './locales/lookup.vi.js';

/** This mode's strings, added to the element's when the module loads. */
export const strings = { vi, en };

export interface LookupResult {
  receiptCode: string;
  status: string;
  createdAt: string;
  subject?: string;
  history: { status: string; at: string }[];
  answer?: { text: string; at: string };
}

/** The element's state this view reads and sets (setting it re-renders). */
export interface LookupState {
  /** Field errors, shown by the element's error summary. */
  errors: Partial<Record<string, string>>;
  lookupResult?: LookupResult | undefined;
  lookupMessage: string;
  looking: boolean;
}

/** What the lookup view is given by its element. */
export interface LookupHost {
  lang(): 'vi' | 'en';
  /** The collector's base URL, without a trailing slash. */
  apiBase(): string;
  /** The element's string lookup, this module's strings included. */
  t(key: string, values?: Record<string, string | number>): string;
  state(): Readonly<LookupState>;
  set(change: Partial<LookupState>): void;
  /** The element's error summary (linked to fields), for the current errors. */
  summary(): unknown;
  /** Moves focus, once the pending update has rendered, to what `selector` matches. */
  focus(selector: string): Promise<void>;
  serverMessage(response: unknown): string | undefined;
}

/** The lookup form and its result for one element, whose state it reads and sets. */
export function createLookup(host: LookupHost, { html, nothing }: PartLit) {
  const t = host.t;

  const status = (s: string) => (`status_${s}` in vi ? t(`status_${s}`) : s);
  const date = (iso: string) => vietnamTime(iso, host.lang());

  const submit = async (e: Event): Promise<void> => {
    e.preventDefault();
    const query = readReceiptQuery(e.target as HTMLFormElement);
    const errors = receiptQueryErrors(query, {
      codeMissing: t('required', { field: t('code').toLowerCase() }),
      phoneMissing: t('required', { field: t('phoneField') }),
      phoneInvalid: t('phoneInvalid'),
    });
    host.set({ errors, lookupResult: undefined, lookupMessage: '' });
    if (Object.keys(errors).length) return void host.focus('.summary');
    host.set({ looking: true });
    const answer = await lookUpReceipt<LookupResult>(host.apiBase(), 'feedback', query);
    if ('found' in answer) host.set({ lookupResult: answer.found });
    else if ('notFound' in answer) host.set({ lookupMessage: t('notFound') });
    else host.set({ lookupMessage: host.serverMessage(answer.failed) ?? t('lookupError') });
    host.set({ looking: false });
    await host.focus('.result');
  };

  const field = (name: 'code' | 'phone', type: 'text' | 'tel', autocomplete: 'off' | 'tel') => {
    const error = host.state().errors[name];
    return html`<div class="field">
      <label for="f-${name}">${t(name)}</label>
      ${error ? html`<p class="error" id="f-${name}-error">${error}</p>` : nothing}
      <input id="f-${name}" name=${name} type=${type} autocomplete=${autocomplete} autocapitalize=${name === 'code' ? 'characters' : 'none'}
        aria-invalid=${error ? 'true' : 'false'} aria-describedby=${error ? `f-${name}-error` : nothing} />
    </div>`;
  };

  return {
    render(): TemplateResult {
      const { lookupResult: r, lookupMessage: message, looking } = host.state();
      return html`<form part="form" novalidate @submit=${submit}>
          <h2>${t('lookupTitle')}</h2>
          <p>${t('lookupIntro')}</p>
          ${host.summary()}
          ${field('code', 'text', 'off')}
          ${field('phone', 'tel', 'tel')}
          <div class="actions"><button class="primary" type="submit" ?disabled=${looking}>${looking ? t('looking') : t('lookup')}</button></div>
        </form>
        ${message ? html`<p class="result error" role="alert" tabindex="-1">${message}</p>` : nothing}
        ${
          r
            ? html`<section class="result panel" tabindex="-1" aria-labelledby="result-title">
              <h3 id="result-title">${r.receiptCode}${r.subject ? html` — ${r.subject}` : nothing}</h3>
              <dl>
                <dt>${t('status')}</dt><dd data-status=${r.status}>${status(r.status)}</dd>
                <dt>${t('receivedOn')}</dt><dd>${date(r.createdAt)}</dd>
                <dt>${t('answer')}</dt><dd class="answer">${r.answer ? r.answer.text : t('noAnswer')}</dd>
              </dl>
              <h3>${t('history')}</h3>
              <ol>${r.history.map((h) => html`<li>${date(h.at)}: ${status(h.status)}</li>`)}</ol>
            </section>`
            : nothing
        }`;
    },
  };
}
