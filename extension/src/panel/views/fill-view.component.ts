/**
 * Filling the portal form: the engine's plan for the selected profile, shown before anything is typed
 * (field → value → why), the fields left empty and why (another person's part, cannot tell whose), a
 * profile per other person on the form (their relatives offered first), "fill anyway" per field, the
 * fill itself, undo, and teaching the fields the engine did not recognise.
 */
import {
  type FieldInfo,
  type FieldPerson,
  type FillPlan,
  type Person,
  type PersonRole,
  planFill,
  type Relation,
  type UnmatchedField,
} from '@motcua/autofill';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { type PageBridge, PROFILE_PATHS } from '../../fill/protocol.js';
import type { ProfileStore, StoredProfile, TaughtRule } from '../../store/profile-store.js';
import { format, PanelView } from '../panel-view.js';

/** Which of the applicant's relatives stand for a role of the form, offered first. */
const RELATION_OF: Partial<Record<PersonRole, Relation>> = {
  father: 'father',
  mother: 'mother',
  wife: 'spouse',
  husband: 'spouse',
  groom: 'spouse',
  bride: 'spouse',
  spouse: 'spouse',
  child: 'child',
  registeredChild: 'child',
};

/** Someone the officer can assign to a person of the form. */
interface Choice {
  id: string;
  label: string;
  person: Person;
}

/** The page as last described: its address (for rule scopes and the log) and its fields. */
interface DescribedPage {
  url: string;
  fields: FieldInfo[];
}

function pageOf(url: string): string {
  try {
    const u = new URL(url);
    return `${u.origin}${u.pathname}`;
  } catch {
    return '';
  }
}

const sameIdentity = (a: Person, b: Person) =>
  a.idNumber && b.idNumber ? a.idNumber === b.idNumber : a.fullName.trim() === b.fullName.trim();

/**
 * @summary Plan, check, fill and undo the portal form.
 * @event motcua-filled - after a confirmed fill; detail `{ profileId, count }`.
 */
export class FillView extends PanelView {
  @property({ attribute: false }) store: ProfileStore | undefined;
  @property({ attribute: false }) bridge: PageBridge | undefined;
  /** The applicant's profile. */
  @property({ attribute: false }) selected: StoredProfile | undefined;
  /** Every saved profile, to assign to the form's other people. */
  @property({ attribute: false }) profiles: StoredProfile[] = [];

  @state() private busy = false;
  @state() private page: DescribedPage | undefined;
  @state() private rules: TaughtRule[] = [];
  /** Person key → choice id. */
  @state() private assigned: Record<string, string> = {};
  @state() private anyway: string[] = [];
  @state() private lastFill: { logId: number } | undefined;
  @state() private teach: Record<string, string> = {};

