import type { Token } from '../nlp/tokenize';
import { gazetteer } from './gazetteer';
import { CALENDAR_WORDS, NOT_NAMES, ORG_HEADS, PLACE_HEADS, TITLE_HEADS } from './lexicon';
import {
  CITY_STRENGTH,
  isNationality,
  type NameFinderContext,
  type NameSpan,
  plainName,
  TITLE_MODIFIERS,
} from './names';
import type { TaggedName } from './ner/tagger';
import { nameTypeOf } from './ner/tagger';

/**
 * Evidence the statistical tagger's decision adds to a name, per mention. Stronger than a context cue
 * (2), weaker than the gazetteer (4): a known country stays a place whatever one sentence looked like.
 */
export const TAGGER_STRENGTH = 2;

/** "THE" in a shouted headline is "The". */
const asWord = (value: string): string =>
  value.length > 1 && value === value.toUpperCase() ? value.charAt(0) + value.slice(1).toLowerCase() : value;
const isArticle = (t: Token): boolean => NOT_NAMES.has(asWord(t.value)) || t.value === 'the';
const isTitleWord = (t: Token): boolean =>
  TITLE_HEADS.has(asWord(t.value)) || TITLE_MODIFIERS.has(asWord(t.value)) || isArticle(t);

const DASH = /^[-\u2013\u2014]{1,2}$/;

/** Words that may end a name: capitalised or a number ("Leopard 2"), never a lowercase noun ("base"). */
const canEndName = (t: Token): boolean => /^[\p{Lu}\p{N}]/u.test(t.value);

/** A model designation: letters then digits ("A380", "F-35", "MQ-9"). */
const MODEL_NUMBER = /^\p{Lu}{1,3}-?\d+\p{L}?$/u;

/**
 * The tagged range without what this project keeps out of names: leading titles of people
 * ("President"), leading articles ("The"), trailing lowercase words ("Hakirya base"), a company's
 * model number ("Airbus A380").
 */
