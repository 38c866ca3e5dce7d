/** English strings of the contest's ward picker (ward-picker.ts, loaded on demand). */
import type { vi } from './ward-picker.vi.js';

export const en: Record<keyof typeof vi, string> = {
  ward: 'Commune or ward you live in *',
  wardHint: 'Type the first letters of its name to find it in the list.',
  chooseWard: 'Choose your commune or ward',
  wardField: 'the commune or ward you live in',
  wardGroupPhuong: 'Wards (phường)',
  wardGroupXa: 'Communes (xã)',
  wardGroupDacKhu: 'Special zones (đặc khu)',
};
