/**
 * Placeholder filling for every widget string, in a module without Lit: the base element uses it, and
 * so do modules loaded on demand (the feedback box's lookup mode), which must not bundle Lit.
 */

/** Replaces `{name}` placeholders with values; unknown placeholders are left as they are. */
export function format(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
