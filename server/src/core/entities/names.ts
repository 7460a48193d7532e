import type { Token } from '../nlp/tokenize';
import { gazetteer, nameKey } from './gazetteer';
import {
  CALENDAR_WORDS,
  NOT_NAMES,
  ORG_FOLLOWERS,
  ORG_HEADS,
  ORG_HEADS_WITH_OF,
  PERSON_ROLE_NOUNS,
  PLACE_FOLLOWERS,
  PLACE_HEADS,
  PLACE_PREPOSITIONS,
  TITLE_HEADS,
} from './lexicon';
import { isAcronym, isCapitalized, lower, withoutPossessive } from './tokens';
import type { NameType, TypeEvidence } from './types';

/** A proper name found in a sentence, with what its context says about its type. */
export interface NameSpan {
  tokenStart: number;
  tokenEnd: number;
  /** Analysis offsets; the end may stop short of the last token (possessive). */
  start: number;
  end: number;
  surface: string;
  key: string;
  evidence: TypeEvidence;
  defines?: string;
  coordinatedWith?: string[];
  /** The country a titled person serves: "US President Joe Biden", "Israeli Prime Minister …". */
  affiliation?: string;
  /** Which rule found it: a plain capitalised chunk, or a rule that knows more than capitals. */
  rule: 'plain' | 'titled' | 'administration' | 'split';
  /** The type the statistical tagger gave this span, when it found it. */
  taggedAs?: NameType;
}

/** Title words before a title head that belong to the title: "Prime", "Defense", "National Security". */
export const TITLE_MODIFIERS = new Set(
  `Prime|Defense|Defence|Finance|Foreign|Interior|Justice|Health|Education|Economy|Economic|Trade|Energy|Security|
  National|Special|Deputy|Vice|Senior|Former|Acting|Interim|Executive|Supreme|General|Attorney|Press|Home|Treasury|
  Transport|Agriculture|Labor|Labour|Culture|Environment|Military|Strategic|Affairs|Chief|First|Assistant|Principal|
  Presidential|Communications|Intelligence|Homeland|Commerce|State|Minister|Secretary|Cabinet|Opposition|Majority|
  Minority|Senate|House|Council|Ruling|Crown|Grand|High|Lord|Field|Lieutenant|Major|Brigadier|Rear|Staff|Joint`.split(
    /\s*\|\s*/,
  ),
);
/** Title heads after which an unknown prefix is the employer: "Northrop Grumman CEO". */
const EMPLOYER_TITLES = new Set([
  'CEO',
  'CFO',
  'COO',
  'CTO',
  'Director',
  'Chairman',
  'Chairwoman',
  'Chief',
  'Spokesman',
  'Spokeswoman',
  'Spokesperson',
  'Founder',
  'Analyst',
]);
const CONNECTORS = new Set(['of', 'for']);
/** Nationalities and regional adjectives: "Israelis", "European", "North American". */
const REGIONAL_ADJECTIVES = new Set([
  'European',
  'Europeans',
  'African',
  'Africans',
  'Asian',
  'Asians',
  'Arab',
  'Arabs',
  'Scandinavian',
  'Nordic',
  'Baltic',
  'Balkan',
  'Caribbean',
  'Kurdish',
  'Kurds',
  'Jewish',
  'Muslim',
  'Muslims',
  'Christian',
  'Christians',
  'Sunni',
  'Shia',
  'Shiite',
]);
export function isNationality(word: string): boolean {
  return REGIONAL_ADJECTIVES.has(word) || !!gazetteer().countryOfDemonym(word);
}

/**
 * Evidence of a name in the city gazetteer: weak, since many surnames are also some town's name
 * ("Clinton"); the tagger, which sees the same gazetteer as a feature, overrules it.
 */
export const CITY_STRENGTH = 1.5;

const noEvidence = (): TypeEvidence => ({ person: 0, organization: 0, place: 0 });

