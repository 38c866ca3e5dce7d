/**
 * The demo contest's question bank: 20 questions on online public services, the chip ID card and the
 * two-level local government, each with the legal text (or the project's domain notes) it rests on.
 * The demo round draws 10 of them, for 10 minutes. The right option of each is marked `correct`; the
 * collector never sends that mark to a browser before the attempt is submitted.
 */
import type { BankQuestion } from '../contests/draw.js';

export interface SourcedQuestion extends BankQuestion {
  /** Where the answer comes from, as a citizen could look it up. */
  source: string;
}

const LAW_LOCAL_GOVERNMENT = 'Luật Tổ chức chính quyền địa phương số 72/2025/QH15 (hiệu lực từ 01/7/2025)';
const RESOLUTION_PROVINCES = 'Nghị quyết số 202/2025/QH15 về sắp xếp đơn vị hành chính cấp tỉnh';
const DECREE_ONLINE = 'Nghị định số 42/2022/NĐ-CP về cung cấp thông tin và dịch vụ công trực tuyến';
const DECREE_ONE_STOP = 'Nghị định số 61/2018/NĐ-CP về thực hiện cơ chế một cửa, một cửa liên thông';
const CIRCULAR_RATING = 'Thông tư số 01/2018/TT-VPCP hướng dẫn thi hành Nghị định 61/2018/NĐ-CP';
const LAW_ID = 'Luật Căn cước số 26/2023/QH15 (hiệu lực từ 01/7/2024)';
const DECREE_EID = 'Nghị định số 69/2024/NĐ-CP về định danh và xác thực điện tử';
const LAW_DATA = 'Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15 (hiệu lực từ 01/01/2026)';
const DECREE_PAKN =
  'Nghị định số 20/2008/NĐ-CP, sửa đổi bởi Nghị định số 92/2017/NĐ-CP, về tiếp nhận, xử lý phản ánh, kiến nghị';

/** Builds a question from its options, the right ones marked with a leading "*". */
function q(id: number, text: string, kind: 'single' | 'multiple', options: string[], source: string): SourcedQuestion {
  return {
    id: `cchc-${String(id).padStart(2, '0')}`,
    text,
    kind,
    source,
    options: options.map((o, i) => ({
      id: `cchc-${String(id).padStart(2, '0')}-${'abcd'[i]}`,
      text: o.replace(/^\*/, ''),
      correct: o.startsWith('*'),
    })),
  };
}

