/**
 * Recall on markup no fixture was written around: fields the page says are the applicant's though the
 * usual label or heading is missing or elsewhere (a label on the options' block, a hidden twin, a
 * subtitle, a title drawn over a column or above the fields it follows, a picture's alt, a row's checkbox
 * saying who files). Each form is small and written here; the planned path (or why it was skipped) is checked.
 */
import { expect } from '@open-wc/testing';
import { describeForm, planFill } from '../../src/index.js';
import type { CitizenProfile } from '../../src/types.js';

const profile: CitizenProfile = await (await fetch('/test/fixtures/portal/profile.json')).json();

/** Loads `body` into a frame and returns, by element id, the planned path or `skip:<reason>`. */
async function planOf(body: string): Promise<Record<string, string>> {
  const frame = document.createElement('iframe');
  frame.width = '1000';
  frame.height = '1600';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = `<!doctype html><html lang="vi"><meta charset="utf-8"><body>${body}</body></html>`;
  document.body.append(frame);
  await loaded;
  try {
    const plan = planFill(describeForm(frame.contentDocument as Document), profile);
    const out: Record<string, string> = {};
    for (const e of plan.entries) out[e.field.htmlId ?? ''] = e.path;
    for (const u of plan.unmatched) out[u.field.htmlId ?? ''] = `skip:${u.reason}`;
    return out;
  } finally {
    frame.remove();
  }
}

const PEOPLE = (a: string, b: string) => `
  <div class="p"><h3>${a}</h3><label for="a1">Họ và tên</label><input id="a1"><label for="a2">Số CCCD</label><input id="a2"></div>
  <div class="p"><h3>${b}</h3><label for="b1">Họ và tên</label><input id="b1"><label for="b2">Số CCCD</label><input id="b2"></div>`;

describe('autofill recall on fields the page says are the applicant’s', () => {
  it('reads a choice of who files labelled on the block round its options (JSF), and fills only that part', async () => {
    const got = await planOf(`<table><tr><td><label for="w">Người nộp tờ khai</label></td><td><table id="w"><tr>
      <td><input type="radio" id="w1" name="w" checked><label for="w1">Bên nam</label></td>
      <td><input type="radio" id="w2" name="w"><label for="w2">Bên nữ</label></td></tr></table></td></tr></table>
      ${PEOPLE('Thông tin bên nữ', 'Thông tin bên nam')}`);
    expect(got).to.include({ a1: 'skip:other-person', a2: 'skip:other-person', b1: 'fullName', b2: 'idNumber' });
  });

  it('reads "Bạn là" and "Người yêu cầu đăng ký lại" as asking who files', async () => {
    const you = await planOf(`<div role="radiogroup" aria-label="Bạn là">
      <div role="radio" aria-checked="false">Bên ủy quyền</div><div role="radio" aria-checked="true">Bên được ủy quyền</div></div>
      ${PEOPLE('Bên ủy quyền', 'Bên được ủy quyền')}`);
    expect(you).to.include({ a1: 'skip:unknown-person', b1: 'fullName', b2: 'idNumber' });
    const again = await planOf(`<label for="s">Người yêu cầu đăng ký lại</label><select id="s"><option>Vợ</option>
      <option selected>Chồng</option></select>${PEOPLE('Bên vợ', 'Bên chồng')}`);
    expect(again).to.include({ a1: 'skip:other-person', b1: 'fullName' });
  });

  it('names a part by its heading’s subtitle, and a box by a label pointing at its hidden twin', async () => {
    const got = await planOf(`<div><h2>Phần 1</h2><div>Người được hưởng trợ cấp</div></div>
      <label for="x1">Họ và tên</label><input id="x1">
      <div><h2>Phần 2</h2><div>Người làm tờ khai</div></div>
      <label for="y1">Họ và tên</label><input id="y1">
      <label>Ngày sinh<input type="date" style="display:none"><input id="y2" placeholder="yyyy-mm-dd"></label>`);
    expect(got).to.include({ x1: 'skip:other-person', y1: 'fullName', y2: 'dateOfBirth' });
  });

  it('takes a heading written after its block’s fields but drawn above them as that block’s title', async () => {
    const block = (id: string, title: string) => `<section style="display:flex;flex-direction:column">
      <div><label for="${id}1">Họ và tên</label><input id="${id}1"><label for="${id}2">Số CCCD</label><input id="${id}2"></div>
      <h2 style="order:-1">${title}</h2></section>`;
    const got = await planOf(`<h1>Tờ khai</h1>${block('a', 'Thông tin người chết')}${block('b', 'Người đi khai tử')}`);
    expect(got).to.include({ a1: 'skip:other-person', a2: 'skip:other-person', b1: 'fullName', b2: 'idNumber' });
  });

  it('says whose a column is by the title drawn over it, right to left too', async () => {
    const got = await planOf(`<style>.hdr{grid-column:span 2;font-weight:700}</style>
      <div style="direction:rtl;display:grid;grid-template-columns:150px 1fr 150px 1fr">
      <div class="hdr">Người yêu cầu</div><div class="hdr">Người được cải chính hộ tịch</div>
      <label for="a1">Họ và tên</label><input id="a1"><label for="b1">Họ và tên</label><input id="b1">
      <label for="a2">Số CCCD</label><input id="a2"><label for="b2">Số CCCD</label><input id="b2"></div>`);
    expect(got).to.deep.equal({ a1: 'fullName', a2: 'idNumber', b1: 'skip:other-person', b2: 'skip:other-person' });
  });

  it('picks, of a party chosen as "Ông (Bên A)", only the column titled "Ông"', async () => {
    const got = await planOf(`<span>Người đứng tên yêu cầu</span><div role="radiogroup">
      <label><input type="radio" name="w" checked> Ông (Bên A)</label><label><input type="radio" name="w"> Bà (Bên A)</label></div>
      <fieldset><legend>Bên A</legend>
      <div><h4>Ông</h4><label for="a1">Họ và tên</label><input id="a1"><label for="a2">Số CCCD</label><input id="a2"></div>
      <div><h4>Bà</h4><label for="b1">Họ và tên</label><input id="b1"><label for="b2">Số CCCD</label><input id="b2"></div></fieldset>`);
    expect(got).to.include({ a1: 'fullName', a2: 'idNumber', b1: 'skip:other-person', b2: 'skip:other-person' });
  });

  it('fills the row of a people table whose checkbox says it files, and reads a label drawn as a picture', async () => {
    const row = (n: number, on: boolean) => `<tr><td>${n}</td><td><input id="h${n}"></td><td><input id="i${n}"></td>
      <td><input type="checkbox" id="c${n}" ${on ? 'checked' : ''} aria-label="Người thứ ${n} là người nộp hồ sơ"></td></tr>`;
    const got =
      await planOf(`<h3>II. Những người thừa kế</h3><table><tr><th>TT</th><th>Họ và tên</th><th>Số định danh cá nhân</th>
      <th>Người nộp hồ sơ</th></tr>${row(1, false)}${row(2, true)}</table>
      <h3>III. Liên hệ của người nộp hồ sơ</h3><label for="p"><img alt="Số điện thoại" src="data:,"></label><input id="p">`);
    expect(got).to.include({
      h1: 'skip:other-person',
      i1: 'skip:other-person',
      h2: 'fullName',
      i2: 'idNumber',
      p: 'phone',
    });
  });
});
