/** Loads a portal-like fixture page into an iframe (its scripts run) and reads what its "framework" saw. */
export const FIXTURES = ['khai-sinh', 'ket-hon', 'chung-thuc', 'ly-lich-tu-phap', 'thuong-tru', 'pakn'] as const;

export interface LoadedFixture {
  frame: HTMLIFrameElement;
  doc: Document;
  model: Record<string, string>;
  /** data-model key → expected value ("" = must stay empty). */
  expected: Map<string, string>;
  close(): void;
}

export async function loadFixture(name: string): Promise<LoadedFixture> {
  const frame = document.createElement('iframe');
  frame.width = '1000';
  frame.height = '2000';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/test/fixtures/portal/${name}.html`;
  document.body.append(frame);
  await loaded;
  const doc = frame.contentDocument as Document;
  const expected = new Map<string, string>();
  for (const el of Array.from(doc.querySelectorAll<HTMLElement>('[data-model]'))) {
    const key = el.dataset.model as string;
    if (el.dataset.expect !== undefined && !expected.has(key)) expected.set(key, el.dataset.expect);
  }
  const model = (frame.contentWindow as unknown as { portalModel: Record<string, string> }).portalModel;
  return { frame, doc, model, expected, close: () => frame.remove() };
}
