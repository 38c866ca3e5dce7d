/** Vietnamese strings of the carousel and the share links, loaded with their module (extras.ts). */
export const vi = {
  slide: '{n} trên {total}',
  prev: 'Chiến dịch trước',
  next: 'Chiến dịch tiếp theo',
  pause: 'Tạm dừng tự chuyển',
  play: 'Tiếp tục tự chuyển',
  share: 'Chia sẻ',
  facebook: 'Facebook',
  zalo: 'Zalo',
  copied: 'Đã chép liên kết, hãy dán vào Zalo để chia sẻ.',
};
