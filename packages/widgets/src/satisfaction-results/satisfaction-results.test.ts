// The published results in Chromium, reading the summary from the test runner's endpoint.
import { expect, fixture, html } from '@open-wc/testing';
import type { SatisfactionResultsElement } from './satisfaction-results.component.js';
import './satisfaction-results.js';
import { resetPageOutbox, serverLog, setMode, until, useBucket } from '../../test/browser/support/endpoint.js';

const q = <T extends Element = HTMLElement>(el: Element, sel: string) => el.shadowRoot!.querySelector<T>(sel)!;
const qa = (el: Element, sel: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(sel)];

const month = {
  total: 120,
  counts: { '1': 6, '2': 40, '3': 74 },
  satisfied: 114,
  satisfiedRate: 0.95,
  byProof: { none: 90, kiosk: 25, dossier: 5 },
  periods: [
    { period: '2026-09', total: 40, satisfied: 36, satisfiedRate: 0.9 },
    { period: '2026-10', total: 0, satisfied: 0, satisfiedRate: 0 },
    { period: '2026-11', total: 80, satisfied: 78, satisfiedRate: 0.975 },
  ],
};
const quarter = {
  ...month,
  periods: [
    { period: '2026-Q3', total: 40, satisfied: 36, satisfiedRate: 0.9 },
    { period: '2026-Q4', total: 80, satisfied: 78, satisfiedRate: 0.975 },
  ],
};

let endpoint = '';
beforeEach(() => {
  endpoint = useBucket();
});
afterEach(resetPageOutbox);

async function results(): Promise<SatisfactionResultsElement> {
  const el = await fixture<SatisfactionResultsElement>(
    html`<motcua-satisfaction-results endpoint=${endpoint} unit="demo" from="2026-09-01" to="2026-11-30"></motcua-satisfaction-results>`,
  );
  return el;
}

describe('<motcua-satisfaction-results>', () => {
  it('shows the rate, a chart with a spoken summary, and the table on request', async () => {
    await setMode({ summary: { month, quarter } });
    const el = await results();
    await until(() => !!q(el, '.big'));
    expect(q(el, '.big').textContent).to.equal('Tỷ lệ hài lòng: 95% (114/120 lượt đánh giá)');
    expect(q(el, '.big + .muted').textContent).to.equal(
      'Trong đó: 25 tại quầy (máy đánh giá của phường), 5 của người có hồ sơ (đã tra cứu hồ sơ), 90 qua trang web.',
    );
    const chart = q(el, 'svg');
    expect(chart.getAttribute('role')).to.equal('img');
    expect(chart.getAttribute('aria-label')).to.equal(
      'Biểu đồ tỷ lệ hài lòng theo tháng: Tháng 9/2026 90%; Tháng 11/2026 97,5%',
    );
    expect(qa(el, 'rect.bar')).to.have.length(2);
    const toggle = q<HTMLButtonElement>(el, 'button[aria-controls="table"]');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(q(el, 'table').hidden).to.equal(true);
    await expect(el).to.be.accessible();
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(q(el, 'table').hidden).to.equal(false);
    expect(qa(el, 'tbody tr').map((r) => [...r.children].map((c) => c.textContent?.trim()))).to.deep.equal([
      ['Tháng 9/2026', '40', '36', '90%'],
      ['Tháng 10/2026', '0', '0', '—'],
      ['Tháng 11/2026', '80', '78', '97,5%'],
    ]);
    expect((await serverLog()).summaryQueries[0]).to.equal('from=2026-09-01&to=2026-11-30&groupBy=month');
    await expect(el).to.be.accessible();
  });

  it('switches to quarters from a radio group', async () => {
    await setMode({ summary: { month, quarter } });
    const el = await results();
    await until(() => !!q(el, '.big'));
    const radios = qa(el, 'input[name="group"]') as HTMLInputElement[];
    expect(radios.map((r) => r.parentElement?.textContent?.trim())).to.deep.equal(['Theo tháng', 'Theo quý']);
    radios[1]!.click();
    await until(() => qa(el, 'rect.bar').length === 2 && !!q(el, 'svg')?.getAttribute('aria-label')?.includes('Quý'));
    expect(q(el, 'svg').getAttribute('aria-label')).to.contain('Quý III/2026 90%; Quý IV/2026 97,5%');
    expect((await serverLog()).summaryQueries.at(-1)).to.contain('groupBy=quarter');
    await expect(el).to.be.accessible();
  });

  it('speaks English with English periods', async () => {
    await setMode({ summary: { month, quarter } });
    const el = await fixture<SatisfactionResultsElement>(
      html`<motcua-satisfaction-results lang="en" group-by="quarter" endpoint=${endpoint} unit="demo"></motcua-satisfaction-results>`,
    );
    await until(() => !!q(el, '.big'));
    expect(q(el, '.big').textContent).to.equal('Satisfaction rate: 95% (114 of 120 ratings)');
    expect(q(el, 'svg').getAttribute('aria-label')).to.contain('Q3 2026 90%');
    await expect(el).to.be.accessible();
  });

  it('says when there are no ratings yet', async () => {
    await setMode({ summary: { month: { total: 0, satisfied: 0, satisfiedRate: 0, periods: [] } } });
    const el = await results();
    await until(() => !!el.shadowRoot!.textContent?.includes('Chưa có lượt đánh giá'));
    expect(q(el, 'svg')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('reports a failure and retries on request', async () => {
    await setMode({ status: 503 });
    const el = await results();
    await until(() => !!q(el, '.alert'));
    expect(q(el, '.alert').textContent).to.equal('Không tải được kết quả. Xin thử lại sau.');
    await expect(el).to.be.accessible();
    await setMode({ summary: { month, quarter } });
    qa(el, 'button')
      .find((b) => b.textContent?.trim() === 'Thử lại')!
      .click();
    await until(() => !!q(el, '.big'));
    await expect(el).to.be.accessible();
  });
});
