/**
 * Scores how names of people are merged into entities and which "Same person?" findings appear,
 * on hand-written name sets (test/fixtures/name-sets.json) and on MEANTIME's person chains
 * (../shared/data/meantime_en_topics.jsonl; CC BY, see its README). Used by scripts/eval-names.ts
 * and by test/quality/names.test.ts (thresholds in test/quality/thresholds.json).
 */
import { readFileSync } from 'node:fs';
import { FindingService } from '../server/src/core/contradictions/service';
import type { Finding } from '../server/src/core/contradictions/types';
import { WorkspaceIndex } from '../server/src/core/index/workspaceIndex';
import { MatchService } from '../server/src/core/matching/documentMatches';

export interface NameSet {
  id: string;
  docs: Array<{ name: string; text: string }>;
  /** Surfaces naming one person, per person. */
  people: string[][];
  /** Surfaces of different people that must stay apart (besides those of different groups). */
  distinct: string[][];
  /** Pairs of entity names a name-variant finding is right for. */
  variants: string[][];
  /** Surfaces that must not be entities at all. */
  notPeople?: string[];
}

/** MEANTIME's topics, one JSON object per line (../shared/data/meantime_en_topics.jsonl). */
export function readMeantime(path: string): MeantimeTopic[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as MeantimeTopic);
}

export interface MeantimeTopic {
  topic: string;
  docs: Array<{ id: string; text: string }>;
  chains: Array<{
    id: string;
    type: string;
    mentions: Array<{ doc: string; start: number; end: number; text: string }>;
  }>;
}

/** Pair counts; the rates are derived by `rates`. */
export interface NameCounts {
  /** Pairs of surfaces of one person / of those, both recognised as entities / of those, merged. */
  samePairs: number;
  recognisedPairs: number;
  mergedPairs: number;
  /** Pairs of surfaces of different people, both recognised / of those, wrongly merged. */
  differentPairs: number;
  wrongMerges: number;
  /** Name-variant findings (one per pair of entities) / of those, right. */
  variantFindings: number;
  rightVariants: number;
  /** Pairs a finding should flag. */
  goldVariants: number;
  /** Surfaces that became entities although they name nobody ("D", "Democrat"). */
  falseEntities: string[];
  /** What went wrong, one line each, for reading. */
  errors: string[];
}

const emptyCounts = (): NameCounts => ({
  samePairs: 0,
  recognisedPairs: 0,
  mergedPairs: 0,
  differentPairs: 0,
  wrongMerges: 0,
  variantFindings: 0,
  rightVariants: 0,
  goldVariants: 0,
  falseEntities: [],
  errors: [],
});

export function rates(c: NameCounts) {
  const ratio = (a: number, b: number) => (b === 0 ? 1 : Math.round((a / b) * 1000) / 1000);
  return {
    mergeRecall: ratio(c.mergedPairs, c.recognisedPairs),
    mergePrecision: ratio(c.mergedPairs, c.mergedPairs + c.wrongMerges),
    recognised: ratio(c.recognisedPairs, c.samePairs),
    variantPrecision: ratio(c.rightVariants, c.variantFindings),
    variantRecall: ratio(c.rightVariants, c.goldVariants),
  };
}

function* pairs<T>(items: readonly T[]): Generator<[T, T]> {
  for (let i = 0; i < items.length; i++)
    for (let j = i + 1; j < items.length; j++) yield [items[i]!, items[j]!];
}

const pairName = (a: string, b: string) => (a < b ? `${a} | ${b}` : `${b} | ${a}`);

