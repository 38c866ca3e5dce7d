/**
 * The staff's page for help where people live: the unit's support points and teams (import from the
 * template, all or nothing, problems by line), home-visit requests with their workflow (assign a team,
 * schedule a time, close as done or could not help, with a note), a team's list for one day, which
 * prints alone on one A4 sheet, each point's hours editor (hours-editor.ts) and the unit's map tiles.
 * Every text citizens typed is shown as text.
 */
import type { SupportMap, VisitStatus } from '@motcua/core';
import { html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { KIND_LABELS, SERVICE_LABELS, VISIT_STATUS_LABELS } from '../support/labels.js';
import { AdminView } from './admin-element.js';
import './hours-editor.js';
import { api, upload } from './api.js';
import type { PointRow, PointsAnswer, PointsImport, TeamDay, VisitRow, VisitsAnswer } from './api-types.js';
import { dateTime, lang, pick, t } from './i18n.js';
import { tableHead } from './table-head.js';
import { fromLocalInput, vietnamDate } from './vietnam-time.js';

/** The time of day in Vietnam of an instant, as the admin's language writes it: the day's sheet gives the date. */
const clock = (iso: string) =>
  new Date(iso).toLocaleTimeString(lang() === 'vi' ? 'vi-VN' : 'en-GB', {
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Asia/Ho_Chi_Minh',
  });

@customElement('motcua-admin-support')
export class AdminSupport extends AdminView {
  @property() unit = '';
  @state() private points: PointRow[] = [];
  @state() private visits: VisitRow[] = [];
  @state() private day = vietnamDate(Date.now());
  @state() private dayTeam = '';
  @state() private dayList: TeamDay['visits'] | undefined;
  /** The point whose hours are being edited. */
  @state() private editing = '';
  @state() private map: SupportMap | null = null;

  override updated(changed: Map<string, unknown>) {
    if (changed.has('unit') && this.unit) void this.run(() => this.load());
  }

  private base() {
    return `/units/${encodeURIComponent(this.unit)}`;
  }

  private async load() {
    this.points = (await api<PointsAnswer>(`${this.base()}/support-points`)).points;
    this.visits = (await api<VisitsAnswer>(`${this.base()}/home-visits`)).visits;
    this.dayTeam ||= this.points.find((p) => p.kind === 'to-cong-nghe-so')?.id ?? '';
    this.map = (await api<{ map: SupportMap | null }>(`${this.base()}/support-map`)).map;
  }

  private async saveMap(form: HTMLFormElement) {
    const value = (name: string) => (form.elements.namedItem(name) as HTMLInputElement).value.trim();
    await this.run(async () => {
      const cleared = !value('tiles');
      if (cleared) await api(`${this.base()}/support-map`, { method: 'DELETE' });
      else {
        const body = { tiles: value('tiles'), attribution: value('attribution') };
        await api(`${this.base()}/support-map`, { method: 'PUT', body });
      }
      await this.load();
      // Said once the fields show what was stored, so nothing typed after the message is overwritten.
      this.notice = t(cleared ? 'map.cleared' : 'map.saved');
    }, true);
  }

  private async importPoints(input: HTMLInputElement) {
    const file = input.files?.[0];
    if (!file) return;
    await this.run(async () => {
      const r = await upload<PointsImport>(`${this.base()}/support-points`, file);
      await this.load();
      this.notice = t('support.imported', { ...r });
    });
    input.value = '';
  }

  /** A step's controls sit in each request's row, without ids of their own: its errors are listed unlinked. */
  protected override fieldId(): undefined {
    return undefined;
  }

  /** One workflow step, from the controls in the request's row. */
  private async step(v: VisitRow, status: VisitStatus, row: HTMLElement) {
    const value = (name: string) => row.querySelector<HTMLInputElement>(`[name=${name}]`)?.value ?? '';
    const body: Record<string, unknown> = { status };
    if (status === 'da-phan-cong') body.team = value('team');
    if (status === 'da-hen') body.scheduledAt = fromLocalInput(value('at'));
    if (value('note')) body.note = value('note');
    await this.run(async () => {
      await api(`${this.base()}/home-visits/${v.id}`, { method: 'POST', body });
      await this.load();
      if (this.dayList) await this.loadDay();
      this.notice = `${v.receiptCode}: ${pick(VISIT_STATUS_LABELS[status])}.`;
    });
  }

  private async loadDay() {
    const r = await api<TeamDay>(`${this.base()}/support-points/${this.dayTeam}/visits?date=${this.day}`);
    this.dayList = r.visits;
  }

  override render() {
    return html`<div class="no-print"><h2>${t('support.title')}</h2>
      ${this.renderOutcome()}
      ${this.renderVisits()}</div>
      ${this.renderDay()}
      <div class="no-print">${this.renderPoints()} ${this.renderMap()}</div>`;
  }

  private renderMap() {
    return html`<h3>${t('map.title')}</h3>
      <p class="muted">${t('map.intro')}</p>
      <form @submit=${(e: Event) => {
        e.preventDefault();
        void this.saveMap(e.target as HTMLFormElement);
      }}>
        <label for="tiles">${t('map.tiles')}</label>
        <input id="tiles" name="tiles" type="url" .value=${this.map?.tiles ?? ''} placeholder="https://tile.openstreetmap.org/{z}/{x}/{y}.png" />
        <label for="attribution">${t('map.attribution')}</label>
        <input id="attribution" name="attribution" .value=${this.map?.attribution ?? ''} />
        <div class="row"><button class="primary" type="submit">${t('map.save')}</button></div>
      </form>`;
  }

  private renderVisits() {
    const teams = this.points.filter((p) => p.kind === 'to-cong-nghe-so');
    return html`<h3>${t('support.visits', { n: this.visits.length })}</h3>
      <div class="scroll"><table>
        ${tableHead([t('support.code'), t('support.applicant'), t('support.need'), t('support.status'), t('support.handle')])}
        <tbody>${this.visits.map((v) => {
          const closed = v.status === 'da-xong' || v.status === 'khong-ho-tro-duoc';
          return html`<tr>
            <td>${v.receiptCode}</td>
            <td>${v.name}<br />${v.phone}<br /><span class="content">${v.address}</span></td>
            <td>${pick(SERVICE_LABELS[v.need])}<br /><span class="muted">${v.preferredTime}</span>
              ${v.details ? html`<p class="content">${v.details}</p>` : nothing}</td>
            <td class="status">${pick(VISIT_STATUS_LABELS[v.status])}${v.teamName ? html`<br />${v.teamName}` : nothing}
              ${v.scheduledAt ? html`<br />${dateTime(v.scheduledAt)}` : nothing}${v.note ? html`<p class="content">${v.note}</p>` : nothing}</td>
            <td>${
              closed
                ? nothing
                : html`<div class="actions">
              <label>${t('support.team')} <select name="team">${teams.map((t) => html`<option value=${t.id} ?selected=${t.id === v.team}>${t.name}</option>`)}</select></label>
              <button type="button" @click=${(e: Event) => this.step(v, 'da-phan-cong', (e.target as HTMLElement).closest('td') as HTMLElement)}>${t('support.assign')}</button>
              ${
                v.status === 'moi'
                  ? nothing
                  : html`<label>${t('support.at')} <input name="at" type="datetime-local" /></label>
                <button type="button" @click=${(e: Event) => this.step(v, 'da-hen', (e.target as HTMLElement).closest('td') as HTMLElement)}>${t('support.schedule')}</button>`
              }
              <label>${t('support.note')} <input name="note" type="text" /></label>
              ${v.status === 'da-hen' ? html`<button type="button" @click=${(e: Event) => this.step(v, 'da-xong', (e.target as HTMLElement).closest('td') as HTMLElement)}>${t('support.done')}</button>` : nothing}
              <button type="button" @click=${(e: Event) => this.step(v, 'khong-ho-tro-duoc', (e.target as HTMLElement).closest('td') as HTMLElement)}>${t('support.couldNot')}</button>
            </div>`
            }</td>
          </tr>`;
        })}</tbody>
      </table></div>`;
  }

  private renderDay() {
    const team = this.points.find((p) => p.id === this.dayTeam)?.name ?? '';
    return html`<h3 class="no-print">${t('support.dayTitle')}</h3>
      <div class="row no-print">
        <div><label for="day-team">${t('support.dayTeam')}</label>
          <select id="day-team" @change=${(e: Event) => (this.dayTeam = (e.target as HTMLSelectElement).value)}>
          ${this.points.map((p) => html`<option value=${p.id} ?selected=${p.id === this.dayTeam}>${p.name}</option>`)}</select></div>
        <div><label for="day-date">${t('support.dayDate')}</label>
          <input id="day-date" type="date" .value=${this.day} @change=${(e: Event) => (this.day = (e.target as HTMLInputElement).value)} /></div>
        <button type="button" @click=${() => this.run(() => this.loadDay())}>${t('support.showDay')}</button>
        ${this.dayList ? html`<button type="button" @click=${() => window.print()}>${t('support.print')}</button>` : nothing}
      </div>
      ${
        this.dayList
          ? html`<section class="print-sheet" aria-labelledby="day-sheet-title">
        <h3 id="day-sheet-title">${team} · ${this.day}</h3>
        <table>
        ${tableHead([t('support.time'), t('support.person'), t('support.address'), t('support.task')])}
        <tbody>${this.dayList.map(
          (v) => html`<tr><td>${v.scheduledAt ? clock(v.scheduledAt) : ''}</td><td>${v.name}<br />${v.phone}</td>
          <td class="content">${v.address}</td><td>${pick(SERVICE_LABELS[v.need])}${v.details ? html`<p class="content">${v.details}</p>` : nothing}</td></tr>`,
        )}</tbody>
      </table>${this.dayList.length ? nothing : html`<p>${t('support.noDay')}</p>`}</section>`
          : nothing
      }`;
  }

  private renderPoints() {
    return html`<h3>${t('support.points', { n: this.points.length })}</h3>
      <div class="row">
        <label>${t('support.import')}
          <input type="file" accept=".xlsx,.csv" @change=${(e: Event) => this.importPoints(e.target as HTMLInputElement)} /></label>
        <a href="/api/v1/admin/support-points-template.xlsx">${t('support.template')}</a>
      </div>
      <div class="scroll"><table>
        ${tableHead([t('support.name'), t('support.kind'), t('support.address'), t('support.services'), t('support.phone'), t('hours.weekly')])}
        <tbody>${this.points.map(
          (p) => html`<tr><td>${p.name}</td><td>${pick(KIND_LABELS[p.kind])}</td><td>${p.address}</td>
          <td>${p.services.map((s) => pick(SERVICE_LABELS[s])).join(', ')}</td><td>${p.phone}</td>
          <td><button type="button" aria-label="${t('hours.edit')}: ${p.name}" @click=${() => {
            this.editing = p.id;
          }}>${t('hours.edit')}</button></td></tr>`,
        )}</tbody>
      </table></div>
      ${
        this.editing
          ? html`<motcua-admin-hours .unit=${this.unit} .point=${this.points.find((p) => p.id === this.editing)}
            @saved=${() => this.run(() => this.load())} @close=${() => {
              this.editing = '';
            }}></motcua-admin-hours>`
          : nothing
      }`;
  }
}
