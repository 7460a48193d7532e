/**
 * Sentence pairs of different articles that state the same fact: a shared cross-document event
 * chain plus a shared entity chain (MEANTIME's own annotation), or high lexical overlap with the
 * same figures or names. Independent of the detector's own matching, so it does not grade itself.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import lexicon from '../test/fixtures/planted/lexicon.json';
import type { Workspace } from './eval-planted-data';

export interface SentencePair {
  a: { doc: string; sid: number; text: string };
  b: { doc: string; sid: number; text: string };
  why: 'chains' | 'overlap' | 'reviewed';
}

const FIXTURES = join(__dirname, '..', 'test', 'fixtures');

const STOP = new Set(lexicon.stopwords);
const EVENT_TYPES = new Set(['OTH', 'SPE', 'GRA']);
/** Sentences shorter or longer than this make poor plants (fragments, run-on quotes). */
const MIN_WORDS = 7;
const MAX_WORDS = 45;
/** Share of the shorter sentence's content words found in the other. */
const MIN_OVERLAP = 0.45;
const MIN_SHARED = 3;
/** Share of the names and figures of the sentence with fewer of them found in the other. */
const MIN_ANCHOR_SHARE = 0.5;

const words = (s: string) => s.match(/[\p{L}\p{N}][\p{L}\p{N}.,'’$%-]*[\p{L}\p{N}%]|[\p{L}\p{N}]/gu) ?? [];

function contentWords(s: string): Set<string> {
  return new Set(
    words(s)
      .map((w) => w.toLowerCase().replace(/['’]s$/, ''))
      .filter((w) => !STOP.has(w)),
  );
}

/** Figures and capitalised names after the first word: what two reports of one fact share. */
function anchors(s: string): Set<string> {
  return new Set(
    words(s)
      .slice(1)
      .filter((w) => /\d/.test(w) || /^\p{Lu}/u.test(w)),
  );
}

const shared = <T>(x: Set<T>, y: Set<T>) => [...x].filter((v) => y.has(v)).length;

interface Unit {
  doc: string;
  sid: number;
  text: string;
  content: Set<string>;
  anchors: Set<string>;
}

function units(ws: Workspace): Unit[] {
  return ws.articles.flatMap((a) =>
    a.body
      .map((text, sid) => ({ doc: a.id, sid, text, content: contentWords(text), anchors: anchors(text) }))
      .filter((u) => {
        const n = words(u.text).length;
        return n >= MIN_WORDS && n <= MAX_WORDS && !/[<>&\n]/.test(u.text);
      }),
  );
}

/** Sentence key → the chains mentioned in it. */
function chainsBySentence(ws: Workspace): Map<string, Workspace['chains']> {
  const by = new Map<string, Workspace['chains']>();
  for (const c of ws.chains)
    for (const key of c.sentences) {
      if (!by.has(key)) by.set(key, []);
      by.get(key)!.push(c);
    }
  return by;
}

function chainLinked(chains: Map<string, Workspace['chains']>, x: Unit, y: Unit): boolean {
  const theirs = chains.get(`${y.doc}#${y.sid}`) ?? [];
  const both = (chains.get(`${x.doc}#${x.sid}`) ?? []).filter((c) => theirs.includes(c));
  return both.some((c) => EVENT_TYPES.has(c.type)) && both.some((c) => !EVENT_TYPES.has(c.type));
}

const figures = (u: Unit) => new Set([...u.anchors].filter((w) => /\d/.test(w)));

/** Same content, and no figure of one missing from the other (another day's market report). */
function lexicallyLinked(x: Unit, y: Unit): boolean {
  const n = shared(x.content, y.content);
  const overlap = n / Math.min(x.content.size, y.content.size);
  const [fx, fy] = [figures(x), figures(y)];
  const sameFigures = shared(fx, fy) === Math.min(fx.size, fy.size);
  const anchorShare = shared(x.anchors, y.anchors) / Math.max(1, Math.min(x.anchors.size, y.anchors.size));
  return (
    n >= MIN_SHARED &&
    overlap >= MIN_OVERLAP &&
    sameFigures &&
    anchorShare >= MIN_ANCHOR_SHARE &&
    shared(x.anchors, y.anchors) >= 1
  );
}

/** Every linked pair of sentences of different articles, in a stable order. */
export function sentencePairs(ws: Workspace): SentencePair[] {
  const all = units(ws);
  const chains = chainsBySentence(ws);
  const pairs: SentencePair[] = [];
  for (let i = 0; i < all.length; i++) {
    for (let j = i + 1; j < all.length; j++) {
      const x = all[i]!;
      const y = all[j]!;
      if (x.doc === y.doc || x.text === y.text) continue;
      const why = chainLinked(chains, x, y) ? 'chains' : lexicallyLinked(x, y) ? 'overlap' : null;
      if (why)
        pairs.push({
          a: { doc: x.doc, sid: x.sid, text: x.text },
          b: { doc: y.doc, sid: y.sid, text: y.text },
          why,
        });
    }
  }
  return pairs;
}

interface Reviewed {
  pairs: Array<{ topic: string; a: string; b: string }>;
}

const side = (ws: Workspace, key: string) => {
  const [doc, sid] = key.split('#') as [string, string];
  const text = ws.articles.find((a) => a.id === doc)?.body[Number(sid)];
  if (text === undefined) throw new Error(`${ws.name}: no sentence ${key}`);
  return { doc, sid: Number(sid), text };
};

/** The MEANTIME pairs a human confirmed as stating the same fact. */
export function reviewedPairs(ws: Workspace): SentencePair[] {
  const reviewed = JSON.parse(
    readFileSync(join(FIXTURES, 'planted', 'meantime-pairs.json'), 'utf8'),
  ) as Reviewed;
  return reviewed.pairs
    .filter((p) => p.topic === ws.name)
    .map((p) => ({ a: side(ws, p.a), b: side(ws, p.b), why: 'reviewed' as const }));
}

/** Headlines (most words capitalised) and markup make poor plants. */
function plantable(sentence: string): boolean {
  const ws = words(sentence);
  const capitalised = ws.filter((w) => /^\p{Lu}/u.test(w)).length;
  return !/[<>&\n]/.test(sentence) && capitalised < ws.length / 2;
}

interface ReviewedSeeds {
  pairs: Array<{ a: string; b: string }>;
}

/** Seed sentences of different files a human confirmed as stating the same fact (test/fixtures/planted/seed-pairs.json). */
export function seedPairs(ws: Workspace): SentencePair[] {
  const reviewed = JSON.parse(
    readFileSync(join(FIXTURES, 'planted', 'seed-pairs.json'), 'utf8'),
  ) as ReviewedSeeds;
  const find = (key: string) => {
    const [stem, sid] = key.split('#') as [string, string];
    const article = ws.articles.find((a) => a.id === stem);
    const text = article?.body[Number(sid)];
    if (!article || text === undefined) throw new Error(`seeds: no sentence ${key}`);
    return { doc: article.id, sid: Number(sid), text };
  };
  return reviewed.pairs
    .map((p) => ({ a: find(p.a), b: find(p.b), why: 'reviewed' as const }))
    .filter((p) => plantable(p.a.text) && plantable(p.b.text));
}
