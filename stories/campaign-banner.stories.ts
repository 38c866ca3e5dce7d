// The campaign banner in every state a visitor can meet: each layout, paused for reduced motion, with
// share links, in English, a carousel whose part could not load (shown as cards), and empty. Campaigns are set on the element, so Storybook needs no collector.
import '../packages/widgets/src/campaign-banner/campaign-banner.js';
import { CampaignBannerElement } from '../packages/widgets/src/campaign-banner/campaign-banner.component.js';
import { defineOffline } from './offline.js';
import type { CampaignItem } from '@motcua/core';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

const meta: Meta = {
  title: 'Tiện ích/Chiến dịch tuyên truyền',
  parameters: { docs: { description: { component: 'motcua-campaign-banner: strip, card, carousel' } } },
};
export default meta;
type Story = StoryObj;

const day = (offset: number) => new Date(Date.now() + 7 * 3600_000 + offset * 86_400_000).toISOString().slice(0, 10);
const EMBLEM = `data:image/svg+xml,${encodeURIComponent(
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 9"><rect width="16" height="9" fill="#a50e0e"/><circle cx="8" cy="4.5" r="3" fill="#ffcd00"/></svg>',
)}`;

const CAMPAIGNS: CampaignItem[] = [
  {
    id: 'dvc-toan-trinh',
    title: 'Nộp hồ sơ trực tuyến toàn trình, không cần đến Bộ phận Một cửa',
    text: 'Đăng nhập Cổng Dịch vụ công quốc gia bằng tài khoản VNeID mức độ 2 để nộp hồ sơ và nhận kết quả tại nhà.',
    imageUrl: EMBLEM,
    imageAlt: '',
    imageWidth: 640,
    imageHeight: 360,
    linkUrl: 'https://dichvucong.gov.vn/',
    linkText: 'Đến Cổng Dịch vụ công',
    startsAt: day(-5),
    endsAt: day(60),
    priority: 10,
  },
  {
    id: 'khong-dung-tien-mat',
    title: 'Thanh toán phí, lệ phí không dùng tiền mặt',
    text: 'Quét mã QR tại quầy hoặc thanh toán trực tuyến khi nộp hồ sơ.',
    linkUrl: '/thu-tuc',
    linkText: 'Xem hướng dẫn',
    startsAt: day(-5),
    endsAt: day(60),
    priority: 5,
  },
  {
    id: 'de-an-06',
    title: 'Đề án 06: làm căn cước, kích hoạt định danh điện tử tại phường',
    text: 'Tổ công tác Đề án 06 hỗ trợ người dân vào sáng thứ Bảy hằng tuần.',
    startsAt: day(-5),
    endsAt: day(60),
    priority: 1,
  },
];

const banner = (layout: string, list: CampaignItem[] = CAMPAIGNS, lang = 'vi', share = false) =>
  html`<motcua-campaign-banner layout=${layout as 'card'} lang=${lang} page="/" ?share=${share}
    .campaigns=${list}></motcua-campaign-banner>`;

export const Card: Story = { name: 'Thẻ (card)', render: () => banner('card', CAMPAIGNS.slice(0, 1)) };
export const Strip: Story = { name: 'Dải ngang (strip)', render: () => banner('strip', CAMPAIGNS.slice(1)) };
export const Carousel: Story = { name: 'Trình chiếu (carousel)', render: () => banner('carousel') };
export const CarouselShare: Story = {
  name: 'Trình chiếu, có nút chia sẻ Facebook, Zalo',
  render: () => banner('carousel', CAMPAIGNS, 'vi', true),
};
export const English: Story = { name: 'Tiếng Anh', render: () => banner('carousel', CAMPAIGNS, 'en') };

// A banner whose carousel and share part cannot be fetched, as offline before it ever loaded.
defineOffline('story-offline-extras-banner', CampaignBannerElement, 'loadExtras');
export const CarouselOffline: Story = {
  name: 'Trình chiếu chưa tải được (ngoại tuyến): hiện như thẻ',
  render: () =>
    html`<story-offline-extras-banner layout="carousel" share page="/" .campaigns=${CAMPAIGNS}></story-offline-extras-banner>`,
};
export const Expired: Story = {
  name: 'Không có chiến dịch đang chạy (không hiện gì)',
  render: () => banner('card', [{ ...CAMPAIGNS[0]!, startsAt: day(-30), endsAt: day(-1) }]),
};
