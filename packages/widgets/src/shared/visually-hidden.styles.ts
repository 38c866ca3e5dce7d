/**
 * Text for screen readers only (a live status line, a table caption). A sheet of its own, added by the
 * widgets that use it, so the others' CDN files do not carry it.
 */
import { css } from 'lit';

export const visuallyHidden = css`
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
`;
