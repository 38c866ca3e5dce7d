// The dossier status lookup in every state a citizen can meet: the empty form, the errors, a dossier
// in each status (with what to bring, late, handed back with the rating offered, sent, queued, failed,
// rated; the rating pass the lookup gives is never shown, so it has no state of its own), and the
// service out of reach. States that need a collector's answer are set on the element directly, so
// Storybook needs no server.
import '../packages/widgets/src/dossier-status/dossier-status.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type LitElement } from 'lit';
import { ref } from 'lit/directives/ref.js';

const meta: Meta = {
  title: 'Tiện ích/Tra cứu hồ sơ',
  parameters: { docs: { description: { component: 'motcua-dossier-status' } } },
};
export default meta;
type Story = StoryObj;

const preset = (state: Record<string, unknown>) =>
  ref((el) => {
    if (!el) return;
    Object.assign(el, state);
    (el as LitElement).requestUpdate();
  });

const widget = (state: Record<string, unknown> = {}, lang = 'vi') =>
  html`<motcua-dossier-status endpoint="https://motcua.example.gov.vn" unit="demo" lang=${lang}
    ${preset(state)}></motcua-dossier-status>`;

const at = (day: string, time = '08:00') => new Date(`${day}T${time}:00+07:00`).toISOString();
const dossier = (status: string, over: Record<string, unknown> = {}) => ({
  code: '000.00.17.H47-261201-0007',
  procedure: { code: '1.001193', name: 'Đăng ký khai sinh' },
  status,
  note: null,
  receivedAt: at('2026-12-01'),
  dueDate: '2026-12-04',
  resolvedOn: null,
  onTime: true,
  history: [
    { status: 'moi-tiep-nhan', at: at('2026-12-01'), note: null },
    ...(status === 'moi-tiep-nhan' ? [] : [{ status, at: at('2026-12-02', '10:30'), note: null }]),
  ],
  rated: false,
  canRate: false,
  ...over,
});

export const Empty: Story = { name: 'Biểu mẫu tra cứu', render: () => widget() };
export const FromQr: Story = {
  name: 'Mở từ mã QR trên giấy biên nhận',
  render: () => widget({ code: 'H47-261201-0007' }),
};
export const Errors: Story = {
  name: 'Lỗi: thiếu mã, sai 4 số',
  render: () =>
    widget({ errors: { code: 'Xin nhập mã hồ sơ.', phone: 'Xin nhập đúng 4 chữ số cuối của số điện thoại.' } }),
};
export const NotFound: Story = {
  name: 'Không tìm thấy (mã hoặc số sai)',
  render: () =>
    widget({
      problem: 'Không tìm thấy hồ sơ với mã và 4 số cuối điện thoại này. Vui lòng kiểm tra lại giấy biên nhận.',
    }),
};
export const Offline: Story = {
  name: 'Không kết nối được máy chủ',
  render: () => widget({ problem: 'Không kết nối được máy chủ. Xin kiểm tra mạng rồi thử lại.' }),
};
export const Received: Story = { name: 'Mới tiếp nhận', render: () => widget({ dossier: dossier('moi-tiep-nhan') }) };
export const Handling: Story = { name: 'Đang xử lý', render: () => widget({ dossier: dossier('dang-xu-ly') }) };
export const Late: Story = {
  name: 'Đang xử lý, trễ hạn',
  render: () => widget({ dossier: dossier('dang-xu-ly', { dueDate: '2026-11-28', onTime: false }) }),
};
export const Missing: Story = {
  name: 'Cần bổ sung: giấy tờ phải mang',
  render: () =>
    widget({ dossier: dossier('yeu-cau-bo-sung', { note: 'Bản sao giấy chứng nhận kết hôn của cha mẹ.' }) }),
};
export const Ready: Story = {
  name: 'Đã có kết quả, chờ nhận',
  render: () => widget({ dossier: dossier('cho-tra-ket-qua', { resolvedOn: '2026-12-03' }) }),
};
export const HandedBack: Story = {
  name: 'Đã trả kết quả: mời đánh giá',
  render: () => widget({ dossier: dossier('da-tra-ket-qua', { resolvedOn: '2026-12-03', canRate: true }) }),
};
export const RatingSent: Story = {
  name: 'Đã trả kết quả: đã gửi đánh giá',
  render: () =>
    widget({
      dossier: dossier('da-tra-ket-qua', { canRate: true }),
      rating: { status: 'sent', httpStatus: 201, response: {} },
    }),
};
export const RatingQueued: Story = {
  name: 'Đã trả kết quả: đánh giá chờ gửi (ngoại tuyến)',
  render: () =>
    widget({ dossier: dossier('da-tra-ket-qua', { canRate: true }), rating: { status: 'queued', reason: 'offline' } }),
};
export const RatingFailed: Story = {
  name: 'Đã trả kết quả: đánh giá không gửi được',
  render: () =>
    widget({
      dossier: dossier('da-tra-ket-qua', { canRate: true }),
      rating: { status: 'rejected', httpStatus: 0, response: null },
    }),
};
export const Rated: Story = {
  name: 'Đã trả kết quả: đã đánh giá trước đó',
  render: () => widget({ dossier: dossier('da-tra-ket-qua', { rated: true }) }),
};
export const Refused: Story = {
  name: 'Không giải quyết: lý do',
  render: () => widget({ dossier: dossier('tu-choi', { note: 'Người yêu cầu không thuộc diện đăng ký tại phường.' }) }),
};
export const Withdrawn: Story = { name: 'Đã rút hồ sơ', render: () => widget({ dossier: dossier('rut-ho-so') }) };
export const English: Story = {
  name: 'English: documents missing',
  render: () => widget({ dossier: dossier('yeu-cau-bo-sung', { note: 'Bản sao giấy chứng nhận kết hôn.' }) }, 'en'),
};
