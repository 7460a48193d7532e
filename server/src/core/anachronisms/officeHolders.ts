import { findingKey } from '../contradictions/detect';
import type { Finding } from '../contradictions/types';
import type { MentionCandidate } from '../entities/types';
import { holdersNamed, officeTable, type Term } from './officeTable';
import { TIME_SHIFT_WORDS } from './words';

/** Days of slack at either end of a term: articles written the day before an inauguration, time zones. */
const TOLERANCE_DAYS = 7;
/** Words before a title read for a time shift ("the late Pope", "former U.S. Secretary of State"). */
const CUE_WINDOW_WORDS = 4;
const DAY_MS = 86_400_000;

/** What the check reads of a document. */
export interface DatedDocument {
  uri: string;
  text: string;
  published: string | null;
  sentences: ReadonlyArray<{ start: number; end: number }>;
  mentions: readonly MentionCandidate[];
}

/** A span of days: a stated year or month covers all of it. */
export interface Period {
  from: number;
  to: number;
  label: string;
  /** The article's publication date, not a date its text states. */
  published?: boolean;
}

const TIME_SHIFT = new Set<string>(TIME_SHIFT_WORDS);
let titlePattern: RegExp | null = null;

/** A title right before the end of the text: "… U.S. Secretary of State " (case as written or lower). */
function titleBefore(): RegExp {
  titlePattern ??= new RegExp(
    `(?:^|[\\s(“"‘'—–])(${officeTable()
      .titleList.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('|')})\\s+$`,
    'i',
  );
  return titlePattern;
}

/** "2024", "2024-06", "2024-06-24", or a range of those, as the days it covers. */
export function periodOf(value: string): Period | null {
  const [a, b] = value.split('/');
  const start = dayRange(a ?? '');
  const end = b ? dayRange(b) : start;
  if (!start || !end) return null;
  return { from: start.from, to: end.to, label: value };
}

function dayRange(v: string): { from: number; to: number } | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(v);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), m[2] ? Number(m[2]) : null, m[3] ? Number(m[3]) : null];
  if (mo === null) return { from: Date.UTC(y, 0, 1), to: Date.UTC(y, 11, 31) };
  if (d === null) return { from: Date.UTC(y, mo - 1, 1), to: Date.UTC(y, mo, 0) };
  const day = Date.UTC(y, mo - 1, d);
  return { from: day, to: day };
}

const dayOf = (iso: string): number => Date.parse(`${iso}T00:00:00Z`);

/** True when the period falls in the term (with the slack at both ends). */
function within(p: Period, t: Term): boolean {
  const from = dayOf(t.from) - TOLERANCE_DAYS * DAY_MS;
  const to = t.to ? dayOf(t.to) + TOLERANCE_DAYS * DAY_MS : Number.POSITIVE_INFINITY;
  return p.to >= from && p.from <= to;
}

/** True when the period falls in the term, or (a title kept after office) anywhere after it began. */
function fits(p: Period, t: Term): boolean {
  if (t.office.keepsTitle) return p.to >= dayOf(t.from) - TOLERANCE_DAYS * DAY_MS;
  return within(p, t);
}

