/**
 * The page side of a fill, run by the content script, on the @motcua/autofill engine: describe the
 * visible, fillable fields with what a person reads around them (labels, sections, whose each is), set
 * the values the panel sends the way a person would, read them back, highlight, undo. The panel plans;
 * this side never sees a profile, only one value per field.
 */
import { applyFill, describeForm, type FieldInfo, type FillReport, undoFill } from '@motcua/autofill';

/** Fields of the last description, by id: the panel answers with ids and values only. */
let described = new Map<string, FieldInfo>();
let lastReport: FillReport | undefined;

/** The page's fillable fields as the engine describes them (labels, sections, persons; never values). */
export function describePage(root: ParentNode): FieldInfo[] {
  const fields = describeForm(root);
  described = new Map(fields.map((f) => [f.id, f]));
  return fields;
}

function highlight(el: Element | undefined): void {
  const box = el as HTMLElement | undefined;
  if (!box?.style) return;
  const before = box.style.outline;
  box.style.outline = '3px solid #0b57d0';
  setTimeout(() => {
    box.style.outline = before;
  }, 1500);
}

/** Sets each value as a person would (focus, value, input, change, blur; clicks for custom dropdowns). */
export async function applyValues(
  fills: { fieldId: string; value: string }[],
): Promise<{ filled: string[]; skipped: string[] }> {
  const entries = fills.flatMap(({ fieldId, value }) => {
    const field = described.get(fieldId);
    return field
      ? [{ field, path: 'panel', value, layer: 'rule' as const, reason: 'planned in the panel', from: 'panel' }]
      : [];
  });
  const report = await applyFill({ entries, unmatched: [], people: [] });
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
export async function undoValues(): Promise<void> {
  if (lastReport) await undoFill(lastReport);
  lastReport = undefined;
}
