/**
 * What the public results show of a participant: the family name in full and the initials of the rest
 * ("Nguyễn Văn An" → "Nguyễn V. A."), and the place the participant chose (tổ dân phố, thôn). Never a
 * phone number, a year of birth or an ID number.
 */
import { normalizeVietnamese } from '@motcua/core';

export function maskName(fullName: string): string {
  const words = normalizeVietnamese(fullName).split(/\s+/).filter(Boolean);
  const [family, ...rest] = words;
  if (!family) return '';
  return [family, ...rest.map((w) => `${[...w][0]?.toLocaleUpperCase('vi') ?? ''}.`)].join(' ');
}

/** The age group a year of birth falls in on `year`, as contest statistics count them. */
export function ageGroup(birthYear: number, year: number): string {
  const age = year - birthYear;
  if (age < 18) return 'dưới 18';
  if (age < 30) return '18–29';
  if (age < 45) return '30–44';
  if (age < 60) return '45–59';
  return 'từ 60';
}
