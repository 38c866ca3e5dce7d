// Satisfaction rating in every state a citizen or officer can meet: the quick question, the full
// survey, the counter kiosk and the published results. States that need a collector's answer are set
// on the element directly, so Storybook needs no server; the results counted by kind of proof are
// fetched, as on a ward's page, from a static answer (fixtures/satisfaction, served at the collector's path).
import '../packages/widgets/src/satisfaction-rating/satisfaction-rating.js';
import '../packages/widgets/src/satisfaction-survey/satisfaction-survey.js';
import '../packages/widgets/src/satisfaction-kiosk/satisfaction-kiosk.js';
import '../packages/widgets/src/satisfaction-results/satisfaction-results.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { vi as kioskVi } from '../packages/widgets/src/satisfaction-kiosk/locales/vi.js';
import { preset } from './preset.js';

const meta: Meta = {
  title: 'Tiện ích/Đánh giá mức độ hài lòng',
  parameters: { docs: { description: { component: 'motcua-satisfaction-rating, -survey, -kiosk, -results' } } },
};
export default meta;
type Story = StoryObj;

const rating = (state: Record<string, unknown> = {}, attrs: { lang?: string; scale?: number } = {}) =>
  html`<motcua-satisfaction-rating endpoint="https://motcua.example.gov.vn" unit="demo" procedure="1.001193"
    lang=${attrs.lang ?? 'vi'} .scale=${(attrs.scale ?? 3) as 3 | 5} ${preset(state)}></motcua-satisfaction-rating>`;

export const Quick: Story = { name: 'Nhanh: câu hỏi', render: () => rating() };
export const QuickChosen: Story = { name: 'Nhanh: đã chọn, góp ý thêm', render: () => rating({ score: 2 }) };
export const QuickMissing: Story = {
  name: 'Nhanh: lỗi chưa chọn mức',
  render: () => rating({ errors: { level: 'Xin chọn một mức độ hài lòng.' } }),
};
export const QuickConfigTooLong: Story = {
  name: 'Nhanh: thuộc tính vượt giới hạn của máy chủ',
  render: () => rating({ dossier: 'H'.repeat(61) }),
};
export const QuickSent: Story = {
  name: 'Nhanh: đã gửi',
  render: () => rating({ outcome: { status: 'sent', httpStatus: 201, response: {} } }),
};
export const QuickQueued: Story = {
  name: 'Nhanh: đang chờ gửi (ngoại tuyến)',
  render: () => rating({ outcome: { status: 'queued', reason: 'offline' } }),
};
export const QuickPending: Story = { name: 'Nhanh: còn đánh giá chờ gửi', render: () => rating({ pendingCount: 3 }) };
export const QuickRejected: Story = {
  name: 'Nhanh: bị từ chối (hồ sơ đã đánh giá)',
  render: () =>
    rating({
      score: 1,
      comment: 'Phải đi lại ba lần',
      outcome: {
        status: 'rejected',
        httpStatus: 409,
        response: { message: { vi: 'Hồ sơ này đã được đánh giá.', en: 'This dossier has already been rated.' } },
      },
    }),
};
export const QuickFull: Story = {
  name: 'Nhanh: hộp thư chờ đầy',
  render: () => rating({ score: 3, outcome: { status: 'full' } }),
};
export const FiveLevels: Story = { name: 'Thang năm mức', render: () => rating({}, { scale: 5 }) };
export const English: Story = { name: 'Tiếng Anh', render: () => rating({}, { lang: 'en' }) };
export const NotConfigured: Story = {
  name: 'Chưa cấu hình',
  render: () => html`<motcua-satisfaction-rating></motcua-satisfaction-rating>`,
};

export const Survey: Story = {
  name: 'Chi tiết: màn hình rộng',
  render: () =>
    html`<motcua-satisfaction-survey endpoint="https://motcua.example.gov.vn" unit="demo" procedure="1.001193"></motcua-satisfaction-survey>`,
};
export const SurveyPhone: Story = {
  name: 'Chi tiết: điện thoại, từng câu',
  render: () => html`<div class="phone"><motcua-satisfaction-survey endpoint="https://motcua.example.gov.vn" unit="demo"
    ${preset({ narrow: true, step: 2 })}></motcua-satisfaction-survey></div>`,
};

