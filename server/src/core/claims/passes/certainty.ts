import { CONSIDERATION_VERBS, HEDGE_WORDS, INTENT_VERBS, REFUSAL_VERBS } from '../lexicon';
import type { Certainty, ClaimHedge } from '../types';
import { type ClaimDraft, lemmaAt, rawSpan, valueAt } from './draft';

/**
 * What keeps the claim open, in sentence order: the governing verbs and nouns the main-verb pass
 * found, the auxiliary chain ("could", "plans to", "refused to"), hedge words up to the object
 * (a leading clause included) and undecided matters ("no definitive decisions").
 */
export function certaintyCues(d: ClaimDraft): void {
  const found: ClaimHedge[] = d.governors.map((g) => ({ ...rawSpan(d, g.from, g.to), kind: g.kind }));
  if (d.verbAt >= 0) found.push(...auxiliaryHedges(d), ...hedgeWords(d));
  const seen = new Set<string>();
  d.hedges = found
    .filter((h) => {
      const key = h.text.toLowerCase();
      return !seen.has(key) && !!seen.add(key);
    })
    .sort((a, b) => a.start - b.start);
}

function auxiliaryHedges(d: ClaimDraft): ClaimHedge[] {
  const out: ClaimHedge[] = [];
  for (let i = d.auxFrom; i < d.verbAt; i++) {
    const l = lemmaAt(d, i);
    // "plans to deploy": intended, not done; "refused to deliver": not done.
    if (HEDGE_WORDS.has(valueAt(d, i))) out.push({ ...rawSpan(d, i, i + 1), kind: 'modal' });
    else if (INTENT_VERBS.has(l)) out.push({ ...rawSpan(d, i, i + 2), kind: 'intent' });
    else if (REFUSAL_VERBS.has(l)) out.push({ ...rawSpan(d, i, i + 2), kind: 'refusal' });
  }
  return out;
}

/** Hedge words outside the auxiliaries (counted above), and "no decision" phrases. */
function hedgeWords(d: ClaimDraft): ClaimHedge[] {
  const { tokens } = d.input;
  const out: ClaimHedge[] = [];
  const scanFrom = d.leading ? d.leading[0] : d.from;
  const scanTo = Math.min(d.to, Math.max(d.objectEnd, d.predicateAt + 1));
  for (let i = scanFrom; i < scanTo; i++) {
    if (i >= d.subjectEnd && i < d.verbAt) continue;
    const w = valueAt(d, i);
    if (HEDGE_WORDS.has(w) && tokens[i]!.pos !== 'NOUN') {
      const kind = CONSIDERATION_VERBS.has(lemmaAt(d, i)) ? 'consideration' : 'modal';
      out.push({ ...rawSpan(d, i, i + 1), kind });
    }
    const adjectiveFirst = tokens[i + 1]?.pos === 'ADJ' && lemmaAt(d, i + 2) === 'decision';
    if (w === 'no' && (lemmaAt(d, i + 1) === 'decision' || adjectiveFirst))
      out.push({ ...rawSpan(d, i, adjectiveFirst ? i + 3 : i + 2), kind: 'undecided' });
  }
  return out;
}

/** Hedged when anything keeps it open ("unlikely to" included); else reported when attributed. */
export function certaintyOf(d: ClaimDraft): Certainty {
  if (d.hedges.length > 0 || d.negations.some((n) => /^unlikely\b/i.test(n.text))) return 'hedged';
  return d.attribution ? 'reported' : 'asserted';
}
