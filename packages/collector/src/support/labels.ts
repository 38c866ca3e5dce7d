/** The names staff read and write for support kinds, services and request statuses (import, admin). */
import type { Message, SupportKind, SupportService, VisitStatus } from '@motcua/core';

export const KIND_LABELS: Record<SupportKind, Message> = {
  'diem-ho-tro-24h': { vi: 'Điểm hỗ trợ 24h', en: '24-hour support point' },
  'to-cong-nghe-so': { vi: 'Tổ công nghệ số cộng đồng', en: 'Community technology team' },
  'bo-phan-mot-cua': { vi: 'Bộ phận một cửa', en: 'One-stop counter' },
};

export const SERVICE_LABELS: Record<SupportService, Message> = {
  'thu-tuc': { vi: 'Thủ tục hành chính', en: 'Administrative procedures' },
  'nop-truc-tuyen': { vi: 'Nộp hồ sơ trực tuyến', en: 'Filing online' },
  'kich-hoat-vneid': { vi: 'Kích hoạt VNeID', en: 'VNeID activation' },
  'thanh-toan-khong-tien-mat': { vi: 'Thanh toán không dùng tiền mặt', en: 'Cashless payment' },
};

export const VISIT_STATUS_LABELS: Record<VisitStatus, Message> = {
  moi: { vi: 'Mới tiếp nhận', en: 'Received' },
  'da-phan-cong': { vi: 'Đã phân công', en: 'Assigned' },
  'da-hen': { vi: 'Đã hẹn lịch', en: 'Scheduled' },
  'da-xong': { vi: 'Đã hỗ trợ xong', en: 'Done' },
  'khong-ho-tro-duoc': { vi: 'Không hỗ trợ được', en: 'Could not help' },
};
