import { SAY_VERBS, SPECULATION_VERBS } from '../lexicon';
import type { ClaimSpan } from '../types';
import { type ClaimDraft, commaAfter, lemmaAt, phraseSpan, valueAt } from './draft';
import { auxStart, hasVerb, mainVerb } from './syntax';

/**
 * Attribution frames around the clause: "According to X, …", "…, according to X", "…, X said",
 * "…, said X". The frame is cut off the clause the later passes read.
 */
export function attributionFrame(d: ClaimDraft): void {
  accordingTo(d);
  if (!d.attribution) postposedSpeech(d);
}

/** A frame without a speaker is still cut off, but attributes nothing. */
const framed = (speaker: ClaimSpan | null, cue: ClaimSpan | null) => (speaker ? { speaker, cue } : null);

function accordingTo(d: ClaimDraft): void {
  const { tokens } = d.input;
  for (let i = d.from; i < d.to - 2; i++) {
    if (lemmaAt(d, i) !== 'accord' || valueAt(d, i + 1) !== 'to') continue;
    const comma = commaAfter(d, i + 2);
    const end = comma > 0 ? comma : d.to;
    d.attribution = framed(phraseSpan(d, i + 2, end), phraseSpan(d, i, i + 2));
    if (i === d.from) d.from = end + 1;
    else d.to = i - (tokens[i - 1]?.value === ',' ? 1 : 0);
    return;
  }
}

function postposedSpeech(d: ClaimDraft): void {
  const { tokens } = d.input;
  for (let k = d.to - 1; k > d.from + 2 && k > d.to - 8; k--) {
    if (tokens[k]!.value !== ',') continue;
    const tail = tokens.slice(k + 1, d.to);
    const say = tail.findIndex((t) => t.pos === 'VERB' && SAY_VERBS.has(t.lemma.toLowerCase()));
    if (say < 0) return;
    const at = k + 1 + say;
    const speaker = say === 0 ? phraseSpan(d, k + 2, d.to) : phraseSpan(d, k + 1, at);
    d.attribution = framed(speaker, phraseSpan(d, at, at + 1));
    d.to = k;
    return;
  }
}

/**
 * A saying frame: "Gallant said on Saturday that …" — the speaker is the attribution and the
 * complement clause is the claim. A speculating verb ("officials believe") hedges what follows.
 */
export function reportedSpeech(d: ClaimDraft): void {
  const v = d.verbAt;
  if (v < 0 || !SAY_VERBS.has(lemmaAt(d, v)) || d.attribution) return;
  const { tokens } = d.input;
  if (SPECULATION_VERBS.has(lemmaAt(d, v))) d.governors.push({ kind: 'speculation', from: v, to: v + 1 });
  const speaker = phraseSpan(d, d.from, auxStart(tokens, v, d.from));
  const k = complementStart(d, v);
  if (!speaker || k >= d.to - 1 || !hasVerb(tokens, k, d.to)) return;
  d.attribution = { speaker, cue: phraseSpan(d, v, v + 1) };
  d.from = k;
  d.verbAt = mainVerb(tokens, d.from, d.to);
}

/** "said that …", or a quotation: "remarked on this stance: “Restricting …". */
function complementStart(d: ClaimDraft, v: number): number {
  const { tokens } = d.input;
  for (let j = v + 1; j < Math.min(d.to, v + 14); j++) {
    if (valueAt(d, j) === 'that' && !tokens.slice(v + 1, j).some((x) => x.value === ',')) return j + 1;
    if (/^["“]$/.test(tokens[j]!.value)) return j + 1;
  }
  return v + 1;
}
