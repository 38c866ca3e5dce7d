/**
 * Splits a text into plain and matched parts so a widget can mark the words a query matched with text
 * nodes (never HTML). Comparison is on folded words, so "khai sinh" marks "Khai sinh" and "khái".
 */
import { foldVietnamese } from '../text.js';

export interface HighlightPart {
  text: string;
  match: boolean;
}

export function highlightParts(text: string, terms: ReadonlySet<string>): HighlightPart[] {
  const parts: HighlightPart[] = [];
  let last = 0;
  for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    if (!terms.has(foldVietnamese(m[0]))) continue;
    const at = m.index ?? 0;
    if (at > last) parts.push({ text: text.slice(last, at), match: false });
    parts.push({ text: m[0], match: true });
    last = at + m[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), match: false });
  return parts;
}
