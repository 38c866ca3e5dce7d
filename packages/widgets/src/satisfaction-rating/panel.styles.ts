/** Styles the survey and the kiosk share on top of the rating form's. */
import { css } from 'lit';

/**
 * What the survey and the kiosk add to the quick form's looks: their headings, which the quick question
 * never shows (so they stay out of its CDN file). Their text inputs share the comment box's rule.
 */
export const panelStyles = css`
  h2 {
    font-size: 1.15em;
    font-weight: 700;
    margin: 0 0 0.5em;
  }
`;
