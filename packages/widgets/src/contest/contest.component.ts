/**
 * <motcua-contest>: the ward's online contest on administrative reform (cuộc thi trực tuyến tìm hiểu
 * CCHC). The citizen reads the rules, registers with consent, answers the questions drawn for them
 * against the server's deadline, reviews, adds a prediction and an idea, and submits; the result shows
 * the score, the time taken and the right answers. A reload, a dropped connection or a closed tab
 * resumes the attempt (attempt.ts keeps it in IndexedDB), and the submission goes through the page
 * outbox, so it is sent exactly once, later if the connection is down. Three parts load on demand: the
 * registration (registration.ts), fetched beside the contest's description it shows; the result view
 * (result.ts), fetched when an attempt starts; the ward picker of a province's site (ward-picker.ts), on
 * such a site only. What an attempt under way needs (questions, review, the outbox) is in this file.
 * This module keeps the flow (loading, resuming, starting, the countdown, submitting through the outbox);
 * the views are registration.ts, question.ts, review.ts and result.ts, each a function of the element's
 * state (host.ts).
 */
import type { OutboxEvent } from '@motcua/core/outbox';
import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { type LocaleTable, MotcuaElement } from '../shared/motcua-element.js';
import { errorSummary } from '../shared/error-summary.js';
import { errorSummaryStyles } from '../shared/error-summary.styles.js';
import { pageOutbox, serverMessage } from '../shared/outbox.js';
import { uuid } from '../shared/uuid.js';
import { hostStyles } from '../shared/tokens.styles.js';
import { visuallyHidden } from '../shared/visually-hidden.styles.js';
import {
  type ContestInfo,
  loadState,
  milestoneCrossed,
  type Registration,
  type Result,
  type SavedAttempt,
  saveState,
  timeLeft,
  type Ward,
} from './attempt.js';
import { styles } from './contest.styles.js';
import type { ContestHost, FieldErrors, View } from './host.js';
import { vi } from './locales/vi.js';
import { renderQuestion } from './question.js';
import { renderReview } from './review.js';

const EMPTY: Registration = {
  fullName: '',
  birthYear: '',
  phone: '',
  place: '',
  workplace: '',
  idNumber: '',
  ward: '',
};

/**
 * An online contest: registration, a timed attempt that survives reloads, and the result.
 *
 * @summary Take part in the ward's online contest on administrative reform.
 *
 * @attr contest - The contest's code at the collector, e.g. `tim-hieu-cchc-2026`.
 * @attr province - On a province's own site, instead of `unit`: the province's code (e.g. `48`). The
 *   registration then asks which xã or phường the participant lives in, and the attempt counts there.
 *
 * @event motcua-contest-submitted - The attempt was handed to the outbox; detail `{ id, status }`.
 *
 * @csspart question - The current question.
 * @csspart timer - The countdown.
 * @cssproperty --motcua-contest-gap - Space between parts (default 1em).
 */
export class ContestElement extends MotcuaElement implements ContestHost {
  static override locales: LocaleTable = { vi, en: () => import('./locales/en.js').then((m) => m.en) };
  static override styles = [hostStyles, visuallyHidden, errorSummaryStyles, styles];

  static override properties: PropertyDeclarations = {
    contest: {},
    province: {},
    view: { state: true },
    wards: { state: true },
    info: { state: true },
    reg: { state: true },
    consent: { state: true },
    errors: { state: true },
    attempt: { state: true },
    current: { state: true },
    remaining: { state: true },
    announcement: { state: true },
    problem: { state: true },
    busy: { state: true },
  };
  contest = '';
  province = '';
  // The state the views read and set (ContestHost): internal, not API, though TypeScript must see it.
  /** @internal */ view: View = 'loading';
  /** @internal */ info: ContestInfo | undefined;
  /** @internal */ wards: Ward[] | undefined;
  /** @internal */ reg: Registration = { ...EMPTY };
  /** @internal */ consent = false;
  /** @internal */ errors: FieldErrors = {};
  /** @internal */ attempt: SavedAttempt | undefined;
  /** @internal */ current = 0;
  /** @internal */ remaining = 0;
  /** @internal */ busy = false;
  private announcement = '';
  private problem = '';

