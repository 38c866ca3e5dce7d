/** The 2025 province merger (Resolution 202/2025/QH15): the post-2025 province of an address printed on a card. */
import { foldVietnamese } from '@motcua/core';

/** Old provinces merged on 1 July 2025 (Resolution 202/2025/QH15) → the province they joined. */
const MERGED: Record<string, string> = {
  'ha giang': 'Tuyên Quang',
  'yen bai': 'Lào Cai',
  'bac kan': 'Thái Nguyên',
  'vinh phuc': 'Phú Thọ',
  'hoa binh': 'Phú Thọ',
  'bac giang': 'Bắc Ninh',
  'thai binh': 'Hưng Yên',
  'hai duong': 'Hải Phòng',
  'ha nam': 'Ninh Bình',
  'nam dinh': 'Ninh Bình',
  'quang binh': 'Quảng Trị',
  'quang nam': 'Đà Nẵng',
  'kon tum': 'Quảng Ngãi',
  'binh dinh': 'Gia Lai',
  'ninh thuan': 'Khánh Hòa',
  'dak nong': 'Lâm Đồng',
  'binh thuan': 'Lâm Đồng',
  'phu yen': 'Đắk Lắk',
  'binh duong': 'Hồ Chí Minh',
  'ba ria vung tau': 'Hồ Chí Minh',
  'binh phuoc': 'Đồng Nai',
  'long an': 'Tây Ninh',
  'soc trang': 'Cần Thơ',
  'hau giang': 'Cần Thơ',
  'ben tre': 'Vĩnh Long',
  'tra vinh': 'Vĩnh Long',
  'tien giang': 'Đồng Tháp',
  'bac lieu': 'Cà Mau',
  'kien giang': 'An Giang',
  'thua thien hue': 'Huế',
};

/** The post-2025 province of an address printed before or after the reform (its last part). */
export function provinceOfAddress(address: string): string | undefined {
  const last = address.split(',').pop()?.trim();
  if (!last) return undefined;
  const key = foldVietnamese(last)
    .replace(/^(tinh|thanh pho|tp\.?|t\.)\s*/, '')
    .replace(/\s*-\s*/g, ' ')
    .trim();
  return MERGED[key] ?? last.replace(/^(Tỉnh|Thành phố|TP\.?|T\.)\s*/i, '');
}
