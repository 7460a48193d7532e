import type { AnalysisMemo } from '../index/analysisMemo';
import type { Block } from '../ingest';
import type { Sentence, Token, ValueSpan } from '../nlp/tokenize';
import { creditRanges } from './credits';
import { markDatelinePlace } from './datelinePlaces';
import { type DateSpan, findDates } from './dates';
import { findEquipment } from './equipment';
import { nameKey } from './gazetteer';
import { isTitleCase } from './headline';
import { hyphenatedNameEnd } from './hyphenatedNames';
import { findNames, type NameFinderContext, type NameSpan } from './names';
import { consistentNames, type SentenceNames } from './ner/document';
import { isAllCaps, type SentenceContext } from './ner/features';
import { ruleHints } from './ner/hints';
import { nerWeights, type TaggedName, tagSentence } from './ner/tagger';
import { caseTablesOf, truecasedTokens } from './ner/truecase';
import { partyLabels } from './partyLabels';
import { findQuantities } from './quantities';
import { combineNames, type SentenceShape } from './taggedNames';
import type { MentionCandidate } from './types';

export interface RecognizerInput {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  values: ValueSpan[];
  blocks: readonly Block[];
  published: string | null;
  /** Results of the last analysis of this document, reused for unchanged sentences. */
  memo?: AnalysisMemo;
}

export { isTitleCase } from './headline';

/** The dates of a sentence; with a memo, found once per sentence text and publication date. */
function datesOf(sentence: string, offset: number, { published, memo }: RecognizerInput): DateSpan[] {
  if (!memo) return findDates(sentence, offset, published);
  const found = memo.get(`dates\u0000${published}\u0000${sentence}`, () => findDates(sentence, 0, published));
  return found.map((d) => ({ ...d, start: d.start + offset, end: d.end + offset }));
}

/** The tagger's names of tokens[from, to); with a memo, tagged once per sentence and context. */
function taggedNames(
  tokens: Token[],
  from: number,
  to: number,
  context: Required<SentenceContext>,
  memo: AnalysisMemo | undefined,
): TaggedName[] {
  if (!memo) return tagSentence(tokens, from, to, context);
  // Everything the tagger reads: the sentence's words, tags and lemmas, and its context.
  let key = `tags\u0000${context.headline ? 1 : 0}${context.caps ? 1 : 0}${context.hints.join('')}`;
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    key += `\u0000${t.value}\u0001${t.pos}\u0001${t.lemma}`;
  }
  const found = memo.get(key, () =>
    tagSentence(tokens, from, to, context).map((n) => ({
      ...n,
      tokenStart: n.tokenStart - from,
      tokenEnd: n.tokenEnd - from,
    })),
  );
  return found.map((n) => ({ ...n, tokenStart: n.tokenStart + from, tokenEnd: n.tokenEnd + from }));
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
  // Names are read in truecased all-caps sentences ("LEEDS BEAT CHELSEA" as "Leeds beat Chelsea");
  // offsets are the text's, so mentions keep the text's capitals.
  const capitals = input.sentences.map((s) => isAllCaps(tokens, s.tokenStart, s.tokenEnd));
  const nameTokens = truecasedTokens(tokens, input.sentences, capitals, caseTablesOf(nerWeights()));
  const out: MentionCandidate[] = [];
  // wink's number spans come in token order, like the sentences: walk both together.
  let valueIndex = 0;
  const sentenceNames: Array<SentenceNames & { inHeadline: boolean }> = [];
  const pending: Array<{
    ctx: NameFinderContext;
    rules: NameSpan[];
    shape: SentenceShape;
    taken: Array<[number, number]>;
  }> = [];
  input.sentences.forEach((sentence, sentenceIndex) => {
    const block = input.blocks[sentence.block];
    const inHeadline = block?.kind === 'heading' && isTitleCase(text.slice(block.start, block.end));
    const taken: Array<[number, number]> = [];
    const from = sentence.tokenStart;
    const to = sentence.tokenEnd;

    for (const d of datesOf(text.slice(sentence.start, sentence.end), sentence.start, input)) {
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
    for (const credit of creditRanges(text.slice(sentence.start, sentence.end), sentence.start))
      taken.push(credit);
    const ctx = { tokens: nameTokens, text, from, to };
    const rules = findNames(ctx);
    const shape = {
      headline: inHeadline,
      caps: capitals[sentenceIndex]!,
      // Only names care, and most sentences of a long document have none.
      titleCase: inHeadline || (rules.length > 0 && isTitleCase(text.slice(sentence.start, sentence.end))),
    };
    pending.push({ ctx, rules, shape, taken });
  });
  // Every sentence tagged in one pass: the tagger's weight rows stay in the processor's cache
  // (interleaved with dates and quantities, tagging took twice as long).
  const tagged = pending.map(({ ctx: { from, to }, rules, shape }) =>
    taggedNames(
      nameTokens,
      from,
      to,
      { headline: shape.headline, caps: shape.caps, hints: ruleHints(rules, from, to) },
      input.memo,
    ),
  );
  pending.forEach(({ ctx, rules, shape, taken }, i) => {
    const blocked = (s: number, e: number) => overlaps(taken, tokens[s]!.start, tokens[e - 1]!.end);
    const names = combineNames(ctx, rules, tagged[i]!, shape).filter((n) => !overlaps(taken, n.start, n.end));
    markDatelinePlace(names, tokens, ctx.from, ctx.to);
    sentenceNames.push({ from: ctx.from, to: ctx.to, names, blocked, inHeadline: shape.headline });
  });
  consistentNames({ tokens: nameTokens, text }, sentenceNames);
  for (const { names, inHeadline } of sentenceNames) {
    linkCoordinated(names, nameTokens);
    for (const n of names) {
      const end = hyphenatedNameEnd(text, n.start, n.end);
      const surface = end === n.end ? n.surface : text.slice(n.start, end);
      const mention: MentionCandidate = {
        start: n.start,
        end,
        surface,
        kind: 'name',
        key: end === n.end ? n.key : nameKey(surface),
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
