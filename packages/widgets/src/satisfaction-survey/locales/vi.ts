/** Vietnamese strings of the full survey, added to the rating form's. */
export const vi = {
  fullTitle: 'Đánh giá chi tiết mức độ hài lòng',
  stepOf: 'Câu {n}/{total}',
  previous: 'Câu trước',
  next: 'Câu tiếp theo',
  optional: '(không bắt buộc)',
  criteriaError: 'Không đọc được bộ tiêu chí ({error}); đang dùng bộ tiêu chí mặc định.',
};
