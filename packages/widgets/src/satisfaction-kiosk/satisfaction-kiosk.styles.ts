/** Kiosk styles: a large, calm screen for the counter tablet, on top of the rating form's styles. */
import { css } from 'lit';

export const kioskStyles = css`
  :host {
    font-size: 22px;
    min-height: 100%;
    padding: 1em;
  }
  :host .level {
    min-height: 4.5em;
    font-size: 1.1em;
    justify-content: center;
  }
  :host .levels {
    grid-template-columns: repeat(auto-fit, minmax(7em, 1fr));
  }
  .corner {
    justify-self: end;
    font-size: 0.7em;
  }
`;
