/**
 * The feedback box once a submission has left the form: the receipt code, large, to copy or keep as
 * a plain-text file (a `data:` link, so it works offline and under a strict CSP), or the notice that
 * the submission waits on this device and leaves once the network is back.
 */
import { html, type TemplateResult } from 'lit';
import type { Translate } from './fields.js';

/** What the receipt view is given by its element. */
export interface ReceiptHost {
  t: Translate;
  lang: 'vi' | 'en';
  receiptCode: string;
  /** The status line under the actions ("copied"). */
  notice: string;
  copy(): void;
  /** Starts another submission. */
  another(): void;
}

/** A plain-text receipt the citizen can keep (download). */
function receiptHref({ t, lang, receiptCode }: ReceiptHost): string {
  const text = `${t('sentTitle')}\n${t('receipt')}: ${receiptCode}\n${new Date().toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-GB')}\n`;
  return `data:text/plain;charset=utf-8,${encodeURIComponent(text)}`;
}

/** The acknowledged submission: its receipt code read out character by character to screen readers. */
export function sentView(host: ReceiptHost): TemplateResult {
  const { t, receiptCode } = host;
  return html`<section class="panel" tabindex="-1" aria-labelledby="sent-title">
    <h2 id="sent-title">${t('sentTitle')}</h2>
    <p>${t('sentText')}</p>
    <p class="receipt" part="receipt" aria-label="${t('receipt')}: ${receiptCode.split('').join(' ')}">${receiptCode}</p>
    <div class="actions">
      <button type="button" @click=${() => host.copy()}>${t('copy')}</button>
      <a href=${receiptHref(host)} download="bien-nhan-${receiptCode}.txt">${t('print')}</a>
      <button type="button" @click=${() => host.another()}>${t('another')}</button>
    </div>
    <p role="status">${host.notice}</p>
  </section>`;
}

/** The submission waiting in the outbox; the receipt replaces it once the collector acknowledges. */
export function queuedView(t: Translate): TemplateResult {
  return html`<section class="panel waiting" tabindex="-1" role="status" aria-labelledby="queued-title">
    <h2 id="queued-title">${t('queuedTitle')}</h2>
    <p>${t('queuedText')}</p>
  </section>`;
}
