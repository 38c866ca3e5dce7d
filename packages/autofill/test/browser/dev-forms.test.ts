/**
 * The development forms (written apart from the engine, tuned on): every field right as its expected file
 * says (another person's and no one's left empty), what the page shows read back, and undo puts all back.
 */
import { expect } from '@open-wc/testing';
import { applyFill, describeForm, planFill, undoFill } from '../../src/index.js';
import type { CitizenProfile } from '../../src/types.js';
import { scoreForm } from '../score.js';
import { DEV_FIXTURES, loadFixture } from './fixtures.js';

const profile: CitizenProfile = await (await fetch('/test/fixtures/portal/profile.json')).json();

/** What every control of the page holds, by its place in the page (a form's inputs, selects and textareas). */
const contents = (doc: Document) =>
  Array.from(doc.querySelectorAll<HTMLInputElement>('input, select, textarea')).map((c) =>
    c.type === 'radio' || c.type === 'checkbox' ? String(c.checked) : c.value,
  );

describe('autofill on the development forms', () => {
  for (const name of DEV_FIXTURES) {
    it(`${name}: fills the applicant's fields, leaves everyone else's empty, and undoes`, async () => {
      const fx = await loadFixture(name);
      try {
        const before = contents(fx.doc);
        const plan = planFill(describeForm(fx.doc), profile);
        const report = await applyFill(plan);
        const score = scoreForm(fx.doc, fx.expected, plan, report, profile);
        expect(score.wrongPerson, 'another person’s field filled').to.equal(0);
        const wrong = score.fields.filter((f) => f.verdict !== 'right');
        expect(wrong, JSON.stringify(wrong, null, 1)).to.deep.equal([]);
        await undoFill(report);
        expect(contents(fx.doc), 'not as before after undo').to.deep.equal(before);
      } finally {
        fx.close();
      }
    });
  }
});
