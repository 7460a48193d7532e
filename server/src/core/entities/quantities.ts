import type { Token, ValueSpan } from '../nlp/tokenize';
import { gazetteer, nameKey } from './gazetteer';
import { CURRENCIES, FIGURE_QUALIFIERS, MULTIPLIERS, NUMBER_WORDS, UNITS } from './lexicon';
import { lower } from './tokens';

const isNumber = (t: Token | undefined): boolean => t !== undefined && /^\d+$/.test(t.value);

/**
 * "Manchester United 3 Liverpool 1", "Germany 2 Spain 0": a name after a score is a team, not what
 * the number counts: a known place, or a name followed by the other score.
 */
function isTeamInResult(tokens: readonly Token[], k: number, to: number): boolean {
  if (tokens[k]!.pos !== 'PROPN') return false;
  const key = nameKey(tokens[k]!.value);
  if (gazetteer().placeOf(key) || gazetteer().isCity(key)) return true;
  let e = k;
  while (e + 1 < to && tokens[e + 1]!.pos === 'PROPN') e++;
  return isNumber(tokens[e + 1]);
}

export interface QuantitySpan {
  tokenStart: number;
  tokenEnd: number;
  value: number;
  unit: string | null;
  /** What is counted: "palestinians", "week". */
  counts: string | null;
  /** "over", "about", "at least"…: how the number is hedged. */
  qualifier: string | null;
}

// Longest first, so a two-word qualifier is read whole before any one-word one.
const QUALIFIERS = Object.values(FIGURE_QUALIFIERS)
  .flat()
  .sort((a, b) => b.length - a.length);
/** Units of a span of time (a figure of time, not a count). */
export const TIME_UNITS = new Set(['second', 'minute', 'hour', 'day', 'week', 'month', 'year', 'decade']);

function parseNumber(
  tokens: Token[],
  from: number,
  to: number,
): { value: number; unit: string | null } | null {
  let value: number | null = null;
  let unit: string | null = null;
  let multiplier = 1;
  for (let i = from; i < to; i++) {
    const raw = tokens[i]!.value;
    const v = raw.toLowerCase();
    if (CURRENCIES[raw] || CURRENCIES[v]) unit = CURRENCIES[raw] ?? CURRENCIES[v]!;
    else if (UNITS[v]) unit = UNITS[v]!;
    else if (MULTIPLIERS[v] && value !== null) multiplier *= MULTIPLIERS[v]!;
    else if (value === null) {
      const m = /^([$€£¥]|US\$)?([-−]?)(\d[\d,]*(?:\.\d+)?)(%|[kmb]n?)?$/i.exec(raw);
      if (m) {
        value = (m[2] ? -1 : 1) * Number(m[3]!.replace(/,/g, ''));
        if (m[1]) unit = CURRENCIES[m[1]] ?? unit;
        if (m[4] === '%') unit = '%';
        else if (m[4]) multiplier *= MULTIPLIERS[m[4].toLowerCase()] ?? 1;
      } else if (NUMBER_WORDS[v] !== undefined) value = NUMBER_WORDS[v]!;
    }
  }
  return value === null || Number.isNaN(value) ? null : { value: value * multiplier, unit };
}

/**
 * Numbers with what they count: "34,900 Palestinians", "$14.1 billion", "17%", "seven weeks".
 * Built on wink's number spans; years are left to the date finder.
 */
export function findQuantities(
  tokens: Token[],
  values: ValueSpan[],
  from: number,
  to: number,
): QuantitySpan[] {
  const spans: QuantitySpan[] = [];
  for (const span of values) {
    if (span.tokenStart < from || span.tokenEnd > to) continue;
    if (!['CARDINAL', 'MONEY', 'PERCENT', 'DURATION'].includes(span.type)) continue;
    let end = span.tokenEnd;
    let start = span.tokenStart;
    const sign = tokens[start - 1];
    if (start > from && sign && CURRENCIES[sign.value] && sign.end === tokens[start]!.start) start--; // "€10.5 billion"
    const text = tokens
      .slice(span.tokenStart, end)
      .map((t) => t.value)
      .join(' ');
    if (/^(1[89]\d\d|20\d\d)$/.test(text)) continue; // a year
    if (span.tokenStart > from && tokens[span.tokenStart - 1]?.value === '-') continue; // "F-15"
    const parsed = parseNumber(tokens, start, end);
    if (!parsed) continue;
    let unit = parsed.unit;
    const after = lower(tokens[end]);
    if (!unit && end < to && (UNITS[after] || CURRENCIES[after])) {
      unit = UNITS[after] ?? CURRENCIES[after]!;
      end++;
    }
    if (tokens[end]?.value === '%') {
      unit = '%';
      end++;
    }
    // What is counted: the noun after the number, across at most two adjectives.
    let counts: string | null = null;
    let k = end;
    while (k < to && k < end + 2 && tokens[k]!.pos === 'ADJ') k++;
    // "8.4 bn", "5 m": multipliers written apart are part of the figure.
    let scale = 1;
    while (k < to && MULTIPLIERS[lower(tokens[k])] !== undefined && tokens[k]!.pos !== 'PROPN') {
      scale *= MULTIPLIERS[lower(tokens[k])]!;
      k++;
      end = k;
    }
    if (
      k < to &&
      (tokens[k]!.pos === 'NOUN' || tokens[k]!.pos === 'PROPN') &&
      /^\p{L}/u.test(tokens[k]!.value) &&
      !isTeamInResult(tokens, k, to)
    ) {
      while (k + 1 < to && tokens[k + 1]!.pos === 'NOUN') k++;
      counts = tokens[k]!.lemma.toLowerCase();
      end = k + 1;
    } else if (['of', 'in', 'for'].includes(lower(tokens[end])) && end + 1 < to) {
      // "17% of Israelis", "$14.1 billion in military aid": the span stays the figure.
      let n = end + 1;
      while (n < to && n < end + 3 && tokens[n]!.pos === 'ADJ') n++;
      if (tokens[n]?.pos === 'NOUN' || tokens[n]?.pos === 'PROPN') counts = tokens[n]!.lemma.toLowerCase();
    }
    if (span.type === 'DURATION' && !counts) counts = tokens[span.tokenEnd - 1]!.lemma.toLowerCase(); // "seven weeks"
    if (counts && TIME_UNITS.has(counts) && !unit) unit = counts;
    if (!unit && !counts) continue; // a bare number ("Phase 2", "one of") says nothing by itself
    const before2 = `${lower(tokens[span.tokenStart - 2])} ${lower(tokens[span.tokenStart - 1])}`;
    const before1 = lower(tokens[span.tokenStart - 1]);
    const qualifier = QUALIFIERS.find((q) => q === before2 || q === before1) ?? null;
    spans.push({ tokenStart: start, tokenEnd: end, value: parsed.value * scale, unit, counts, qualifier });
  }
  return spans;
}
