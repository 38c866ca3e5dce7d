/**
 * Whose field it is: the words Vietnamese forms use for the people they ask about, read from headings,
 * labels and field names (accent-folded), and the key a person goes by when the officer assigns a profile.
 */
import { foldVietnamese } from '@motcua/core';
import type { FieldPerson, PersonKey, PersonRole } from './types.js';

/**
 * The applicant in a form's words (người yêu cầu, người nộp, người đi khai, người đứng đơn, "Tôi…", "… của tôi",
 * "Thông tin của bạn" but not any "… của bạn": "Nhập câu trả lời của bạn" is a placeholder), on folded text.
 */
const APPLICANT =
  /\bnguoi (yeu cau|dung ten (yeu cau|de nghi)|nop( ho so| don)?|dung don|(di |ke )?khai|de nghi|dang ky|di dang ky|lam (don|to khai)|tu choi (nhan )?di san|gui|phan anh|kien nghi|xin( cap)?|dung ra|to chuc mai tang|(lam|thuc hien) thu tuc|trinh bao|thong bao|khieu nai|to cao|nhan (cha|me|con|la cha|la me|la con))\b|\bben yeu cau\b|(?<!can cuoc )\bcong dan\b|\bthong tin ca nhan\b|\bapplicant\b|^toi\b|\bcua toi\b|\bthong tin (cua )?ban\b/;

/**
 * The applicant named beside another role, in brackets, after a dash, slash or comma, or after "là" / "đồng
 * thời là": a part of someone who is also the applicant ("Người cha (người đi khai)", "Người giám hộ –
 * người yêu cầu"). Not "nếu người yêu cầu là…" (a condition).
 */
const APPLICANT_TOO = new RegExp(`([(\\-–—/,]\\s*|\\b(dong thoi |cung |kiem )?la )(${APPLICANT.source})`);

/** Role words on folded text (and in English, as field names often are: `guardianPhone`, `deceasedDob`). Where several match, the earliest in the text wins (Vietnamese puts the head noun first). */
const ROLE_WORDS: [PersonRole, RegExp][] = [
  ['proxy', /\b(nguoi|ben) (duoc|nhan) uy quyen\b|\b(proxy|authori[sz]ed|attorney)\b/],
  ['applicant', /\b(nguoi|ben) uy quyen\b/],
  ['ward', /\bnguoi duoc giam ho\b/],
  ['guardian', /\b(nguoi )?giam ho\b|\bguardian\b/],
  // The child of a birth registration: "người được khai sinh", and "trẻ (em)" as forms and their fields call it.
  ['registeredChild', /\b(nguoi|tre( em)?) duoc (dang ky )?khai sinh\b|\btre( em| so sinh)?\b/],
  // Also a "last residence" ("Nơi cư trú cuối cùng"): only the dead have one.
  [
    'deceased',
    /\b(nguoi|doi tuong) (da )?(chet|mat|qua doi|tu tran)\b|\bnguoi duoc (dang ky )?khai tu\b|\b(noi|dia chi) (cu tru|thuong tru|o) cuoi cung\b|\b(deceased|decedent)\b/,
  ],
  ['businessOwner', /\bchu (ho kinh doanh|doanh nghiep|co so)\b/],
  // The business is a party of its own (its seat, phone and e-mail), not a form's title ("Đăng ký hộ kinh doanh").
  [
    'business',
    /(?<!(dang ky|thanh lap|chung nhan|giay phep|chu) )\b(ho kinh doanh|doanh nghiep|hop tac xa|co so kinh doanh)\b|(?<!(cu|thuong|tam) )\btru so\b|\bdia diem kinh doanh\b/,
  ],
  ['subject', /\bchu ho so\b/],
  ['householdHead', /\bchu ho\b|\b(household ?head|head of household|householder)\b/],
  [
    'householdMember',
    /\bthanh vien\b|\bnhan khau\b|\bnhung nguoi (cung|trong ho)\b|\bnguoi (cung|trong) ho\b|\bnguoi cung\b/,
  ],
  ['representative', /\bnguoi dai dien\b|\brepresentative\b/],
  ['witness', /\bnguoi lam chung\b|\bwitness(es)?\b/],
  [
    'beneficiary',
    /\bdoi tuong\b|\bnguoi (duoc )?huong (tro cap|tro giup|che do)\b|\bnguoi (cao tuoi|khuyet tat)\b|\bbeneficiary\b/,
  ],
  // Who left the estate an heirs' form is about.
  ['deceased', /\bnguoi de lai di san\b/],
  ['subject', /\bnguoi duoc (cap|xac nhan|dang ky|dk|thay doi|cai chinh|bo sung)\b/],
  ['applicant', APPLICANT],
  ['groom', /\bben (nam|chong)\b/],
  ['partyA', /\bben a\b/],
  ['partyB', /\bben b\b/],
  ['bride', /\bben (nu|vo)\b/],
  ['spouse', /\bspouse\b|\bvo ?\/ ?chong\b|\bvo chong\b|\bnguoi (du dinh |se |sap )?ket hon\b|\bben ket hon\b/],
  ['father', /\b(nguoi )?cha\b|\b(nguoi|thong tin|ho ten|cua|ten) bo\b|^bo$|\bfather\b/],
  ['mother', /\b(nguoi )?me\b|\bmother\b/],
  ['wife', /\bvo\b|\bwife\b/],
  ['husband', /\bchong\b|\bhusband\b/],
  // A pupil ("học sinh") is someone's child here: a form about one is filed by a parent or guardian.
  ['child', /\b(nguoi|thong tin|ho ten|cua|ten|la) con\b|\bcon (de|nuoi|ruot|thu)\b|^con\b|\bchild\b|\bhoc sinh\b/],
];

