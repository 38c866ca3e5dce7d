/**
 * Two refinements of ranking that come with the intents, on demand (`understandIntents`): the phrase for
 * whole-phrase bonuses read through typos, and the records whose name ends or undoes a matter, which a
 * bare noun does not ask for. Before the intents load, a query is its words alone and neither applies.
 */

/**
 * Name openings (folded) of procedures that end, undo or report the loss of a matter, with the word that
 * says so: such a record ranks × `UNDOING_WEIGHT` (scoring.ts) when the query has not that word and no
 * intent of the query means it, so `hộ kinh doanh` is thành lập before chấm dứt.
 */
const UNDOING: [opening: string, said: string][] = [
  ['cham dut', 'dut'],
  ['trinh bao mat', 'mat'],
  ['thu hoi', 'hoi'],
  ['xoa dang ky', 'xoa'],
  ['dung thuc hien', 'dung'],
  ['tam ngung', 'ngung'],
];

/** Per record's folded name, the word that says it ends or undoes a matter, or "". */
export const undoing = (names: readonly string[]) =>
  names.map((n) => UNDOING.find(([u]) => n.startsWith(`${u} `))?.[1] ?? '');

/**
 * The phrase for whole-phrase bonuses with each misspelt word (`known`: a catalogue word) read as its best
 * reading ("giấy phép xây dựg" is the name's "giay phep xay dung"); a last word that starts a catalogue
 * word (`typing`) is left as typed, for the start-of-name bonus.
 */
export function readPhrase(
  phrase: string,
  known: (w: string) => boolean,
  typing: (w: string) => boolean,
  readings: (w: string) => [string, number][],
): string {
  const typed = phrase.split(' ');
  let changed = false;
  for (let i = 0; i < typed.length; i++) {
    const w = typed[i]!;
    if (!w || known(w) || (i === typed.length - 1 && typing(w))) continue;
    const found = readings(w);
    let best: string | undefined;
    let quality = 0;
    for (let j = 0; j < found.length; j++)
      if (found[j]![1] > quality) {
        best = found[j]![0];
        quality = found[j]![1];
      }
    if (best !== undefined) {
      typed[i] = best;
      changed = true;
    }
  }
  return changed ? typed.join(' ') : phrase;
}
