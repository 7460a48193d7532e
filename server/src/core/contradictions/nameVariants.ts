import { gazetteer } from '../entities/gazetteer';
import { foldName, sameGivenName } from '../entities/nicknames';
import type { Entity } from '../entities/resolve';
import type { WorkspaceIndex } from '../index/workspaceIndex';
import { finish, runInSlices, type Steps } from '../steps';
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
/** Deletion keys kept (about 200,000 names); beyond it the finder keys the names afresh. */
const MAX_KEYS = 3_000_000;
const MAX_NAMES = 200_000;

interface NameParts {
  given: string;
  surname: string;
  folded: string;
}

interface Person extends NameParts {
  entity: Entity;
}

/**
 * The same person spelt two ways across sources: a full name one or two letters off ("Jeremy
 * Konyndyk" / "Jeremy Konyndik"), in articles of one story (the workspace's stories, `stories/`),
 * at most once per pair. Relatives are never flagged: another given name with the same surname
 * (Donald / Melania Trump) is another person; nicknames and accents were merged by the resolution.
 */
export function nameVariants(index: WorkspaceIndex, stories: StoryService): Finding[] {
  const finder = new NameVariantFinder(index, stories);
  return index.documents().flatMap((d) => finder.of(d.uri));
}

/**
 * Name-variant findings document by document. Candidate pairs share the folded name with one letter
 * deleted (buckets, never all pairs); crowded buckets (generated or numbered names) are skipped: a
 * letter there is another name. The buckets are keyed by names, not entities, so `reset` after a
 * change of the index keeps them: only names never seen before are keyed again.
 */
export class NameVariantFinder {
  /** Deletion key → the folded names that have it, each with how often. */
  private readonly buckets = new Map<string, Map<string, number>>();
  /** People of the index by folded name, for the index's state when last asked. */
  private people: Map<string, Person[]> | null = null;
  private readonly docsOf = new Map<string, Set<string>>();

  constructor(
    private readonly index: WorkspaceIndex,
    private readonly stories: StoryService,
  ) {}

  /**
   * The index changed. After a full change the people are read again (the keys of names already
   * seen are kept); typing only moves mentions of the same entities (or drops an entity typed away),
   * so the people stay and only their documents are read again.
   */
  reset(full: boolean): void {
    if (full) {
      this.people = null;
      this.background = null;
    }
    this.docsOf.clear();
  }

  /** The findings whose first side (the definition of one of the two names) is in `uri`. */
  of(uri: string): Finding[] {
    const people = this.currentPeople();
    const findings: Finding[] = [];
    const seen = new Set<string>();
    for (const a of this.peopleIn(uri, people)) {
      for (const key of deletionKeys(a.folded)) {
        const names = this.buckets.get(key) ?? NO_NAMES;
        if (crowd(names, people) > MAX_BUCKET) continue;
        for (const name of names.keys()) {
          for (const b of people.get(name) ?? []) {
            if (a.entity.id === b.entity.id || seen.has(b.entity.id)) continue;
            if (this.index.entity(b.entity.id) !== b.entity) continue; // typed away
            seen.add(b.entity.id);
            if (!looksMisspelt(a, b) || this.shareADocument(a, b)) continue;
            if (!this.stories.shareAStory(this.docs(a), this.docs(b))) continue;
            findings.push(...variantFindings(this.index, a.entity, b.entity).filter((f) => f.a.uri === uri));
          }
        }
      }
    }
    // One order whatever the order of the buckets: a name's variants by the other side's place.
    return findings.sort(
      (x, y) =>
        x.a.start - y.a.start ||
        compare(x.others[0]?.uri ?? '', y.others[0]?.uri ?? '') ||
        (x.others[0]?.start ?? 0) - (y.others[0]?.start ?? 0),
    );
  }

  private currentPeople(): Map<string, Person[]> {
    if (!this.people) {
      const background = this.background;
      this.background = null;
      const current = background?.generation === this.index.generation;
      this.people = finish(current ? background.steps : this.peopleSteps());
    }
    return this.people;
  }

