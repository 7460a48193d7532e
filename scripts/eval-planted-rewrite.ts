/**
 * One rewriter per planted kind, as an automated rewriter would plant one error: each returns the
 * sentence with exactly one change, or null when the change cannot be made cleanly (then the pair
 * is skipped for that kind). `partner` is the other source's sentence: a figure, date or name is
 * only changed when the partner states it too, so the error is visible against it.
 */
import lexicon from '../test/fixtures/planted/lexicon.json';
import {
  agentSubject,
  capitalizeLike,
  gerund,
  join,
  mainVerb,
  pick,
  pluralSubject,
  type Word,
  words,
} from './eval-planted-words';

export const PLANTED_KINDS = ['number', 'role', 'date', 'negation', 'antonym', 'certainty'] as const;
export type PlantedKind = (typeof PLANTED_KINDS)[number];

type Rewriter = (sentence: string, partner: string, rng: () => number) => string | null;

const AUX = new Set(lexicon.auxiliaries);
const NUMBER_WORDS = lexicon.numberWords;
const CALENDAR = [lexicon.weekdays, lexicon.months.filter((m) => m !== 'May')];
const ANTONYM = new Map<string, string>();
for (const [x, y] of lexicon.antonyms as Array<[string, string]>) {
  if (!ANTONYM.has(x)) ANTONYM.set(x, y);
  if (!ANTONYM.has(y)) ANTONYM.set(y, x);
}

const replaced = (ws: readonly Word[], i: number, value: string) =>
  join(ws.map((w, j) => (j === i ? { ...w, value } : w)));

const partnerHas = (partner: string, value: string) =>
  new RegExp(
    `(^|[^\\p{L}\\p{N}])${value.replace(/[.*+?^${}()|[\]\\$]/g, '\\$&')}($|[^\\p{L}\\p{N}])`,
    'u',
  ).test(partner);

/** A figure (not a year, a time or a date's day) scaled ×1.5–3, written like the original. */
function scaled(value: string, rng: () => number): string | null {
  const plain = value.replace(/,/g, '');
  if (!/^\d+(\.\d+)?$/.test(plain) || /^(19|20)\d\d$/.test(plain) || Number(plain) === 0) return null;
  const decimals = plain.split('.')[1]?.length ?? 0;
  const next = (Number(plain) * (1.5 + 1.5 * rng())).toFixed(decimals);
  if (next === plain) return null;
  if (!value.includes(',')) return next;
  const [int, frac] = next.split('.');
  return `${int!.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${frac ? `.${frac}` : ''}`;
}

const number: Rewriter = (sentence, partner, rng) => {
  const ws = words(sentence);
  const followsMonth = (i: number) => CALENDAR[1]!.includes(ws[i - 1]?.value ?? '');
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!;
    const inName = ws[i - 1]?.pos === 'PROPN';
    if (w.quoted || inName || !partnerHas(partner, w.value) || followsMonth(i)) continue;
    const count = NUMBER_WORDS.indexOf(w.value.toLowerCase());
    if (count >= 0) {
      const others = NUMBER_WORDS.filter((_, j) => Math.abs(j - count) >= 2);
      return replaced(ws, i, capitalizeLike(w.value, pick(rng, others)));
    }
    const next = /\d/.test(w.value) && !/:/.test(ws[i + 1]?.value ?? '') ? scaled(w.value, rng) : null;
    if (next) return replaced(ws, i, next);
  }
  return null;
};

const date: Rewriter = (sentence, partner, rng) => {
  const ws = words(sentence);
  for (let i = 0; i < ws.length; i++) {
    const names = CALENDAR.find((c) => c.includes(ws[i]!.value));
    if (!names || ws[i]!.quoted || !partnerHas(partner, ws[i]!.value)) continue;
    return replaced(
      ws,
      i,
      pick(
        rng,
        names.filter((n) => n !== ws[i]!.value),
      ),
    );
  }
  return null;
};

const CALENDAR_WORDS = new Set(CALENDAR.flat().concat('May'));

/**
 * Proper-name chunks (consecutive PROPN words, a number ending one: "iPhone 4") outside quotes;
 * a weekday or month is a date, not a participant to swap.
 */
function names(ws: readonly Word[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let i = 0; i < ws.length; i++) {
    if (ws[i]!.pos !== 'PROPN' || ws[i]!.quoted || CALENDAR_WORDS.has(ws[i]!.value)) continue;
    let j = i;
    while (ws[j + 1]?.pos === 'PROPN') j++;
    if (ws[j + 1]?.pos === 'NUM') j++;
    out.push([i, j + 1]);
    i = j;
  }
  return out;
}

const text = (ws: readonly Word[], [s, e]: [number, number]) => join(ws.slice(s, e));

/** The words of the verb group starting at `verb` (auxiliaries, adverbs, the verb): [verb, end). */
function verbGroupEnd(ws: readonly Word[], verb: number): number {
  let i = verb;
  while (ws[i + 1] && ['AUX', 'ADV', 'PART', 'VERB'].includes(ws[i + 1]!.pos)) i++;
  return i + 1;
}

const opensClause = (w: Word | undefined) => !w || w.value === ',' || w.value === 'that';
/** A name heads a subject: at a clause's start, or after a determiner that starts one. */
const opensSubject = (ws: readonly Word[], s: number) =>
  opensClause(ws[s - 1]) || (ws[s - 1]?.pos === 'DET' && opensClause(ws[s - 2]));