export const CONTEST_BANK: SourcedQuestion[] = [
  q(
    1,
    'Từ ngày 01/7/2025, chính quyền địa phương ở nước ta được tổ chức theo mấy cấp?',
    'single',
    ['Một cấp', '*Hai cấp: cấp tỉnh và cấp xã', 'Ba cấp: tỉnh, huyện, xã', 'Bốn cấp'],
    LAW_LOCAL_GOVERNMENT,
  ),
  q(
    2,
    'Sau khi sắp xếp năm 2025, cả nước có bao nhiêu tỉnh, thành phố trực thuộc trung ương?',
    'single',
    ['63', '45', '*34', '28'],
    RESOLUTION_PROVINCES,
  ),
  q(
    3,
    'Đơn vị hành chính cấp xã gồm những loại nào?',
    'multiple',
    ['*Xã', '*Phường', '*Đặc khu', 'Quận'],
    LAW_LOCAL_GOVERNMENT,
  ),
  q(
    4,
    'Sau khi sắp xếp, tỉnh Quảng Nam cũ thuộc đơn vị hành chính cấp tỉnh nào?',
    'single',
    ['Tỉnh Quảng Ngãi', '*Thành phố Đà Nẵng', 'Thành phố Huế', 'Tỉnh Kon Tum'],
    RESOLUTION_PROVINCES,
  ),
  q(
    5,
    'Địa chỉ của Cổng Dịch vụ công quốc gia là gì?',
    'single',
    ['*dichvucong.gov.vn', 'congdichvu.vn', 'dvc.com.vn', 'chinhphu.net'],
    'Cổng Dịch vụ công quốc gia',
  ),
  q(
    6,
    'Dịch vụ công trực tuyến toàn trình là dịch vụ như thế nào?',
    'single',
    [
      '*Người dân thực hiện toàn bộ quy trình, từ nộp hồ sơ đến nhận kết quả, trên môi trường mạng',
      'Người dân chỉ tra cứu thông tin thủ tục trên mạng',
      'Người dân nộp hồ sơ trên mạng nhưng phải đến nộp bản giấy tất cả giấy tờ',
      'Cán bộ đến tận nhà nhận hồ sơ',
    ],
    DECREE_ONLINE,
  ),
  q(
    7,
    'Dịch vụ công trực tuyến một phần là dịch vụ như thế nào?',
    'single',
    [
      'Chỉ dành cho doanh nghiệp',
      '*Một phần quy trình được thực hiện trên mạng, phần còn lại (như nộp bản gốc hoặc nhận kết quả) làm trực tiếp',
      'Chỉ được nộp vào buổi sáng',
      'Chỉ được nộp một nửa thành phần hồ sơ',
    ],
    DECREE_ONLINE,
  ),
  q(
    8,
    'Ứng dụng định danh điện tử quốc gia do Bộ Công an phát triển có tên là gì?',
    'single',
    ['Zalo', '*VNeID', 'VssID', 'eTax'],
    DECREE_EID,
  ),
  q(
    9,
    'Tài khoản định danh điện tử mức độ 2 có thể dùng để đăng nhập Cổng Dịch vụ công quốc gia không?',
    'single',
    ['*Có', 'Không', 'Chỉ dùng được tại Bộ phận Một cửa', 'Chỉ dùng được với người trên 60 tuổi'],
    DECREE_EID,
  ),
  q(
    10,
    'Từ ngày 01/7/2024, thẻ do Bộ Công an cấp cho công dân Việt Nam (thay cho thẻ căn cước công dân) có tên gọi là gì?',
    'single',
    ['Chứng minh nhân dân', '*Thẻ căn cước', 'Thẻ định danh', 'Sổ hộ khẩu điện tử'],
    LAW_ID,
  ),
  q(11, 'Số định danh cá nhân của công dân Việt Nam gồm bao nhiêu chữ số?', 'single', ['9', '10', '*12', '15'], LAW_ID),
  q(
    12,
    'Mã QR trên thẻ căn cước gắn chip chứa những thông tin nào?',
    'multiple',
    ['*Số định danh cá nhân', '*Họ, chữ đệm và tên', '*Ngày sinh', 'Số điện thoại'],
    'Định dạng mã QR thẻ căn cước (ghi chú nghiệp vụ của dự án, docs/domain.md)',
  ),
  q(
    13,
    '"Bộ phận Một cửa" ở Ủy ban nhân dân cấp xã là tên gọi chung của bộ phận nào?',
    'single',
    ['*Bộ phận Tiếp nhận và Trả kết quả', 'Văn phòng Đảng ủy', 'Ban Chỉ huy quân sự', 'Trạm y tế'],
    DECREE_ONE_STOP,
  ),
  q(
    14,
    'Theo Thông tư 01/2018/TT-VPCP, mỗi chỉ số đánh giá việc giải quyết thủ tục hành chính được chấm tối đa bao nhiêu điểm?',
    'single',
    ['1 điểm', '*2 điểm', '5 điểm', '10 điểm'],
    CIRCULAR_RATING,
  ),
  q(
    15,
    'Khi đánh giá mức độ hài lòng với việc giải quyết thủ tục hành chính, người dân chọn một trong các mức nào?',
    'single',
    ['*Rất hài lòng, Hài lòng, Không hài lòng', 'Giỏi, Khá, Trung bình', 'Đạt, Không đạt', 'Từ 1 đến 100 điểm'],
    DECREE_ONE_STOP,
  ),
  q(
    16,
    'Phản ánh, kiến nghị gửi đến cơ quan hành chính cần đáp ứng những yêu cầu nào?',
    'multiple',
    [
      '*Sử dụng tiếng Việt',
      '*Ghi rõ tên, địa chỉ, số điện thoại hoặc thư điện tử của người gửi',
      'Có chữ ký xác nhận của tổ trưởng tổ dân phố',
      'Nộp kèm lệ phí',
    ],
    DECREE_PAKN,
  ),
  q(
    17,
    'Luật Bảo vệ dữ liệu cá nhân có hiệu lực từ ngày nào?',
    'single',
    ['01/7/2024', '01/7/2025', '*01/01/2026', '01/01/2027'],
    LAW_DATA,
  ),
  q(
    18,
    'Khi cơ quan xin phép xử lý dữ liệu cá nhân, trường hợp nào KHÔNG được coi là người dân đã đồng ý?',
    'multiple',
    [
      '*Người dân im lặng, không trả lời',
      '*Ô "Tôi đồng ý" đã được đánh dấu sẵn',
      'Người dân tự đánh dấu vào ô đồng ý cho đúng mục đích được nêu',
      'Người dân ký văn bản đồng ý cho đúng mục đích được nêu',
    ],
    LAW_DATA,
  ),
  q(
    19,
    'Người cao tuổi chưa quen nộp hồ sơ trên mạng có thể nhờ ai hỗ trợ tại phường?',
    'multiple',
    [
      '*Tổ công nghệ số cộng đồng',
      '*Cán bộ Bộ phận Một cửa',
      'Bất kỳ người lạ nào xin mật khẩu VNeID',
      'Dịch vụ "làm hồ sơ nhanh" quảng cáo trên mạng xã hội',
    ],
    'Hướng dẫn của phường về hỗ trợ người dân thực hiện dịch vụ công trực tuyến',
  ),
  q(
    20,
    'Có nên đưa mật khẩu tài khoản VNeID cho người khác nhờ làm hộ thủ tục không?',
    'single',
    [
      'Có, nếu người đó nói là cán bộ',
      '*Không, người hỗ trợ chỉ hướng dẫn, người dân tự nhập mật khẩu',
      'Có, nếu người đó là hàng xóm',
      'Có, nếu thủ tục gấp',
    ],
    DECREE_EID,
  ),
];

