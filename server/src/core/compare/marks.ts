import { type Alignment, align, type Link } from '../alignment/align';
import type { SentenceView, Unit } from '../alignment/view';
import type { DetectContext } from '../contradictions/context';
import {
  agentOf,
  headOf,
  isParticipant,
  patientOf,
  recipientOf,
  sameThing,
} from '../contradictions/kinds/detector';
import type { DifferenceKind, Mark, SentenceRef } from './types';

export interface PairMarks {
  a: Mark[];
  b: Mark[];
}

/**
 * What an analyst should see when two versions of a claim are side by side: the words that say the
 * same thing linked, and the differences marked by kind — read from the same alignment and the
 * same role helpers the detectors use, so the marks explain the findings.
 */
export function pairMarks(context: DetectContext, a: SentenceRef, b: SentenceRef): PairMarks | null {
  const va = context.view(a.uri, a.sentence);
  const vb = context.view(b.uri, b.sentence);
  if (!va || !vb) return null;
  const al = align(va, vb);
  const marks: PairMarks = { a: [], b: [] };
  for (const [i, link] of al.links.entries()) markLink(marks, link, i + 1);
  markAlone(marks, al);
  markActors(marks, al);
  return marks;
}

const span = (u: Unit, extra: Omit<Mark, 'start' | 'end'>): Mark => ({
  start: u.start,
  end: u.end,
  ...extra,
});

/** A linked pair; negation, openness or future on one side only is a difference on both. */
function markLink(marks: PairMarks, link: Link, id: number): void {
  const difference = stateDifference(link.a, link.b);
  marks.a.push(span(link.a, difference ? { link: id, difference } : { link: id }));
  marks.b.push(span(link.b, difference ? { link: id, difference } : { link: id }));
}

function stateDifference(x: Unit, y: Unit): DifferenceKind | undefined {
  if (x.negated !== y.negated) return 'negation';
  if (!x.open !== !y.open) return 'hedge';
  if (x.future !== y.future) return 'future';
  return undefined;
}

/** Figures and dates each side states alone: changed when both sides have one, else only here. */
function markAlone(marks: PairMarks, al: Alignment): void {
  for (const kind of ['number', 'date'] as const) {
    const onA = al.aloneA.filter((u) => u.kind === kind);
    const onB = al.aloneB.filter((u) => u.kind === kind);
    const changed: DifferenceKind = kind === 'number' ? 'figure' : 'date';
    const both = onA.length > 0 && onB.length > 0;
    for (const u of onA) marks.a.push(span(u, { difference: both ? changed : 'only' }));
    for (const u of onB) marks.b.push(span(u, { difference: both ? changed : 'only' }));
  }
  for (const u of al.aloneA) if (isNamed(u)) marks.a.push(span(u, { difference: 'only' }));
  for (const u of al.aloneB) if (isNamed(u)) marks.b.push(span(u, { difference: 'only' }));
}

/** A person, organisation or place: equipment named in other words ("heavy" / "large bombs") is not news. */
const isNamed = (u: Unit): boolean => u.kind === 'entity' && !u.key.startsWith('equipment:');

type Role = 'agent' | 'patient' | 'recipient';

/** The participants of a verb by role, as the role detector reads them. */
function rolesOf(view: SentenceView, verb: Unit): Array<[Role, Unit]> {
  const out: Array<[Role, Unit]> = [];
  const add = (role: Role, np: Unit[]) => {
    for (const u of np) if (isParticipant(u)) out.push([role, u]);
  };
  add('agent', agentOf(view, verb));
  add('patient', patientOf(view, verb));
  add('recipient', recipientOf(view, verb));
  return out;
}

/**
 * For each act both sides state: a named doer on each side that is not the same one, or one
 * participant in another role on each side (the buyer of one is the seller of the other).
 */
function markActors(marks: PairMarks, al: Alignment): void {
  for (const verbs of al.links.filter((l) => l.a.tag === 'V' && l.b.tag === 'V')) {
    const rolesA = rolesOf(al.a, verbs.a);
    const rolesB = rolesOf(al.b, verbs.b);
    const agentA = headOf(rolesA.filter(([r]) => r === 'agent').map(([, u]) => u));
    const agentB = headOf(rolesB.filter(([r]) => r === 'agent').map(([, u]) => u));
    if (agentA && agentB && !sameThing(al, agentA, agentB)) {
      marks.a.push(span(agentA, { difference: 'actor' }));
      marks.b.push(span(agentB, { difference: 'actor' }));
    }
    for (const [roleA, x] of rolesA)
      for (const [roleB, y] of rolesB)
        if (roleA !== roleB && sameThing(al, x, y)) {
          marks.a.push(span(x, { difference: 'actor' }));
          marks.b.push(span(y, { difference: 'actor' }));
        }
  }
}
