/** The procedure record (design §3.2) and the search contract (design §3.1). */

/** Thủ tục hành chính: one administrative procedure as the national portal publishes it. */
export interface Procedure {
  /** National code, e.g. "1.001193", or a clearly local id like "local:ho-tich-lien-thong-khai-tu". */
  code: string;
  name: string;
  /** Lĩnh vực, e.g. "Hộ tịch". */
  field: string;
  /** Cấp thực hiện: "Cấp xã" | "Cấp tỉnh" | "Cấp bộ" … */
  level: string[];
  agency?: string;
  /** DVC trực tuyến toàn trình / một phần / không. */
  online?: 'toan-trinh' | 'mot-phan' | 'khong';
  processingTime?: string;
  fee?: string;
  steps?: string[];
  documents?: { name: string; copies?: string; form?: string }[];
  subjects?: string;
  result?: string;
  legalBasis?: string[];
  portalUrl?: string;
  /** Words people use for it ("làm giấy khai sinh", "dkks"). */
  keywords?: string[];
  /** What the ward adds of its own, beside the national text (never in place of it). */
  local?: LocalDetails;
  /**
   * Chuyển nơi khác: a procedure the ward does not receive, kept so that a resident who asks finds it
   * and is told where to file it (the tax office, the court). Search ranks it after the ward's own.
   */
  referral?: Referral;
  /**
   * What the ward's citizens typed for it: the unit's queries staff attached to it (served by the
   * collector). Their words go into the index's "asked as" field, with the learned words (`options.learned`).
   */
  askedAs?: string[];
}

/** Where a procedure the ward does not receive is filed, and why. */
export interface Referral {
  /** The office that receives it, e.g. "Thuế cơ sở", "Tòa án nhân dân". */
  office: string;
  /** Why the ward does not receive it. */
  reason?: string;
}

/** Thông tin riêng của phường, xã: the ward's own notes on a procedure, shown marked as the ward's. */
export interface LocalDetails {
  /** Ghi chú về phí, lệ phí (the province's fee, a free case). */
  feeNote?: string;
  /** Nơi nộp hồ sơ (counter, floor, building). */
  where?: string;
  /** Giờ tiếp nhận. */
  hours?: string;
  /** Liên hệ (officer, phone of the office). */
  contact?: string;
}

export interface ProcedureFilters {
  field: string;
  level: string;
  online: string;
}

export interface SearchOptions {
  /** Most hits to return (default 10). */
  limit?: number;
  filters?: Partial<ProcedureFilters>;
}

export interface SearchHit {
  procedure: Procedure;
  score: number;
}

export interface ProcedureIndexOptions {
  /** Typo tolerance (default true). */
  fuzzy?: boolean;
  /**
   * What citizens mean: life events, purposes, relatives and informal names (`data/curated/intents.json`),
   * with the code that reads them: `understandIntents(INTENTS)` (`@motcua/core/search/understand`).
   */
  intents?: Understanding;
  /**
   * "Asked as": per procedure code, words citizens used for it (folded) with a weight in (0, 1], learnt
   * from query sets (`@motcua/core/search/learned`, generated). Indexed as a field of its own, weighted
   * below the name and keywords, with the words of each record's `askedAs`. Without it (and `askedAs`
   * ignored: `learnedWeight: 0`), a record is only its own text.
   */
  learned?: LearnedWords;
  /** The "asked as" field's weight at a word's full weight (default `LEARNED_WEIGHT`); 0 switches the field off. */
  learnedWeight?: number;
}

/** Per procedure code: folded word → its weight for that procedure, in (0, 1]. */
export type LearnedWords = Record<string, Record<string, number>>;

/**
 * The intents data and the code that reads it (made by `understandIntents`): compiled once against an
 * index's catalogue, then asked what each query means. Without it, a query is its words alone.
 */
