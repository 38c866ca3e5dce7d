// The online contest (cuộc thi trực tuyến tìm hiểu CCHC) in every state a citizen meets: loading, not
// loaded, no round open, registration (with the rules, and with errors; on a province's site with its
// ward picker), a question (plenty of time,
// and the last minute), the review, the submission waiting offline, the result (Vietnamese and English),
// the result once staff have published the round (with the participant's rank), a rejected submission,
// and the result view unable to load offline. The contest's description is a
// static file (fixtures/contest, served by Storybook at the collector's path); the other states are
// set on the element directly.
import '../packages/widgets/src/contest/contest.js';
import type { SavedAttempt } from '../packages/widgets/src/contest/attempt.js';
import { ContestElement } from '../packages/widgets/src/contest/contest.component.js';
import { defineOffline } from './offline.js';
import { preset } from './preset.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

const meta: Meta = {
  title: 'Tiện ích/Cuộc thi trực tuyến',
  parameters: { docs: { description: { component: 'motcua-contest' } } },
};
export default meta;
type Story = StoryObj;

defineOffline('motcua-contest-offline-result', ContestElement, 'loadResult');

const ENDPOINT = './fixtures/contest';

const questions: SavedAttempt['questions'] = [
  {
    id: 'q1',
    text: 'Người dân dùng ứng dụng nào để đăng nhập Cổng Dịch vụ công quốc gia bằng tài khoản định danh điện tử?',
    kind: 'single',
    options: [
      { id: 'a', text: 'VNeID' },
      { id: 'b', text: 'Zalo' },
      { id: 'c', text: 'Ứng dụng ngân hàng' },
    ],
  },
  {
    id: 'q2',
    text: 'Những thủ tục nào ở cấp xã có thể nộp trực tuyến toàn trình?',
    kind: 'multiple',
    options: [
      { id: 'a', text: 'Đăng ký khai sinh' },
      { id: 'b', text: 'Chứng thực bản sao từ bản chính' },
      { id: 'c', text: 'Đăng ký thường trú' },
    ],
  },
  {
    id: 'q3',
    text: 'Bộ phận Một cửa của phường tiếp nhận hồ sơ vào những ngày nào?',
    kind: 'single',
    options: [
      { id: 'a', text: 'Từ thứ Hai đến thứ Sáu và sáng thứ Bảy' },
      { id: 'b', text: 'Chỉ thứ Hai' },
    ],
  },
];

const attempt = (change: Partial<SavedAttempt> = {}): SavedAttempt => ({
  id: 'story-attempt',
  token: 'story',
  roundId: 'r1',
  questions,
  deadline: Date.now() + 9 * 60_000,
  clockOffset: 0,
  answers: { q1: ['a'] },
  prediction: '',
  idea: '',
  submitted: false,
  ...change,
});

const result = { correct: 2, total: 3, tookMs: 252_000, late: false, key: { q1: ['a'], q2: ['a', 'c'], q3: ['a'] } };

const contest = (
  state: Record<string, unknown> = {},
  attrs: { lang?: string; endpoint?: string; tag?: string } = {},
) =>
  attrs.tag === 'offline'
    ? html`<motcua-contest-offline-result endpoint=${ENDPOINT} unit="demo" contest="tim-hieu-cchc-2026" lang=${attrs.lang ?? 'vi'}
        ${preset(state)}></motcua-contest-offline-result>`
    : html`<motcua-contest endpoint=${attrs.endpoint ?? ENDPOINT} unit="demo" contest="tim-hieu-cchc-2026" lang=${attrs.lang ?? 'vi'}
        ${preset(state)}></motcua-contest>`;

export const Loading: Story = { name: 'Đang tải', render: () => contest({ view: 'loading' }) };
export const LoadError: Story = {
  name: 'Không tải được cuộc thi',
  render: () => contest({}, { endpoint: './fixtures/khong-co' }),
};
export const Closed: Story = { name: 'Chưa có đợt thi mở', render: () => contest({ view: 'closed' }) };
export const Register: Story = { name: 'Đăng ký dự thi, thể lệ', render: () => contest() };
export const RegisterErrors: Story = {
  name: 'Đăng ký: thông tin chưa đúng',
  render: () =>
    contest({
      reg: { fullName: 'Lê Thị Hoa', birthYear: '19', phone: '12345', place: '', workplace: '', idNumber: '' },
      errors: {
        birthYear: 'Năm sinh cần là số có 4 chữ số, từ 1916 đến 2020.',
        phone: 'Số điện thoại chưa đúng, ví dụ 0912 345 678.',
        place: 'Vui lòng nhập nơi ở.',
        consent: 'Vui lòng đánh dấu đồng ý xử lý dữ liệu cá nhân để dự thi.',
      },
    }),
};
/** On the province's own site (no `unit`): the registration asks which xã or phường the citizen lives in. */
const provinceSite = (state: Record<string, unknown> = {}) =>
  html`<motcua-contest endpoint=${ENDPOINT} province="48" contest="cchc-da-nang-2026" lang="vi"
    ${preset(state)}></motcua-contest>`;
