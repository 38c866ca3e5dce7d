// <motcua-procedure-search> in every state a citizen can meet, on the shipped catalogue.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import catalogue from '../packages/core/data/procedures.json' with { type: 'json' };
import { ProcedureSearchElement } from '../packages/widgets/src/procedure-search/procedure-search.component.js';
import '../packages/widgets/src/procedure-search/procedure-search.js';
import { defineOffline } from './offline.js';

const meta: Meta = {
  title: 'Tiện ích/Tra cứu thủ tục hành chính',
  component: 'motcua-procedure-search',
  parameters: {
    docs: { description: { component: 'Tìm thủ tục theo cách người dân gõ; xem hồ sơ, thời hạn, lệ phí.' } },
  },
};
export default meta;
type Story = StoryObj;

/** Gives the element the catalogue, then types a query the way a citizen would. */
const withQuery = (query: string, then?: (el: ProcedureSearchElement) => void) =>
  ref((node) => {
    const el = node as ProcedureSearchElement | undefined;
    if (!el || el.dataset.ready) return;
    el.dataset.ready = '1';
    el.setCatalogue(catalogue);
    void el.updateComplete.then(() => {
      const input = el.shadowRoot?.querySelector('input');
      if (input && query) {
        input.value = query;
        input.dispatchEvent(new Event('input'));
      }
      then?.(el);
    });
  });

export const Loading: Story = {
  name: 'Đang tải danh mục',
  render: () => html`<motcua-procedure-search></motcua-procedure-search>`,
};

export const Ready: Story = {
  name: 'Sẵn sàng, chưa gõ',
  render: () => html`<motcua-procedure-search ${withQuery('')}></motcua-procedure-search>`,
};

export const Results: Story = {
  name: 'Kết quả khi gõ không dấu',
  render: () => html`<motcua-procedure-search ${withQuery('lam giay khai sinh')}></motcua-procedure-search>`,
};

export const Abbreviation: Story = {
  name: 'Kết quả khi gõ viết tắt (dkkh)',
  render: () => html`<motcua-procedure-search ${withQuery('dkkh')}></motcua-procedure-search>`,
};

export const NoResults: Story = {
  name: 'Không có kết quả',
  render: () => html`<motcua-procedure-search ${withQuery('qqqzzz')}></motcua-procedure-search>`,
};

export const Detail: Story = {
  name: 'Chi tiết một thủ tục',
  render: () =>
    html`<motcua-procedure-search ${withQuery('', (el) => el.openProcedure('1.004873'))}></motcua-procedure-search>`,
};

export const ReferralResults: Story = {
  name: 'Thủ tục chuyển nơi khác trong kết quả (nộp tại Thuế cơ sở)',
  render: () => html`<motcua-procedure-search ${withQuery('le phi truoc ba nha dat')}></motcua-procedure-search>`,
};

export const ReferralDetail: Story = {
  name: 'Chi tiết thủ tục chuyển nơi khác (nộp tại tòa án)',
  render: () =>
    html`<motcua-procedure-search ${withQuery('', (el) => el.openProcedure('3.000165'))}></motcua-procedure-search>`,
};

// A search whose detail view cannot be fetched, as offline on a visit that never loaded it.
defineOffline('story-offline-detail-search', ProcedureSearchElement, 'loadDetail');
export const DetailOffline: Story = {
  name: 'Chi tiết chưa tải được (ngoại tuyến)',
  render: () =>
    html`<story-offline-detail-search ${withQuery('', (el) => el.openProcedure('1.004873'))}></story-offline-detail-search>`,
};

export const LoadError: Story = {
  name: 'Lỗi tải danh mục',
  render: () => html`<motcua-procedure-search src="/khong-co/procedures.json"></motcua-procedure-search>`,
};

export const English: Story = {
  name: 'Tiếng Anh',
  render: () => html`<motcua-procedure-search lang="en" ${withQuery('birth certificate')}></motcua-procedure-search>`,
};
