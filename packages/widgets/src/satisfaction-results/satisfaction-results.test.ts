// The published results in Chromium, reading the summary from the real collector behind the test runner
// (test/component/collector-proxy.mjs). Each test has an empty unit of its own and rates it first, so the
// figures are its alone; the collector records ratings in the month now open.
import { vnDay } from '@motcua/core';
import { expect, fixture, html } from '@open-wc/testing';
import type { SatisfactionResultsElement } from './satisfaction-results.component.js';
import './satisfaction-results.js';
import { faults, resetPageOutbox, serverLog, testUnit, until, useBucket } from '../../test/browser/support/endpoint.js';

const q = <T extends Element = HTMLElement>(el: Element, sel: string) => el.shadowRoot!.querySelector<T>(sel)!;
const qa = (el: Element, sel: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(sel)];

/** This month in Vietnam, and the first day of the month two months back. */
const today = vnDay(Date.now());
const [year, month] = today.split('-').map(Number) as [number, number];
const from = new Date(Date.UTC(year, month - 3, 1)).toISOString().slice(0, 10);
const quarter = Math.ceil(month / 3);
const ROMAN = ['I', 'II', 'III', 'IV'];

let endpoint = '';
let unit = '';
beforeEach(async () => {
  endpoint = useBucket();
  unit = await testUnit();
});
afterEach(resetPageOutbox);

/** Rates this test's unit: `n` ratings of each score on the three-level scale, [very, satisfied, not]. */
async function rate([very, satisfied, not]: [number, number, number]) {
  const scores = [...Array(very).fill(3), ...Array(satisfied).fill(2), ...Array(not).fill(1)];
  for (const score of scores) {
    const r = await fetch(`${endpoint}/api/v1/units/${unit}/ratings`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ id: crypto.randomUUID(), scale: 3, score }),
    });
    expect(r.status).to.equal(201);
  }
}

async function results(): Promise<SatisfactionResultsElement> {
  const el = await fixture<SatisfactionResultsElement>(
    html`<motcua-satisfaction-results endpoint=${endpoint} unit=${unit} from=${from} to=${today}></motcua-satisfaction-results>`,
  );
  return el;
}

describe('<motcua-satisfaction-results>', () => {
  it('shows the rate, a chart with a spoken summary, and the table on request', async () => {
    await rate([12, 7, 1]);
    const el = await results();
    await until(() => !!q(el, '.big'));
    expect(q(el, '.big').textContent).to.equal('Tỷ lệ hài lòng: 95% (19/20 lượt đánh giá)');
    expect(q(el, '.big + .muted').textContent).to.equal(
      'Trong đó: 0 tại quầy (máy đánh giá của phường), 0 của người có hồ sơ (đã tra cứu hồ sơ), 20 qua trang web.',
    );
    const chart = q(el, 'svg');
    expect(chart.getAttribute('role')).to.equal('img');
    expect(chart.getAttribute('aria-label')).to.equal(`Biểu đồ tỷ lệ hài lòng theo tháng: Tháng ${month}/${year} 95%`);
    expect(qa(el, 'rect.bar')).to.have.length(1);
    const toggle = q<HTMLButtonElement>(el, 'button[aria-controls="table"]');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(q(el, 'table').hidden).to.equal(true);
    await expect(el).to.be.accessible();
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(q(el, 'table').hidden).to.equal(false);
    expect(qa(el, 'tbody tr').map((r) => [...r.children].map((c) => c.textContent?.trim()))).to.deep.equal([
      [`Tháng ${month}/${year}`, '20', '19', '95%'],
    ]);
    expect((await serverLog()).queries('/ratings/summary')[0]).to.equal(`from=${from}&to=${today}&groupBy=month`);
    await expect(el).to.be.accessible();
  });

  it('switches to quarters from a radio group', async () => {
    await rate([3, 0, 1]);
    const el = await results();
    await until(() => !!q(el, '.big'));
    const radios = qa(el, 'input[name="group"]') as HTMLInputElement[];
    expect(radios.map((r) => r.parentElement?.textContent?.trim())).to.deep.equal(['Theo tháng', 'Theo quý']);
    radios[1]!.click();
    await until(() => qa(el, 'rect.bar').length === 1 && !!q(el, 'svg')?.getAttribute('aria-label')?.includes('Quý'));
    expect(q(el, 'svg').getAttribute('aria-label')).to.contain(`Quý ${ROMAN[quarter - 1]}/${year} 75%`);
    expect((await serverLog()).queries('/ratings/summary').at(-1)).to.contain('groupBy=quarter');
    await expect(el).to.be.accessible();
  });

  it('speaks English with English periods', async () => {
    await rate([1, 0, 0]);
    const el = await fixture<SatisfactionResultsElement>(
      html`<motcua-satisfaction-results lang="en" group-by="quarter" endpoint=${endpoint} unit=${unit}></motcua-satisfaction-results>`,
    );
    await until(() => !!q(el, '.big'));
    expect(q(el, '.big').textContent).to.equal('Satisfaction rate: 100% (1 of 1 ratings)');
    expect(q(el, 'svg').getAttribute('aria-label')).to.contain(`Q${quarter} ${year} 100%`);
    await expect(el).to.be.accessible();
  });

  it('says when there are no ratings yet', async () => {
    const el = await results();
    await until(() => !!el.shadowRoot!.textContent?.includes('Chưa có lượt đánh giá'));
    expect(q(el, 'svg')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('reports a failure and retries on request', async () => {
    await rate([1, 0, 0]);
    await faults({ path: '/ratings/summary', status: 503 });
    const el = await results();
    await until(() => !!q(el, '.alert'));
    expect(q(el, '.alert').textContent).to.equal('Không tải được kết quả. Xin thử lại sau.');
    await expect(el).to.be.accessible();
    await faults({});
    qa(el, 'button')
      .find((b) => b.textContent?.trim() === 'Thử lại')!
      .click();
    await until(() => !!q(el, '.big'));
    await expect(el).to.be.accessible();
  });
});
