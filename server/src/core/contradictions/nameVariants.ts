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

/**
 * The same person named differently across sources: the same surname with another first name
 * ("Avi Witkoff" / "Steve Witkoff"), or a full name one or two letters off ("Konyndyk" /
 * "Konyndik"). Only between entities that live in different documents.
 */
export function nameVariants(index: WorkspaceIndex): Finding[] {
  const people = index.entities().filter((e) => e.type === 'person' && e.name.includes(' '));
  const findings: Finding[] = [];
  const docsOf = (e: Entity) => new Set(e.mentions.map((m) => m.uri));
  for (let i = 0; i < people.length; i++) {
    for (let j = i + 1; j < people.length; j++) {
      const a = people[i]!;
      const b = people[j]!;
      const [fa, ...ra] = a.name.split(' ');
      const [fb, ...rb] = b.name.split(' ');
      const surnameA = ra.join(' ');
      const surnameB = rb.join(' ');
      const otherFirstName = surnameA === surnameB && fa !== fb;
      const misspelt = a.name.length >= 8 && a.name[0] === b.name[0] && distance(a.name, b.name, 2) <= 2;
      if (!otherFirstName && !misspelt) continue;
      const da = docsOf(a);
      const db = docsOf(b);
      if ([...da].some((d) => db.has(d))) continue; // both in one article: two different people
      const ma = index.definitionOf(a)!;
      const mb = index.definitionOf(b)!;
      const key = findingKey('name-variant', a.name, b.name);
      const pa = { uri: ma.uri, start: ma.start, end: ma.end };
      const pb = { uri: mb.uri, start: mb.start, end: mb.end };
      const why = otherFirstName ? 'another first name' : 'a spelling one or two letters apart';
      const same = (x: string, y: string, other: string) =>
        `Same person? This source: ${x}. ‘${index.label(other)}’: ${y} (${why}).`;
      findings.push(
        ...bothSides(
          'name-variant',
          key,
          pa,
          pb,
          same(a.name, b.name, mb.uri),
          same(b.name, a.name, ma.uri),
          otherFirstName ? 0.6 : 0.7,
        ),
      );
    }
  }
  return findings;
}
