// The full criteria survey in Chromium: every question on one page when wide, one per step on phones.
import { expect, fixture, html } from '@open-wc/testing';
import { DEFAULT_CRITERIA } from '@motcua/core';
import type { SatisfactionSurveyElement } from './satisfaction-survey.component.js';
import './satisfaction-survey.js';
import { resetPageOutbox, serverLog, until, useBucket } from '../../test/browser/support/endpoint.js';

const q = <T extends Element = HTMLElement>(el: Element, sel: string) => el.shadowRoot!.querySelector<T>(sel)!;
const qa = (el: Element, sel: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(sel)];
const n = DEFAULT_CRITERIA.criteria.length;

let endpoint = '';
beforeEach(() => {
  endpoint = useBucket();
});
afterEach(resetPageOutbox);

describe('<motcua-satisfaction-survey>', () => {
  it('shows every criterion and the overall question on one page on a wide screen', async () => {
    const el = await fixture<SatisfactionSurveyElement>(
      html`<div class="wide"><motcua-satisfaction-survey endpoint=${endpoint} unit="demo" procedure="1.001193"></motcua-satisfaction-survey></div>`,
    ).then((w) => w.querySelector('motcua-satisfaction-survey')!);
    await el.updateComplete;
    expect(q(el, 'h2').textContent).to.equal('Đánh giá chi tiết mức độ hài lòng');
    expect(qa(el, 'fieldset')).to.have.length(n + 1);
    expect(qa(el, 'legend')[0]!.textContent).to.contain(DEFAULT_CRITERIA.criteria[0]!.question.vi);
    expect(qa(el, 'fieldset')[0]!.querySelectorAll('input[type="radio"]')).to.have.length(3);
    await expect(el).to.be.accessible();
  });

  it('sends nothing without the overall answer and links the summary to it', async () => {
    const el = await fixture<SatisfactionSurveyElement>(
      html`<div class="wide"><motcua-satisfaction-survey endpoint=${endpoint} unit="demo"></motcua-satisfaction-survey></div>`,
    ).then((w) => w.querySelector('motcua-satisfaction-survey')!);
    await el.updateComplete;
    q<HTMLButtonElement>(el, 'button[type="submit"]').click();
    await until(() => !!q(el, '.summary'));
    expect(el.shadowRoot!.activeElement).to.equal(q(el, '.summary'));
    expect(q(el, '.summary a').textContent).to.equal('Xin chọn một mức độ hài lòng.');
    await expect(el).to.be.accessible();
    q(el, '.summary a').click();
    expect(el.shadowRoot!.activeElement).to.equal(qa(el, 'input[name="level"]')[0]);
    expect((await serverLog()).posts).to.deep.equal([]);
  });

  it('asks one question per step on a phone, moves focus to each question, and sends the answers', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div><motcua-satisfaction-survey endpoint=${endpoint} unit="demo"></motcua-satisfaction-survey></div>`,
    );
    wrapper.style.width = '360px';
    const el = wrapper.querySelector('motcua-satisfaction-survey')!;
    await until(() => qa(el, 'fieldset').length === 1);
    expect(q(el, 'p[aria-live]').textContent).to.equal(`Câu 1/${n + 1}`);
    expect(qa(el, 'button').map((b) => b.textContent?.trim())).to.deep.equal(['Câu tiếp theo']);
    await expect(el).to.be.accessible();
    // Answer the first option of every criterion, stepping forward.
    for (let i = 0; i < n; i++) {
      (q(el, 'fieldset input[type="radio"]') as HTMLInputElement).click();
      qa(el, 'button')
        .find((b) => b.textContent?.trim() === 'Câu tiếp theo')!
        .click();
      await until(() => q(el, 'p[aria-live]').textContent === `Câu ${i + 2}/${n + 1}`);
      expect(el.shadowRoot!.activeElement?.id).to.equal(`q-${i + 1}`);
    }
    // Back and forth keeps answers.
    qa(el, 'button')
      .find((b) => b.textContent?.trim() === 'Câu trước')!
      .click();
    await until(() => q(el, 'p[aria-live]').textContent === `Câu ${n}/${n + 1}`);
    expect((q(el, 'fieldset input[type="radio"]') as HTMLInputElement).checked).to.equal(true);
    qa(el, 'button')
      .find((b) => b.textContent?.trim() === 'Câu tiếp theo')!
      .click();
    await until(() => !!q(el, 'button[type="submit"]'));
    (qa(el, 'input[name="level"]')[0] as HTMLInputElement).click();
    q<HTMLButtonElement>(el, 'button[type="submit"]').click();
    await until(() => !!q(el, '.done'));
    const body = Object.values((await serverLog()).bodies)[0]!;
    expect(body.mode).to.equal('full');
    expect(body.score).to.equal(3);
    expect(body.criteria).to.deep.equal(Object.fromEntries(DEFAULT_CRITERIA.criteria.map((c) => [c.id, 2])));
    await expect(el).to.be.accessible();
  });

  it('falls back to the built-in criteria and says so when the ward’s set is broken', async () => {
    const src = `data:application/json,${encodeURIComponent(JSON.stringify({ overall: { vi: 'x', en: 'x' }, criteria: [] }))}`;
    const el = await fixture<SatisfactionSurveyElement>(
      html`<motcua-satisfaction-survey endpoint=${endpoint} unit="demo" criteria-src=${src}></motcua-satisfaction-survey>`,
    );
    await until(() => !!qa(el, 'p.muted').find((p) => p.textContent?.includes('Không đọc được bộ tiêu chí')));
    expect(qa(el, 'fieldset').length).to.be.greaterThan(1);
    await expect(el).to.be.accessible();
  });

  it('uses a valid set a ward supplies', async () => {
    const set = {
      overall: { vi: 'Nhìn chung ông/bà thấy thế nào?', en: 'Overall?' },
      criteria: [
        {
          id: 'cho-ngoi',
          question: { vi: 'Chỗ ngồi chờ có đủ không?', en: 'Enough seats?' },
          options: [
            { points: 2, vi: 'Đủ', en: 'Yes' },
            { points: 0, vi: 'Thiếu', en: 'No' },
          ],
        },
      ],
    };
    const src = `data:application/json,${encodeURIComponent(JSON.stringify(set))}`;
    const el = await fixture<SatisfactionSurveyElement>(
      html`<motcua-satisfaction-survey endpoint=${endpoint} unit="demo" criteria-src=${src}></motcua-satisfaction-survey>`,
    );
    await until(() => qa(el, 'fieldset').length === 2 || qa(el, 'p[aria-live]').length > 0);
    expect(el.shadowRoot!.textContent).to.contain('Chỗ ngồi chờ có đủ không?');
    await expect(el).to.be.accessible();
  });
});
