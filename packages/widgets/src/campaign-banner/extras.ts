/**
 * What only some banners use: the carousel's controls and rotation (`layout="carousel"`) and the share
 * links (`share`). A module of its own in the CDN build, without Lit at run time (the element hands it
 * Lit's `html`): the element loads it before its first render that needs it, so a strip or a
 * card never fetches it and nothing shifts when it arrives. If it cannot load, a carousel shows its
 * campaigns one under another, as a card does, and the share links are left out. Its strings (vi, en)
 * come with it and join the element's lookup (`t`) once loaded.
 */
import type { CampaignItem } from '@motcua/core/campaigns';
import type { TemplateResult } from 'lit';
import type { PartLit } from '../shared/on-demand.js';
import { en } from './locales/extras.en.js';
import { vi } from './locales/extras.vi.js';

/** These parts' strings, added to the element's when the module loads. */
export const strings = { vi, en };

/** The element's state these parts read and set (setting it re-renders). */
export interface ExtrasState {
  shown: CampaignItem[];
  index: number;
  paused: boolean;
  note: string;
  interval: number;
}

/** What these parts are given by their element. */
export interface ExtrasHost {
  /** The element's string lookup, this module's strings included. */
  t(key: keyof typeof vi, values?: Record<string, string | number>): string;
  state(): Readonly<ExtrasState>;
  set(change: Partial<Pick<ExtrasState, 'index' | 'paused' | 'note'>>): void;
}

export interface Extras {
  /** A slide's accessible name: "2 trên 3". */
  label(i: number): string;
  /** Pause or play, previous, next: buttons reachable by keyboard (WCAG 2.2.2). */
  controls(): TemplateResult;
  /** Starts the rotation when `on` (and stops any running), else stops it. */
  rotate(on: boolean): void;
  /** Facebook's share page and the device's share sheet (or a copied link, for Zalo), no third-party script. */
  share(c: CampaignItem): TemplateResult;
}

export function createExtras(host: ExtrasHost, { html }: Pick<PartLit, 'html'>): Extras {
  const t = host.t;
  let rotation: ReturnType<typeof setInterval> | undefined;
  const go = (step: number) => {
    const { shown, index } = host.state();
    if (shown.length) host.set({ index: (index + step + shown.length) % shown.length });
  };
  const zalo = async (c: CampaignItem, url: string) => {
    try {
      if (navigator.share) await navigator.share({ title: c.title, url });
      else {
        await navigator.clipboard.writeText(url);
        host.set({ note: t('copied') });
      }
    } catch {
      // The visitor closed the share sheet.
    }
  };
  return {
    label: (i) => t('slide', { n: i + 1, total: host.state().shown.length }),
    controls: () => html`<div part="controls" class="controls">
      <button type="button" @click=${() => host.set({ paused: !host.state().paused })}>${t(host.state().paused ? 'play' : 'pause')}</button>
      <button type="button" @click=${() => go(-1)}>${t('prev')}</button>
      <button type="button" @click=${() => go(1)}>${t('next')}</button>
    </div>`,
    rotate(on) {
      clearInterval(rotation);
      if (on) rotation = setInterval(() => go(1), Math.max(host.state().interval, 2) * 1000);
    },
    share(c) {
      const link = c.linkUrl ? new URL(c.linkUrl, location.href).href : location.href;
      return html`<p class="share">${t('share')}:
        <a href=${`https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(link)}`} target="_blank" rel="noopener noreferrer">${t('facebook')}</a>
        <button type="button" class="linkish" @click=${() => zalo(c, link)}>${t('zalo')}</button></p>`;
    },
  };
}
