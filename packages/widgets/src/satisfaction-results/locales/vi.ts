/** Vietnamese strings of the published satisfaction results (the default language). */
export const vi = {
  resultsTitle: 'Kết quả đánh giá mức độ hài lòng',
  byMonth: 'Theo tháng',
  byQuarter: 'Theo quý',
  groupBy: 'Xem kết quả',
  overallRate: 'Tỷ lệ hài lòng: {rate} ({satisfied}/{total} lượt đánh giá)',
  byProof:
    'Trong đó: {kiosk} tại quầy (máy đánh giá của phường), {dossier} của người có hồ sơ (đã tra cứu hồ sơ), {none} qua trang web.',
  noRatings: 'Chưa có lượt đánh giá nào trong thời gian này.',
  loading: 'Đang tải kết quả…',
  loadError: 'Không tải được kết quả. Xin thử lại sau.',
  retry: 'Thử lại',
  chartLabel: 'Biểu đồ tỷ lệ hài lòng {group}: {summary}',
  showTable: 'Xem bảng số liệu',
  hideTable: 'Ẩn bảng số liệu',
  period: 'Kỳ',
  total: 'Số lượt',
  satisfied: 'Hài lòng trở lên',
  rate: 'Tỷ lệ',
  monthLabel: 'Tháng {m}/{y}',
  quarterLabel: 'Quý {q}/{y}',
  notConfigured: 'Tiện ích chưa được cấu hình (thiếu endpoint hoặc unit).',
};