  protected override focusAfterRender = '';

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('selected') && changed.get('selected')?.id !== this.selected?.id) this.#reset();
  }

  /** Moves focus to the fill button (after a profile is saved, the next step). */
  async focusFill(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#fill')?.focus();
  }

  #reset(): void {
    this.page = undefined;
    this.assigned = {};
    this.anyway = [];
  }

  /** The plan for what the officer chose so far (recomputed on every choice; the page is read once). */
  get plan(): FillPlan | undefined {
    if (!this.page || !this.selected) return undefined;
    const people: Record<string, Person> = {};
    for (const [key, id] of Object.entries(this.assigned)) {
      const choice = this.#choicesFor(key).find((c) => c.id === id);
      if (choice) people[key] = choice.person;
    }
    return planFill(this.page.fields, this.selected.profile, this.rules, {
      url: this.page.url,
      people,
      fillAnyway: this.anyway,
    });
  }

  /** The applicant's relatives first (a saved profile of the same person when there is one), then everyone saved. */
  #choicesFor(key: string): Choice[] {
    const applicant = this.selected;
    if (!applicant) return [];
    const role = key.split('#')[0] as PersonRole;
    const wanted = RELATION_OF[role];
    const relatives = [...(applicant.profile.relatives ?? [])].sort(
      (a, b) => Number(b.relation === wanted) - Number(a.relation === wanted),
    );
    const choices: Choice[] = [];
    const used = new Set<string>();
    relatives.forEach((r, i) => {
      const saved = this.profiles.find((p) => p.id !== applicant.id && sameIdentity(p.profile, r));
      if (saved) used.add(saved.id);
      const label = format(this.t.relativeChoice, { relation: this.t[r.relation], name: r.fullName });
      choices.push(
        saved ? { id: `profile:${saved.id}`, label, person: saved.profile } : { id: `rel:${i}`, label, person: r },
      );
    });
    choices.push({
      id: 'self',
      label: format(this.t.selfChoice, { name: applicant.profile.fullName }),
      person: applicant.profile,
    });
    for (const p of this.profiles)
      if (p.id !== applicant.id && !used.has(p.id))
        choices.push({ id: `profile:${p.id}`, label: p.profile.fullName, person: p.profile });
    return choices;
  }

  async #onPlan(): Promise<void> {
    if (!this.selected) return this.showErrors([{ id: 'fill', text: this.t.fillNoProfile }]);
    if (!this.bridge || !this.store) return this.showErrors([{ id: 'fill', text: this.t.fillNoPage }]);
    this.busy = true;
    try {
      const page = await this.bridge.describe();
      if (page.fields.length === 0) return this.showErrors([{ id: 'fill', text: this.t.fillNoFields }]);
      this.rules = await this.store.listRules();
      if (this.page?.url !== page.url) this.assigned = {};
      this.page = page;
      this.errors = [];
      this.focusAfterRender = '#plan-heading';
    } catch {
      this.showErrors([{ id: 'fill', text: this.t.fillNoPage }]);
    } finally {
      this.busy = false;
    }
  }

  async #onConfirm(): Promise<void> {
    const plan = this.plan;
    if (!plan || !this.page || !this.bridge || !this.store || !this.selected) return;
    this.busy = true;
    try {
      const result = await this.bridge.fill(plan.entries.map((e) => ({ fieldId: e.field.id, value: e.value })));
      const logId = await this.store.logFill({
        at: Date.now(),
        form: pageOf(this.page.url),
        profileId: this.selected.id,
        fieldCount: result.filled.length,
      });
      this.lastFill = { logId };
      this.say(format(this.t.filled, { n: result.filled.length }));
      this.page = undefined;
      this.anyway = [];
      this.emit('motcua-filled', { profileId: this.selected.id, count: result.filled.length });
      this.focusAfterRender = '#undo';
    } catch {
      this.showErrors([{ id: 'fill', text: this.t.fillNoPage }]);
    } finally {
      this.busy = false;
    }
  }

  async #onUndo(): Promise<void> {
    if (!this.lastFill || !this.bridge) return;
    await this.bridge.undo();
    await this.store?.markUndone(this.lastFill.logId);
    this.lastFill = undefined;
    this.say(this.t.undone);
    this.focusAfterRender = '#fill';
  }

  async #onTeach(field: FieldInfo, label: string): Promise<void> {
    const path = this.teach[field.id];
    if (!path || !this.store || !this.page) return;
    await this.store.saveRule({ scope: pageOf(this.page.url) || this.page.url, label, field: path });
    this.say(format(this.t.taught, { label }));
    await this.#onPlan();
  }

  #whose(person: FieldPerson): string {
    const name = this.t.roles[person.role] ?? person.role;
    return person.member ? `${name} ${person.member}` : name;
  }

  /** Why a field is left empty, in the officer's words. */
  #skipReason(u: UnmatchedField): string {
    const p = u.field.person;
    if (u.reason === 'unknown-person') {
      if (!p.evidence) return this.t.skipUnknown;
      // In a part that names no one, or after someone's part.
      return format(p.source === 'section' ? this.t.skipUnknownIn : this.t.skipUnknownAfter, { section: p.evidence });
    }
    if (p.source === 'label')
      return format(this.t.skipOwnLabel, { who: this.#whose(p).toLocaleLowerCase(this.lang), label: p.evidence });
    const section = p.source === 'section' ? p.evidence : u.field.section;
    return format(this.t.skipSection, { section: section || this.#whose(p) });
  }

  override render() {
    const t = this.t;
    const plan = this.plan;
    return html`
      <section aria-labelledby="fill-heading" part="fill">
        <h2 id="fill-heading" tabindex="-1">${t.fillHeading}</h2>
        ${this.renderErrors()} ${this.error('fill')}
        <div class="actions">
          <button type="button" class="primary" id="fill" ?disabled=${this.busy} @click=${this.#onPlan}>
            ${t.fill}
          </button>
          ${this.lastFill ? html`<button type="button" id="undo" @click=${this.#onUndo}>${t.undo}</button>` : nothing}
        </div>
        ${plan ? this.#renderPlan(plan) : nothing}
      </section>
    `;
  }

  #renderPlan(plan: FillPlan) {
    const t = this.t;
    const skipped = plan.unmatched.filter((u) => u.reason === 'other-person' || u.reason === 'unknown-person');
    // What the engine did not recognise, or recognised without a value in the profile: the officer may teach it.
    const unknown = plan.unmatched.filter((u) => u.reason === 'unknown' || u.reason === 'no-value');
    return html`
      <h3 id="plan-heading" tabindex="-1">${t.planHeading}</h3>
      <table class="plan" aria-labelledby="plan-heading">
        <thead>
          <tr>
            <th scope="col">${t.planField}</th>
            <th scope="col">${t.planValue}</th>
            <th scope="col">${t.planWhy}</th>
          </tr>
        </thead>
        <tbody>
          ${plan.entries.map(
            (e) => html`<tr>
              <th scope="row">${e.field.label}</th>
              <td>${e.value}</td>
              <td>
                ${e.layer === 'rule' ? t.whyRule : format(t.whyLabel, { label: e.field.label })}
                → ${t.fieldNames[e.path] ?? e.path}${
                  e.from === 'applicant'
                    ? nothing
                    : html` · ${format(t.fromPerson, { who: this.#whose(e.field.person) })}`
                }
              </td>
            </tr>`,
          )}
        </tbody>
      </table>
      <div class="actions">
        <button
          type="button"
          class="primary"
          id="confirm"
          ?disabled=${this.busy || !plan.entries.length}
          @click=${this.#onConfirm}
        >
          ${t.confirmFill}
        </button>
        <button
          type="button"
          @click=${() => {
            this.#reset();
            this.focusAfterRender = '#fill';
          }}
        >
          ${t.cancel}
        </button>
      </div>
      ${plan.people.length ? this.#renderPeople(plan) : nothing} ${skipped.length ? this.#renderSkipped(skipped) : nothing}
      ${unknown.length ? this.#renderTeach(unknown) : nothing}
    `;
  }

  #renderPeople(plan: FillPlan) {
    const t = this.t;
    return html`
      <h3 id="people-heading">${t.peopleHeading}</h3>
      <p class="hint">${t.peopleHint}</p>
      <ul class="people" aria-labelledby="people-heading">
        ${plan.people.map(({ key, person }) => {
          const id = `person-${key.replace(/[^a-zA-Z0-9_-]/g, '_')}`;
          return html`<li>
            <label for=${id}>${this.#whose(person)}${person.evidence ? html` <small>(${person.evidence})</small>` : nothing}</label>
            <select
              id=${id}
              @change=${(e: Event) => {
                this.assigned = { ...this.assigned, [key]: (e.target as HTMLSelectElement).value };
              }}
            >
              <option value="" ?selected=${!this.assigned[key]}>${t.nobody}</option>
              ${this.#choicesFor(key).map(
                (c) => html`<option value=${c.id} ?selected=${this.assigned[key] === c.id}>${c.label}</option>`,
              )}
            </select>
          </li>`;
        })}
      </ul>
    `;
  }

  #renderSkipped(skipped: UnmatchedField[]) {
    const t = this.t;
    return html`
      <h3 id="skipped-heading">${t.skippedHeading}</h3>
      <ul class="skipped" aria-labelledby="skipped-heading">
        ${skipped.map(
          (u) => html`<li>
            <span class="who">${u.field.label || u.field.name || u.field.id}</span>
            <span class="why">${this.#skipReason(u)}</span>
            <button
              type="button"
              aria-label=${format(t.fillAnywayFor, { label: u.field.label || u.field.id })}
              @click=${() => {
                this.anyway = [...this.anyway, u.field.id];
              }}
            >
              ${t.fillAnyway}
            </button>
          </li>`,
        )}
      </ul>
    `;
  }

  #renderTeach(unknown: UnmatchedField[]) {
    const t = this.t;
    return html`
      <h3>${t.unmatchedHeading}</h3>
      <ul class="teach">
        ${unknown.map(({ field }) => {
          const label = field.label || field.name || field.id;
          const id = `teach-${field.id.replace(/[^a-zA-Z0-9_-]/g, '_')}`;
          return html`<li>
            <label for=${id}>${format(t.teachLabel, { label })}</label>
            <select
              id=${id}
              @change=${(e: Event) => {
                this.teach = { ...this.teach, [field.id]: (e.target as HTMLSelectElement).value };
              }}
            >
              <option value="">${t.choose}</option>
              ${PROFILE_PATHS.map((p) => html`<option value=${p}>${t.fieldNames[p] ?? p}</option>`)}
            </select>
            <button type="button" ?disabled=${!this.teach[field.id]} @click=${() => this.#onTeach(field, label)}>
              ${t.teachSave}
            </button>
          </li>`;
        })}
      </ul>
    `;
  }
}
