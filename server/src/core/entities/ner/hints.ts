import type { NameSpan } from '../names';

/**
 * What the hand-written rules said about each token, as a tagger feature: outside any rule name (0),
 * or inside one, by the type its evidence favours (untyped, person, organisation, place) and
 * whether the token starts it. The tagger learns where to trust the rules.
 */
export function ruleHints(names: readonly NameSpan[], from: number, to: number): Uint8Array {
  const hints = new Uint8Array(to - from);
  for (const n of names) {
    const e = n.evidence;
    const top = Math.max(e.person, e.organization, e.place);
    const type = top < 1 ? 0 : e.person === top ? 1 : e.organization === top ? 2 : 3;
    for (let i = Math.max(n.tokenStart, from); i < Math.min(n.tokenEnd, to); i++) {
      hints[i - from] = 1 + type * 2 + (i === n.tokenStart ? 0 : 1);
    }
  }
  return hints;
}
