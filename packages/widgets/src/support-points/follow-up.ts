/**
 * The follow-up view of <motcua-support-points> (tra cứu yêu cầu hỗ trợ tại nhà): receipt code and phone
 * in; the request's status in words, the team and its phone, the visit time once agreed, and the team's
 * note once it is closed (done, or could not help) out.
 *
 * A module of its own, imported only when a citizen opens the follow-up (from the receipt or the "Tra
 * cứu yêu cầu" button): the CDN build writes it as a file beside the widget, so the widget's file stays
 * within its budget, and a follow-up needs the network anyway. It imports nothing from Lit at run time:
 * the element hands it Lit's `html` and `nothing` (and its error summary), so the file carries no second copy of them. Its
 * strings (vi, en) come with it and join the element's lookup (`t`) once loaded.
 */
import type { TemplateResult } from 'lit';
import type { PartLit } from '../shared/on-demand.js';
import { lookUpReceipt, readReceiptQuery, receiptQueryErrors, vietnamTime } from '../shared/receipt-lookup.js';
import { en } from './locales/follow-up.en.js';
import { vi } from './locales/follow-up.vi.js';

/** This view's strings, added to the element's when the module loads. */
export const strings = { vi, en };

/** GET /api/v1/home-visits/{code}?phone=… */
export interface FollowUpResult {
  receiptCode: string;
  status: string;
  need: string;
  createdAt: string;
  team?: { name: string; phone: string };
  scheduledAt?: string;
  note?: string;
  history: { status: string; at: string }[];
}

/** The element's state this view reads and sets (setting it re-renders). */
export interface FollowUpState {
  code: string;
  phone: string;
  errors: Partial<Record<string, string>>;
  result?: FollowUpResult | undefined;
  message: string;
  looking: boolean;
}

/** The element this view is part of. */
export interface FollowUpHost {
  readonly resolvedLang: 'vi' | 'en';
  /** The collector's base URL, without a trailing slash. */
  readonly apiBase: string;
  /** The view's state, kept by the element: assigning it renders again. */
  follow: FollowUpState;
  /** The element's string lookup, this module's strings included. */
  t(key: string, values?: Record<string, string | number>): string;
  /** Moves focus, once the pending update has rendered, to what `selector` matches. */
  moveFocus(selector: string): Promise<void>;
  /** Back to the request form. */
  showRequest(): void;
  /** The request form's step, and the receipt code and phone of the request acknowledged (to fill the view in). */
  readonly phase: string;
  readonly receiptCode: string;
  readonly sentPhone: string;
}

/** What the element hands the view from its own file, so this one carries no copy of them. */
export interface Parts extends PartLit {
  /** The widgets' error summary (shared/error-summary.ts), each error linked to its field. */
  summary(title: string, errors: Partial<Record<string, string>>): unknown;
  serverMessage(response: unknown, lang: 'vi' | 'en'): string | undefined;
}

export function createFollowUp(host: FollowUpHost, { html, nothing, summary, serverMessage }: Parts) {
  const t = (key: string, values?: Record<string, string | number>) => host.t(key, values);
  const set = (change: Partial<FollowUpState>) => (host.follow = { ...host.follow, ...change });
  const status = (s: string) => (`status_${s}` in vi ? t(`status_${s}`) : s);
  const date = (iso: string) => vietnamTime(iso, host.resolvedLang, 'full');

  const submit = async (e: Event): Promise<void> => {
    e.preventDefault();
    const query = readReceiptQuery(e.target as HTMLFormElement);
    const errors = receiptQueryErrors(query, {
      codeMissing: t('required', { field: t('codeField') }),
      phoneMissing: t('required', { field: t('phoneField') }),
      phoneInvalid: t('phoneInvalid'),
    });
    // What was typed stays in the fields, whatever the answer.
    set({ ...query, errors, result: undefined, message: '' });
    if (Object.keys(errors).length) return void host.moveFocus('.summary');
    set({ looking: true });
    const answer = await lookUpReceipt<FollowUpResult>(host.apiBase, 'home-visits', query);
    if ('found' in answer) set({ result: answer.found });
    else if ('notFound' in answer) set({ message: t('notFound') });
    else set({ message: serverMessage(answer.failed, host.resolvedLang) ?? t('lookupError') });
    set({ looking: false });
    await host.moveFocus('.result');
  };

  const field = (name: 'code' | 'phone', type: 'text' | 'tel', autocomplete: 'off' | 'tel') => {
    const error = host.follow.errors[name];
    return html`<div class="field">
      <label for="f-${name}">${t(name === 'code' ? 'code' : 'followPhone')}</label>
      ${error ? html`<p class="error" id="f-${name}-error">${error}</p>` : nothing}
      <input id="f-${name}" name=${name} type=${type} autocomplete=${autocomplete} .value=${host.follow[name]}
        autocapitalize=${name === 'code' ? 'characters' : 'none'}
        aria-invalid=${error ? 'true' : 'false'} aria-describedby=${error ? `f-${name}-error` : nothing} />
    </div>`;
  };

  const renderResult = (
    r: FollowUpResult,
  ) => html`<section class="result panel" tabindex="-1" aria-labelledby="result-title">
      <h3 id="result-title">${r.receiptCode}</h3>
      <dl>
        <dt>${t('status')}</dt><dd data-status=${r.status}>${status(r.status)}</dd>
        <dt>${t('receivedOn')}</dt><dd>${date(r.createdAt)}</dd>
        ${
          r.team
            ? html`<dt>${t('team')}</dt><dd>${r.team.name}<br /><a href="tel:${r.team.phone}">${t('callTeam', { phone: r.team.phone })}</a></dd>`
            : nothing
        }
        ${r.scheduledAt ? html`<dt>${t('scheduledAt')}</dt><dd>${date(r.scheduledAt)}</dd>` : nothing}
        ${r.note ? html`<dt>${t('note')}</dt><dd class="note">${r.note}</dd>` : nothing}
      </dl>
      <h4>${t('history')}</h4>
      <ol>${r.history.map((h) => html`<li>${date(h.at)}: ${status(h.status)}</li>`)}</ol>
    </section>`;

  return {
    /** Opens the view, filled in with the request whose receipt is on screen, and moves focus to it. */
    open(): void {
      const sent = host.phase === 'sent';
      host.follow = {
        code: sent ? host.receiptCode : '',
        phone: sent ? host.sentPhone : '',
        errors: {},
        message: '',
        looking: false,
      };
      void host.moveFocus('#f-code');
    },
    render(): TemplateResult {
      const { result, message, looking, errors } = host.follow;
      return html`<form part="follow-up" novalidate @submit=${submit}>
          <h3>${t('followTitle')}</h3>
          <p>${t('followIntro')}</p>
          ${summary(t('errorSummary'), errors)}
          ${field('code', 'text', 'off')}
          ${field('phone', 'tel', 'tel')}
          <div class="actions">
            <button class="primary" type="submit" ?disabled=${looking}>${looking ? t('looking') : t('lookup')}</button>
            <button type="button" @click=${() => host.showRequest()}>${t('back')}</button>
          </div>
        </form>
        ${message ? html`<p class="result error" role="alert" tabindex="-1">${message}</p>` : nothing}
        ${result ? renderResult(result) : nothing}`;
    },
  };
}
