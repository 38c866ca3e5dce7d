import { expect, fixture, html } from '@open-wc/testing';
import { css, html as litHtml } from 'lit';
import { type LocaleTable, MotcuaElement, format, matchLang } from './motcua-element.js';
import { hostStyles } from './tokens.styles.js';

/** A minimal real widget built on the base, as every motcua widget is. */
class GreetingElement extends MotcuaElement {
  static override locales: LocaleTable = {
    vi: { greeting: 'Xin chào {name}', action: 'Gửi' },
    en: { greeting: 'Hello {name}', action: 'Send' },
  };
  static override styles = [hostStyles, css`button { min-height: 44px; }`];
  override render() {
    return litHtml`<p part="text">${this.t('greeting', { name: this.unit })}</p>
      <button type="button" @click=${() => this.emit('motcua-send', { unit: this.unit })}>${this.t('action')}</button>`;
  }
}
MotcuaElement.define('motcua-test-greeting', GreetingElement);

/** English loaded on demand, as the CDN widgets do; the loader counts its calls. */
let lazyCalls = 0;
class LazyGreetingElement extends GreetingElement {
  static override locales: LocaleTable = {
    vi: GreetingElement.locales.vi,
    en: async () => {
      lazyCalls++;
      await new Promise((r) => setTimeout(r, 20));
      return { greeting: 'Hello {name}', action: 'Send' };
    },
  };
}
MotcuaElement.define('motcua-test-lazy-greeting', LazyGreetingElement);
class BrokenGreetingElement extends GreetingElement {
  static override locales: LocaleTable = {
    vi: GreetingElement.locales.vi,
    en: () => Promise.reject(new Error('offline')),
  };
}
MotcuaElement.define('motcua-test-broken-greeting', BrokenGreetingElement);

describe('MotcuaElement', () => {
  it('renders Vietnamese by default and is accessible', async () => {
    const el = await fixture<GreetingElement>(html`<motcua-test-greeting unit="Tân Thạnh"></motcua-test-greeting>`);
    expect(el.shadowRoot!.querySelector('p')!.textContent).to.equal('Xin chào Tân Thạnh');
    expect(el.shadowRoot!.querySelector('button')!.textContent).to.equal('Gửi');
    await expect(el).to.be.accessible();
  });

  it('follows its own lang attribute, then the closest ancestor lang', async () => {
    const own = await fixture<GreetingElement>(html`<motcua-test-greeting lang="en" unit="A"></motcua-test-greeting>`);
    expect(own.shadowRoot!.querySelector('p')!.textContent).to.equal('Hello A');
    const wrapper = await fixture(html`<div lang="en-GB"><motcua-test-greeting unit="B"></motcua-test-greeting></div>`);
    const inner = wrapper.querySelector('motcua-test-greeting') as GreetingElement;
    await inner.updateComplete;
    expect(inner.shadowRoot!.querySelector('p')!.textContent).to.equal('Hello B');
  });

  it('waits for English strings loaded on demand, fetching them once for every widget', async () => {
    const wrapper = await fixture(html`<div lang="en">
      <motcua-test-lazy-greeting unit="A"></motcua-test-lazy-greeting>
      <motcua-test-lazy-greeting unit="B"></motcua-test-lazy-greeting>
    </div>`);
    const [a, b] = [...wrapper.querySelectorAll('motcua-test-lazy-greeting')] as LazyGreetingElement[];
    await a!.updateComplete;
    await b!.updateComplete;
    expect(a!.shadowRoot!.querySelector('p')!.textContent).to.equal('Hello A');
    expect(b!.shadowRoot!.querySelector('button')!.textContent).to.equal('Send');
    expect(lazyCalls).to.equal(1);
    const vi = await fixture<LazyGreetingElement>(
      html`<motcua-test-lazy-greeting unit="C"></motcua-test-lazy-greeting>`,
    );
    expect(vi.shadowRoot!.querySelector('p')!.textContent).to.equal('Xin chào C');
  });

  it('renders in Vietnamese when the English strings cannot load', async () => {
    const original = console.warn;
    console.warn = () => {};
    try {
      const el = await fixture<BrokenGreetingElement>(
        html`<motcua-test-broken-greeting lang="en" unit="A"></motcua-test-broken-greeting>`,
      );
      expect(el.shadowRoot!.querySelector('p')!.textContent).to.equal('Xin chào A');
      await expect(el).to.be.accessible();
    } finally {
      console.warn = original;
    }
  });

  it('lets the page override a string by attribute and ignores bad JSON', async () => {
    const el = await fixture<GreetingElement>(
      html`<motcua-test-greeting strings='{"action":"Gửi ý kiến"}'></motcua-test-greeting>`,
    );
    expect(el.shadowRoot!.querySelector('button')!.textContent).to.equal('Gửi ý kiến');
    const bad = await fixture<GreetingElement>(html`<motcua-test-greeting strings="{oops"></motcua-test-greeting>`);
    expect(bad.shadowRoot!.querySelector('button')!.textContent).to.equal('Gửi');
  });

  it('emits composed, bubbling events the page can hear', async () => {
    const el = await fixture<GreetingElement>(html`<motcua-test-greeting unit="demo"></motcua-test-greeting>`);
    let detail: unknown;
    document.addEventListener('motcua-send', (e) => (detail = (e as CustomEvent).detail), { once: true });
    el.shadowRoot!.querySelector('button')!.click();
    expect(detail).to.deep.equal({ unit: 'demo' });
  });

  it('warns instead of throwing when a tag is defined twice', () => {
    const warnings: unknown[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      class Other extends MotcuaElement {}
      expect(() => MotcuaElement.define('motcua-test-greeting', Other)).not.to.throw();
    } finally {
      console.warn = original;
    }
    expect(String(warnings[0])).to.contain('already registered');
    expect(customElements.get('motcua-test-greeting')).to.equal(GreetingElement);
  });
});

describe('helpers', () => {
  it('matchLang picks supported primary languages', () => {
    expect(matchLang('vi-VN')).to.equal('vi');
    expect(matchLang('EN_us')).to.equal('en');
    expect(matchLang('fr')).to.equal(undefined);
    expect(matchLang(null)).to.equal(undefined);
  });
  it('format fills known placeholders only', () => {
    expect(format('{a} và {b}', { a: 1 })).to.equal('1 và {b}');
  });
});

declare global {
  interface HTMLElementTagNameMap {
    'motcua-test-greeting': GreetingElement;
    'motcua-test-lazy-greeting': LazyGreetingElement;
    'motcua-test-broken-greeting': BrokenGreetingElement;
  }
}