function trimmed(tokens: Token[], name: TaggedName, caps: boolean): [number, number] | null {
  let s = name.tokenStart;
  let e = name.tokenEnd;
  // "WASHINGTON — Hillary Clinton": a dash between words ends what came before it (a dateline).
  for (let k = e - 1; k > s; k--) {
    if (!DASH.test(tokens[k]!.value)) continue;
    s = k + 1;
    break;
  }
  const leading = name.type === 'PER' ? isTitleWord : isArticle;
  // In a truecased sentence of capitals, lower case is a guess: the tagger's span stands ("MICHAEL TIEN").
  const startsName = (t: Token) => caps || /^[\p{Lu}\p{N}@#]/u.test(t.value);
  while (s < e && (leading(tokens[s]!) || !startsName(tokens[s]!))) s++;
  while (e > s && !caps && !canEndName(tokens[e - 1]!)) e--;
  // "Airbus A380": the company is not its model.
  if (name.type === 'ORG' && e - s >= 2 && MODEL_NUMBER.test(tokens[e - 1]!.value)) e--;
  if (s >= e) return null;
  // A lone nationality is an adjective, not the country's name ("Israeli officials").
  if (e - s === 1 && isNationality(tokens[s]!.value)) return null;
  return [s, e];
}

/**
 * "the International Monetary Fund and the World Bank" tagged as one name: two names, since "and
 * the" joins two noun phrases ("Procter & Gamble", "Marks and Spencer" have no article).
 */
function coordinatedParts(tokens: Token[], name: TaggedName): TaggedName[] {
  for (let k = name.tokenStart + 1; k < name.tokenEnd - 2; k++) {
    if (tokens[k]!.value.toLowerCase() !== 'and' || tokens[k + 1]!.value.toLowerCase() !== 'the') continue;
    return [{ ...name, tokenEnd: k }, ...coordinatedParts(tokens, { ...name, tokenStart: k + 2 })];
  }
  return [name];
}

const overlapsTokens = (a: { tokenStart: number; tokenEnd: number }, s: number, e: number) =>
  a.tokenStart < e && s < a.tokenEnd;

/** What the capitals of a sentence say: a heading in Title Case, Title Case text, shouted text. */
export interface SentenceShape {
  headline: boolean;
  titleCase: boolean;
  caps: boolean;
}

/**
 * The names of one sentence: the tagger decides where plain names are and of which type; the rules
 * keep what they know better (titled names and their countries, "the Biden administration",
 * "US-Israel"), and a known country or organisation the tagger missed.
 */
export function combineNames(
  ctx: NameFinderContext,
  rules: NameSpan[],
  tagged: TaggedName[],
  sentence: SentenceShape,
): NameSpan[] {
  const ranges = tagged
    .flatMap((t) => coordinatedParts(ctx.tokens, t))
    .map((t) => ({ t, range: trimmed(ctx.tokens, t, sentence.caps) }))
    .filter((x): x is { t: TaggedName; range: [number, number] } => x.range !== null);
  for (const x of ranges) if (x.t.type === 'PER') x.range = withSurname(ctx.tokens, x.range, rules, ranges);
  const out: NameSpan[] = [];
  const used = new Set<number>();
  const { headline, titleCase } = sentence;
  for (const rule of rules) {
    const same = ranges.findIndex(
      ({ range: [s, e] }) => rule.tokenStart === s && rule.tokenEnd === e && !used.has(s),
    );
    if (same >= 0) {
      used.add(ranges[same]!.range[0]);
      out.push(withTaggedType(rule, ranges[same]!.t));
      continue;
    }
    const inside = ranges.filter(({ range: [s, e] }) => overlapsTokens(rule, s, e));
    if (rule.rule !== 'plain') {
      out.push(rule);
      continue;
    }
    if (inside.length === 0) {
      const kept = untaggedChunk(ctx.tokens, rule, ranges, sentence);
      if (kept) out.push(kept);
      continue;
    }
    // A whole known name beats a part of it the tagger saw ("United Arab" of "United Arab Emirates").
    if (
      isGazetteerName(rule) &&
      inside.every(({ range: [s, e] }) => rule.tokenStart <= s && e <= rule.tokenEnd)
    ) {
      for (const { range } of inside) used.add(range[0]);
      out.push(rule);
      continue;
    }
    // "Ran Gvili": mid-sentence capitals around one tagged name belong to it (not in a headline,
    // where capitals say nothing).
    const only = inside.length === 1 ? inside[0]! : null;
    if (only && !headline && !titleCase && extendsTo(ctx, only.range, rule, only.t.type)) {
      used.add(only.range[0]);
      out.push(withTaggedType(rule, only.t));
    }
  }
  for (const { t, range } of ranges) {
    const [s, e] = range;
    if (used.has(s) || out.some((n) => overlapsTokens(n, s, e))) continue;
    out.push(withTaggedType(plainName(ctx, s, e), t));
  }
  return out.sort((a, b) => a.tokenStart - b.tokenStart);
}

/** A plain rule chunk the tagger saw no name in: kept, kept untyped (in a headline) or dropped. */
function untaggedChunk(
  tokens: Token[],
  rule: NameSpan,
  ranges: ReadonlyArray<{ range: [number, number] }>,
  { caps, titleCase }: SentenceShape,
): NameSpan | null {
  if (
    isKnown(rule) ||
    // In a shouted dateline or headline ("ROME 1996-12-06") a city of the gazetteer is enough.
    (caps && rule.evidence.place >= CITY_STRENGTH) ||
    (!caps && coordinatedWithTagged(tokens, rule, ranges)) ||
    (!titleCase && isFullName(rule))
  )
    return rule;
  // In a headline the chunk types nothing but known names inside it are still found ("US
  // Strategy" holds "US"), and it is a mention of a name typed elsewhere.
  return titleCase && !caps ? untyped(rule) : null;
}

/** Words a tagged name does not grow into: a person's into an organisation's or place's head
 * ("Andy Warhol" of "Andy Warhol Foundation"), any name into a title, a month or a model number
 * ("Airbus" of "Airbus A380"). */
const stopsName = (value: string, type: TaggedName['type']): boolean =>
  /\d/.test(value) ||
  TITLE_HEADS.has(value) ||
  CALENDAR_WORDS.has(value) ||
  (type === 'PER' && (ORG_HEADS.has(value) || PLACE_HEADS.has(value)));

/**
 * A tagged first name alone takes the capitalised word the rules read with it ("Steve" of
 * "Apple Inc. Steve Jobs", where "Jobs" is also a common noun and the tagger stopped).
 */
function withSurname(
  tokens: Token[],
  [s, e]: [number, number],
  rules: readonly NameSpan[],
  ranges: ReadonlyArray<{ range: [number, number] }>,
): [number, number] {
  if (e - s !== 1 || !gazetteer().isFirstName(tokens[s]!.value)) return [s, e];
  const rule = rules.find((r) => r.tokenStart <= s && e < r.tokenEnd);
  const next = tokens[e];
  const surname =
    rule &&
    next &&
    /^\p{Lu}/u.test(next.value) &&
    !stopsName(asWord(next.value), 'PER') &&
    !ranges.some(({ range }) => range[0] <= e && e < range[1]);
  return surname ? [s, e + 1] : [s, e];
}

/**
 * The rule's chunk holds the tagged range, and what it adds are capitalised words of running text
 * that do not stop the name ("Apple" grows into "Apple Inc.", a person not into "… Foundation").
 */
function extendsTo(
  ctx: NameFinderContext,
  [s, e]: [number, number],
  rule: NameSpan,
  type: TaggedName['type'],
): boolean {
  if (rule.tokenStart > s || e > rule.tokenEnd) return false;
  const { tokens } = ctx;
  for (let k = rule.tokenStart; k < rule.tokenEnd; k++) {
    if (k >= s && k < e) continue;
    // Capitals inside running text are names; at the sentence start only a proper noun is.
    if (k === ctx.from && tokens[k]!.pos !== 'PROPN') return false;
    if (stopsName(asWord(tokens[k]!.value), type)) return false;
  }
  return true;
}

function withTaggedType(name: NameSpan, t: TaggedName): NameSpan {
  const type = nameTypeOf(t.type);
  name.evidence[type] += TAGGER_STRENGTH;
  const g = gazetteer();
  if (type !== 'place' && g.isCity(name.key) && !g.placeOf(name.key))
    name.evidence.place = Math.max(0, name.evidence.place - CITY_STRENGTH);
  name.taggedAs = type;
  return name;
}

function untyped(name: NameSpan): NameSpan {
  name.evidence = { person: 0, organization: 0, place: 0 };
  return name;
}

/** A country, region or organisation of the gazetteer under its full name. */
function isGazetteerName(n: NameSpan): boolean {
  const g = gazetteer();
  return !!(g.placeOf(n.key) ?? g.organizationOf(n.key));
}

const CONJUNCTIONS = new Set(['and', 'or', ',', '&']);

/** "GM and Chrysler" where the tagger saw only "Chrysler": a conjunct of a tagged name is a name. */
function coordinatedWithTagged(
  tokens: Token[],
  n: NameSpan,
  ranges: ReadonlyArray<{ range: [number, number] }>,
): boolean {
  const after = tokens[n.tokenEnd]?.value;
  const before = tokens[n.tokenStart - 1]?.value;
  return ranges.some(
    ({ range: [s, e] }) =>
      (s === n.tokenEnd + 1 && after !== undefined && CONJUNCTIONS.has(after)) ||
      (e === n.tokenStart - 1 && before !== undefined && CONJUNCTIONS.has(before)),
  );
}

/** A known first name and a surname in running text ("Ran Gvili"): the rules' evidence suffices. */
const isFullName = (n: NameSpan): boolean => n.tokenEnd - n.tokenStart >= 2 && n.evidence.person >= 2;

/**
 * Kept even where the tagger saw no name: a gazetteer country or region, a known organisation, or
 * a name with an organisation cue ("Siemens shares", "Hamas fighters").
 */
const isKnown = (n: NameSpan): boolean => n.evidence.place >= 4 || n.evidence.organization >= 2;
