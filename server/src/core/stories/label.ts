import type { Grouping } from './grouping';
import { featureValue, isEntityFeature } from './vectors';

/** Names and words a story's label shows. */
const LABEL_FEATURES = 3;

/**
 * A story's label: the features that weigh most across its documents (a name shared by most of
 * them and rare elsewhere first), as plain words. A word already inside a chosen name is skipped.
 */
export function storyLabel(
  g: Grouping,
  members: readonly number[],
  entityName: (id: string) => string | undefined,
): string {
  const weight = new Map<number, number>();
  for (const m of members) {
    const v = g.vectors[m]!;
    v.features.forEach((f, k) => {
      weight.set(f, (weight.get(f) ?? 0) + v.weights[k]!);
    });
  }
  const ranked = [...weight].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  const words: string[] = [];
  // Names first (as the articles spell them); words only when too few names tell the story.
  for (const entities of [true, false]) {
    for (const [f] of ranked) {
      if (words.length === LABEL_FEATURES) break;
      const feature = g.space.names[f]!;
      if (isEntityFeature(feature) !== entities) continue;
      const text = entities ? entityName(featureValue(feature)) : featureValue(feature);
      if (!text || words.some((w) => containsWord(w, text) || containsWord(text, w))) continue;
      words.push(text);
    }
  }
  return words.join(', ');
}

/** Whether `word` is one of the words of `name` (case-folded). */
function containsWord(name: string, word: string): boolean {
  return name
    .toLowerCase()
    .split(/[\s\-–]+/u)
    .includes(word.toLowerCase());
}
