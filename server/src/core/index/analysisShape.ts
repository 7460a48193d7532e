import { ANALYZER_VERSION, type DocumentAnalysis } from './analyzeDocument';

const MENTION_KINDS = new Set(['name', 'equipment', 'quantity', 'date']);

type Check = (v: unknown) => string | null;

const isRecord = (v: unknown): v is Record<string, unknown> =>
  !!v && typeof v === 'object' && !Array.isArray(v);
const isOffset = (v: unknown, length: number): v is number =>
  Number.isInteger(v) && (v as number) >= 0 && (v as number) <= length;
const isStringOrNull = (v: unknown): boolean => v === null || v === undefined || typeof v === 'string';

/** A source range inside the text: 0 ≤ start ≤ end ≤ length. */
function range(v: Record<string, unknown>, length: number): string | null {
  if (!isOffset(v.start, length) || !isOffset(v.end, length) || v.start > v.end)
    return `range ${String(v.start)}–${String(v.end)} is not inside the ${length} characters of the text`;
  return null;
}

/** Every item passes `check`, and (when `sorted`) starts are in order. */
function each(name: string, v: unknown, check: Check, sorted = false): string | null {
  if (!Array.isArray(v)) return `${name} is not a list`;
  let last = -1;
  for (let i = 0; i < v.length; i++) {
    const problem = check(v[i]);
    if (problem) return `${name}[${i}]: ${problem}`;
    const start = (v[i] as { start: number }).start;
    if (sorted && start < last) return `${name}[${i}] is out of order`;
    last = start;
  }
  return null;
}

const sentence =
  (length: number): Check =>
  (v) => {
    if (!isRecord(v)) return 'not an object';
    if (!Array.isArray(v.terms) || !v.terms.every((t) => typeof t === 'string'))
      return 'terms are not strings';
    if (typeof v.words !== 'string') return 'words are not a packed string';
    return range(v, length);
  };

const mention =
  (length: number): Check =>
  (v) => {
    if (!isRecord(v)) return 'not an object';
    if (typeof v.kind !== 'string' || !MENTION_KINDS.has(v.kind)) return `unknown kind ${String(v.kind)}`;
    if (typeof v.surface !== 'string' || typeof v.key !== 'string') return 'surface and key must be strings';
    return range(v, length);
  };

/** Claims: one object per sentence, typed parts present, every nested range inside the text. */
const claim =
  (length: number): Check =>
  (v) => {
    if (!isRecord(v)) return 'not an object';
    return claimParts(v) ?? nestedRanges(v, length, 0);
  };

/** The typed parts consumers read without checking: the verb and the lists. */
function claimParts(v: Record<string, unknown>): string | null {
  if (v.verb !== null && !(isRecord(v.verb) && typeof v.verb.lemma === 'string')) return 'verb has no lemma';
  if (!Array.isArray(v.negations) || !Array.isArray(v.hedges) || !Array.isArray(v.arguments))
    return 'negations, hedges or arguments are not lists';
  if (Array.isArray(v.embedded)) {
    for (const e of v.embedded) {
      const problem = isRecord(e) ? claimParts(e) : 'embedded claim is not an object';
      if (problem) return `embedded: ${problem}`;
    }
  }
  return null;
}

function nestedRanges(v: Record<string, unknown>, length: number, depth: number): string | null {
  if (depth > 8) return 'nested too deeply';
  if ('start' in v || 'end' in v) {
    const problem = range(v, length);
    if (problem) return problem;
  }
  for (const child of Object.values(v)) {
    const items = Array.isArray(child) ? child : [child];
    for (const item of items) {
      const problem = isRecord(item) ? nestedRanges(item, length, depth + 1) : null;
      if (problem) return problem;
    }
  }
  return null;
}

const section =
  (length: number): Check =>
  (v) => {
    if (!isRecord(v) || typeof v.title !== 'string' || !Number.isInteger(v.level)) return 'not a section';
    const heading = { start: v.headingStart, end: v.headingEnd };
    return range(v, length) ?? range(heading, length);
  };

/**
 * Why a value read from a store is not the analysis of a text of `sourceLength` characters with
 * this content hash, or null when it is: the whole shape is checked, not only the top level, and
 * every offset must lie inside the text (an entry that passes is safe to serve).
 */
export function analysisProblem(value: unknown, contentHash: string, sourceLength: number): string | null {
  if (!isRecord(value)) return 'not an object';
  const a = value as Partial<DocumentAnalysis> & Record<string, unknown>;
  if (a.version !== ANALYZER_VERSION) return `analyser version ${String(a.version)}`;
  if (a.contentHash !== contentHash) return 'written for other content';
  if (typeof a.format !== 'string' || !isStringOrNull(a.truncated)) return 'format or truncation is not text';
  if (!isRecord(a.metadata) || !Object.values(a.metadata).every(isStringOrNull))
    return 'metadata is not text';
  if (!Array.isArray(a.omitted) || !a.omitted.every((o) => typeof o === 'string'))
    return 'omitted is not text';
  if (!Array.isArray(a.claims) || !Array.isArray(a.sentences) || a.claims.length !== a.sentences.length)
    return 'not one claim per sentence';
  return (
    each('sentences', a.sentences, sentence(sourceLength), true) ??
    each('mentions', a.mentions, mention(sourceLength), true) ??
    each('claims', a.claims, claim(sourceLength)) ??
    each('sections', a.sections, section(sourceLength))
  );
}