export const ProvinceWardPicker: Story = {
  name: 'Cuộc thi của thành phố: chọn xã, phường',
  render: () => provinceSite(),
};
export const ProvinceWardMissing: Story = {
  name: 'Cuộc thi của thành phố: chưa chọn xã, phường',
  render: () => provinceSite({ errors: { ward: 'Vui lòng nhập xã, phường nơi bạn sinh sống.' } }),
};
export const Question: Story = {
  name: 'Đang làm bài: một câu hỏi',
  render: () => contest({ view: 'attempt', attempt: attempt(), current: 1, remaining: 9 * 60_000 + 12_000 }),
};
export const LastMinute: Story = {
  name: 'Đang làm bài: phút cuối',
  render: () =>
    contest({
      view: 'attempt',
      attempt: attempt({ answers: { q1: ['a'], q2: ['a'] } }),
      current: 2,
      remaining: 45_000,
      announcement: 'Còn 1 phút.',
    }),
};
export const Review: Story = {
  name: 'Xem lại trước khi nộp',
  render: () => contest({ view: 'review', attempt: attempt(), remaining: 5 * 60_000 }),
};
export const Queued: Story = {
  name: 'Đã nộp, đang chờ gửi (ngoại tuyến)',
  render: () => contest({ view: 'queued', attempt: attempt({ submitted: true }) }),
};
export const Result: Story = {
  name: 'Kết quả bài thi',
  render: () =>
    contest({
      view: 'result',
      attempt: attempt({ submitted: true, answers: { q1: ['a'], q2: ['a'], q3: ['a'] }, result }),
    }),
};
export const ResultEnglish: Story = {
  name: 'Result (English)',
  render: () =>
    contest(
      { view: 'result', attempt: attempt({ submitted: true, answers: { q1: ['a'], q2: ['a'], q3: ['a'] }, result }) },
      { lang: 'en' },
    ),
};
/**
 * The collector's answer to POST …/attempts/{id}/standing once the round is published. Storybook has no
 * server, and a static file cannot answer a POST: this story's page answers that one request itself.
 */
function publishedStanding(rank: number, participants: number): void {
  const page = window as typeof window & { contestStanding?: { rank: number; participants: number } };
  if (!page.contestStanding) {
    const fetchOnPage = window.fetch.bind(window);
    window.fetch = (input, init) =>
      String(input instanceof Request ? input.url : input).endsWith('/standing') && page.contestStanding
        ? Promise.resolve(Response.json({ published: true, ...page.contestStanding }))
        : fetchOnPage(input, init);
  }
  page.contestStanding = { rank, participants };
}

export const ResultPublished: Story = {
  name: 'Kết quả: đã công bố, thứ hạng của người dự thi',
  render: () => {
    publishedStanding(3, 36);
    return contest({
      view: 'result',
      attempt: attempt({
        id: 'story-published',
        submitted: true,
        answers: { q1: ['a'], q2: ['a', 'c'], q3: ['a'] },
        result: { ...result, correct: 3 },
      }),
    });
  },
};
export const Late: Story = {
  name: 'Kết quả: nộp sau giờ kết thúc',
  render: () => contest({ view: 'result', attempt: attempt({ submitted: true, result: { ...result, late: true } }) }),
};
export const Rejected: Story = {
  name: 'Bài làm không được nhận',
  render: () =>
    contest({
      view: 'result',
      attempt: attempt({ submitted: true }),
      problem: 'Bài làm không được nhận: Đợt thi đã kết thúc.',
    }),
};
export const ResultOffline: Story = {
  name: 'Kết quả chưa hiển thị được (mất mạng trước khi tải phần kết quả)',
  render: () => contest({ view: 'result', attempt: attempt({ submitted: true, result }) }, { tag: 'offline' }),
};