/** "Họ tên người nhận kết quả", "Số điện thoại người liên hệ": someone other than the applicant, maybe, not told who. */
const OTHER_DOER = /\bnguoi (nhan|lanh) (ket qua|ho so|giay to|tien|ban sao|trich luc|thay)\b|\bnguoi lien (he|lac)\b/;

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

/**
 * The role a relationship phrase relates its field's person to ("Quan hệ với người được cấp bản sao" →
 * `subject`): the person asked it is someone else, telling how they stand to that role.
 */
export function relatedRole(label: string): PersonRole | undefined {
  const m = /\b(moi )?quan he (voi|cua) (.+)$/.exec(foldVietnamese(label));
  return m ? readRole(m[3] as string)?.role : undefined;
}

/** How a form's title begins: tờ khai, đơn, giấy đề nghị (not "giấy tờ", papers), phiếu, biểu mẫu, đăng ký… */
const FORM_TITLE = /^\W*(to khai|don|giay(?! to\b)|phieu|bieu mau|mau so|dang ky)\b/;
/** Whether a heading is a form's title ("Tờ khai đăng ký khai sinh"): it names the procedure, it is no part. */
export const isFormTitle = (text: string) => FORM_TITLE.test(foldVietnamese(text));

/** A role said as a person ("người …", "bên …", "chủ hộ", "thành viên", "đối tượng"), not a bare word. */
const PERSON_PHRASE = /\b(nguoi|ben|chu|thanh vien|doi tuong|nhan khau)\b/;

type Named = { role: PersonRole; member?: number } | undefined;
/** Pages repeat the same labels and headings: each text is read once (bounded, cleared when full). */
const read = new Map<string, Named>();

/** The role a text names, with a member number when it carries one ("Thành viên 2"). */
export function roleIn(text: string): Named {
  const known = read.get(text);
  if (known !== undefined || read.has(text)) return known;
  if (read.size > 5000) read.clear();
  const named = readRole(text);
  read.set(text, named);
  return named;
}

