import { gazetteer } from '../entities/gazetteer';
import { foldName, sameGivenName } from '../entities/nicknames';
import type { Entity } from '../entities/resolve';
import type { WorkspaceIndex } from '../index/workspaceIndex';
import type { StoryService } from '../stories/service';
import { findingKey } from './detect';
import { bothSides, type Finding } from './types';

/** Edit distance, bounded: returns max + 1 as soon as it is exceeded. */
function distance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      best = Math.min(best, row[j]!);
    }
    if (best > max) return max + 1;
    prev = row;
  }
  return prev[b.length]!;
}

const MAX_BUCKET = 50;
const MAX_EDITS = 2;
/** Names shorter than this are too short for a letter to be a slip rather than another name. */
const MIN_SPELLING_LENGTH = 8;
interface Person {
  entity: Entity;
  given: string;
  surname: string;
  folded: string;
  docs: Set<string>;
}

/**
 * The same person spelt two ways across sources: a full name one or two letters off ("Jeremy
 * Konyndyk" / "Jeremy Konyndik"), in articles of one story (the workspace's stories, `stories/`),
 * at most once per pair. Relatives are never flagged: another given name with the same surname
 * (Donald / Melania Trump) is another person; nicknames and accents were merged by the resolution.
 */
export function nameVariants(index: WorkspaceIndex, stories: StoryService): Finding[] {
  const people: Person[] = [];
  for (const e of index.entities()) {
    if (e.type !== 'person') continue;
    const folded = foldName(e.name);
    const words = folded.split(' ');
    if (words.length < 2) continue;
    people.push({
      entity: e,
      given: words[0]!,
      surname: words[words.length - 1]!,
      folded,
      docs: new Set(e.mentions.map((m) => m.uri)),
    });
  }
  // Candidate pairs share the folded name with one letter deleted: buckets, never all pairs.
  // Crowded buckets (generated or numbered names) are skipped: a letter there is another name.
  const buckets = new Map<string, Person[]>();
  for (const p of people) {
    for (const key of deletionKeys(p.folded)) {
      const list = buckets.get(key);
      if (!list) buckets.set(key, [p]);
      else if (list.length <= MAX_BUCKET) list.push(p);
    }
  }
  const findings: Finding[] = [];
  const seen = new Set<string>();
  for (const group of buckets.values()) {
    if (group.length < 2 || group.length > MAX_BUCKET) continue;
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) {
        const a = group[i]!;
        const b = group[j]!;
        const pairKey =
          a.entity.id < b.entity.id ? `${a.entity.id}|${b.entity.id}` : `${b.entity.id}|${a.entity.id}`;
        if (a.entity.id === b.entity.id || seen.has(pairKey)) continue;
        seen.add(pairKey);
        if (!looksMisspelt(a, b) || [...a.docs].some((d) => b.docs.has(d))) continue;
        if (!stories.shareAStory(a.docs, b.docs)) continue;
        findings.push(...variantFindings(index, a.entity, b.entity));
      }
    }
  }
  return findings;
}

/** The name itself and the name with each letter deleted (one or two edits meet in these). */
function* deletionKeys(name: string): Generator<string> {
  yield name;
  for (let k = 0; k < name.length; k++) yield `${name.slice(0, k)}${name.slice(k + 1)}`;
}

/**
 * One or two letters apart, and not two real given names of one family: "Dave Brat" / "Dale
 * Brat" are two known first names, so two people; "Benjamim" is no first name, so a slip.
 */
function looksMisspelt(a: Person, b: Person): boolean {
  if (a.folded.length < MIN_SPELLING_LENGTH || b.folded.length < MIN_SPELLING_LENGTH) return false;
  if (distance(a.folded, b.folded, MAX_EDITS) > MAX_EDITS) return false;
  if (a.surname === b.surname) {
    if (a.given === b.given || sameGivenName(a.given, b.given)) return false; // merged, or initials
    const g = gazetteer();
    return !(g.isFirstName(capitalized(a.given)) && g.isFirstName(capitalized(b.given)));
  }
  return a.given === b.given || sameGivenName(a.given, b.given);
}

const capitalized = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);

/** The finding pair for two person entities that look like one person spelt two ways. */
function variantFindings(index: WorkspaceIndex, a: Entity, b: Entity): Finding[] {
  const ma = index.definitionOf(a);
  const mb = index.definitionOf(b);
  if (!ma || !mb) return []; // a name typed away a moment ago: no mention left to point at
  const pa = { uri: ma.uri, start: ma.start, end: ma.end };
  const pb = { uri: mb.uri, start: mb.start, end: mb.end };
  const same = (x: string, y: string, other: string) =>
    `Same person? This source: ${x}. ‘${index.label(other)}’: ${y} (a spelling one or two letters apart).`;
  const key = findingKey('name-variant', a.name, b.name);
  return bothSides(
    'name-variant',
    key,
    pa,
    pb,
    same(a.name, b.name, mb.uri),
    same(b.name, a.name, ma.uri),
    0.7,
  );
}