const kioskUnit = 'storybook-kiosk';
const kiosk = (state: Record<string, unknown>) =>
  html`<motcua-satisfaction-kiosk endpoint="https://motcua.example.gov.vn" unit=${kioskUnit} ${preset(state)}></motcua-satisfaction-kiosk>`;
const settings = { officer: 'Nguyễn Thị Lan', resetAfter: 10, salt: '', hash: 'x' };

export const KioskSetup: Story = { name: 'Quầy: cài đặt lần đầu', render: () => kiosk({ kioskView: 'setup' }) };
export const KioskRate: Story = {
  name: 'Quầy: người dân đánh giá',
  render: () => kiosk({ kiosk: settings, kioskView: 'rate' }),
};
export const KioskThanks: Story = {
  name: 'Quầy: cảm ơn, tự trở về',
  render: () =>
    kiosk({
      kiosk: settings,
      kioskView: 'rate',
      countdown: 8,
      outcome: { status: 'sent', httpStatus: 201, response: {} },
    }),
};
export const KioskPin: Story = {
  name: 'Quầy: nhập mã PIN',
  render: () => kiosk({ kiosk: settings, kioskView: 'pin' }),
};
export const KioskPinWrong: Story = {
  name: 'Quầy: sai mã PIN',
  render: () => kiosk({ kiosk: settings, kioskView: 'pin', errors: { pin: 'Mã PIN không đúng.' } }),
};
// A key as the admin page issues it (Quản trị → Thiết bị đánh giá tại quầy), and one mistyped.
const deviceKey = 'kiosk_Q7pX2mV9rT4wK8nB3cY6hJ1s';
export const KioskDeviceKey: Story = {
  name: 'Quầy: cài đặt có mã thiết bị',
  render: () => kiosk({ kiosk: { ...settings, device: deviceKey }, kioskView: 'setup' }),
};
export const KioskDeviceKeyWrong: Story = {
  name: 'Quầy: mã thiết bị sai dạng',
  // The settings are not saved with a wrong key: the field keeps what was typed, shown here as the value.
  render: () =>
    kiosk({
      kiosk: { ...settings, device: 'Q7pX2mV9rT4wK8nB3cY6hJ1s' },
      kioskView: 'setup',
      errors: { device: kioskVi.deviceInvalid },
    }),
};

const summary = {
  total: 412,
  counts: { '1': 19, '2': 141, '3': 252 },
  satisfied: 393,
  satisfiedRate: 393 / 412,
  periods: [
    ['2026-06', 61, 57],
    ['2026-07', 70, 66],
    ['2026-08', 58, 56],
    ['2026-09', 72, 69],
    ['2026-10', 80, 77],
    ['2026-11', 71, 68],
  ].map(([period, total, satisfied]) => ({
    period: period as string,
    total: total as number,
    satisfied: satisfied as number,
    satisfiedRate: (satisfied as number) / (total as number),
  })),
};
const results = (data: unknown, state: Record<string, unknown> = {}) =>
  html`<motcua-satisfaction-results .data=${data as never} ${preset(state)}></motcua-satisfaction-results>`;

export const Results: Story = { name: 'Kết quả: biểu đồ theo tháng', render: () => results(summary) };
export const ResultsTable: Story = {
  name: 'Kết quả: bảng số liệu',
  render: () => results(summary, { tableOpen: true }),
};
export const ResultsEmpty: Story = {
  name: 'Kết quả: chưa có đánh giá',
  render: () => results({ total: 0, satisfied: 0, satisfiedRate: 0, periods: [] }),
};
export const ResultsError: Story = {
  name: 'Kết quả: lỗi tải',
  render: () =>
    html`<motcua-satisfaction-results endpoint="http://127.0.0.1:9" unit="demo"></motcua-satisfaction-results>`,
};
export const ResultsByProof: Story = {
  name: 'Kết quả: số đánh giá theo cách xác thực (quầy, hồ sơ, trang web)',
  render: () =>
    html`<motcua-satisfaction-results endpoint="./fixtures/satisfaction" unit="demo"></motcua-satisfaction-results>`,
};
