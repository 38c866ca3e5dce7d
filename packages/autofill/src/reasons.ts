/** The words the officer reads about people: a role as forms say it, and why another person's field was left empty. */
import type { FieldPerson } from './types.js';

/** How the officer reads a role in a reason (the words forms use). */
export const ROLE_WORDS: Record<string, string> = {
  householdHead: 'chủ hộ',
  householdMember: 'thành viên hộ gia đình',
  businessOwner: 'chủ hộ kinh doanh',
  business: 'hộ kinh doanh',
  registeredChild: 'người được khai sinh',
  father: 'cha',
  mother: 'mẹ',
  wife: 'vợ',
  husband: 'chồng',
  groom: 'bên nam',
  bride: 'bên nữ',
  partyA: 'bên A',
  partyB: 'bên B',
  spouse: 'vợ/chồng',
  child: 'con',
  deceased: 'người chết',
  proxy: 'người được ủy quyền',
  guardian: 'người giám hộ',
  ward: 'người được giám hộ',
  representative: 'người đại diện',
  witness: 'người làm chứng',
  beneficiary: 'đối tượng',
  subject: 'người được cấp giấy',
};

/** Why a field of someone else, or of no one known, is left empty: the words the officer reads. */
export function skipDetail(person: FieldPerson, section: string | undefined): string {
  const whose = person.member ? `${ROLE_WORDS[person.role] ?? person.role} ${person.member}` : ROLE_WORDS[person.role];
  if (person.role === 'unknown') {
    if (!person.evidence) return 'Bỏ qua: không rõ ô này của ai';
    return person.source === 'section'
      ? `Bỏ qua: không rõ ô này của ai (phần “${person.evidence}” không nói là của ai)`
      : `Bỏ qua: không rõ ô này của ai (sau phần ${person.evidence})`;
  }
  if (person.source === 'label') return `Bỏ qua: ô của ${whose} (“${person.evidence}”)`;
  return `Bỏ qua: thuộc phần ${(person.source === 'section' ? person.evidence : section) || whose}`;
}
