/** Styles of the staff side panel: plain, high-contrast, keyboard-visible, em/px only, forced-colors aware. */
import { css } from 'lit';

export const panelStyles = css`
  :host {
    --_primary: var(--motcua-color-primary, #a50e0e);
    --_on-primary: var(--motcua-color-on-primary, #ffffff);
    --_text: var(--motcua-color-text, #1f1f1f);
    --_muted: var(--motcua-color-muted, #595959);
    --_border: var(--motcua-color-border, #767676);
    --_focus: var(--motcua-color-focus, #0b57d0);
    --_error: var(--motcua-color-error, #b3261e);
    display: block;
    box-sizing: border-box;
    padding: 0.75em;
    font-family: system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif;
    font-size: 15px;
    line-height: 1.45;
    color: var(--_text);
    background: #fff;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  header {
    display: flex;
    gap: 0.5em;
    align-items: center;
    border-bottom: 3px solid var(--_primary);
    padding-bottom: 0.4em;
  }
  h1 {
    font-size: 1.25em;
    margin: 0;
    flex: 1;
  }
  h2 {
    font-size: 1.1em;
    margin: 1.2em 0 0.4em;
  }
  h3 {
    font-size: 1em;
    margin: 1em 0 0.4em;
  }
  section,
  form {
    margin-bottom: 1em;
  }
  label {
    display: block;
    font-weight: 600;
    margin-top: 0.6em;
  }
  .check {
    display: flex;
    gap: 0.5em;
    align-items: center;
    margin-top: 0.6em;
  }
  .check label {
    margin: 0;
    font-weight: 400;
  }
  input:not([type='checkbox']):not([type='file']),
  select,
  textarea {
    display: block;
    width: 100%;
    font: inherit;
    padding: 0.35em 0.5em;
    border: 2px solid var(--_border);
    border-radius: 4px;
    min-height: 44px;
  }
  textarea {
    font-family: ui-monospace, Consolas, monospace;
    font-size: 0.9em;
  }
  [aria-invalid='true'] {
    border-color: var(--_error) !important;
  }
  button,
  .file {
    font: inherit;
    min-height: 44px;
    padding: 0.3em 0.9em;
    border: 2px solid var(--_primary);
    border-radius: 4px;
    background: #fff;
    color: var(--_primary);
    cursor: pointer;
    margin-top: 0.6em;
    display: inline-flex;
    align-items: center;
  }
  .file {
    font-weight: 400;
  }
  input[type='file'] {
    margin-top: 0.3em;
    max-width: 100%;
  }
  button.primary {
    background: var(--_primary);
    color: var(--_on-primary);
  }
  button.danger {
    background: var(--_error);
    border-color: var(--_error);
    color: #fff;
  }
  button.link {
    border: none;
    text-decoration: underline;
    padding: 0.2em 0.4em;
    margin: 0;
  }
  button[disabled] {
    opacity: 0.6;
    cursor: not-allowed;
  }
  button[aria-pressed='true'] {
    background: var(--_primary);
    color: var(--_on-primary);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
  }
  .hint,
  small {
    color: var(--_muted);
    margin: 0.2em 0;
  }
  .warning {
    border-left: 5px solid var(--_error);
    padding-left: 0.6em;
  }
  .field-error {
    color: var(--_error);
    font-weight: 600;
    margin: 0.2em 0;
  }
  .error-summary {
    border: 4px solid var(--_error);
    padding: 0.5em 0.8em;
    margin: 0.8em 0;
  }
  .error-summary h2 {
    margin-top: 0;
  }
  .error-summary a {
    color: var(--_error);
    font-weight: 600;
  }
  .status:empty {
    display: none;
  }
  .status {
    background: #e7f3ec;
    border-left: 5px solid #146c2e;
    padding: 0.4em 0.6em;
  }
  .card {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0.2em 0.8em;
    margin: 0;
  }
  .ro {
    display: contents;
  }
  dt {
    color: var(--_muted);
  }
  dd {
    margin: 0;
    font-weight: 600;
  }
  fieldset {
    border: 1px solid var(--_border);
    border-radius: 4px;
    margin: 0.8em 0 0;
    padding: 0.4em 0.8em 0.8em;
  }
  legend {
    font-weight: 700;
  }
  .relative {
    border-top: 1px dashed var(--_border);
    margin-top: 0.6em;
  }
  ul.profiles,
  ul.teach {
    list-style: none;
    padding: 0;
    margin: 0;
  }
  ul.profiles li {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4em;
    align-items: center;
    border-bottom: 1px solid #ddd;
    padding: 0.3em 0;
  }
  .who {
    flex: 1 1 12em;
  }
  .who small {
    display: block;
  }
  table.plan {
    border-collapse: collapse;
    width: 100%;
    font-size: 0.93em;
  }
  table.plan th,
  table.plan td {
    border: 1px solid #ccc;
    padding: 0.25em 0.4em;
    text-align: start;
    vertical-align: top;
  }
  summary {
    cursor: pointer;
    font-weight: 700;
    margin-top: 1em;
    min-height: 24px;
  }
  @media (forced-colors: active) {
    button.primary,
    button[aria-pressed='true'] {
      border: 4px double ButtonText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;
