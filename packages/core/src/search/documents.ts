/**
 * A procedure's papers as a citizen acts on them (issue 23): what to hand in (nộp), what to show
 * (xuất trình), what applies only in some cases (trường hợp…), and the portal's notes, which are
 * guidance rather than papers. The portal runs all of these together in its own order, so a birth
 * registration opens on the case of an abandoned child; here the main form comes first.
 *
 * Read from the text as the portal writes it: a row with no count of copies is a note; one that opens
 * on "Trường hợp", "Đối với", "Nếu" or a roman-numeral item, or says "trong trường hợp", is a case; an
 * identity paper or one the text says is shown ("xuất trình") is shown; the rest is handed in, forms
 * (Tờ khai, Mẫu, Giấy đề nghị, Đơn) first.
 */
import type { Procedure } from './types.js';

export type ProcedureDocument = NonNullable<Procedure['documents']>[number];

export interface DocumentGroups {
  /** Nộp: papers to hand in, the main form first. */
  submit: ProcedureDocument[];
  /** Xuất trình: papers to show at the counter (identity papers). */
  show: ProcedureDocument[];
  /** Papers needed only in some cases ("Trường hợp…"). */
  cases: ProcedureDocument[];
  /** The portal's notes on the papers: guidance, not papers. */
  notes: ProcedureDocument[];
}

const CASE =
  /^(?:trường hợp|đối với|nếu|\((?:i|ii|iii|iv|v|vi|vii|viii|ix|x)\))|\btrong trường hợp\b|\bđối với trường hợp\b/iu;
const SHOWN =
  /^(?:hộ chiếu|thẻ căn cước|căn cước|giấy tờ tùy thân|giấy tờ tuỳ thân|chứng minh nhân dân)|\bxuất trình\b/iu;
const FORM = /^(?:tờ khai|mẫu|giấy đề nghị|đơn|phiếu|văn bản đề nghị|bản khai)/iu;

export function groupDocuments(documents: readonly ProcedureDocument[] | undefined): DocumentGroups {
  const groups: DocumentGroups = { submit: [], show: [], cases: [], notes: [] };
  for (const d of documents ?? []) {
    const name = d.name.normalize('NFC').trim();
    if (!d.copies) groups.notes.push(d);
    else if (CASE.test(name)) groups.cases.push(d);
    else if (SHOWN.test(name)) groups.show.push(d);
    else groups.submit.push(d);
  }
  // Forms first (a stable sort keeps the portal's order otherwise): the paper a citizen fills in.
  groups.submit.sort((a, b) => Number(FORM.test(b.name.trim())) - Number(FORM.test(a.name.trim())));
  return groups;
}
