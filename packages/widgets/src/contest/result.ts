/**
 * The contest's result view: the score, the time taken, each question with the right answer, and the
 * buttons to share the contest or try again. A module of its own in the CDN build, without Lit at run
 * time (the element hands it `html` and `nothing`): every citizen who starts an attempt needs it only at
 * the end, so the element fetches it when the attempt starts (online, since starting needs the
 * network) and the browser keeps it for later visits. Its strings (vi, en) come with it and join the
 * element's lookup (`t`) once loaded.
 */
import type { nothing as litNothing, TemplateResult } from 'lit';
import type { PartLit } from '../shared/on-demand.js';
import type { SavedAttempt } from './attempt.js';
import { en } from './locales/result.en.js';
import { vi } from './locales/result.vi.js';

/** This view's strings, added to the element's when the module loads. */
export const strings = { vi, en };

/** What the view is given by its element. */
export interface ResultHost {
  /** The element's string lookup, this module's strings included. */
  t(key: string, values?: Record<string, string | number>): string;
  /** The element's error summary (a rejected submission says why there). */
  errors(): TemplateResult | typeof litNothing;
  /** Says `text` to screen readers through the element's live region. */
  announce(text: string): void;
  /** Starts a new attempt: the registration stays, the finished attempt goes. */
  again(): void;
  /** The contest's title, for the share sheet. */
  title(): string | undefined;
  /** The contest's API address (…/contests/{slug}). */
  base(): string;
  /** Renders the element again (a standing arrived). */
  refresh(): void;
}

/** The participant's place once the round's results are published (POST …/attempts/{id}/standing). */
type Standing = { published: false } | { published: true; rank: number | null; participants: number };

export interface ResultView {
  render(attempt: SavedAttempt | undefined): TemplateResult;
}

export function createResult(host: ResultHost, { html, nothing }: PartLit): ResultView {
  const t = host.t;
  // Asked once per attempt shown (each visit), with the attempt's token: only its participant learns it.
  const standings = new Map<string, Standing | undefined>();
  const standingOf = (a: SavedAttempt): Standing | undefined => {
    if (!standings.has(a.id)) {
      standings.set(a.id, undefined);
      fetch(`${host.base()}/attempts/${a.id}/standing`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ token: a.token }),
      })
        .then((r) => (r.ok ? (r.json() as Promise<Standing>) : undefined))
        .then((s) => {
          standings.set(a.id, s);
          if (s?.published) host.refresh();
        })
        .catch(() => undefined); // offline: the pending note stays
    }
    return standings.get(a.id);
  };
  const share = async (): Promise<void> => {
    const url = location.href.split('#')[0] as string;
    try {
      if (navigator.share) await navigator.share({ title: host.title() ?? document.title, url });
      else {
        await navigator.clipboard.writeText(url);
        host.announce(t('shared'));
      }
    } catch {
      /* the citizen closed the share sheet */
    }
  };
  const rank = (a: SavedAttempt) => {
    const s = standingOf(a);
    return s?.published && s.rank
      ? html`<p class="big">${t('rank', { rank: s.rank, participants: s.participants })}</p>`
      : html`<p class="muted">${t('rankPending')}</p>`;
  };
  return {
    render(a) {
      const r = a?.result;
      const seconds = r ? Math.round(r.tookMs / 1000) : 0;
      return html`<section class="done" tabindex="-1" aria-labelledby="result-title">
        <h3 id="result-title">${t('resultTitle')}</h3>
        ${host.errors()}
        ${
          r
            ? html`<p class="big">${t('score', { correct: r.correct, total: r.total })}</p>
              <p>${t('took', { time: t('minutesSeconds', { m: Math.floor(seconds / 60), s: seconds % 60 }) })}</p>
              ${r.late ? html`<p class="notice">${t('lateNote')}</p>` : rank(a)}
              <ol class="answers">
                ${a?.questions.map((q) => {
                  const right = r.key[q.id] ?? [];
                  const mine = a.answers[q.id] ?? [];
                  const ok = right.length === mine.length && right.every((o) => mine.includes(o));
                  const text = q.options
                    .filter((o) => right.includes(o.id))
                    .map((o) => o.text)
                    .join('; ');
                  return html`<li><p>${q.text}</p><p class=${ok ? 'ok' : 'wrong'}>${ok ? t('yourAnswerRight') : t('yourAnswerWrong')}
                    ${t('rightAnswer', { answer: text })}</p></li>`;
                })}
              </ol>`
            : nothing
        }
        <div class="actions">
          <button type="button" class="secondary" @click=${share}>${t('share')}</button>
          <button type="button" @click=${() => host.again()}>${t('again')}</button>
        </div>
      </section>`;
    },
  };
}
