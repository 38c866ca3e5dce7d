/** The heading row every admin table starts with: one column heading per label. */
import { html } from 'lit';

export const tableHead = (labels: readonly string[]) =>
  html`<thead><tr>${labels.map((label) => html`<th scope="col">${label}</th>`)}</tr></thead>`;
