/**
 * The contest's registration (đăng ký dự thi): the round's facts, the rules one tap away, the fields the
 * contest asks for (số định danh only when it requires one), the consent under the personal-data law,
 * the ward picker on a province's site (ward-picker.ts), and the checks made before the start is sent
 * (the collector checks the same with core's schema).
 *
 * A module of its own in the CDN build, without Lit at run time (the element hands it `html` and
 * `nothing`). It is fetched beside the contest's description: the form shows the round that description
 * brings and its start needs the network, so loading it with them adds no wait, and an attempt resumed
 * offline never needs it. Its strings (vi, en) join the element's lookup (`t`) once loaded.
 */
import { normalizePhoneVN } from '@motcua/core/schemas';
import type { TemplateResult } from 'lit';
import type { PartLit } from '../shared/on-demand.js';
import { fieldId } from '../shared/field-id.js';
import type { Registration } from './attempt.js';
import type { ContestHost, FieldErrors } from './host.js';
import { en } from './locales/registration.en.js';
import { vi } from './locales/registration.vi.js';

/** This part's strings, added to the element's when the module loads. */
export const strings = { vi, en };

/** The registration's problems, by field; none when it can be sent. */
export function checkRegistration(host: ContestHost): FieldErrors {
  const errors: FieldErrors = {};
  const year = new Date().getFullYear();
  const r = host.reg;
  if (!r.fullName.trim()) errors.fullName = host.t('required', { field: host.t('fullNameField') });
  const birth = Number(r.birthYear);
  if (!/^\d{4}$/.test(r.birthYear.trim()) || birth < year - 110 || birth > year - 6)
    errors.birthYear = host.t('birthYearInvalid', { min: year - 110, max: year - 6 });
  if (!normalizePhoneVN(r.phone)) errors.phone = host.t('phoneInvalid');
  if (host.wards?.length && !host.wards.some((w) => w.code === r.ward))
    errors.ward = host.t('required', { field: host.t('wardField') });
  if (!r.place.trim()) errors.place = host.t('required', { field: host.t('placeField') });
  if (host.info?.requireIdNumber && !/^\d{12}$/.test(r.idNumber.replace(/\s/g, '')))
    errors.idNumber = host.t('idNumberInvalid');
  if (!host.consent) errors.consent = host.t('consentMissing');
  return errors;
}

/** The body of POST …/attempts for this registration, under the attempt id `id`. */
export function startBody(host: ContestHost, id: string) {
  const r = host.reg;
  return {
    id,
    fullName: r.fullName.trim(),
    birthYear: Number(r.birthYear),
    phone: r.phone,
    place: r.place.trim(),
    ...(r.workplace.trim() && { workplace: r.workplace.trim() }),
    ...(host.info?.requireIdNumber && { idNumber: r.idNumber.replace(/\s/g, '') }),
    ...(host.wards?.length && { ward: r.ward }),
    consent: true,
  };
}

function field(
  { html, nothing }: PartLit,
  host: ContestHost,
  name: keyof Registration,
  label: string,
  options: {
    type?: 'text' | 'tel';
    inputmode?: 'numeric';
    autocomplete?: 'name' | 'tel' | 'organization' | 'off';
    hint?: string;
  } = {},
): TemplateResult {
  const error = host.errors[name];
  const described = [options.hint ? `${name}-hint` : '', error ? `${name}-error` : ''].filter(Boolean).join(' ');
  return html`<div class="field">
      <label for=${fieldId(name)}>${label}</label>
      ${options.hint ? html`<p class="hint" id="${name}-hint">${options.hint}</p>` : nothing}
      ${error ? html`<p class="error" id="${name}-error">${error}</p>` : nothing}
      <input id=${fieldId(name)} type=${options.type ?? 'text'} inputmode=${options.inputmode ?? nothing}
        autocomplete=${options.autocomplete ?? 'off'} .value=${host.reg[name]}
        aria-invalid=${error ? 'true' : 'false'} aria-describedby=${described || nothing}
        @input=${(e: Event) => host.setReg(name, (e.target as HTMLInputElement).value)} />
    </div>`;
}

/** The place a participant lives (tổ dân phố, thôn): a choice when the contest lists them, else typed. */
function placeField(lit: PartLit, host: ContestHost): TemplateResult {
  const { html, nothing } = lit;
  const places = host.info?.places ?? [];
  if (!places.length) return field(lit, host, 'place', host.t('place'));
  const error = host.errors.place;
  return html`<div class="field"><label for="f-place">${host.t('place')}</label>
      ${error ? html`<p class="error" id="place-error">${error}</p>` : nothing}
      <select id="f-place" aria-invalid=${error ? 'true' : 'false'} aria-describedby=${error ? 'place-error' : nothing}
        @change=${(e: Event) => host.setReg('place', (e.target as HTMLSelectElement).value)}>
        <option value="" ?selected=${!host.reg.place}>${host.t('choosePlace')}</option>
        ${places.map((p) => html`<option .value=${p} ?selected=${host.reg.place === p}>${p}</option>`)}
      </select></div>`;
}

export function renderRegistration(host: ContestHost, lit: PartLit): TemplateResult {
  const { html, nothing } = lit;
  const t = host.t.bind(host);
  const round = host.info?.round;
  return html`${
    round
      ? html`<p class="round">${t('roundInfo', {
          round: round.title,
          count: round.questionCount,
          minutes: round.durationMinutes,
          closes: new Date(round.closesAt).toLocaleString(host.resolvedLang === 'en' ? 'en-GB' : 'vi-VN', {
            timeZone: 'Asia/Ho_Chi_Minh',
            dateStyle: 'short',
            timeStyle: 'short',
          }),
        })}</p>`
      : nothing
  }
      ${host.renderRules()}
      <form novalidate @submit=${(e: Event) => host.start(e)} aria-labelledby="reg-title">
        <h3 id="reg-title">${t('register')}</h3>
        <p class="muted">${t('requiredNote')}</p>
        ${host.renderErrors()}
        ${field(lit, host, 'fullName', t('fullName'), { autocomplete: 'name' })}
        ${field(lit, host, 'birthYear', t('birthYear'), { inputmode: 'numeric' })}
        ${field(lit, host, 'phone', t('phone'), { type: 'tel', autocomplete: 'tel', hint: t('phoneHint') })}
        ${host.renderWardPicker()}
        ${placeField(lit, host)}
        ${field(lit, host, 'workplace', t('workplace'), { autocomplete: 'organization' })}
        ${host.info?.requireIdNumber ? field(lit, host, 'idNumber', t('idNumber'), { inputmode: 'numeric' }) : nothing}
        <fieldset class="consent">
          <legend>${t('consentTitle')}</legend>
          <p class="hint">${t('consentNotice')}</p>
          ${host.errors.consent ? html`<p class="error" id="consent-error">${host.errors.consent}</p>` : nothing}
          <label class="check"><input id="f-consent" type="checkbox" .checked=${host.consent}
            aria-describedby=${host.errors.consent ? 'consent-error' : nothing}
            @change=${(e: Event) => {
              host.consent = (e.target as HTMLInputElement).checked;
              const { consent: _, ...rest } = host.errors;
              host.errors = rest;
            }} /> <span>${t('consent')}</span></label>
        </fieldset>
        <div class="actions"><button type="submit" ?disabled=${host.busy}>${host.busy ? t('starting') : t('start')}</button></div>
      </form>`;
}
