// The design tokens every widget reads, shown with their defaults so a ward can pick its own colours.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

const TOKENS: [string, string, string][] = [
  ['--motcua-color-primary', '#a50e0e', 'Màu chủ đạo (nút, điểm nhấn)'],
  ['--motcua-color-on-primary', '#ffffff', 'Màu chữ trên nền chủ đạo'],
  ['--motcua-color-text', '#1f1f1f', 'Màu chữ'],
  ['--motcua-color-muted', '#595959', 'Màu chữ phụ'],
  ['--motcua-color-surface', '#ffffff', 'Màu nền'],
  ['--motcua-color-border', '#767676', 'Màu viền'],
  ['--motcua-color-focus', '#0b57d0', 'Màu viền khi được chọn bằng bàn phím'],
  ['--motcua-color-error', '#b3261e', 'Màu báo lỗi'],
  ['--motcua-color-success', '#146c2e', 'Màu thành công'],
  ['--motcua-radius', '6px', 'Bo góc'],
  ['--motcua-density', '1', 'Mật độ (0.8 gọn, 1 thường, 1.2 thoáng)'],
  ['--motcua-font', 'system-ui, …', 'Phông chữ (phông hệ thống có dấu tiếng Việt)'],
];

const meta: Meta = { title: 'Tổng quan/Biến giao diện (design tokens)' };
export default meta;

export const Defaults: StoryObj = {
  name: 'Giá trị mặc định',
  render: () => html`
    <table>
      <caption>Biến CSS đặt trên trang chủ hoặc trên từng thẻ tiện ích</caption>
      <thead><tr><th scope="col">Biến</th><th scope="col">Mặc định</th><th scope="col">Ý nghĩa</th></tr></thead>
      <tbody>
        ${TOKENS.map(([name, value, meaning]) => html`<tr><td><code>${name}</code></td><td><code>${value}</code></td><td>${meaning}</td></tr>`)}
      </tbody>
    </table>
  `,
};
