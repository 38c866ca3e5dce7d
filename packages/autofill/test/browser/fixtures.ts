/** Loads a portal-like fixture page into an iframe (its scripts run) and reads what its "framework" saw. */
import { type ExpectedForm, fromIndependent } from '../score.js';

/** Our forms (written with the engine in view): every markup style and procedure in test/fixtures/portal/. */
export const FIXTURES = [
  'khai-sinh',
  'khai-sinh-material',
  'khai-tu',
  'ket-hon',
  'ket-hon-webforms',
  'xac-nhan-hon-nhan',
  'thuong-tru',
  'ct01-chu-ho',
  'ct01-tam-tru',
  'chung-thuc',
  'chung-thuc-chu-ky',
  'uy-quyen',
  'ho-kinh-doanh',
  'tro-cap-xa-hoi',
  'mai-tang-phi',
  'ly-lich-tu-phap',
  'pakn',
  'khai-sinh-bold',
  'ho-kinh-doanh-tailwind',
  'hop-dong-chung-thuc',
  'tam-vang-element-plus',
  'nhan-me-con',
  'khai-tu-tabs',
  'xac-nhan-cu-tru-lap',
  'chung-thuc-hai-nguoi',
  'tro-cap-ant',
  'ket-hon-fomantic',
  'dang-ky-giam-ho-govuk',
  'khai-tu-google-forms',
  'khai-sinh-angularjs',
  'ct01-easyui',
  'uy-quyen-web-components',
  'ct01-mui-wizard',
  'xac-nhan-hon-nhan-bs5-group',
  'dang-ky-ket-hon-primeng',
  'tro-cap-mai-tang-describedby',
  'khai-sinh-mvc-rows',
  'thuong-tru-liferay',
  'chung-thuc-vuetify',
  'tro-cap-kendo',
  'ct01-h6-labels',
  'heldout/giam-ho',
  'heldout/trich-luc',
  'heldout/vue-hop-nhat',
] as const;

/**
 * The development sets' forms (every directory dev, dev-2, … of test/fixtures/portal/, in the judges'
 * format: written apart from the engine, tuned on), as the dev server lists them (portal-sets.mjs), so a new
 * set needs no edit here. Judge sets (independent*) are never listed: only the bench reads them, for its totals.
 */
export const devFixtures = async (): Promise<string[]> => (await fetch('/__portal-sets/dev.json')).json();

export interface LoadedFixture {
  frame: HTMLIFrameElement;
  doc: Document;
  model: Record<string, string>;
  /** data-model key → the exact value the page must show, where the page says (`data-expect`). */
  values: Map<string, string>;
  expected: ExpectedForm;
  close(): void;
}

export async function loadFixture(name: string): Promise<LoadedFixture> {
  const frame = document.createElement('iframe');
  frame.width = '1000';
  frame.height = '2400';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/test/fixtures/portal/${name}.html`;
  document.body.append(frame);
  await loaded;
  const doc = frame.contentDocument as Document;
  const values = new Map<string, string>();
  for (const el of Array.from(doc.querySelectorAll<HTMLElement>('[data-model]'))) {
    const key = el.dataset.model as string;
    if (el.dataset.expect !== undefined && !values.has(key)) values.set(key, el.dataset.expect);
  }
  const doc0 = await (await fetch(`/test/fixtures/portal/${name}.expected.json`)).json();
  const expected: ExpectedForm = /^(dev(-\d+)?|redteam)\//.test(name) ? fromIndependent(doc0) : doc0;
  const model = (frame.contentWindow as unknown as { portalModel: Record<string, string> }).portalModel;
  return { frame, doc, model, values, expected, close: () => frame.remove() };
}
