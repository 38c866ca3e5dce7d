/** Styles of the published results: the figure, the bar chart (SVG, no inline styles) and the table. */
import { css } from 'lit';

export const resultsStyles = css`
  :host {
    --motcua-results-bar: var(--_primary);
  }
  section {
    display: grid;
    gap: 0.75em;
  }
  h2 {
    font-size: 1.15em;
    margin: 0;
  }
  fieldset {
    border: 0;
    margin: 0;
    padding: 0;
  }
  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: 1em;
  }
  .choices label {
    display: flex;
    align-items: center;
    gap: 0.4em;
    min-height: 2.75em;
    cursor: pointer;
  }
  input[type='radio'] {
    width: 1.3em;
    height: 1.3em;
    margin: 0;
  }
  .big {
    font-size: 1.4em;
    font-weight: 700;
    margin: 0;
  }
  .muted {
    color: var(--_muted);
  }
  .alert {
    color: var(--_error);
    font-weight: 600;
  }
  button {
    font: inherit;
    font-weight: 600;
    min-height: 2.75em;
    padding: 0.5em 1.1em;
    border-radius: var(--_radius);
    border: 2px solid var(--_primary);
    background: var(--_surface);
    color: var(--_primary);
    cursor: pointer;
    justify-self: start;
  }
  svg {
    width: 100%;
    height: auto;
    max-height: 18em;
  }
  .bar {
    fill: var(--motcua-results-bar);
  }
  .axis {
    stroke: var(--_border);
  }
  svg text {
    fill: var(--_text);
    font-size: 11px;
  }
  table {
    border-collapse: collapse;
    width: 100%;
  }
  th,
  td {
    border-bottom: 1px solid var(--_border);
    padding: 0.35em 0.5em;
    text-align: start;
  }
  td.n {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  @media (forced-colors: active) {
    .bar {
      fill: CanvasText;
    }
  }
`;
