import { expect, fixture, html } from '@open-wc/testing';
import { html as litHtml, LitElement, type PropertyDeclarations } from 'lit';
import { errorSummary, type FieldErrors } from './error-summary.js';
import { errorSummaryStyles } from './error-summary.styles.js';
import { hostStyles } from './tokens.styles.js';

/** A form in a shadow root, as every widget's is, with the summary above its fields. */
class SummaryFormElement extends LitElement {
  static override styles = [hostStyles, errorSummaryStyles];
  static override properties: PropertyDeclarations = { errors: { attribute: false } };
  errors: FieldErrors = {};
  override render() {
    return litHtml`<form>
      ${errorSummary('Có lỗi cần sửa', this.errors)}
      <label for="f-name">Họ và tên</label><input id="f-name" />
      <label for="f-phone">Số điện thoại</label><input id="f-phone" type="tel" />
    </form>`;
  }
}
customElements.define('motcua-test-summary-form', SummaryFormElement);

async function form(errors: FieldErrors) {
  const el = await fixture<SummaryFormElement>(
    html`<motcua-test-summary-form .errors=${errors}></motcua-test-summary-form>`,
  );
  return { el, root: el.shadowRoot! };
}

describe('errorSummary', () => {
  it('shows nothing while there is no error', async () => {
    const { root } = await form({ name: undefined, phone: '' });
    expect(root.querySelector('.summary')).to.equal(null);
  });

  it('lists each field error as a link to its field, titled, as an alert', async () => {
    const { el, root } = await form({ name: 'Nhập họ và tên', phone: 'Số điện thoại chưa đúng' });
    const summary = root.querySelector<HTMLElement>('.summary')!;
    expect(summary.getAttribute('role')).to.equal('alert');
    expect(summary.tabIndex).to.equal(-1);
    expect(root.getElementById(summary.getAttribute('aria-labelledby')!)!.textContent).to.equal('Có lỗi cần sửa');
    const links = [...summary.querySelectorAll('a')];
    expect(links.map((a) => [a.getAttribute('href'), a.textContent])).to.deep.equal([
      ['#f-name', 'Nhập họ và tên'],
      ['#f-phone', 'Số điện thoại chưa đúng'],
    ]);
    await expect(el).to.be.accessible();
  });

  it('moves focus to the field when its error is followed, inside the shadow root', async () => {
    const { root } = await form({ name: 'Nhập họ và tên', phone: 'Số điện thoại chưa đúng' });
    root.querySelector<HTMLAnchorElement>('a[href="#f-phone"]')!.click();
    expect(root.activeElement?.id).to.equal('f-phone');
    expect(location.hash).to.equal('');
  });

  it('shows a message about the whole form without a link', async () => {
    const { root } = await form({ form: 'Chưa gửi được. Hãy thử lại.', name: 'Nhập họ và tên' });
    const items = [...root.querySelectorAll('.summary li')];
    expect(items.map((li) => li.textContent)).to.deep.equal(['Chưa gửi được. Hãy thử lại.', 'Nhập họ và tên']);
    expect(items[0]!.querySelector('a')).to.equal(null);
  });
});