function isNameToken(tokens: Token[], i: number, sentenceStart: number): boolean {
  const t = tokens[i]!;
  if (!isCapitalized(t) || CALENDAR_WORDS.has(t.value)) return false;
  if (/^\p{Lu}{6,}$/u.test(t.value)) return false; // shouting or credits, not a name
  if (!/^[\p{L}\p{N}][\p{L}\p{N}.&'’-]*$/u.test(t.value)) return false;
  if (i === sentenceStart || tokens[i - 1]?.value === '"' || tokens[i - 1]?.value === '“') {
    return t.pos === 'PROPN' && !NOT_NAMES.has(t.value);
  }
  // Mid-sentence capitals are names whatever the tagger thought ("Ran Gvili"), except "I".
  return t.pos !== 'PUNCT' && t.pos !== 'SYM' && t.value !== 'I';
}

/** Maximal runs of name tokens, joined across "of"/"for" after heads that take them. */
function chunks(tokens: Token[], from: number, to: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let i = from;
  while (i < to) {
    if (!isNameToken(tokens, i, from)) {
      i++;
      continue;
    }
    let e = i + 1;
    for (;;) {
      if (e < to && isNameToken(tokens, e, from)) {
        e++;
        continue;
      }
      // "Secretary of State", "Envoy for the Lebanon Crisis", "Bank of America"
      if (e + 1 < to && CONNECTORS.has(tokens[e]!.value) && ORG_HEADS_WITH_OF.has(tokens[e - 1]!.value)) {
        const skip = tokens[e + 1]!.value === 'the' ? 2 : 1;
        if (e + skip < to && isNameToken(tokens, e + skip, from)) {
          e += skip + 1;
          continue;
        }
      }
      break;
    }
    let s = i;
    while (s < e && NOT_NAMES.has(tokens[s]!.value)) s++;
    let end = e;
    while (end > s && (NOT_NAMES.has(tokens[end - 1]!.value) || CONNECTORS.has(tokens[end - 1]!.value)))
      end--;
    if (end > s) out.push([s, end]);
    i = e;
  }
  return out;
}

export interface NameFinderContext {
  tokens: Token[];
  text: string;
  from: number;
  to: number;
}

/**
 * Proper names with type evidence from titles, heads, gazetteers and context. Evidence is summed over
 * the whole workspace later, so a name typed in one sentence is typed everywhere.
 */
export function findNames(ctx: NameFinderContext): NameSpan[] {
  const { tokens, from, to } = ctx;
  const names: NameSpan[] = [];
  for (const [s, e] of chunks(tokens, from, to)) {
    if (e - s === 1 && splitHyphenatedPlaces(ctx, s, names)) continue;
    if (isNationality(tokens[e - 1]!.value)) continue; // "Israelis", "North American"
    let h = -1;
    for (let k = e - 1; k >= s; k--) {
      if (TITLE_HEADS.has(tokens[k]!.value)) {
        h = k;
        break;
      }
    }
    // "General Motors", "General Dynamics": a title word inside an organisation's name.
    if (h >= 0 && !ORG_HEADS.has(tokens[e - 1]!.value)) {
      titledName(ctx, s, h, e, names);
      continue;
    }
    const administration = tokens[e];
    if (
      administration?.lemma === 'administration' &&
      administration.pos === 'NOUN' &&
      !isCapitalized(administration)
    ) {
      // "the Biden administration" is an actor of its own, not the person.
      names.push({
        ...span(ctx, s, e + 1, { person: 0, organization: 3, place: 0 }),
        rule: 'administration',
      });
      continue;
    }
    names.push(plainName(ctx, s, e));
  }
  return names;
}

function span(
  ctx: NameFinderContext,
  s: number,
  e: number,
  evidence = noEvidence(),
  rule: NameSpan['rule'] = 'titled',
): NameSpan {
  const start = ctx.tokens[s]!.start;
  const rawEnd = ctx.tokens[e - 1]!.end;
  const surface = withoutPossessive(ctx.text.slice(start, rawEnd));
  return {
    tokenStart: s,
    tokenEnd: e,
    start,
    end: start + surface.length,
    surface,
    key: nameKey(surface),
    evidence,
    rule,
  };
}

/** "US-Israel", "U.S.-Israel": two places in one token. */
function splitHyphenatedPlaces(ctx: NameFinderContext, i: number, out: NameSpan[]): boolean {
  const t = ctx.tokens[i]!;
  if (!t.value.includes('-')) return false;
  const parts = t.value.split('-');
  const g = gazetteer();
  let offset = t.start;
  let found = false;
  for (const part of parts) {
    if (part && g.placeOf(nameKey(part))) {
      out.push({
        tokenStart: i,
        tokenEnd: i + 1,
        start: offset,
        end: offset + part.length,
        surface: part,
        key: nameKey(part),
        evidence: { person: 0, organization: 0, place: 4 },
        rule: 'split',
      });
      found = true;
    }
    offset += part.length + 1;
  }
  return found || /^\p{Lu}/u.test(parts[1] ?? '') === false;
}

/** "US Secretary of Defense Lloyd Austin" → place "US" + person "Lloyd Austin". */
function titledName(ctx: NameFinderContext, s: number, h: number, e: number, out: NameSpan[]): void {
  const { tokens } = ctx;
  const g = gazetteer();
  // The name after the title (and after an "of X"/"for the X" complement).
  let nameStart = h + 1;
  if (nameStart < e && CONNECTORS.has(tokens[nameStart]!.value)) {
    let k = nameStart + 1;
    if (tokens[k]?.value === 'the') k++;
    const firstName = tokens.slice(k, e).findIndex((t) => g.isFirstName(t.value));
    const restLength = e - k;
    nameStart = firstName >= 0 && k + firstName < e - 1 ? k + firstName : restLength >= 3 ? e - 2 : e;
    for (let c = k; c < nameStart; c++) {
      const key = nameKey(tokens[c]!.value);
      if (g.placeOf(key)) out.push(span(ctx, c, c + 1, { person: 0, organization: 0, place: 4 }));
    }
  }
  if (nameStart < e) {
    const person = span(ctx, nameStart, e, { person: 3, organization: 0, place: 0 });
    // The title's country: a demonym or a place before the title head.
    for (let k = s; k < h; k++) {
      const country = g.countryOfDemonym(tokens[k]!.value) ?? g.placeOf(nameKey(tokens[k]!.value));
      if (country) {
        person.affiliation = country;
        break;
      }
    }
    out.push(person);
  }
  // The prefix before the title: a place or employer ("US President", "CIA Director").
  let prefixEnd = h;
  while (prefixEnd > s && TITLE_MODIFIERS.has(tokens[prefixEnd - 1]!.value)) prefixEnd--;
  if (prefixEnd > s && !g.countryOfDemonym(tokens[prefixEnd - 1]!.value)) {
    const prefix = span(ctx, s, prefixEnd);
    const known = g.placeOf(prefix.key) ? 'place' : g.organizationOf(prefix.key) ? 'organization' : null;
    if (known) prefix.evidence[known] += 4;
    else if (EMPLOYER_TITLES.has(tokens[h]!.value)) prefix.evidence.organization += 2;
    out.push(prefix);
  }
}

/** A name over tokens [s, e) with the evidence its words and context give (gazetteers, heads, cues). */
export function plainName(ctx: NameFinderContext, s: number, e: number): NameSpan {
  const { tokens, to } = ctx;
  const g = gazetteer();
  const name = span(ctx, s, e, noEvidence(), 'plain');
  const ev = name.evidence;
  const first = tokens[s]!;
  const last = tokens[e - 1]!;
  const key = name.key;
  if (g.placeOf(key)) ev.place += 4;
  else if (g.organizationOf(key)) ev.organization += 4;
  else if (g.isCity(key)) ev.place += CITY_STRENGTH;
  if (e - s >= 2 && ORG_HEADS.has(last.value)) ev.organization += 3;
  // "Kiel Institute for the World Economy", "Bank of England": the head comes before its complement.
  for (let k = s + 1; k < e - 1; k++) {
    if (CONNECTORS.has(tokens[k]!.value) && ORG_HEADS.has(tokens[k - 1]!.value)) {
      ev.organization += 3;
      break;
    }
  }
  if (e - s >= 2 && PLACE_HEADS.has(last.value)) ev.place += 3;
  const firstIsPlace = !!g.placeOf(nameKey(first.value)) || !!g.placeOf(nameKey(last.value));
  if (
    e - s >= 2 &&
    e - s <= 4 &&
    g.isFirstName(first.value) &&
    !firstIsPlace &&
    !ORG_HEADS.has(last.value) &&
    !PLACE_HEADS.has(last.value)
  ) {
    ev.person += 2;
  }
  // Context before the name.
  const prev = tokens[s - 1];
  if (prev && PERSON_ROLE_NOUNS.has(prev.value) && prev.pos !== 'PROPN') ev.person += 2;
  // "in Frankfurt", "near Kharkiv": a hint, not enough alone ("a stake in Chrysler").
  if (prev && PLACE_PREPOSITIONS.has(prev.value)) ev.placeHint = 0.5;
  // "areas such as Khan Younis", "cities like Kharkiv"
  const cue = `${lower(tokens[s - 3])} ${lower(tokens[s - 2])} ${lower(prev)}`;
  if (/\b(areas|cities|towns|villages|places|regions|countries|provinces) (such as|like)$/.test(cue))
    ev.place += 2;
  // Context after it.
  const next = tokens[e];
  const nextLower = lower(next);
  if (next && next.pos !== 'PROPN' && ORG_FOLLOWERS.has(nextLower)) ev.organization += 2;
  if (next && next.pos !== 'PROPN' && PLACE_FOLLOWERS.has(nextLower)) ev.place += 2;
  // Abbreviations that are not countries are organisations far more often than anything else.
  if (e - s === 1 && /^[A-Z]{2,5}$/.test(first.value) && !g.placeOf(key)) ev.organization += 1.5;
  if (next?.value === ',' && e + 1 < to) {
    // Appositive: "Ran Gvili, a hostage", "Jeremy Konyndyk, president of …"
    let k = e + 1;
    if (['a', 'an', 'the', 'former', 'its'].includes(lower(tokens[k]))) k++;
    while (k < to && tokens[k]!.pos === 'ADJ') k++;
    if (k < to && PERSON_ROLE_NOUNS.has(lower(tokens[k])) && tokens[k]!.pos !== 'PROPN') ev.person += 2;
  }
  // An abbreviation defined right after the name: "United States Air Force (USAF)".
  const open = tokens[e];
  const abbr = tokens[e + 1];
  if (open?.value === '(' && abbr && isAcronym(abbr.value) && tokens[e + 2]?.value === ')' && e - s >= 2) {
    name.defines = nameKey(abbr.value);
  }
  return name;
}