/** The demo contest: one open round, 10 of the 20 questions, 10 minutes. */
export const DEMO_CONTEST = {
  slug: 'tim-hieu-cchc-2026',
  title: 'Cuộc thi trực tuyến tìm hiểu cải cách hành chính năm 2026',
  rules: [
    'Đối tượng: mọi người dân đang sinh sống, học tập, làm việc trên địa bàn phường.',
    'Mỗi lượt thi gồm 10 câu hỏi lấy ngẫu nhiên từ ngân hàng câu hỏi, làm trong 10 phút.',
    'Mỗi người được dự thi nhiều lần trong một đợt; lượt có kết quả cao nhất được tính.',
    'Xếp giải theo số câu trả lời đúng; nếu bằng nhau, xét câu hỏi dự đoán, rồi thời gian làm bài, rồi thời điểm nộp bài.',
    'Thông tin cá nhân chỉ dùng để liên hệ trao giải và thống kê kết quả cuộc thi, xóa sau khi kết thúc cuộc thi 6 tháng.',
  ].join('\n'),
  prediction: 'Theo bạn, đợt thi này có bao nhiêu người trả lời đúng tất cả các câu hỏi?',
  ideas: true,
  requireIdNumber: false,
  places: Array.from({ length: 12 }, (_, i) => `Tổ dân phố ${i + 1}`),
  round: { title: 'Đợt 1', questionCount: 10, durationMinutes: 10, opensDaysAgo: 3, closesInDays: 11 },
};

/**
 * The demo city's contest (Thành phố Đà Nẵng), run for all its wards: the same sourced bank, one
 * ranking across the city, each participant counted in the ward they registered through.
 */
export const DEMO_PROVINCE_CONTEST = {
  slug: 'cchc-da-nang-2026',
  title:
    'Cuộc thi trực tuyến tìm hiểu cải cách hành chính và chính quyền địa phương hai cấp thành phố Đà Nẵng năm 2026',
  rules: [
    'Đối tượng: mọi người dân đang sinh sống, học tập, làm việc tại các phường, xã của thành phố Đà Nẵng.',
    'Người dự thi đăng ký qua trang của phường, xã nơi mình ở; kết quả được thống kê cho từng phường, xã và xếp hạng chung toàn thành phố.',
    'Mỗi lượt thi gồm 10 câu hỏi lấy ngẫu nhiên từ ngân hàng câu hỏi, làm trong 10 phút; mỗi người được dự thi 2 lần trong một đợt, lượt có kết quả cao nhất được tính.',
    'Xếp giải theo số câu trả lời đúng; nếu bằng nhau, xét câu hỏi dự đoán, rồi thời gian làm bài, rồi thời điểm nộp bài.',
    'Thông tin cá nhân chỉ dùng để liên hệ trao giải và thống kê kết quả cuộc thi, xóa sau khi kết thúc cuộc thi 6 tháng.',
  ].join('\n'),
  prediction: 'Theo bạn, đợt thi này có bao nhiêu người trong toàn thành phố trả lời đúng tất cả các câu hỏi?',
  ideas: true,
  requireIdNumber: false,
  /** Free text: the wards' tổ dân phố differ. */
  places: [] as string[],
  attemptsPerRound: 2,
  round: { title: 'Đợt 1', questionCount: 10, durationMinutes: 10, opensDaysAgo: 2, closesInDays: 19 },
};
