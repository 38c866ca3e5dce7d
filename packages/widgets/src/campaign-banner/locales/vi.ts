/** Vietnamese strings of the campaign banner (the default language). */
export const vi = {
  region: 'Thông tin tuyên truyền',
  carousel: 'Chiến dịch tuyên truyền',
  slide: '{n} trên {total}',
  more: 'Xem chi tiết',
  dismiss: 'Ẩn: {title}',
  prev: 'Chiến dịch trước',
  next: 'Chiến dịch tiếp theo',
  pause: 'Tạm dừng tự chuyển',
  play: 'Tiếp tục tự chuyển',
  share: 'Chia sẻ',
  facebook: 'Facebook',
  zalo: 'Zalo',
  copied: 'Đã chép liên kết, hãy dán vào Zalo để chia sẻ.',
};
