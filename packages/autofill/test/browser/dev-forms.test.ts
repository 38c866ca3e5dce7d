/**
 * The development sets (dev/, dev-2/, dev-3/…, each found by its directory; written apart from the
 * engine, tuned on): no field of another person or of no one filled, every field right as the expected file says but the gaps written down
 * below (the bench lists each miss), and undo puts every control back.
 */
import { expect } from '@open-wc/testing';
import { applyFill, describeForm, planFill, undoFill } from '../../src/index.js';
import type { CitizenProfile } from '../../src/types.js';
import { scoreForm } from '../score.js';
import { devFixtures, loadFixture } from './fixtures.js';

const profile: CitizenProfile = await (await fetch('/test/fixtures/portal/profile.json')).json();
const DEV_FORMS = await devFixtures();

/** What every control of the page holds, by its place in the page (a form's inputs, selects and textareas). */
const contents = (doc: Document) =>
  Array.from(doc.querySelectorAll<HTMLInputElement>('input, select, textarea')).map((c) =>
    c.type === 'radio' || c.type === 'checkbox' ? String(c.checked) : c.value,
  );

/** Misses on the development forms not yet closed, with why (none left on the first three sets). */
const KNOWN_GAPS: Record<string, { fields: string[]; why: string }> = {
  'dev-4/khai-sinh-stencil': {
    fields: ['ks-secure-input#cha-soDinhDanh'],
    why: 'the ID box is inside a closed shadow root (the host only exposes `value`): the engine cannot reach it',
  },
  'dev-4/tam-tru-onsen': {
    fields: ['ons-input#soNhaTamTru input'],
    why: 'the place applied for is named only by an Onsen `ons-list-header` ("NƠI ĐỀ NGHỊ ĐĂNG KÝ TẠM TRÚ"), which is read as no part, so its street box takes the street',
  },
  'dev-4/dang-ky-dat-dai-webflow': {
    fields: ['#Gioi-tinh', '#Tinh-cu'],
    why: 'gender as a Nữ/Nam switch (a checkbox) is not filled; the old three-level address is said old only by a line of text above it ("đơn vị hành chính trước năm 2025"), which the engine does not read as its part, so its province is filled',
  },
};

describe('autofill on the development forms', () => {
  it('finds the development sets by their directories', () => {
    expect(DEV_FORMS.filter((n) => n.startsWith('dev-3/'))).to.have.length.above(20);
  });
  for (const name of DEV_FORMS) {
    it(`${name}: fills the applicant's fields, leaves everyone else's empty, and undoes`, async () => {
      const fx = await loadFixture(name);
      try {
        const before = contents(fx.doc);
        const plan = planFill(describeForm(fx.doc), profile);
        const report = await applyFill(plan);
        const score = scoreForm(fx.doc, fx.expected, plan, report, profile);
        // The rule that wins over the score: no field of another person or of no one is ever filled.
        const others = score.fields.filter((f) => f.got && f.person !== 'applicant');
        expect(others, JSON.stringify(others, null, 1)).to.deep.equal([]);
        // Every field right, but where a known gap is written down (the bench lists each miss).
        const wrong = score.fields.filter((f) => f.verdict !== 'right').map((f) => f.selector);
        expect(wrong, name).to.deep.equal(KNOWN_GAPS[name]?.fields ?? []);
        await undoFill(report);
        expect(contents(fx.doc), 'not as before after undo').to.deep.equal(before);
      } finally {
        fx.close();
      }
    });
  }
});
