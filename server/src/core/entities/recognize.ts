import type { Block } from '../ingest';
import type { Sentence, Token, ValueSpan } from '../nlp/tokenize';
import { findDates } from './dates';
import { findEquipment } from './equipment';
import { nameKey } from './gazetteer';
import { findNames, type NameSpan } from './names';
import { partyLabels } from './partyLabels';
import { findQuantities } from './quantities';
import type { MentionCandidate } from './types';

export interface RecognizerInput {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  values: ValueSpan[];
  blocks: readonly Block[];
  published: string | null;
}

/** A heading in Title Case: its capitals say nothing about which words are names. */
export function isTitleCase(text: string): boolean {
  const words = text.split(/\s+/).filter((w) => /^\p{L}{4,}/u.test(w));
  if (words.length < 3) return false;
  return words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length >= 0.7;
}

function overlaps(taken: Array<[number, number]>, start: number, end: number): boolean {
  return taken.some(([s, e]) => s < end && start < e);
}

/**
 * Every entity mention candidate of a document, in analysis offsets, without overlaps: dates win
 * over equipment, equipment over names and quantities ("155 mm artillery rounds" is one mention).
 */
export function recognizeMentions(input: RecognizerInput): MentionCandidate[] {
  const { text, tokens } = input;
  const out: MentionCandidate[] = [];
  // wink's number spans come in token order, like the sentences: walk both together.
  let valueIndex = 0;
  for (const sentence of input.sentences) {
    const block = input.blocks[sentence.block];
    const inHeadline = block?.kind === 'heading' && isTitleCase(text.slice(block.start, block.end));
    const taken: Array<[number, number]> = [];
    const from = sentence.tokenStart;
    const to = sentence.tokenEnd;

    for (const d of findDates(text.slice(sentence.start, sentence.end), sentence.start, input.published)) {
      taken.push([d.start, d.end]);
      out.push({
        start: d.start,
        end: d.end,
        surface: d.text,
        kind: 'date',
        key: `date:${d.value ?? nameKey(d.text)}`,
        value: d.value,
        name: d.text,
      });
    }

    for (const eq of findEquipment(tokens, from, to)) {
      const start = tokens[eq.tokenStart]!.start;
      const end = tokens[eq.tokenEnd - 1]!.end;
      if (overlaps(taken, start, end)) continue;
      taken.push([start, end]);
      const surface = text.slice(start, end);
      const mention: MentionCandidate = {
        start,
        end,
        surface,
        kind: 'equipment',
        key: eq.key,
        name: surface,
        inHeadline,
      };
      if (eq.acronym) {
        mention.defines = nameKey(eq.acronym.value);
        const a = tokens[eq.acronym.token]!;
        taken.push([a.start, a.end]);
        out.push({
          start: a.start,
          end: a.end,
          surface: a.value,
          kind: 'equipment',
          key: eq.key,
          name: surface,
          inHeadline,
        });
      }
      out.push(mention);
    }

    while (valueIndex < input.values.length && input.values[valueIndex]!.tokenStart < from) valueIndex++;
    let valueEnd = valueIndex;
    while (valueEnd < input.values.length && input.values[valueEnd]!.tokenStart < to) valueEnd++;
    for (const q of findQuantities(tokens, input.values.slice(valueIndex, valueEnd), from, to)) {
      const start = tokens[q.tokenStart]!.start;
      let end = tokens[q.tokenEnd - 1]!.end;
      // "18 Leopard tanks": the equipment keeps its name, the quantity keeps the figure (counting tanks).
      const equipment = taken.find(([s, e]) => s < end && start < e);
      if (equipment) {
        if (equipment[0] <= start) continue;
        let k = q.tokenEnd - 1;
        while (k > q.tokenStart && tokens[k]!.end > equipment[0]) k--;
        end = tokens[k]!.end;
      }
      if (overlaps(taken, start, end)) continue;
      taken.push([start, end]);
      const surface = text.slice(start, end);
      const key = `quantity:${q.value}|${q.unit ?? ''}|${q.counts ?? ''}`;
      out.push({
        start,
        end,
        surface,
        kind: 'quantity',
        key,
        value: q.value,
        name: surface,
        unit: q.unit,
        counts: q.counts,
        qualifier: q.qualifier,
      });
    }

    taken.push(...partyLabels(tokens, from, to));
    const names = findNames({ tokens, text, from, to }).filter((n) => !overlaps(taken, n.start, n.end));
    linkCoordinated(names, tokens);
    for (const n of names) {
      const mention: MentionCandidate = {
        start: n.start,
        end: n.end,
        surface: n.surface,
        kind: 'name',
        key: n.key,
        evidence: n.evidence,
        inHeadline,
      };
      if (n.defines) mention.defines = n.defines;
      if (n.coordinatedWith) mention.coordinatedWith = n.coordinatedWith;
      if (n.affiliation) mention.affiliation = n.affiliation;
      out.push(mention);
    }
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** "Jared Kushner and Avi Witkoff": conjuncts share a type. */
function linkCoordinated(names: NameSpan[], tokens: Token[]): void {
  for (let i = 0; i + 1 < names.length; i++) {
    const a = names[i]!;
    const b = names[i + 1]!;
    const between = tokens.slice(a.tokenEnd, b.tokenStart).map((t) => t.value);
    if (between.length === 1 && (between[0] === 'and' || between[0] === ',' || between[0] === 'or')) {
      a.coordinatedWith = [...(a.coordinatedWith ?? []), b.key];
      b.coordinatedWith = [...(b.coordinatedWith ?? []), a.key];
    }
  }
}