/** One name-variant finding per pair of entities: the two names it calls one person. */
function variantPairs(findings: Finding[]): Map<string, Finding> {
  const out = new Map<string, Finding>();
  for (const f of findings) {
    if (f.kind !== 'name-variant') continue;
    const names = /This source: (.+?)\. ‘.*’: (.+?) \(/.exec(f.message);
    if (names) out.set(pairName(names[1]!, names[2]!), f);
    else out.set(f.key, f);
  }
  return out;
}

export function scoreNameSets(sets: readonly NameSet[]): NameCounts {
  const c = emptyCounts();
  for (const set of sets) {
    const index = new WorkspaceIndex();
    for (const d of set.docs) index.setDocument(`mem:///${set.id}/${d.name}`, d.name, d.text);
    const entityOf = (surface: string) =>
      index.entities().find((e) => e.name === surface || e.aliases.includes(surface));
    for (const group of set.people) {
      for (const [a, b] of pairs(group)) {
        c.samePairs++;
        const ea = entityOf(a);
        const eb = entityOf(b);
        if (!ea || !eb) {
          c.errors.push(`${set.id}: not recognised: ${!ea ? a : b}`);
          continue;
        }
        c.recognisedPairs++;
        if (ea.id === eb.id) c.mergedPairs++;
        else c.errors.push(`${set.id}: kept apart: ${a} / ${b}`);
      }
    }
    const different = new Map<string, [string, string]>();
    for (const [g, h] of pairs(set.people))
      for (const a of g) for (const b of h) different.set(pairName(a, b), [a, b]);
    for (const [a, b] of set.distinct) different.set(pairName(a!, b!), [a!, b!]);
    for (const [a, b] of different.values()) {
      const ea = entityOf(a);
      const eb = entityOf(b);
      if (!ea || !eb) continue;
      c.differentPairs++;
      if (ea.id === eb.id) {
        c.wrongMerges++;
        c.errors.push(`${set.id}: merged: ${a} / ${b}`);
      }
    }
    const gold = new Set(set.variants.map(([a, b]) => pairName(a!, b!)));
    c.goldVariants += gold.size;
    const found = variantPairs(new FindingService(index, new MatchService(index)).all());
    for (const [pair] of found) {
      c.variantFindings++;
      if (gold.has(pair)) c.rightVariants++;
      else c.errors.push(`${set.id}: wrong "Same person?": ${pair}`);
    }
    for (const pair of gold) if (!found.has(pair)) c.errors.push(`${set.id}: missed "Same person?": ${pair}`);
    for (const n of set.notPeople ?? []) {
      if (entityOf(n)) c.falseEntities.push(`${set.id}: ${n}`);
    }
  }
  return c;
}

/** A person-chain mention that is a proper name ("Paul Nesbit", "Sugar"), not "he" or "the CEO". */
const isProperName = (text: string) =>
  /^\p{Lu}/u.test(text) && text.split(' ').every((w) => /^[\p{Lu}]/u.test(w));

/**
 * PER chains of a topic, joined by entity: MEANTIME splits one person into "cross_X", "intra_X"
 * and "cross_intra_X" chains (the cross-document chain and the rest of its mentions).
 */
function personChains(topic: MeantimeTopic): Map<string, MeantimeTopic['chains'][number]['mentions']> {
  const out = new Map<string, MeantimeTopic['chains'][number]['mentions']>();
  for (const chain of topic.chains) {
    if (chain.type !== 'PER') continue;
    const id = chain.id.replace(/^(?:cross_intra|cross|intra)_/, '');
    out.set(id, [...(out.get(id) ?? []), ...chain.mentions]);
  }
  return out;
}

/**
 * MEANTIME: every topic is one workspace; mentions of one PER chain should be one entity, mentions
 * of different chains different entities (pairs of mentions, each recognised as a person). A
 * name-variant finding is right when most mentions of both entities belong to one chain.
 */
export function scoreMeantime(topics: readonly MeantimeTopic[]): NameCounts {
  const c = emptyCounts();
  for (const topic of topics) {
    const index = new WorkspaceIndex();
    for (const d of topic.docs) index.setDocument(`${topic.topic}/${d.id}`, `${d.id}.txt`, d.text);
    const entityAt = (doc: string, start: number, end: number) => {
      const m = index.mentionsIn(`${topic.topic}/${doc}`).find((x) => x.start < end && start < x.end);
      const e = m && index.entity(m.entityId);
      return e?.type === 'person' ? e.id : undefined;
    };
    /** Entity → chain → number of its mentions in that chain. */
    const chainsOf = new Map<string, Map<string, number>>();
    for (const [chainId, mentions] of personChains(topic)) {
      const resolved: string[] = [];
      const names = mentions.filter((m) => isProperName(m.text));
      c.samePairs += (names.length * (names.length - 1)) / 2;
      for (const m of names) {
        const id = entityAt(m.doc, m.start, m.end);
        if (!id) continue;
        resolved.push(id);
        const byChain = chainsOf.get(id) ?? new Map<string, number>();
        byChain.set(chainId, (byChain.get(chainId) ?? 0) + 1);
        chainsOf.set(id, byChain);
      }
      for (const [a, b] of pairs(resolved)) {
        c.recognisedPairs++;
        if (a === b) c.mergedPairs++;
      }
    }
    for (const [id, byChain] of chainsOf) {
      const counts = [...byChain.values()];
      const total = counts.reduce((s, n) => s + n, 0);
      const within = counts.reduce((s, n) => s + n * n, 0);
      const wrong = (total * total - within) / 2;
      c.wrongMerges += wrong;
      if (wrong > 0) c.errors.push(`${topic.topic}: ${index.entity(id)?.name} joins ${byChain.size} chains`);
    }
    const mainChain = (id: string) => {
      const byChain = chainsOf.get(id);
      if (!byChain) return undefined;
      return [...byChain].sort((x, y) => y[1] - x[1])[0]?.[0];
    };
    const findings = new FindingService(index, new MatchService(index)).all();
    const seen = new Set<string>();
    for (const f of findings) {
      if (f.kind !== 'name-variant' || seen.has(f.key)) continue;
      seen.add(f.key);
      c.variantFindings++;
      const a = index.mentionAt(f.a.uri, f.a.start)?.entityId;
      const b = f.others[0] && index.mentionAt(f.others[0].uri, f.others[0].start)?.entityId;
      const chainA = a && mainChain(a);
      if (chainA && b && chainA === mainChain(b)) c.rightVariants++;
      else c.errors.push(`${topic.topic}: wrong "Same person?": ${f.message}`);
    }
  }
  return c;
}