function readRole(text: string): Named {
  const folded = foldVietnamese(text).replace(RELATIONSHIP, '');
  let best: { role: PersonRole; at: number; length: number } | undefined;
  for (const [role, re] of ROLE_WORDS) {
    const m = re.exec(folded);
    if (!m) continue;
    // "Bên A" only labels a party: a role named beside it says who that is ("Bên A (bên ủy quyền)").
    const party = (r: PersonRole) => r === 'partyA' || r === 'partyB';
    if (
      !best ||
      (party(best.role) && !party(role)) ||
      (party(best.role) === party(role) && (m.index < best.at || (m.index === best.at && m[0].length > best.length)))
    )
      best = { role, at: m.index, length: m[0].length };
  }
  // Someone the form names by what they do, not who they are: a results' receiver, a contact person.
  if (!best) return OTHER_DOER.test(folded) ? { role: 'unknown' } : undefined;
  // "… (nếu khác người yêu cầu)", "không phải người yêu cầu": someone other than the applicant, not told who.
  if (best.role === 'applicant' && /\b(khac|khong phai|ngoai)( voi)? $/.test(folded.slice(0, best.at)))
    return { role: 'unknown' };
  // A form's title names its procedure, not a person ("Tờ khai đăng ký giám hộ", "… nhận cha, mẹ, con"):
  // only a person's own phrase in it counts ("Phiếu thông tin người yêu cầu").
  if (FORM_TITLE.test(folded) && !PERSON_PHRASE.test(folded.slice(best.at, best.at + best.length))) return undefined;
  if (best.role !== 'applicant' && APPLICANT_TOO.test(folded)) return { role: 'applicant' };
  const number = /^\D{0,40}?(\d{1,2})\b/.exec(folded.slice(best.at));
  return number && best.role !== 'applicant' ? { role: best.role, member: Number(number[1]) } : { role: best.role };
}

/**
 * A sentence saying who files, on a form with no part of the applicant's own ("Người yêu cầu là mẹ của
 * người được nhận là con"): the one role it names. Not a condition ("nếu người yêu cầu là…") nor a list of
 * who may file ("là cha, mẹ hoặc người giám hộ").
 */
const DECLARED = new RegExp(
  `(?<!neu )(?:${APPLICANT.source}) (?:chinh |dong thoi )?la (?<named>(?:nguoi )?[a-z]+(?: [a-z]+)?)(?!\\s*(?:,|/|hoac|va)\\s*(?:nguoi )?[a-z])`,
);

/** The role a form's own words say the applicant is, when they say it of one role. */
export function declaredRole(text: string): PersonRole | undefined {
  const named = DECLARED.exec(foldVietnamese(text))?.groups?.named;
  const role = named ? roleIn(named)?.role : undefined;
  return role && role !== 'applicant' ? role : undefined;
}

/** What a filer files, named after the filer ("Người nộp hồ sơ", "Người yêu cầu chứng thực"). */
const FILES_WHAT =
  '( ho so| to khai| don| phieu| giay to| thu tuc| chung thuc| dang ky( lai)?( [a-z]+){0,2}| cap [a-z ]{1,30}?)';

/**
 * A choice asking who files, in a label of nothing else: "Người nộp hồ sơ", "Người nộp tờ khai là", "Người đi đăng ký
 * khai sinh là" (a few words of the procedure before "là"), "Người yêu cầu là", "Ai là người
 * đi khai?", "Tôi là". Not a question about the applicant ("Giới tính người yêu cầu", "Người yêu cầu có…").
 */
const WHO_FILES = new RegExp(
  `^\\W*(ai la )?(${APPLICANT.source})(${FILES_WHAT}?|( \\(?[a-z]+\\)?){0,3} la( ai)?)\\W*$`,
);
/** The form asking its reader who they are: "Bạn là:", "Quý vị là", "Tôi là". */
const YOU_ARE = /^\W*(ban|quy vi|toi) la( ai)?\W*$/;
export const asksWhoFiles = (label: string) => {
  const folded = foldVietnamese(label).replace(/\s+/g, ' ').trim();
  return WHO_FILES.test(folded) || YOU_ARE.test(folded);
};

/** Two words for one person of a marriage: "Chồng" chosen is the part "Bên chồng" (groom), "Vợ" is "Bên vợ". */
const SAME_PERSON: Partial<Record<PersonRole, PersonRole>> = { husband: 'groom', wife: 'bride' };
export const samePerson = (a: PersonRole, b: PersonRole) => a === b || SAME_PERSON[a] === b || SAME_PERSON[b] === a;

/** Roles that are the applicant on a form without a part for the applicant of its own. */
export const APPLICANT_UNLESS_NAMED: ReadonlySet<PersonRole> = new Set(['businessOwner', 'beneficiary', 'subject']);

/** The key a form's person goes by when the officer assigns a profile: `mother`, `householdMember#2`. */
export function personKey(person: FieldPerson): PersonKey {
  return person.member ? `${person.role}#${person.member}` : person.role;
}
