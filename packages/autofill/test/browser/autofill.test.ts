import { expect } from '@open-wc/testing';
import { applyFill, describeForm, planFill, undoFill } from '../../src/index.js';
import type { CitizenProfile, Person } from '../../src/types.js';
import { scoreForm } from '../score.js';
import { FIXTURES, loadFixture } from './fixtures.js';

const profile: CitizenProfile = await (await fetch('/test/fixtures/portal/profile.json')).json();

describe('autofill on portal-like forms', () => {
  for (const name of FIXTURES) {
    it(`${name}: fills the applicant's fields as the page sees them, leaves everyone else's empty, and undoes`, async () => {
      const fx = await loadFixture(name);
      try {
        const before = { ...fx.model };
        const fields = describeForm(fx.doc);
        const plan = planFill(fields, profile);
        const report = await applyFill(plan);
        const score = scoreForm(fx.doc, fx.expected, plan, report, profile);
        const wrong = score.fields.filter((f) => f.verdict !== 'right');
        expect(wrong, JSON.stringify(wrong, null, 1)).to.deep.equal([]);
        // What the page's framework saw: the exact value where the page says, and something for every filled field.
        for (const [key, want] of fx.values) expect(fx.model[key] ?? '', key).to.equal(want);
        for (const f of score.fields) {
          const key = fx.doc.querySelector<HTMLElement>(f.selector)?.dataset.model;
          if (key)
            expect(fx.model[key] ?? '', `${name} ${key}`).to.have.length.that.is[f.want ? 'above' : 'below'](
              f.want ? 0 : 1,
            );
        }
        expect(report.failed, JSON.stringify(report.results.filter((r) => !r.stuck).map((r) => r.entry.path))).to.equal(
          0,
        );
        for (const u of plan.unmatched) expect(u.detail).to.be.a('string').and.not.equal('');
        await undoFill(report);
        const left = Object.entries(fx.model).filter(([k, v]) => v !== (before[k] ?? ''));
        expect(left, 'not as before after undo').to.deep.equal([]);
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

  it('says whose each field is, skips other people’s with the reason, and fills them from assigned profiles', async () => {
    const fx = await loadFixture('khai-sinh');
    try {
      const fields = describeForm(fx.doc);
      const byName = Object.fromEntries(fields.map((f) => [f.name, f]));
      expect(byName.txtHoTenNYC?.person.role).to.equal('applicant');
      expect(byName.txt5?.person).to.include({ role: 'registeredChild', source: 'section' });
      expect(byName.txt6?.person.role).to.equal('father');
      expect(byName.txt10?.person).to.deep.equal({ role: 'mother', source: 'section', evidence: 'Thông tin người mẹ' });
      const plan = planFill(fields, profile);
      expect(plan.entries.every((e) => e.field.person.role === 'applicant')).to.equal(true);
      const mother = plan.unmatched.find((u) => u.field.name === 'txt10');
      expect(mother).to.include({ reason: 'other-person', detail: 'Bỏ qua: thuộc phần Thông tin người mẹ' });
      expect(plan.people.map((p) => p.key)).to.deep.equal(['registeredChild', 'father', 'mother']);
      // The officer assigns the parents' profiles (here the applicant's noted relatives) and fills one field anyway.
      const [father, mum] = [profile.relatives?.[0], profile.relatives?.[1]];
      const assigned = planFill(fields, profile, [], {
        people: { father: father as Person, mother: mum as Person },
        fillAnyway: [byName.txtNoiSinh?.id as string, byName.txt5?.id as string],
      });
      const entry = (name: string) => assigned.entries.find((e) => e.field.name === name);
      expect(entry('txt6')).to.include({ value: 'Nguyễn Văn Bình', from: 'father' });
      expect(entry('txt10')).to.include({ value: 'Trần Thị Cúc', from: 'mother' });
      expect(entry('txt11')?.value).to.equal('1958-11-02');
      expect(entry('txt5')).to.include({ value: 'Nguyễn Văn An', from: 'applicant' });
      expect(entry('txt5')?.reason).to.contain('cán bộ chọn điền');
      // Unknown fields are listed, not guessed, even when asked.
      expect(assigned.unmatched.some((u) => u.field.name === 'txtQuanHe' && u.reason === 'unknown')).to.equal(true);
    } finally {
      fx.close();
    }
  });

  it('plans the province from an old card address and asks the officer for the commune', async () => {
    const fx = await loadFixture('ho-kinh-doanh');
    try {
      const { residence: _r, ...old } = profile;
      const plan = planFill(describeForm(fx.doc), old);
      const province = plan.entries.find((e) => e.path === 'residence.province');
      expect(province?.value).to.equal('Đà Nẵng'); // a custom select's options are matched when it opens
      const commune = plan.unmatched.find((u) => u.path === 'residence.commune');
      expect(commune?.reason).to.equal('confirm');
    } finally {
      fx.close();
    }
  });

  it('applies taught rules before everything else, by label or selector, within their scope, never across people', async () => {
    const fx = await loadFixture('khai-sinh');
    try {
      const fields = describeForm(fx.doc);
      const rules = [
        {
          label: 'Quan hệ với người được khai sinh',
          field: 'relatives.father.fullName',
          scope: 'https://cong.example/',
        },
        { selector: 'input[name="txt4"]', field: 'currentAddress' },
        { selector: 'input[name="txtNoiSinh"]', field: 'address' },
      ];
      const plan = planFill(fields, profile, rules, { url: 'https://cong.example/khai-sinh' });
      const rel = plan.entries.find((e) => e.field.name === 'txtQuanHe');
      expect(rel?.layer).to.equal('rule');
      expect(rel?.value).to.equal('Nguyễn Văn Bình');
      expect(plan.entries.find((e) => e.field.name === 'txt4')?.layer).to.equal('rule');
      // A rule says what a field is, not whose: the child's birthplace stays the child's.
      expect(plan.unmatched.find((u) => u.field.name === 'txtNoiSinh')?.reason).to.equal('other-person');
      const elsewhere = planFill(fields, profile, rules, { url: 'https://other.example/' });
      expect(elsewhere.entries.some((e) => e.field.name === 'txtQuanHe')).to.equal(false);
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
