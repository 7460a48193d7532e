import type { Token } from '../../nlp/tokenize';
import { clusterOf } from './clusters';
import { hashString } from './hash';

/**
 * Truecasing of an all-caps sentence (a shouted headline, a dateline, a wire in capitals) before
 * names are looked for: "LONDON" → "London", "BEAT" → "beat", "NATO" stays. The case table ships in
 * the model (built at training time from the training text and the gazetteers,
 * scripts/ner/caseTable.ts); it holds only the words the default gets wrong. The default: a word of
 * the word-vector vocabulary (the cluster table) is lower case, another word is a name (Title Case),
 * or an acronym when it is short or has no vowel.
 */
export const CASE = {
  lower: 1,
  title: 2,
  upper: 3,
  /** Lower case in running text but often a word of a name ("Party", "New", "Home"): Title Case
   * beside a name word ("LABOUR PARTY" → "Labour Party", "THE PARTY" → "the party"). */
  nameWord: 4,
} as const;
export type CaseClass = (typeof CASE)[keyof typeof CASE];

export const CASE_SLOTS = 1 << 16;
const MAX_PROBES = 64;

/** What truecasing reads: the model's cluster and case tables. */
export interface CaseTables {
  clusters: Uint32Array;
  cases: Uint32Array;
}

/** The tables of a model, if it has both. */
export const caseTablesOf = (w: {
  clusters: Uint32Array | null;
  cases: Uint32Array | null;
}): CaseTables | null => (w.clusters && w.cases ? { clusters: w.clusters, cases: w.cases } : null);

/** A 29-bit fingerprint of the word hash, never 0 (0 marks an empty slot). */
const fingerprint = (h: number): number => ((Math.imul(h, 0x5bd1e995) >>> 3) | 1) & 0x1fffffff;
export const caseSlot = (h: number): number => (h ^ (h >>> 15)) & (CASE_SLOTS - 1);
export const packCase = (h: number, c: CaseClass): number => ((fingerprint(h) << 3) | c) >>> 0;

/** The stored case of a lower-cased word's hash, 0 when the table does not hold it. */
export function storedCase(table: Uint32Array, h: number): number {
  const fp = fingerprint(h);
  let slot = caseSlot(h);
  for (let probe = 0; probe < MAX_PROBES; probe++) {
    const entry = table[slot]!;
    if (entry === 0) return 0;
    if (entry >>> 3 === fp) return entry & 7;
    slot = (slot + 1) & (CASE_SLOTS - 1);
  }
  return 0;
}

const VOWEL = /[aeiouy]/;

/** The case a lower-cased word gets when the table does not hold it. */
export function defaultCase(lower: string, clusters: Uint32Array): CaseClass {
  // Clitics: "'S", "'LL".
  if (lower.charAt(0) === "'" || lower.charAt(0) === '’') return CASE.lower;
  if (clusterOf(clusters, hashString(lower)) !== 0) return CASE.lower;
  return lower.length <= 3 || !VOWEL.test(lower) ? CASE.upper : CASE.title;
}

const caseOf = (lower: string, t: CaseTables): CaseClass =>
  (storedCase(t.cases, hashString(lower)) || defaultCase(lower, t.clusters)) as CaseClass;

const capitalised = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

const applyCase = (lower: string, c: CaseClass): string =>
  c === CASE.title ? capitalised(lower) : c === CASE.upper ? lower.toUpperCase() : lower;

const PARTS = /([-/])/;
const LETTERS = /\p{L}/u;

/** Words in capitals the truecaser leaves alone: no letters, digits ("A380"), or a lower case of
 * another length (offsets stay those of the text). */
const keepsCase = (value: string): boolean =>
  !LETTERS.test(value) || /\d/.test(value) || value.toLowerCase().length !== value.length;

/** "US-ISRAEL" → "US-Israel": each part by itself. */
const byParts = (lower: string, t: CaseTables): string =>
  lower
    .split(PARTS)
    .map((p) => (p === '-' || p === '/' || p === '' ? p : applyCase(p, caseOf(p, t))))
    .join('');

/** Joiners a name runs across ("BANK OF ENGLAND"). */
export const JOINERS: ReadonlySet<string> = new Set(['of', 'for', 'the', 'and', '&', 'de']);

/** A word's truecased form, or its lower case and class when a name word waits on its neighbours. */
interface Cased {
  value: string;
  c: CaseClass | 0;
}

/** How the document's own running text writes a word (lower case → its form there). */
type DocumentForms = ReadonlyMap<string, string>;

const classOfForm = (form: string): CaseClass =>
  form === form.toLowerCase()
    ? CASE.lower
    : form.length > 1 && form === form.toUpperCase()
      ? CASE.upper
      : CASE.title;

