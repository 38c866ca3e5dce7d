/**
 * The look of the shared error summary (error-summary.ts): a thick error-coloured border, its links in
 * the error colour. A sheet of its own, so a widget that styles the summary itself does not carry it.
 */
import { css } from 'lit';

export const errorSummaryStyles = css`
  .summary { border: 4px solid var(--_error); padding: 0.8em 1em; margin: 0 0 var(--_gap, 1em); background: var(--_surface); }
  .summary h3 { margin-top: 0; }
  .summary a { color: var(--_error); font-weight: 600; }
  @media (forced-colors: active) {
    .summary { border-color: CanvasText; }
  }
`;
