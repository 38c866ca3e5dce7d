/** Vietnamese strings of the campaign banner (the default language); the carousel's and share links' are in extras.vi.ts. */
export const vi = {
  region: 'Thông tin tuyên truyền',
  carousel: 'Chiến dịch tuyên truyền',
  more: 'Xem chi tiết',
  dismiss: 'Ẩn: {title}',
};
