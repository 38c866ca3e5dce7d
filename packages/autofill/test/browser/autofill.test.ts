import { expect } from '@open-wc/testing';
import { applyFill, describeForm, planFill, undoFill } from '../../src/index.js';
import type { CitizenProfile } from '../../src/types.js';
import { FIXTURES, loadFixture } from './fixtures.js';

const profile: CitizenProfile = await (await fetch('/test/fixtures/portal/profile.json')).json();

describe('autofill on portal-like forms', () => {
  for (const name of FIXTURES) {
    it(`${name}: fills every expected field as the page sees it, leaves the rest empty, and undoes`, async () => {
      const fx = await loadFixture(name);
      try {
        const fields = describeForm(fx.doc);
        const plan = planFill(fields, profile);
        const report = await applyFill(plan);
        const wrong: string[] = [];
        for (const [key, want] of fx.expected) {
          const got = fx.model[key] ?? '';
          if (got !== want) wrong.push(`${key}: expected "${want}", page has "${got}"`);
        }
        expect(wrong, wrong.join('\n')).to.deep.equal([]);
        // The read-back report: every planned field stuck, and it says what each holds.
        expect(
          report.failed,
          JSON.stringify(report.results.filter((r) => !r.stuck).map((r) => [r.entry.path, r.actual])),
        ).to.equal(0);
        expect(report.filled).to.equal(plan.entries.length);
        for (const r of report.results) expect(r.entry.reason).to.be.a('string').and.not.equal('');
        await undoFill(report);
        const left = [...fx.expected.keys()].filter((k) => (fx.model[k] ?? '') !== '');
        expect(left, `still filled after undo: ${left.join(', ')}`).to.deep.equal([]);
      } finally {
        fx.close();
      }
    });
  }

  it('never describes hidden, off-screen or covered fields', async () => {
    const fx = await loadFixture('chung-thuc');
    try {
      const names = describeForm(fx.doc).map((f) => f.name);
      expect(names).to.include('fullName');
      expect(names).not.to.include('website');
      expect(names).not.to.include('hoTen2');
      expect(names).not.to.include('phone2');
      expect(names).not.to.include('ghostName');
    } finally {
      fx.close();
    }
  });

  it('scopes by section: father and mother rows get their own names, never the applicant’s', async () => {
    const fx = await loadFixture('khai-sinh');
    try {
      const plan = planFill(describeForm(fx.doc), profile);
      const byName = Object.fromEntries(plan.entries.map((e) => [e.field.name, e]));
      expect(byName.txt6?.path).to.equal('relatives.father.fullName');
      expect(byName.txt10?.path).to.equal('relatives.mother.fullName');
      expect(byName.txt10?.reason).to.contain('mẹ');
      expect(byName.txt5?.path).to.equal('relatives.child.fullName');
      // Without a mother in the profile, the mother's name stays unfilled rather than taking the applicant's.
      const alone = planFill(describeForm(fx.doc), { ...profile, relatives: {} });
      const mother = alone.unmatched.find((u) => u.field.name === 'txt10');
      expect(mother?.reason).to.equal('no-value');
      expect(alone.entries.some((e) => e.field.name === 'txt10')).to.equal(false);
      // Unknown fields are listed, not guessed.
      expect(plan.unmatched.some((u) => u.field.name === 'txtQuanHe' && u.reason === 'unknown')).to.equal(true);
    } finally {
      fx.close();
    }
  });

  it('plans the province from an old card address and asks the officer for the commune', async () => {
    const fx = await loadFixture('thuong-tru');
    try {
      const { residence: _r, ...old } = profile;
      const plan = planFill(describeForm(fx.doc), old);
      const province = plan.entries.find((e) => e.path === 'residence.province');
      expect(province?.value).to.equal('Thành phố Đà Nẵng');
      const commune = plan.unmatched.find((u) => u.path === 'residence.commune');
      expect(commune?.reason).to.equal('confirm');
    } finally {
      fx.close();
    }
  });

  it('applies saved rules before everything else, matched by label or selector', async () => {
    const fx = await loadFixture('khai-sinh');
    try {
      const plan = planFill(describeForm(fx.doc), profile, [
        { label: 'Quan hệ với người được khai sinh', field: 'relatives.father.fullName' },
        { selector: 'input[name="txtNoiSinh"]', field: 'address' },
      ]);
      const rel = plan.entries.find((e) => e.field.name === 'txtQuanHe');
      expect(rel?.layer).to.equal('rule');
      expect(rel?.value).to.equal('Nguyễn Văn Bình');
      expect(plan.entries.find((e) => e.field.name === 'txtNoiSinh')?.layer).to.equal('rule');
    } finally {
      fx.close();
    }
  });

  it('describes fields in open shadow roots and same-origin iframes, without values', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    const label = document.createElement('label');
    label.textContent = 'Số điện thoại';
    const input = document.createElement('input');
    input.value = 'bí mật';
    label.append(input);
    shadow.append(label);
    const fx = await loadFixture('pakn');
    try {
      const fields = describeForm(document.body);
      const phone = fields.find((f) => f.label === 'Số điện thoại');
      expect(phone, 'field inside the shadow root').to.exist;
      expect(fields.some((f) => f.name === 'mail')).to.equal(true); // from the iframe
      expect(JSON.stringify(fields)).not.to.contain('bí mật');
    } finally {
      fx.close();
      host.remove();
    }
  });
});
