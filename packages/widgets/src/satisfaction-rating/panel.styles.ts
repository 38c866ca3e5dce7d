/** Styles the survey and the kiosk share on top of the rating form's. */
import { css } from 'lit';

/**
 * What the survey and the kiosk add to the quick form's looks: headings and text inputs, which the
 * quick question never shows (so they stay out of its CDN file). The input rule repeats the quick
 * form's textarea rule on purpose: sharing it would put it back in the quick form's file.
 */
export const panelStyles = css`
  h2 {
    font-size: 1.15em;
    font-weight: 700;
    margin: 0 0 0.5em;
  }
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
`;
