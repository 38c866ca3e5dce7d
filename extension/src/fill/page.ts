/**
 * The page side of a fill, run by the content script, on the @motcua/autofill engine: describe the
 * visible, fillable fields with the signals a person reads (labels, table cells, sections, shadow roots,
 * same-origin frames, custom dropdowns), set the values the panel sends the way a person would, read
 * them back, highlight, undo. The panel plans; this side never sees a profile, only one value per field.
 */
import { applyFill, describeForm, type FieldInfo, type FillReport, undoFill } from '@motcua/autofill';
import type { PageField } from './protocol.js';

/** Fields of the last description, by id: the panel answers with ids and values only. */
let described = new Map<string, FieldInfo>();
let lastReport: FillReport | undefined;

function kindOf(f: FieldInfo): PageField['kind'] {
  if (f.kind === 'textarea') return 'textarea';
  if (f.kind === 'radio') return 'radio';
  if (f.kind === 'select' || f.kind === 'combobox') return 'select';
  if (f.kind === 'text') {
    if (f.type === 'date' || f.type === 'email' || f.type === 'tel') return f.type;
    return 'text';
  }
  return 'other';
}

/** The page's fillable fields as the panel's planner reads them (labels and sections, never values). */
export function describePage(root: Document): PageField[] {
  const fields = describeForm(root);
  described = new Map(fields.map((f) => [f.id, f]));
  return fields.map((f) => {
    const field: PageField = { id: f.id, label: f.label, kind: kindOf(f) };
    if (f.name) field.name = f.name;
    if (f.section) field.section = f.section;
    if (f.options) field.options = f.options;
    return field;
  });
}

function highlight(el: Element | undefined): void {
  if (!(el instanceof HTMLElement)) return;
  const before = el.style.outline;
  el.style.outline = '3px solid #0b57d0';
  setTimeout(() => {
    el.style.outline = before;
  }, 1500);
}

/** Sets each value as a person would (focus, value, input, change, blur; clicks for custom dropdowns). */
export async function applyValues(
  fills: { fieldId: string; value: string }[],
): Promise<{ filled: string[]; skipped: string[] }> {
  const entries = fills.flatMap(({ fieldId, value }) => {
    const field = described.get(fieldId);
    return field ? [{ field, path: 'panel', value, layer: 'rule' as const, reason: 'planned in the panel' }] : [];
  });
  const report = await applyFill({ entries, unmatched: [] });
  lastReport = report;
  const filled: string[] = [];
  for (const r of report.results) {
    if (!r.stuck) continue;
    filled.push(r.entry.field.id);
    highlight(r.entry.field.element);
  }
  const skipped = fills.map((f) => f.fieldId).filter((id) => !filled.includes(id));
  return { filled, skipped };
}

/** Puts back what the last fill replaced. */
export function undoValues(): void {
  if (lastReport) void undoFill(lastReport);
  lastReport = undefined;
}
