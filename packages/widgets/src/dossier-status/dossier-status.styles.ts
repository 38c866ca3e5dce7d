/** Styles of the dossier status lookup: large fields and buttons, a status that stands out, a plain timeline. */
import { css } from 'lit';

export const styles = css`
  :host {
    --motcua-dossier-gap: 1em;
    background: var(--_surface);
  }
  form,
  .result {
    display: grid;
    gap: var(--motcua-dossier-gap);
  }
  h2,
  h3,
  h4,
  p,
  dl,
  ol {
    margin: 0;
  }
  h2 {
    font-size: 1.3em;
  }
  .field {
    display: grid;
    gap: 0.25em;
  }
  label,
  legend,
  dt {
    font-weight: 700;
  }
  .hint,
  .muted,
  .when {
    color: var(--_muted);
  }
  input {
    font: inherit;
    padding: 0.6em 0.75em;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    max-width: 100%;
  }
  input[aria-invalid='true'] {
    border-color: var(--_error);
  }
  .digits {
    width: 6em;
    letter-spacing: 0.2em;
  }
  .error {
    color: var(--_error);
    font-weight: 600;
  }
  .alert {
    border: 3px solid var(--_error);
    border-radius: var(--_radius);
    padding: 0.75em 1em;
  }
  .alert ul {
    margin: 0.25em 0 0;
    padding-left: 1.25em;
  }
  .alert a {
    color: var(--_error);
  }
  button {
    font: inherit;
    font-weight: 700;
    min-height: 2.75em;
    padding: 0.5em 1.25em;
    border: 2px solid var(--_primary);
    border-radius: var(--_radius);
    background: var(--_primary);
    color: var(--_on-primary);
    cursor: pointer;
    justify-self: start;
  }
  button.secondary,
  .level {
    background: var(--_surface);
    color: var(--_primary);
  }
  button:disabled {
    opacity: 0.6;
  }
  .status {
    font-size: 1.4em;
    border-left: 6px solid var(--_primary);
    padding-left: 0.5em;
  }
  .status-da-tra-ket-qua,
  .status-cho-tra-ket-qua {
    border-color: var(--_success);
  }
  .status-yeu-cau-bo-sung,
  .status-tu-choi {
    border-color: var(--_error);
  }
  .note {
    border: 2px dashed var(--_border);
    border-radius: var(--_radius);
    padding: 0.6em 0.9em;
    white-space: pre-line;
  }
  dl {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 2em;
  }
  dd {
    margin: 0;
  }
  .badge {
    display: inline-block;
    margin-left: 0.5em;
    padding: 0 0.5em;
    border-radius: var(--_radius);
    font-weight: 700;
    border: 2px solid var(--_success);
    color: var(--_success);
  }
  .badge.late {
    border-color: var(--_error);
    color: var(--_error);
  }
  .timeline {
    padding-left: 1.25em;
    display: grid;
    gap: 0.25em;
  }
  fieldset {
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.75em 1em;
    margin: 0;
    min-width: 0;
  }
  .levels {
    display: grid;
    gap: 0.5em;
    grid-template-columns: repeat(auto-fit, minmax(9em, 1fr));
    margin-top: 0.5em;
  }
  .level {
    justify-self: stretch;
  }
  .done {
    font-weight: 700;
    color: var(--_success);
  }
  @media (forced-colors: active) {
    .badge,
    .status {
      border-color: CanvasText;
    }
  }
`;
