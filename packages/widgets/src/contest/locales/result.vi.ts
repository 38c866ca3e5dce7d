/** Vietnamese strings of the contest's result view, loaded with that view's module. */
export const vi = {
  minutesSeconds: '{m} phút {s} giây',
  resultTitle: 'Kết quả bài thi',
  score: 'Số câu đúng: {correct}/{total}',
  took: 'Thời gian làm bài: {time}',
  lateNote: 'Bài được nhận sau giờ kết thúc nên được tính vào số người tham gia, không xét giải.',
  rank: 'Xếp hạng: {rank}/{participants} người dự thi',
  rankPending: 'Thứ hạng được công bố khi Ban tổ chức công bố kết quả đợt thi.',
  share: 'Chia sẻ cuộc thi',
  shared: 'Đã chép đường liên kết.',
  again: 'Thi lại',
  rightAnswer: 'Đáp án đúng: {answer}',
  yourAnswerRight: 'Bạn trả lời đúng.',
  yourAnswerWrong: 'Bạn trả lời chưa đúng.',
};
