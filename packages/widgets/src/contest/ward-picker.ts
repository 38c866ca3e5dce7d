/**
 * The ward picker of a province-wide contest on the province's own site (no `unit` given): the
 * province's wards from the collector, and a native `<select>` of them grouped into phường, xã and đặc
 * khu (optgroups), by their 2025 names. A native select is searchable by typing the first letters, works
 * with the keyboard alone and is announced by every screen reader; required, its error linked to it, and
 * the choice kept in the draft like every other field. The attempt then counts in the ward chosen.
 *
 * A module of its own in the CDN build, without Lit at run time (the element hands it `html` and
 * `nothing`), loaded only on a province's site: a ward's own site never needs it. Its strings (vi, en)
 * join the element's lookup (`t`) once loaded.
 */
import type { nothing as litNothing, TemplateResult } from 'lit';
import type { PartLit } from '../shared/on-demand.js';
import type { Ward } from './attempt.js';
import type { ContestHost } from './host.js';
import { en } from './locales/ward-picker.en.js';
import { vi } from './locales/ward-picker.vi.js';

/** This part's strings, added to the element's when the module loads. */
export const strings = { vi, en };

/** The province's wards served by the collector at `endpoint` (a public list caches may keep). */
export async function loadWards(endpoint: string, province: string): Promise<Ward[]> {
  const base = endpoint.replace(/\/+$/, '');
  const res = await fetch(`${base}/api/v1/provinces/${encodeURIComponent(province)}/wards`);
  if (!res.ok) throw new Error(String(res.status));
  return ((await res.json()) as { wards: Ward[] }).wards;
}

/** The groups of the 2025 names, by the word they begin with; anything else goes last, ungrouped. */
const GROUPS = [
  ['Phường ', 'wardGroupPhuong'],
  ['Xã ', 'wardGroupXa'],
  ['Đặc khu ', 'wardGroupDacKhu'],
] as const;

/** The picker for `host`'s wards (none: nothing), rendered with the element's Lit. */
export function renderWardPicker(host: ContestHost, lit: PartLit): TemplateResult | typeof litNothing {
  const { html, nothing } = lit;
  const wards = host.wards;
  if (!wards?.length) return lit.nothing;
  const options = (list: readonly Ward[]) =>
    list.map((w) => html`<option .value=${w.code} ?selected=${host.reg.ward === w.code}>${w.name}</option>`);
  const grouped = GROUPS.map(([prefix, label]) => ({
    label: host.t(label),
    wards: wards.filter((w) => w.name.startsWith(prefix)),
  })).filter((g) => g.wards.length);
  const others = wards.filter((w) => !GROUPS.some(([prefix]) => w.name.startsWith(prefix)));
  const error = host.errors.ward;
  return html`<div class="field"><label for="f-ward">${host.t('ward')}</label>
      <p class="hint" id="ward-hint">${host.t('wardHint')}</p>
      ${error ? html`<p class="error" id="ward-error">${error}</p>` : nothing}
      <select id="f-ward" required aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${error ? 'ward-hint ward-error' : 'ward-hint'}
        @change=${(e: Event) => host.setReg('ward', (e.target as HTMLSelectElement).value)}>
        <option value="" ?selected=${!host.reg.ward}>${host.t('chooseWard')}</option>
        ${grouped.map((g) => html`<optgroup label=${g.label}>${options(g.wards)}</optgroup>`)}
        ${options(others)}
      </select></div>`;
}
