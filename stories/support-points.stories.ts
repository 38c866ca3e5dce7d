// The support points widget in every state a citizen meets: the list with points open and closed, the
// list read offline from the last visit, no list at all, nothing matching the filters, sorted nearest
// first, the home-visit form invalid, restored from a draft, waiting offline and sent with its receipt,
// the follow-up of a request (its answer, and no match), and a point's small map from the ward's tiles.
// States that need a collector's answer are set on the element directly, so Storybook needs no server.
import '../packages/widgets/src/support-points/support-points.js';
import type { SupportPointInfo } from '../packages/widgets/src/support-points/support-points.component.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type LitElement } from 'lit';
import { ref } from 'lit/directives/ref.js';

const meta: Meta = {
  title: 'Tiện ích/Điểm hỗ trợ gần nhà',
  parameters: { docs: { description: { component: 'motcua-support-points' } } },
};
export default meta;
type Story = StoryObj;

const EVERY_DAY = [1, 2, 3, 4, 5, 6, 7];
const points: SupportPointInfo[] = [
  {
    id: '11111111-1111-4111-8111-111111111111',
    name: 'Điểm hỗ trợ 24h Chợ Tân Thạnh',
    kind: 'diem-ho-tro-24h',
    address: 'Ban quản lý chợ Tân Thạnh, 10 Lê Lợi',
    lat: 15.5749,
    lng: 108.4718,
    hours: { weekly: [{ days: EVERY_DAY, open: '00:00', close: '24:00' }] },
    services: ['thanh-toan-khong-tien-mat', 'nop-truc-tuyen'],
    phone: '0905123410',
  },
  {
    id: '22222222-2222-4222-8222-222222222222',
    name: 'Điểm hỗ trợ 24h Tổ dân phố 3',
    kind: 'diem-ho-tro-24h',
    address: 'Nhà văn hóa Tổ dân phố 3, kiệt 12 Phan Bội Châu',
    lat: 15.5762,
    lng: 108.4752,
    hours: { weekly: [{ days: EVERY_DAY, open: '18:00', close: '21:00' }] },
    services: ['nop-truc-tuyen', 'kich-hoat-vneid', 'thanh-toan-khong-tien-mat'],
    phone: '0905123403',
    zalo: 'https://zalo.me/0905123403',
  },
  {
    id: '33333333-3333-4333-8333-333333333333',
    name: 'Bộ phận một cửa phường Bàn Thạch',
    kind: 'bo-phan-mot-cua',
    address: 'Trụ sở UBND phường, 02 Trần Hưng Đạo',
    hours: {
      weekly: [
        { days: [1, 2, 3, 4, 5], open: '07:30', close: '11:30' },
        { days: [1, 2, 3, 4, 5], open: '13:30', close: '17:00' },
      ],
    },
    services: ['thu-tuc', 'kich-hoat-vneid'],
    phone: '02353812000',
  },
];

/** Sets a state once the widget is on the page, and again after its own list and draft reads have settled. */
const preset = (state: Record<string, unknown>) =>
  ref((el) => {
    if (!el) return;
    const apply = () => {
      Object.assign(el, state);
      (el as LitElement).requestUpdate();
    };
    queueMicrotask(apply);
    setTimeout(apply, 500);
  });

const widget = (state: Record<string, unknown> = {}, lang = 'vi') =>
  html`<motcua-support-points endpoint="https://motcua.example.gov.vn" unit="demo" lang=${lang}
    ${preset({ points, listState: 'fresh', ...state })}></motcua-support-points>`;

const filled = {
  name: 'Trần Thị Bình',
  phone: '0905 111 222',
  address: '12 kiệt 5 Phan Bội Châu, Tổ dân phố 3',
  need: 'kich-hoat-vneid',
  details: '',
  preferredTime: 'Tối thứ Bảy, sau 19 giờ',
};