  private timer?: ReturnType<typeof setInterval>;
  private unsubscribe?: () => void;
  /** The result view, fetched when an attempt starts so it is here at the end (see renderNeeds). */
  private result = this.loadsOnDemand(() =>
    this.loadResult().then((m) => ({
      ...m,
      view: m.createResult(
        {
          t: (key, values) => this.t(key, values),
          errors: () => this.renderErrors(),
          announce: (text) => (this.announcement = text),
          again: () => void this.again(),
          title: () => this.info?.title,
          base: () => this.apiBase,
          refresh: () => this.requestUpdate(),
        },
        { html, nothing },
      ),
    })),
  );

  /** The ward picker, on a province's site only (see through). */
  private picker = this.loadsOnDemand(() => import('./ward-picker.js'));

  /** The registration form and its checks, fetched with the contest's description (see load). */
  private registration = this.loadsOnDemand(() => import('./registration.js'));

  override connectedCallback(): void {
    super.connectedCallback();
    this.unsubscribe = pageOutbox().subscribe((e) => this.onOutbox(e));
    void this.load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unsubscribe?.();
    clearInterval(this.timer);
  }

  /**
   * The ward the contest is reached through: the element's own, or on a province's site the ward chosen
   * (before a choice, the province's first: a province's contest is the same through every ward).
   */
  private get through(): string {
    return this.unit || this.reg.ward || this.wards?.[0]?.code || '';
  }

  /** Whether the element has what it needs to reach a contest. */
  private get configured(): boolean {
    return !!(this.endpoint && (this.unit || this.province) && this.contest);
  }

  private get apiBase(): string {
    const unit = encodeURIComponent(this.through);
    return `${this.endpoint.replace(/\/+$/, '')}/api/v1/units/${unit}/contests/${encodeURIComponent(this.contest)}`;
  }

  /** Where this contest's state is kept: one per collector, unit and contest. */
  private get scope(): string {
    return `${this.endpoint}|${this.unit || `province:${this.province}`}`;
  }

  /** Keeps the registration and the attempt, as they are now, in IndexedDB. */
  private persist(): Promise<void> {
    return saveState(this.scope, this.contest, { reg: this.reg, ...(this.attempt && { attempt: this.attempt }) });
  }

  // ——— loading and resuming ———

  private async load(): Promise<void> {
    if (!this.configured) return;
    this.view = 'loading';
    const state = await loadState(this.scope, this.contest);
    if (state) this.reg = { ...EMPTY, ...state.reg };
    const saved = state?.attempt;
    try {
      // Fetched beside the description, so the form is here when the round is.
      const registration = saved ? undefined : this.registration.get();
      registration?.catch(() => undefined); // awaited below, unless the description fails first
      if (!this.unit) this.wards = await (await this.picker.get()).loadWards(this.endpoint, this.province);
      const res = await fetch(this.apiBase, { headers: { accept: 'application/json' } });
      if (!res.ok) throw new Error(String(res.status));
      this.info = (await res.json()) as ContestInfo;
      await registration;
    } catch {
      // Offline: an attempt under way goes on without the contest's description.
      if (!saved) {
        this.view = 'error';
        return;
      }
    }
    if (saved && (saved.submitted || !this.info?.round || saved.roundId === this.info.round.id)) {
      await this.resume(saved);
      return;
    }
    this.view = this.info?.round ? 'register' : 'closed';
  }

  private async resume(saved: SavedAttempt): Promise<void> {
    this.attempt = saved;
    if (saved.result) {
      this.view = 'result';
      return;
    }
    if (saved.submitted) {
      const record = await pageOutbox().result(saved.id);
      if (record?.ok) await this.finish(record.response as Result);
      else this.view = 'queued';
      return;
    }
    this.view = 'attempt';
    this.startTimer();
    this.result.get().catch(() => undefined);
  }

  /** The result module; a subclass may load it otherwise (a test, a story of the offline state). */
  protected loadResult(): Promise<typeof import('./result.js')> {
    return import('./result.js');
  }

