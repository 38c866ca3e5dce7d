/** Vietnamese strings of the lookup mode (tra cứu phản ánh), loaded with that mode's module. */
export const vi = {
  lookupTitle: 'Tra cứu phản ánh',
  lookupIntro: 'Nhập mã tiếp nhận và số điện thoại bạn đã dùng khi gửi.',
  code: 'Mã tiếp nhận',
  lookup: 'Tra cứu',
  looking: 'Đang tra cứu…',
  notFound: 'Không tìm thấy phản ánh với mã và số điện thoại này. Vui lòng kiểm tra lại.',
  status: 'Trạng thái',
  history: 'Quá trình xử lý',
  answer: 'Trả lời của phường',
  noAnswer: 'Chưa có câu trả lời.',
  status_moi: 'Mới tiếp nhận',
  'status_dang-xu-ly': 'Đang xử lý',
  'status_da-tra-loi': 'Đã trả lời',
  'status_tu-choi': 'Từ chối tiếp nhận',
  receivedOn: 'Ngày gửi',
};
