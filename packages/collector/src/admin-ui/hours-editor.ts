/**
 * The hours editor of a support point (<motcua-admin-hours>): its weekly ranges (several a day, a range
 * closing before it opens runs past midnight), dates with their own hours or closed, and public
 * holidays; checked with core's OpeningHoursSchema before saving (the collector checks it again), with
 * the "open now" sentence citizens will read, at now or at a moment staff pick, from core's hours logic.
 */
import {
  type DayException,
  type OpeningHours,
  OpeningHoursSchema,
  openState,
  relativeTime,
  validateWith,
} from '@motcua/core';
import { html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { AdminView } from './admin-element.js';
import { type ApiError, api } from './api.js';
import type { PointRow } from './api-types.js';
import { lang, pick, type StringKey, t } from './i18n.js';
import { en } from './locales/en.js';
import { vi } from './locales/vi.js';

const DAYS = [1, 2, 3, 4, 5, 6, 7];
/** Said above the fields' errors when the form's hours do not pass the schema (both languages, as the API's). */
const invalidMessage = { vi: vi['hours.invalid'], en: en['hours.invalid'] };

/** An exception as the form holds it: its ranges as typed ("07:30-11:30, 18:00-21:00"). */
interface ExceptionDraft {
  date: string;
  closed: boolean;
  ranges: string;
  note: string;
}

/** The form's hours: weekly rules as they are, exceptions with their ranges as text, holidays. */
interface Draft {
  weekly: OpeningHours['weekly'];
  exceptions: ExceptionDraft[];
  holidays: string[];
}

const toDraft = (h: OpeningHours): Draft => ({
  weekly: h.weekly.map((r) => ({ ...r, days: [...r.days] })),
  exceptions: (h.exceptions ?? []).map((e) => ({
    date: e.date,
    closed: !!e.closed,
    ranges: (e.hours ?? []).map((r) => `${r.open}-${r.close}`).join(', '),
    note: e.note ?? '',
  })),
  holidays: [...(h.holidays ?? [])],
});

/** The hours the form says; a range that cannot be read is kept as typed, for the schema to name. */
export function fromDraft(d: Draft): OpeningHours {
  const exceptions: DayException[] = d.exceptions.map((e) => ({
    date: e.date,
    ...(e.closed
      ? { closed: true }
      : {
          hours: e.ranges
            .split(/[,;]/)
            .map((r) => r.trim())
            .filter(Boolean)
            .map((r) => {
              const [open = '', close = ''] = r.split(/\s*[-–]\s*/);
              return { open, close };
            }),
        }),
    ...(e.note.trim() && { note: e.note.trim() }),
  }));
  return {
    weekly: d.weekly,
    ...(exceptions.length && { exceptions }),
    ...(d.holidays.length && { holidays: d.holidays }),
  };
}

/** The sentence the widget shows for these hours at `now`, in the admin's language. */
export function openText(hours: OpeningHours, now: number): string {
  const when = (at: number) => {
    const { clock, day } = relativeTime(at, now);
    if (day === 'today') return clock;
    if (day === 'tomorrow') return t('hours.tomorrow', { clock });
    return t('hours.weekday', { clock, day: t(`hours.d${day}` as StringKey) });
  };
  const s = openState(hours, now);
  if (s.open) return s.closesAt ? t('hours.openUntil', { time: when(s.closesAt) }) : t('hours.openAlways');
  if (!s.opensAt) return t('hours.closed');
  return t(s.holiday ? 'hours.holidayUntil' : 'hours.closedUntil', { time: when(s.opensAt) });
}

@customElement('motcua-admin-hours')
export class AdminHours extends AdminView {
  @property() unit = '';
  @property({ attribute: false }) point?: PointRow;
  @state() private draft: Draft = { weekly: [], exceptions: [], holidays: [] };
  /** Field errors by the schema's dotted path ("weekly.0.open"), in both languages. */
  @state() private errors: Record<string, { vi: string; en: string }> = {};
  @state() private previewAt = '';

  override willUpdate(changed: Map<string, unknown>) {
    if (changed.has('point') && this.point) {
      this.draft = toDraft(this.point.hours);
      this.errors = {};
    }
  }

  /** The summary links to each field by its id, made from the schema's path. */
  protected override fieldId(field: string): string | undefined {
    // The schema's check of the whole hours (a range that opens and closes at once) names no field.
    // An exception's ranges are one text input, whatever range of it is wrong.
    return field ? `h-${field.replace(/^(exceptions\.\d+\.hours)\..*$/, '$1').replaceAll('.', '-')}` : undefined;
  }

  private change(next: Partial<Draft>) {
    this.draft = { ...this.draft, ...next };
  }

  private setRule(i: number, change: Partial<OpeningHours['weekly'][number]>) {
    this.change({ weekly: this.draft.weekly.map((r, j) => (j === i ? { ...r, ...change } : r)) });
  }

  private setException(i: number, change: Partial<ExceptionDraft>) {
    this.change({ exceptions: this.draft.exceptions.map((e, j) => (j === i ? { ...e, ...change } : e)) });
  }

  private async save() {
    const point = this.point;
    if (!point) return;
    const hours = fromDraft(this.draft);
    const checked = validateWith(OpeningHoursSchema, hours);
    this.errors = checked.ok ? {} : checked.fields;
    const ok = await this.run(async () => {
      if (!checked.ok) {
        const refused: ApiError = { status: 400, message: invalidMessage, fields: checked.fields };
        throw refused;
      }
      const { updatedAt: _, ...saved } = point;
      await api(`/units/${encodeURIComponent(this.unit)}/support-points`, {
        method: 'POST',
        body: { ...saved, hours: checked.value },
      });
      this.notice = t('hours.saved', { name: point.name });
    }, true);
    if (ok) this.dispatchEvent(new CustomEvent('saved', { bubbles: true, composed: true }));
  }

  private error(path: string) {
    const m = this.errors[path];
    return m ? html`<p class="error" id="${this.fieldId(path)}-error">${pick(m)}</p>` : nothing;
  }

  private time(id: string, value: string, label: StringKey, set: (v: string) => void) {
    const path = id.slice(2).replaceAll('-', '.');
    return html`<div><label for=${id}>${t(label)}</label>
      <input id=${id} type="time" .value=${value} aria-invalid=${this.errors[path] ? 'true' : 'false'}
        aria-describedby=${this.errors[path] ? `${id}-error` : nothing}
        @change=${(e: Event) => set((e.target as HTMLInputElement).value)} />${this.error(path)}</div>`;
  }

  private renderWeekly() {
    return html`<fieldset class="panel"><legend>${t('hours.weekly')}</legend>
      ${this.draft.weekly.map(
        (r, i) => html`<div class="row">
          <fieldset id="h-weekly-${i}-days"><legend>${t('hours.days')}</legend>
            ${DAYS.map(
              (d) => html`<label class="check"><input type="checkbox" .checked=${r.days.includes(d)}
                @change=${(e: Event) =>
                  this.setRule(i, {
                    days: (e.target as HTMLInputElement).checked
                      ? [...r.days, d].sort()
                      : r.days.filter((x) => x !== d),
                  })} />${t(`hours.d${d}` as StringKey)}</label>`,
            )}${this.error(`weekly.${i}.days`)}</fieldset>
          ${this.time(`h-weekly-${i}-open`, r.open, 'hours.open', (open) => this.setRule(i, { open }))}
          ${this.time(`h-weekly-${i}-close`, r.close, 'hours.close', (close) => this.setRule(i, { close }))}
          <button type="button" @click=${() => this.change({ weekly: this.draft.weekly.filter((_, j) => j !== i) })}>${t('hours.remove')}</button>
        </div>`,
      )}
      <button type="button" @click=${() => this.change({ weekly: [...this.draft.weekly, { days: [1, 2, 3, 4, 5], open: '07:30', close: '11:30' }] })}>${t('hours.addRange')}</button>
    </fieldset>`;
  }

  private renderExceptions() {
    return html`<fieldset class="panel"><legend>${t('hours.exceptions')}</legend>
      <p class="muted">${t('hours.exceptionsIntro')}</p>
      ${this.draft.exceptions.map(
        (e, i) => html`<div class="row">
          <div><label for="h-exceptions-${i}-date">${t('hours.date')}</label>
            <input id="h-exceptions-${i}-date" type="date" .value=${e.date}
              @change=${(ev: Event) => this.setException(i, { date: (ev.target as HTMLInputElement).value })} />${this.error(`exceptions.${i}.date`)}</div>
          <label class="check"><input type="checkbox" .checked=${e.closed}
            @change=${(ev: Event) => this.setException(i, { closed: (ev.target as HTMLInputElement).checked })} />${t('hours.closedDay')}</label>
          ${
            e.closed
              ? nothing
              : html`<div><label for="h-exceptions-${i}-hours">${t('hours.ranges')}</label>
            <input id="h-exceptions-${i}-hours" .value=${e.ranges}
              @change=${(ev: Event) => this.setException(i, { ranges: (ev.target as HTMLInputElement).value })} />
            ${Object.keys(this.errors)
              .filter((k) => k.startsWith(`exceptions.${i}.hours`))
              .map((k) => this.error(k))}</div>`
          }
          <div><label for="h-exceptions-${i}-note">${t('hours.exceptionNote')}</label>
            <input id="h-exceptions-${i}-note" .value=${e.note}
              @change=${(ev: Event) => this.setException(i, { note: (ev.target as HTMLInputElement).value })} /></div>
          <button type="button" @click=${() => this.change({ exceptions: this.draft.exceptions.filter((_, j) => j !== i) })}>${t('hours.remove')}</button>
        </div>`,
      )}
      <button type="button" @click=${() => this.change({ exceptions: [...this.draft.exceptions, { date: '', closed: true, ranges: '', note: '' }] })}>${t('hours.addException')}</button>
    </fieldset>`;
  }

  private renderHolidays() {
    return html`<fieldset class="panel"><legend>${t('hours.holidays')}</legend>
      <p class="muted">${t('hours.holidaysIntro')}</p>
      ${this.draft.holidays.map(
        (d, i) => html`<div class="row">
          <div><label for="h-holidays-${i}">${t('hours.date')}</label>
            <input id="h-holidays-${i}" type="date" .value=${d}
              @change=${(e: Event) => this.change({ holidays: this.draft.holidays.map((x, j) => (j === i ? (e.target as HTMLInputElement).value : x)) })} />${this.error(`holidays.${i}`)}</div>
          <button type="button" @click=${() => this.change({ holidays: this.draft.holidays.filter((_, j) => j !== i) })}>${t('hours.remove')}</button>
        </div>`,
      )}
      <button type="button" @click=${() => this.change({ holidays: [...this.draft.holidays, ''] })}>${t('hours.addHoliday')}</button>
    </fieldset>`;
  }

  private renderPreview() {
    const at = this.previewAt ? Date.parse(`${this.previewAt}:00+07:00`) : Date.now();
    const hours = fromDraft(this.draft);
    // A preview of hours the schema refuses would say something the widget never shows.
    const ok = validateWith(OpeningHoursSchema, hours).ok;
    return html`<div class="panel">
      <label for="h-preview-at">${t('hours.previewAt')}</label>
      <input id="h-preview-at" type="datetime-local" .value=${this.previewAt}
        @change=${(e: Event) => (this.previewAt = (e.target as HTMLInputElement).value)} />
      <p>${t('hours.preview')}: <strong class="preview" lang=${lang()}>${ok && !Number.isNaN(at) ? openText(hours, at) : '—'}</strong></p>
    </div>`;
  }

  override render() {
    if (!this.point) return nothing;
    return html`<section aria-labelledby="hours-title">
      <h3 id="hours-title">${t('hours.title', { name: this.point.name })}</h3>
      <p class="muted">${t('hours.intro')}</p>
      ${this.renderOutcome()}
      ${this.renderWeekly()} ${this.renderExceptions()} ${this.renderHolidays()} ${this.renderPreview()}
      <div class="row">
        <button class="primary" type="button" @click=${() => this.save()}>${t('hours.save')}</button>
        <button type="button" @click=${() => this.dispatchEvent(new CustomEvent('close', { bubbles: true, composed: true }))}>${t('hours.close.editor')}</button>
      </div>
    </section>`;
  }
}
