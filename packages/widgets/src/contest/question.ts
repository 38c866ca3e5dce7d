/**
 * The attempt under way: the visible countdown to the server's deadline, the progress, and one question
 * at a time with its options (one or several to choose), moving back and forth and on to the review.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { clock } from './attempt.js';
import type { ContestHost } from './host.js';

/** The countdown; its text is a timer, never a live region (announcements go out at 5 and 1 minutes). */
export function renderTimer(host: ContestHost): TemplateResult {
  const low = host.remaining <= 60_000;
  return html`<p class="timer ${low ? 'low' : ''}" part="timer">
      <span>${host.t('timer')}:</span> <span role="timer">${clock(host.remaining)}</span></p>`;
}

/** How many questions of the attempt have no answer yet. */
export function unansweredCount(host: ContestHost): number {
  const a = host.attempt;
  return a ? a.questions.filter((q) => !a.answers[q.id]?.length).length : 0;
}

export function renderQuestion(host: ContestHost): TemplateResult | typeof nothing {
  const t = host.t.bind(host);
  const a = host.attempt;
  const current = host.current;
  const q = a?.questions[current];
  if (!a || !q) return nothing;
  const total = a.questions.length;
  const chosen = a.answers[q.id] ?? [];
  const multiple = q.kind === 'multiple';
  return html`${renderTimer(host)}
      <p class="muted">${t('answered', { n: total - unansweredCount(host), total })}</p>
      <progress max=${total} .value=${current + 1} aria-label=${t('progress', { n: current + 1, total })}></progress>
      <fieldset part="question" class="question">
        <legend tabindex="-1"><span class="muted">${t('progress', { n: current + 1, total })}</span><br />${q.text}</legend>
        <p class="hint">${multiple ? t('chooseMany') : t('chooseOne')}</p>
        ${q.options.map(
          (
            o,
          ) => html`<label class="option"><input type=${multiple ? 'checkbox' : 'radio'} name="q-${q.id}" .value=${o.id}
            .checked=${chosen.includes(o.id)} @change=${(e: Event) => host.choose(q.id, o.id, multiple, (e.target as HTMLInputElement).checked)} />
            <span>${o.text}</span></label>`,
        )}
      </fieldset>
      <div class="actions">
        <button type="button" class="secondary" ?disabled=${current === 0} @click=${() => host.goTo(current - 1)}>${t('previous')}</button>
        ${
          current < total - 1
            ? html`<button type="button" @click=${() => host.goTo(current + 1)}>${t('next')}</button>`
            : nothing
        }
        <button type="button" class=${current < total - 1 ? 'secondary' : ''} @click=${() => host.openReview()}>${t('review')}</button>
      </div>`;
}
