/** Chuỗi tiếng Việt của phần xem chi tiết một thủ tục, tải cùng phần đó (detail.ts). */
export const vi = {
  print: 'In thủ tục',
  submitOnline: 'Nộp trực tuyến',
  submitOnlineNote: '(mở Cổng Dịch vụ công quốc gia)',
  code: 'Mã thủ tục',
  agency: 'Cơ quan thực hiện',
  level: 'Cấp thực hiện',
  time: 'Thời hạn giải quyết',
  fee: 'Phí, lệ phí',
  subjects: 'Đối tượng thực hiện',
  result: 'Kết quả',
  steps: 'Trình tự thực hiện',
  documents: 'Thành phần hồ sơ',
  form: 'Mẫu đơn, tờ khai: {form}',
  legal: 'Căn cứ pháp lý',
  detailLoading: 'Đang tải chi tiết thủ tục…',
};
