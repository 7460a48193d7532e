import type { Entity } from '../entities/resolve';
import type { WorkspaceIndex } from '../index/workspaceIndex';
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

/**
 * The same person named differently across sources: the same surname with another first name
 * ("Avi Witkoff" / "Steve Witkoff"), or a full name one or two letters off ("Konyndyk" /
 * "Konyndik"). Only between entities that live in different documents.
 */
export function nameVariants(index: WorkspaceIndex): Finding[] {
  const people = index.entities().filter((e) => e.type === 'person' && e.name.includes(' '));
  const findings: Finding[] = [];
  const docsOf = (e: Entity) => new Set(e.mentions.map((m) => m.uri));
  // Candidate pairs share a surname (another first name), or a first name and a surname one
  // deletion apart (a misspelling): buckets, never all pairs. Crowded buckets (generated or
  // numbered names) are skipped: there a difference of a letter is not a spelling mistake.
  const buckets = new Map<string, Entity[]>();
  const add = (key: string, e: Entity) => {
    const list = buckets.get(key);
    if (!list) buckets.set(key, [e]);
    else if (list.length <= MAX_BUCKET) list.push(e);
  };
  for (const e of people) {
    const space = e.name.indexOf(' ');
    const first = e.name.slice(0, space);
    const surname = e.name.slice(space + 1);
    add(`surname|${surname}`, e);
    add(`first|${first}|${surname}`, e);
    for (let k = 0; k < surname.length; k++)
      add(`first|${first}|${surname.slice(0, k)}${surname.slice(k + 1)}`, e);
  }
  const seen = new Set<string>();
  for (const group of buckets.values()) {
    if (group.length < 2 || group.length > MAX_BUCKET) continue;
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) {
        const a = group[i]!;
        const b = group[j]!;
        const pairKey = a.id < b.id ? `${a.id}|${b.id}` : `${b.id}|${a.id}`;
        if (a.id === b.id || seen.has(pairKey)) continue;
        seen.add(pairKey);
        findings.push(...variantFindings(index, a, b, docsOf));
      }
    }
  }
  return findings;
}

/** The finding pair for two person entities, when they look like one person named two ways. */
function variantFindings(
  index: WorkspaceIndex,
  a: Entity,
  b: Entity,
  docsOf: (e: Entity) => Set<string>,
): Finding[] {
  const [fa, ...ra] = a.name.split(' ');
  const [fb, ...rb] = b.name.split(' ');
  const otherFirstName = ra.join(' ') === rb.join(' ') && fa !== fb;
  const misspelt = a.name.length >= 8 && a.name[0] === b.name[0] && distance(a.name, b.name, 2) <= 2;
  if (!otherFirstName && !misspelt) return [];
  const db = docsOf(b);
  if ([...docsOf(a)].some((d) => db.has(d))) return []; // both in one article: two different people
  const ma = index.definitionOf(a);
  const mb = index.definitionOf(b);
  if (!ma || !mb) return []; // a name typed away a moment ago: no mention left to point at
  const pa = { uri: ma.uri, start: ma.start, end: ma.end };
  const pb = { uri: mb.uri, start: mb.start, end: mb.end };
  const why = otherFirstName ? 'another first name' : 'a spelling one or two letters apart';
  const same = (x: string, y: string, other: string) =>
    `Same person? This source: ${x}. ‘${index.label(other)}’: ${y} (${why}).`;
  const key = findingKey('name-variant', a.name, b.name);
  return bothSides(
    'name-variant',
    key,
    pa,
    pb,
    same(a.name, b.name, mb.uri),
    same(b.name, a.name, ma.uri),
    otherFirstName ? 0.6 : 0.7,
  );
}