  /** The people being read in slices (`prepareInSlices`), for the index generation it started in. */
  private background: { generation: number; steps: Steps<Map<string, Person[]>> } | null = null;

  /** Reads the people and keys their names in slices, so the first findings after a change need not. */
  async prepareInSlices(pause: () => Promise<void>, sliceMs?: number): Promise<void> {
    if (this.people || this.background) return;
    const run = { generation: this.index.generation, steps: this.peopleSteps() };
    this.background = run;
    const people = await runInSlices(
      run.steps,
      pause,
      () => this.background === run && run.generation === this.index.generation,
      sliceMs,
    );
    if (people && this.background === run) {
      this.background = null;
      this.people = people;
    }
  }

  private *peopleSteps(): Steps<Map<string, Person[]>> {
    if (this.buckets.size > MAX_KEYS) this.buckets.clear();
    const people = new Map<string, Person[]>();
    for (const e of this.index.entities()) {
      const person = this.personOf(e);
      if (!person) continue;
      const list = people.get(person.folded);
      if (list) list.push(person);
      else {
        people.set(person.folded, [person]);
        this.key(person.folded);
      }
      yield;
    }
    return people;
  }

  /** Files a name under its deletion keys, once. */
  private key(folded: string): void {
    if (this.buckets.get(folded)?.has(folded)) return;
    for (const key of deletionKeys(folded)) {
      let names = this.buckets.get(key);
      if (!names) {
        names = new Map();
        this.buckets.set(key, names);
      }
      names.set(folded, (names.get(folded) ?? 0) + 1);
    }
  }

  /** The people mentioned in `uri`, each once, in the order of their first mention. */
  private peopleIn(uri: string, people: Map<string, Person[]>): Person[] {
    const ids = new Set(this.index.mentionsIn(uri).map((m) => m.entityId));
    const found: Person[] = [];
    for (const id of ids) {
      const e = this.index.entity(id);
      const person = e && this.personOf(e);
      const current = person && people.get(person.folded)?.find((p) => p.entity.id === id);
      if (current) found.push(current);
    }
    return found;
  }

  /** Names folded and cut, once per name: an edit resolves the workspace's names again, not its spellings. */
  private readonly parts = new Map<string, NameParts | null>();

  /** A person entity with a given name and a surname; undefined for anything else. */
  private personOf(entity: Entity): Person | undefined {
    if (entity.type !== 'person') return undefined;
    let parts = this.parts.get(entity.name);
    if (parts === undefined) {
      if (this.parts.size > MAX_NAMES) this.parts.clear();
      parts = partsOf(entity.name);
      this.parts.set(entity.name, parts);
    }
    return parts ? { entity, ...parts } : undefined;
  }

  private docs(p: Person): Set<string> {
    let docs = this.docsOf.get(p.entity.id);
    if (!docs) {
      docs = new Set(p.entity.mentions.map((m) => m.uri));
      this.docsOf.set(p.entity.id, docs);
    }
    return docs;
  }

  private shareADocument(a: Person, b: Person): boolean {
    const docsOfB = this.docs(b);
    for (const d of this.docs(a)) if (docsOfB.has(d)) return true;
    return false;
  }
}

/** A name folded and cut into given name and surname; null for a single word. */
function partsOf(name: string): NameParts | null {
  const folded = foldName(name);
  const words = folded.split(' ');
  if (words.length < 2) return null;
  return { given: words[0]!, surname: words[words.length - 1]!, folded };
}

/** People filed under a key (a name counted once per way it yields the key, as the bucket holds it). */
function crowd(names: ReadonlyMap<string, number>, people: Map<string, Person[]>): number {
  let count = 0;
  for (const [name, times] of names) count += times * (people.get(name)?.length ?? 0);
  return count;
}

const NO_NAMES: ReadonlyMap<string, number> = new Map();

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

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
