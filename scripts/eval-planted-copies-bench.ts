/**
 * Planted errors against copies: every sentence of real articles set against a copy of itself with
 * one planted error, as one outlet carries another's wire copy and changes one thing. It measures
 * what each kind's detector catches across the many shapes real sentences take, apart from
 * whether two outlets' wordings align (the planted benchmark, `eval-planted.ts`, measures both).
 *
 * Development sentences: MEANTIME's Wikinews articles (../shared/data, CC BY). Held out (never
 * looked at while building the detectors): the news documents of GUM (Wikinews, CC BY) and the
 * government press releases of re3d (public domain / OGL / CC BY), from ../shared/data/ner/.
 */
import { join } from 'node:path';
import { judgePair } from '../server/src/core/pairs/judge';
import { detokenize, meantimeWorkspaces } from './eval-planted-data';
import { PLANTED_KINDS, type PlantedKind, REWRITERS } from './eval-planted-rewrite';
import { hash, random } from './eval-planted-words';
import { readBio } from './ner/data';

export const COPIES_SEED = 11;

/** Sentences shorter or longer than this are headlines, captions or run-on lists, not claims. */
const MIN_CHARS = 40;
const MAX_CHARS = 300;

export interface CopyScore {
  planted: number;
  found: number;
  /** Found as a contradiction of another kind. */
  otherKind: number;
}

export interface CopyMiss {
  kind: PlantedKind;
  planted: string;
  original: string;
  got: string;
}

export interface CopiesResult {
  sentences: number;
  scores: Record<string, CopyScore>;
  misses: CopyMiss[];
}

const NER_DATA = join(__dirname, '..', '..', 'shared', 'data', 'ner');

function usable(s: string): boolean {
  return s.length >= MIN_CHARS && s.length <= MAX_CHARS && /[.!?”"]$/.test(s);
}

/** MEANTIME's body sentences: the development set. */
export function devSentences(): string[] {
  return meantimeWorkspaces()
    .flatMap((ws) => ws.articles.flatMap((a) => a.body))
    .filter(usable);
}

/** GUM's news documents and re3d's releases: the held-out set. */
export function heldOutSentences(): string[] {
  const gum = readBio(join(NER_DATA, 'gum.bio')).filter((d) => d.id.startsWith('GUM_news_'));
  const re3d = readBio(join(NER_DATA, 're3d.bio'));
  return [...gum, ...re3d]
    .flatMap((d) => d.sentences.map((s) => detokenize(s.words.join(' '))))
    .filter(usable);
}

/** Each sentence against its copy with one error of each kind the rewriters can plant cleanly. */
export function runCopies(sentences: readonly string[], seed = COPIES_SEED): CopiesResult {
  const scores: Record<string, CopyScore> = {};
  const misses: CopyMiss[] = [];
  for (const original of sentences) {
    for (const kind of PLANTED_KINDS) {
      const planted = REWRITERS[kind](original, original, random(hash(`${seed}:${kind}:${original}`)));
      if (!planted || planted === original) continue;
      const verdict = judgePair(planted, original);
      scores[kind] ??= { planted: 0, found: 0, otherKind: 0 };
      const score = scores[kind];
      score.planted++;
      if (verdict.kind === kind) score.found++;
      else {
        if (verdict.relation === 'contradiction') score.otherKind++;
        misses.push({ kind, planted, original, got: verdict.kind ?? verdict.relation });
      }
    }
  }
  const all = Object.values(scores).reduce(
    (s, k) => ({
      planted: s.planted + k.planted,
      found: s.found + k.found,
      otherKind: s.otherKind + k.otherKind,
    }),
    { planted: 0, found: 0, otherKind: 0 },
  );
  return { sentences: sentences.length, scores: { ...scores, all }, misses };
}

export const recallOf = (s: CopyScore | undefined): number => (s?.planted ? s.found / s.planted : 0);
