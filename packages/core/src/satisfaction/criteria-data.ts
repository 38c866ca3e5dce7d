// Generated mirror of data/criteria.json so bundlers and tsc need no JSON import; a unit test keeps the two equal.
import type { CriteriaSet } from './criteria.js';

export const DEFAULT_CRITERIA: CriteriaSet = {
  version: 1,
  source: {
    vi: 'Nghị định 61/2018/NĐ-CP về thực hiện cơ chế một cửa, một cửa liên thông (chương Đánh giá việc giải quyết thủ tục hành chính) và Thông tư 01/2018/TT-VPCP (mỗi chỉ số chấm 2, 1 hoặc 0 điểm); tiêu chí kết quả và phí theo chỉ số SIPAS của Bộ Nội vụ.',
    en: "Decree 61/2018/ND-CP on the one-stop-shop mechanism (chapter on evaluating the handling of administrative procedures) and Circular 01/2018/TT-VPCP (each index scored 2, 1 or 0); result and fee criteria after the Ministry of Home Affairs' SIPAS index.",
  },
  overall: {
    vi: 'Nhìn chung, ông/bà hài lòng thế nào với việc giải quyết thủ tục hành chính?',
    en: 'Overall, how satisfied are you with how your procedure was handled?',
  },
  criteria: [
    {
      id: 'thoi-gian',
      basis: 'NĐ 61/2018: tổng thời gian giải quyết so với thời hạn quy định',
      question: {
        vi: 'Hồ sơ được trả kết quả so với ngày hẹn thế nào?',
        en: 'When was the result ready, compared with the promised date?',
      },
      options: [
        { points: 2, vi: 'Trước ngày hẹn', en: 'Before the promised date' },
        { points: 1, vi: 'Đúng ngày hẹn', en: 'On the promised date' },
        { points: 0, vi: 'Trễ hẹn', en: 'Late' },
      ],
    },
    {
      id: 'so-lan-lien-he',
      basis: 'NĐ 61/2018: số lần phải liên hệ với nơi tiếp nhận để hoàn thiện hồ sơ',
      question: {
        vi: 'Ông/bà phải đến hoặc liên hệ bao nhiêu lần để hoàn thiện hồ sơ?',
        en: 'How many trips or contacts did it take to complete your file?',
      },
      options: [
        { points: 2, vi: 'Một lần là đủ', en: 'Just one' },
        { points: 1, vi: 'Hai lần', en: 'Two' },
        { points: 0, vi: 'Ba lần trở lên', en: 'Three or more' },
      ],
    },
    {
      id: 'so-co-quan',
      basis: 'NĐ 61/2018: số cơ quan, đơn vị phải liên hệ để hoàn thiện hồ sơ',
      question: {
        vi: 'Ngoài Bộ phận Một cửa, ông/bà phải liên hệ thêm bao nhiêu cơ quan?',
        en: 'Besides the one-stop counter, how many other offices did you have to contact?',
      },
      options: [
        { points: 2, vi: 'Không phải liên hệ thêm', en: 'None' },
        { points: 1, vi: 'Một cơ quan', en: 'One' },
        { points: 0, vi: 'Hai cơ quan trở lên', en: 'Two or more' },
      ],
    },
    {
      id: 'cong-khai',
      basis: 'NĐ 61/2018: tính công khai, minh bạch trong giải quyết thủ tục hành chính',
      question: {
        vi: 'Thủ tục (hồ sơ, thời hạn, phí) có được niêm yết, công khai đầy đủ không?',
        en: "Were the procedure's documents, time limit and fees fully published?",
      },
      options: [
        { points: 2, vi: 'Đầy đủ, dễ tìm', en: 'Fully, easy to find' },
        { points: 1, vi: 'Có nhưng khó tìm hoặc chưa đủ', en: 'Partly, or hard to find' },
        { points: 0, vi: 'Không được công khai', en: 'Not published' },
      ],
    },
    {
      id: 'thai-do',
      basis: 'NĐ 61/2018: thái độ của cán bộ, công chức, viên chức',
      question: {
        vi: 'Thái độ của cán bộ tiếp nhận, hướng dẫn ông/bà thế nào?',
        en: 'How was the attitude of the officer who served you?',
      },
      options: [
        { points: 2, vi: 'Lịch sự, tận tình', en: 'Polite and helpful' },
        { points: 1, vi: 'Bình thường', en: 'Acceptable' },
        { points: 0, vi: 'Chưa đúng mực', en: 'Improper' },
      ],
    },
    {
      id: 'ket-qua',
      basis: 'SIPAS (Bộ Nội vụ): kết quả giải quyết đúng quy định, thông tin chính xác',
      question: { vi: 'Kết quả nhận được có đúng và chính xác không?', en: 'Was the result you received correct?' },
      options: [
        { points: 2, vi: 'Đúng, không phải sửa', en: 'Correct' },
        { points: 1, vi: 'Có sai sót nhỏ, đã được sửa ngay', en: 'A small error, fixed at once' },
        { points: 0, vi: 'Sai, phải làm lại', en: 'Wrong, had to be redone' },
      ],
    },
    {
      id: 'phi',
      basis: 'SIPAS (Bộ Nội vụ): phí, lệ phí nộp đúng mức đã niêm yết',
      question: {
        vi: 'Ông/bà có phải nộp phí, lệ phí ngoài mức đã niêm yết không?',
        en: 'Did you pay anything beyond the published fees?',
      },
      options: [
        { points: 2, vi: 'Không, đúng mức niêm yết', en: 'No, exactly as published' },
        { points: 1, vi: 'Không rõ mức phí', en: 'The fee was unclear' },
        { points: 0, vi: 'Có, phải nộp thêm', en: 'Yes, I paid more' },
      ],
    },
    {
      id: 'truc-tuyen',
      basis: 'NĐ 61/2018: việc cung cấp dịch vụ công trực tuyến',
      optional: true,
      question: { vi: 'Nếu nộp hồ sơ trực tuyến, việc nộp có dễ dàng không?', en: 'If you filed online, was it easy?' },
      options: [
        { points: 2, vi: 'Dễ dàng', en: 'Easy' },
        { points: 1, vi: 'Được, nhưng còn vướng', en: 'Possible, with some trouble' },
        { points: 0, vi: 'Khó, không nộp được', en: 'Hard, could not file' },
      ],
    },
  ],
};
