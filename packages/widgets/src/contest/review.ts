/**
 * The review before submitting (xem lại trước khi nộp): which questions still have no answer (each a
 * link back to it), the prediction question that breaks ties, the optional ideas box (sáng kiến) that
 * staff read, and the submit button.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { ContestHost } from './host.js';
import { renderTimer, unansweredCount } from './question.js';

export function renderReview(host: ContestHost): TemplateResult | typeof nothing {
  const t = host.t.bind(host);
  const a = host.attempt;
  if (!a) return nothing;
  const error = host.errors.prediction;
  const left = unansweredCount(host);
  return html`${renderTimer(host)}
      <form novalidate @submit=${(e: Event) => host.submit(e)} aria-labelledby="review-title">
        <h3 id="review-title" tabindex="-1">${t('reviewTitle')}</h3>
        ${host.renderErrors()}
        ${left ? html`<p class="notice">${t('stillUnanswered', { n: left })}</p>` : nothing}
        <ol class="review">
          ${a.questions.map((q, i) => {
            const state = a.answers[q.id]?.length ? t('answeredMark') : t('unanswered');
            return html`<li><button type="button" class="link" @click=${() => host.goTo(i)}>${t('goTo', { n: i + 1, state })}</button></li>`;
          })}
        </ol>
        ${
          host.info?.prediction || a.questions.length
            ? html`<div class="field">
              <label for="f-prediction">${t('prediction')}: ${host.info?.prediction ?? ''}</label>
              <p class="hint" id="prediction-hint">${t('predictionHint')}</p>
              ${error ? html`<p class="error" id="prediction-error">${error}</p>` : nothing}
              <input id="f-prediction" inputmode="numeric" .value=${a.prediction} aria-invalid=${error ? 'true' : 'false'}
                aria-describedby=${error ? 'prediction-hint prediction-error' : 'prediction-hint'}
                @input=${(e: Event) => {
                  host.errors = {};
                  host.change({ prediction: (e.target as HTMLInputElement).value });
                }} />
            </div>`
            : nothing
        }
        ${
          host.info?.ideas !== false
            ? html`<div class="field">
              <label for="f-idea">${t('idea')}</label>
              <p class="hint" id="idea-hint">${t('ideaHint')}</p>
              <textarea id="f-idea" rows="3" maxlength="2000" aria-describedby="idea-hint" .value=${a.idea}
                @input=${(e: Event) => host.change({ idea: (e.target as HTMLTextAreaElement).value })}></textarea>
            </div>`
            : nothing
        }
        <div class="actions"><button type="submit" ?disabled=${host.busy}>${host.busy ? t('sending') : t('submit')}</button></div>
      </form>`;
}