function casedWord(value: string, t: CaseTables, forms: DocumentForms): Cased {
  if (keepsCase(value)) return { value, c: 0 };
  const lower = value.toLowerCase();
  const form = forms.get(lower);
  if (form !== undefined) return { value: form, c: classOfForm(form) };
  const stored = storedCase(t.cases, hashString(lower)) as CaseClass | 0;
  if (!stored && PARTS.test(lower)) {
    const cased = byParts(lower, t);
    return { value: cased, c: cased === lower ? CASE.lower : CASE.title };
  }
  const c = stored || defaultCase(lower, t.clusters);
  return { value: c === CASE.nameWord ? lower : applyCase(lower, c), c };
}

/**
 * One all-caps sentence tokens[from, to) truecased into out. A name word takes Title Case when a
 * neighbour (across a joiner) is a name, repeatedly, so "SYRIAN DEMOCRATIC FORCES" grows from
 * "Syrian", but not between two names ("LEEDS BEAT CHELSEA"). The first word with letters is
 * capitalised, as in running text.
 */
function truecaseSentence(
  tokens: readonly Token[],
  from: number,
  to: number,
  t: CaseTables,
  forms: DocumentForms,
  out: Token[],
): void {
  const words: Cased[] = [];
  for (let i = from; i < to; i++) words.push(casedWord(tokens[i]!.value, t, forms));
  const isName = (j: number) => words[j]?.c === CASE.title || words[j]?.c === CASE.upper;
  const nameBeside = (k: number, step: number): boolean => {
    const next = words[k + step];
    if (next && next.c === CASE.lower && JOINERS.has(next.value)) return isName(k + 2 * step);
    return isName(k + step);
  };
  for (let changed = true; changed; ) {
    changed = false;
    words.forEach((w, k) => {
      if (w.c !== CASE.nameWord) return;
      const before = nameBeside(k, -1);
      const after = nameBeside(k, 1);
      // Between two names, a verb of a headline: "LEEDS BEAT CHELSEA".
      if (!(before || after) || (isName(k - 1) && isName(k + 1))) return;
      w.value = capitalised(w.value);
      w.c = CASE.title;
      changed = true;
    });
  }
  let first = true;
  words.forEach((w, k) => {
    const token = tokens[from + k]!;
    let value = w.value;
    if (first && LETTERS.test(value)) {
      value = capitalised(value);
      first = false;
    }
    if (value !== token.value) out[from + k] = { ...token, value };
  });
}

/**
 * Words of the sentences not in capitals, past their first word, as the document writes them most
 * often: a wire's body says how its shouted headline is written ("LEEDS" → "Leeds").
 */
function documentForms(
  tokens: readonly Token[],
  sentences: ReadonlyArray<{ tokenStart: number; tokenEnd: number }>,
  caps: readonly boolean[],
): DocumentForms {
  // Only the words of the sentences in capitals are looked for: a map of a few words, not of all.
  const counts = new Map<string, Map<string, number>>();
  sentences.forEach((s, k) => {
    if (!caps[k]) return;
    for (let i = s.tokenStart; i < s.tokenEnd; i++) counts.set(tokens[i]!.value.toLowerCase(), new Map());
  });
  sentences.forEach((s, k) => {
    if (caps[k]) return;
    for (let i = s.tokenStart + 1; i < s.tokenEnd; i++) {
      const value = tokens[i]!.value;
      const forms = counts.get(value.toLowerCase());
      if (!forms || keepsCase(value) || SENTENCE_OPENERS.has(tokens[i - 1]!.value)) continue;
      forms.set(value, (forms.get(value) ?? 0) + 1);
    }
  });
  const out = new Map<string, string>();
  for (const [lower, forms] of counts) {
    let best = '';
    let most = 0;
    for (const [form, n] of forms) if (n > most) [best, most] = [form, n];
    if (most > 0) out.set(lower, best);
  }
  return out;
}

/** Tokens after which a word starts a sentence in running text, whatever its case. */
const SENTENCE_OPENERS = new Set(['"', '“', ':', '-', '—', '(', "'", '‘']);

/**
 * The tokens of a document with each all-caps sentence truecased (a copy; the same array when no
 * sentence is in capitals): as the document's other sentences write a word, else by the tables.
 */
export function truecasedTokens(
  tokens: Token[],
  sentences: ReadonlyArray<{ tokenStart: number; tokenEnd: number }>,
  caps: readonly boolean[],
  t: CaseTables | null,
): Token[] {
  if (!t || !caps.includes(true)) return tokens;
  const out = tokens.slice();
  const forms = documentForms(tokens, sentences, caps);
  sentences.forEach((s, k) => {
    if (caps[k]) truecaseSentence(tokens, s.tokenStart, s.tokenEnd, t, forms, out);
  });
  return out;
}
