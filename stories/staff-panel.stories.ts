// The staff extension's side panel in each state an officer sees: first use, locked, wrong passphrase,
// forgotten passphrase, ready to scan, a scanned card (address converted or to choose), a bad QR code,
// the fill plan (with the mother's part skipped and offered her noted relative), and English. Each story has
// its own throwaway vault in IndexedDB and a pretend portal page.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { describePage, applyValues, undoValues } from '../extension/src/fill/page.js';
import type { PageBridge } from '../extension/src/fill/protocol.js';
import type { StaffPanel } from '../extension/src/panel/staff-panel.component.js';
import { ProfileStore } from '../extension/src/store/profile-store.js';
import '../extension/src/panel/staff-panel.js';

const QR =
  '049090001234|201234567|Nguyễn Văn An|01021990|Nam|Tổ 5, Phường Tân Thạnh, Thành phố Tam Kỳ, Quảng Nam|15082021||||';
const QR_SPLIT = '001190001235||Trần Thị Bình|05051990|Nữ|Phường Cống Vị, Quận Ba Đình, Hà Nội|01072021';
const PASS = 'mật khẩu mẫu 2026';

type Step = 'setup' | 'locked' | 'wrong' | 'wipe' | 'ready' | 'scanned' | 'split' | 'bad-qr' | 'plan' | 'english';

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
async function until<T>(get: () => T | null | undefined): Promise<T> {
  for (let i = 0; i < 100; i++) {
    const v = get();
    if (v) return v;
    await wait(30);
  }
  throw new Error('story state not reached');
}

/** The first match of a selector in the panel, through its views' shadow roots. */
function deep<T extends Element>(root: ParentNode, selector: string): T | null {
  const hit = root.querySelector<T>(selector);
  if (hit) return hit;
  for (const el of Array.from(root.querySelectorAll('*'))) {
    const inner = el.shadowRoot && deep<T>(el.shadowRoot, selector);
    if (inner) return inner;
  }
  return null;
}

/** A small portal-like form beside the panel, with the applicant's part and the mother's. */
function pretendPortal(): HTMLFormElement {
  const form = document.createElement('form');
  form.setAttribute('aria-label', 'Trang cổng dịch vụ công (mẫu)');
  for (const [id, label] of [
    ['', 'Thông tin người yêu cầu'],
    ['ten', 'Họ và tên'],
    ['so', 'Số định danh cá nhân'],
    ['dt', 'Số điện thoại'],
    ['qq', 'Quê quán'],
    ['', 'Thông tin người mẹ'],
    ['me', 'Họ, chữ đệm, tên'],
  ]) {
    if (!id) {
      const h = document.createElement('h3');
      h.textContent = label ?? '';
      form.append(h);
      continue;
    }
    const l = document.createElement('label');
    l.htmlFor = `portal-${id}`;
    l.textContent = label ?? '';
    const i = document.createElement('input');
    i.id = `portal-${id}`;
    form.append(l, i);
  }
  return form;
}

function render(step: Step): HTMLElement {
  const root = document.createElement('div');
  const form = pretendPortal();
  const panel = document.createElement('motcua-staff-panel') as StaffPanel;
  const bridge: PageBridge = {
    describe: async () => ({ url: 'https://dichvucong.gov.vn/p/to-khai', fields: describePage(form) }),
    fill: (fills) => applyValues(fills),
    undo: async () => undoValues(),
  };
  panel.bridge = bridge;
  if (step === 'english') panel.lang = 'en';
  root.append(panel, form);
  void (async () => {
    const store = await ProfileStore.open({ name: `story-${step}-${Date.now()}`, iterations: 1000 });
    if (step !== 'setup' && step !== 'english') {
      await store.setPassphrase(PASS);
      if (step === 'plan') {
        await store.saveProfile({
          idNumber: '049090001234',
          fullName: 'Nguyễn Văn An',
          dateOfBirth: '1990-02-01',
          gender: 'Nam',
          address: 'Tổ 5, Phường Tân Thạnh, Thành phố Tam Kỳ, Quảng Nam',
          phone: '0912345678',
          residence: { province: 'Thành phố Đà Nẵng', commune: 'Phường Bàn Thạch', street: 'Tổ 5' },
          relatives: [{ relation: 'mother', fullName: 'Lê Thị Cúc', dateOfBirth: '1965-03-09' }],
        });
      }
      store.lock();
    }
    panel.store = store;
    const $ = <T extends HTMLElement>(s: string) => (panel.shadowRoot ? deep<T>(panel.shadowRoot, s) : null);
    if (['setup', 'english', 'locked'].includes(step)) return;
    const pass = await until(() => $<HTMLInputElement>('#pass'));
    if (step === 'wipe') {
      (await until(() => $<HTMLButtonElement>('#forgot'))).click();
      return;
    }
    pass.value = step === 'wrong' ? 'sai mật khẩu' : PASS;
    (await until(() => $<HTMLButtonElement>('button[type=submit]'))).click();
    if (step === 'wrong' || step === 'ready') return;
    const scan = await until(() => $<HTMLTextAreaElement>('#scan'));
    if (step === 'plan') {
      (await until(() => $<HTMLButtonElement>('#fill'))).click();
      return;
    }
    scan.value = step === 'split' ? QR_SPLIT : step === 'bad-qr' ? QR.replace('01021990', '31041990') : QR;
    scan.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
  })();
  return root;
}

const meta: Meta = {
  title: 'Tiện ích cán bộ/Bảng hồ sơ công dân',
  parameters: { layout: 'padded' },
};
export default meta;

export const FirstUse: StoryObj = { name: 'Lần đầu: đặt mật khẩu', render: () => render('setup') };
export const Locked: StoryObj = { name: 'Đã khoá', render: () => render('locked') };
export const WrongPassphrase: StoryObj = { name: 'Sai mật khẩu', render: () => render('wrong') };
export const ForgotPassphrase: StoryObj = { name: 'Quên mật khẩu: xoá toàn bộ', render: () => render('wipe') };
export const ReadyToScan: StoryObj = { name: 'Sẵn sàng quét', render: () => render('ready') };
export const Scanned: StoryObj = { name: 'Đã quét: địa chỉ chuyển tự động', render: () => render('scanned') };
export const SplitCommune: StoryObj = { name: 'Đã quét: xã cũ bị chia, cần chọn', render: () => render('split') };
export const BadQr: StoryObj = { name: 'Mã QR sai ngày sinh', render: () => render('bad-qr') };
export const FillPlan: StoryObj = { name: 'Kế hoạch điền biểu mẫu', render: () => render('plan') };
export const English: StoryObj = { name: 'Tiếng Anh', render: () => render('english') };
