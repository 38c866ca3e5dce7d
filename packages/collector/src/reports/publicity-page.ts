/**
 * The publicity report as a printable A4 page, laid out as Vietnamese administrative reports are: the
 * issuing body and the national motto side by side, the title and period, the figures section by
 * section, charts (Chart.js, drawn by /admin/report-charts.js, the only page that loads it) from the
 * figures embedded as JSON, and the recipients and signature block. Every text goes through hono/html's
 * escaping; the page runs no inline script (strict CSP) and prints with /admin/report.css.
 */
import { html, raw } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import { type Lang, PUBLICITY_LABELS } from './publicity-labels.js';
import { type PublicityReport, publicityTables, type Table } from './publicity-report.js';

export const REPORT_PAGE_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** What the chart script reads: labels and series, already in the page's language. */
export interface ChartData {
  trend: { title: string; labels: string[]; rate: number[]; label: string };
  reach: { title: string; labels: string[]; impressions: number[]; clicks: number[]; names: [string, string] };
  wards?: { title: string; labels: string[]; rate: number[]; label: string };
}

/** "Thành phố Đà Nẵng" → "Đà Nẵng", the place name a report is dated at. */
const placeOf = (province: string | null) => (province ?? '').replace(/^(Thành phố|Tỉnh)\s+/, '');

/** Up to this many wards, the chart shows them all; beyond, the best and the worst ENDS of them. */
const WARD_BARS = 20;
const ENDS = 10;

/** The wards the chart shows, best first, and its title. */
function chartedWards(r: PublicityReport, lang: Lang) {
  const L = PUBLICITY_LABELS[lang];
  const ranked = [...r.wards].sort((a, b) => b.ratings.satisfiedRate - a.ratings.satisfiedRate);
  return ranked.length <= WARD_BARS
    ? { wards: ranked, title: L.chartWards }
    : { wards: [...ranked.slice(0, ENDS), ...ranked.slice(-ENDS)], title: L.chartWardsEnds(ENDS) };
}

function chartData(r: PublicityReport, lang: Lang): ChartData {
  const L = PUBLICITY_LABELS[lang];
  const top = r.campaigns.slice(0, 10);
  const charted = chartedWards(r, lang);
  return {
    trend: {
      title: L.chartTrend,
      labels: r.trend.map((m) => m.month),
      rate: r.trend.map((m) => Math.round(m.satisfiedRate * 1000) / 10),
      label: `${L.cols.satisfiedRate} (%)`,
    },
    reach: {
      title: L.chartReach,
      labels: top.map((c) => c.title),
      impressions: top.map((c) => c.impressions),
      clicks: top.map((c) => c.clicks),
      names: [L.cols.impressions, L.cols.clicks],
    },
    ...(r.scope === 'province' && {
      wards: {
        title: charted.title,
        labels: charted.wards.map((w) => w.name),
        rate: charted.wards.map((w) => Math.round(w.ratings.satisfiedRate * 1000) / 10),
        label: `${L.cols.satisfiedRate} (%)`,
      },
    }),
  };
}

function table(t: Table) {
  return html`<table>
    <thead><tr>${t.header.map((h) => html`<th scope="col">${h}</th>`)}</tr></thead>
    <tbody>${t.rows.map(
      (row) => html`<tr>${row.map((v, i) => (i === 0 ? html`<th scope="row">${v}</th>` : html`<td>${v}</td>`))}</tr>`,
    )}</tbody>
  </table>`;
}

const chart = (id: string, label: string) =>
  html`<figure class="chart"><div class="canvas"><canvas id="${id}" role="img" aria-label="${label}"></canvas></div>
    <figcaption>${label}</figcaption></figure>`;

export function publicityPage(r: PublicityReport, lang: Lang = 'vi'): HtmlEscapedString | Promise<HtmlEscapedString> {
  const L = PUBLICITY_LABELS[lang];
  const tables = Object.fromEntries(publicityTables(r, lang).map((t) => [t.key, t]));
  const section = (key: string, extra: unknown = '') => {
    const t = tables[key];
    return t ? html`<section><h2>${t.title}</h2>${table(t)}${extra}</section>` : '';
  };
  const upper = (s: string) => s.toLocaleUpperCase('vi');
  const period = L.period(r.period.period, r.period.year, r.period.index);
  // JSON inside a data block: "<" escaped so no text can close the script element.
  const data = JSON.stringify(chartData(r, lang)).replace(/</g, '\\u003c');
  return html`<!doctype html>
<html lang="${lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${L.title} — ${r.name} — ${period}</title>
  <link rel="stylesheet" href="/admin/report.css">
  <script type="module" src="/admin/report-charts.js"></script>
</head>
<body>
<main class="sheet">
  <header class="heading">
    <div class="issuer">
      ${r.scope === 'unit' && r.province ? html`<p>${upper(`UBND ${r.province}`)}</p>` : ''}
      <p><strong>${upper(r.name)}</strong></p>
      <p>${L.number}</p>
    </div>
    <div class="nation">
      <p><strong>${L.nation}</strong></p>
      <p><strong class="motto">${L.motto}</strong></p>
      <p><em>${L.dated(placeOf(r.province))}</em></p>
    </div>
  </header>
  <h1>${L.heading}<span>${L.title}</span><span>${period}</span></h1>
  <p class="range">${L.range(r.period.from, r.period.to)}</p>
  ${section('satisfaction')}
  ${section('trend', chart('chart-trend', L.chartTrend))}
  ${section('feedback', html`<p class="note">${L.feedbackDeadline(r.feedbackAnswerDays)}</p>`)}
  ${section('dossiers')}
  ${section('campaigns', r.campaigns.length ? chart('chart-reach', L.chartReach) : '')}
  ${section('contests')}
  ${section('support')}
  ${section('supportTeams')}
  ${section('supportNeeds')}
  ${section('supportHours')}
  ${section('online')}
  ${r.scope === 'province' ? section('wards', chart('chart-wards', chartedWards(r, lang).title)) : ''}
  <footer class="signatures">
    <div class="recipients">
      <p><strong><em>${L.recipients}</em></strong></p>
      ${L.recipientList.map((line) => html`<p>${line}</p>`)}
    </div>
    <div class="sign">
      <p><strong>${L.signFor}</strong></p>
      <p><strong>${L.signer}</strong></p>
      <p><em>${L.signNote}</em></p>
    </div>
  </footer>
  <p class="no-print"><button type="button" id="print">${L.print}</button></p>
</main>
<script type="application/json" id="report-data">${raw(data)}</script>
</body>
</html>`;
}
