/**
 * The demo unit's support points and teams (`/ho-tro` on the demo site): the one-stop counter, three
 * 24-hour support points in street-group cultural houses staffed in the evening, and two community
 * technology teams that make home visits. Invented places and numbers. Idempotent: a point already
 * there (by its named id) is left as staff last saved it.
 */
import type { SupportPoint } from '@motcua/core';
import type { Kysely } from 'kysely';
import { namedUuid } from '../demo/named-uuid.js';
import type { Database } from '../storage/schema.js';

const WEEKDAYS = [1, 2, 3, 4, 5];
const EVERY_DAY = [1, 2, 3, 4, 5, 6, 7];
/** Example holiday closures of the one-stop counter (New Year's Day, and days around Tết 2027). */
const HOLIDAYS = ['2027-01-01', '2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08', '2027-02-09'];

const point = (key: string, p: Omit<SupportPoint, 'id'>): SupportPoint => ({
  id: namedUuid(`demo:support:${key}`),
  ...p,
});

export const DEMO_POINTS: SupportPoint[] = [
  point('mot-cua', {
    name: 'Bộ phận một cửa phường Bàn Thạch',
    kind: 'bo-phan-mot-cua',
    address: 'Trụ sở UBND phường, 02 Trần Hưng Đạo',
    lat: 15.5739,
    lng: 108.4791,
    hours: {
      weekly: [
        { days: WEEKDAYS, open: '07:30', close: '11:30' },
        { days: WEEKDAYS, open: '13:30', close: '17:00' },
        { days: [6], open: '07:30', close: '11:30' },
      ],
      holidays: HOLIDAYS,
    },
    services: ['thu-tuc', 'nop-truc-tuyen', 'kich-hoat-vneid', 'thanh-toan-khong-tien-mat'],
    phone: '02353812000',
  }),
  point('tdp-3', {
    name: 'Điểm hỗ trợ 24h Tổ dân phố 3',
    kind: 'diem-ho-tro-24h',
    address: 'Nhà văn hóa Tổ dân phố 3, kiệt 12 Phan Bội Châu',
    lat: 15.5762,
    lng: 108.4752,
    hours: { weekly: [{ days: EVERY_DAY, open: '18:00', close: '21:00' }] },
    services: ['nop-truc-tuyen', 'kich-hoat-vneid', 'thanh-toan-khong-tien-mat'],
    phone: '0905123403',
    zalo: 'https://zalo.me/0905123403',
  }),
  point('tdp-7', {
    name: 'Điểm hỗ trợ 24h Tổ dân phố 7',
    kind: 'diem-ho-tro-24h',
    address: 'Nhà văn hóa Tổ dân phố 7, 45 Nguyễn Du',
    lat: 15.5711,
    lng: 108.4823,
    hours: {
      weekly: [
        { days: WEEKDAYS, open: '17:30', close: '21:30' },
        { days: [6, 7], open: '08:00', close: '11:00' },
      ],
    },
    services: ['nop-truc-tuyen', 'kich-hoat-vneid'],
    phone: '0905123407',
  }),
  point('cho', {
    name: 'Điểm hỗ trợ 24h Chợ Tân Thạnh',
    kind: 'diem-ho-tro-24h',
    address: 'Ban quản lý chợ Tân Thạnh, 10 Lê Lợi',
    lat: 15.5749,
    lng: 108.4718,
    // Open around the clock: a range from midnight to midnight every day.
    hours: { weekly: [{ days: EVERY_DAY, open: '00:00', close: '24:00' }] },
    services: ['thanh-toan-khong-tien-mat', 'nop-truc-tuyen'],
    phone: '0905123410',
  }),
  point('to-cns-1', {
    name: 'Tổ công nghệ số cộng đồng khu phố 1',
    kind: 'to-cong-nghe-so',
    address: 'Đến tận nhà trong khu phố 1 (Tổ dân phố 1–5)',
    hours: { weekly: [{ days: [2, 4, 6], open: '18:30', close: '21:00' }] },
    services: ['nop-truc-tuyen', 'kich-hoat-vneid', 'thanh-toan-khong-tien-mat'],
    phone: '0905123501',
    zalo: 'https://zalo.me/0905123501',
  }),
  point('to-cns-2', {
    name: 'Tổ công nghệ số cộng đồng khu phố 2',
    kind: 'to-cong-nghe-so',
    address: 'Đến tận nhà trong khu phố 2 (Tổ dân phố 6–10)',
    hours: { weekly: [{ days: [3, 5, 7], open: '18:30', close: '21:00' }] },
    services: ['nop-truc-tuyen', 'kich-hoat-vneid'],
    phone: '0905123502',
  }),
];

export async function seedDemoSupport(db: Kysely<Database>, unit: string): Promise<void> {
  for (const p of DEMO_POINTS) {
    await db
      .insertInto('support_points')
      .values({
        id: namedUuid(`${unit}:${p.id}`),
        unit,
        name: p.name,
        kind: p.kind,
        address: p.address,
        lat: p.lat ?? null,
        lng: p.lng ?? null,
        hours: JSON.stringify(p.hours),
        services: JSON.stringify(p.services),
        phone: p.phone,
        zalo: p.zalo ?? null,
      })
      .onConflict((oc) => oc.doNothing())
      .execute();
  }
}
