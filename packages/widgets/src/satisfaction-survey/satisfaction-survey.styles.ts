/** Survey styles: the criteria's answers are plain text, lighter than the quick question's levels. */
import { css } from 'lit';

export const surveyStyles = css`
  .options .level {
    font-weight: 400;
    min-height: 2.75em;
  }
`;