export interface Understanding<Compiled = unknown, Token = unknown> {
  data: SearchIntents;
  /** The data compiled against one catalogue (`isTerm`: a folded word the catalogue holds). */
  compile(procs: readonly Procedure[], isTerm: (folded: string) => boolean): Compiled;
  /** The short forms the catalogue itself writes (BHXH), folded, → the folded words they stand for. */
  catalogueSpellings(): Map<string, string[]>;
  /** A query's tokens read against the compiled data: the words left, the intents found, the phrase. */
  understand(
    asTyped: Token[],
    compiled: Compiled,
    mayBeTyping: (folded: string) => boolean,
  ): { tokens: Token[]; intents: FoundIntent[]; phrase: string };
  /** The query cut into tokens (`tokenize`: one piece of text) with its purpose and reason clauses marked. */
  clauses(query: string, tokenize: (text: string) => Token[]): Token[];
  /** The weight of a clause's words once the query is read (`strong`: a word that tells procedures apart). */
  clauseShare(tokens: readonly Token[], intents: readonly FoundIntent[], strong: (tok: Token) => boolean): number;
  /** Per record's folded name, the word that says it ends or undoes a matter ("dut" of "chấm dứt"), or "". */
  undoing(names: readonly string[]): string[];
  /** The phrase for whole-phrase bonuses with its misspelt words read as their best readings. */
  readPhrase(
    phrase: string,
    known: (w: string) => boolean,
    typing: (w: string) => boolean,
    readings: (w: string) => [string, number][],
  ): string;
}

/**
 * An intent read in a query: the documents it means, best first, how many words it counts for, and
 * whether it was read in a purpose or reason clause (clauses.ts).
 */
export interface FoundIntent {
  docs: number[];
  weight: number;
  clause?: boolean;
}

/**
 * Ý định của người dân: what a query means beyond its words, kept as reviewed data with a source for
 * every entry (`data/curated/intents.json`, loaded by `@motcua/core/search/intents`).
 */
export interface SearchIntents {
  /** What the file is, for its readers. */
  about?: string;
  /** Named lists a phrase can hold as `{name}`, e.g. "người thân": bố, mẹ, ông bà… */
  slots?: Record<string, { words: string[]; source?: string }>;
  /** Words and phrases that say nothing about which procedure ("cần làm gì", "tôi"): left out of a query. */
  fillers?: { words: string[]; source?: string };
  intents: SearchIntent[];
  /**
   * Words spelt short or as chat spelling, each read as the words it stands for ("đk": "đăng ký", "lm":
   * "làm", "vk": "vợ"), in groups that each give their source.
   */
  spellings?: {
    words: Record<string, string>;
    source?: string;
    /** The catalogue's own texts write these short forms (BHXH, TNLĐ): the index reads them written out too. */
    catalogue?: boolean;
  }[];
}

export interface SearchIntent {
  /** life event, purpose, relative as subject, or informal name of a paper. */
  kind: 'event' | 'purpose' | 'relative' | 'informal';
  /** What citizens type, with `{slot}` for any word of a slot ("{người thân} mất"). */
  phrases: string[];
  /** The procedures meant, best first. */
  codes: string[];
  /** For an informal name: the official words it stands for, searched in its place ("sổ đỏ" → "giấy chứng nhận quyền sử dụng đất"). */
  means?: string;
  /**
   * Where the link between the phrase and the procedures comes from (portal record, legal basis): in the
   * data file for every entry; the mirror a widget loads leaves it out.
   */
  source?: string;
}

export interface ProcedureIndex {
  /** Best first. */
  search(query: string, opts?: SearchOptions): SearchHit[];
  /** Folded words of the catalogue a query matches, for highlighting them in results. */
  matchedTerms(query: string): Set<string>;
  /** Number of procedures indexed. */
  size: number;
}

/** An index being built a slice at a time (`startProcedureIndex`). */
export interface ProcedureIndexBuilder {
  /** Indexes records while `more()` returns true; resolves to whether the whole catalogue is indexed. */
  step(more: () => boolean): boolean;
  /** Indexes whatever is left at once and returns the index (the same one on every call). */
  finish(): ProcedureIndex;
}