export const List: Story = { name: 'Danh sách (đang mở / đóng cửa)', render: () => widget() };
export const Offline: Story = {
  name: 'Mất mạng: danh sách lưu lần trước',
  render: () => widget({ listState: 'cached', savedAt: Date.now() - 86_400_000 }),
};
export const Failed: Story = {
  name: 'Chưa tải được danh sách',
  render: () => widget({ points: [], listState: 'failed' }),
};
export const NoneMatch: Story = {
  name: 'Không có nơi phù hợp',
  render: () => widget({ need: 'thu-tuc', openOnly: true }),
};
export const Nearest: Story = {
  name: 'Xếp nơi gần nhất lên trước',
  render: () =>
    html`<motcua-support-points endpoint="https://motcua.example.gov.vn" unit="demo"
      ${ref((el) => {
        // Distances come with the nearest-first part, loaded when the citizen asks: load it first.
        if (!el) return;
        void (el as unknown as { nearby: { get(): Promise<unknown> } }).nearby.get().then(() => {
          Object.assign(el, {
            points,
            listState: 'fresh',
            here: { lat: 15.5763, lng: 108.4755 },
            locationNote: 'Đã xếp theo khoảng cách từ vị trí của bạn.',
          });
          (el as LitElement).requestUpdate();
        });
      })}></motcua-support-points>`,
};
export const Invalid: Story = {
  name: 'Đăng ký tại nhà: lỗi nhập liệu',
  render: () =>
    widget({
      values: { ...filled, phone: '123', preferredTime: '' },
      errors: {
        phone: 'Số điện thoại chưa đúng, ví dụ 0912 345 678.',
        preferredTime: 'Vui lòng nhập thời gian thuận tiện.',
        consent: 'Bạn cần đồng ý cho phép xử lý dữ liệu cá nhân để đăng ký.',
      },
    }),
};
export const DraftRestored: Story = {
  name: 'Đăng ký tại nhà: đã khôi phục bản nháp',
  render: () => widget({ values: filled, notice: 'Đã khôi phục nội dung bạn nhập lần trước.' }),
};
export const Queued: Story = { name: 'Đăng ký tại nhà: đang chờ gửi', render: () => widget({ phase: 'queued' }) };
export const Sent: Story = {
  name: 'Đăng ký tại nhà: đã gửi, mã tiếp nhận',
  render: () => widget({ phase: 'sent', receiptCode: 'HT-7K3M9Q' }),
};
export const English: Story = { name: 'English', render: () => widget({}, 'en') };

const followed = {
  receiptCode: 'HT-7K3M9Q',
  status: 'da-hen',
  need: 'kich-hoat-vneid',
  createdAt: '2026-12-01T02:00:00.000Z',
  team: { name: 'Tổ công nghệ số cộng đồng khu phố 1', phone: '0905123420' },
  scheduledAt: '2026-12-05T12:30:00.000Z',
  history: [
    { status: 'moi', at: '2026-12-01T02:00:00.000Z' },
    { status: 'da-phan-cong', at: '2026-12-02T02:00:00.000Z' },
    { status: 'da-hen', at: '2026-12-03T02:00:00.000Z' },
  ],
};
const follow = { code: 'HT-7K3M9Q', phone: '0905111222', errors: {}, message: '', looking: false };
export const FollowUp: Story = {
  name: 'Tra cứu yêu cầu: đã hẹn lịch',
  render: () => widget({ view: 'follow-up', follow: { ...follow, result: followed } }),
};
export const FollowUpDone: Story = {
  name: 'Tra cứu yêu cầu: đã hỗ trợ xong, có ghi chú',
  render: () =>
    widget({
      view: 'follow-up',
      follow: { ...follow, result: { ...followed, status: 'da-xong', note: 'Đã kích hoạt VNeID mức 2.' } },
    }),
};
export const FollowUpNotFound: Story = {
  name: 'Tra cứu yêu cầu: không tìm thấy',
  render: () =>
    widget({
      view: 'follow-up',
      follow: { ...follow, message: 'Không tìm thấy yêu cầu với mã và số điện thoại này. Vui lòng kiểm tra lại.' },
    }),
};
export const SmallMap: Story = {
  name: 'Bản đồ nhỏ (khi phường có máy chủ bản đồ)',
  render: () =>
    widget({
      map: {
        tiles: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
        attribution: '© Những người đóng góp OpenStreetMap',
      },
      mapFor: '22222222-2222-4222-8222-222222222222',
    }),
};
