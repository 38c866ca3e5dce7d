/**
 * Every string of the publicity report (XLSX, printable page) and the province dashboard, Vietnamese
 * first, English second. The admin pages read the dashboard's from here too.
 */
export type Lang = 'vi' | 'en';
export const isLang = (v: string | undefined): v is Lang => v === 'vi' || v === 'en';

const ROMAN = ['I', 'II', 'III', 'IV'];
const EN_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

export const PUBLICITY_LABELS = {
  vi: {
    heading: 'BÁO CÁO',
    title: 'Báo cáo kết quả công tác tuyên truyền cải cách hành chính',
    period: (period: string, year: number, index: number) =>
      period === 'month'
        ? `Tháng ${index} năm ${year}`
        : period === 'quarter'
          ? `Quý ${ROMAN[index - 1]} năm ${year}`
          : period === 'half'
            ? `6 tháng ${index === 1 ? 'đầu' : 'cuối'} năm ${year}`
            : `Năm ${year}`,
    range: (from: string, to: string) => `Từ ngày ${dmy(from)} đến ngày ${dmy(to)}`,
    nation: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    motto: 'Độc lập - Tự do - Hạnh phúc',
    number: 'Số: ....../BC-UBND',
    dated: (place: string) => `${place || '..........'}, ngày ..... tháng ..... năm ..........`,
    sections: {
      summary: 'Tổng hợp',
      satisfaction: 'I. Mức độ hài lòng của người dân',
      trend: 'Tỷ lệ hài lòng theo tháng',
      feedback: 'II. Tiếp nhận và trả lời phản ánh, kiến nghị',
      dossiers: 'III. Giải quyết hồ sơ đúng hạn',
      campaigns: 'IV. Chiến dịch tuyên truyền',
      contests: 'V. Cuộc thi trực tuyến',
      support: 'VI. Điểm hỗ trợ và hỗ trợ tại nhà',
      online: 'VII. Tuyên truyền dịch vụ công trực tuyến',
      wards: 'Kết quả theo xã, phường',
    },
    cols: {
      unit: 'Đơn vị',
      period: 'Kỳ báo cáo',
      dates: 'Thời gian',
      ward: 'Xã, phường',
      month: 'Tháng',
      ratings: 'Số đánh giá',
      satisfied: 'Hài lòng trở lên',
      satisfiedRate: 'Tỷ lệ hài lòng',
      received: 'Phản ánh tiếp nhận',
      answered: 'Đã trả lời',
      onTime: 'Trả lời đúng hạn',
      onTimeRate: 'Tỷ lệ đúng hạn',
      resolved: 'Hồ sơ có kết quả',
      dossiersOnTime: 'Hồ sơ đúng hạn',
      dossiersRate: 'Tỷ lệ hồ sơ đúng hạn',
      campaign: 'Chiến dịch',
      campaignsRun: 'Số chiến dịch',
      impressions: 'Lượt hiển thị',
      clicks: 'Lượt nhấn',
      clickThrough: 'Tỷ lệ nhấn',
      contest: 'Cuộc thi',
      contests: 'Số cuộc thi',
      participants: 'Người dự thi',
      submitted: 'Bài nộp',
      points: 'Điểm hỗ trợ',
      visitsRequested: 'Yêu cầu hỗ trợ tại nhà',
      visitsServed: 'Đã hỗ trợ tại nhà',
      fullyOnline: 'Thủ tục trực tuyến toàn trình',
      partlyOnline: 'Thủ tục trực tuyến một phần',
      widgetImpressions: 'Lượt xem tiện ích tra cứu',
      widgetClicks: 'Lượt nhấn tiện ích tra cứu',
      figure: 'Chỉ tiêu',
      value: 'Kết quả',
    },
    feedbackDeadline: (days: number) => `Đúng hạn: trả lời trong ${days} ngày kể từ ngày tiếp nhận.`,
    none: 'Không có trong kỳ.',
    chartTrend: 'Biểu đồ tỷ lệ hài lòng theo tháng',
    chartReach: 'Biểu đồ lượt hiển thị và lượt nhấn của các chiến dịch',
    chartWards: 'Biểu đồ tỷ lệ hài lòng theo xã, phường',
    recipients: 'Nơi nhận:',
    recipientList: ['- Như trên;', '- Lưu: VT.'],
    signFor: 'TM. ỦY BAN NHÂN DÂN',
    signer: 'CHỦ TỊCH',
    signNote: '(Ký, ghi rõ họ tên và đóng dấu)',
    print: 'In báo cáo',
  },
  en: {
    heading: 'REPORT',
    title: 'Report on publicity for administrative reform',
    period: (period: string, year: number, index: number) =>
      period === 'month'
        ? `${EN_MONTHS[index - 1]} ${year}`
        : period === 'quarter'
          ? `Q${index} ${year}`
          : period === 'half'
            ? `${index === 1 ? 'First' : 'Second'} half of ${year}`
            : `Year ${year}`,
    range: (from: string, to: string) => `From ${from} to ${to}`,
    nation: 'SOCIALIST REPUBLIC OF VIETNAM',
    motto: 'Independence - Freedom - Happiness',
    number: 'No.: ....../BC-UBND',
    dated: (place: string) => `${place || '..........'}, date .......................`,
    sections: {
      summary: 'Summary',
      satisfaction: 'I. Citizen satisfaction',
      trend: 'Satisfaction by month',
      feedback: 'II. Feedback received and answered',
      dossiers: 'III. Dossiers resolved on time',
      campaigns: 'IV. Publicity campaigns',
      contests: 'V. Online contests',
      support: 'VI. Support points and home visits',
      online: 'VII. Online-service publicity',
      wards: 'By commune and ward',
    },
    cols: {
      unit: 'Unit',
      period: 'Period',
      dates: 'Dates',
      ward: 'Commune or ward',
      month: 'Month',
      ratings: 'Ratings',
      satisfied: 'Satisfied or better',
      satisfiedRate: 'Satisfaction rate',
      received: 'Feedback received',
      answered: 'Answered',
      onTime: 'Answered on time',
      onTimeRate: 'On-time rate',
      resolved: 'Dossiers resolved',
      dossiersOnTime: 'Dossiers on time',
      dossiersRate: 'Dossiers on-time rate',
      campaign: 'Campaign',
      campaignsRun: 'Campaigns',
      impressions: 'Impressions',
      clicks: 'Clicks',
      clickThrough: 'Click-through',
      contest: 'Contest',
      contests: 'Contests',
      participants: 'Participants',
      submitted: 'Submissions',
      points: 'Support points',
      visitsRequested: 'Home visits requested',
      visitsServed: 'Home visits served',
      fullyOnline: 'Procedures fully online',
      partlyOnline: 'Procedures partly online',
      widgetImpressions: 'Search widget views',
      widgetClicks: 'Search widget clicks',
      figure: 'Figure',
      value: 'Result',
    },
    feedbackDeadline: (days: number) => `On time: answered within ${days} days of receipt.`,
    none: 'None in this period.',
    chartTrend: 'Chart of the satisfaction rate by month',
    chartReach: 'Chart of impressions and clicks by campaign',
    chartWards: 'Chart of the satisfaction rate by commune and ward',
    recipients: 'Recipients:',
    recipientList: ['- As above;', '- Archive.'],
    signFor: 'ON BEHALF OF THE PEOPLE’S COMMITTEE',
    signer: 'CHAIRPERSON',
    signNote: '(Signature, full name and seal)',
    print: 'Print the report',
  },
} as const;

function dmy(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}
