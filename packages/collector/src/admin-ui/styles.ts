/** The admin pages' styles, shared by the app and its views (each in its own shadow root). */
import { css } from 'lit';

export const adminStyles = css`
    :host { display: block; max-width: 1200px; margin: 0 auto; padding: 16px; }
    h1 { font-size: 24px; margin: 8px 0 16px; }
    h2 { font-size: 20px; margin: 24px 0 8px; }
    header { display: flex; flex-wrap: wrap; gap: 12px; align-items: center; justify-content: space-between; }
    nav { display: flex; flex-wrap: wrap; gap: 8px; margin: 12px 0; }
    button, select, input, textarea { font: inherit; }
    button { min-height: 40px; padding: 6px 14px; border-radius: 6px; border: 1px solid #5c5c5c; background: #fff; color: #1f1f1f; cursor: pointer; }
    button.primary { background: #a50e0e; border-color: #a50e0e; color: #fff; }
    nav button[aria-current='page'] { background: #1f1f1f; color: #fff; }
    :focus-visible { outline: 3px solid #0b57d0; outline-offset: 2px; }
    label { display: block; font-weight: 600; margin-top: 12px; }
    input, select, textarea { display: block; width: 100%; max-width: 520px; box-sizing: border-box; padding: 8px; border: 1px solid #5c5c5c; border-radius: 6px; background: #fff; }
    textarea { min-height: 120px; max-width: 100%; }
    table { border-collapse: collapse; width: 100%; background: #fff; margin: 8px 0; }
    th, td { border: 1px solid #d0ccc4; padding: 6px 8px; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
    /* On a phone the columns share the screen and their text wraps, rather than the page scrolling sideways. */
    @media (max-width: 600px) { table { table-layout: fixed; } th, td { padding: 4px; } }
    th { background: #efebe4; }
    .error-summary { border: 3px solid #b3261e; padding: 12px 16px; background: #fff; margin: 12px 0; }
    .error { color: #b3261e; font-weight: 600; }
    .panel { background: #fff; border: 1px solid #d0ccc4; border-radius: 8px; padding: 16px; margin: 12px 0; }
    .content { white-space: pre-wrap; overflow-wrap: anywhere; }
    .scroll { overflow-x: auto; max-width: 100%; }
    .actions { display: flex; flex-direction: column; gap: 8px; align-items: flex-start; }
    .actions a, .actions input { min-height: 24px; }
    .row { display: flex; flex-wrap: wrap; gap: 12px; align-items: end; }
    .row > * { flex: 0 1 auto; }
    .status { font-weight: 600; }
    .muted { color: #595959; }
    .bar { fill: #a50e0e; }
    /* The bar scales with its cell, so a table of bars fits a phone. */
    svg.bars { display: block; width: 100%; max-width: 320px; height: 16px; }
    .ok { color: #146c2e; font-weight: 600; }
    /* A sortable column's heading is a button that reads as the heading. */
    th button.sort { min-height: 32px; padding: 2px 4px; border: 0; background: none; font-weight: 700; text-align: left; }
    th[aria-sort='ascending'] button.sort::after { content: ' ▲'; }
    th[aria-sort='descending'] button.sort::after { content: ' ▼'; }
    @media (forced-colors: active) { .bar { fill: CanvasText; } }
    /* On paper: no page chrome and nothing a view marks no-print (a team's day prints alone, on one A4 sheet). */
    @media print {
      header, nav, .no-print { display: none !important; }
      :host { padding: 0; max-width: none; }
      .print-sheet { font-size: 10pt; line-height: 1.3; }
      .print-sheet h3 { margin: 0 0 6px; }
      .print-sheet p { margin: 0; }
      .print-sheet th, .print-sheet td { padding: 3px 5px; }
      .print-sheet tr { break-inside: avoid; }
    }
  `;
