/** Styles of <motcua-feedback-box>: a plain GOV.UK-like form, large targets, visible errors (the summary's are shared). */
import { css } from 'lit';

export const styles = css`
  :host {
    --_gap: calc(var(--motcua-feedback-gap, 1em) * var(--_density));
    max-width: 40em;
  }
  h2 { font-size: 1.4em; margin: 0 0 0.4em; line-height: 1.25; }
  h3 { font-size: 1.1em; margin: 1em 0 0.3em; }
  p { margin: 0 0 var(--_gap); }
  .field { margin: 0 0 var(--_gap); }
  label, legend { display: block; font-weight: 600; margin-bottom: 0.25em; }
  .hint { color: var(--_muted); font-size: 0.9em; margin: 0 0 0.3em; }
  input[type='text'], input[type='tel'], input[type='email'], input[type='search'], textarea {
    display: block; width: 100%; box-sizing: border-box; font: inherit; font-size: 1em; padding: 0.5em;
    border: 2px solid var(--_border); border-radius: var(--_radius); background: var(--_surface); color: var(--_text); min-height: 44px;
  }
  textarea { min-height: 9em; resize: vertical; }
  [aria-invalid='true'] { border-color: var(--_error); }
  .error { color: var(--_error); font-weight: 600; margin: 0 0 0.3em; }
  .check { display: flex; gap: 0.6em; align-items: flex-start; margin: 0 0 0.6em; font-weight: 400; }
  .check input { width: 1.5em; height: 1.5em; margin: 0.1em 0 0; flex: none; }
  .notice { border-left: 4px solid var(--_border); padding: 0.4em 0.8em; background: var(--_surface); font-size: 0.95em; }
  .info { border-left: 4px solid var(--_focus); padding: 0.5em 0.8em; }
  button { font: inherit; min-height: 44px; padding: 0.5em 1.1em; border-radius: var(--_radius); cursor: pointer; border: 2px solid var(--_primary); background: var(--_surface); color: var(--_primary); }
  button.primary { background: var(--_primary); color: var(--_on-primary); font-weight: 600; }
  button[disabled] { opacity: 0.6; cursor: progress; }
  .actions { display: flex; flex-wrap: wrap; gap: 0.6em; align-items: center; }
  .files { list-style: none; padding: 0; margin: 0.4em 0; }
  .files li { display: flex; gap: 0.6em; align-items: center; margin-bottom: 0.3em; overflow-wrap: anywhere; }
  .receipt { font-size: 2em; font-weight: 700; letter-spacing: 0.08em; font-family: ui-monospace, 'Cascadia Mono', 'Noto Sans Mono', monospace; margin: 0.2em 0 0.6em; }
  .panel { border: 2px solid var(--_success); padding: 1em; border-radius: var(--_radius); }
  .panel.waiting { border-color: var(--_focus); }
  .honeypot { position: absolute; left: -10000px; width: 1px; height: 1px; overflow: hidden; }
  dl { margin: 0 0 var(--_gap); }
  dt { font-weight: 600; }
  dd { margin: 0 0 0.4em; white-space: pre-wrap; overflow-wrap: anywhere; }
  ol { padding-left: 1.4em; }
  @media (forced-colors: active) {
    .panel { border-color: CanvasText; }
  }
`;
