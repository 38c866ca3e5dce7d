// The feedback box (phản ánh, kiến nghị) in every state a citizen meets: empty, invalid, draft restored,
// unable to attach because that part could not load offline, sending, waiting offline, sent with its
// receipt code, and the lookup found, not found or unable to load offline. States that need a
// collector's answer are set on the element directly, so Storybook needs no server.
import '../packages/widgets/src/feedback-box/feedback-box.js';
import { FeedbackBoxElement } from '../packages/widgets/src/feedback-box/feedback-box.component.js';
import { vi } from '../packages/widgets/src/feedback-box/locales/vi.js';
import { defineOffline } from './offline.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { preset } from './preset.js';

const meta: Meta = {
  title: 'Tiện ích/Góp ý, phản ánh',
  parameters: { docs: { description: { component: 'motcua-feedback-box (mode="form" | "lookup")' } } },
};
export default meta;
type Story = StoryObj;

const filled = {
  name: 'Nguyễn Văn An',
  phone: 'không có số',
  email: '',
  address: 'Khu phố 3, phường Bàn Thạch',
  subject: 'Lệ phí chứng thực',
  content: 'Đề nghị niêm yết rõ lệ phí chứng thực bản sao tại Bộ phận Một cửa.',
  procedure: '',
};

const box = (state: Record<string, unknown> = {}, attrs: { lang?: string; mode?: string } = {}) =>
  html`<motcua-feedback-box endpoint="https://motcua.example.gov.vn" unit="demo" lang=${attrs.lang ?? 'vi'}
    mode=${attrs.mode ?? 'form'} ${preset(state)}></motcua-feedback-box>`;

export const Empty: Story = { name: 'Trống', render: () => box() };
export const Invalid: Story = {
  name: 'Lỗi nhập liệu (tóm tắt ở đầu)',
  render: () =>
    box({
      values: filled,
      errors: {
        phone: 'Số điện thoại chưa đúng. Ví dụ: 0912 345 678 hoặc +84 912 345 678.',
        consent: 'Bạn cần đồng ý cho phép xử lý dữ liệu cá nhân để gửi phản ánh.',
        attachments: 'Tệp "anh.jpg" không phải ảnh (JPEG, PNG, WebP) hoặc PDF.',
      },
    }),
};
export const DraftRestored: Story = {
  name: 'Đã khôi phục bản nháp',
  render: () =>
    box({ values: { ...filled, phone: '0912 345 678' }, notice: 'Đã khôi phục nội dung bạn nhập lần trước.' }),
};
export const AttachmentsOffline: Story = {
  name: 'Chưa đính kèm được (mất mạng trước khi tải phần đính kèm)',
  render: () =>
    box({
      values: { ...filled, phone: '0912 345 678' },
      consent: true,
      errors: { attachments: vi.attachUnavailable },
    }),
};
export const Sending: Story = {
  name: 'Đang gửi',
  render: () => box({ values: filled, consent: true, phase: 'sending' }),
};
export const Queued: Story = { name: 'Đang chờ gửi (ngoại tuyến)', render: () => box({ phase: 'queued' }) };
export const Sent: Story = {
  name: 'Đã gửi: mã tiếp nhận',
  render: () => box({ phase: 'sent', receiptCode: 'PA-7K3M9Q' }),
};
export const SentEnglish: Story = {
  name: 'Sent (English)',
  render: () => box({ phase: 'sent', receiptCode: 'PA-7K3M9Q' }, { lang: 'en' }),
};
export const Lookup: Story = { name: 'Tra cứu: trống', render: () => box({}, { mode: 'lookup' }) };
export const LookupFound: Story = {
  name: 'Tra cứu: tìm thấy, đã trả lời',
  render: () =>
    box(
      {
        lookupResult: {
          receiptCode: 'PA-7K3M9Q',
          status: 'da-tra-loi',
          subject: 'Lệ phí chứng thực',
          createdAt: '2026-11-20T02:00:00Z',
          history: [
            { status: 'moi', at: '2026-11-20T02:00:00Z' },
            { status: 'dang-xu-ly', at: '2026-11-20T08:30:00Z' },
            { status: 'da-tra-loi', at: '2026-11-21T03:15:00Z' },
          ],
          answer: { text: 'Phường đã niêm yết bảng lệ phí tại quầy số 2 từ ngày 20/11.', at: '2026-11-21T03:15:00Z' },
        },
      },
      { mode: 'lookup' },
    ),
};
export const LookupNotFound: Story = {
  name: 'Tra cứu: không tìm thấy',
  render: () =>
    box(
      { lookupMessage: 'Không tìm thấy phản ánh với mã và số điện thoại này. Vui lòng kiểm tra lại.' },
      { mode: 'lookup' },
    ),
};

// A box whose lookup module cannot be fetched, as on a page opened before the connection dropped.
defineOffline('story-offline-lookup-box', FeedbackBoxElement, 'loadLookup');
export const LookupOffline: Story = {
  name: 'Tra cứu: chưa tải được (ngoại tuyến)',
  render: () =>
    html`<story-offline-lookup-box endpoint="https://motcua.example.gov.vn" unit="demo" mode="lookup"></story-offline-lookup-box>`,
};
