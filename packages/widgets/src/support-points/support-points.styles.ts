/**
 * Styles of <motcua-support-points>: a plain list with the open state first, large targets, a GOV.UK-like
 * form. Forced colors need nothing of their own: borders and text take the system colours, and the
 * shared tokens handle focus and buttons.
 */
import { css } from 'lit';

export const styles = css`
  :host { --_gap: calc(var(--motcua-support-gap, 1em) * var(--_density)); max-width: 44em; }
  h2 { font-size: 1.4em; margin: 0.6em 0 0.4em; }
  h3 { font-size: 1.15em; margin: 0 0 0.2em; }
  p { margin: 0 0 0.5em; }
  fieldset, .points li, .panel { border: 2px solid var(--_border); border-radius: var(--_radius); padding: 0.8em 1em; margin: 0 0 var(--_gap); }
  legend, label { display: block; font-weight: 600; margin-bottom: 0.25em; }
  .hint, .kind { color: var(--_muted); }
  input, select, textarea, button, .actions a {
    font: inherit; min-height: 44px; padding: 0.5em; border: 2px solid var(--_border); border-radius: var(--_radius);
    background: var(--_surface); color: var(--_text);
  }
  input:not([type='checkbox']), select, textarea { display: block; width: 100%; margin-bottom: 0.6em; }
  [aria-invalid='true'], .error, .summary, .status { border-color: var(--_error); color: var(--_error); font-weight: 600; }
  .check { display: flex; gap: 0.6em; font-weight: 400; }
  .check input { width: 1.5em; height: 1.5em; flex: none; }
  button, .actions a { cursor: pointer; border-color: var(--_primary); color: var(--_primary); display: inline-flex; align-items: center; }
  .primary { background: var(--_primary); color: var(--_on-primary); font-weight: 600; }
  .points { list-style: none; padding: 0; }
  .status.open { color: var(--_success); }
  .actions { display: flex; flex-wrap: wrap; gap: 0.5em; }
  .summary { border: 4px solid; padding: 0.8em 1em; margin: 0 0 var(--_gap); }
  .info, .notice { border-left: 4px solid var(--_focus); padding: 0.4em 0.8em; }
  .panel { border-color: var(--_success); }
  .map { margin: 0.6em 0 0; max-width: 24em; }
  .receipt { font-size: 2em; font-weight: 700; letter-spacing: 0.08em; font-family: ui-monospace, monospace; }
`;
