import type { Token } from '../../nlp/tokenize';
import { gazetteer } from '../gazetteer';
import type { NameFinderContext, NameSpan } from '../names';
import { plainName } from '../names';
import { TAGGER_STRENGTH } from '../taggedNames';
import { isCapitalized } from '../tokens';
import type { NameType } from '../types';

/** Longest name (in tokens) the document pass looks for again. */
const MAX_TOKENS = 4;
/** A repeat found by the document pass carries half the tagger's evidence: it was seen, not read. */
const REPEAT_STRENGTH = TAGGER_STRENGTH / 2;
const NAME_TYPES: readonly NameType[] = ['person', 'organization', 'place'];

export interface SentenceNames {
  from: number;
  to: number;
  names: NameSpan[];
  /** True where no name may be (dates, equipment, quantities, photo credits). */
  blocked: (s: number, e: number) => boolean;
}

const keyOf = (tokens: Token[], s: number, e: number): string => {
  let k = tokens[s]!.value.toLowerCase();
  for (let i = s + 1; i < e; i++) k += ` ${tokens[i]!.value.toLowerCase()}`;
  return k;
};

type Votes = Record<NameType, number>;

interface DocumentVotes {
  votes: Map<string, Votes>;
  /** First words of the voted names: a repeat can only start at one of them. */
  firstWords: Set<string>;
  /** Last words of tagged full names of people ("netanyahu"). */
  surnames: Set<string>;
}

/**
 * How often the tagger gave each name of the document each type; a person's full name also votes
 * for its surname ("Benjamin Netanyahu" → "Netanyahu"), since later mentions use it alone.
 */
function documentVotes(tokens: Token[], sentences: readonly SentenceNames[]): DocumentVotes {
  const votes = new Map<string, Votes>();
  const surnames = new Set<string>();
  const firstWords = new Set<string>();
  const vote = (key: string, type: NameType) => {
    let v = votes.get(key);
    if (!v) {
      v = { person: 0, organization: 0, place: 0 };
      votes.set(key, v);
      const space = key.indexOf(' ');
      firstWords.add(space < 0 ? key : key.slice(0, space));
    }
    v[type]++;
  };
  for (const { names } of sentences) {
    for (const n of names) {
      if (!n.taggedAs || n.tokenEnd - n.tokenStart > MAX_TOKENS) continue;
      vote(keyOf(tokens, n.tokenStart, n.tokenEnd), n.taggedAs);
      if (
        n.taggedAs === 'person' &&
        n.tokenEnd - n.tokenStart >= 2 &&
        isCapitalized(tokens[n.tokenEnd - 1])
      ) {
        const surname = keyOf(tokens, n.tokenEnd - 1, n.tokenEnd);
        vote(surname, 'person');
        surnames.add(surname);
      }
    }
  }
  return { votes, surnames, firstWords };
}

const majority = (v: Votes): NameType => NAME_TYPES.reduce((a, b) => (v[b] > v[a] ? b : a));

/**
 * The document's type for a name: the tagger's majority, except that one word of a company name
 * ("Chrysler", "Ford") the tagger read as a person is the company when no one of that surname is
 * named in full in the document: news names a person in full before using the surname alone.
 */
function documentType(key: string, v: Votes, surnames: ReadonlySet<string>): NameType {
  const type = majority(v);
  if (type === 'person' && !key.includes(' ') && !surnames.has(key) && gazetteer().isCompanyWord(key))
    return 'organization';
  return type;
}

/**
 * The document-level pass. A name keeps one type in one document (the tagger's majority for it),
 * and where it recurs and the tagger missed it (a headline, a sentence start, a surname alone) it is
 * still that name.
 */
export function consistentNames(
  ctx: Omit<NameFinderContext, 'from' | 'to'>,
  sentences: SentenceNames[],
): void {
  const { tokens } = ctx;
  const document = documentVotes(tokens, sentences);
  const { votes, surnames } = document;
  if (votes.size === 0) return;
  for (const sentence of sentences) {
    for (const n of sentence.names) {
      if (!n.taggedAs) continue;
      const v = votes.get(keyOf(tokens, n.tokenStart, n.tokenEnd));
      if (!v) continue;
      const type = documentType(keyOf(tokens, n.tokenStart, n.tokenEnd), v, surnames);
      n.evidence[n.taggedAs] -= TAGGER_STRENGTH;
      n.evidence[type] += TAGGER_STRENGTH;
      n.taggedAs = type;
    }
    addRepeats(ctx, sentence, document);
  }
}

function addRepeats(
  ctx: Omit<NameFinderContext, 'from' | 'to'>,
  sentence: SentenceNames,
  { votes, surnames, firstWords }: DocumentVotes,
) {
  const { tokens } = ctx;
  const { from, to, names } = sentence;
  const covered = (s: number, e: number) => names.some((n) => n.tokenStart < e && s < n.tokenEnd);
  const added: NameSpan[] = [];
  for (let i = from; i < to; i++) {
    if (!isCapitalized(tokens[i]) || !firstWords.has(tokens[i]!.value.toLowerCase()) || covered(i, i + 1))
      continue;
    for (let len = Math.min(MAX_TOKENS, to - i); len >= 1; len--) {
      const key = keyOf(tokens, i, i + len);
      const v = votes.get(key);
      if (!v || !isCapitalized(tokens[i + len - 1]) || covered(i, i + len) || sentence.blocked(i, i + len))
        continue;
      const name = plainName({ ...ctx, from, to }, i, i + len);
      name.evidence[documentType(key, v, surnames)] += REPEAT_STRENGTH;
      added.push(name);
      i += len - 1;
      break;
    }
  }
  if (added.length > 0) sentence.names = [...names, ...added].sort((a, b) => a.tokenStart - b.tokenStart);
}
