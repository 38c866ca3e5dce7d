/**
 * Looks of the campaign banner: strip, card and carousel. Images keep their width/height ratio so
 * nothing shifts when they load; kept lean because the whole widget must fit in 10 KB.
 */
import { css } from 'lit';

export const bannerStyles = css`
  :host {
    --_bg: var(--motcua-banner-bg, #fdf3f2);
  }
  .campaign {
    position: relative;
    display: flex;
    flex-direction: column;
    gap: 0.75em;
    padding: 1em 3em 1em 1em;
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  :host([layout='strip']) .campaign {
    flex-direction: row;
    align-items: center;
    padding-block: 0.5em;
  }
  :host([layout='strip']) img {
    width: 8em;
  }
  [hidden] {
    display: none !important;
  }
  img {
    display: block;
    max-width: 100%;
    height: auto;
    border-radius: var(--_radius);
  }
  .title {
    font-weight: 700;
    font-size: 1.15em;
  }
  p {
    margin: 0.25em 0;
  }
  .cta {
    display: inline-block;
    margin-top: 0.25em;
    padding: 0.5em 1em;
    background: var(--_primary);
    color: var(--_on-primary);
    border-radius: var(--_radius);
    font-weight: 600;
  }
  a {
    color: inherit;
  }
  button {
    font: inherit;
    min-height: 44px;
    min-width: 44px;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    cursor: pointer;
  }
  .close {
    position: absolute;
    top: 0.25em;
    right: 0.25em;
    font-size: 1.25em;
    line-height: 1;
  }
  .linkish {
    min-height: 24px;
    border: 0;
    background: none;
    text-decoration: underline;
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin-bottom: 0.5em;
  }
  @media (forced-colors: active) {
    .cta {
      border: 1px solid LinkText;
    }
  }
`;
