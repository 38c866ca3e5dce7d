/**
 * How the engine reads markup no fixture was written around: labels after their box, addons before it, a
 * hint of another field, a date's format tokens, a grid of people across the columns, part titles told only
 * by their words. Each form is small and written here; the planned path (or why it was skipped) is checked.
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

describe('autofill reads markup of any design system', () => {
  it('takes a label drawn after its box, but never the next box’s label', async () => {
    const got = await planOf(`<h3>Phiếu yêu cầu</h3>
      <div class="mdc-text-field"><input id="a"><span class="mdc-floating-label">Số định danh cá nhân</span></div>
      <div class="x"><input id="b"><label>Nơi cư trú</label></div>
      <div><input id="c"><label>Số điện thoại</label><input id="d"></div>`);
    expect(got).to.include({ a: 'idNumber', b: 'address' });
    expect(got.c).to.equal('skip:unknown');
  });

  it('reads past an addon with no letter to the label, and stops at another field’s hint', async () => {
    const got = await planOf(`<form>
      <div class="row"><label>Email</label><div><div class="input-group"><span>@</span><input id="e"></div></div></div>
      <div class="input-group"><input id="n" placeholder="Số CCCD" aria-describedby="h"></div>
      <div id="h">Nhập đủ 12 số định danh cá nhân</div>
      <div class="input-group"><span>☎</span><input id="p" placeholder="Số điện thoại"></div></form>`);
    expect(got).to.include({ e: 'email', n: 'idNumber', p: 'phone' });
  });

  it('splits a date whose boxes show only the format’s tokens', async () => {
    const got = await planOf(`<p>Ngày cấp CCCD</p><div><input id="d" placeholder="dd">/<input id="m"
      placeholder="mm">/<input id="y" placeholder="yyyy"></div>`);
    expect(got).to.deep.equal({ d: 'issueDate.day', m: 'issueDate.month', y: 'issueDate.year' });
  });

  it('reads a date’s three boxes by their lengths, day first, and never puts a whole date in a short box', async () => {
    const got = await planOf(`<h3>Tờ khai</h3><div>Ngày sinh: <input id="d" maxlength="2"><input id="m"
      maxlength="2"><input id="y" maxlength="4"></div><div>Họ và tên: <input id="n"></div>
      <table><tr><td>Ngày cấp</td><td><input id="cd" size="2"> / <input id="cm" size="2"> / <input id="cy" size="4"></td></tr>
      <tr><td>Ngày sinh</td><td><input id="w" maxlength="4"></td></tr></table>`);
    expect(got).to.deep.equal({
      d: 'dateOfBirth.day',
      m: 'dateOfBirth.month',
      y: 'dateOfBirth.year',
      n: 'fullName',
      cd: 'issueDate.day',
      cm: 'issueDate.month',
      cy: 'issueDate.year',
      w: 'skip:confirm',
    });
  });

  it('in a grid of people across the columns, fills only the column naming the applicant', async () => {
    const got = await planOf(`<table><tr><th></th><th>Bên A (bên được ủy quyền)</th><th>Bên B (bên ủy quyền)</th></tr>
      <tr><td>Họ và tên</td><td><input id="a1"></td><td><input id="b1"></td></tr>
      <tr><td>Số CCCD</td><td><input id="a2"></td><td><input id="b2"></td></tr></table>`);
    expect(got).to.deep.equal({ a1: 'skip:other-person', a2: 'skip:other-person', b1: 'fullName', b2: 'idNumber' });
  });

  it('labels each box of a grid with the text drawn over it, never a neighbour’s', async () => {
    const got = await planOf(`<style>.r{display:flex}.c{flex:1}</style><h3>Tờ khai</h3>
      <div class="r"><div class="c">Số CCCD</div><div class="c">Số điện thoại</div><div class="c">Dân tộc</div></div>
      <div class="r"><div class="c"><input id="a"></div><div class="c"><input id="b"></div><div class="c"><input id="c"></div></div>
      <div style="display:grid;grid-template-columns:200px 200px"><span>Email</span><span>Quốc tịch</span><input id="d"><input id="e"></div>`);
    expect(got).to.deep.equal({ a: 'idNumber', b: 'phone', c: 'ethnicity', d: 'email', e: 'nationality' });
  });

  it('reads a part’s title by its words when no markup or style says heading', async () => {
    const got = await planOf(`<form><u>Thông tin người yêu cầu</u>
      <div><label for="a">Họ và tên</label><input id="a"></div><div><label for="b">Nơi sinh</label><input id="b"></div>
      <u>Thông tin người được khai sinh</u>
      <div><label for="c">Họ và tên</label><input id="c"></div><div><label for="d">Quốc tịch</label><input id="d"></div></form>`);
    expect(got).to.include({ a: 'fullName', c: 'skip:other-person', d: 'skip:other-person' });
  });

  it('takes the role a choice of who files has chosen as the applicant, and no one when nothing is chosen', async () => {
    const parts = (chosen: string) => `<div role="radiogroup" aria-labelledby="q"><span id="q">Người nộp hồ sơ</span>
      <label><input type="radio" name="w" ${chosen === 'nu' ? 'checked' : ''}>Bên nữ</label>
      <label><input type="radio" name="w" ${chosen === 'nam' ? 'checked' : ''}>Bên nam</label></div>
      <fieldset><legend>Bên nữ</legend><label>Họ và tên <input id="f1"></label><label>Số CCCD <input id="f2"></label></fieldset>
      <fieldset><legend>Bên nam</legend><label>Họ và tên <input id="m1"></label><label>Số CCCD <input id="m2"></label></fieldset>`;
    expect(await planOf(parts('nam'))).to.include({
      f1: 'skip:other-person',
      f2: 'skip:other-person',
      m1: 'fullName',
      m2: 'idNumber',
    });
    expect(await planOf(parts(''))).to.include({ m1: 'skip:other-person', f1: 'skip:other-person' });
    const select = await planOf(`<label>Người yêu cầu là <select id="s"><option value="">-- Chọn --</option>
      <option>Cha</option><option selected>Mẹ</option></select></label>
      <fieldset><legend>Thông tin người mẹ</legend><label>Họ và tên <input id="a"></label><label>Nơi cư trú <input id="b"></label></fieldset>
      <fieldset><legend>Thông tin người cha</legend><label>Họ và tên <input id="c"></label><label>Nơi cư trú <input id="d"></label></fieldset>`);
    expect(select).to.include({ a: 'fullName', b: 'address', c: 'skip:other-person' });
  });

  it('ends a numbered part at the next part numbered alike, whatever markup each is in', async () => {
    const got = await planOf(`<h3>I. Thông tin người kê khai</h3>
      <div><span>Họ và tên</span> <input id="a"></div><div><span>Số định danh</span> <input id="b"></div>
      <fieldset><legend>II. Thông tin người làm chứng</legend>
      <div><span>Họ và tên</span> <input id="c"></div><div><span>Số định danh</span> <input id="d"></div></fieldset>
      <p><b>III. Nội dung đề nghị</b></p>
      <div><span>Họ và tên</span> <input id="e"></div><div><span>Nơi cư trú</span> <input id="f"></div>`);
    expect(got).to.deep.equal({
      a: 'fullName',
      b: 'idNumber',
      c: 'skip:other-person',
      d: 'skip:other-person',
      e: 'skip:unknown-person',
      f: 'skip:unknown-person',
    });
  });

  it('a wrapper’s caption speaks only for its fields; a field whose own name says someone else’s is unsure', async () => {
    const got = await planOf(`<div class="grp"><span class="group-caption">NGƯỜI NỘP HỒ SƠ</span>
      <div><label for="a">Họ và tên</label><input id="a"></div><div><label for="b">Số định danh</label><input id="b"></div></div>
      <div role="tablist"><span>Thành viên hộ gia đình</span></div>
      <div><label for="c">Số định danh cá nhân</label><input id="c"></div><div><label for="d">Ngày sinh</label><input id="d"></div>
      <h3>Người kê khai</h3><div><label for="e">Họ và tên</label><input id="e"></div>
      <div><label for="f">Số định danh</label><input id="f" name="thanhVien[0].soDinhDanh"></div>`);
    expect(got).to.include({ a: 'fullName', b: 'idNumber', f: 'skip:unknown-person' });
    expect(got.c).to.match(/^skip:unknown/);
    expect(got.d).to.match(/^skip:unknown/);
  });

  it('reads a listbox button as a dropdown named by its label, not by the value it shows', async () => {
    const got = await planOf(`<h3>Thông tin người yêu cầu</h3><div><label id="l">Tỉnh / Thành phố</label>
      <button id="p" type="button" aria-haspopup="listbox" aria-labelledby="l p"><span>Chọn…</span></button></div>
      <div><label for="n">Họ và tên</label><input id="n"></div>`);
    expect(got).to.deep.equal({ p: 'residence.province', n: 'fullName' });
  });

  it('takes an address line beside its part’s own commune list for the street', async () => {
    const got =
      await planOf(`<h3>Thông tin người yêu cầu</h3><div><label for="x">Xã / Phường</label><input id="x"></div>
      <div><label for="a">Địa chỉ (số nhà, đường, tổ/thôn)</label><input id="a"></div>
      <h3>Thông tin liên hệ khác</h3><div><label for="b">Nơi cư trú (ghi rõ số nhà, đường phố)</label><input id="b"></div>`);
    expect(got).to.include({ x: 'residence.commune', a: 'residence.street' });
  });

  it('gives the applicant a first part asking how its person stands to the one the form is about', async () => {
    const form = (relation: string) => `<table><tr><td colspan="2"><b>PHẦN 1</b></td></tr>
      <tr><td>Họ, chữ đệm, tên:</td><td><input id="a"></td></tr><tr><td>Điện thoại:</td><td><input id="b"></td></tr>
      <tr><td>${relation}</td><td><input id="r"></td></tr>
      <tr><td colspan="2"><b>PHẦN 2</b></td></tr>
      <tr><td>Họ, chữ đệm, tên:</td><td><input id="c"></td></tr><tr><td>Nơi cư trú:</td><td><input id="d"></td></tr>
      <tr><td>Họ, chữ đệm, tên người mẹ:</td><td><input id="m"></td></tr></table>`;
    expect(await planOf(form('Quan hệ với người được cấp giấy:'))).to.include({
      a: 'fullName',
      b: 'phone',
      c: 'skip:unknown-person',
      d: 'skip:unknown-person',
    });
    // A part relating its person to the applicant is someone else's; no relation, nothing said.
    expect(await planOf(form('Quan hệ với người yêu cầu:'))).to.include({ a: 'skip:unknown-person' });
    expect(await planOf(form('Ghi chú:'))).to.include({ a: 'skip:unknown-person' });
  });

  it('takes a choice saying a part’s person is the applicant, and nothing when it says someone else', async () => {
    const form = (chosen: number) => `<h3>Thông tin người yêu cầu</h3><label>Họ và tên <input id="a"></label>
      <h3>Nội dung yêu cầu</h3><div>Người được cấp bản sao là:
      <label><input type="radio" name="w" ${chosen === 0 ? 'checked' : ''}>Bản thân người yêu cầu</label>
      <label><input type="radio" name="w" ${chosen === 1 ? 'checked' : ''}>Người khác</label></div>
      <div><label for="c">Họ và tên</label><input id="c"></div><div><label for="d">Ngày sinh</label><input id="d"></div>
      <div><label for="m">Họ và tên người mẹ</label><input id="m"></div>`;
    expect(await planOf(form(0))).to.include({
      a: 'fullName',
      c: 'fullName',
      d: 'dateOfBirth',
      m: 'skip:other-person',
    });
    for (const other of [1, -1])
      expect(await planOf(form(other))).to.include({
        a: 'fullName',
        c: 'skip:unknown-person',
        d: 'skip:unknown-person',
      });
  });

  it('takes a bare “Số” under a part naming an identity paper for that paper’s number', async () => {
    const got = await planOf(`<fieldset><legend>Người yêu cầu</legend><label>Họ và tên <input id="a"></label>
      <fieldset><legend>Giấy tờ tùy thân</legend><label>Số <input id="b"></label><label>Ngày cấp <input id="c"></label>
      </fieldset><fieldset><legend>Thông tin khác</legend><label>Số <input id="d"></label></fieldset></fieldset>`);
    expect(got).to.include({ a: 'fullName', b: 'idNumber', c: 'issueDate', d: 'skip:unknown' });
  });

  it('takes the part a choice of who files names by its title, and none while nothing is chosen', async () => {
    const form = (chosen: boolean) => `<label>Người đứng tên yêu cầu <select id="s"><option value="">-- Chọn --</option>
      <option>Người thứ nhất</option><option ${chosen ? 'selected' : ''}>Người thứ hai</option></select></label>
      <h4>Người thứ nhất</h4><div><label>Họ và tên <input id="a"></label><label>Số CCCD <input id="b"></label></div>
      <h4>Người thứ hai</h4><div><label>Họ và tên <input id="c"></label><label>Số CCCD <input id="d"></label></div>
      <h4>Người mẹ</h4><div><label>Họ và tên <input id="m"></label></div>`;
    expect(await planOf(form(true))).to.include({ a: 'skip:unknown-person', c: 'fullName', d: 'idNumber' });
    expect(await planOf(form(false))).to.include({ a: 'skip:unknown-person', c: 'skip:unknown-person' });
  });

  it('lets a question’s own title leave its part open, but not a one-field part worded as a part', async () => {
    const q = (id: string, title: string) =>
      `<div><div role="heading" aria-level="2">${title}</div><div><input id="${id}"></div></div>`;
    const got = await planOf(`<div role="heading" aria-level="2">Phần 1. Thông tin học sinh</div>
      ${q('a', 'Họ và tên')}${q('b', 'Ngày sinh')}
      <div role="heading" aria-level="2">Phần 2. Người làm đơn</div>${q('c', 'Họ và tên')}${q('d', 'Số điện thoại')}
      <div role="heading" aria-level="2">Người thứ hai</div>${q('e', 'Họ và tên')}
      <div role="heading" aria-level="2">Thông tin người mẹ</div>${q('m', 'Họ và tên')}`);
    expect(got).to.include({ a: 'skip:other-person', b: 'skip:other-person', c: 'fullName', d: 'phone' });
    expect(got.e).to.match(/^skip:unknown/);
    expect(got.m).to.equal('skip:other-person');
  });
});

describe('autofill declines where the page names someone no part was read for (mentions.ts)', () => {
  it('an image banner or a plain line after an <hr> ends the applicant’s part; a condition or a note does not', async () => {
    const got = await planOf(`<h3>I. Người kê khai</h3>
      <label>Họ và tên <input id="a"></label>
      <p><small>Lưu ý: trường hợp chủ hộ vắng mặt, ghi rõ lý do.</small></p>
      <label>Số định danh cá nhân <input id="b"></label>
      <img alt="II. THÔNG TIN CHỦ HỘ" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="400" height="20">
      <label>Họ và tên <input id="c"></label>
      <hr><div>Vợ hoặc chồng hiện tại:</div>
      <label>Ngày sinh <input id="d" type="date"></label>`);
    expect(got).to.include({ a: 'fullName', b: 'idNumber', c: 'skip:unknown-person', d: 'skip:unknown-person' });
  });
  it('a breadcrumb naming the page’s person makes fields no part names unsure', async () => {
    const got = await planOf(`<nav>Trang chủ › Khai sinh › <span>Bước 3: Thông tin người mẹ</span></nav>
      <label>Họ và tên <input id="a"></label><label>Số định danh cá nhân <input id="b"></label>`);
    expect(got).to.include({ a: 'skip:unknown-person', b: 'skip:unknown-person' });
  });
  it('a hint or a bracketed qualifier after the box names its person; “để trống ô này” is never filled', async () => {
    const got = await planOf(`<fieldset><legend>Người đề nghị</legend>
      <label for="a">Họ và tên</label><input id="a">
      <label for="b">Họ và tên</label><input id="b" aria-describedby="hb"><small id="hb">(của người đã mất)</small>
      <div><label for="c">Số định danh</label><input id="c"> <span>(người được cấp bản sao)</span></div>
      <div><label for="d">Nếu bạn là người, hãy để trống ô này</label><input id="d" name="email_confirm"></div>
      </fieldset>`);
    expect(got).to.include({ a: 'fullName', b: 'skip:other-person', c: 'skip:other-person', d: 'skip:unknown' });
  });
});
