/** Styles of <motcua-procedure-search>: a plain, large-target search that prints cleanly. */
import { css } from 'lit';

export const styles = css`
  :host{--_mark:var(--motcua-procedure-search-mark, #fff0a8)}
  .label{display:block;font-weight:700;font-size:1.15em}
  .hint,
  .note,
  .meta,
  .field,
  .copies{color:var(--_muted);font-size:0.9em}
  .hint{margin:0.2em 0 0.5em}
  input,
  select,
  button{font:inherit;color:inherit}
  input{width:100%;min-height:48px;padding:0.5em 0.75em;border:2px solid var(--_border);border-radius:var(--_radius);background:var(--_surface)}
  .filters{display:flex;flex-wrap:wrap;gap:0.5em 1em;margin-top:0.75em}
  .filters > div{display:flex;flex-direction:column;flex:1 1 14em;min-width:0;font-size:0.95em}
  select{width:100%;max-width:100%;text-overflow:ellipsis;min-height:44px;border:1px solid var(--_border);border-radius:var(--_radius);background:var(--_surface);padding:0 0.5em}
  [role='listbox']{list-style:none;margin:0.5em 0 0;padding:0;border:1px solid var(--_border);border-radius:var(--_radius);max-height:28em;overflow-y:auto;background:var(--_surface)}
  [role='listbox'][hidden]{display:none}
  [role='option']{display:flex;flex-direction:column;min-height:44px;padding:0.55em 0.75em;border-bottom:1px solid #e0e0e0;cursor:pointer}
  [role='option']:last-child{border-bottom:0}
  [role='option'][aria-selected='true'],
  [role='option']:hover{background:#eef3fd;outline:2px solid var(--_focus);outline-offset:-2px}
  mark{background:var(--_mark);color:inherit;font-weight:700}
  .status{margin:0.5em 0 0;min-height:1.5em}
  .error{color:var(--_error);margin-top:0.75em}
  button{min-height:44px;padding:0.4em 1em;border:1px solid var(--_primary);border-radius:var(--_radius);background:var(--_surface);color:var(--_primary);cursor:pointer}
  .actions{display:flex;flex-wrap:wrap;gap:0.5em}
  h2{font-size:1.35em;margin:0.2em 0 0.5em}
  h3{font-size:1.1em;margin:1.2em 0 0.4em}
  .field{margin:1em 0 0}
  .online-link{display:inline-block;padding:0.6em 1.2em;border-radius:var(--_radius);background:var(--_primary);color:var(--_on-primary);font-weight:700;text-decoration:none}
  .online-link .note{color:inherit;font-weight:400}
  .facts{display:grid;gap:0.4em;margin:0}
  .local{border-inline-start:0.25em solid var(--_primary);padding-inline-start:0.75em;margin:1em 0}
  .referral{font-weight:700}
  .local.referral{font-weight:400}
  .facts div{display:grid;grid-template-columns:minmax(8em, 14em) 1fr;gap:0.75em}
  dt{font-weight:700}
  dd{margin:0}
  .documents li,
  .steps li,
  .legal li{margin-bottom:0.4em}
  @media (max-width:30em){.facts div{grid-template-columns:1fr;gap:0}}
  .checklist{list-style:none;padding:0}
  .checklist input{width:1.25em;min-height:1.25em;padding:0;margin:0 0.4em 0 0}
  h4{margin:0.8em 0 0.3em}
  .main-form{font-weight:700}
  @media print{.actions, .search, .notes, .screen{display:none} .detail{font-size:9pt;line-height:1.3} h2{font-size:13pt;margin:0 0 0.3em} h3{font-size:10.5pt;margin:0.6em 0 0.2em} h4{margin:0.4em 0 0.1em} .documents li{margin-bottom:0.15em} .facts{gap:0.1em} .checklist input{min-height:0;width:1em;height:1em} .online-link{background:none;color:#000;padding:0} .online-link::after{content:' ' attr(href)} .online-link .note{display:none}}
  @media (forced-colors:active){mark{background:Highlight;color:HighlightText} [role='option'][aria-selected='true']{outline-color:Highlight}}
`;