  /** The result view waits for its module, so `updateComplete` means the result is on screen. */
  protected override renderNeeds() {
    return [
      ...super.renderNeeds(),
      this.view === 'result' ? this.result : undefined,
      this.view === 'register' ? this.registration : undefined,
    ];
  }

  // ——— registration ———

  /** @internal */
  setReg(field: keyof Registration, value: string): void {
    this.reg = { ...this.reg, [field]: value };
    const { [field]: _, ...rest } = this.errors;
    this.errors = rest;
    void this.persist();
  }

  /** @internal */
  async start(event: Event): Promise<void> {
    event.preventDefault();
    if (this.busy) return;
    this.problem = '';
    const registration = await this.registration.get();
    this.errors = registration.checkRegistration(this);
    if (Object.keys(this.errors).length) {
      await this.moveFocus('.summary');
      return;
    }
    this.busy = true;
    const id = uuid();
    try {
      const res = await fetch(`${this.apiBase}/attempts`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(registration.startBody(this, id)),
      });
      const data = await res.json().catch(() => null);
      if (!res.ok) {
        this.problem = serverMessage(data, this.resolvedLang) ?? this.t('errorUnknown');
      } else {
        const started = data as {
          id: string;
          token: string;
          roundId: string;
          deadline: string;
          now: string;
          questions: SavedAttempt['questions'];
        };
        const attempt: SavedAttempt = {
          id: started.id,
          token: started.token,
          roundId: started.roundId,
          questions: started.questions,
          deadline: Date.parse(started.deadline),
          clockOffset: Date.parse(started.now) - Date.now(),
          answers: {},
          prediction: '',
          idea: '',
          submitted: false,
        };
        this.attempt = attempt;
        await this.persist();
        this.current = 0;
        await this.resume(attempt);
        await this.moveFocus('[part="question"] legend');
      }
    } catch {
      this.problem = this.t('startOffline');
    }
    this.busy = false;
    if (this.problem) await this.moveFocus('.summary');
  }

  // ——— the attempt ———

  private startTimer(): void {
    clearInterval(this.timer);
    const tick = () => {
      if (!this.attempt) return;
      const before = this.remaining || Number.POSITIVE_INFINITY;
      this.remaining = timeLeft(this.attempt);
      const crossed = milestoneCrossed(before, this.remaining);
      if (crossed) this.announcement = this.t('timeAnnounce', { minutes: crossed });
      if (this.remaining === 0) {
        clearInterval(this.timer);
        this.announcement = this.t('timeUp');
        void this.submit();
      }
    };
    this.remaining = 0;
    tick();
    this.timer = setInterval(tick, 1000);
  }

  /** Changes the attempt under way (an answer, the prediction, the idea) and keeps it. */
  /** @internal */
  change(change: Partial<SavedAttempt>): void {
    if (!this.attempt || this.attempt.submitted) return;
    this.attempt = { ...this.attempt, ...change };
    void this.persist();
  }

  /** @internal */
  choose(questionId: string, optionId: string, multiple: boolean, checked: boolean): void {
    const chosen = this.attempt?.answers[questionId] ?? [];
    const next = multiple ? (checked ? [...chosen, optionId] : chosen.filter((o) => o !== optionId)) : [optionId];
    this.change({ answers: { ...this.attempt?.answers, [questionId]: next } });
  }

  /** @internal */
  goTo(index: number): void {
    this.current = index;
    this.view = 'attempt';
    void this.moveFocus('[part="question"] legend');
  }
  /** @internal */
  openReview(): void {
    this.view = 'review';
    void this.moveFocus('#review-title');
  }

  /** @internal */
  async submit(event?: Event): Promise<void> {
    event?.preventDefault();
    const a = this.attempt;
    if (!a || a.submitted) return;
    const timeUp = timeLeft(a) === 0;
    if (!timeUp) {
      if (a.prediction.trim() && !/^\d{1,7}$/.test(a.prediction.trim())) {
        this.errors = { prediction: this.t('predictionInvalid') };
        await this.moveFocus('.summary');
        return;
      }
    }
    clearInterval(this.timer);
    this.attempt = { ...a, submitted: true };
    await this.persist();
    const prediction = /^\d{1,7}$/.test(a.prediction.trim()) ? Number(a.prediction.trim()) : undefined;
    const body = {
      token: a.token,
      answers: a.answers,
      ...(prediction !== undefined && { prediction }),
      ...(a.idea.trim() && { idea: a.idea.trim() }),
    };
    this.busy = true;
    let result: Awaited<ReturnType<ReturnType<typeof pageOutbox>['send']>>;
    try {
      result = await pageOutbox().send({
        id: a.id,
        url: `${this.apiBase}/attempts/${a.id}/submission`,
        body,
        kind: 'contest',
      });
    } catch {
      result = { status: 'queued', reason: 'offline' } as unknown as typeof result;
    }
    this.busy = false;
    this.emit('motcua-contest-submitted', { id: a.id, status: result.status });
    if (result.status === 'sent') await this.finish(result.response as Result);
    else if (result.status === 'rejected') this.reject(result.response);
    else this.view = 'queued';
    await this.moveFocus('.done, .summary');
  }

  private onOutbox(event: OutboxEvent): void {
    if (event.kind !== 'contest' || event.id !== this.attempt?.id) return;
    if (event.type === 'sent') void this.finish(event.response as Result);
    if (event.type === 'rejected') this.reject(event.response);
  }

  private reject(response: unknown): void {
    this.problem = this.t('rejected', {
      message: serverMessage(response, this.resolvedLang) ?? this.t('errorUnknown'),
    });
    this.view = 'result';
  }

  private async finish(result: Result): Promise<void> {
    if (!this.attempt) return;
    this.attempt = { ...this.attempt, submitted: true, result };
    await this.persist();
    this.view = 'result';
  }

  /** A new attempt: the registration stays, the finished attempt goes. */
  private async again(): Promise<void> {
    this.attempt = undefined;
    await this.persist();
    this.problem = '';
    this.consent = false;
    await this.load();
  }

  // ——— rendering ———

  override render() {
    if (!this.configured) return html`<p class="error" role="alert">${this.t('notConfigured')}</p>`;
    return html`${this.info ? html`<h2 class="title">${this.info.title}</h2>` : nothing}
      <p class="visually-hidden" role="status">${this.announcement}</p>
      ${this.renderView()}`;
  }

  private renderView(): TemplateResult | typeof nothing {
    switch (this.view) {
      case 'loading':
        return html`<p role="status" class="muted">${this.t('loading')}</p>`;
      case 'error':
        return html`<p class="error" role="alert">${this.t('loadError')}</p>
          <button type="button" @click=${() => this.load()}>${this.t('retry')}</button>`;
      case 'closed':
        return html`${this.renderRules()}<p class="notice">${this.t('closed')}</p>`;
      case 'register':
        return this.registration.value?.renderRegistration(this, { html, nothing }) ?? nothing;
      case 'attempt':
        return renderQuestion(this);
      case 'review':
        return renderReview(this);
      case 'queued':
        return html`<section class="done" tabindex="-1"><p role="status" class="notice">${this.t('queued')}</p></section>`;
      case 'result':
        return this.renderResult();
    }
  }

  /** @internal */
  renderWardPicker(): TemplateResult | typeof nothing {
    return this.picker.value?.renderWardPicker(this, { html, nothing }) ?? nothing;
  }

  /** @internal */
  renderRules(): TemplateResult | typeof nothing {
    return this.info?.rules
      ? html`<details class="rules"><summary>${this.t('rules')}</summary>
          ${this.info.rules.split('\n').map((line) => html`<p>${line}</p>`)}</details>`
      : nothing;
  }

  /** @internal */
  renderErrors(): TemplateResult | typeof nothing {
    // The fields' errors, each linked to its field, and a problem of the whole form (the server's) unlinked.
    return errorSummary(this.t('errorSummary'), { ...this.errors, ...(this.problem && { form: this.problem }) });
  }

  private renderResult(): TemplateResult {
    return (
      this.result.value?.view.render(this.attempt) ??
      html`<section class="done" tabindex="-1">${this.renderErrors()}
        <p role="status" class="notice">${this.t('resultUnavailable')}</p></section>`
    );
  }
}
