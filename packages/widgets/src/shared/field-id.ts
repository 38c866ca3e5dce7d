/**
 * The id of a form field's control, `f-<field>`, which the error summary (error-summary.ts) links to. A
 * module without Lit, so parts loaded on demand (which must not bundle Lit) name their fields the same way.
 */
export function fieldId(field: string): string {
  return `f-${field}`;
}
