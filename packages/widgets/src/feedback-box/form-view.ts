/**
 * The feedback form as the citizen sees it: the error summary and the draft notice on top, the text
 * fields with their hints and errors, the procedure suggestions, the attachments chosen, the consent
 * and the honeypot. It renders the element's state and hands every change back to the element
 * (form-view renders, feedback-box.component.ts decides).
 */
import { FEEDBACK_LIMITS } from '@motcua/core/schemas';
import { html, nothing, type TemplateResult } from 'lit';
import { fieldId } from '../shared/field-id.js';
import type { Filled, TextField, Translate } from './fields.js';
import type { ProcedureRef } from './procedures.js';

/** The element's state the form shows. */
export interface FormState extends Filled {
  errors: Partial<Record<string, string>>;
  notice: string;
  sending: boolean;
  /** Procedures matching what is typed in the procedure field. */
  suggestions: ProcedureRef[];
}

/** What the form view is given by its element. */
export interface FormHost {
  t: Translate;
  state(): Readonly<FormState>;
  /** The error summary of the errors on screen. */
  summary(): unknown;
  submit(e: Event): void;
  /** Focus moved inside the form (the file field's part is fetched then). */
  focusin(e: FocusEvent): void;
  input(field: TextField, e: Event): void;
  addFiles(e: Event): void;
  removeFile(index: number): void;
  setConsent(checked: boolean): void;
  setPublish(checked: boolean): void;
  setWebsite(value: string): void;
  /** Clears the restored draft. */
  discard(): void;
}

const checked = (e: Event) => (e.target as HTMLInputElement).checked;

function textField(
  host: FormHost,
  state: Readonly<FormState>,
  name: TextField,
  type: 'text' | 'tel' | 'email',
  options: { autocomplete?: 'name' | 'tel' | 'email' | 'street-address'; hint?: string; list?: string } = {},
) {
  const id = fieldId(name);
  const { errors, values } = state;
  const error = errors[name];
  const describedBy = [options.hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return html`<div class="field">
    <label for=${id}>${host.t(name)}</label>
    ${options.hint ? html`<p class="hint" id="${id}-hint">${options.hint}</p>` : nothing}
    ${error ? html`<p class="error" id="${id}-error">${error}</p>` : nothing}
    <input id=${id} name=${name} type=${type} .value=${values[name]} autocomplete=${options.autocomplete ?? 'off'}
      list=${options.list ?? ''} aria-invalid=${error ? 'true' : 'false'} aria-describedby=${describedBy || nothing}
      @input=${(e: Event) => host.input(name, e)} />
  </div>`;
}

/** The content field, with the characters left read out as they change. */
function contentField({ t, input }: FormHost, { errors, values }: Readonly<FormState>) {
  const left = FEEDBACK_LIMITS.content - [...values.content].length;
  return html`<div class="field">
    <label for=${fieldId('content')}>${t('content')}</label>
    <p class="hint" id="f-content-hint" aria-live="polite">${t('contentHint', { left: Math.max(0, left) })}</p>
    ${errors.content ? html`<p class="error" id="f-content-error">${errors.content}</p>` : nothing}
    <textarea id="f-content" name="content" .value=${values.content} aria-invalid=${errors.content ? 'true' : 'false'}
      aria-describedby="f-content-hint${errors.content ? ' f-content-error' : ''}" @input=${(e: Event) => input('content', e)}></textarea>
  </div>`;
}

function attachmentsField({ t, addFiles, removeFile }: FormHost, { errors, files }: Readonly<FormState>) {
  return html`<div class="field">
    <label for="f-attachments">${t('attachments')}</label>
    ${errors.attachments ? html`<p class="error" id="f-attachments-error">${errors.attachments}</p>` : nothing}
    <input id="f-attachments" type="file" multiple accept="image/jpeg,image/png,image/webp,application/pdf"
      aria-describedby=${errors.attachments ? 'f-attachments-error' : nothing} @change=${addFiles} />
    ${
      files.length
        ? html`<ul class="files">${files.map(
            (f, i) => html`<li>${f.name} (${Math.ceil(f.size / 1024)} KB)
            <button type="button" @click=${() => removeFile(i)}>${t('remove', { name: f.name })}</button></li>`,
          )}</ul>`
        : nothing
    }
  </div>`;
}

function consentFields({ t, setConsent, setPublish }: FormHost, { errors, consent, publish }: Readonly<FormState>) {
  return html`<fieldset class="field">
    <legend>${t('consentTitle')}</legend>
    <p class="notice">${t('consentNotice')}</p>
    ${errors.consent ? html`<p class="error" id="f-consent-error">${errors.consent}</p>` : nothing}
    <label class="check"><input id="f-consent" type="checkbox" .checked=${consent}
      aria-describedby=${errors.consent ? 'f-consent-error' : nothing}
      @change=${(e: Event) => setConsent(checked(e))} />${t('consent')}</label>
    <label class="check"><input type="checkbox" .checked=${publish}
      @change=${(e: Event) => setPublish(checked(e))} />${t('publish')}</label>
  </fieldset>`;
}

export function formView(host: FormHost): TemplateResult {
  const { t } = host;
  const state = host.state();
  const { notice, website, sending, suggestions } = state;
  return html`<form part="form" novalidate @submit=${host.submit} @focusin=${host.focusin}>
    <h2>${t('title')}</h2>
    <p>${t('intro')}</p>
    ${host.summary()}
    ${
      notice
        ? html`<p class="info" role="status">${notice}
          ${notice === t('draftRestored') ? html` <button type="button" @click=${host.discard}>${t('discard')}</button>` : nothing}</p>`
        : nothing
    }
    ${textField(host, state, 'name', 'text', { autocomplete: 'name' })}
    ${textField(host, state, 'phone', 'tel', { autocomplete: 'tel', hint: t('phoneHint') })}
    ${textField(host, state, 'email', 'email', { autocomplete: 'email' })}
    ${textField(host, state, 'address', 'text', { autocomplete: 'street-address' })}
    ${textField(host, state, 'subject', 'text')}
    ${contentField(host, state)}
    ${textField(host, state, 'procedure', 'text', { hint: t('procedureHint'), list: 'procedure-list' })}
    <datalist id="procedure-list">${suggestions.map((p) => html`<option value="${p.name} (${p.code})"></option>`)}</datalist>
    ${attachmentsField(host, state)}
    ${consentFields(host, state)}
    <div class="honeypot" aria-hidden="true">
      <label for="f-website">${t('honeypot')}</label>
      <input id="f-website" name="website" tabindex="-1" autocomplete="off" .value=${website}
        @input=${(e: Event) => host.setWebsite((e.target as HTMLInputElement).value)} />
    </div>
    <div class="actions">
      <button class="primary" type="submit" ?disabled=${sending}>${sending ? t('sending') : t('submit')}</button>
    </div>
  </form>`;
}
