/** Vietnamese strings of the contest's ward picker (ward-picker.ts, loaded on demand). */
export const vi = {
  ward: 'Xã, phường nơi bạn sinh sống *',
  wardHint: 'Gõ vài chữ đầu của tên để tìm nhanh trong danh sách.',
  chooseWard: 'Chọn xã, phường',
  wardField: 'xã, phường nơi bạn sinh sống',
  wardGroupPhuong: 'Phường',
  wardGroupXa: 'Xã',
  wardGroupDacKhu: 'Đặc khu',
};
