/** Styles of the satisfaction rating form: large touch targets, clear focus, plain status lines. */
import { css } from 'lit';

export const styles = css`
  :host {
    --motcua-rating-accent: var(--_primary);
    --motcua-rating-gap: calc(0.75em * var(--_density));
    color: var(--_text);
    background: var(--_surface);
  }
  form,
  section {
    display: grid;
    gap: var(--motcua-rating-gap);
  }
  fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    min-width: 0;
  }
  legend {
    font-size: 1.15em;
    font-weight: 700;
    margin: 0 0 0.5em;
    padding: 0;
  }
  .levels {
    display: grid;
    gap: 0.5em;
    grid-template-columns: repeat(auto-fit, minmax(9em, 1fr));
  }
  .level {
    display: flex;
    align-items: center;
    gap: 0.6em;
    min-height: 3.25em;
    padding: 0.5em 0.9em;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    cursor: pointer;
    font-weight: 600;
  }
  .level:has(input:checked) {
    border-color: var(--motcua-rating-accent);
    box-shadow: inset 0 0 0 2px var(--motcua-rating-accent);
  }
  .level:has(input:focus-visible) {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  input[type='radio'] {
    width: 1.4em;
    height: 1.4em;
    margin: 0;
    flex: none;
  }
  label.field {
    display: grid;
    gap: 0.25em;
    font-weight: 600;
  }
  .hint,
  .muted {
    color: var(--_muted);
    font-weight: 400;
    font-size: 0.9em;
    margin: 0;
  }
  /* The comment box, and the text inputs of the survey and the kiosk (their names, the kiosk's PIN). */
  textarea,
  input:not([type='radio']) {
    font: inherit;
    color: inherit;
    background: var(--_surface);
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.5em;
    min-height: 2.75em;
    width: 100%;
  }
  [aria-invalid='true'] {
    border-color: var(--_error);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
  }
  button {
    font: inherit;
    font-weight: 600;
    min-height: 2.75em;
    min-width: 2.75em;
    padding: 0.5em 1.1em;
    border-radius: var(--_radius);
    border: 2px solid var(--_primary);
    background: var(--_primary);
    color: var(--_on-primary);
    cursor: pointer;
  }
  button.secondary {
    background: var(--_surface);
    color: var(--_primary);
  }
  button[disabled] {
    opacity: 0.7;
    cursor: progress;
  }
  /* A field's error, and what keeps the widget from working (configProblem); the form's errors are in the summary. */
  .error {
    color: var(--_error);
    font-weight: 600;
    margin: 0;
  }
  .ok {
    color: var(--_success);
    font-weight: 600;
  }
  .status {
    margin: 0;
  }
  .big {
    font-size: 1.5em;
    font-weight: 700;
    margin: 0;
  }
  @media (forced-colors: active) {
    .level:has(input:checked) {
      border-color: Highlight;
    }
  }
`;
