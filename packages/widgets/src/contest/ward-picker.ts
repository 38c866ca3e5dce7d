/**
 * The ward picker of a province-wide contest on the province's own site (no `unit` given): a native
 * `<select>` of the province's wards, grouped into phường, xã and đặc khu (optgroups), by their 2025 names
 * as the collector lists them. A native select is searchable by typing the first letters, works with the
 * keyboard alone and is announced by every screen reader; required, its error linked to it, and the
 * choice kept in the draft like every other field. The attempt then counts in the ward chosen.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Ward } from './attempt.js';
import type { ContestHost } from './host.js';

/** The groups of the 2025 names, by the word they begin with; anything else goes last, ungrouped. */
const GROUPS = [
  ['Phường ', 'wardGroupPhuong'],
  ['Xã ', 'wardGroupXa'],
  ['Đặc khu ', 'wardGroupDacKhu'],
] as const;

function options(wards: readonly Ward[], chosen: string): TemplateResult[] {
  return wards.map((w) => html`<option .value=${w.code} ?selected=${chosen === w.code}>${w.name}</option>`);
}

/** The picker, or nothing when the element was given its ward or the contest is a ward's own. */
export function renderWardPicker(host: ContestHost): TemplateResult | typeof nothing {
  const wards = host.wards;
  if (!wards?.length) return nothing;
  const error = host.errors.ward;
  const described = ['ward-hint', error ? 'ward-error' : ''].filter(Boolean).join(' ');
  const grouped = GROUPS.map(([prefix, label]) => ({
    label: host.t(label),
    wards: wards.filter((w) => w.name.startsWith(prefix)),
  })).filter((g) => g.wards.length);
  const others = wards.filter((w) => !GROUPS.some(([prefix]) => w.name.startsWith(prefix)));
  return html`<div class="field"><label for="ward">${host.t('ward')}</label>
      <p class="hint" id="ward-hint">${host.t('wardHint')}</p>
      ${error ? html`<p class="error" id="ward-error">${error}</p>` : nothing}
      <select id="ward" required aria-invalid=${error ? 'true' : 'false'} aria-describedby=${described}
        @change=${(e: Event) => host.setReg('ward', (e.target as HTMLSelectElement).value)}>
        <option value="" ?selected=${!host.reg.ward}>${host.t('chooseWard')}</option>
        ${grouped.map((g) => html`<optgroup label=${g.label}>${options(g.wards, host.reg.ward)}</optgroup>`)}
        ${options(others, host.reg.ward)}
      </select></div>`;
}