/** Swapping keeps the grammar only between names that both take "the" or both do not. */
const sameDeterminer = (ws: readonly Word[], x: number, y: number) =>
  (ws[x - 1]?.pos === 'DET') === (ws[y - 1]?.pos === 'DET');

/** A name after the verb that is its object, or the subject of the next clause ("…, followed by Y having"). */
function participantAfter(ws: readonly Word[], chunks: Array<[number, number]>, after: number) {
  return chunks.find(([s, e]) => {
    if (
      s < after ||
      ['and', 'or'].includes(ws[s - 1]?.value ?? '') ||
      ['and', 'or'].includes(ws[e]?.value ?? '')
    )
      return false;
    const object = s === after || (s === after + 1 && ['DET', 'ADP'].includes(ws[after]?.pos ?? ''));
    const clauseSubject = ['VERB', 'AUX'].includes(ws[e]?.pos ?? '') && opensSubject(ws, s);
    return object || clauseSubject;
  });
}

/**
 * Two named participants swapped: the subject of the main verb and its object or the subject of
 * the next clause ("Apple unveiled Lion" → "Lion unveiled Apple"), or "from X to Y" reversed.
 */
const role: Rewriter = (sentence, partner) => {
  const ws = words(sentence);
  const verb = mainVerb(ws);
  const found = names(ws).filter((n) => partnerHas(partner, text(ws, n)));
  const subject = found.find(([s, e]) => e === verb && opensSubject(ws, s));
  const object = verb >= 0 ? participantAfter(ws, found, verbGroupEnd(ws, verb)) : undefined;
  const from = found.find(([s]) => ws[s - 1]?.value === 'from');
  const to = from && found.find(([s]) => s === from[1] + 1 && ws[from[1]]?.value === 'to');
  const [x, y] = from && to ? [from, to] : subject && object ? [subject, object] : [];
  if (!x || !y || !sameDeterminer(ws, x[0], y[0])) return null;
  if (text(ws, x).includes(text(ws, y)) || text(ws, y).includes(text(ws, x))) return null;
  const as = (r: [number, number], by: [number, number]) => ({ ...ws[r[0]]!, value: text(ws, by) });
  return join([...ws.slice(0, x[0]), as(x, y), ...ws.slice(x[1], y[0]), as(y, x), ...ws.slice(y[1])]);
};

/** "has" as the main verb ("has a deadline") is negated with "does". */
const HAVE_AS_VERB: Record<string, string> = { has: 'does', have: 'do', had: 'did' };

/** "has announced" → "has not announced"; "resigned" → "did not resign". */
const negation: Rewriter = (sentence) => {
  const ws = words(sentence);
  const v = mainVerb(ws);
  const w = ws[v];
  if (!w || ['not', "n't", 'never'].includes(ws[v + 1]?.value.toLowerCase() ?? '')) return null;
  const have = HAVE_AS_VERB[w.value.toLowerCase()];
  const afterAdverbs = ws.slice(v + 1).find((x) => x.pos !== 'ADV');
  if (have && !['VERB', 'AUX'].includes(afterAdverbs?.pos ?? '')) return replaced(ws, v, `${have} not have`);
  if (w.pos === 'AUX') {
    if (!AUX.has(w.value.toLowerCase())) return null;
    return join([...ws.slice(0, v + 1), { ...w, value: 'not', pos: 'PART', pre: ' ' }, ...ws.slice(v + 1)]);
  }
  if (w.value.toLowerCase() === w.lemma || w.value.endsWith('ing')) return null;
  const does = /s$/.test(w.value) && !/ed$/.test(w.value) ? 'does' : 'did';
  return replaced(ws, v, `${does} not ${w.lemma}`);
};

/** The main verb, or the predicate adjective after it, replaced by its antonym. */
const antonym: Rewriter = (sentence) => {
  const ws = words(sentence);
  const v = mainVerb(ws);
  if (v < 0) return null;
  for (let i = v; i < Math.min(ws.length, v + 4); i++) {
    const w = ws[i]!;
    const opposite = ANTONYM.get(w.value.toLowerCase());
    if (opposite && (w.pos === 'VERB' || w.pos === 'ADJ' || w.pos === 'ADV'))
      return replaced(ws, i, opposite);
    if (i > v && w.pos !== 'AUX' && w.pos !== 'ADV' && w.pos !== 'PART') break;
  }
  return null;
};

const lower = (w: Word) => w.value.toLowerCase();

/** Done → undecided: "X has cut" → "X is considering cutting"; "X will make" → "X may make". */
const certainty: Rewriter = (sentence) => {
  const ws = words(sentence);
  const v = mainVerb(ws);
  const w = ws[v];
  const next = ws[v + 1];
  if (!w) return null;
  if (lower(w) === 'will' && next?.pos === 'VERB') return replaced(ws, v, 'may');
  // Only people and organisations consider things: "Apple is considering", not "the index".
  if (!agentSubject(ws, v)) return null;
  const be = pluralSubject(ws, v) ? 'are' : 'is';
  const considering = (lemma: string) => `${be} considering ${gerund(lemma)}`;
  if ((lower(w) === 'has' || lower(w) === 'have') && next?.pos === 'VERB' && next.lemma !== 'be')
    return join([...ws.slice(0, v), { ...w, value: considering(next.lemma) }, ...ws.slice(v + 2)]);
  if (w.pos === 'VERB' && /ed$/.test(w.value) && w.lemma !== 'be')
    return replaced(ws, v, considering(w.lemma));
  return null;
};

export const REWRITERS: Record<PlantedKind, Rewriter> = { number, role, date, negation, antonym, certainty };
