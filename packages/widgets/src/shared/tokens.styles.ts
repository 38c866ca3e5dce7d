/**
 * Styles every widget shares: the public design tokens with their defaults, a system font stack with
 * Vietnamese glyphs, a host reset that survives hostile page CSS, and forced-colors support.
 * Sizes are in em and px, never rem: ward sites set odd root font sizes.
 */
import { css } from 'lit';

export const hostStyles = css`
  :host {
    --_primary: var(--motcua-color-primary, #a50e0e);
    --_on-primary: var(--motcua-color-on-primary, #fff);
    --_text: var(--motcua-color-text, #1f1f1f);
    --_muted: var(--motcua-color-muted, #595959);
    --_surface: var(--motcua-color-surface, #fff);
    --_border: var(--motcua-color-border, #767676);
    --_focus: var(--motcua-color-focus, #0b57d0);
    --_error: var(--motcua-color-error, #b3261e);
    --_success: var(--motcua-color-success, #146c2e);
    --_radius: var(--motcua-radius, 6px);
    --_density: var(--motcua-density, 1);
    --_font: var(--motcua-font, system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Helvetica Neue', Arial, sans-serif);
    /* Every inherited property a host theme may set on body (text-transform, letter-spacing, italics,
       pre-line, text-indent, cursor, visibility…) crosses the shadow boundary: put them all back to
       their initial values at once (custom properties, and so the tokens above, are not affected). */
    all: initial;
    display: block;
    box-sizing: border-box;
    font: 16px/1.5 sans-serif;
    /* The family comes after the shorthand, so a bad --motcua-font loses only the family. */
    font-family: var(--_font);
    color: var(--_text);
    overflow-wrap: break-word;
  }
  :host([hidden]) {
    display: none;
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
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      transition-duration: 0.01ms !important;
    }
  }
  @media (forced-colors: active) {
    :host {
      --_primary: ButtonText;
      --_on-primary: ButtonFace;
      --_border: CanvasText;
      --_focus: Highlight;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;
