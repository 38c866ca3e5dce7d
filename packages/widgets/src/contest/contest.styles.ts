/** Styles of the online contest: one question at a time, large options, a countdown that stays in view. */
import { css } from 'lit';

export const styles = css`
  :host {
    --motcua-contest-gap: calc(1em * var(--_density));
    display: grid;
    gap: var(--motcua-contest-gap);
    color: var(--_text);
    background: var(--_surface);
  }
  form,
  section {
    display: grid;
    gap: var(--motcua-contest-gap);
    min-width: 0;
  }
  h2,
  h3 {
    margin: 0;
    line-height: 1.3;
  }
  p {
    margin: 0;
  }
  fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    min-width: 0;
    display: grid;
    gap: 0.5em;
  }
  legend {
    font-size: 1.15em;
    font-weight: 700;
    margin: 0 0 0.5em;
    padding: 0;
  }
  .field {
    display: grid;
    gap: 0.25em;
  }
  label {
    font-weight: 600;
  }
  input:not([type='radio'], [type='checkbox']),
  select,
  textarea {
    font: inherit;
    color: inherit;
    background: var(--_surface);
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.5em;
    min-height: 2.75em;
    width: 100%;
    max-width: 100%;
    box-sizing: border-box;
  }
  [aria-invalid='true'] {
    border-color: var(--_error);
  }
  .option,
  .check {
    display: flex;
    align-items: flex-start;
    gap: 0.6em;
    min-height: 2.75em;
    padding: 0.5em 0.9em;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    cursor: pointer;
    font-weight: 400;
  }
  .check {
    border: 0;
    padding-inline: 0;
  }
  .option:has(input:checked) {
    border-color: var(--_primary);
    box-shadow: inset 0 0 0 2px var(--_primary);
  }
  .option:has(input:focus-visible) {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  input[type='radio'],
  input[type='checkbox'] {
    width: 1.4em;
    height: 1.4em;
    margin: 0.1em 0 0;
    flex: none;
  }
  .timer {
    position: sticky;
    top: 0;
    z-index: 1;
    background: var(--_surface);
    font-weight: 700;
    font-size: 1.1em;
    padding: 0.25em 0;
  }
  .timer.low {
    color: var(--_error);
  }
  progress {
    width: 100%;
    height: 0.6em;
    accent-color: var(--_primary);
  }
  .hint,
  .muted {
    color: var(--_muted);
    font-weight: 400;
    font-size: 0.9em;
  }
  .notice {
    border-inline-start: 4px solid var(--_primary);
    padding: 0.5em 0.75em;
  }
  .rules summary {
    cursor: pointer;
    font-weight: 600;
    min-height: 2.75em;
    display: flex;
    align-items: center;
  }
  .rules p + p {
    margin-top: 0.5em;
  }
  .review,
  .answers {
    display: grid;
    gap: 0.5em;
    margin: 0;
    padding-inline-start: 1.5em;
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
  button.secondary,
  button.link {
    background: var(--_surface);
    color: var(--_primary);
  }
  button.link {
    border-color: transparent;
    text-decoration: underline;
    padding-inline: 0.25em;
    text-align: start;
  }
  button[disabled] {
    opacity: 0.7;
    cursor: not-allowed;
  }
  .error,
  .wrong {
    color: var(--_error);
    font-weight: 600;
  }
  .ok {
    color: var(--_success);
    font-weight: 600;
  }
  .big {
    font-size: 1.5em;
    font-weight: 700;
  }
  @media (forced-colors: active) {
    .option:has(input:checked) {
      border-color: Highlight;
    }
  }
`;
