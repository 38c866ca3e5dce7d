/**
 * Whose field it is: the words Vietnamese forms use for the people they ask about, read from headings,
 * labels and field names (accent-folded), and the key a person goes by when the officer assigns a profile.
 */
import { foldVietnamese } from '@motcua/core';
import type { FieldPerson, PersonKey, PersonRole } from './types.js';

/** Role words on folded text. Where several match, the earliest in the text wins (Vietnamese puts the head noun first). */
const ROLE_WORDS: [PersonRole, RegExp][] = [
  ['proxy', /\b(nguoi|ben) (duoc|nhan) uy quyen\b/],
  ['applicant', /\b(nguoi|ben) uy quyen\b/],
  ['ward', /\bnguoi duoc giam ho\b/],
  ['guardian', /\b(nguoi )?giam ho\b/],
  ['registeredChild', /\b(nguoi|tre( em)?) duoc (dang ky )?khai sinh\b/],
  ['deceased', /\bnguoi (da )?(chet|mat|qua doi|tu tran)\b|\bnguoi duoc (dang ky )?khai tu\b/],
  ['businessOwner', /\bchu ho kinh doanh\b/],
  ['subject', /\bchu ho so\b/],
  ['householdHead', /\bchu ho\b/],
  [
    'householdMember',
    /\bthanh vien\b|\bnhan khau\b|\bnhung nguoi (cung|trong ho)\b|\bnguoi (cung|trong) ho\b|\bnguoi cung (chuyen|thay doi|dang ky)\b/,
  ],
  ['representative', /\bnguoi dai dien\b/],
  ['witness', /\bnguoi lam chung\b/],
  ['beneficiary', /\bdoi tuong\b|\bnguoi (duoc )?huong (tro cap|tro giup|che do)\b/],
  ['subject', /\bnguoi duoc (cap|xac nhan)\b/],
  [
    'applicant',
    /\bnguoi (yeu cau|nop( ho so)?|(di |ke )?khai|de nghi|dang ky|di dang ky|lam don|gui|phan anh|kien nghi|xin( cap)?|dung ra|to chuc mai tang)\b|(?<!can cuoc )\bcong dan\b|\bthong tin ca nhan\b|\bapplicant\b/,
  ],
  ['groom', /\bben (nam|chong)\b/],
  ['bride', /\bben (nu|vo)\b/],
  ['spouse', /\bvo ?\/ ?chong\b|\bvo chong\b|\bnguoi ket hon\b/],
  ['father', /\b(nguoi )?cha\b|\b(nguoi|thong tin|ho ten|cua|ten) bo\b|^bo$|\bfather\b/],
  ['mother', /\b(nguoi )?me\b|\bmother\b/],
  ['wife', /\bvo\b|\bwife\b/],
  ['husband', /\bchong\b|\bhusband\b/],
  ['child', /\b(nguoi|thong tin|ho ten|cua|ten) con\b|\bcon (de|nuoi|ruot|thu)\b|^con\b|\bchild\b/],
];

/** A field name split into folded words: `hoTenCha` → "ho ten cha", `CongDan_SoDinhDanh` → "cong dan so dinh danh". */
export function splitIdentifier(id: string): string {
  return foldVietnamese(
    id
      .replace(/([a-z])([A-Z])/g, '$1 $2')
      .replace(/[_\-.[\]]+/g, ' ')
      .replace(/(\d+)/g, ' $1 '),
  );
}

/** Relationship phrases name someone else without the field being theirs ("Quan hệ với chủ hộ"). */
const RELATIONSHIP = /\b(quan he|moi quan he)( (voi|cua))?\b.*$|\bvoi (nguoi|chu|ben)\b.*$/;

/** The role a text names, with a member number when it carries one ("Thành viên 2"). */
export function roleIn(text: string): { role: PersonRole; member?: number } | undefined {
  const folded = foldVietnamese(text).replace(RELATIONSHIP, '');
  let best: { role: PersonRole; at: number; length: number } | undefined;
  for (const [role, re] of ROLE_WORDS) {
    const m = re.exec(folded);
    if (!m) continue;
    if (!best || m.index < best.at || (m.index === best.at && m[0].length > best.length))
      best = { role, at: m.index, length: m[0].length };
  }
  if (!best) return undefined;
  const number = /^\D{0,40}?(\d{1,2})\b/.exec(folded.slice(best.at));
  return number && best.role !== 'applicant' ? { role: best.role, member: Number(number[1]) } : { role: best.role };
}

/** Roles that are the applicant on a form without a part for the applicant of its own. */
export const APPLICANT_UNLESS_NAMED: ReadonlySet<PersonRole> = new Set(['businessOwner', 'beneficiary', 'subject']);

/** The key a form's person goes by when the officer assigns a profile: `mother`, `householdMember#2`. */
export function personKey(person: FieldPerson): PersonKey {
  return person.member ? `${person.role}#${person.member}` : person.role;
}
