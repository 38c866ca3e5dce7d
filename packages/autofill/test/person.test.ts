import assert from 'node:assert/strict';
import { test } from 'node:test';
import { asksWhoFiles, declaredRole, roleIn, splitIdentifier } from '../src/person.js';

const role = (text: string) => roleIn(text)?.role;

test('roleIn reads whose a part is in the words forms use', () => {
  assert.equal(role('Thông tin người mẹ'), 'mother');
  assert.equal(role('II. THÔNG TIN NGƯỜI ĐƯỢC KHAI SINH'), 'registeredChild');
  assert.equal(role('Người được ủy quyền'), 'proxy');
  assert.equal(role('Bên ủy quyền'), 'applicant');
  assert.equal(role('Bên A (bên chuyển nhượng)'), 'partyA');
  assert.equal(role('Bên B'), 'partyB');
  // A party's letter yields to the role named beside it.
  assert.equal(role('Bên A: người ủy quyền'), 'applicant');
  assert.equal(role('Bên B (người được ủy quyền)'), 'proxy');
  assert.equal(role('Người cùng tạm vắng'), 'householdMember');
  assert.deepEqual(roleIn('Thành viên 2'), { role: 'householdMember', member: 2 });
  assert.equal(role('Số căn cước công dân'), undefined);
  assert.equal(role('Quan hệ với chủ hộ'), undefined);
  // A form's title names its procedure, not a person.
  assert.equal(role('Tờ khai đăng ký chấm dứt giám hộ'), undefined);
  assert.equal(role('TỜ KHAI ĐĂNG KÝ NHẬN CHA, MẸ, CON'), undefined);
  assert.equal(role('Phiếu thông tin người yêu cầu'), 'applicant');
  // Only the dead have a last residence.
  assert.equal(role('Nơi cư trú cuối cùng'), 'deceased');
  assert.equal(role('Nơi cư trú'), undefined);
  // Field names in English say whose too.
  assert.equal(role(splitIdentifier('guardianPhone')), 'guardian');
  assert.equal(role(splitIdentifier('deceased_dob')), 'deceased');
  assert.equal(role(splitIdentifier('householdHeadName')), 'householdHead');
  assert.equal(role(splitIdentifier('applicantPhone')), 'applicant');
});

test('a business is a party of its own, apart from its owner and from the form’s title', () => {
  assert.equal(role('1. Thông tin hộ kinh doanh'), 'business');
  assert.equal(role('Địa chỉ trụ sở'), 'business');
  assert.equal(role('Thông tin chủ hộ kinh doanh'), 'businessOwner');
  assert.equal(role('GIẤY ĐỀ NGHỊ ĐĂNG KÝ HỘ KINH DOANH'), undefined);
});

test('a part naming the applicant beside another role is the applicant’s, a condition is not', () => {
  for (const text of [
    'I. THÔNG TIN NGƯỜI CHA (NGƯỜI ĐI KHAI)',
    'Người giám hộ – người yêu cầu',
    'Người cha/người đi khai',
    'Người mẹ, đồng thời là người yêu cầu',
    'Thông tin người cha (người nhận con)',
  ])
    assert.equal(role(text), 'applicant', text);
  assert.equal(role('Thông tin người mẹ (nếu người yêu cầu là mẹ)'), 'mother');
});

test('a sentence saying who files names one role; a condition or a list of who may file names none', () => {
  assert.equal(declaredRole('Người yêu cầu là mẹ của người được nhận là con.'), 'mother');
  assert.equal(declaredRole('Người đi khai là cha của trẻ'), 'father');
  assert.equal(declaredRole('Người yêu cầu là người giám hộ'), 'guardian');
  assert.equal(declaredRole('Người yêu cầu là cha, mẹ hoặc người giám hộ của trẻ'), undefined);
  assert.equal(declaredRole('Nếu người yêu cầu là mẹ thì ghi rõ'), undefined);
  assert.equal(declaredRole('Người yêu cầu là công dân Việt Nam'), undefined);
});

test('roleIn knows the child of a birth form, the spouse-to-be and a deceased đối tượng', () => {
  assert.equal(role('Thông tin của trẻ'), 'registeredChild');
  assert.equal(role('Trẻ em'), 'registeredChild');
  assert.equal(role('Người dự định kết hôn'), 'spouse');
  assert.equal(role('II. Thông tin đối tượng đã mất'), 'deceased');
  assert.equal(role('Thông tin của đối tượng'), 'beneficiary');
});

test('the applicant in the first person and as người đứng đơn; "chuyển tới" names no one', () => {
  assert.equal(role('Tôi tên là'), 'applicant');
  assert.equal(role('Số điện thoại của tôi'), 'applicant');
  assert.equal(role('Ngày sinh người đứng đơn'), 'applicant');
  assert.equal(role('Địa chỉ nơi chuyển tới'), undefined);
});

test('a choice asking who files is told from a question about the applicant', () => {
  for (const label of ['Người nộp hồ sơ', 'Người yêu cầu là:', 'Ai là người đi khai?', 'Người nộp hồ sơ là ai'])
    assert.equal(asksWhoFiles(label), true, label);
  for (const label of ['Giới tính người yêu cầu', 'Người yêu cầu có đồng ý nhận kết quả qua bưu điện', 'Quốc tịch'])
    assert.equal(asksWhoFiles(label), false, label);
});

test('a choice asking who files, with a few words of the procedure before “là”', () => {
  for (const label of [
    'Người nộp tờ khai là',
    'Người đi đăng ký khai sinh là',
    'Người yêu cầu (chứng thực) là',
    'Người nộp hồ sơ',
  ])
    assert.equal(asksWhoFiles(label), true, label);
  for (const label of ['Giới tính người yêu cầu', 'Người yêu cầu có nhu cầu nhận bản sao không', 'Họ tên người nộp'])
    assert.equal(asksWhoFiles(label), false, label);
});

test('a pupil is someone else’s part, never the applicant’s by the form alone', () => {
  assert.equal(role('Phần 1. Thông tin học sinh'), 'child');
  assert.equal(role('Quan hệ với học sinh'), undefined);
});

test('the elderly or disabled person a grant is for, and who left an estate, are parts of their own', () => {
  assert.equal(role('Thông tin người cao tuổi'), 'beneficiary');
  assert.equal(role('Người khuyết tật'), 'beneficiary');
  assert.equal(role('Người để lại di sản'), 'deceased');
});

test('someone named by what they do, a results’ receiver or a contact person, is not the applicant', () => {
  assert.deepEqual(roleIn('Họ tên người nhận kết quả'), { role: 'unknown' });
  assert.deepEqual(roleIn('Số điện thoại người liên hệ'), { role: 'unknown' });
  assert.equal(role('Thông tin người nhận con'), 'applicant');
});
