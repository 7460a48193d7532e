import { gazetteer, nameKey } from './gazetteer';
import type { Entity, EntityMention } from './resolve';

/**
 * Seats that stand for a country's government ("the White House said"): a later bare "the
 * administration" in the same article is that government. Data, and the contradiction detector's
 * country of these organisations too (`contradictions/lexicon.ts`).
 */
export const GOVERNMENT_SEATS: Readonly<Record<string, string>> = {
  'White House': 'United States',
  Kremlin: 'Russia',
  'Downing Street': 'United Kingdom',
};

/**
 * A bare "the administration" ("The administration has withheld …"): lower case, so not "the
 * Administration for Children"; right after "the", so not "the Biden administration" (a name).
 */
const BARE_ADMINISTRATION = /\b[Tt]he (administration)\b/g;

/** What the rule reads of a resolution: entities, and the entity a name stands for. */
export interface GovernmentLookup {
  entity(id: string): Entity | undefined;
  /** The entity a name key stands for in the workspace ("biden" → Joe Biden), if any. */
  named(key: string): Entity | undefined;
  /** The place entity of a country's canonical name ("United States"), if the workspace has one. */
  country(name: string): Entity | undefined;
}

/**
 * The country a government's name stands for: a seat ("White House"), or "X administration" whose X
 * is a country ("the U.S. administration"), its people ("the Israeli administration") or a leader
 * serving one country ("Biden administration": Joe Biden, “U.S. President” in the workspace).
 */
function countryOfGovernment(
  e: Entity,
  peopleHere: readonly Entity[],
  lookup: GovernmentLookup,
): string | undefined {
  const seat = GOVERNMENT_SEATS[e.name];
  if (seat) return seat;
  const head = e.type === 'organization' ? /^(.+) administration$/.exec(e.name)?.[1] : undefined;
  if (!head) return undefined;
  const g = gazetteer();
  const place = g.placeOf(nameKey(head)) ?? g.countryOfDemonym(head);
  if (place) return place;
  // The article's own person of that name first ("Biden" is Joe Biden here), else the workspace's.
  const leader =
    peopleHere.find((p) => p.name === head || p.name.endsWith(` ${head}`)) ?? lookup.named(nameKey(head));
  return leader?.type === 'person' && leader.affiliations?.length === 1 ? leader.affiliations[0] : undefined;
}

/**
 * Mentions of the government a document names, for its later bare "the administration": after “the
 * Biden administration” or “the White House”, “the administration” is the United States (the
 * country entity, as the actor of the sentence it is in). Only inside the document's sentences,
 * only after a government is named, never overlapping a mention; the nearest government named
 * before decides. Returns the new mentions only.
 */
export function governmentReferences(
  doc: { uri: string; text: string; sentences: ReadonlyArray<{ start: number; end: number }> },
  mentions: readonly EntityMention[],
  lookup: GovernmentLookup,
): EntityMention[] {
  const entities = mentions.map((m) => lookup.entity(m.entityId));
  const people = entities.filter((e): e is Entity => e?.type === 'person');
  // Where each government is named, and the country it stands for.
  const named: Array<{ at: number; countryId: string }> = [];
  mentions.forEach((m, i) => {
    const e = entities[i];
    const country = e && countryOfGovernment(e, people, lookup);
    const id = country && lookup.country(country)?.id;
    if (id) named.push({ at: m.end, countryId: id });
  });
  if (named.length === 0) return [];
  const out: EntityMention[] = [];
  let m = 0; // cursors: sentences, hits and both lists are in document order
  let g = -1;
  for (const s of doc.sentences) {
    for (const hit of doc.text.slice(s.start, s.end).matchAll(BARE_ADMINISTRATION)) {
      const start = s.start + hit.index! + hit[0].length - hit[1]!.length;
      const end = start + hit[1]!.length;
      while (g + 1 < named.length && named[g + 1]!.at <= start) g++;
      while (m < mentions.length && mentions[m]!.end <= start) m++;
      const overlaps = m < mentions.length && mentions[m]!.start < end;
      if (g >= 0 && !overlaps) out.push({ uri: doc.uri, start, end, entityId: named[g]!.countryId });
    }
  }
  return out;
}