/** The title before a mention, unless a word like "former" or "then-" moves it out of the present. */
function titleOf(
  text: string,
  sentenceStart: number,
  m: MentionCandidate,
): { title: string; start: number } | null {
  const before = text.slice(Math.max(sentenceStart, m.start - 80), m.start);
  const found = titleBefore().exec(before);
  if (!found) return null;
  const title = found[1]!;
  const titleStart = m.start - before.length + found.index + found[0].indexOf(title);
  const lead = text.slice(Math.max(sentenceStart, titleStart - 60), titleStart);
  // Only the words of the same phrase: stop at punctuation.
  const phrase = lead.split(/[,;:()"“”]/).pop() ?? '';
  const words = phrase
    .toLowerCase()
    .split(/[\s]+/)
    .flatMap((w) => w.split('-'))
    .filter(Boolean)
    .slice(-CUE_WINDOW_WORDS);
  if (words.some((w) => TIME_SHIFT.has(w)) || /(?:ex|then|former)-\s*$/i.test(lead)) return null;
  return { title, start: titleStart };
}

/** The periods the sentence is about: the article's date and every date the sentence states. */
function periodsOf(doc: DatedDocument, start: number, end: number): Period[] {
  const out: Period[] = [];
  if (doc.published) {
    const p = periodOf(doc.published.slice(0, 10));
    if (p) out.push({ ...p, published: true });
  }
  for (const m of doc.mentions) {
    if (m.kind !== 'date' || m.start < start || m.end > end || typeof m.value !== 'string') continue;
    const p = periodOf(m.value);
    if (p) out.push(p);
  }
  return out;
}

const termText = (t: Term) => (t.to ? `${t.from} to ${t.to}` : `from ${t.from}`);

/** "in a source dated 2006-05-03 (the sentence states 2005)", from the periods the check read. */
function whenText(periods: Period[]): string {
  const dated = periods.find((p) => p.published);
  // A weekday resolved against the article's own date ("on Tuesday") says nothing more.
  const near = (p: Period) =>
    dated && p.to >= dated.from - TOLERANCE_DAYS * DAY_MS && p.from <= dated.to + TOLERANCE_DAYS * DAY_MS;
  const stated = periods.filter((p) => !p.published && !near(p)).map((p) => p.label);
  const states = stated.length ? `the sentence states ${[...new Set(stated)].join(', ')}` : '';
  if (!dated) return `in a sentence where ${states}`;
  return `in a source dated ${dated.label}${states ? ` (${states})` : ''}`;
}

/** The explanation: who held the office when, and what the person held at the date instead. */
function message(quoted: string, terms: Term[], periods: Period[], others: Term[]): string {
  const { name, office } = terms[0]!;
  const own = terms.filter((t) => t.office === office);
  const held = office.keepsTitle
    ? `${name} became ${office.label} only on ${own[0]!.from}`
    : `${name} was ${office.label} ${own.map(termText).join('; ')}, not then`;
  const then = others.length
    ? ` At that date: ${[...new Set(others.map((t) => t.office.label))].join(', ')}.`
    : '';
  return `Anachronism? “${quoted}” ${whenText(periods)}: ${held}.${then}`;
}

/** A titled mention of a known office holder, with the periods its sentence is about. */
export interface TitledHolder {
  mention: MentionCandidate;
  sentence: number;
  /** Where the title starts ("U.S. Secretary of State …"). */
  titleStart: number;
  /** The terms of the named people in the offices the title names. */
  terms: Term[];
  periods: Period[];
  /** True when one of the periods falls in one of the terms (no anachronism). */
  fits: boolean;
}

/** Every titled mention of a known holder of an office the title names, in a document with a date. */
export function titledHolders(doc: DatedDocument): TitledHolder[] {
  const out: TitledHolder[] = [];
  let sentence = 0;
  for (const m of doc.mentions) {
    if (m.kind !== 'name') continue;
    while (sentence < doc.sentences.length && doc.sentences[sentence]!.end <= m.start) sentence++;
    const s = doc.sentences[sentence];
    if (!s || m.start < s.start) continue;
    const titled = titleOf(doc.text, s.start, m);
    if (!titled) continue;
    const offices = new Set(officeTable().titles.get(titled.title.toLowerCase()) ?? []);
    const terms = holdersNamed(doc.text.slice(m.start, m.end)).flatMap((h) =>
      h.terms.filter((t) => offices.has(t.office)),
    );
    const periods = periodsOf(doc, s.start, s.end);
    if (terms.length === 0 || periods.length === 0) continue;
    const fit = periods.some((p) => terms.some((t) => fits(p, t)));
    out.push({ mention: m, sentence, titleStart: titled.start, terms, periods, fits: fit });
  }
  return out;
}

/**
 * Titled office holders out of their term at the article's date: "President Obama" in a report
 * dated 2006, "Prime Minister Netanyahu" in 2021-08, "Chancellor Merkel" in 2023. Only known holders
 * of an office that carries the title are checked, and only when no date of the sentence and not
 * the article's own date falls in one of their terms.
 */
export function officeAnachronisms(doc: DatedDocument): Finding[] {
  return titledHolders(doc)
    .filter((t) => !t.fits)
    .map((t) => anachronismFinding(doc, t));
}

function anachronismFinding(doc: DatedDocument, t: TitledHolder): Finding {
  // Two people of one name (the Bushes) both out of office: name the first of the table.
  const person = t.terms[0]!.name;
  const own = t.terms.filter((x) => x.name === person);
  const offices = new Set(t.terms.map((x) => x.office));
  const others = holdersNamed(doc.text.slice(t.mention.start, t.mention.end))
    .flatMap((h) => h.terms)
    .filter((x) => x.name === person && !offices.has(x.office) && t.periods.some((p) => within(p, x)));
  const quoted = doc.text.slice(t.titleStart, t.mention.end).replace(/\s+/g, ' ');
  return {
    key: findingKey('anachronism', quoted, t.periods[0]!.label),
    kind: 'anachronism',
    a: { uri: doc.uri, start: t.titleStart, end: t.mention.end, sentence: t.sentence },
    others: [],
    message: message(quoted, own, t.periods, others),
    confidence: 0.6,
  };
}
